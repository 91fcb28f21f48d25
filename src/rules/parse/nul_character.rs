//! # P005 nul-character
//!
//! ## What it does
//! Reports NUL characters — raw 0x00 bytes in the script, or MySQL's `\0` escape inside
//! a string that ends up in the output — and replaces each: with `?` in the script, with U+FFFD in output strings.
//!
//! ## MySQL
//! Strings may hold NUL (`'a\0b'`); comments and defaults keep it.
//!
//! ## PostgreSQL
//! Text values and SQL text cannot contain NUL at all: a script holding one is rejected.
//! Binary data keeps its NULs in `bytea` (the data path writes it as hex).
//!
//! ## Caveats
//! The replaced character is lost from identifiers, comments and text defaults.

use crate::diagnostics::Diagnostic;
use std::ops::Range;

crate::rule!(
    "P005",
    "nul-character",
    Error,
    "NUL characters cannot appear in PostgreSQL text"
);

pub fn raw_nul(file: usize, span: Range<usize>) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        file,
        span,
        "NUL byte in the script replaced by `?`: PostgreSQL text cannot hold it",
    )
}

pub fn in_output(file: usize, span: Range<usize>) -> Diagnostic {
    Diagnostic::new(&RULE, file, span, "NUL character (`\\0`) in a string of this statement replaced by U+FFFD: PostgreSQL text cannot hold it")
}
