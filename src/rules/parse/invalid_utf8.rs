//! # P002 invalid-utf8
//!
//! ## What it does
//! Reports bytes that are not valid UTF-8 in a script, and replaces each invalid sequence
//! with `?` (one per byte, so positions stay exact) so the rest of the script is still converted.
//!
//! ## MySQL
//! A script may hold text in any character set (`latin1` dumps, binary strings written
//! without `--hex-blob`).
//!
//! ## PostgreSQL
//! The emitted script is UTF-8. A schema's identifiers, comments and defaults must be
//! text; binary data belongs to the data path, which reads bytes.
//!
//! ## Caveats
//! The replaced characters are lost: convert the file to UTF-8 first (`iconv -f latin1`)
//! when the report shows text in another character set.

use crate::diagnostics::Diagnostic;
use std::ops::Range;

crate::rule!(
    "P002",
    "invalid-utf8",
    Error,
    "bytes that are not UTF-8 are replaced by `?`"
);

pub fn invalid_utf8(file: usize, span: Range<usize>, hex: &str) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        file,
        span,
        format!("invalid UTF-8 bytes {hex} replaced by `?`"),
    )
    .help("convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`")
}

pub fn more(file: usize, span: Range<usize>, count: usize) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        file,
        span,
        format!("{count} more invalid UTF-8 sequences in this statement replaced by `?`"),
    )
}
