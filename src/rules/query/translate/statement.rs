//! The statement driver: the structural rewrites first (multi-table DML, UPDATE's SET
//! order, DML LIMIT, HAVING aliases), then the walk, then the last touches (columns'
//! shown decimal scale, boolean and enum assignments, ON CONFLICT), and the result
//! re-parsed as PostgreSQL; and DDL expressions through the same walk.

use super::*;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use crate::rules::QueryCx;
use sqlparser::ast::{self, Expr, Statement, Value, VisitMut};
use std::ops::{ControlFlow, Range};

/// Translates a DDL expression (a default, CHECK, generated column, partition key) `e`; reports unknown functions and unparsable results at `span`.
/// Returns None when the result is not valid PostgreSQL.
pub fn expression(e: &Expr, what: &str, span: Range<usize>, cx: &mut QueryCx) -> Option<String> {
    let mut e = e.clone();
    let mut w = Walk::new(cx);
    let _ = e.visit(&mut w);
    let text = e.to_string();
    if !w.finish(what, span.clone(), cx) {
        return None;
    }
    if !crate::rules::expr::expression::is_pg_expr(&text) {
        cx.report(
            &crate::rules::expr::expression::RULE,
            span,
            format!("{what} `{text}` is not valid PostgreSQL"),
        )
        .severity = Severity::Error;
        return None;
    }
    Some(text)
}

/// A table name as the catalog keys it: (database, table).
fn table_key(r: &ast::ObjectName) -> (Option<String>, String) {
    let parts: Vec<String> =
        r.0.iter().filter_map(|p| p.as_ident().map(|i| i.value.clone())).collect();
    match parts.as_slice() {
        [t] => (None, t.clone()),
        [d, t] => (Some(d.clone()), t.clone()),
        _ => (None, String::new()),
    }
}

/// The names a statement qualifies its columns with (a table's alias, or its name when
/// it has none), each with its table's index in `names`; a name given to two different
/// tables (in two subqueries) is left out, its columns keep the statement's facts.
fn qualifiers(stmt: &Statement, names: &[(Option<String>, String)]) -> Vec<(String, usize)> {
    struct Q<'a> {
        names: &'a [(Option<String>, String)],
        found: Vec<(String, Option<usize>)>,
    }
    impl Q<'_> {
        fn add(&mut self, q: &str, table: &ast::ObjectName) {
            let i = self.names.iter().position(|n| *n == table_key(table));
            let q = q.to_lowercase();
            match self.found.iter_mut().find(|(k, _)| *k == q) {
                Some((_, j)) if *j != i => *j = None,
                Some(_) => {}
                None => self.found.push((q, i)),
            }
        }
    }
    impl ast::Visitor for Q<'_> {
        type Break = ();
        fn pre_visit_table_factor(&mut self, f: &ast::TableFactor) -> ControlFlow<()> {
            if let ast::TableFactor::Table { name, alias, .. } = f {
                match alias {
                    Some(a) => self.add(&a.name.value, name),
                    None => {
                        if let Some(t) = name.0.last().and_then(|p| p.as_ident()) {
                            self.add(&t.value, name);
                        }
                    }
                }
            }
            ControlFlow::Continue(())
        }
    }
    let mut q = Q { names, found: Vec::new() };
    let _ = ast::Visit::visit(stmt, &mut q);
    q.found.into_iter().filter_map(|(k, i)| Some((k, i?))).collect()
}

