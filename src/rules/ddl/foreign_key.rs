//! # D009 foreign-key
//!
//! ## What it does
//! Emits FOREIGN KEY constraints after all tables (so order and cycles do not matter),
//! with their ON DELETE / ON UPDATE actions.
//!
//! ## MySQL
//! InnoDB checks foreign keys immediately, row by row; `SET FOREIGN_KEY_CHECKS=0` lets
//! a dump load in any order. `RESTRICT` and `NO ACTION` are the same. MyISAM tables parse
//! and ignore foreign keys.
//!
//! ## PostgreSQL
//! `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY … REFERENCES …` after the data, as
//! pg_dump does. Column-level `REFERENCES` (which MySQL parses and ignores) is not
//! emitted, with a warning.
//!
//! A `bigint unsigned` column (`numeric(20)`) that references an AUTO_INCREMENT `bigint
//! unsigned` (an identity `bigint`) becomes `bigint` before the constraint: PostgreSQL's
//! foreign keys need comparable types, and the referenced column holds no larger value.
//!
//! When rows of the referenced table were left out of the load (T101), child rows may
//! reference them and the constraint would fail, stopping a `psql -v ON_ERROR_STOP=1`
//! load before everything after it: such a foreign key is added `NOT VALID`, with a
//! warning (PostgreSQL checks new and changed rows from then on; `ALTER TABLE …
//! VALIDATE CONSTRAINT` checks the old ones once the missing rows are dealt with).
//!
//! ## Caveats
//! `NO ACTION` is checked at the end of the statement in PostgreSQL, immediately in
//! InnoDB: a statement that passes through a violating state succeeds in PostgreSQL only.

use crate::ir::ForeignKey;
use crate::rules::Cx;

crate::rule!(
    "D009",
    "foreign-key",
    Info,
    "foreign keys are added after all tables"
);

/// `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY …`.
pub fn constraint(
    fk: &ForeignKey,
    name: &str,
    table: &str,
    ref_table: &str,
    cx: &mut Cx,
) -> String {
    let cols: Vec<String> = fk.columns.iter().map(|c| cx.ident(c)).collect();
    let refs: Vec<String> = fk.ref_columns.iter().map(|c| cx.ident(c)).collect();
    let mut s = format!(
        "ALTER TABLE ONLY {table}\n    ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {ref_table}({})",
        cx.quote(name),
        cols.join(", "),
        refs.join(", ")
    );
    if let Some(a) = &fk.on_update {
        s.push_str(&format!(" ON UPDATE {a}"));
    }
    if let Some(a) = &fk.on_delete {
        s.push_str(&format!(" ON DELETE {a}"));
    }
    s.push(';');
    s
}

/// Checks, once the whole input is known, that each foreign key's target exists and has
/// the primary or unique key PostgreSQL requires (MySQL only requires an index). Returns
/// the statements of the foreign keys PostgreSQL would reject: they are written as
/// comments, never live (one failing statement stops a load run with `ON_ERROR_STOP`).
pub fn check_references(
    catalog: &mut crate::catalog::Catalog,
    config: &crate::config::Config,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
) -> Vec<String> {
    check(catalog, config, diags, None)
}

/// The same check for the foreign keys of one table (catalog key) whose parts are written
/// before the end of the input (a later statement touches it): PostgreSQL runs them
/// there, so the referenced table must have its key by then. A referenced table not
/// defined yet is left to the check at the end.
pub fn check_table(
    catalog: &mut crate::catalog::Catalog,
    config: &crate::config::Config,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
    table: &(String, String),
) -> Vec<String> {
    check(catalog, config, diags, Some(table))
}

fn check(
    catalog: &mut crate::catalog::Catalog,
    config: &crate::config::Config,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
    only: Option<&(String, String)>,
) -> Vec<String> {
    use crate::diagnostics::{Diagnostic, Severity};
    let mut failing = Vec::new();
    let mut checked = Vec::new();
    for (i, r) in catalog.references.iter().enumerate() {
        if r.checked || only.is_some_and(|k| *k != r.child) {
            continue;
        }
        let key = (r.database.clone().unwrap_or_default(), r.table.clone());
        let Some(t) = catalog.tables().get(&key).or_else(|| {
            catalog
                .tables()
                .iter()
                .find(|((s, n), _)| *s == key.0 && n.eq_ignore_ascii_case(&key.1))
                .map(|(_, t)| t)
        }) else {
            if only.is_none() {
                diags.push(
                    Diagnostic::new(&RULE, r.file, r.span.clone(), format!("foreign key references `{}`, which the input does not define: the constraint fails unless the table exists in PostgreSQL", r.table))
                        .severity(Severity::Warning),
                );
            }
            continue;
        };
        checked.push(i);
        let mut cols: Vec<String> = r
            .columns
            .iter()
            .map(|c| crate::ident::pg_name(c, config.identifiers))
            .collect();
        cols.sort();
        let unique = t.unique_keys.iter().any(|k| {
            let mut k = k.clone();
            k.sort();
            k == cols
        });
        if !unique {
            diags.push(
                Diagnostic::new(&RULE, r.file, r.span.clone(), format!("foreign key references ({}) of `{}`, which is not a primary or unique key: PostgreSQL rejects the constraint (MySQL only needs an index), so it is written as a comment", r.columns.join(", "), r.table))
                    .severity(Severity::Error)
                    .help("add a unique key on the referenced columns, then run the commented statement"),
            );
            failing.push(r.statement.clone());
        }
    }
    for i in checked {
        catalog.references[i].checked = true;
    }
    failing
}

