-- Converted from MySQL by my2pg 0.1.0 from: schema/script/mysql_only_forms.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- Forms sqlparser lacks, read by my2pg's front end.
CREATE TABLE t (
    id integer NOT NULL,
    a varchar(100) COLLATE my2pg_ai_ci
);

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- my2pg: nothing to do for:
-- ALTER TABLE t ENGINE=InnoDB, ROW_FORMAT=COMPRESSED

-- my2pg: nothing to do for:
-- ALTER TABLE t DISABLE KEYS

CREATE INDEX ft ON t USING gin (to_tsvector('simple'::regconfig, coalesce(a, '')));

SELECT CAST(div(id, NULLIF(2, 0)) AS BIGINT) FROM t FOR SHARE;

-- my2pg D020: stored routine not converted yet; original statement:
-- CREATE DEFINER=`root`@`localhost` PROCEDURE p(IN x int) NOT DETERMINISTIC READS SQL DATA SELECT x

-- my2pg D019: mysql client command; original statement:
-- source other_file.sql
