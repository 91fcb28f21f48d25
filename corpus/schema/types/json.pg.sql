-- Converted from MySQL by my2pg 0.1.0 from: schema/types/json.mysql.sql

CREATE TABLE docs (
    id integer NOT NULL,
    body jsonb NOT NULL
);

ALTER TABLE ONLY docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);
