//! # T010 year-type
//!
//! ## What it does
//! Maps YEAR to `smallint` with MySQL's range.
//!
//! ## MySQL
//! `year` (`year(4)`) holds 1901–2155 and 0000.
//!
//! ## PostgreSQL
//! `smallint` with `CHECK (col = 0 OR col BETWEEN 1901 AND 2155)` (`range_checks`).
//!
//! ## Caveats
//! Two-digit input (`'69'` → 2069) is MySQL's conversion on insert; PostgreSQL stores
//! the number as given.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T010",
    "year-type",
    Info,
    "year becomes smallint with MySQL's range"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if col.ty.name != "year" {
        return None;
    }
    cx.report(
        &RULE,
        col.span.clone(),
        format!(
            "`{}` `year` becomes `smallint` with MySQL's range",
            col.name
        ),
    );
    let mut t = PgType::new("smallint");
    if cx.config.range_checks {
        t.checks
            .push("{col} = 0 OR {col} BETWEEN 1901 AND 2155".into());
    }
    Some(t)
}
