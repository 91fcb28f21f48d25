//! # F001 group-concat
//!
//! ## What it does
//! Rewrites `GROUP_CONCAT(expr [ORDER BY …] [SEPARATOR s])` as
//! `string_agg(CAST(expr AS text), s [ORDER BY …])`, DISTINCT kept.
//!
//! ## MySQL
//! The separator defaults to `,`; NULL values are skipped; the result is cut at
//! `group_concat_max_len` bytes (1024 by default) with a warning.
//!
//! ## PostgreSQL
//! `string_agg` skips NULLs too and has no length limit.
//!
//! ## Caveats
//! Results longer than MySQL's `group_concat_max_len` were truncated in MySQL and are
//! whole in PostgreSQL (warning). Without ORDER BY the elements come in an unspecified
//! order in both — in practice MySQL's follows the index it read, PostgreSQL's the join
//! it chose — so lists hold the same elements in another order (warning). With
//! DISTINCT, ORDER BY must be the argument itself in PostgreSQL; otherwise there is no
//! translation (error). Several expressions (`GROUP_CONCAT(a, b)`) are
//! concatenated first.

crate::rule!(
    "F001",
    "group-concat",
    Warning,
    "GROUP_CONCAT becomes string_agg"
);
