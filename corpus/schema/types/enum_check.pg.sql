-- Converted from MySQL by my2pg 0.1.0 from: schema/types/enum_check.mysql.sql

CREATE TABLE shirts (
    size varchar(6) DEFAULT 'medium' NOT NULL CONSTRAINT shirts_size_range CHECK (size IN ('small', 'medium', 'large'))
);
