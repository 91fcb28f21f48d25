//! # D006 prefix-index
//!
//! ## What it does
//! Converts prefix key parts `col(n)`.
//!
//! ## MySQL
//! `KEY (title(10))` indexes the first 10 characters; a UNIQUE prefix key makes the
//! first n characters unique, not the whole value.
//!
//! ## PostgreSQL
//! A plain index indexes the whole column (PostgreSQL has no prefix indexes, and a
//! B-tree on long text is limited to about 2700 bytes per entry, which prefixes
//! usually exist to avoid): non-unique prefix parts become `left(col, n)` expression
//! parts so long values still fit. A UNIQUE prefix key becomes a unique index on
//! `left(col, n)`, which enforces exactly MySQL's rule. On a binary column (`bytea`,
//! which has no `left`) the part is `substring(col FROM 1 FOR n)`: the first n bytes,
//! as MySQL's prefix of a binary string.
//!
//! ## Caveats
//! Queries only use an expression index when they filter on the same `left(col, n)`;
//! filters on the plain column do not.

use crate::ir::KeyPart;
use crate::rules::Cx;
use std::ops::Range;

crate::rule!(
    "D006",
    "prefix-index",
    Warning,
    "prefix key parts become left(col, n) expressions"
);

/// The PostgreSQL index element for a prefix part of `n` characters (bytes on a binary
/// column), on a column of PostgreSQL type `pg_type` when the table is known.
pub fn element(
    part: &KeyPart,
    n: u64,
    pg_type: Option<&str>,
    span: Range<usize>,
    cx: &mut Cx,
) -> String {
    let col = part.column.as_deref().unwrap_or_default();
    let e = expression(&cx.ident(col), n, pg_type);
    let written = part.prefix.unwrap_or(n);
    cx.report(&RULE, span, format!("prefix key part `{col}({written})` becomes `{e}`: only queries on that expression use the index"));
    e
}

/// The prefix expression itself.
pub fn expression(col: &str, n: u64, pg_type: Option<&str>) -> String {
    if pg_type == Some("bytea") {
        format!("substring({col} FROM 1 FOR {n})")
    } else {
        format!("left({col}, {n})")
    }
}
