CREATE TABLE flags (
  active tinyint(1) NOT NULL DEFAULT '1',
  deleted bool DEFAULT FALSE,
  archived bit(1) NOT NULL DEFAULT b'0'
);
