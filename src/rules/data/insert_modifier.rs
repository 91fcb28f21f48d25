//! # T103 insert-modifier
//!
//! ## What it does
//! Reports `REPLACE` and `INSERT IGNORE` statements in dumps (`--replace`,
//! `--insert-ignore`), whose rows are loaded with COPY like plain inserts.
//!
//! ## MySQL
//! REPLACE deletes rows with the same primary or unique key first; INSERT IGNORE skips
//! rows whose key exists.
//!
//! ## PostgreSQL
//! The rows are copied before the keys are added (pg_dump's order). A dump of one
//! consistent table has no duplicate keys, so the result is the same.
//!
//! With `data: inserts` the rows become INSERT statements: INSERT IGNORE's get
//! `ON CONFLICT DO NOTHING` (a row whose key exists is skipped, as in MySQL); REPLACE's
//! are inserted as they are, and a row whose key exists makes the statement fail
//! (warning).
//!
//! ## Caveats
//! If the script loads into tables that already hold rows, or repeats keys, adding the
//! primary or unique key fails at the end of the script.

crate::rule!(
    "T103",
    "insert-modifier",
    Info,
    "REPLACE and INSERT IGNORE rows are loaded with COPY"
);
