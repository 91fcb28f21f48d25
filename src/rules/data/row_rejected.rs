//! # T101 row-rejected
//!
//! ## What it does
//! Reports a row of a data statement that cannot be converted, and leaves it out of
//! the COPY block (a row PostgreSQL would reject fails the whole COPY).
//!
//! ## MySQL
//! MySQL stores values PostgreSQL's types cannot hold: `tinyint(1)` values other than
//! 0/1, TIME values beyond 24 hours or negative, enum values that are not labels
//! (the empty error value), NULL in a column whose NOT NULL was kept.
//!
//! ## PostgreSQL
//! The row is not loaded; the diagnostic names the table, the row's place and the
//! reason, and the summary counts rejected rows per table.
//!
//! ## Caveats
//! The row is missing in PostgreSQL: fix the value in MySQL, or choose another type with
//! a `types:` override (e.g. `interval` for TIME durations, `smallint` for tinyint(1)).

crate::rule!(
    "T101",
    "row-rejected",
    Error,
    "a row that cannot be converted is left out and counted"
);
