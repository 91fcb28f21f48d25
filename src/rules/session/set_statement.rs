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
//! Any other setting (`group_concat_max_len`, `max_execution_time`, …) and a user
//! variable given a value (`SET @n = 1`) are dropped with a warning: statements that
//! depend on them may behave differently, and queries reading a user variable are
//! flagged (Q000).
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

/// Settings mysqldump and schema scripts write whose effect the conversion already
/// provides (UTF-8 output, keys and foreign keys added after the data, strict values).
pub fn harmless(name: &str) -> bool {
    matches!(
        name,
        "sql_mode"
            | "unique_checks"
            | "foreign_key_checks"
            | "sql_notes"
            | "sql_warnings"
            | "character_set_client"
            | "character_set_results"
            | "character_set_connection"
            | "collation_connection"
            | "sql_quote_show_create"
            | "sql_log_bin"
            | "names"
            | "session.sql_log_bin"
            | "storage_engine"
            | "default_storage_engine"
            | "check_constraint_checks"
            | "innodb_strict_mode"
    )
}
