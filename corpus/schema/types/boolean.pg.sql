-- Converted from MySQL by my2pg 0.1.0 from: schema/types/boolean.mysql.sql

CREATE TABLE flags (
    active boolean DEFAULT true NOT NULL,
    deleted boolean DEFAULT false,
    archived boolean DEFAULT false NOT NULL
);
