-- Converted from MySQL by my2pg 0.1.0 from: query/show.mysql.sql

-- Catalog statements applications send (S004); SHOW DATABASES has no translation.
SELECT table_name AS "Tables_in_schema" FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name;

SELECT table_name AS "Tables_in_schema", CASE table_type WHEN 'VIEW' THEN 'VIEW' ELSE 'BASE TABLE' END AS "Table_type" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'f%' ORDER BY table_name;

SELECT column_name AS "Field", data_type AS "Type", is_nullable AS "Null", column_default AS "Default" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'film' ORDER BY ordinal_position;

SELECT column_name AS "Field", data_type AS "Type", is_nullable AS "Null", column_default AS "Default" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'film' ORDER BY ordinal_position;

SELECT column_name AS "Field", data_type AS "Type", is_nullable AS "Null", column_default AS "Default" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'actor' ORDER BY ordinal_position;

SELECT tablename AS "Table", indexname AS "Key_name", indexdef AS "Definition" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'film' ORDER BY indexname;

SELECT tablename AS "Table", indexname AS "Key_name", indexdef AS "Definition" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'film' ORDER BY indexname;

-- my2pg D019: not converted; original statement:
-- SHOW DATABASES
