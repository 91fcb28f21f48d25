//! # T006 decimal-float
//!
//! ## What it does
//! Maps DECIMAL, FLOAT, DOUBLE and REAL.
//!
//! ## MySQL
//! `decimal(M,D)` (default `decimal(10,0)`) is exact. `float` is 4-byte, `double` and
//! `real` 8-byte; `float(p)` is 4-byte for p ≤ 24 and 8-byte above. The deprecated
//! `float(M,D)`/`double(M,D)` round stored values to D decimals. UNSIGNED forbids
//! negative values.
//!
//! ## PostgreSQL
//! `numeric(M,D)`, `real`, `double precision`; UNSIGNED becomes `CHECK (col >= 0)`.
//!
//! ## Caveats
//! `float(M,D)` and `double(M,D)` lose their rounding: values keep their full binary
//! precision (warning).

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T006",
    "decimal-float",
    Info,
    "decimal, float and double types"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let ty = &col.ty;
    let pg = match ty.name.as_str() {
        "decimal" => {
            // DECIMAL(0) is DECIMAL(10) to MySQL.
            let m = ty.param(0).filter(|m| *m > 0).unwrap_or(10);
            let d = ty.param(1).unwrap_or(0);
            format!("numeric({m},{d})")
        }
        "float" | "double" => {
            let double =
                ty.name == "double" || (ty.params.len() == 1 && ty.param(0).unwrap_or(0) > 24);
            if ty.params.len() == 2 {
                cx.report(
                    &RULE,
                    col.span.clone(),
                    format!(
                        "`{}` `{}`: PostgreSQL does not round stored values to {} decimals",
                        col.name, ty.text, ty.params[1]
                    ),
                )
                .severity = crate::diagnostics::Severity::Warning;
            }
            if double {
                "double precision".to_string()
            } else {
                "real".to_string()
            }
        }
        _ => return None,
    };
    let mut t = PgType::new(pg);
    if (ty.unsigned || ty.zerofill) && cx.config.range_checks {
        t.checks.push("{col} >= 0".into());
    }
    Some(t)
}