/// Translates a whole statement; None (reported) when it has no faithful translation.
pub fn statement(stmt: Statement, what: &str, span: Range<usize>, cx: &mut QueryCx) -> Option<String> {
    let mut stmt = stmt;
    // Column facts from the statement's own tables when all of them are known tables
    // (not inside a trigger, whose NEW and OLD are another table's).
    let mut scoped = None;
    if !what.contains(" in trigger ") {
        let mut names = Vec::new();
        let _ = sqlparser::ast::visit_relations(&stmt, |r| {
            let n = table_key(r);
            if !names.contains(&n) {
                names.push(n);
            }
            ControlFlow::<()>::Continue(())
        });
        if !names.is_empty() {
            let qualifiers = qualifiers(&stmt, &names);
            scoped = cx.catalog.column_sets_of(&names, &qualifiers);
        }
    }
    let mut w = match scoped {
        Some(sets) => Walk::with_sets(cx, sets),
        None => Walk::new(cx),
    };
    // Checked as PostgreSQL with `$n` markers; written in the configured style after.
    let style = std::mem::replace(&mut w.style, crate::config::PlaceholderStyle::Dollar);
    if stmt_has_placeholder(&stmt) {
        w.number_placeholders(&stmt);
    }
    let multi =
        matches!(&stmt, Statement::Update(u) if !u.table.joins.is_empty() || u.from.is_some());
    crate::rules::query::multi_table::rewrite(&mut stmt, &mut w.notes);
    crate::rules::query::update_order::rewrite(&mut stmt, multi, &mut w.notes);
    crate::rules::query::dml_limit::rewrite(&mut stmt, &mut w.notes);
    let sets = w.sets.clone();
    crate::rules::query::having_alias::rewrite(&mut stmt, &sets, &mut w.notes);
    let mut kinds = Vec::new();
    let mut chars = Vec::new();
    if let Statement::Insert(ins) = &mut stmt {
        if let ast::TableObject::TableName(name) = &ins.table {
            chars = char_columns(name, cx);
        }
        if let Some(msg) = select_star(ins, cx) {
            w.note(&crate::rules::query::assignment_type::RULE, msg, Severity::Error);
        }
        kinds = insert_kinds(ins, cx);
        // Every column of the table after the inserted ones, by name, for the
        // assignments of ON DUPLICATE KEY UPDATE.
        if let Some(info) = insert_table(&ins.table, cx) {
            kinds.extend(info.columns.iter().map(|c| (c.mysql_name.clone(), c.kind)));
        }
        // A hex or bit literal stored into a number, bit or boolean column is the integer
        // it spells.
        if let Some(source) = &mut ins.source {
            if let ast::SetExpr::Values(v) = &mut *source.body {
                for row in &mut v.rows {
                    for (cell, (_, kind)) in row.iter_mut().zip(&kinds) {
                        if matches!(
                            kind,
                            crate::catalog::PgKind::Boolean
                                | crate::catalog::PgKind::Bit(_)
                                | crate::catalog::PgKind::Integer
                                | crate::catalog::PgKind::Numeric(_)
                        ) {
                            super::conditions::literal_to_number(cell);
                        }
                    }
                }
            }
        }
        // The same in ON DUPLICATE KEY UPDATE's assignments, to any column of the table.
        if let (Some(ast::OnInsert::DuplicateKeyUpdate(assigns)), Some(info)) =
            (&mut ins.on, insert_table(&ins.table, cx))
        {
            for a in assigns.iter_mut() {
                let ast::AssignmentTarget::ColumnName(n) = &a.target else { continue };
                let Some(col) = n.0.last().and_then(|p| p.as_ident()) else { continue };
                let numeric = info.columns.iter().any(|c| {
                    c.mysql_name.eq_ignore_ascii_case(&col.value)
                        && matches!(
                            c.kind,
                            crate::catalog::PgKind::Boolean
                                | crate::catalog::PgKind::Bit(_)
                                | crate::catalog::PgKind::Integer
                                | crate::catalog::PgKind::Numeric(_)
                        )
                });
                if numeric {
                    super::conditions::literal_to_number(&mut a.value);
                }
            }
        }
        if let Some(msg) = crate::rules::query::boolean_column::insert_values(ins, &kinds, &sets) {
            w.note(&crate::rules::query::boolean_column::RULE, msg, Severity::Info);
        }
    }
    if let Statement::Update(u) = &stmt {
        if u.table.joins.is_empty() && u.from.is_none() {
            kinds = table_kinds(&u.table.relation, cx);
            if let ast::TableFactor::Table { name, .. } = &u.table.relation {
                chars = char_columns(name, cx);
            }
        }
    }
    let _ = stmt.visit(&mut w);
    // Names are translated by now: resolved against the catalog's PostgreSQL names.
    crate::rules::query::group_by_columns::apply(&mut stmt, cx.catalog, &mut w.notes);
    if let Some((msg, severity)) = crate::rules::query::assignment_type::apply(&mut stmt, &kinds, &chars, &w.sets) {
        w.note(&crate::rules::query::assignment_type::RULE, msg, severity);
    }
    if let Statement::Query(q) = &mut stmt {
        if finish_columns(&mut q.body, &w.sets) {
            w.note(&crate::rules::query::division::RULE, "AVG inside arithmetic: MySQL computes it with an inner precision my2pg does not reproduce, so the last digits can differ", Severity::Warning);
        }
    }
    match &mut stmt {
        Statement::Update(u) => {
            if let Some(s) = &mut u.selection {
                w.truth(s);
            }
            // An enum column given a computed string: PostgreSQL needs the enum type.
            let sets = w.sets.clone();
            for a in &mut u.assignments {
                let ast::AssignmentTarget::ColumnName(name) = &a.target else {
                    continue;
                };
                let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
                    continue;
                };
                let Some(ty) = sets.enum_types.get(&col.value.to_lowercase()) else {
                    continue;
                };
                if matches!(
                    &a.value,
                    Expr::Case { .. } | Expr::Function(_) | Expr::Nested(_)
                ) {
                    if let Ok(x) =
                        parse_pg_expr(&format!("CAST(CAST({} AS text) AS {ty})", a.value))
                    {
                        a.value = x;
                    }
                }
            }
            // A truth value stored in a column that is not boolean: 1 or 0, as in MySQL.
            for a in &mut u.assignments {
                let ast::AssignmentTarget::ColumnName(name) = &a.target else {
                    continue;
                };
                let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
                    continue;
                };
                let kind = sets.numeric.get(&col.value.to_lowercase()).copied();
                if kind.is_some_and(|k| k != crate::catalog::NumKind::Bool) {
                    one_or_zero(&mut a.value, &sets);
                }
            }
        }
        Statement::Delete(d) => {
            if let Some(s) = &mut d.selection {
                w.truth(s);
            }
        }
        _ => {}
    }
    if let Some(msg) = crate::rules::query::boolean_column::assignments(&mut stmt, &w.sets) {
        w.note(
            &crate::rules::query::boolean_column::RULE,
            msg,
            Severity::Info,
        );
    }
    if let Statement::Insert(ins) = &mut stmt {
        // MySQL's `INSERT t VALUES …` (INTO left out).
        ins.into = true;
        if let Some(p) = ins.priority.take() {
            w.note(
                &crate::rules::expr::expression::RULE,
                format!(
                    "INSERT {p} (a lock-queue priority) dropped: no effect on the rows written"
                ),
                Severity::Info,
            );
        }
        crate::rules::query::insert_ignore::rewrite(ins, &mut w.notes, cx);
    }
    // Last, on the final SET values and WHERE. Inside a trigger nobody reads the count.
    if cx.config.update_count == crate::config::UpdateCount::Changed && !what.contains(" in trigger ") {
        let triggers = update_has_triggers(&stmt, cx);
        let positional = style != crate::config::PlaceholderStyle::Dollar;
        let sets = w.sets.clone();
        match crate::rules::query::changed_rows::apply(&mut stmt, &sets, triggers, positional) {
            crate::rules::query::changed_rows::Outcome::Added => w.note(
                &crate::rules::query::changed_rows::RULE,
                "UPDATE skips rows it would not change: its count is MySQL's changed rows",
                Severity::Info,
            ),
            crate::rules::query::changed_rows::Outcome::Differs(msg) => {
                w.note(&crate::rules::query::changed_rows::RULE, msg, Severity::Warning)
            }
            crate::rules::query::changed_rows::Outcome::None => {}
        }
    }
    let text = stmt.to_string();
    let d = sqlparser::dialect::PostgreSqlDialect {};
    let parsed = sqlparser::parser::Parser::parse_sql(&d, &text);
    // Last of all: PostgreSQL's type check of what will be written, read back as
    // PostgreSQL reads it (operator precedence included), unless it is refused already.
    if let Ok(written) = &parsed {
        if !w.notes.0.iter().any(|n| n.2 == Severity::Error) {
            if let Some(why) = written
                .iter()
                .find_map(|s| crate::rules::query::pg_types::check(s, &kinds, &w.sets))
            {
                w.note(&crate::rules::query::pg_types::RULE, why, Severity::Error);
            }
        }
    }
    if !w.finish(what, span.clone(), cx) {
        return None;
    }
    if let Err(e) = parsed {
        cx.report(
            &RULE,
            span,
            format!(
                "{what} has MySQL-only parts my2pg does not translate yet: kept as a comment ({e})"
            ),
        );
        return None;
    }
    if style == crate::config::PlaceholderStyle::Dollar {
        return Some(text);
    }
    // Positional markers bind by place: a rewrite that moved a value (LIMIT o, n) would
    // bind the application's values to the wrong places.
    let mut order = Vec::new();
    let _ = sqlparser::ast::visit_expressions_mut(&mut stmt, |e| {
        if let Expr::Value(v) = e {
            if let Value::Placeholder(p) = &v.value {
                if let Some(n) = p.strip_prefix('$').and_then(|n| n.parse::<usize>().ok()) {
                    order.push(n);
                    v.value =
                        Value::Placeholder(crate::rules::query::placeholder::marker(n, style));
                }
            }
        }
        ControlFlow::<()>::Continue(())
    });
    let mut seen = order.clone();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != order.len() {
        // A translation that reads a value twice (FIND_IN_SET's NULL test, LOCATE's
        // start, GREATEST's NULL rule) would need the application to bind it twice.
        cx.report(&crate::rules::query::placeholder::RULE, span, format!("{what} reads a `?` value more than once in its PostgreSQL form: with positional placeholders the application would have to bind it twice; use `--placeholders dollar`")).severity = Severity::Error;
        return None;
    }
    if order.windows(2).any(|w| w[0] > w[1]) {
        cx.report(&crate::rules::query::placeholder::RULE, span, format!("{what} moves its `?` values (LIMIT offset, count): with positional placeholders the application's values would bind to other places; use `--placeholders dollar` or reorder the bound values")).severity = Severity::Error;
        return None;
    }
    Some(stmt.to_string())
}

