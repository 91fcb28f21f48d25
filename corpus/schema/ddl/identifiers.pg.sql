-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/identifiers.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE "order" (
    id integer NOT NULL,
    "user" varchar(10) COLLATE my2pg_ai_ci,
    "select" integer,
    "my column" integer
);

-- my2pg D017: table name collides once folded; original statement:
-- CREATE TABLE `order` (id int)

CREATE TABLE dup (
    name integer
);

ALTER TABLE ONLY "order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);
