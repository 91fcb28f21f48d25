CREATE TABLE collection (id int PRIMARY KEY, `user` int, `type` varchar(10), KEY `user` (`user`), UNIQUE KEY `type` (`type`, `user`)) COMMENT='collections';
CREATE TABLE `type` (id int PRIMARY KEY);
CREATE TABLE `user` (id int PRIMARY KEY, name varchar(20), KEY `member` (name));
ALTER TABLE `user` ADD COLUMN age int;
CREATE TABLE member (id int PRIMARY KEY);
ALTER TABLE collection DROP INDEX `user`;
