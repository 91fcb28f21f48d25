-- Converted from MySQL by my2pg 0.1.0 from: data/zero_date_null_keys.mysql.sql

CREATE TABLE stats_cache (
    local_id bigint NOT NULL CONSTRAINT stats_cache_local_id_range CHECK (local_id BETWEEN 0 AND 4294967295),
    time timestamp(0) with time zone DEFAULT '-infinity' NOT NULL,
    seen timestamp(0),
    invoiced date NOT NULL,
    closed date
);

COPY stats_cache (local_id, time, seen, invoiced, closed) FROM stdin;
1	-infinity	\N	-infinity	\N
2	2024-01-01 10:00:00	2024-01-01 10:00:00	-infinity	\N
\.

CREATE TABLE days (
    d date DEFAULT '-infinity' NOT NULL,
    n integer
);

COPY days (d, n) FROM stdin;
-infinity	1
2024-01-01	3
\.

ALTER TABLE ONLY stats_cache
    ADD CONSTRAINT stats_cache_pkey PRIMARY KEY (local_id, time);

ALTER TABLE ONLY days
    ADD CONSTRAINT days_pkey PRIMARY KEY (d);
