CREATE TABLE film (
  film_id smallint unsigned NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  descr text,
  rating int,
  PRIMARY KEY (film_id),
  UNIQUE KEY title_uq (title),
  KEY idx_rating (rating DESC) USING HASH,
  KEY (rating, title),
  KEY idx_descr (descr(100)),
  FULLTEXT KEY ft (title, descr)
);
CREATE TABLE actor (actor_id int NOT NULL, KEY idx_rating (actor_id));
CREATE INDEX idx_title ON film (title(20));
CREATE UNIQUE INDEX uq_prefix ON film (title(50));
DROP INDEX idx_title ON film;
