-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/on_update.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE posts (
    id integer NOT NULL,
    title varchar(100) COLLATE my2pg_ai_ci,
    created_at timestamp(0) with time zone DEFAULT statement_timestamp() NOT NULL,
    updated_at timestamp(0) with time zone DEFAULT statement_timestamp() NOT NULL
);

ALTER TABLE ONLY posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);

CREATE OR REPLACE FUNCTION posts_updated_at_on_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := statement_timestamp();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER posts_updated_at_on_update BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_updated_at_on_update();
