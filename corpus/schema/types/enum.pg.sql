-- Converted from MySQL by my2pg 0.1.0 from: schema/types/enum.mysql.sql

CREATE TYPE shirts_size AS ENUM ('small', 'medium', 'large');
CREATE TYPE shirts_color AS ENUM ('red', '');
CREATE TABLE shirts (
    size shirts_size DEFAULT 'medium' NOT NULL,
    color shirts_color
);
