//! # D019 table-statement
//!
//! ## What it does
//! Converts DROP TABLE, RENAME TABLE, TRUNCATE, CREATE/DROP INDEX, and reports the
//! CREATE TABLE forms that are not converted (`CREATE TABLE … LIKE`, `… AS SELECT`)
//! and parsed statements the schema conversion does not handle.
//!
//! ## MySQL
//! `RENAME TABLE a TO b, c TO d` renames atomically; `DROP TABLE a, b`; `TRUNCATE t`
//! resets AUTO_INCREMENT; `DROP INDEX i ON t` names the index per table.
//!
//! ## PostgreSQL
//! `ALTER TABLE a RENAME TO b` for each pair; `DROP TABLE a, b`; `TRUNCATE t RESTART
//! IDENTITY`; `DROP INDEX` with the PostgreSQL name my2pg gave the index.
//!
//! ## Caveats
//! `CREATE TABLE … LIKE` copies a table the converter may not know: it is kept as a
//! comment, an error. Names of indexes created outside the input are guessed as
//! written.

crate::rule!(
    "D019",
    "table-statement",
    Error,
    "table statements other than CREATE TABLE"
);
