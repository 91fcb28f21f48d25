//! # T001 display-width
//!
//! ## What it does
//! Drops the display width of integer types (`int(11)`, `smallint(6)`).
//!
//! ## MySQL
//! The width only affects how the `mysql` client pads numbers, and only with ZEROFILL;
//! it is deprecated since MySQL 8.0.17. It does not limit the values.
//!
//! ## PostgreSQL
//! Integer types have no width; the value range is the same without it.
//!
//! ## Caveats
//! None for the stored values. `tinyint(1)` is the exception: see T004.

use super::super::Cx;
use crate::ir::Column;

crate::rule!(
    "T001",
    "display-width",
    Info,
    "integer display widths are dropped"
);

pub fn check(col: &Column, cx: &mut Cx) {
    let ints = ["tinyint", "smallint", "mediumint", "int", "bigint"];
    if ints.contains(&col.ty.name.as_str())
        && !col.ty.params.is_empty()
        && !(col.ty.name == "tinyint"
            && col.ty.param(0) == Some(1)
            && cx.config.tinyint1_as_boolean)
    {
        cx.report(
            &RULE,
            col.span.clone(),
            format!(
                "display width dropped from `{}` `{}`",
                col.name, col.ty.text
            ),
        );
    }
}
