-- Converted from MySQL by my2pg 0.1.0 from: schema/types/zerofill.mysql.sql

CREATE TABLE invoices (
    number bigint NOT NULL CONSTRAINT invoices_number_range CHECK (number BETWEEN 0 AND 4294967295)
);
