<?php

namespace Bookshop\Orders;

use mysqli;
use RuntimeException;

/**
 * Cart and checkout (mysqli, as the shop was written before the PDO move).
 */
class OrderService
{
    /** @var mysqli */
    private $db;

    public function __construct(mysqli $db)
    {
        $this->db = $db;
        $this->db->set_charset('utf8mb4');
        $this->db->query("SET NAMES utf8mb4");
    }

    public function openCart(int $customerId): int
    {
        $stmt = $this->db->prepare("INSERT INTO orders (customer_id, status) VALUES (?, 'cart')");
        $stmt->bind_param('i', $customerId);
        $stmt->execute();

        $row = $this->db->query("SELECT LAST_INSERT_ID() AS id")->fetch_assoc();
        return (int) $row['id'];
    }

    public function addItem(int $orderId, int $bookId, int $quantity): void
    {
        $sql = <<<SQL
            INSERT INTO order_items (order_id, book_id, quantity, unit_price)
            SELECT ?, b.id, ?, b.price FROM books b WHERE b.id = ?
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)
            SQL;
        $stmt = $this->db->prepare($sql);
        $stmt->bind_param('iii', $orderId, $quantity, $bookId);
        if (!$stmt->execute()) {
            throw new RuntimeException("Update of cart $orderId failed: could not insert into order_items");
        }
        $this->refreshTotals($orderId);
    }

    public function removeItem(int $orderId, int $bookId): void
    {
        $this->db->query("DELETE FROM order_items WHERE order_id = $orderId AND book_id = $bookId");
        $this->refreshTotals($orderId);
    }

    private function refreshTotals(int $orderId): void
    {
        $sql = <<<'SQL'
            UPDATE orders o
            JOIN (SELECT order_id, SUM(quantity * unit_price) AS total, SUM(quantity) AS n
                  FROM order_items GROUP BY order_id) t ON t.order_id = o.id
            SET o.total = t.total, o.item_count = t.n
            WHERE o.id = ?
            SQL;
        $stmt = $this->db->prepare($sql);
        $stmt->bind_param('i', $orderId);
        $stmt->execute();
    }

    public function checkout(int $orderId): void
    {
        $this->db->begin_transaction();
        try {
            $this->db->query("UPDATE books b JOIN order_items oi ON oi.book_id = b.id SET b.stock = b.stock - oi.quantity WHERE oi.order_id = " . (int) $orderId);
            $this->db->query("UPDATE orders SET status = 'pending', placed_at = NOW() WHERE id = " . (int) $orderId);
            $this->db->commit();
        } catch (\mysqli_sql_exception $e) {
            $this->db->rollback();
            error_log("UPDATE orders failed during checkout of order $orderId: " . $e->getMessage());
            throw new RuntimeException('Could not place the order. Please select another payment method.', 0, $e);
        }
    }

    /**
     * Carts nobody touched for 30 days are thrown away, 500 at a time so the
     * nightly job never holds locks for long.
     */
    public function purgeAbandonedCarts(): int
    {
        $this->db->query(
            "DELETE oi FROM order_items oi JOIN orders o ON o.id = oi.order_id "
            . "WHERE o.status = 'cart' AND o.updated_at < DATE_SUB(NOW(), INTERVAL 30 DAY)"
        );
        $this->db->query("DELETE FROM orders WHERE status = 'cart' AND updated_at < NOW() - INTERVAL 30 DAY ORDER BY id LIMIT 500");

        return $this->db->affected_rows;
    }

    public function markShipped(array $orderIds): void
    {
        $ids = implode(',', array_map('intval', $orderIds));
        $this->db->query("UPDATE orders SET status = 'shipped', shipped_at = NOW() WHERE id IN ($ids) AND status = 'paid'");
    }

    public function customerSummary(int $customerId): array
    {
        $result = $this->db->query("
            SELECT c.id, CONCAT_WS(' ', c.first_name, c.last_name) AS name,
                   IFNULL(SUM(o.total), 0) AS spent,
                   COUNT(o.id) AS orders,
                   DATE_FORMAT(MAX(o.placed_at), '%d/%m/%Y') AS last_order
            FROM customers c
            LEFT JOIN orders o ON o.customer_id = c.id AND o.status IN ('paid', 'shipped', 'delivered')
            WHERE c.id = {$customerId}
            GROUP BY c.id
        ");

        return $result->fetch_assoc() ?: [];
    }

    /** Stock count for the warehouse export; the table must not move while we read. */
    public function exportStock(): array
    {
        $this->db->query('LOCK TABLES books READ, order_items READ');
        $rows = $this->db->query('SELECT id, isbn, stock FROM books ORDER BY id')->fetch_all(MYSQLI_ASSOC);
        $this->db->query('UNLOCK TABLES');

        return $rows;
    }
}
