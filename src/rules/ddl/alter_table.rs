//! # D015 alter-table
//!
//! ## What it does
//! Converts ALTER TABLE: ADD/DROP/MODIFY/CHANGE COLUMN, ALTER COLUMN SET/DROP DEFAULT,
//! ADD/DROP INDEX/KEY/PRIMARY KEY/FOREIGN KEY/CONSTRAINT, RENAME TO, RENAME COLUMN, and
//! table options. Each operation becomes one or more PostgreSQL statements, using the
//! catalog for the names my2pg gave indexes and constraints.
//!
//! ## MySQL
//! One ALTER TABLE may hold many operations; `MODIFY col def` and `CHANGE old new def`
//! redefine the whole column (type, nullability, default, comment); `FIRST`/`AFTER`
//! reorder columns; `DISABLE KEYS`/`ENABLE KEYS` pause non-unique index maintenance
//! during loads.
//!
//! ## PostgreSQL
//! `ALTER TABLE … ADD COLUMN`, `DROP COLUMN`, `ALTER COLUMN … TYPE … USING …`,
//! `SET/DROP NOT NULL`, `SET/DROP DEFAULT`, `RENAME COLUMN`, `ADD CONSTRAINT`,
//! `DROP CONSTRAINT`, `CREATE/DROP INDEX`, `RENAME TO`.
//!
//! ## Caveats
//! Column position (`FIRST`/`AFTER`) is not kept: PostgreSQL appends new columns
//! (info). `DISABLE/ENABLE KEYS` have no equivalent and are dropped (info). A MODIFY
//! that changes the type uses `USING col::newtype`, which may fail on data PostgreSQL
//! cannot cast.

crate::rule!("D015", "alter-table", Info, "ALTER TABLE operations");
