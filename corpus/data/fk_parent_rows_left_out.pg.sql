-- Converted from MySQL by my2pg 0.1.0 from: data/fk_parent_rows_left_out.mysql.sql

-- my2pg S001: dropped: /*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */

CREATE TABLE child (
    id integer NOT NULL,
    shift_id integer
);

COPY child (id, shift_id) FROM stdin;
1	1
2	2
\.

CREATE TABLE shift (
    id integer NOT NULL,
    length time(0) NOT NULL
);

COPY shift (id, length) FROM stdin;
1	08:00:00
\.

CREATE TABLE other (
    id integer NOT NULL,
    child_id integer
);

COPY other (id, child_id) FROM stdin;
1	2
\.

-- my2pg S001: dropped: /*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */

ALTER TABLE ONLY child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);

CREATE INDEX shift_id ON child (shift_id);

ALTER TABLE ONLY shift
    ADD CONSTRAINT shift_pkey PRIMARY KEY (id);

ALTER TABLE ONLY other
    ADD CONSTRAINT other_pkey PRIMARY KEY (id);

ALTER TABLE ONLY child
    ADD CONSTRAINT child_shift FOREIGN KEY (shift_id) REFERENCES shift(id) NOT VALID;

ALTER TABLE ONLY other
    ADD CONSTRAINT other_child FOREIGN KEY (child_id) REFERENCES child(id);
