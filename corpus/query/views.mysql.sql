-- As mysqldump writes views: stand-ins first, final definitions at the end.
CREATE TABLE item (id int NOT NULL, price decimal(8,2), PRIMARY KEY (id));
/*!50001 CREATE VIEW `expensive` AS SELECT 1 AS `id`, 1 AS `price` */;
/*!50001 CREATE VIEW `summary` AS SELECT 1 AS `n` */;
INSERT INTO `item` VALUES (1, 10.00), (2, 99.50), (3, NULL);
/*!50001 DROP VIEW IF EXISTS `summary`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `summary` AS select count(0) AS `n` from `expensive` */;
/*!50001 DROP VIEW IF EXISTS `expensive`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `expensive` AS select `item`.`id` AS `id`,`item`.`price` AS `price` from `item` where `item`.`price` > 50 */;
