//! # T004 tinyint-boolean
//!
//! ## What it does
//! Maps `tinyint(1)`, `bool`/`boolean` and `bit(1)` to PostgreSQL `boolean`
//! (`tinyint1_as_boolean: true`, the default; set it to false to keep `smallint`).
//!
//! ## MySQL
//! `BOOL` is a synonym of `tinyint(1)`; `TRUE`/`FALSE` are 1 and 0. Nothing stops a
//! `tinyint(1)` column from holding 2 or −1, and `bit(1)` holds `b'0'`/`b'1'`.
//!
//! ## PostgreSQL
//! `boolean` holds true, false and NULL; defaults `0`/`1` become `false`/`true`.
//!
//! ## Caveats
//! Values other than 0 and 1 cannot be loaded. Queries that compare the column with
//! numbers (`flag = 1`), sum it or do arithmetic on it must be translated (the query
//! rules do that with the catalog); this warning marks the column.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T004",
    "tinyint-boolean",
    Warning,
    "tinyint(1), bool and bit(1) become boolean"
);

pub fn is_boolean(col: &Column, cx: &Cx) -> bool {
    cx.config.tinyint1_as_boolean
        && match col.ty.name.as_str() {
            "bool" => true,
            "tinyint" => col.ty.param(0) == Some(1) && !col.ty.zerofill,
            "bit" => col.ty.param(0) == Some(1),
            _ => false,
        }
}

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if !is_boolean(col, cx) {
        return None;
    }
    cx.report(&RULE, col.span.clone(), format!("`{}` `{}` becomes `boolean`: values other than 0 and 1 cannot be stored, and numeric comparisons need translation", col.name, col.ty.text));
    Some(PgType {
        boolean: true,
        ..PgType::new("boolean")
    })
}
