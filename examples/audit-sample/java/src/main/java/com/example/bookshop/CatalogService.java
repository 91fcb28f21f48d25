package com.example.bookshop;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;

/**
 * Storefront catalogue on JPA. Entities are mapped in {@code BookEntity};
 * most lookups are JPQL and only the ranking needs native SQL.
 */
@Service
public class CatalogService {

    public interface BookJpaRepository extends JpaRepository<BookEntity, Long> {

        @Query(value = "SELECT * FROM books WHERE author_id = :authorId AND is_active = 1 ORDER BY title",
               nativeQuery = true)
        List<BookEntity> activeByAuthor(@Param("authorId") long authorId);

        @Query(value = """
                SELECT b.* FROM books b
                STRAIGHT_JOIN reviews r ON r.book_id = b.id
                WHERE r.is_approved = 1
                GROUP BY b.id
                HAVING COUNT(*) >= :minReviews
                ORDER BY AVG(r.rating) DESC
                LIMIT 20
                """, nativeQuery = true)
        List<BookEntity> topRated(@Param("minReviews") int minReviews);

        // JPQL, not SQL: runs through Hibernate's dialect
        @Query("SELECT b FROM BookEntity b WHERE b.isbn = :isbn")
        BookEntity byIsbn(@Param("isbn") String isbn);
    }

    @PersistenceContext
    private EntityManager em;

    private final BookJpaRepository books;

    public CatalogService(BookJpaRepository books) {
        this.books = books;
    }

    public BookEntity find(long id) {
        return em.createQuery("SELECT b FROM BookEntity b WHERE b.id = :id", BookEntity.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    public List<BookEntity> cheaperThan(java.math.BigDecimal price) {
        return em.createQuery(
                        "SELECT b FROM BookEntity b JOIN FETCH b.author a WHERE b.price < :price ORDER BY b.price",
                        BookEntity.class)
                .setParameter("price", price)
                .getResultList();
    }

    public long countFormats() {
        return em.createNativeQuery("SELECT COUNT(DISTINCT format) FROM books").getSingleResult() instanceof Number n
                ? n.longValue() : 0L;
    }

    public String emptyMessage() {
        return "Select a book from the list to see its details.";
    }
}
