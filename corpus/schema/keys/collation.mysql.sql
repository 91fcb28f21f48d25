CREATE TABLE people (
  email varchar(100) NOT NULL,
  code varchar(10) COLLATE utf8mb4_bin,
  nick varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_as_ci,
  legacy varchar(20) CHARACTER SET utf8 COLLATE utf8_general_ci,
  cs varchar(20) COLLATE utf8mb4_0900_as_cs,
  UNIQUE KEY email_uq (email)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE staff (username varchar(16) NOT NULL, password varchar(40) BINARY DEFAULT NULL, tag char(3) binary, PRIMARY KEY (username));
