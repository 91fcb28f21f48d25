-- Converted from MySQL by my2pg 0.1.0 from: schema/script/nul.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE nul (
    a varchar(3) COLLATE my2pg_ai_ci DEFAULT '�'
);
COMMENT ON TABLE nul IS 'it''s';

-- my2pg P001: not parsed; original statement:
-- ?
-- CREATE TABLE after_nul (b int)
