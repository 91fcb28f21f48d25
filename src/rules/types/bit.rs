//! # T005 bit-string
//!
//! ## What it does
//! Maps `bit(n)` (n > 1, or n = 1 when booleans are off) to PostgreSQL `bit(n)`.
//!
//! ## MySQL
//! `bit(n)` holds an n-bit number, 1 ≤ n ≤ 64; `b'101'` literals are right-aligned
//! (left-padded with zeros).
//!
//! ## PostgreSQL
//! `bit(n)` holds exactly n bits; a default `b'101'` is written left-padded to n bits
//! so it means the same number.
//!
//! ## Caveats
//! Arithmetic on the column (`col + 1`) and comparisons with integers need a cast
//! (`col::bigint`) in PostgreSQL.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!("T005", "bit-string", Info, "bit(n) becomes bit(n)");

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if col.ty.name != "bit" {
        return None;
    }
    // BIT(0) is BIT(1) to MySQL.
    let n = col.ty.param(0).filter(|n| *n > 0).unwrap_or(1);
    cx.report(&RULE, col.span.clone(), format!("`{}` `bit({n})` becomes `bit({n})`: arithmetic and comparisons with integers need a cast in PostgreSQL", col.name));
    Some(PgType::new(format!("bit({n})")))
}
