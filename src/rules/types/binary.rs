//! # T008 binary-type
//!
//! ## What it does
//! Maps BINARY, VARBINARY, the BLOB family and strings with `CHARACTER SET binary` to
//! `bytea`, keeping MySQL's byte limits.
//!
//! ## MySQL
//! `binary(n)` pads values with 0x00 to n bytes; `varbinary(n)` holds up to n bytes;
//! `tinyblob`, `blob`, `mediumblob`, `longblob` up to 255, 65535, 16777215 and
//! 4294967295 bytes.
//!
//! ## PostgreSQL
//! `bytea`, with `CHECK (octet_length(col) <= n)` (`range_checks`).
//!
//! ## Caveats
//! `binary(n)`: PostgreSQL does not pad new values to n bytes (values loaded from a dump
//! are already padded) — a warning marks the column. `longblob` values above 1 GB do not fit.

use super::{length_check, ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T008",
    "binary-type",
    Info,
    "binary, varbinary and blob types become bytea"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let ty = &col.ty;
    let binary_charset = col
        .charset
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case("binary"));
    let limit = match ty.name.as_str() {
        "binary" => {
            let n = ty.param(0).unwrap_or(1);
            cx.report(
                &RULE,
                col.span.clone(),
                format!(
                    "`{}` `binary({n})`: PostgreSQL does not pad new values with 0x00 to {n} bytes",
                    col.name
                ),
            )
            .severity = crate::diagnostics::Severity::Warning;
            Some(n)
        }
        "varbinary" => ty.param(0),
        "tinyblob" => Some(255),
        "blob" => Some(
            ty.param(0)
                .map(|n| {
                    if n <= 255 {
                        255
                    } else if n <= 65535 {
                        65535
                    } else {
                        16777215
                    }
                })
                .unwrap_or(65535),
        ),
        "mediumblob" => Some(16777215),
        "longblob" => None,
        "char" | "varchar" if binary_charset => ty.param(0),
        "tinytext" | "text" | "mediumtext" | "longtext" if binary_charset => None,
        _ => return None,
    };
    let mut t = PgType::new("bytea");
    if let Some(c) = limit.and_then(|n| length_check(cx, n)) {
        t.checks.push(c);
    }
    Some(t)
}
