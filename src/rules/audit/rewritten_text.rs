//! # X004 rewritten-text
//!
//! ## What it does
//! Marks an audit finding that runs on PostgreSQL only as my2pg rewrites it, when no other
//! rule explains why: MySQL-only lexical forms such as backtick-quoted names, double-quoted
//! strings, backslash escapes in strings, `#` comments; functions with a direct PostgreSQL
//! equivalent (`NOW()`, `IFNULL`, `LCASE`); or positional `?` markers that the
//! application's PostgreSQL driver numbers as `$1, $2, …`.
//!
//! ## MySQL
//! Accepts the statement as written.
//!
//! ## PostgreSQL
//! Rejects it, or reads it differently (a double-quoted string is an identifier there);
//! the finding's translation is the text that runs the same.
//!
//! ## Caveats
//! None beyond applying the translation: the rewrite keeps the meaning.

crate::rule!(
    "X004",
    "rewritten-text",
    Info,
    "MySQL-only syntax or functions that my2pg rewrites with the same meaning"
);
