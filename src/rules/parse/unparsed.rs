//! # P001 unparsed-statement
//!
//! ## What it does
//! Reports a statement that my2pg cannot parse, and keeps it in the output as a comment.
//!
//! ## MySQL
//! Any statement the MySQL server accepts, including forms sqlparser does not know
//! (stored routines with characteristics, some `ALTER TABLE` variants).
//!
//! ## PostgreSQL
//! Nothing is emitted for it but the original text, each line behind `-- `, so the output
//! still applies and a person can see what to port by hand.
//!
//! ## Caveats
//! The statement's effect is missing from the converted schema: later statements that
//! depend on it may fail or be reported as well.

crate::rule!(
    "P001",
    "unparsed-statement",
    Error,
    "a statement my2pg cannot parse is kept as a comment"
);
