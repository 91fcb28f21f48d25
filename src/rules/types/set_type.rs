//! # T013 set-type
//!
//! ## What it does
//! Maps SET to `text` holding MySQL's comma-separated form, with a CHECK that every
//! member is allowed.
//!
//! ## MySQL
//! `set('a','b','c')` stores a bit mask and returns the members comma-separated in
//! declaration order (`'a,c'`), removing duplicates; `FIND_IN_SET` and `col & 1` work
//! on it.
//!
//! ## PostgreSQL
//! `text` with `CHECK (col = '' OR string_to_array(col, ',') <@ ARRAY[…])`: the same
//! values load and read back the same.
//!
//! ## Caveats
//! PostgreSQL stores new values as given: `'c,a'` and `'a,a'` are not normalised, and
//! bit arithmetic on the column needs a rewrite.

use super::{ColumnCx, PgType};
use crate::ident::literal;
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T013",
    "set-type",
    Warning,
    "set becomes text with a CHECK on its members"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if col.ty.name != "set" {
        return None;
    }
    cx.report(
        &RULE,
        col.span.clone(),
        format!(
            "`{}` SET becomes text: new values are not normalised to declaration order",
            col.name
        ),
    );
    let members: Vec<String> = col.ty.values.iter().map(|v| literal(v)).collect();
    Some(PgType::new("text").check(format!(
        "{{col}} = '' OR string_to_array({{col}}, ',') <@ ARRAY[{}]::text[]",
        members.join(", ")
    )))
}
