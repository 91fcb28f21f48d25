-- Converted from MySQL by my2pg 0.1.0 from: schema/types/spatial.mysql.sql

CREATE TABLE places (
    id integer NOT NULL,
    location bytea NOT NULL
);

ALTER TABLE ONLY places
    ADD CONSTRAINT places_pkey PRIMARY KEY (id);
