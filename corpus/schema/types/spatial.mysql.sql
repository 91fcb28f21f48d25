CREATE TABLE places (id int NOT NULL, location point NOT NULL, PRIMARY KEY (id), SPATIAL KEY sp (location));
