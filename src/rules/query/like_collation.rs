//! # Q004 like-collation
//!
//! ## What it does
//! Rewrites `LIKE` on a column kept case-insensitive (D016) as `ILIKE` on the column
//! under a deterministic ICU collation.
//!
//! ## MySQL
//! `LIKE` follows the column's collation: case-insensitive under `_ci` collations.
//!
//! ## PostgreSQL
//! `LIKE` on a nondeterministic collation is an error in PostgreSQL 15; `col COLLATE
//! "und-x-icu" ILIKE pattern` matches case-insensitively.
//!
//! ## Caveats
//! `ILIKE` is accent-sensitive: on MySQL's accent-insensitive collations (`_ai_ci`,
//! `general_ci`) `'é' LIKE 'e'` is true and here it is not (warning). A B-tree index
//! cannot serve the case-insensitive prefix match.

crate::rule!(
    "Q004",
    "like-collation",
    Warning,
    "LIKE on case-insensitive columns becomes ILIKE"
);
