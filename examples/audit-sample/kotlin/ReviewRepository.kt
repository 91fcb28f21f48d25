package com.example.bookshop.reviews

import java.sql.Connection
import java.sql.ResultSet
import javax.sql.DataSource
import mu.KotlinLogging

private val logger = KotlinLogging.logger {}

data class Review(val id: Long, val bookId: Long, val customerId: Long, val rating: Int, val title: String?, val body: String?)

/**
 * Reviews for the mobile API. Moderation lives in the WordPress plugin; this
 * side only reads, writes a customer's own review and counts votes.
 */
class ReviewRepository(private val dataSource: DataSource) {

    private fun <T> withConnection(block: (Connection) -> T): T = dataSource.connection.use(block)

    fun forBook(bookId: Long, page: Int, size: Int = 20): List<Review> = withConnection { c ->
        val sql = """
            SELECT id, book_id, customer_id, rating, title, body
            FROM reviews
            WHERE book_id = ? AND is_approved = 1
            ORDER BY helpful_votes DESC, id DESC
            LIMIT ${(page - 1) * size}, $size
        """.trimIndent()
        c.prepareStatement(sql).use { ps ->
            ps.setLong(1, bookId)
            ps.executeQuery().use { rs -> generateSequence { if (rs.next()) rs.toReview() else null }.toList() }
        }
    }

    fun upsert(review: Review) = withConnection { c ->
        c.prepareStatement(
            """
            INSERT INTO reviews (book_id, customer_id, rating, title, body)
            VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE rating = VALUES(rating), title = VALUES(title), body = VALUES(body), is_approved = 0
            """
        ).use { ps ->
            ps.setLong(1, review.bookId)
            ps.setLong(2, review.customerId)
            ps.setInt(3, review.rating)
            ps.setString(4, review.title)
            ps.setString(5, review.body)
            ps.executeUpdate()
        }
        logger.info { "Insert or update of review for book ${review.bookId} done" }
    }

    fun delete(reviewId: Long, customerId: Long): Boolean = withConnection { c ->
        c.prepareStatement("DELETE FROM reviews WHERE id = ? AND customer_id = ?").use { ps ->
            ps.setLong(1, reviewId)
            ps.setLong(2, customerId)
            ps.executeUpdate() == 1
        }
    }

    fun summary(bookId: Long): Pair<Double, Int> = withConnection { c ->
        c.prepareStatement("SELECT IFNULL(AVG(rating), 0), COUNT(*) FROM reviews WHERE book_id = ? AND is_approved = 1").use { ps ->
            ps.setLong(1, bookId)
            ps.executeQuery().use { rs ->
                rs.next()
                rs.getDouble(1) to rs.getInt(2)
            }
        }
    }

    fun searchBodies(bookId: Long, words: String): List<Review> = withConnection { c ->
        val table = "reviews"
        c.createStatement().use { st ->
            st.executeQuery("SELECT id, book_id, customer_id, rating, title, body FROM $table WHERE book_id = $bookId AND body REGEXP '${words.replace("'", "''")}'")
                .use { rs -> generateSequence { if (rs.next()) rs.toReview() else null }.toList() }
        }
    }

    fun mostHelpful(limit: Int): List<Map<String, Any>> = withConnection { c ->
        c.prepareStatement(
            "SELECT r.id, r.helpful_votes, b.title FROM reviews r JOIN books b ON b.id = r.book_id " +
                "WHERE r.is_approved = 1 ORDER BY r.helpful_votes DESC LIMIT ?"
        ).use { ps ->
            ps.setInt(1, limit)
            ps.executeQuery().use { rs ->
                generateSequence {
                    if (rs.next()) mapOf("id" to rs.getLong(1), "votes" to rs.getInt(2), "title" to rs.getString(3)) else null
                }.toList()
            }
        }
    }

    fun countForCustomer(customerId: Long): Int = withConnection { c ->
        c.prepareStatement("SELECT COUNT(*) FROM reviews WHERE customer_id = ?").use { ps ->
            ps.setLong(1, customerId)
            ps.executeQuery().use { rs -> if (rs.next()) rs.getInt(1) else 0 }
        }.also { if (it == 0) logger.debug { "select returned no reviews for customer $customerId" } }
    }

    private fun ResultSet.toReview() = Review(
        getLong("id"), getLong("book_id"), getLong("customer_id"), getInt("rating"), getString("title"), getString("body"),
    )
}
