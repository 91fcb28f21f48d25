-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/identifiers_preserve.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE "Order" (
    "ID" integer NOT NULL,
    "user" varchar(10) COLLATE my2pg_ai_ci,
    "select" integer,
    "My Column" integer
);

CREATE TABLE "order" (
    "id" integer
);

CREATE TABLE "dup" (
    "Name" integer,
    "name" integer
);

ALTER TABLE ONLY "Order"
    ADD CONSTRAINT "Order_pkey" PRIMARY KEY ("ID");
