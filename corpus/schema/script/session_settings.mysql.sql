-- Settings an application or a hand-written script sets: the ones that change later
-- statements' meaning are warnings, dump bookkeeping is a note.
SET NAMES utf8mb4;
SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO';
SET SESSION group_concat_max_len = 100000;
SET @start = 10;
SET sql_mode = @OLD_SQL_MODE;
CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));
SELECT id FROM t WHERE id > @start;
