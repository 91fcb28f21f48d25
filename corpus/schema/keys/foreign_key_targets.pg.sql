-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/foreign_key_targets.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- corpus: apply fails — PostgreSQL rejects both foreign keys, as the diagnostics say.
CREATE TABLE parent (
    id integer NOT NULL,
    code varchar(5) COLLATE my2pg_ai_ci NOT NULL
);

CREATE TABLE child (
    id integer NOT NULL,
    parent_code varchar(5) COLLATE my2pg_ai_ci,
    other_id integer
);

ALTER TABLE ONLY parent
    ADD CONSTRAINT parent_pkey PRIMARY KEY (id);

CREATE INDEX idx_code ON parent (code);

-- my2pg D009: the referenced columns are not a primary or unique key; not run:
-- ALTER TABLE ONLY child
--     ADD CONSTRAINT fk_code FOREIGN KEY (parent_code) REFERENCES parent(code);

ALTER TABLE ONLY child
    ADD CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES elsewhere.things(id);
