CREATE TABLE `stats_cache` (
  `local_id` int unsigned NOT NULL,
  `time` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `seen` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `invoiced` date NOT NULL,
  `closed` date DEFAULT NULL,
  PRIMARY KEY (`local_id`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `stats_cache` VALUES (1,'0000-00-00 00:00:00','0000-00-00 00:00:00','0000-00-00','0000-00-00'),(2,'2024-01-01 10:00:00','2024-01-01 10:00:00','2024-00-00',NULL);
CREATE TABLE `days` (`d` date NOT NULL DEFAULT '0000-00-00', `n` int, PRIMARY KEY (`d`));
INSERT INTO `days` VALUES ('0000-00-00',1),('2024-00-00',2),('2024-01-01',3);