/// Referencing columns whose type cannot be compared with the referenced column's for a
/// foreign key (`numeric(20)` against an identity `bigint`): the `ALTER COLUMN … TYPE`
/// statements that make them match, each with the referencing table's catalog key and the
/// index of the diagnostic that reports it.
pub fn type_fixes(
    catalog: &mut crate::catalog::Catalog,
    config: &crate::config::Config,
    diags: &mut Vec<crate::diagnostics::Diagnostic>,
) -> Vec<((String, String), String, usize)> {
    use crate::diagnostics::Diagnostic;
    let mut fixes = Vec::new();
    let mut changes = Vec::new();
    for r in &catalog.references {
        let key = (r.database.clone().unwrap_or_default(), r.table.clone());
        let Some(parent) = catalog.tables().get(&key) else {
            continue;
        };
        let Some(child) = catalog.tables().get(&r.child) else {
            continue;
        };
        for (c, p) in r.child_columns.iter().zip(&r.columns) {
            let (Some(cc), Some(pc)) = (child.column(c), parent.column(p)) else {
                continue;
            };
            if cc.pg_type == "numeric(20)" && pc.pg_type == "bigint" {
                let table = match &child.pg_schema {
                    Some(s) if config.schema.is_none() => format!(
                        "{}.{}",
                        crate::ident::quote(s, config.identifiers),
                        crate::ident::quote(&child.pg_name, config.identifiers)
                    ),
                    _ => crate::ident::quote(&child.pg_name, config.identifiers),
                };
                let col = crate::ident::quote(&cc.pg_name, config.identifiers);
                let stmt = format!("ALTER TABLE ONLY {table}\n    ALTER COLUMN {col} TYPE bigint;");
                if !fixes.iter().any(|(_, s, _)| *s == stmt) {
                    diags.push(Diagnostic::new(&RULE, r.file, r.span.clone(), format!("`{}`.`{c}` (bigint unsigned) becomes bigint like the AUTO_INCREMENT column it references (`{}`.`{p}`): a foreign key needs comparable types, and the referenced column holds no larger value", r.child.1, r.table)));
                    fixes.push((r.child.clone(), stmt, diags.len() - 1));
                    changes.push((r.child.clone(), c.clone()));
                }
            }
        }
    }
    for (t, c) in changes {
        if let Some(col) = catalog.tables_mut().get_mut(&t).and_then(|t| t.column_mut(&c)) {
            col.set_pg_type("bigint");
        }
    }
    fixes
}

/// Reports a column-level REFERENCES, which MySQL ignores.
pub fn inline_reference(fk: &ForeignKey, cx: &mut Cx) {
    cx.report(
        &RULE,
        fk.span.clone(),
        format!(
            "column-level REFERENCES {} is parsed and ignored by MySQL; not emitted",
            fk.ref_table
        ),
    )
    .severity = crate::diagnostics::Severity::Warning;
}

/// Notes a foreign key added `NOT VALID` because rows of the table it references were
/// left out; `span` is the first such row.
pub fn not_valid(stmt: &str, parent: &str, span: std::ops::Range<usize>, cx: &mut Cx) {
    let between = |from: &str, to: &str| {
        stmt.split_once(from)
            .and_then(|(_, r)| r.split_once(to))
            .map(|(n, _)| n.trim().to_string())
            .unwrap_or_default()
    };
    let name = between("ADD CONSTRAINT ", " FOREIGN KEY");
    let child = between("ALTER TABLE ONLY ", "\n");
    cx.report(
        &RULE,
        span,
        format!("foreign key {name} of {child} is added NOT VALID: rows of `{parent}` were left out (T101), and rows of {child} may reference them; PostgreSQL checks new rows only, until `ALTER TABLE {child} VALIDATE CONSTRAINT {name}` succeeds"),
    )
    .severity = crate::diagnostics::Severity::Warning;
}
