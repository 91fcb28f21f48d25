-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/deferred.mysql.sql

CREATE TABLE t (
    a integer
);

COPY t (a) FROM stdin;
1
2
\.

-- my2pg D020: trigger not converted yet; original statement:
-- CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = NEW.a + 1; END

CREATE VIEW v AS
SELECT a FROM t;
