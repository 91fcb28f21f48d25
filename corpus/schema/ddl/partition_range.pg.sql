-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/partition_range.mysql.sql

CREATE TABLE sales (
    id integer NOT NULL,
    sold_on date NOT NULL,
    amount numeric(10,2)
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_p2023 PARTITION OF sales FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE sales_p2024 PARTITION OF sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales_pmax PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
