-- Converted from MySQL by my2pg 0.1.0 from: schema/types/binary.mysql.sql

CREATE TABLE files (
    digest bytea NOT NULL CONSTRAINT files_digest_range CHECK (octet_length(digest) <= 16),
    token bytea CONSTRAINT files_token_range CHECK (octet_length(token) <= 64),
    thumb bytea CONSTRAINT files_thumb_range CHECK (octet_length(thumb) <= 65535),
    data bytea,
    raw bytea CONSTRAINT files_raw_range CHECK (octet_length(raw) <= 10)
);
