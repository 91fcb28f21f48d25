//! # T011 json-type
//!
//! ## What it does
//! Maps JSON to `jsonb`.
//!
//! ## MySQL
//! MySQL 8 stores JSON in a binary form: duplicate keys keep the last value and object
//! keys are sorted (by length, then bytes). MariaDB's JSON is a LONGTEXT column with a
//! `CHECK (json_valid(col))`, which is how its mysqldump writes it; my2pg reads that form
//! as JSON too and follows MySQL 8's behaviour.
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

/// MariaDB's JSON: `longtext … CHECK (json_valid(col))`.
pub fn is_mariadb_json(col: &Column) -> bool {
    col.ty.name == "longtext" && col.checks.iter().any(|c| is_json_valid_of(c, &col.name))
}

/// Whether `e` is `json_valid(<column>)`.
pub fn is_json_valid_of(e: &sqlparser::ast::Expr, column: &str) -> bool {
    use sqlparser::ast::{Expr, FunctionArg, FunctionArgExpr, FunctionArguments};
    let Expr::Function(f) = e else { return false };
    if !f.name.to_string().eq_ignore_ascii_case("json_valid") {
        return false;
    }
    match &f.args {
        FunctionArguments::List(l) if l.args.len() == 1 => {
            matches!(&l.args[0], FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Identifier(i))) if i.value.eq_ignore_ascii_case(column))
        }
        _ => false,
    }
}

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let mariadb = is_mariadb_json(col);
    if col.ty.name != "json" && !mariadb {
        return None;
    }
    let what = if mariadb {
        "MariaDB's `json` (longtext with a json_valid check)"
    } else {
        "`json`"
    };
    cx.report(
        &RULE,
        col.span.clone(),
        format!("`{}` {what} becomes `jsonb`", col.name),
    );
    Some(PgType::new("jsonb"))
}
