//! # P006 delimiter-command
//!
//! ## What it does
//! Reports a `DELIMITER` client command without a delimiter after it.
//!
//! ## MySQL
//! The `mysql` client refuses it ("DELIMITER must be followed by a 'delimiter'
//! character or string") and keeps the current delimiter.
//!
//! ## PostgreSQL
//! Nothing is emitted for client commands; my2pg keeps the current delimiter too.
//!
//! ## Caveats
//! If the script meant to change the delimiter, the statements after it may be cut in
//! the wrong places.

use crate::diagnostics::Diagnostic;
use std::ops::Range;

crate::rule!(
    "P006",
    "delimiter-command",
    Warning,
    "DELIMITER without a delimiter is ignored"
);

pub fn missing(file: usize, span: Range<usize>, current: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        file,
        span,
        format!("DELIMITER without a delimiter: the delimiter stays `{current}`"),
    )
}
