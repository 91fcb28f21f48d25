//! # D020 deferred-statement
//!
//! ## What it does
//! Keeps triggers, stored routines, events and `ALTER VIEW` in the output as commented
//! originals, with this error, until the stage that translates them exists. (Views,
//! data statements and queries are translated: see Q000 and the data path.)
//!
//! ## MySQL
//! `CREATE|DROP TRIGGER`, `CREATE|DROP PROCEDURE|FUNCTION`, `CREATE EVENT`,
//! `ALTER VIEW`.
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
    "triggers, routines, events and ALTER VIEW are kept as comments for now"
);
