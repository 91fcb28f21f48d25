-- corpus: apply fails — PostgreSQL rejects both foreign keys, as the diagnostics say.
CREATE TABLE parent (id int NOT NULL, code varchar(5) NOT NULL, PRIMARY KEY (id), KEY idx_code (code));
CREATE TABLE child (
  id int NOT NULL,
  parent_code varchar(5),
  other_id int,
  CONSTRAINT fk_code FOREIGN KEY (parent_code) REFERENCES parent (code),
  CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES elsewhere.things (id)
);
