//! One lowered statement to its PostgreSQL output: tables, databases, views, DML and
//! the deferred definitions, by kind.

use super::*;
use crate::diagnostics::Severity;
use crate::emit::Out;
use crate::ir::{Deferred, Stmt};
use crate::rules::ddl;
use crate::rules::Cx;
use crate::table::{
    alter_table, create_table, drop_index, key_statements, record_key, rename_table,
};
use std::collections::BTreeSet;

pub(super) fn statement(
    ir: Stmt,
    original: &str,
    cx: &mut Cx,
    dropped: &mut BTreeSet<(String, String)>,
) -> Out {
    let whole = cx.stmt.clone();
    match ir {
        Stmt::CreateTable(t) => {
            // MariaDB's CREATE OR REPLACE TABLE drops the table first.
            let drop = t.or_replace.then(|| {
                let drop = Stmt::DropTable {
                    names: vec![t.name.clone()],
                    if_exists: true,
                    temporary: t.temporary,
                };
                statement(drop, original, cx, dropped)
            });
            let key = cx.catalog.key_of(&t.name);
            let replace_types = dropped.contains(&key);
            let mut out = create_table(&t, original, cx, replace_types);
            out.touches.push(key);
            if let Some(d) = drop {
                out.main.splice(0..0, d.main);
            }
            out
        }
        Stmt::AlterTable { table, ops } => {
            let key = cx.catalog.key_of(&table);
            // DISABLE/ENABLE KEYS around a dump's rows emit nothing and must not pull the
            // table's keys ahead of its data.
            let emits = ops
                .iter()
                .any(|(op, _)| !matches!(op, crate::ir::AlterOp::Keys(_)));
            let mut out = alter_table(&table, ops, original, cx);
            if emits {
                out.touches.push(key);
            }
            out
        }
        Stmt::DropTable {
            names,
            if_exists,
            temporary,
        } => {
            let mut out = Out::default();
            let mut targets = Vec::new();
            for n in &names {
                let key = cx.catalog.key_of(n);
                out.touches.push(key.clone());
                dropped.insert(key);
                // DROP TEMPORARY TABLE leaves a permanent table of that name known.
                let known = cx.catalog.table(&n.schema, &n.name).map(|t| t.temporary);
                let removed = match known {
                    Some(tmp) if tmp || !temporary => cx.catalog.remove_table(&n.schema, &n.name),
                    _ => None,
                };
                let (schema, pg) = match removed {
                    Some(t) => (t.pg_schema, t.pg_name),
                    None => (cx.pg_schema(&n.schema), cx.pg_name(&n.name)),
                };
                // PostgreSQL has no DROP TEMPORARY TABLE: its temporary tables live in
                // the session's pg_temp schema, and naming it drops no permanent table.
                let schema = if temporary {
                    Some("pg_temp".to_string())
                } else {
                    schema
                };
                targets.push(cx.qualified(&schema, &pg));
            }
            out.main.push(format!(
                "DROP TABLE {}{};",
                if if_exists { "IF EXISTS " } else { "" },
                targets.join(", ")
            ));
            out
        }
        Stmt::RenameTable(pairs) => {
            let mut out = Out::default();
            for (old, new) in pairs {
                out.touches.push(cx.catalog.key_of(&old));
                out.main.extend(rename_table(&old, &new, cx));
            }
            out
        }
        Stmt::CreateIndex { table, key } => {
            let k = cx.catalog.key_of(&table);
            let (schema, pg_table) = cx.table_names(&table);
            let mut out = Out::default();
            out.touches.push(k);
            let stmts = key_statements(&key, &table, &schema, &pg_table, false, cx);
            record_key(cx, &table, &key, &stmts);
            out.main.extend(stmts.into_iter().map(|(_, s)| s));
            out
        }
        Stmt::DropIndex { table, name } => {
            let mut out = Out::default();
            if let Some(t) = &table {
                out.touches.push(cx.catalog.key_of(t));
            }
            out.main.push(drop_index(table.as_ref(), &name, cx));
            out
        }
        Stmt::CreateDatabase {
            name,
            if_not_exists,
        } => {
            let mut out = Out::default();
            if cx.config.schema.is_some() {
                cx.report(
                    &ddl::database::RULE,
                    whole,
                    format!(
                        "CREATE DATABASE `{name}` dropped: everything goes to schema `{}`",
                        cx.config.schema.as_deref().unwrap_or_default()
                    ),
                );
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("database `{name}` becomes schema {}", cx.ident(&name)),
            );
            cx.catalog.schemas.insert(cx.pg_name(&name));
            out.main.push(format!(
                "CREATE SCHEMA {}{};",
                if if_not_exists { "IF NOT EXISTS " } else { "" },
                cx.ident(&name)
            ));
            out
        }
        Stmt::DropDatabase { name, if_exists } => {
            let mut out = Out::default();
            if cx.config.schema.is_some() {
                cx.report(
                    &ddl::database::RULE,
                    whole,
                    format!("DROP DATABASE `{name}` dropped: everything goes to one schema"),
                );
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("DROP DATABASE `{name}` becomes DROP SCHEMA … CASCADE"),
            );
            out.main.push(format!(
                "DROP SCHEMA {}{} CASCADE;",
                if if_exists { "IF EXISTS " } else { "" },
                cx.ident(&name)
            ));
            out
        }
        Stmt::Use(db) => {
            let mut out = Out::default();
            cx.catalog.database = Some(db.clone());
            if cx.config.schema.is_some() {
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("USE `{db}` becomes SET search_path"),
            );
            if cx.catalog.schemas.insert(cx.pg_name(&db)) {
                out.main
                    .push(format!("CREATE SCHEMA IF NOT EXISTS {};", cx.ident(&db)));
            }
            out.main
                .push(format!("SET search_path TO {}, public;", cx.ident(&db)));
            out
        }
        Stmt::Truncate(names) => {
            let mut out = Out::default();
            let mut targets = Vec::new();
            for n in &names {
                out.touches.push(cx.catalog.key_of(n));
                let (schema, pg) = cx.table_names(n);
                targets.push(cx.qualified(&schema, &pg));
            }
            out.main.push(format!(
                "TRUNCATE TABLE {} RESTART IDENTITY;",
                targets.join(", ")
            ));
            out
        }
        Stmt::Session(s) => session_statement(s, original, cx),
        Stmt::Query(q) => query(*q, original, whole, &mut cx.query()),
        Stmt::DropView { names, if_exists } => {
            // One view at a time, so each is forgotten (or dropped) on its own.
            let mut out = Out::default();
            for n in &names {
                let s = cx.pg_schema(&n.schema);
                let q = cx.qualified(&s, &cx.pg_name(&n.name));
                out.main.push(format!(
                    "DROP VIEW {}{q};",
                    if if_exists { "IF EXISTS " } else { "" }
                ));
                out.view = Some((cx.pg_name(&n.name), Vec::new(), true));
            }
            if names.len() > 1 {
                // Several views in one DROP: keep it as written, in place.
                out.view = None;
            }
            out
        }
        Stmt::CreateView {
            name,
            columns,
            query,
            or_replace,
            expr_names,
        } => {
            let mut query = query;
            if columns.is_empty() {
                name_view_columns(&mut query, &expr_names);
            }
            let stmt = sqlparser::ast::Statement::Query(query);
            let reads = crate::rules::query::translate::statement::relations(&stmt);
            match crate::rules::query::translate::statement::statement(
                stmt,
                "the view's query",
                whole.clone(),
                &mut cx.query(),
            ) {
                Some(body) => {
                    let schema = cx.pg_schema(&name.schema);
                    let view = cx.qualified(&schema, &cx.pg_name(&name.name));
                    let cols = if columns.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " ({})",
                            columns
                                .iter()
                                .map(|c| cx.ident(c))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    cx.report(
                        &crate::rules::query::translate::RULE,
                        whole,
                        format!("view {name} translated"),
                    )
                    .severity = Severity::Info;
                    Out {
                        view: Some((cx.pg_name(&name.name), reads, false)),
                        ..Out::main(format!(
                            "CREATE {}VIEW {view}{cols} AS\n{body};",
                            if or_replace { "OR REPLACE " } else { "" }
                        ))
                    }
                }
                None => Out {
                    view: Some((cx.pg_name(&name.name), Vec::new(), false)),
                    ..Out::commented(original, "Q000", "view not translated")
                },
            }
        }
        Stmt::Deferred(kind) => {
            let what = match kind {
                Deferred::View => "view",
                Deferred::Trigger => "trigger",
                Deferred::Routine => "stored routine",
                Deferred::Event => "event",
                Deferred::Data => "data statement",
                Deferred::Query => "query",
            };
            cx.report(
                &ddl::deferred_statement::RULE,
                whole,
                format!("{what} not converted yet: kept as a comment"),
            );
            Out::commented(original, "D020", &format!("{what} not converted yet"))
        }
        Stmt::CreateTrigger(t) => match ddl::trigger::create(&t, cx) {
            Some(stmts) => Out::main(stmts.join("\n\n")),
            None => Out::commented(original, "D021", "trigger not translated"),
        },
        Stmt::DropTrigger { name, if_exists } => match ddl::trigger::drop(&name, if_exists, cx) {
            Some(stmts) => Out::main(stmts.join("\n")),
            None => Out::commented(original, "D021", "trigger not dropped"),
        },
        Stmt::Unsupported(text) => {
            if let Some((sql, note)) = crate::rules::session::show::translate(&text, cx) {
                cx.report(&crate::rules::session::show::RULE, whole, note);
                let mut out = Out::default();
                out.main.push(sql);
                return out;
            }
            let first: String = text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            cx.report(
                &ddl::table_statement::RULE,
                whole,
                format!("`{first}` is not part of schema conversion: kept as a comment"),
            );
            Out::commented(original, "D019", "not converted")
        }
    }
}

