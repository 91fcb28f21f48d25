//! # T102 data-without-schema
//!
//! ## What it does
//! Reports rows for a table the input does not define (a data-only dump): values are
//! copied as written, without conversion to the column types.
//!
//! ## MySQL
//! `mysqldump --no-create-info` writes only INSERT statements.
//!
//! ## PostgreSQL
//! Strings and numbers are copied as text; `_binary` strings and hex literals as
//! `bytea` hex. Booleans, bits, zero dates and enums are not converted.
//!
//! ## Caveats
//! Convert the schema in the same run (`my2pg convert schema.sql data.sql`) so the data
//! path knows every column's type.

crate::rule!(
    "T102",
    "data-without-schema",
    Warning,
    "rows for a table with no known schema"
);
