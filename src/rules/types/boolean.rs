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
//! A `tinyint(1)` (or `bool`) whose own definition shows it holds numbers stays
//! `smallint` with its range CHECK: a default other than 0/1, a CHECK on the column, or
//! a comment that names another number (`1=active, 2=banned`). When only the data shows
//! it (a dump row holding 2, 4 or −1), the data path turns the column back to `smallint`
//! before writing that row (`ALTER TABLE … TYPE smallint USING col::integer`: the rows
//! already loaded become 0 and 1 again) and warns; no row is left out.
//!
//! ## Caveats Queries that compare the column with
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
            "bool" | "boolean" => true,
            "tinyint" => col.ty.param(0) == Some(1) && !col.ty.zerofill,
            "bit" => matches!(col.ty.param(0), Some(0 | 1)),
            _ => false,
        }
}

/// Why a `tinyint(1)` column's own definition says it holds numbers, if it does.
fn holds_numbers(col: &Column, at: &ColumnCx) -> Option<String> {
    if col.ty.name == "bit" {
        return None; // bit(1) holds 0 and 1 only
    }
    if let Some(d) = &col.default {
        let text = d.to_string();
        let t = text
            .trim_matches(|c| c == '\'' || c == '(' || c == ')')
            .trim();
        if !matches!(
            t.to_ascii_lowercase().as_str(),
            "0" | "1" | "true" | "false" | "null" | "b'0'" | "b'1'"
        ) {
            return Some(format!("its default {text}"));
        }
    }
    if !col.checks.is_empty() || at.checked.iter().any(|c| c.eq_ignore_ascii_case(&col.name)) {
        return Some("a CHECK on it".into());
    }
    if let Some(c) = &col.comment {
        let other = c
            .split(|ch: char| !ch.is_ascii_digit())
            .find(|n| !n.is_empty() && *n != "0" && *n != "1");
        if let Some(n) = other {
            return Some(format!("its comment, which names the value {n},"));
        }
    }
    None
}

pub fn map(col: &Column, at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if !is_boolean(col, cx) {
        return None;
    }
    if let Some(why) = holds_numbers(col, at) {
        let mut t = super::integer::map(col, at, cx)?;
        cx.report(
            &RULE,
            col.span.clone(),
            format!(
                "`{}` `{}` stays `{}`: {why} shows it holds numbers, not only 0 and 1",
                col.name, col.ty.text, t.ty
            ),
        )
        .severity = crate::diagnostics::Severity::Info;
        t.boolean = false;
        return Some(t);
    }
    cx.report(&RULE, col.span.clone(), format!("`{}` `{}` becomes `boolean`: values other than 0 and 1 cannot be stored, and numeric comparisons need translation", col.name, col.ty.text));
    Some(PgType {
        boolean: true,
        ..PgType::new("boolean")
    })
}
