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
//! `left(col, n)`, which enforces exactly MySQL's rule.
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

/// The PostgreSQL index element for a prefix part.
pub fn element(part: &KeyPart, span: Range<usize>, cx: &mut Cx) -> String {
    let col = part.column.as_deref().unwrap_or_default();
    let n = part.prefix.unwrap_or(0);
    cx.report(&RULE, span, format!("prefix key part `{col}({n})` becomes `left({}, {n})`: only queries on that expression use the index", cx.ident(col)));
    format!("left({}, {n})", cx.ident(col))
}
