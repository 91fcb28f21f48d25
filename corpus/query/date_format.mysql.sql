CREATE TABLE e (id int NOT NULL, at datetime(6), status varchar(10), PRIMARY KEY (id));
-- Measured on MariaDB: the same text for every specifier used here.
SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(at, '%e %M %Y, %W %a %b %c/%d/%y %h:%i %p %T %r %j %% at %k|%l|%f') FROM e;
SELECT id FROM e ORDER BY FIELD(status, 'new', 'open', 'closed'), id;
-- Week numbering modes have no translation yet.
SELECT DATE_FORMAT(at, '%X-%V') FROM e;
-- Grouped by its alias: no column of it is added to GROUP BY (that would split the groups).
SELECT DATE_FORMAT(at, '%Y-%m') AS month, COUNT(*) FROM e GROUP BY month;
SELECT DATE_FORMAT(at, '%Y') , COUNT(*) FROM e GROUP BY 1;