/// The relations a statement reads, by their PostgreSQL name (last part, lower case).
pub fn relations(stmt: &Statement) -> Vec<String> {
    let mut out = Vec::new();
    let _ = sqlparser::ast::visit_relations(stmt, |r| {
        if let Some(i) = r.0.last().and_then(|p| p.as_ident()) {
            let n = i.value.to_lowercase();
            if !out.contains(&n) {
                out.push(n);
            }
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

/// Whether a statement has a `?` placeholder (cheaper than walking it when it has none).
fn stmt_has_placeholder(stmt: &Statement) -> bool {
    sqlparser::ast::visit_expressions(stmt, |e| match e {
        Expr::Value(v) if matches!(&v.value, Value::Placeholder(_)) => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// The outermost SELECT's columns get the scale MySQL shows (Q011).
/// A comparison (or other truth value) shown or stored as a value: MySQL's is the
/// integer 1 or 0, PostgreSQL's a boolean (`t`/`f`, or 'true' in a string column).
/// A boolean column itself stays a boolean (the schema made it one).
fn one_or_zero(e: &mut Expr, sets: &crate::catalog::ColumnSets) {
    if matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_))
        || !crate::rules::query::xor::is_boolean(e, sets)
    {
        return;
    }
    if let Ok(x) = parse_pg_expr(&format!("CAST({e} AS integer)")) {
        *e = x;
    }
}

fn finish_columns(body: &mut ast::SetExpr, sets: &crate::catalog::ColumnSets) -> bool {
    let mut avg_inside = false;
    match body {
        ast::SetExpr::Select(s) => {
            // MySQL's `FROM DUAL` names no table: PostgreSQL's SELECT needs no FROM.
            if s.from.len() == 1
                && s.from[0].joins.is_empty()
                && matches!(&s.from[0].relation, ast::TableFactor::Table { name, alias: None, .. }
                    if name.to_string().eq_ignore_ascii_case("dual"))
            {
                s.from.clear();
            }
            for item in &mut s.projection {
                match item {
                    ast::SelectItem::UnnamedExpr(e)
                    | ast::SelectItem::ExprWithAlias { expr: e, .. } => {
                        avg_inside |= crate::rules::query::division::finish(e, sets);
                        one_or_zero(e, sets);
                    }
                    _ => {}
                }
            }
        }
        ast::SetExpr::SetOperation { left, right, .. } => {
            avg_inside |= finish_columns(left, sets);
            avg_inside |= finish_columns(right, sets);
        }
        ast::SetExpr::Query(q) => avg_inside |= finish_columns(&mut q.body, sets),
        _ => {}
    }
    avg_inside
}

/// Every column of a table relation and its PostgreSQL kind (empty when unknown).
fn table_kinds(relation: &ast::TableFactor, cx: &QueryCx) -> Vec<(String, crate::catalog::PgKind)> {
    let ast::TableFactor::Table { name, .. } = relation else {
        return Vec::new();
    };
    match catalog_table(name, cx) {
        Some(info) => info
            .columns
            .iter()
            .map(|c| (c.mysql_name.clone(), c.kind))
            .collect(),
        None => Vec::new(),
    }
}

/// Whether a single-table UPDATE's table has row triggers (by its translated name).
fn update_has_triggers(stmt: &Statement, cx: &QueryCx) -> bool {
    let Statement::Update(u) = stmt else {
        return false;
    };
    let ast::TableFactor::Table { name, .. } = &u.table.relation else {
        return false;
    };
    let Some(table) = name.0.last().and_then(|p| p.as_ident()) else {
        return false;
    };
    cx.catalog.triggers.values().any(|t| {
        t.table.1.eq_ignore_ascii_case(&table.value)
            || t.pg_table.trim_matches('"').eq_ignore_ascii_case(&table.value)
    })
}

/// The MySQL CHAR columns of a table.
fn char_columns(name: &ast::ObjectName, cx: &QueryCx) -> Vec<String> {
    catalog_table(name, cx)
        .map(|t| {
            t.columns
                .iter()
                .filter(|c| c.mysql_type.name == "char")
                .map(|c| c.mysql_name.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn catalog_table<'a>(name: &ast::ObjectName, cx: &'a QueryCx) -> Option<&'a crate::catalog::TableInfo> {
    let parts: Vec<String> = name
        .0
        .iter()
        .filter_map(|p| p.as_ident().map(|i| i.value.clone()))
        .collect();
    let (schema, table) = match parts.as_slice() {
        [t] => (None, t.clone()),
        [s, t] => (Some(s.clone()), t.clone()),
        _ => return None,
    };
    cx.catalog.table(&schema, &table)
}

/// The PostgreSQL kind of each column an INSERT gives values for, in order (empty when
/// the table is not in the catalog).
/// `INSERT INTO t [(cols)] SELECT * FROM s` between two catalog tables: the first
/// column PostgreSQL would not assign (Q024's check).
fn select_star(ins: &ast::Insert, cx: &QueryCx) -> Option<String> {
    let target = insert_table(&ins.table, cx)?;
    let ast::SetExpr::Select(sel) = &*ins.source.as_ref()?.body else {
        return None;
    };
    let ([ast::SelectItem::Wildcard(_)], [from]) = (sel.projection.as_slice(), sel.from.as_slice()) else {
        return None;
    };
    let ast::TableFactor::Table { name, .. } = &from.relation else {
        return None;
    };
    if !from.joins.is_empty() {
        return None;
    }
    let source = catalog_table(name, cx)?;
    let facts = |c: &crate::catalog::ColumnInfo| (c.mysql_name.clone(), c.kind, c.pg_type.clone());
    let targets: Vec<_> = if ins.columns.is_empty() {
        target.columns.iter().map(facts).collect()
    } else {
        ins.columns
            .iter()
            .filter_map(|n| target.column(&n.0.last()?.as_ident()?.value))
            .map(facts)
            .collect()
    };
    let sources: Vec<_> = source.columns.iter().map(facts).collect();
    crate::rules::query::assignment_type::select_star(&targets, &sources)
}

/// The catalog's table an INSERT writes to.
fn insert_table<'a>(t: &ast::TableObject, cx: &'a QueryCx) -> Option<&'a crate::catalog::TableInfo> {
    let ast::TableObject::TableName(name) = t else {
        return None;
    };
    let (schema, table) = table_key(name);
    cx.catalog.table(&schema, &table)
}

fn insert_kinds(ins: &ast::Insert, cx: &QueryCx) -> Vec<(String, crate::catalog::PgKind)> {
    let Some(info) = insert_table(&ins.table, cx) else {
        return Vec::new();
    };
    if ins.columns.is_empty() {
        return info
            .columns
            .iter()
            .map(|c| (c.mysql_name.clone(), c.kind))
            .collect();
    }
    ins.columns
        .iter()
        .map(|c| {
            let name = c
                .0
                .last()
                .and_then(|p| p.as_ident())
                .map(|i| i.value.clone())
                .unwrap_or_default();
            let kind = info
                .column(&name)
                .map(|ci| ci.kind)
                .unwrap_or(crate::catalog::PgKind::Other);
            (name, kind)
        })
        .collect()
}
