package com.example.bookshop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code books} as the DAO reads it. */
public record Book(long id, long authorId, String isbn, String title, String format, BigDecimal price, int stock) {

    static Book from(ResultSet rs) throws SQLException {
        return new Book(
                rs.getLong("id"),
                rs.getLong("author_id"),
                rs.getString("isbn"),
                rs.getString("title"),
                rs.getString("format"),
                rs.getBigDecimal("price"),
                rs.getInt("stock"));
    }
}
