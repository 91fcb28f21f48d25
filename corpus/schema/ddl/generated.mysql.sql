CREATE TABLE boxes (
  w int NOT NULL,
  h int NOT NULL,
  area int GENERATED ALWAYS AS (w * h) STORED,
  perimeter int AS (2 * (w + h)) VIRTUAL,
  label varchar(50) AS (concat(w, 'x', h))
);
