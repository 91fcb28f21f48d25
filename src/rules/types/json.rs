//! # T011 json-type
//!
//! ## What it does
//! Maps JSON to `jsonb`.
//!
//! ## MySQL
//! MySQL 8 stores JSON in a binary form: duplicate keys keep the last value and object
//! keys are sorted (by length, then bytes). (MariaDB's JSON is LONGTEXT with a
//! `json_valid` check; my2pg follows MySQL 8.)
//!
//! ## PostgreSQL
//! `jsonb` normalises the same way: last duplicate key wins, keys sorted by length then
//! bytes, insignificant whitespace dropped.
//!
//! ## Caveats
//! Numbers keep their decimal text in `jsonb`; MySQL stores doubles, so `1.0E2` reads
//! back differently.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!("T011", "json-type", Info, "json becomes jsonb");

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if col.ty.name != "json" {
        return None;
    }
    cx.report(
        &RULE,
        col.span.clone(),
        format!("`{}` `json` becomes `jsonb`", col.name),
    );
    Some(PgType::new("jsonb"))
}
