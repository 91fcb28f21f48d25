CREATE TABLE accounts (id int NOT NULL AUTO_INCREMENT, email varchar(100) NOT NULL, PRIMARY KEY (id), KEY email_idx (email));
ALTER TABLE accounts ADD COLUMN status tinyint(1) NOT NULL DEFAULT '1' AFTER email, ADD UNIQUE KEY email_uq (email);
ALTER TABLE accounts MODIFY COLUMN email varchar(200) NOT NULL, CHANGE COLUMN status is_active tinyint(1) NOT NULL DEFAULT '0';
ALTER TABLE accounts DROP INDEX email_idx, ALTER COLUMN email SET DEFAULT 'x@example.com';
ALTER TABLE accounts ENGINE=InnoDB, AUTO_INCREMENT=500;
ALTER TABLE accounts RENAME TO members;
CREATE TABLE counters (id int NOT NULL AUTO_INCREMENT, n int, PRIMARY KEY (id));
ALTER TABLE counters MODIFY id int NOT NULL;
ALTER TABLE counters MODIFY n bigint unsigned NOT NULL DEFAULT 0 COMMENT 'hits';
