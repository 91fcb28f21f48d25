-- Converted from MySQL by my2pg 0.1.0 from: query/transactions.mysql.sql

-- Transaction statements keep their modifiers: dropping READ ONLY or TO SAVEPOINT would change what they do.
START TRANSACTION READ ONLY;

START TRANSACTION ISOLATION LEVEL SERIALIZABLE;

SAVEPOINT sp1;

ROLLBACK TO SAVEPOINT sp1;

RELEASE SAVEPOINT sp1;

COMMIT;
