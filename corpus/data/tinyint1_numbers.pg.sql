-- Converted from MySQL by my2pg 0.1.0 from: data/tinyint1_numbers.mysql.sql

CREATE TABLE flags (
    id integer NOT NULL,
    flag boolean DEFAULT false NOT NULL,
    level smallint DEFAULT 7 NOT NULL CONSTRAINT flags_level_range CHECK (level BETWEEN -128 AND 127),
    checked smallint CONSTRAINT flags_checked_range CHECK (checked BETWEEN -128 AND 127) CHECK (checked BETWEEN 0 AND 5),
    noted smallint CONSTRAINT flags_noted_range CHECK (noted BETWEEN -128 AND 127),
    data_only boolean
);
COMMENT ON COLUMN flags.noted IS 'number of stars, 0-5';

COPY flags (id, flag, level, checked, noted, data_only) FROM stdin;
1	t	7	0	0	f
2	f	2	5	4	t
\.

ALTER TABLE flags
    ALTER COLUMN data_only DROP DEFAULT,
    ALTER COLUMN data_only TYPE smallint USING data_only::integer,
    ADD CONSTRAINT flags_data_only_range CHECK (data_only BETWEEN 0 AND 255);

COPY flags (id, flag, level, checked, noted, data_only) FROM stdin;
3	t	1	1	1	\N
4	f	0	\N	\N	4
5	t	3	2	5	1
\.

ALTER TABLE ONLY flags
    ADD CONSTRAINT flags_pkey PRIMARY KEY (id);
