//! # P004 versioned-comment
//!
//! ## What it does
//! Reports a MySQL versioned comment `/*!NNNNN … */` whose version is newer than the
//! configured `mysql_version`, and which MySQL would therefore ignore.
//!
//! ## MySQL
//! `/*!NNNNN body */` runs `body` on servers of version NNNNN or later (50700 = 5.7.0);
//! older servers treat it as a comment. `/*! body */` always runs. MariaDB's `/*M!…*/`
//! is a plain comment to MySQL.
//!
//! ## PostgreSQL
//! my2pg reads the script as the configured MySQL version would (default 8.0): the body
//! is SQL when its version is not newer, and is skipped otherwise, with this diagnostic.
//!
//! ## Caveats
//! Set `mysql_version` in `my2pg.yaml` to the version that wrote the dump.

use crate::diagnostics::Diagnostic;
use std::ops::Range;

crate::rule!(
    "P004",
    "versioned-comment",
    Info,
    "a versioned comment for a newer MySQL is skipped"
);

pub fn versioned_comment_skipped(
    file: usize,
    span: Range<usize>,
    found: u32,
    version: u32,
) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        file,
        span,
        format!("versioned comment for MySQL {found} skipped: newer than the configured version {version}"),
    )
}
