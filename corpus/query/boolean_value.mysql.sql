-- FIXME: MySQL's comparisons and ISNULL() are integers, so assigning one to a string
-- column stores '0' or '1'; the translation stores 'false' or 'true', with no diagnostic.
CREATE TABLE a (id int NOT NULL, s varchar(10), PRIMARY KEY (id));
UPDATE a SET s = ISNULL(s);
UPDATE a SET s = (id > 2);
