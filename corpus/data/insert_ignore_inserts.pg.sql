-- Converted from MySQL by my2pg 0.1.0 from: data/insert_ignore_inserts.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- With `data: inserts`, INSERT IGNORE rows are inserted with ON CONFLICT DO NOTHING
-- (here after the key exists, as a later statement of an application script would);
-- REPLACE rows are inserted as they are, with a warning.
CREATE TABLE k (
    id integer NOT NULL,
    s varchar(10) COLLATE my2pg_ai_ci
);

INSERT INTO k (id, s) VALUES
('1', 'a');

ALTER TABLE ONLY k
    ADD CONSTRAINT k_pkey PRIMARY KEY (id);

ALTER TABLE ONLY k
    ADD CONSTRAINT k_s_key UNIQUE (s);

INSERT INTO k (id, s) VALUES
('1', 'b'),
('2', 'c')
ON CONFLICT DO NOTHING;

INSERT INTO k (id, s) VALUES
('3', 'd');
