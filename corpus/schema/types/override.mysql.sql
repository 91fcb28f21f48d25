CREATE TABLE logs (id int NOT NULL, took time NOT NULL, flag tinyint(1));
