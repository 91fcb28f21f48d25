//! # S002 lock-tables
//!
//! ## What it does
//! Drops `LOCK TABLES … WRITE` / `UNLOCK TABLES` around dump sections, with a note.
//!
//! ## MySQL
//! mysqldump locks each table while its rows load.
//!
//! ## PostgreSQL
//! A script applied in one transaction (`psql --single-transaction`) needs no such lock;
//! PostgreSQL's `LOCK TABLE` is only valid inside a transaction and has no UNLOCK.
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
