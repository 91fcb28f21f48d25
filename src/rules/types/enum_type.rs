//! # T012 enum-type
//!
//! ## What it does
//! Maps ENUM to a PostgreSQL enum type named `<table>_<column>` (`enums: type`, the
//! default), or to `text` with a CHECK on the allowed values (`enums: check`).
//!
//! ## MySQL
//! An ENUM value is stored as its index: `ORDER BY` sorts in declaration order; the
//! empty string is the error value in non-strict mode; input is matched to the labels
//! under the column's collation (case-insensitively by default).
//!
//! ## PostgreSQL
//! An enum type sorts in declaration order too and rejects other values. With
//! `enums: check` the column sorts as text.
//!
//! ## Caveats
//! Labels are matched exactly: inserting `'A'` into `enum('a')` works in MySQL and fails
//! in PostgreSQL. Labels over 63 bytes cannot be enum labels: such columns use the CHECK
//! form, with a warning.

use super::{ColumnCx, PgType};
use crate::config::EnumPolicy;
use crate::ident::literal;
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T012",
    "enum-type",
    Info,
    "enum becomes an enum type (or text with CHECK)"
);

pub fn map(col: &Column, at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    if col.ty.name != "enum" {
        return None;
    }
    let labels: Vec<String> = col.ty.values.iter().map(|v| literal(v)).collect();
    let too_long = col.ty.values.iter().any(|v| v.len() > 63);
    if cx.config.enums == EnumPolicy::Type && !too_long {
        let wanted = format!("{}_{}", at.pg_table, cx.pg_name(&col.name));
        let name = cx.catalog.reserve(at.pg_schema, &wanted);
        let q = cx.qualified(at.pg_schema, &name);
        let create = format!("CREATE TYPE {q} AS ENUM ({});", labels.join(", "));
        let exact = at.collation == "binary"
            || at.collation.ends_with("_bin")
            || at.collation.ends_with("_cs");
        let how = if exact {
            format!(
                "labels are matched exactly, as MySQL does under {}",
                at.collation
            )
        } else {
            format!(
                "labels are matched exactly (MySQL matches them case-insensitively under {})",
                at.collation
            )
        };
        cx.report(
            &RULE,
            col.span.clone(),
            format!("`{}` ENUM becomes enum type {q}: {how}", col.name),
        );
        return Some(PgType {
            create_type: Some((name, create)),
            text: false,
            ..PgType::new(q)
        });
    }
    if too_long && cx.config.enums == EnumPolicy::Type {
        cx.report(&RULE, col.span.clone(), format!("`{}`: an enum label is longer than 63 bytes, so the column becomes text with a CHECK", col.name))
            .severity = crate::diagnostics::Severity::Warning;
    }
    if !too_long {
        cx.report(&RULE, col.span.clone(), format!("`{}` ENUM becomes varchar with a CHECK: it sorts as text, not in declaration order", col.name))
            .severity = crate::diagnostics::Severity::Warning;
    }
    let longest = col
        .ty
        .values
        .iter()
        .map(|v| v.chars().count())
        .max()
        .unwrap_or(1)
        .max(1);
    Some(
        PgType::new(format!("varchar({longest})"))
            .check(format!("{{col}} IN ({})", labels.join(", "))),
    )
}
