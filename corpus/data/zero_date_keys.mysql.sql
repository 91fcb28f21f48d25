/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
CREATE TABLE `log_activity` (
  `date` date NOT NULL,
  `hits` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `log_activity` VALUES ('0000-00-00',1),('2024-00-00',2),('2024-01-01',3);
INSERT INTO `log_activity` VALUES ('2024-05-00',4),('2024-05-01',5);
CREATE TABLE `fiscal_year` (
  `id` int NOT NULL AUTO_INCREMENT,
  `begin` date DEFAULT '0000-00-00',
  `name` varchar(20) DEFAULT NULL,
  `closed` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `begin` (`begin`),
  UNIQUE KEY `name_begin` (`name`,`begin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `fiscal_year` VALUES (1,'0000-00-00','a',0),(2,NULL,'b',1),(3,NULL,'b',0),(4,'2023-00-00','c',2),(5,'2022-01-01','A',0);
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
