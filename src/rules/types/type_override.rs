//! # T016 type-override
//!
//! ## What it does
//! Applies a `types:` override from `my2pg.yaml`: per column (`column: table.col`) or
//! per MySQL type (`type: tinyint`), first match wins, columns before types.
//!
//! ## MySQL
//! Any column.
//!
//! ## PostgreSQL
//! The type written in the override, verbatim, with no range CHECK.
//!
//! ## Caveats
//! my2pg trusts the override: it is the user's decision that values fit.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T016",
    "type-override",
    Info,
    "a type override from the config"
);

pub fn map(col: &Column, at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let to = cx
        .config
        .type_override(at.table, &col.name, &col.ty.name)?
        .to_string();
    cx.report(
        &RULE,
        col.span.clone(),
        format!(
            "`{}` `{}` becomes `{to}` by the config",
            col.name, col.ty.text
        ),
    );
    let text = ["text", "varchar", "char", "citext"]
        .iter()
        .any(|t| to.to_lowercase().starts_with(t));
    Some(PgType {
        text,
        boolean: to.eq_ignore_ascii_case("boolean"),
        ..PgType::new(to)
    })
}
