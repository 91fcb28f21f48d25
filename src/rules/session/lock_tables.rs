//! # S002 lock-tables
//!
//! ## What it does
//! Drops `LOCK TABLES … WRITE` / `UNLOCK TABLES` around dump sections, with a note.
//!
//! ## MySQL
//! mysqldump locks each table while its rows load.
//!
//! ## PostgreSQL
//! PostgreSQL's `LOCK TABLE` is only valid inside a transaction and has no UNLOCK, and
//! the converted script has no transaction of its own: other sessions can see a table
//! while its rows load. Applied with `psql --single-transaction`, the whole script is
//! one transaction and nobody sees it half-loaded.
//!
//! ## Caveats
//! Applications that rely on LOCK TABLES for mutual exclusion need a transaction with
//! `LOCK TABLE … IN EXCLUSIVE MODE` (the query stage handles application statements).

crate::rule!(
    "S002",
    "lock-tables",
    Info,
    "LOCK/UNLOCK TABLES are dropped"
);
