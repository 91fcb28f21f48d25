CREATE TABLE calc (
  a int NOT NULL,
  b int NOT NULL,
  c varchar(10),
  half int AS (a DIV 2) STORED,
  mask int AS (a ^ b) STORED,
  both_set int GENERATED ALWAYS AS (IFNULL(a, 0) + LENGTH(c)) STORED,
  CONSTRAINT either CHECK (a > 0 || b > 0),
  CONSTRAINT same CHECK (NOT (a <=> b) OR a = b),
  CONSTRAINT y CHECK (YEAR('2024-01-01') = 2024)
);
