//! # T015 unknown-type
//!
//! ## What it does
//! Reports a column type my2pg has no mapping for; the column becomes `text` so the
//! table can still be created.
//!
//! ## MySQL
//! Any type not covered by the other T rules.
//!
//! ## PostgreSQL
//! `text`, flagged as an error: a person must choose the type (a `types:` override in
//! `my2pg.yaml` does it for every such column).
//!
//! ## Caveats
//! Values stored as text lose their type's behaviour.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T015",
    "unknown-type",
    Error,
    "a type with no known mapping"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> PgType {
    cx.report(
        &RULE,
        col.span.clone(),
        format!(
            "`{}`: no mapping for type `{}`; the column becomes `text`",
            col.name, col.ty.text
        ),
    )
    .with_help("add a `types:` override in my2pg.yaml");
    PgType {
        text: true,
        ..PgType::new("text")
    }
}
