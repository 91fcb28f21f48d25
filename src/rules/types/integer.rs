//! # T003 integer-range
//!
//! ## What it does
//! Maps MySQL integer types to the narrowest PostgreSQL integer type that holds their
//! whole range, and adds a CHECK that keeps MySQL's exact range where the PostgreSQL
//! type is wider (`range_checks: true`, the default).
//!
//! ## MySQL
//! `tinyint` −128..127 (unsigned 0..255), `smallint` −32768..32767 (0..65535),
//! `mediumint` −8388608..8388607 (0..16777215), `int` 32-bit (0..4294967295),
//! `bigint` 64-bit (0..18446744073709551615). In strict mode, out-of-range values are
//! rejected.
//!
//! ## PostgreSQL
//! `smallint`, `integer`, `bigint`: signed only. `tinyint` → `smallint`,
//! `tinyint unsigned` → `smallint`, `smallint unsigned` → `integer`, `mediumint` →
//! `integer`, `int unsigned` → `bigint`, `bigint unsigned` → `numeric(20)`; each with
//! `CHECK (col BETWEEN lo AND hi)` where the type is wider than MySQL's, so the same rows
//! are accepted and rejected. `serial` is `bigint unsigned NOT NULL AUTO_INCREMENT UNIQUE`.
//!
//! ## Caveats
//! An AUTO_INCREMENT `bigint unsigned` becomes `bigint` (identity columns must be an
//! integer type), with a warning. When a data row holds a value above
//! 9223372036854775807, the column becomes `numeric(20)` with a sequence default before
//! that row (T105), so every row loads.

use super::{range_check, ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T003",
    "integer-range",
    Info,
    "integer types are widened to hold MySQL's range, with a range CHECK"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let u = col.ty.unsigned || col.ty.zerofill;
    let (ty, lo, hi, exact) = match (col.ty.name.as_str(), u) {
        ("tinyint", false) => ("smallint", "-128", "127", false),
        ("tinyint", true) => ("smallint", "0", "255", false),
        ("smallint", false) => ("smallint", "", "", true),
        ("smallint", true) => ("integer", "0", "65535", false),
        ("mediumint", false) => ("integer", "-8388608", "8388607", false),
        ("mediumint", true) => ("integer", "0", "16777215", false),
        ("int", false) => ("integer", "", "", true),
        ("int", true) => ("bigint", "0", "4294967295", false),
        ("bigint", false) => ("bigint", "", "", true),
        ("bigint", true) | ("serial", _) if col.auto_increment => {
            cx.report(&RULE, col.span.clone(), format!("`{}` is an AUTO_INCREMENT `bigint unsigned`: it becomes an identity `bigint`, which holds values up to 9223372036854775807; a data row above that turns it into numeric(20) with a sequence (T105)", col.name))
                .severity = crate::diagnostics::Severity::Warning;
            let mut t = PgType::new("bigint");
            if let Some(c) = cx.config.range_checks.then(|| "{col} >= 0".to_string()) {
                t.checks.push(c);
            }
            return Some(t);
        }
        ("bigint", true) | ("serial", _) => ("numeric(20)", "0", "18446744073709551615", false),
        _ => return None,
    };
    let mut t = PgType::new(ty);
    if !exact {
        if let Some(c) = range_check(cx, lo, hi) {
            t.checks.push(c);
        }
    }
    Some(t)
}
