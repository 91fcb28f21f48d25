-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/not_converted.mysql.sql

CREATE TABLE base (
    id integer NOT NULL,
    owner integer
);

-- my2pg D019: CREATE TABLE … LIKE not converted; original statement:
-- CREATE TABLE copy LIKE base

-- my2pg D019: not converted; original statement:
-- ANALYZE TABLE base

START TRANSACTION;

CREATE TABLE inside (
    id integer
);

COMMIT;
