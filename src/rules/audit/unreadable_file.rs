//! # X003 unreadable-file
//!
//! ## What it does
//! Reports a file the audit could not read (permissions, a vanished file) or that is not
//! UTF-8 text; its SQL, if any, is not in the report.
//!
//! ## MySQL
//! Not applicable: this is about the application's source tree.
//!
//! ## PostgreSQL
//! Not applicable.
//!
//! ## Caveats
//! A file in another encoding (Latin-1 PHP, UTF-16 C#) is read with invalid bytes
//! replaced, so its SQL is still found; only its non-ASCII text may show replacement
//! characters.

crate::rule!(
    "X003",
    "unreadable-file",
    Warning,
    "a source file could not be read; its SQL is not in the report"
);
