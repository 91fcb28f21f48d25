-- Converted from MySQL by my2pg 0.1.0 from: schema/types/bit.mysql.sql

CREATE TABLE perms (
    mask bit(8) DEFAULT B'00000101' NOT NULL,
    wide bit(12) DEFAULT B'000000000101'
);
