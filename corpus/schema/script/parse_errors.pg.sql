-- Converted from MySQL by my2pg 0.1.0 from: schema/script/parse_errors.mysql.sql

CREATE TABLE ok (
    a integer
);

-- my2pg P001: not parsed; original statement:
-- CREATE TABLE broken (a int,

CREATE TABLE after_broken (
    b integer
);

-- my2pg P001: not parsed; original statement:
-- CREATE TABLE `unterminated (x int);
