-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/index_table_name.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE collection (
    id integer NOT NULL,
    "user" integer,
    type varchar(10) COLLATE my2pg_ai_ci
);
COMMENT ON TABLE collection IS 'collections';

CREATE TABLE type (
    id integer NOT NULL
);

CREATE TABLE "user" (
    id integer NOT NULL,
    name varchar(20) COLLATE my2pg_ai_ci
);

ALTER TABLE ONLY "user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);

CREATE INDEX member ON "user" (name);

ALTER TABLE "user" ADD COLUMN age integer;

ALTER INDEX member RENAME TO user_member;

CREATE TABLE member (
    id integer NOT NULL
);

ALTER TABLE ONLY collection
    ADD CONSTRAINT collection_pkey PRIMARY KEY (id);

CREATE INDEX collection_user ON collection ("user");

ALTER TABLE ONLY collection
    ADD CONSTRAINT collection_type UNIQUE (type, "user");

DROP INDEX collection_user;

ALTER TABLE ONLY type
    ADD CONSTRAINT type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY member
    ADD CONSTRAINT member_pkey PRIMARY KEY (id);
