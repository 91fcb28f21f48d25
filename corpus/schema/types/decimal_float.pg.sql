-- Converted from MySQL by my2pg 0.1.0 from: schema/types/decimal_float.mysql.sql

CREATE TABLE prices (
    amount numeric(10,2) DEFAULT 0.00 NOT NULL,
    plain numeric(10,0),
    positive numeric(8,3) CONSTRAINT prices_positive_range CHECK (positive >= 0),
    ratio real,
    precise double precision,
    legacy real,
    big double precision,
    r double precision
);