/// A view's unnamed expressions get the names MySQL gives them (PostgreSQL would name
/// them after a function or `?column?`, and refuse a name given twice).
fn name_view_columns(q: &mut sqlparser::ast::Query, names: &[Option<String>]) {
    use sqlparser::ast::{SelectItem, SetExpr};
    let mut body = &mut *q.body;
    while let SetExpr::SetOperation { left, .. } = body {
        body = left;
    }
    let SetExpr::Select(s) = body else {
        return;
    };
    for (item, name) in s.projection.iter_mut().zip(names) {
        let (SelectItem::UnnamedExpr(e), Some(name)) = (&*item, name) else {
            continue;
        };
        *item = SelectItem::ExprWithAlias {
            expr: e.clone(),
            alias: sqlparser::ast::Ident::with_quote('`', name),
        };
    }
}

/// What an application statement (SELECT, INSERT, UPDATE, DELETE …) becomes. It only
/// reads the catalog, so convert translates runs of them on several threads (`ahead`).
pub(super) fn query(
    q: sqlparser::ast::Statement,
    original: &str,
    whole: std::ops::Range<usize>,
    cx: &mut crate::rules::QueryCx,
) -> Out {
    // A write needs the table's keys first (ON CONFLICT names them).
    let touches = match &q {
        sqlparser::ast::Statement::Insert(ins) => match &ins.table {
            sqlparser::ast::TableObject::TableName(n) => {
                Some(cx.catalog.key_of(&crate::ir::lower::name_of(n)))
            }
            _ => None,
        },
        _ => None,
    };
    let mut out =
        match crate::rules::query::translate::statement::statement(q, "the statement", whole, cx) {
            Some(text) => Out::main(format!("{text};")),
            None => Out::commented(original, "Q000", "not translated"),
        };
    out.touches.extend(touches);
    out
}
