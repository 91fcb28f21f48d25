CREATE TABLE ranges (
  lo int NOT NULL,
  hi int NOT NULL CHECK (hi < 1000),
  CONSTRAINT lo_le_hi CHECK (lo <= hi),
  CHECK (lo >= 0) NOT ENFORCED
);
