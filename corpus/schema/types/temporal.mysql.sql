CREATE TABLE events (
  day date NOT NULL,
  starts datetime NOT NULL,
  precise datetime(6),
  stamp timestamp(3) NULL DEFAULT NULL,
  duration time,
  made year(4) NOT NULL DEFAULT '2024'
);
