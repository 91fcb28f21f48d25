//! # Q006 insert-ignore
//!
//! ## What it does
//! Rewrites `INSERT IGNORE` as `INSERT … ON CONFLICT DO NOTHING`, and `INSERT … ON
//! DUPLICATE KEY UPDATE` as `ON CONFLICT (key) DO UPDATE`, with `VALUES(col)` as
//! `EXCLUDED.col`, using the table's unique keys from the catalog. MySQL 8's row alias
//! (`VALUES (…) AS new [(a, b)] ON DUPLICATE KEY UPDATE x = new.x`, or the column
//! aliases alone) becomes `EXCLUDED` as well.
//!
//! ## MySQL
//! IGNORE skips rows that violate a unique key (and turns other errors into warnings);
//! ON DUPLICATE KEY UPDATE updates the row that any unique key matches.
//!
//! ## PostgreSQL
//! `ON CONFLICT DO NOTHING` skips rows that violate any unique key. `ON CONFLICT
//! (cols) DO UPDATE` names one key: with several unique keys (or no schema) it is
//! flagged, because a conflict on another key is an error instead of an update.
//!
//! ## Caveats
//! IGNORE's other effects (clamping out-of-range numbers, cutting too-long strings,
//! NULL into NOT NULL becoming the column's implicit default) do not happen:
//! PostgreSQL rejects such rows (the data path refuses rows whose numbers do not fit
//! their column, with T101). `UPDATE
//! IGNORE` and `DELETE IGNORE` (which skip the rows whose change fails) are not
//! translated (error). The affected-row count of an
//! upsert differs (a warning): MySQL counts 1 for a row inserted and 2 for a row updated
//! or replaced, PostgreSQL 1 for either.

crate::rule!(
    "Q006",
    "insert-ignore",
    Info,
    "INSERT IGNORE and ON DUPLICATE KEY UPDATE become ON CONFLICT"
);

use super::Notes;
use crate::diagnostics::Severity;
use crate::rules::QueryCx;
use sqlparser::ast::{
    self, ConflictTarget, DoUpdate, Ident, Insert, OnConflict, OnConflictAction, OnInsert,
};

/// The single unique key of the (PostgreSQL-named) table, from the catalog.
fn the_key(table: &str, cx: &QueryCx) -> Result<Vec<String>, String> {
    let info = cx.catalog.tables().values().find(|t| t.pg_name == table);
    match info.map(|t| t.unique_keys.as_slice()) {
        None => Err(format!("the schema of `{table}` is unknown (give it with --schema)")),
        Some([]) => Err(format!("`{table}` has no primary or unique key")),
        Some([one]) => Ok(one.clone()),
        Some(_) => Err(format!("`{table}` has several unique keys: MySQL updates the row any of them matches, PostgreSQL's ON CONFLICT names one")),
    }
}

/// Rewrites INSERT IGNORE, ON DUPLICATE KEY UPDATE and REPLACE (names already translated).
pub fn rewrite(ins: &mut Insert, notes: &mut Notes, cx: &mut QueryCx) {
    let table = match &ins.table {
        ast::TableObject::TableName(n) => {
            n.0.last()
                .and_then(|p| p.as_ident())
                .map(|i| i.value.clone())
                .unwrap_or_default()
        }
        _ => String::new(),
    };
    if ins.ignore && matches!(ins.on, Some(OnInsert::DuplicateKeyUpdate(_))) {
        // With ON DUPLICATE KEY UPDATE, a duplicate updates; IGNORE only turns other
        // errors into warnings.
        ins.ignore = false;
        notes.note(&RULE, "IGNORE beside ON DUPLICATE KEY UPDATE: rows PostgreSQL rejects for other reasons are errors, not warnings", Severity::Warning);
    }
    if ins.ignore {
        ins.ignore = false;
        ins.on = Some(OnInsert::OnConflict(OnConflict {
            conflict_target: None,
            action: OnConflictAction::DoNothing,
        }));
        notes.note(&RULE, "INSERT IGNORE becomes ON CONFLICT DO NOTHING: rows PostgreSQL rejects for other reasons are errors, not warnings", Severity::Info);
    }
    if let Some(alias) = ins.insert_alias.take() {
        if !row_alias(ins, alias, notes) {
            return;
        }
    }
    let update = match ins.on.take() {
        Some(OnInsert::DuplicateKeyUpdate(a)) => Some(a),
        other => {
            ins.on = other;
            None
        }
    };
    let replace = ins.replace_into;
    if update.is_none() && !replace {
        return;
    }
    let what = if replace {
        "REPLACE"
    } else {
        "ON DUPLICATE KEY UPDATE"
    };
    let key = match the_key(&table, cx) {
        Ok(k) => k,
        Err(why) => {
            notes.note(
                &RULE,
                format!("{what} cannot become ON CONFLICT: {why}"),
                Severity::Error,
            );
            return;
        }
    };
    let assignments = match update {
        Some(a) => a,
        None => {
            // REPLACE: every inserted column takes the new value.
            ins.replace_into = false;
            ins.columns
                .iter()
                .filter(|c| !key.contains(&c.to_string()))
                .map(|c| ast::Assignment {
                    target: ast::AssignmentTarget::ColumnName(c.clone()),
                    value: crate::rules::expr::expression::parse_pg_expr(&format!("EXCLUDED.{c}"))
                        .expect("a column reference"),
                })
                .collect()
        }
    };
    if replace && ins.columns.is_empty() {
        notes.note(
            &RULE,
            "REPLACE without a column list cannot become ON CONFLICT: name the columns",
            Severity::Error,
        );
        return;
    }
    // In MySQL a bare column in the update list is the existing row's; in PostgreSQL it is
    // ambiguous (the row or EXCLUDED): qualify it with the table.
    let mut assignments = assignments;
    for a in assignments.iter_mut() {
        let _ = sqlparser::ast::visit_expressions_mut(&mut a.value, |e| {
            // (`DEFAULT` is the keyword, not a column.)
            let keyword = matches!(e, ast::Expr::Identifier(i) if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("default"));
            if let (ast::Expr::Identifier(i), false) = (&*e, keyword) {
                *e = ast::Expr::CompoundIdentifier(vec![
                    Ident::with_quote_unless_plain(&table),
                    i.clone(),
                ]);
            }
            std::ops::ControlFlow::<()>::Continue(())
        });
    }
    let quote = |c: &str| Ident::with_quote_unless_plain(c);
    ins.on = Some(OnInsert::OnConflict(OnConflict {
        conflict_target: Some(ConflictTarget::Columns {
            columns: key.iter().map(|c| quote(c)).collect(),
            predicate: None,
        }),
        action: OnConflictAction::DoUpdate(DoUpdate {
            assignments,
            selection: None,
        }),
    }));
    notes.note(
        &RULE,
        format!("{what} becomes ON CONFLICT ({}) DO UPDATE", key.join(", ")),
        Severity::Info,
    );
    notes.note(
        &RULE,
        format!("{what}'s affected-row count differs: MySQL counts a row it updates (or replaces) as 2, PostgreSQL as 1"),
        Severity::Warning,
    );
}

