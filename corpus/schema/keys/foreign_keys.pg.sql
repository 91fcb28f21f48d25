-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/foreign_keys.mysql.sql

CREATE TABLE child (
    id integer NOT NULL,
    parent_id integer NOT NULL
);

CREATE TABLE parent (
    id integer NOT NULL
);

ALTER TABLE ONLY child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);

CREATE INDEX fk_parent ON child (parent_id);

ALTER TABLE ONLY parent
    ADD CONSTRAINT parent_pkey PRIMARY KEY (id);

ALTER TABLE ONLY child
    ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent(id) ON UPDATE RESTRICT ON DELETE CASCADE;
