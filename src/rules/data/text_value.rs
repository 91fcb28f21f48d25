//! # T104 text-value
//!
//! ## What it does
//! Reports text values holding bytes PostgreSQL text cannot: invalid UTF-8 (a string
//! in another character set) and NUL characters. They are replaced by U+FFFD.
//!
//! ## MySQL
//! A text column holds whatever its character set allows; `\0` is a valid character.
//!
//! ## PostgreSQL
//! Text is valid UTF-8 without NUL; binary data belongs in `bytea`.
//!
//! ## Caveats
//! The replaced bytes are lost. Dump with `--default-character-set=utf8mb4`, or map the
//! column to `bytea` with a `types:` override.

crate::rule!(
    "T104",
    "text-value",
    Error,
    "text values with invalid UTF-8 or NUL"
);
