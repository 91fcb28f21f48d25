CREATE TABLE perms (mask bit(8) NOT NULL DEFAULT b'101', wide bit(12) DEFAULT 5);
