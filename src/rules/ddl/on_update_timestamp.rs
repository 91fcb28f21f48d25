//! # D004 on-update-timestamp
//!
//! ## What it does
//! Turns `ON UPDATE CURRENT_TIMESTAMP` into a trigger function and a BEFORE UPDATE
//! trigger with MySQL's rule.
//!
//! ## MySQL
//! When an UPDATE changes any other column of the row and does not set the column
//! itself, the column gets the current timestamp. An UPDATE that changes nothing leaves
//! it alone; an UPDATE that sets it explicitly keeps the explicit value.
//!
//! ## PostgreSQL
//! `CREATE FUNCTION <table>_<col>_on_update() … NEW.col := statement_timestamp()` when
//! `NEW IS DISTINCT FROM OLD` and `NEW.col IS NOT DISTINCT FROM OLD.col`, and a
//! `BEFORE UPDATE … FOR EACH ROW` trigger on the table.
//!
//! ## Caveats
//! A trigger cannot see the UPDATE's column list: an UPDATE that changes other columns
//! and sets this one explicitly *to its current value* gets a new timestamp in
//! PostgreSQL but keeps the old one in MySQL.

use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "D004",
    "on-update-timestamp",
    Warning,
    "ON UPDATE CURRENT_TIMESTAMP becomes a trigger"
);

/// The function and trigger statements for `col`, if it has ON UPDATE.
pub fn trigger(
    col: &Column,
    pg_schema: &Option<String>,
    pg_table: &str,
    cx: &mut Cx,
) -> Vec<String> {
    let Some(e) = &col.on_update else {
        return Vec::new();
    };
    if !super::default_value::is_current_timestamp(e) {
        cx.report(
            &RULE,
            col.span.clone(),
            format!(
                "ON UPDATE `{e}` of `{}` is not CURRENT_TIMESTAMP and is dropped",
                col.name
            ),
        )
        .severity = crate::diagnostics::Severity::Error;
        return Vec::new();
    }
    cx.report(&RULE, col.span.clone(), format!("ON UPDATE CURRENT_TIMESTAMP of `{}` becomes a trigger: setting the column to its current value in an UPDATE that changes other columns still refreshes it", col.name));
    let base = crate::ident::truncate(&format!("{pg_table}_{}_on_update", cx.pg_name(&col.name)));
    let func = cx.qualified(pg_schema, &base);
    let c = cx.ident(&col.name);
    let table = cx.qualified(pg_schema, pg_table);
    let now = if col.ty.name == "date" {
        "CURRENT_DATE"
    } else {
        "statement_timestamp()"
    };
    vec![
        format!(
            "CREATE OR REPLACE FUNCTION {func}() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n    IF NEW IS DISTINCT FROM OLD AND NEW.{c} IS NOT DISTINCT FROM OLD.{c} THEN\n        NEW.{c} := {now};\n    END IF;\n    RETURN NEW;\nEND;\n$$;"
        ),
        format!("CREATE TRIGGER {} BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {func}();", cx.quote(&base)),
    ]
}
