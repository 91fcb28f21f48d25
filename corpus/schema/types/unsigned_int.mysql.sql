CREATE TABLE counters (
  id int(10) unsigned NOT NULL,
  hits bigint unsigned NOT NULL DEFAULT '0',
  small smallint(5) unsigned,
  tiny tinyint(3) unsigned DEFAULT 7,
  medium mediumint,
  signed_tiny tinyint(4) NOT NULL DEFAULT -1
);
