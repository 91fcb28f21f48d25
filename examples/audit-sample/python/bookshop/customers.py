"""Customer accounts: sign-up, login bookkeeping, newsletter and GDPR export.

Uses a plain DB-API connection (PyMySQL). Functions take the connection as
their first argument so that the caller decides about transactions; select
the right helper below instead of writing raw queries in views.
"""

import logging
from datetime import datetime

import pymysql

log = logging.getLogger(__name__)

PROFILE_COLUMNS = ("first_name", "last_name", "phone", "city", "address")


class CustomerNotFound(LookupError):
    """Raised when no row matches; the message says which select was used."""


def get(conn, customer_id):
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute(
            "SELECT id, email, first_name, last_name, country, newsletter, created_at "
            "FROM customers WHERE id = %s",
            (customer_id,),
        )
        row = cur.fetchone()
    if row is None:
        raise CustomerNotFound(f"No customer selected by id {customer_id}")
    return row


def find_by_email(conn, email):
    with conn.cursor() as cur:
        cur.execute("SELECT id, password_hash, is_active FROM customers WHERE email = %s", (email.strip(),))
        return cur.fetchone()


def register(conn, email, password_hash, first_name, last_name, country="US"):
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO customers (email, password_hash, first_name, last_name, country)
            VALUES (%(email)s, %(password_hash)s, %(first_name)s, %(last_name)s, %(country)s)
            """,
            {
                "email": email,
                "password_hash": password_hash,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
            },
        )
        customer_id = cur.lastrowid
    log.info("Inserted customer %s into the customers table", customer_id)
    return customer_id


def touch_login(conn, customer_id):
    with conn.cursor() as cur:
        cur.execute("UPDATE customers SET last_login_at = NOW() WHERE id = %s", (customer_id,))


def update_profile(conn, customer_id, **fields):
    """Update only the given profile fields.

    Unknown keys are ignored, so ``update_profile(conn, 1, email=...)`` is a no-op.
    """
    assignments = [f"{name} = %s" for name in PROFILE_COLUMNS if name in fields]
    if not assignments:
        return
    values = [fields[name] for name in PROFILE_COLUMNS if name in fields]
    sql = f"UPDATE customers SET {', '.join(assignments)} WHERE id = %s"
    with conn.cursor() as cur:
        cur.execute(sql, (*values, customer_id))


def set_newsletter(conn, customer_id, subscribed):
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE customers SET newsletter = %s WHERE id = %s",
            (1 if subscribed else 0, customer_id),
        )


def newsletter_recipients(conn, country=None):
    sql = "SELECT email, first_name FROM customers WHERE newsletter = 1 AND is_active = 1"
    params = []
    if country:
        sql += " AND country = %s"
        params.append(country)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def interested_in(conn, tag_slug):
    """Customers whose legacy interests list contains the tag."""
    with conn.cursor() as cur:
        # my2pg: ignore[Q017]
        cur.execute("SELECT id, email FROM customers WHERE FIND_IN_SET(%s, interests) > 0", (tag_slug,))
        return cur.fetchall()


def inactive_since(conn, days):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, email FROM customers "
            "WHERE last_login_at < DATE_SUB(CURDATE(), INTERVAL %s DAY) OR last_login_at IS NULL",
            (days,),
        )
        return cur.fetchall()


def export_personal_data(conn, customer_id):
    """GDPR export: everything we store about one person."""
    data = {"customer": get(conn, customer_id)}
    with conn.cursor(pymysql.cursors.DictCursor) as cur:
        cur.execute(
            """
            SELECT o.id, o.status, o.total, o.placed_at,
                   preferences->>'$.language' AS language
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.customer_id = %(id)s
            ORDER BY o.id
            """,
            {"id": customer_id},
        )
        data["orders"] = cur.fetchall()
        cur.execute("SELECT book_id, rating, title, body, created_at FROM reviews WHERE customer_id = %s", (customer_id,))
        data["reviews"] = cur.fetchall()
    data["exported_at"] = datetime.utcnow().isoformat()
    return data


def legacy_recent_signups(conn):
    # Dead since the 2022 dashboard rewrite; kept for the old cron script.
    with conn.cursor() as cur:
        cur.execute("SELECT id, email, FROM customers WHERE created_at > NOW() - INTERVAL 1 DAY")
        return cur.fetchall()


def delete_account(conn, customer_id):
    try:
        with conn.cursor() as cur:
            cur.execute("DELETE FROM reviews WHERE customer_id = %s", (customer_id,))
            cur.execute("UPDATE customers SET email = CONCAT('deleted-', id, '@invalid'), is_active = 0 WHERE id = %s", (customer_id,))
        conn.commit()
    except pymysql.MySQLError:
        log.exception("DELETE FROM customers failed for %s; rolled back", customer_id)
        conn.rollback()
        raise


def orders_count(conn, customer_id):
    with conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM orders WHERE customer_id = %s", (customer_id,))
        return cur.fetchone()[0]
