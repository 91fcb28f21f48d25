-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/collation_exact.mysql.sql

CREATE TABLE people (
    email varchar(100) NOT NULL,
    code varchar(10) COLLATE "C",
    nick varchar(20),
    legacy varchar(20),
    cs varchar(20)
);

ALTER TABLE ONLY people
    ADD CONSTRAINT email_uq UNIQUE (email);
