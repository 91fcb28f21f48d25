// Package store is the inventory service's data layer (database/sql with
// go-sql-driver/mysql). Handlers never see *sql.DB: they select what they need
// through the Store methods below.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"strings"
	"time"
)

// ErrNotFound is returned when the select finds no row.
var ErrNotFound = errors.New("store: no rows in result set (select by id)")

type Store struct {
	db *sql.DB
}

type Book struct {
	ID     int64
	ISBN   string
	Title  string
	Stock  int
	Price  string
	Active bool
}

func New(db *sql.DB) *Store { return &Store{db: db} }

func (s *Store) Book(ctx context.Context, id int64) (*Book, error) {
	var b Book
	err := s.db.QueryRowContext(ctx, "SELECT id, isbn, title, stock, price, is_active FROM books WHERE id = ?", id).
		Scan(&b.ID, &b.ISBN, &b.Title, &b.Stock, &b.Price, &b.Active)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &b, err
}

func (s *Store) BookByISBN(ctx context.Context, isbn string) (*Book, error) {
	var b Book
	err := s.db.QueryRowContext(ctx, `SELECT id, isbn, title, stock, price, is_active
		FROM books
		WHERE isbn = ?`, isbn).Scan(&b.ID, &b.ISBN, &b.Title, &b.Stock, &b.Price, &b.Active)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &b, err
}

// Reserve takes copies out of stock; it fails when not enough are left.
func (s *Store) Reserve(ctx context.Context, bookID int64, copies int) error {
	res, err := s.db.ExecContext(ctx, "UPDATE books SET stock = stock - ? WHERE id = ? AND stock >= ?", copies, bookID, copies)
	if err != nil {
		return fmt.Errorf("update books failed: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("not enough stock for book %d: select another edition", bookID)
	}
	return nil
}

// ReleaseOldest gives back the oldest reservations first when a delivery is cancelled.
func (s *Store) ReleaseOldest(ctx context.Context, bookID int64, n int) error {
	// my2pg: ignore[Q009]
	_, err := s.db.ExecContext(ctx, `UPDATE order_items SET quantity = quantity - 1
		WHERE book_id = ? AND quantity > 1
		ORDER BY id
		LIMIT ?`, bookID, n)
	return err
}

func (s *Store) Deactivate(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	_, err := s.db.ExecContext(ctx, "UPDATE books SET is_active = 0 WHERE id IN ("+marks+")", args...)
	return err
}

// CountBy counts rows of a whitelisted table by one column; used by /metrics.
func (s *Store) CountBy(ctx context.Context, table, column string, value any) (int64, error) {
	var n int64
	q := fmt.Sprintf("SELECT COUNT(*) FROM `%s` WHERE `%s` = ?", table, column)
	err := s.db.QueryRowContext(ctx, q, value).Scan(&n)
	return n, err
}

func (s *Store) StaleCarts(ctx context.Context, olderThan time.Duration) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT id FROM orders WHERE status = 'cart' AND updated_at < DATE_SUB(NOW(), INTERVAL ? SECOND)",
		int64(olderThan.Seconds()))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *Store) DeleteOrphanTags(ctx context.Context) (int64, error) {
	res, err := s.db.ExecContext(ctx, "DELETE t FROM tags t LEFT JOIN book_tags bt ON bt.tag_id = t.id WHERE bt.tag_id IS NULL")
	if err != nil {
		log.Printf("delete from tags failed: %v", err)
		return 0, err
	}
	return res.RowsAffected()
}

// SyncPrice applies a line of the distributor's price feed.
func (s *Store) SyncPrice(ctx context.Context, authorID int64, isbn, title, price string) error {
	_, err := s.db.ExecContext(ctx,
		"INSERT INTO books (author_id, isbn, title, price) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE price = VALUES(price)",
		authorID, isbn, title, price)
	return err
}

func (s *Store) Lowest(ctx context.Context, format string, limit int) (*sql.Rows, error) {
	where := "is_active = 1"
	if format != "" {
		where += " AND format = '" + strings.ReplaceAll(format, "'", "''") + "'"
	}
	return s.db.QueryContext(ctx, fmt.Sprintf("SELECT id, title, price FROM books WHERE %s ORDER BY price LIMIT %d", where, limit))
}

func (s *Store) WithLock(ctx context.Context, fn func(*sql.Conn) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var got int
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK('inventory-sync', 10)").Scan(&got); err != nil || got != 1 {
		return fmt.Errorf("could not lock inventory: %v", err)
	}
	defer conn.ExecContext(ctx, "SELECT RELEASE_LOCK('inventory-sync')")
	return fn(conn)
}

func (s *Store) Ping(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, "SELECT 1")
	return err
}

func (s *Store) TotalsByMonth(ctx context.Context, year int) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, `
		SELECT MONTH(placed_at) AS m, COUNT(*) AS orders, SUM(total) AS revenue
		FROM orders
		WHERE YEAR(placed_at) = ? AND status <> 'cancelled'
		GROUP BY MONTH(placed_at)
		ORDER BY m`, year)
}

func (s *Store) AuthorName(ctx context.Context, id int64) (string, error) {
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM authors WHERE id = ?", id).Scan(&name)
	return name, err
}

func (s *Store) BookIDsWithTag(ctx context.Context, tagID int64) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT book_id FROM book_tags WHERE tag_id = ? ORDER BY book_id", tagID)
}

// BooksFromCountry backs the "local authors" shelf; behind a feature flag that is off.
func (s *Store) BooksFromCountry(ctx context.Context, country string) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT id, title FROM books WHERE author_id IN (SELECT id FROM authors WHERE country = ?", country)
}
