package com.example.bookshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class OrderRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public OrderRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public Map<String, Object> findOrder(long id) {
        return jdbc.queryForMap("SELECT id, customer_id, status, total, item_count, placed_at FROM orders WHERE id = ?", id);
    }

    public List<Map<String, Object>> itemsOf(long orderId) {
        return jdbc.queryForList("""
                SELECT oi.book_id, b.title, oi.quantity, oi.unit_price
                FROM order_items oi
                JOIN books b ON b.id = oi.book_id
                WHERE oi.order_id = ?
                ORDER BY oi.id
                """, orderId);
    }

    @Transactional
    public int markPaid(long orderId) {
        return jdbc.update("UPDATE orders SET status = 'paid' WHERE id = ? AND status = 'pending'", orderId);
    }

    public List<Map<String, Object>> customerOrders(long customerId, LocalDate since) {
        var params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("since", since);
        return named.queryForList(
                "SELECT id, status, total, DATE_FORMAT(placed_at, '%Y-%m-%d %H:%i') AS placed "
                        + "FROM orders WHERE customer_id = :customerId AND placed_at >= :since "
                        + "ORDER BY placed_at DESC",
                params);
    }

    /** Orders shipped late: more than two days between payment and shipping. */
    public List<Map<String, Object>> lateShipments() {
        return jdbc.queryForList(
                "SELECT id, DATEDIFF(shipped_at, placed_at) AS days FROM orders "
                        + "WHERE status IN ('shipped', 'delivered') AND shipped_at > DATE_ADD(placed_at, INTERVAL 2 DAY)");
    }

    public int cancelStalePending() {
        return jdbc.update("UPDATE orders SET status = 'cancelled' WHERE status = 'pending' AND placed_at < NOW() - INTERVAL 7 DAY");
    }

    public Long countByStatus(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE status = ?", Long.class, status);
    }

    public void insertItem(long orderId, long bookId, int quantity, java.math.BigDecimal unitPrice) {
        jdbc.update("INSERT INTO order_items (order_id, book_id, quantity, unit_price) VALUES (?, ?, ?, ?)",
                orderId, bookId, quantity, unitPrice);
    }
}
