-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/comments.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- The customers table.
-- hash comment
/* block comment */
-- inside the statement
CREATE TABLE customers (
    id integer NOT NULL,
    name varchar(40) COLLATE my2pg_ai_ci
);
COMMENT ON TABLE customers IS 'People who buy';
COMMENT ON COLUMN customers.id IS 'primary id';
COMMENT ON COLUMN customers.name IS 'it''s the name';

-- trailing comment
