-- Converted from MySQL by my2pg 0.1.0 from: query/assignment_type.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE flags (
    id integer NOT NULL,
    bits bit(8),
    raw bytea CONSTRAINT flags_raw_range CHECK (octet_length(raw) <= 10),
    active boolean,
    code varchar(6) COLLATE my2pg_ai_ci
);

-- Dump rows: CHAR values without their trailing spaces, as MySQL returns them.

COPY flags (id, bits, raw, active, code) FROM stdin;
1	00000101	\\x3432	t	ab
2	00000000	\\x625c63	f	 x
\.

ALTER TABLE ONLY flags
    ADD CONSTRAINT flags_pkey PRIMARY KEY (id);

INSERT INTO flags VALUES (3, CAST(255 AS BIT(8)), convert_to('abc', 'UTF8'), true, 'q') ON CONFLICT(id) DO UPDATE SET bits = CAST(7 AS BIT(8)), raw = convert_to(CAST(7 AS TEXT), 'UTF8'), active = false, code = 'r';

UPDATE flags SET bits = CAST(CAST(bits AS BIGINT) + 1 AS BIT(8)), raw = convert_to('x', 'UTF8'), code = rtrim((CAST(code AS TEXT) || CAST(' ' AS TEXT)), ' ') WHERE (id = 1) AND (bits IS DISTINCT FROM (CAST(CAST(bits AS BIGINT) + 1 AS BIT(8))) OR raw IS DISTINCT FROM (convert_to('x', 'UTF8')) OR code COLLATE "C" IS DISTINCT FROM CAST((rtrim((CAST(code AS TEXT) || CAST(' ' AS TEXT)), ' ')) AS TEXT));

CREATE TYPE picks_size AS ENUM ('S', 'M', 'L');
CREATE TABLE picks (
    id integer NOT NULL,
    size picks_size
);

ALTER TABLE ONLY picks
    ADD CONSTRAINT picks_pkey PRIMARY KEY (id);

INSERT INTO picks VALUES (1, 'M') ON CONFLICT(id) DO UPDATE SET size = 'L';

UPDATE picks SET size = 'S' WHERE (id = 1) AND (size IS DISTINCT FROM ('S'));

SELECT CAST(div(7, NULLIF(0, 0)) AS BIGINT), CAST(div(7, NULLIF(2, 0)) AS BIGINT);

UPDATE picks SET size = DEFAULT WHERE id = 1;

INSERT INTO picks VALUES (2, DEFAULT) ON CONFLICT(id) DO UPDATE SET size = DEFAULT;
