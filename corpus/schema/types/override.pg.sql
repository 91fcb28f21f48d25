-- Converted from MySQL by my2pg 0.1.0 from: schema/types/override.mysql.sql

CREATE TABLE logs (
    id integer NOT NULL,
    took interval NOT NULL,
    flag smallint
);
