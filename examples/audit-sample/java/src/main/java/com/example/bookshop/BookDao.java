package com.example.bookshop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain JDBC access to books and tags, used by the import job and the admin API.
 *
 * <p>Every method opens its own connection from the pool; callers that need a
 * transaction use {@link #inTransaction}. To select books for the storefront use
 * the cached {@code CatalogService} instead.
 */
public class BookDao {

    private static final Logger log = LoggerFactory.getLogger(BookDao.class);

    private static final String FIND_BY_ID =
            "SELECT id, author_id, isbn, title, format, price, stock FROM books WHERE id = ?";

    private static final String TAGS_OF_BOOK = """
            SELECT t.id, t.name, t.slug
            FROM tags t
            JOIN book_tags bt ON bt.tag_id = t.id
            WHERE bt.book_id = ?
            ORDER BY t.name
            """;

    private static final String BOOKS_WITH_TAG_LIST = """
            SELECT b.id, b.title, GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR ', ') AS tag_list
            FROM books b
            LEFT JOIN book_tags bt ON bt.book_id = b.id
            LEFT JOIN tags t ON t.id = bt.tag_id
            WHERE b.author_id = ?
            GROUP BY b.id
            """;

    private final DataSource dataSource;

    public BookDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Book> findById(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(FIND_BY_ID)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Book.from(rs)) : Optional.empty();
            }
        }
    }

    public List<Tag> tagsOf(long bookId) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(TAGS_OF_BOOK)) {
            ps.setLong(1, bookId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("slug")));
                }
            }
        }
        return tags;
    }

    public List<String[]> booksWithTags(long authorId) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(BOOKS_WITH_TAG_LIST)) {
            ps.setLong(1, authorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    /** Inserts the book and returns its generated id. */
    public long insert(Book book) throws SQLException {
        String sql = "INSERT INTO books (author_id, isbn, title, format, price, stock) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, book.authorId());
            ps.setString(2, book.isbn());
            ps.setString(3, book.title());
            ps.setString(4, book.format());
            ps.setBigDecimal(5, book.price());
            ps.setInt(6, book.stock());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Attaches tags by slug, creating the tags that do not exist yet. */
    public void tag(long bookId, List<String> slugs) throws SQLException {
        inTransaction(c -> {
            try (PreparedStatement newTag = c.prepareStatement("INSERT IGNORE INTO tags (name, slug) VALUES (?, ?)");
                 PreparedStatement link = c.prepareStatement(
                         "REPLACE INTO book_tags (book_id, tag_id) SELECT ?, id FROM tags WHERE slug = ?")) {
                for (String slug : slugs) {
                    newTag.setString(1, slug.replace('-', ' '));
                    newTag.setString(2, slug);
                    newTag.executeUpdate();
                    link.setLong(1, bookId);
                    link.setString(2, slug);
                    link.executeUpdate();
                }
            }
        });
    }

    public int restock(long bookId, int copies) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE books SET stock = stock + ? WHERE id = ?")) {
            ps.setInt(1, copies);
            ps.setLong(2, bookId);
            int n = ps.executeUpdate();
            if (n == 0) {
                log.warn("Update skipped: no book with id {} to restock", bookId);
            }
            return n;
        }
    }

    /** Newest featured books; {@code limit} and {@code offset} come from the API's paging. */
    public List<Book> featured(int offset, int limit) throws SQLException {
        // my2pg: ignore[Q012]
        String sql = "SELECT id, author_id, isbn, title, format, price, stock FROM books WHERE is_featured = 1 AND is_active = 1 "
                + "ORDER BY created_at DESC LIMIT " + offset + ", " + limit;
        List<Book> books = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                books.add(Book.from(rs));
            }
        }
        return books;
    }

    public BigDecimal averagePrice(String format) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT AVG(price) FROM books WHERE format = ? AND is_active = 1")) {
            ps.setString(1, format);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new SQLException("SELECT failed: average price of " + format + " books", e);
        }
    }

    public void inTransaction(SqlWork work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                log.error("Transaction rolled back; insert into book_tags may be incomplete", e);
                throw e;
            }
        }
    }

    @FunctionalInterface
    public interface SqlWork {
        void run(Connection c) throws SQLException;
    }
}
