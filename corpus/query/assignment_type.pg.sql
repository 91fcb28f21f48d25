-- Converted from MySQL by my2pg 0.1.0 from: query/assignment_type.mysql.sql

CREATE TABLE flags (
    id integer NOT NULL,
    bits bit(8),
    raw bytea CONSTRAINT flags_raw_range CHECK (octet_length(raw) <= 10),
    active boolean
);

COPY flags (id, bits, raw, active) FROM stdin;
1	00000101	\\x3432	t
2	00000000	\\x625c63	f
\.

ALTER TABLE ONLY flags
    ADD CONSTRAINT flags_pkey PRIMARY KEY (id);

INSERT INTO flags VALUES (3, CAST(255 AS BIT(8)), convert_to('abc', 'UTF8'), true) ON CONFLICT(id) DO UPDATE SET bits = CAST(7 AS BIT(8)), raw = convert_to(CAST(7 AS TEXT), 'UTF8'), active = false;

UPDATE flags SET bits = CAST(CAST(bits AS BIGINT) + 1 AS BIT(8)), raw = convert_to('x', 'UTF8') WHERE id = 1;
