-- Converted from MySQL by my2pg 0.1.0 from: query/upsert.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE counter (
    name varchar(20) COLLATE my2pg_ai_ci NOT NULL,
    hits integer DEFAULT 0 NOT NULL
);

CREATE TABLE two_keys (
    id integer NOT NULL,
    code varchar(5) COLLATE my2pg_ai_ci NOT NULL
);

ALTER TABLE ONLY counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (name);

INSERT INTO counter (name, hits) VALUES ('home', 1) ON CONFLICT(name) DO UPDATE SET hits = CAST(counter.hits AS BIGINT) + EXCLUDED.hits;

INSERT INTO counter (name) SELECT name FROM counter WHERE hits > 10 ON CONFLICT DO NOTHING;

ALTER TABLE ONLY two_keys
    ADD CONSTRAINT two_keys_pkey PRIMARY KEY (id);

ALTER TABLE ONLY two_keys
    ADD CONSTRAINT code UNIQUE (code);

-- my2pg Q000: not translated; original statement:
-- INSERT INTO two_keys (id, code) VALUES (1, 'a') ON DUPLICATE KEY UPDATE code = VALUES(code)

-- IGNORE beside ON DUPLICATE KEY UPDATE: the update still applies to duplicates.

INSERT INTO counter (name, hits) VALUES ('home', 1) ON CONFLICT(name) DO UPDATE SET hits = counter.hits + 1;

-- INSERT … SET is the VALUES form.

INSERT INTO counter (name, hits) VALUES ((CAST('ab' AS TEXT) || CAST('out' AS TEXT)), 2) ON CONFLICT(name) DO UPDATE SET hits = EXCLUDED.hits;

INSERT INTO counter (name, hits) VALUES ('x', 3) ON CONFLICT(name) DO UPDATE SET hits = EXCLUDED.hits;

INSERT INTO counter (name, hits) VALUES ('y', 1);

-- MySQL 8's row alias is PostgreSQL's EXCLUDED (MariaDB has no row alias).

INSERT INTO counter (name, hits) VALUES ('home', 1) ON CONFLICT(name) DO UPDATE SET hits = CAST(counter.hits AS BIGINT) + EXCLUDED.hits;

INSERT INTO counter (name, hits) VALUES ('home', 1) ON CONFLICT(name) DO UPDATE SET hits = counter.hits + EXCLUDED.hits;

-- my2pg Q000: not translated; original statement:
-- INSERT INTO counter (name, hits) VALUES ('home', 1) AS new (n) ON DUPLICATE KEY UPDATE hits = hits + 1
