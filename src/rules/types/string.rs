//! # T007 string-type
//!
//! ## What it does
//! Maps CHAR, VARCHAR and the TEXT family, keeping MySQL's length limits.
//!
//! ## MySQL
//! `char(n)`/`varchar(n)` count characters. `tinytext`, `text`, `mediumtext`,
//! `longtext` hold up to 255, 65535, 16777215 and 4294967295 **bytes**; `text(n)` picks
//! the smallest type that holds n characters. CHAR strips trailing spaces on read.
//!
//! ## PostgreSQL
//! `varchar(n)` for CHAR(n) — MySQL returns CHAR values without their trailing spaces,
//! which PostgreSQL's `char(n)` pads back —, `varchar(n)`, `text`; the byte limits of `tinytext`/`text`/`mediumtext`
//! become `CHECK (octet_length(col) <= n)` (`range_checks`), so the same values are
//! accepted. Case-insensitive collations are handled by D016.
//!
//! ## Caveats
//! MySQL strips trailing spaces when it stores a CHAR value; `varchar` keeps them, so a
//! new value written with trailing spaces reads back with them (values loaded from a
//! dump have none). `longtext` values above 1 GB do not fit.

use super::{length_check, ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T007",
    "string-type",
    Info,
    "char, varchar and text types keep their limits"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let ty = &col.ty;
    let (pg, limit) = match ty.name.as_str() {
        "char" => {
            cx.report(&RULE, col.span.clone(), format!("`{}` `char({})` becomes `varchar`: MySQL strips trailing spaces from CHAR values, and PostgreSQL's char(n) would pad them back", col.name, ty.param(0).unwrap_or(1)));
            (
                format!("varchar({})", ty.param(0).unwrap_or(1).max(1)),
                None,
            )
        }
        "varchar" => (
            format!("varchar({})", ty.param(0).unwrap_or(255).max(1)),
            None,
        ),
        "tinytext" => ("text".into(), Some(255)),
        "text" => ("text".into(), Some(65535)),
        "mediumtext" => ("text".into(), Some(16777215)),
        "longtext" => ("text".into(), None),
        _ => return None,
    };
    let mut t = PgType {
        text: true,
        ..PgType::new(pg)
    };
    if let Some(c) = limit.and_then(|n| length_check(cx, n)) {
        t.checks.push(c);
    }
    Some(t)
}
