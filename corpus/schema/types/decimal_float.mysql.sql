CREATE TABLE prices (
  amount decimal(10,2) NOT NULL DEFAULT '0.00',
  plain decimal,
  positive decimal(8,3) unsigned,
  ratio float,
  precise double,
  legacy float(7,3),
  big float(30),
  r real
);
