-- my2pg: ignore[T101]
CREATE TABLE t (id INT PRIMARY KEY); # my2pg: ignore[D001,D002]
/* my2pg: ignore[Q001] */ SELECT 'not -- a comment' FROM t;
