CREATE TABLE notes (
  code char(3) NOT NULL,
  title varchar(200) NOT NULL DEFAULT '',
  tiny tinytext,
  body text,
  medium mediumtext,
  huge longtext
) DEFAULT CHARSET=utf8mb4;
