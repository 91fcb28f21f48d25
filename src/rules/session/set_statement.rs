//! # S001 set-statement
//!
//! ## What it does
//! Converts the SET statements schemas and dumps carry: `SET NAMES x` →
//! `SET client_encoding`, `SET TIME_ZONE='+00:00'` → `SET TIME ZONE`, and drops the
//! MySQL-only ones (`SET @OLD_… = @@…`, `UNIQUE_CHECKS`, `FOREIGN_KEY_CHECKS`,
//! `SQL_MODE`, `SQL_NOTES`, `character_set_client`) with a note.
//!
//! ## MySQL
//! mysqldump saves and restores session settings around the dump with user variables
//! and versioned comments.
//!
//! ## PostgreSQL
//! The output is UTF-8 (`SET client_encoding = 'UTF8'`); a time zone setting keeps its
//! meaning for TIMESTAMP values. `FOREIGN_KEY_CHECKS=0` is not needed: foreign keys are
//! added after the tables and data.
//!
//! ## Caveats
//! A `sql_mode` without `STRICT_TRANS_TABLES` meant MySQL accepted (and changed) invalid
//! values; PostgreSQL always rejects them.

crate::rule!(
    "S001",
    "set-statement",
    Info,
    "SET statements of dumps and sessions"
);
