CREATE TABLE defaults (
  a int DEFAULT NULL,
  b varchar(10) DEFAULT _utf8mb4'it''s',
  c varchar(10) DEFAULT "dq",
  d varchar(20) DEFAULT 'back\\slash',
  e double DEFAULT '1.5',
  f int DEFAULT (a + 1),
  g date DEFAULT (CURRENT_DATE),
  h datetime(6) DEFAULT CURRENT_TIMESTAMP(6)
);
