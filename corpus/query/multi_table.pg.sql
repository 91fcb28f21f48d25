-- Converted from MySQL by my2pg 0.1.0 from: query/multi_table.mysql.sql

CREATE TABLE a (
    id integer NOT NULL,
    x integer
);

CREATE TABLE b (
    id integer NOT NULL,
    y integer,
    x integer
);

DELETE FROM a USING b WHERE a.id = b.id AND b.y > 2;

-- my2pg Q000: not translated; original statement:
-- DELETE a, b FROM a JOIN b ON a.id = b.id

DELETE FROM a USING b WHERE a.id = b.id;

UPDATE a SET x = b.y FROM b WHERE a.id = b.id;

DELETE FROM a AS o USING b WHERE o.id = b.id;

UPDATE a AS t SET x = (b.y) + 1 FROM b WHERE t.id = b.id AND (b.y = 1 OR b.y = 2) AND (t.x IS NULL OR t.x < 0);

-- my2pg Q000: not translated; original statement:
-- UPDATE a JOIN b ON a.id = b.id SET a.x = 1, b.y = 2

-- my2pg Q000: not translated; original statement:
-- UPDATE a LEFT JOIN b ON a.id = b.id SET a.x = b.y

-- my2pg Q000: not translated; original statement:
-- DELETE a FROM a LEFT JOIN b ON a.id = b.id WHERE b.id IS NULL

DELETE FROM a WHERE (tableoid, ctid) IN (SELECT tableoid, ctid FROM a WHERE x > 3 ORDER BY id LIMIT 2);

UPDATE a SET x = 0 WHERE ((tableoid, ctid) IN (SELECT tableoid, ctid FROM a WHERE x IS NULL ORDER BY id DESC LIMIT 1)) AND (x IS DISTINCT FROM (0));

DELETE FROM a;

UPDATE a SET x = x + 1, id = CAST((x + 1) AS BIGINT) * 10 WHERE (id = 1) AND (x IS DISTINCT FROM (x + 1) OR id IS DISTINCT FROM (CAST((x + 1) AS BIGINT) * 10));

UPDATE a SET x = random(), id = (random()) WHERE (x IS DISTINCT FROM CAST((random()) AS BIGINT) OR id IS DISTINCT FROM CAST(((random())) AS BIGINT));

UPDATE a SET x = 1, id = (SELECT max(x) FROM b) WHERE (x IS DISTINCT FROM (1) OR id IS DISTINCT FROM ((SELECT max(x) FROM b)));

ALTER TABLE ONLY a
    ADD CONSTRAINT a_pkey PRIMARY KEY (id);

ALTER TABLE ONLY b
    ADD CONSTRAINT b_pkey PRIMARY KEY (id);
