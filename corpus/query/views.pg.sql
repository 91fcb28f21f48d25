-- Converted from MySQL by my2pg 0.1.0 from: query/views.mysql.sql

-- As mysqldump writes views: stand-ins first, final definitions at the end.
CREATE TABLE item (
    id integer NOT NULL,
    price numeric(8,2)
);

COPY item (id, price) FROM stdin;
1	10.00
2	99.50
3	\N
\.

ALTER TABLE ONLY item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);

CREATE VIEW expensive AS
SELECT item.id AS id, item.price AS price FROM item WHERE item.price > 50;

CREATE VIEW summary AS
SELECT count(0) AS n FROM expensive;
