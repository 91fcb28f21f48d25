CREATE TABLE docs (id int NOT NULL, body json NOT NULL, PRIMARY KEY (id));
