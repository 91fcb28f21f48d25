-- Converted from MySQL by my2pg 0.1.0 from: schema/types/enum_binary.mysql.sql

CREATE TYPE bin_enum_k AS ENUM ('a', 'B');
CREATE TABLE bin_enum (
    k bin_enum_k DEFAULT 'a' NOT NULL
);

CREATE TYPE cs_enum_k AS ENUM ('a', 'B');
CREATE TYPE cs_enum_l AS ENUM ('x', 'y');
CREATE TABLE cs_enum (
    k cs_enum_k,
    l cs_enum_l
);

CREATE TABLE myisam_no_fk (
    id integer NOT NULL
);

CREATE TABLE myisam_fk (
    id integer NOT NULL,
    p integer
);

ALTER TABLE ONLY myisam_no_fk
    ADD CONSTRAINT myisam_no_fk_pkey PRIMARY KEY (id);

ALTER TABLE ONLY myisam_fk
    ADD CONSTRAINT myisam_fk_pkey PRIMARY KEY (id);

ALTER TABLE ONLY myisam_fk
    ADD CONSTRAINT myisam_fk_p_fkey FOREIGN KEY (p) REFERENCES myisam_no_fk(id);
