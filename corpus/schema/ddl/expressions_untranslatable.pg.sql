-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/expressions_untranslatable.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE docs (
    j jsonb NOT NULL,
    name varchar(50) COLLATE my2pg_ai_ci GENERATED ALWAYS AS ((CAST(j AS JSONB) #>> '{name}')) STORED,
    CONSTRAINT odd CHECK ((CAST(j AS TEXT) ~* 'x'))
);

CREATE INDEX idx_name ON docs (name);
