-- Converted from MySQL by my2pg 0.1.0 from: schema/types/unsigned_int.mysql.sql

CREATE TABLE counters (
    id bigint NOT NULL CHECK (id BETWEEN 0 AND 4294967295),
    hits numeric(20) DEFAULT 0 NOT NULL CHECK (hits BETWEEN 0 AND 18446744073709551615),
    small integer CHECK (small BETWEEN 0 AND 65535),
    tiny smallint DEFAULT 7 CHECK (tiny BETWEEN 0 AND 255),
    medium integer CHECK (medium BETWEEN -8388608 AND 8388607),
    signed_tiny smallint DEFAULT -1 NOT NULL CHECK (signed_tiny BETWEEN -128 AND 127)
);
