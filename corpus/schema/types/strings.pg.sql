-- Converted from MySQL by my2pg 0.1.0 from: schema/types/strings.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE notes (
    code varchar(3) COLLATE my2pg_ai_ci NOT NULL,
    title varchar(200) COLLATE my2pg_ai_ci DEFAULT '' NOT NULL,
    tiny text COLLATE my2pg_ai_ci CONSTRAINT notes_tiny_range CHECK (octet_length(tiny) <= 255),
    body text COLLATE my2pg_ai_ci CONSTRAINT notes_body_range CHECK (octet_length(body) <= 65535),
    medium text COLLATE my2pg_ai_ci CONSTRAINT notes_medium_range CHECK (octet_length(medium) <= 16777215),
    huge text COLLATE my2pg_ai_ci
);
