CREATE TABLE child (
  id int NOT NULL,
  parent_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_parent (parent_id),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE RESTRICT
);
CREATE TABLE parent (id int NOT NULL, PRIMARY KEY (id));
