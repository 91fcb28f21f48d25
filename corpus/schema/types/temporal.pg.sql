-- Converted from MySQL by my2pg 0.1.0 from: schema/types/temporal.mysql.sql

CREATE TABLE events (
    day date NOT NULL,
    starts timestamp(0) NOT NULL,
    precise timestamp(6),
    stamp timestamp(3) with time zone,
    duration time(0),
    made smallint DEFAULT 2024 NOT NULL CONSTRAINT events_made_range CHECK (made = 0 OR made BETWEEN 1901 AND 2155)
);
