/*!40103 SET TIME_ZONE='+00:00' */;
CREATE TABLE `v` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `s` varchar(50) DEFAULT NULL,
  `b` tinyint(1) NOT NULL DEFAULT '0',
  `bits` bit(8) DEFAULT NULL,
  `blob` blob,
  `bin` varbinary(8) DEFAULT NULL,
  `d` date DEFAULT NULL,
  `dt` datetime(6) DEFAULT NULL,
  `ts` timestamp NULL DEFAULT NULL,
  `t` time DEFAULT NULL,
  `e` enum('small','large') DEFAULT NULL,
  `st` set('a','b') DEFAULT NULL,
  `j` json DEFAULT NULL,
  `big` bigint unsigned DEFAULT NULL,
  `f` double DEFAULT NULL,
  `y` year DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4;
LOCK TABLES `v` WRITE;
/*!40000 ALTER TABLE `v` DISABLE KEYS */;
INSERT INTO `v` VALUES (1,'it\'s \"q\" back\\slash\ttab\nnewline\r\Z\%\_',1,b'101',_binary 'ab\0c',0x00FF,'2024-02-29','2024-02-29 12:34:56.123456','2024-03-01 00:00:01','12:00:00','large','a,b','{\"k\": [1, 2.5, null]}',18446744073709551615,-0,2155),(2,NULL,0,NULL,NULL,NULL,'0000-00-00','0000-00-00 00:00:00.000000',NULL,'-01:00:00',NULL,'',NULL,0,1e308,0),(3,'ünïcødé 😀',2,b'0',X'',NULL,NULL,NULL,NULL,'838:59:59','SMALL',NULL,'[]',NULL,NULL,NULL);
INSERT INTO `v` (`id`,`s`,`b`) VALUES (4,'complete',0);
REPLACE INTO `v` VALUES (5,'replaced',0,NULL,NULL,NULL,'2020-00-00',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `v` ENABLE KEYS */;
UNLOCK TABLES;
INSERT INTO `nowhere` VALUES (1,'x',0x41);
INSERT INTO `v` (`id`, `s`) SELECT 6, 'from a query';
