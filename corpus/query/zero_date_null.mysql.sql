CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT,
  published datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  day date NOT NULL,
  modified datetime DEFAULT NULL,
  PRIMARY KEY (id)
);
SELECT id FROM posts WHERE published = '0000-00-00 00:00:00';
SELECT id FROM posts WHERE day = '0000-00-00';
SELECT id FROM posts WHERE day <> '0000-00-00' AND modified <> '0000-00-00 00:00:00';
SELECT id FROM posts WHERE day > '0000-00-00';
SELECT id FROM posts WHERE modified > '0000-00-00 00:00:00';
