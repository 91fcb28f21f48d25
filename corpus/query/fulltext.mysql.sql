-- MATCH … AGAINST on the full-text index's expression (Q022, D007).
CREATE TABLE notes (id int NOT NULL, title varchar(100), body text, PRIMARY KEY (id), FULLTEXT KEY ft (title, body));

SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('the crocodile and a shark');
SELECT id, MATCH (title, body) AGAINST ('shark') AS score FROM notes ORDER BY score DESC, id;
SELECT n.id FROM notes n WHERE MATCH (n.title, n.body) AGAINST ('+astronaut -boring "epic drama" dog*' IN BOOLEAN MODE) AND n.id > 1;
SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('boat drama' IN BOOLEAN MODE);
SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('+(a b)' IN BOOLEAN MODE);
SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('shark' WITH QUERY EXPANSION);
