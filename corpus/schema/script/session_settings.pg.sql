-- Converted from MySQL by my2pg 0.1.0 from: schema/script/session_settings.mysql.sql

-- Settings an application or a hand-written script sets: the ones that change later
-- statements' meaning are warnings, dump bookkeeping is a note.
SET client_encoding = 'UTF8';

-- my2pg S001: dropped: SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO'

-- my2pg S001: dropped: SET SESSION group_concat_max_len = 100000

-- my2pg S001: dropped: SET @start = 10

-- my2pg S001: dropped: SET sql_mode = @OLD_SQL_MODE

CREATE TABLE t (
    id integer NOT NULL
);

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM t WHERE id > @start

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
