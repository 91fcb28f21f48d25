//! # Q002 limit-comma
//!
//! ## What it does
//! Rewrites MySQL's `LIMIT offset, count` as `LIMIT count OFFSET offset`.
//!
//! ## MySQL
//! `LIMIT 10, 5` skips 10 rows and returns 5.
//!
//! ## PostgreSQL
//! `LIMIT 5 OFFSET 10`; placeholders keep their order of appearance (the offset's comes
//! first in MySQL's text, so it stays the lower number).
//!
//! ## Caveats
//! None.

crate::rule!(
    "Q002",
    "limit-comma",
    Info,
    "LIMIT offset, count becomes LIMIT count OFFSET offset"
);
