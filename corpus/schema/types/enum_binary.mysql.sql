CREATE TABLE bin_enum (k enum('a','B') NOT NULL DEFAULT 'a') DEFAULT CHARSET=binary;
CREATE TABLE cs_enum (k enum('a','B') COLLATE utf8mb4_bin, l enum('x','y')) DEFAULT CHARSET=utf8mb4;
CREATE TABLE myisam_no_fk (id int PRIMARY KEY) ENGINE=MyISAM;
CREATE TABLE myisam_fk (id int PRIMARY KEY, p int, FOREIGN KEY (p) REFERENCES myisam_no_fk (id)) ENGINE=MyISAM;
