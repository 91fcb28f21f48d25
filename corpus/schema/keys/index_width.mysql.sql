CREATE TABLE wide (
  a int NOT NULL,
  b varchar(1000) NOT NULL,
  c varchar(255) NOT NULL,
  d text,
  e varchar(1000) COLLATE utf8mb4_bin DEFAULT NULL,
  KEY k (a, b(764)),
  KEY kc (c),
  UNIQUE KEY ub (b(700)),
  UNIQUE KEY ue (e(700)),
  KEY kd (d(768))
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE narrow (s varchar(191) NOT NULL, PRIMARY KEY (s)) DEFAULT CHARSET=utf8mb4;
