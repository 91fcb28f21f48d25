-- Converted from MySQL by my2pg 0.1.0 from: schema/types/binary.mysql.sql

CREATE TABLE files (
    digest bytea NOT NULL CHECK (octet_length(digest) <= 16),
    token bytea CHECK (octet_length(token) <= 64),
    thumb bytea CHECK (octet_length(thumb) <= 65535),
    data bytea,
    raw bytea CHECK (octet_length(raw) <= 10)
);
