CREATE TABLE latin (id int NOT NULL, name varchar(10));
INSERT INTO latin VALUES (1,'café'),(2,'ok');
