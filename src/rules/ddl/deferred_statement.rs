//! # D020 deferred-statement
//!
//! ## What it does
//! Keeps views, triggers, routines, events, data statements and queries in the output
//! as commented originals, with this error, until the stages that translate them exist.
//!
//! ## MySQL
//! `CREATE VIEW`, `CREATE TRIGGER`, `CREATE PROCEDURE|FUNCTION`, `CREATE EVENT`,
//! `INSERT`/`REPLACE`/`UPDATE`/`DELETE`, `SELECT`.
//!
//! ## PostgreSQL
//! Nothing yet: the statement is shown behind `-- ` where it stood.
//!
//! ## Caveats
//! The converted schema lacks these objects and rows; a person must port them or run the
//! later stages.

crate::rule!(
    "D020",
    "deferred-statement",
    Error,
    "views, triggers, routines and data are kept as comments for now"
);
