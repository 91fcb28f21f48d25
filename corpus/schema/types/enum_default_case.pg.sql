-- Converted from MySQL by my2pg 0.1.0 from: schema/types/enum_default_case.mysql.sql

CREATE TYPE tickets_state AS ENUM ('Open', 'Closed');
CREATE TABLE tickets (
    state tickets_state DEFAULT 'Open' NOT NULL
);
