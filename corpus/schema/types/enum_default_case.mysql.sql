CREATE TABLE tickets (state enum('Open','Closed') NOT NULL DEFAULT 'open');
