-- The customers table.
# hash comment
/* block comment */
CREATE TABLE customers (
  id int NOT NULL COMMENT 'primary id',  -- inside the statement
  name varchar(40) COMMENT 'it''s the name'
) COMMENT='People who buy';
-- trailing comment
