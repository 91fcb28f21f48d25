CREATE TABLE `flags` (
  `id` int NOT NULL,
  `flag` tinyint(1) NOT NULL DEFAULT '0',
  `level` tinyint(1) NOT NULL DEFAULT '7',
  `checked` tinyint(1) DEFAULT NULL CHECK (`checked` between 0 and 5),
  `noted` tinyint(1) DEFAULT NULL COMMENT 'number of stars, 0-5',
  `data_only` tinyint(1) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `flags` VALUES (1,1,7,0,0,0),(2,0,2,5,4,1);
INSERT INTO `flags` VALUES (3,1,1,1,1,NULL),(4,0,0,NULL,NULL,4);
INSERT INTO `flags` VALUES (5,1,3,2,5,1);
