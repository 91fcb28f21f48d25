CREATE TABLE files (
  digest binary(16) NOT NULL,
  token varbinary(64),
  thumb blob,
  data longblob,
  raw varchar(10) CHARACTER SET binary
);
