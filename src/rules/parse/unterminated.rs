//! # P003 unterminated-token
//!
//! ## What it does
//! Reports a string, quoted identifier or comment that is opened and never closed.
//!
//! ## MySQL
//! The `mysql` client would wait for more input; the server rejects the statement.
//!
//! ## PostgreSQL
//! The rest of the input from that point is one statement, which then fails to parse
//! (P001) and is kept as a comment.
//!
//! ## Caveats
//! Everything after the opening quote is swallowed: look for a missing quote just before.

use crate::diagnostics::Diagnostic;
use std::ops::Range;

crate::rule!(
    "P003",
    "unterminated-token",
    Error,
    "a quote or comment is never closed"
);

pub fn unterminated(file: usize, span: Range<usize>, text: &str) -> Diagnostic {
    let what = if text.starts_with("/*") {
        "comment `/*`"
    } else if text.starts_with('`') {
        "identifier quote `` ` ``"
    } else if text.starts_with('"') {
        "string quote `\"`"
    } else {
        "string quote `'`"
    };
    let start = span.start;
    Diagnostic::new(
        &RULE,
        file,
        start..start + 1,
        format!("unterminated {what}: the rest of the input is one token"),
    )
}
