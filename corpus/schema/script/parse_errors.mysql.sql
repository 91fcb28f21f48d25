CREATE TABLE ok (a int);
CREATE TABLE broken (a int,;
CREATE TABLE after_broken (b int);
CREATE TABLE `unterminated (x int);
