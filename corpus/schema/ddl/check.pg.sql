-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/check.mysql.sql

CREATE TABLE ranges (
    lo integer NOT NULL,
    hi integer NOT NULL CHECK (hi < 1000),
    CONSTRAINT lo_le_hi CHECK (lo <= hi)
);
