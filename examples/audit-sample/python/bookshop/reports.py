"""Back-office reports (SQLAlchemy Core, raw SQL through text()).

Each report returns plain dicts so the Jinja templates and the CSV export can
share them.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

REPORT_TITLES = {
    "sales": "Sales by month",
    "stock": "Select low-stock titles to reorder",
    "reviews": "Delete or approve pending reviews",
}

ALLOWED_GROUPINGS = {"month": "%Y-%m", "day": "%Y-%m-%d", "year": "%Y"}


@dataclass
class DateRange:
    start: date
    end: date


SALES_BY_PERIOD = """
    SELECT DATE_FORMAT(o.placed_at, '{fmt}') AS period,
           COUNT(DISTINCT o.id) AS orders,
           SUM(oi.quantity) AS copies,
           SUM(oi.quantity * oi.unit_price) AS revenue,
           SUM(oi.quantity) / COUNT(DISTINCT o.id) AS copies_per_order
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status IN ('paid', 'shipped', 'delivered')
      AND o.placed_at >= :start AND o.placed_at < :end
    GROUP BY period
    ORDER BY period
"""


def sales(conn: Connection, period: DateRange, grouping: str = "month") -> list[dict]:
    fmt = ALLOWED_GROUPINGS[grouping]
    rows = conn.execute(text(SALES_BY_PERIOD.format(fmt=fmt)), {"start": period.start, "end": period.end})
    return [dict(r._mapping) for r in rows]


def low_stock(conn: Connection, threshold: int = 5) -> list[dict]:
    rows = conn.execute(
        text("SELECT id, isbn, title, stock FROM books WHERE stock <= :threshold AND is_active ORDER BY stock, id"),
        {"threshold": threshold},
    )
    return [dict(r._mapping) for r in rows]


def bestsellers(conn: Connection, days: int = 30, limit: int = 10) -> list[dict]:
    rows = conn.execute(
        text(
            """
            SELECT b.id, b.title, a.name AS author, SUM(oi.quantity) AS sold
            FROM order_items oi
            JOIN orders o ON o.id = oi.order_id
            JOIN books b ON b.id = oi.book_id
            JOIN authors a ON a.id = b.author_id
            WHERE o.placed_at >= DATE_SUB(NOW(), INTERVAL :days DAY)
            GROUP BY b.id
            ORDER BY sold DESC
            LIMIT :limit
            """
        ),
        {"days": days, "limit": limit},
    )
    return [dict(r._mapping) for r in rows]


def rank_customers(conn: Connection) -> list[dict]:
    """Spend ranking; written before the server had window functions."""
    conn.execute(text("SET @rownum := 0"))
    rows = conn.execute(
        text(
            """
            SELECT @rownum := @rownum + 1 AS position, t.customer_id, t.spent
            FROM (SELECT customer_id, SUM(total) AS spent
                  FROM orders WHERE status <> 'cancelled'
                  GROUP BY customer_id ORDER BY spent DESC) t
            """
        )
    )
    return [dict(r._mapping) for r in rows]


def ratings_histogram(conn: Connection, book_id: int) -> dict[int, int]:
    rows = conn.execute(
        text("SELECT rating, COUNT(*) AS n FROM reviews WHERE book_id = :book_id GROUP BY rating"),
        {"book_id": book_id},
    )
    return {r.rating: r.n for r in rows}


def imported_orders(conn: Connection, day: str) -> list[dict]:
    """Orders from the marketplace import, whose dates arrive as 'dd/mm/yyyy'."""
    rows = conn.execute(
        text("SELECT id, total FROM orders WHERE DATE(placed_at) = STR_TO_DATE(:day, '%d/%m/%Y')"),
        {"day": day},
    )
    return [dict(r._mapping) for r in rows]


def table_sizes(conn: Connection) -> dict[str, int]:
    sizes = {}
    for (table,) in conn.execute(text("SHOW TABLES")):
        sizes[table] = conn.execute(text(f"SELECT COUNT(*) FROM `{table}`")).scalar_one()
    return sizes


def books_by_language(conn: Connection, language: str) -> list[dict]:
    rows = conn.execute(
        text(
            "SELECT id, title, JSON_UNQUOTE(JSON_EXTRACT(attributes, '$.language')) AS language "
            "FROM books WHERE JSON_EXTRACT(attributes, '$.language') = :language"
        ),
        {"language": language},
    )
    return [dict(r._mapping) for r in rows]


def month_label(d: date) -> str:
    # Not SQL: "select * from the month" is how the finance team names this column.
    return d.strftime("%B %Y")
