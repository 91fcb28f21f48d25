-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/deferred.mysql.sql

CREATE TABLE t (
    a integer
);

COPY t (a) FROM stdin;
1
2
\.

CREATE FUNCTION trg_fn() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.a := new.a + 1;
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();

CREATE VIEW v AS
SELECT a FROM t;
