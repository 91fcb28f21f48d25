CREATE TABLE hosts (id int NOT NULL, addr inet6, PRIMARY KEY (id));
