CREATE TABLE invoices (number int(6) unsigned zerofill NOT NULL);
