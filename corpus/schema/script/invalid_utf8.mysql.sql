CREATE TABLE latin (name varchar(10) DEFAULT 'café');
