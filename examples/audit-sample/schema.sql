-- Bookshop schema, MySQL 8.0.
-- The application under php/, python/, java/, kotlin/, js/, ts/, go/, ruby/,
-- csharp/ and mybatis/ reads and writes these tables; sql/migrations/ holds the
-- changes made after this snapshot.

SET NAMES utf8mb4;

CREATE TABLE authors (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name        VARCHAR(200) NOT NULL,
  slug        VARCHAR(200) NOT NULL,
  bio         TEXT NULL,
  country     CHAR(2) NULL,
  born_on     DATE NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_authors_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE books (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT,
  author_id     INT UNSIGNED NOT NULL,
  isbn          CHAR(13) NOT NULL,
  title         VARCHAR(255) NOT NULL,
  description   TEXT NULL,
  format        ENUM('hardcover','paperback','ebook','audio') NOT NULL DEFAULT 'paperback',
  price         DECIMAL(8,2) NOT NULL,
  stock         INT NOT NULL DEFAULT 0,
  pages         SMALLINT UNSIGNED NULL,
  published_on  DATE NULL,
  is_active     TINYINT(1) NOT NULL DEFAULT 1,
  is_featured   TINYINT(1) NOT NULL DEFAULT 0,
  attributes    JSON NULL COMMENT 'language, dimensions, edition, …',
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_books_isbn (isbn),
  KEY idx_books_author (author_id),
  KEY idx_books_published (published_on),
  FULLTEXT KEY ft_books_title_description (title, description),
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE customers (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT,
  email          VARCHAR(191) NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  first_name     VARCHAR(100) NOT NULL,
  last_name      VARCHAR(100) NOT NULL,
  phone          VARCHAR(32) NULL,
  country        CHAR(2) NOT NULL DEFAULT 'US',
  city           VARCHAR(100) NULL,
  address        VARCHAR(255) NULL,
  interests      VARCHAR(255) NULL COMMENT 'comma-separated tag slugs (legacy)',
  newsletter     TINYINT(1) NOT NULL DEFAULT 0,
  is_active      TINYINT(1) NOT NULL DEFAULT 1,
  preferences    JSON NULL,
  last_login_at  DATETIME NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customers_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE orders (
  id                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id       INT UNSIGNED NOT NULL,
  status            ENUM('cart','pending','paid','shipped','delivered','cancelled','refunded') NOT NULL DEFAULT 'cart',
  total             DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  item_count        INT NOT NULL DEFAULT 0,
  coupon_code       VARCHAR(32) NULL,
  shipping_address  VARCHAR(500) NULL,
  placed_at         DATETIME NULL,
  shipped_at        DATETIME NULL,
  created_at        DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at        DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_orders_customer (customer_id),
  KEY idx_orders_status_placed (status, placed_at),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE order_items (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id    BIGINT UNSIGNED NOT NULL,
  book_id     INT UNSIGNED NOT NULL,
  quantity    INT UNSIGNED NOT NULL DEFAULT 1,
  unit_price  DECIMAL(8,2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_order_items_order_book (order_id, book_id),
  KEY idx_order_items_book (book_id),
  CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_items_book FOREIGN KEY (book_id) REFERENCES books (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE reviews (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT,
  book_id        INT UNSIGNED NOT NULL,
  customer_id    INT UNSIGNED NOT NULL,
  rating         TINYINT UNSIGNED NOT NULL,
  title          VARCHAR(200) NULL,
  body           TEXT NULL,
  is_approved    TINYINT(1) NOT NULL DEFAULT 0,
  helpful_votes  INT NOT NULL DEFAULT 0,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_reviews_book_customer (book_id, customer_id),
  KEY idx_reviews_customer (customer_id),
  CONSTRAINT chk_reviews_rating CHECK (rating BETWEEN 1 AND 5),
  CONSTRAINT fk_reviews_book FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE,
  CONSTRAINT fk_reviews_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE tags (
  id    INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name  VARCHAR(64) NOT NULL,
  slug  VARCHAR(64) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_tags_name (name),
  UNIQUE KEY uq_tags_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE book_tags (
  book_id  INT UNSIGNED NOT NULL,
  tag_id   INT UNSIGNED NOT NULL,
  PRIMARY KEY (book_id, tag_id),
  KEY idx_book_tags_tag (tag_id),
  CONSTRAINT fk_book_tags_book FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE,
  CONSTRAINT fk_book_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
