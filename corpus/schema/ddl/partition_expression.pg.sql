-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/partition_expression.mysql.sql

CREATE TABLE logs (
    id integer NOT NULL,
    at timestamp(0) NOT NULL
);

ALTER TABLE logs
    ADD CONSTRAINT logs_pkey PRIMARY KEY (id, at);
