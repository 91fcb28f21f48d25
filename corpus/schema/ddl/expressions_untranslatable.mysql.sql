CREATE TABLE docs (
  j json NOT NULL,
  name varchar(50) AS (j->>'$.name'),
  KEY idx_name (name),
  CONSTRAINT odd CHECK (j REGEXP 'x')
);
CREATE INDEX idx_missing ON docs (nonexistent);
