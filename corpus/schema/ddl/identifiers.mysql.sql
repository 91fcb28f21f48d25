CREATE TABLE `Order` (`ID` int NOT NULL, `user` varchar(10), `select` int, `My Column` int, PRIMARY KEY (`ID`));
CREATE TABLE `order` (id int);
CREATE TABLE dup (Name int, name int);
