//! # X002 unused-suppression
//!
//! ## What it does
//! Reports a `my2pg: ignore[CODE]` comment that suppresses nothing: no finding starts on
//! its line or the two lines after it, or none of those findings has a diagnostic with the
//! codes it names. Like a linter's unused `noqa`, it keeps suppressions from outliving the
//! query they were written for.
//!
//! ## MySQL
//! Not applicable: this is about comments in the application's code.
//!
//! ## PostgreSQL
//! Not applicable.
//!
//! ## Caveats
//! A suppression applies to the first finding that starts on its own line or on one of
//! the two lines below it (the comment above a call whose SQL starts on the next line).

crate::rule!(
    "X002",
    "unused-suppression",
    Warning,
    "a my2pg: ignore[…] comment suppresses nothing"
);
