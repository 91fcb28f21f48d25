<?php

declare(strict_types=1);

namespace Bookshop\Catalog;

use PDO;
use PDOException;
use Psr\Log\LoggerInterface;

/**
 * Read and write access to the book catalogue (PDO).
 *
 * Controllers should select the method they need here instead of building
 * queries themselves; see docs/catalogue.md for the caching rules.
 */
final class BookRepository
{
    private const PAGE_SIZE = 24;

    public function __construct(
        private PDO $pdo,
        private LoggerInterface $logger,
    ) {
    }

    public function find(int $id): ?array
    {
        $stmt = $this->pdo->prepare('SELECT id, author_id, isbn, title, description, format, price, stock FROM books WHERE id = ?');
        $stmt->execute([$id]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row === false ? null : $row;
    }

    public function findByIsbn(string $isbn): ?array
    {
        // was: SELECT * FROM books WHERE isbn = '$isbn' -- old query, injectable
        $stmt = $this->pdo->prepare('SELECT * FROM `books` WHERE `isbn` = :isbn LIMIT 1');
        $stmt->execute(['isbn' => $isbn]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);

        return $row === false ? null : $row;
    }

    /**
     * One storefront page of active books, cheapest first within a title.
     */
    public function listActive(int $page): array
    {
        $offset = max(0, $page - 1) * self::PAGE_SIZE;
        $sql = 'SELECT id, title, price, format FROM books WHERE is_active = 1 ORDER BY title, price LIMIT '
            . $offset . ', ' . self::PAGE_SIZE;

        return $this->pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC);
    }

    /**
     * Search box on the catalogue page. Returns the page and the total for the pager.
     */
    public function search(string $term, int $page): array
    {
        $offset = max(0, $page - 1) * self::PAGE_SIZE;
        $stmt = $this->pdo->prepare(
            'SELECT SQL_CALC_FOUND_ROWS b.id, b.title, a.name AS author '
            . 'FROM books b JOIN authors a ON a.id = b.author_id '
            . 'WHERE b.title LIKE :term OR a.name LIKE :term '
            . 'ORDER BY b.title LIMIT :offset, :size'
        );
        $stmt->bindValue(':term', '%' . $term . '%');
        $stmt->bindValue(':offset', $offset, PDO::PARAM_INT);
        $stmt->bindValue(':size', self::PAGE_SIZE, PDO::PARAM_INT);
        $stmt->execute();
        $rows = $stmt->fetchAll(PDO::FETCH_ASSOC);
        $total = (int) $this->pdo->query('SELECT FOUND_ROWS()')->fetchColumn();

        return ['rows' => $rows, 'total' => $total];
    }

    public function fullTextSearch(string $query, int $limit = 10): array
    {
        $sql = <<<SQL
            SELECT id, title,
                   MATCH(title, description) AGAINST (:q IN NATURAL LANGUAGE MODE) AS score
            FROM books
            WHERE MATCH(title, description) AGAINST (:q2 IN NATURAL LANGUAGE MODE)
              AND is_active = 1
            ORDER BY score DESC
            LIMIT $limit
            SQL;
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute(['q' => $query, 'q2' => $query]);

        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }

    public function create(array $book): int
    {
        $stmt = $this->pdo->prepare(
            'INSERT INTO books (author_id, isbn, title, description, format, price, stock, published_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
        );
        $stmt->execute([
            $book['author_id'], $book['isbn'], $book['title'], $book['description'] ?? null,
            $book['format'], $book['price'], $book['stock'] ?? 0, $book['published_on'] ?? null,
        ]);

        return (int) $this->pdo->lastInsertId();
    }

    public function updatePrice(int $id, string $price): void
    {
        try {
            $stmt = $this->pdo->prepare('UPDATE books SET price = ? WHERE id = ?');
            $stmt->execute([$price, $id]);
        } catch (PDOException $e) {
            $this->logger->error('Failed to update price for book {id}: {message}', ['id' => $id, 'message' => $e->getMessage()]);
            throw $e;
        }
    }

    /** Books of one author, newest first; unpublished drafts have no date yet. */
    public function byAuthor(int $authorId): array
    {
        $stmt = $this->pdo->prepare('SELECT id, title, published_on FROM books WHERE author_id = ? ORDER BY published_on DESC');
        $stmt->execute([$authorId]);

        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }

    /**
     * Sortable admin table. $sort comes from a whitelist in the controller.
     */
    public function adminList(string $sort, string $direction, array $filters): array
    {
        $where = [];
        $params = [];
        if (isset($filters['format'])) {
            $where[] = 'format = ?';
            $params[] = $filters['format'];
        }
        if (!empty($filters['low_stock'])) {
            $where[] = 'stock < 5';
        }
        $sql = "SELECT id, isbn, title, stock, price FROM books"
            . ($where ? ' WHERE ' . implode(' AND ', $where) : '')
            . " ORDER BY $sort $direction";
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute($params);

        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }

    public function ebooksWithoutFile(): array
    {
        // Old rows used "ebook" in double quotes, kept as the team wrote it.
        return $this->pdo->query('SELECT id, title FROM books WHERE format = "ebook" AND JSON_EXTRACT(attributes, \'$.file\') IS NULL')
            ->fetchAll(PDO::FETCH_ASSOC);
    }

    public function delete(int $id): void
    {
        $this->pdo->prepare('DELETE FROM books WHERE id = ?')->execute([$id]);
        $this->logger->info('Delete from catalogue done for book {id}', ['id' => $id]);
    }

    public function countByAuthor(int $authorId): int
    {
        $stmt = $this->pdo->prepare('SELECT COUNT(*) FROM books WHERE author_id = ?');
        $stmt->execute([$authorId]);

        return (int) $stmt->fetchColumn();
    }
}