/// MySQL 8's row alias (`VALUES (…) AS new [(a, b)] ON DUPLICATE KEY UPDATE x = new.x`):
/// the alias names the row that was to be inserted, which is PostgreSQL's `EXCLUDED`.
/// References `new.col` and the column aliases become `EXCLUDED.col`. False (reported)
/// when the column aliases cannot be matched to columns.
fn row_alias(ins: &mut Insert, alias: ast::InsertAliases, notes: &mut Notes) -> bool {
    let row = alias.row_alias.to_string();
    let aliases: Vec<String> = alias
        .col_aliases
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.value)
        .collect();
    let columns: Vec<Ident> = ins
        .columns
        .iter()
        .filter_map(|c| c.0.last().and_then(|p| p.as_ident()).cloned())
        .collect();
    if !aliases.is_empty() && aliases.len() != columns.len() {
        notes.note(
            &RULE,
            format!(
                "the row alias `{row}` has {} column aliases for the INSERT's {} columns",
                aliases.len(),
                columns.len()
            ),
            Severity::Error,
        );
        return false;
    }
    // The column a name of the row alias stands for.
    let column_of = |name: &Ident| -> Option<Ident> {
        if aliases.is_empty() {
            return Some(name.clone());
        }
        aliases
            .iter()
            .position(|a| a.eq_ignore_ascii_case(&name.value))
            .map(|k| columns[k].clone())
    };
    let Some(OnInsert::DuplicateKeyUpdate(assignments)) = &mut ins.on else {
        notes.note(&RULE,
            format!("the row alias `{row}` is left out: nothing reads it without ON DUPLICATE KEY UPDATE"),
            Severity::Info,
        );
        return true;
    };
    let mut unknown = None;
    for a in assignments.iter_mut() {
        let _ = sqlparser::ast::visit_expressions_mut(&mut a.value, |e| {
            let target = match e {
                ast::Expr::CompoundIdentifier(parts)
                    if parts.len() == 2 && parts[0].value.eq_ignore_ascii_case(&row) =>
                {
                    match column_of(&parts[1]) {
                        Some(c) => Some(c),
                        None => {
                            unknown = Some(parts[1].value.clone());
                            None
                        }
                    }
                }
                ast::Expr::Identifier(i) if !aliases.is_empty() => column_of(i),
                _ => None,
            };
            if let Some(c) = target {
                *e = ast::Expr::CompoundIdentifier(vec![Ident::new("EXCLUDED"), c]);
            }
            std::ops::ControlFlow::<()>::Continue(())
        });
    }
    if let Some(c) = unknown {
        notes.note(
            &RULE,
            format!("`{row}.{c}` names no column alias of the row alias `{row}`"),
            Severity::Error,
        );
        return false;
    }
    notes.note(
        &RULE,
        format!("the row alias `{row}` of ON DUPLICATE KEY UPDATE becomes EXCLUDED"),
        Severity::Info,
    );
    true
}

trait PlainIdent {
    fn with_quote_unless_plain(s: &str) -> Ident;
}

impl PlainIdent for Ident {
    fn with_quote_unless_plain(s: &str) -> Ident {
        let q = crate::ident::quote(s, crate::config::IdentifierPolicy::Lower);
        if q.starts_with('"') {
            Ident::with_quote('"', s)
        } else {
            Ident::new(s)
        }
    }
}
