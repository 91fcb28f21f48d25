-- Converted from MySQL by my2pg 0.1.0 from: schema/types/unsigned_int.mysql.sql

CREATE TABLE counters (
    id bigint NOT NULL CONSTRAINT counters_id_range CHECK (id BETWEEN 0 AND 4294967295),
    hits numeric(20) DEFAULT 0 NOT NULL CONSTRAINT counters_hits_range CHECK (hits BETWEEN 0 AND 18446744073709551615),
    small integer CONSTRAINT counters_small_range CHECK (small BETWEEN 0 AND 65535),
    tiny smallint DEFAULT 7 CONSTRAINT counters_tiny_range CHECK (tiny BETWEEN 0 AND 255),
    medium integer CONSTRAINT counters_medium_range CHECK (medium BETWEEN -8388608 AND 8388607),
    signed_tiny smallint DEFAULT -1 NOT NULL CONSTRAINT counters_signed_tiny_range CHECK (signed_tiny BETWEEN -128 AND 127)
);
