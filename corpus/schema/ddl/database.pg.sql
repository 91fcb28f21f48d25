-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/database.mysql.sql

CREATE SCHEMA IF NOT EXISTS shop;

SET search_path TO shop, public;

CREATE TABLE shop.items (
    id integer NOT NULL
);

CREATE TABLE shop.extras (
    id integer NOT NULL
);

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);
