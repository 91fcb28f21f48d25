//! Keys, indexes and foreign keys: their statements after the data (pg_dump's order),
//! their names in the catalog, and DROP INDEX.

use crate::diagnostics::Severity;
use crate::ir::{Key, KeyKind, QName};
use crate::rules::ddl;
use crate::rules::Cx;

pub(crate) fn foreign_key(
    fk: &crate::ir::ForeignKey,
    t: &QName,
    schema: &Option<String>,
    pg_table: &str,
    cx: &mut Cx,
) -> String {
    let wanted = fk.name.as_ref().map(|n| cx.pg_name(n)).unwrap_or_else(|| {
        format!(
            "{pg_table}_{}_fkey",
            cx.pg_name(fk.columns.first().map(String::as_str).unwrap_or("col"))
        )
    });
    let name = crate::ident::truncate(&wanted);
    let table = cx.qualified(schema, pg_table);
    let (rs, rn) = cx.table_names(&fk.ref_table);
    let ref_table = cx.qualified(&rs, &rn);
    let s = ddl::foreign_key::constraint(fk, &name, &table, &ref_table, cx);
    let database = fk
        .ref_table
        .schema
        .clone()
        .or_else(|| cx.catalog.database.clone());
    let child = cx.catalog.key_of(t);
    cx.catalog.references.push(crate::catalog::Reference {
        file: cx.file,
        span: fk.span.clone(),
        database,
        table: fk.ref_table.name.clone(),
        columns: fk.ref_columns.clone(),
        child,
        child_columns: fk.columns.clone(),
        statement: s.clone(),
        checked: false,
    });
    if let (Some(n), Some(info)) = (&fk.name, cx.catalog.table_mut(&t.schema, &t.name)) {
        info.foreign_keys.insert(n.to_lowercase(), name);
    }
    s
}

/// Statements for one key: (PostgreSQL name, statement).
pub(crate) fn key_statements(
    k: &Key,
    mysql_table: &QName,
    schema: &Option<String>,
    pg_table: &str,
    partitioned: bool,
    cx: &mut Cx,
) -> Vec<(String, String)> {
    let table = cx.qualified(schema, pg_table);
    let name = ddl::index::name(k, schema, pg_table, cx);
    ddl::index::using(k, cx);
    match k.kind {
        KeyKind::Fulltext => {
            return vec![(
                name.clone(),
                ddl::fulltext_index::index(k, &name, &table, cx),
            )]
        }
        KeyKind::Spatial => {
            return ddl::spatial_index::index(k, &name, &table, cx)
                .map(|s| vec![(name, s)])
                .unwrap_or_default()
        }
        _ => {}
    }
    let mut elems = Vec::new();
    let mut plain = true;
    // A key on a column the table does not have (when the table is known) is not emitted.
    let known = cx.catalog.table(&mysql_table.schema, &mysql_table.name);
    let missing: Vec<String> = match known {
        Some(info) => k
            .parts
            .iter()
            .filter_map(|p| p.column.clone())
            .filter(|c| info.column(c).is_none())
            .collect(),
        None => Vec::new(),
    };
    if !missing.is_empty() {
        cx.report(
            &ddl::index::RULE,
            k.span.clone(),
            format!(
                "key on column{} {} that the table does not have: not emitted",
                if missing.len() > 1 { "s" } else { "" },
                missing
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .severity = Severity::Error;
        return Vec::new();
    }
    let columns: Vec<crate::catalog::ColumnInfo> =
        known.map(|t| t.columns.clone()).unwrap_or_default();
    let lookup = |c: &str| {
        columns
            .iter()
            .find(|i| i.mysql_name.eq_ignore_ascii_case(c))
            .cloned()
    };
    let forms = ddl::index_width::forms(k, &mysql_table.to_string(), &lookup, k.span.clone(), cx);
    for (p, form) in k.parts.iter().zip(&forms) {
        let pg_type = p.column.as_deref().and_then(lookup).map(|c| c.pg_type);
        let e = match (&p.column, &p.expr, p.prefix, form) {
            (Some(_), _, _, ddl::index_width::PartForm::Prefix(n)) => {
                plain = false;
                ddl::prefix_index::element(p, *n, pg_type.as_deref(), k.span.clone(), cx)
            }
            (Some(c), _, _, ddl::index_width::PartForm::Md5Prefix(n)) => {
                plain = false;
                let e = ddl::prefix_index::expression(&cx.ident(c), *n, pg_type.as_deref());
                format!("md5({e})")
            }
            (Some(_), _, Some(n), _) => {
                plain = false;
                ddl::prefix_index::element(p, n, pg_type.as_deref(), k.span.clone(), cx)
            }
            (Some(c), _, None, _) => cx.ident(c),
            (None, Some(e), _, _) => {
                plain = false;
                match crate::rules::query::translate::statement::expression(
                    e,
                    "an index expression",
                    k.span.clone(),
                    &mut cx.query(),
                ) {
                    Some(t) => format!("({t})"),
                    None => return Vec::new(),
                }
            }
            _ => continue,
        };
        elems.push(if p.desc { format!("{e} DESC") } else { e });
    }
    let only = if partitioned { "" } else { "ONLY " };
    let stmt = match k.kind {
        KeyKind::Primary if plain => format!(
            "ALTER TABLE {only}{table}\n    ADD CONSTRAINT {} PRIMARY KEY ({});",
            cx.quote(&name),
            elems.join(", ")
        ),
        KeyKind::Unique if plain && !elems.iter().any(|e| e.ends_with(" DESC")) => {
            format!(
                "ALTER TABLE {only}{table}\n    ADD CONSTRAINT {} UNIQUE ({});",
                cx.quote(&name),
                elems.join(", ")
            )
        }
        KeyKind::Primary | KeyKind::Unique => {
            if k.kind == KeyKind::Primary {
                cx.report(&ddl::prefix_index::RULE, k.span.clone(), "a primary key on a prefix or expression becomes a unique index: PostgreSQL primary keys take whole columns only")
                    .severity = Severity::Warning;
            }
            format!(
                "CREATE UNIQUE INDEX {} ON {table} ({});",
                cx.quote(&name),
                elems.join(", ")
            )
        }
        _ => format!(
            "CREATE INDEX {} ON {table} ({});",
            cx.quote(&name),
            elems.join(", ")
        ),
    };
    let mut v = vec![(name.clone(), stmt)];
    if let Some(c) = &k.comment {
        if !c.is_empty() {
            v.push((
                name.clone(),
                ddl::comment::on("INDEX", &cx.qualified(schema, &name), c, cx),
            ));
        }
    }
    v
}

pub(crate) fn record_key(cx: &mut Cx, t: &QName, k: &Key, stmts: &[(String, String)]) {
    let Some((pg, stmt)) = stmts.first() else {
        return;
    };
    let mysql = match k.kind {
        KeyKind::Primary => "primary".to_string(),
        _ => k
            .name
            .clone()
            .or_else(|| k.parts.first().and_then(|p| p.column.clone()))
            .unwrap_or_default()
            .to_lowercase(),
    };
    let cols: Vec<String> = k
        .parts
        .iter()
        .filter_map(|p| p.column.as_ref().map(|c| cx.pg_name(c)))
        .collect();
    let is_constraint = stmt.contains("ADD CONSTRAINT");
    if let Some(info) = cx.catalog.table_mut(&t.schema, &t.name) {
        info.indexes.insert(mysql, pg.clone());
        if is_constraint {
            info.constraint_indexes.insert(pg.clone());
        }
        if matches!(k.kind, KeyKind::Primary | KeyKind::Unique) {
            if k.kind == KeyKind::Primary {
                info.unique_keys.insert(0, cols);
            } else {
                info.unique_keys.push(cols);
            }
        }
    }
}

pub(crate) fn drop_index(table: Option<&QName>, name: &str, cx: &mut Cx) -> String {
    let (schema, pg_table) = match table {
        Some(t) => cx.table_names(t),
        None => (None, String::new()),
    };
    let info = table
        .and_then(|t| cx.catalog.table(&t.schema, &t.name))
        .cloned();
    let key = name.to_lowercase();
    let pg = info
        .as_ref()
        .and_then(|i| i.indexes.get(&key).cloned())
        .unwrap_or_else(|| {
            if key == "primary" {
                format!("{pg_table}_pkey")
            } else {
                cx.pg_name(name)
            }
        });
    let is_constraint = info
        .as_ref()
        .is_some_and(|i| i.constraint_indexes.contains(&pg))
        || key == "primary";
    if let (Some(t), Some(_)) = (table, &info) {
        if let Some(i) = cx.catalog.table_mut(&t.schema, &t.name) {
            // The primary key's columns are the first unique key: gone with it.
            if i.indexes.remove(&key).is_some() && key == "primary" && !i.unique_keys.is_empty() {
                i.unique_keys.remove(0);
            }
        }
        cx.catalog
            .relations
            .remove(&(schema.clone().unwrap_or_default(), pg.clone()));
    }
    if is_constraint {
        format!(
            "ALTER TABLE {} DROP CONSTRAINT {};",
            cx.qualified(&schema, &pg_table),
            cx.quote(&pg)
        )
    } else {
        format!("DROP INDEX {};", cx.qualified(&schema, &pg))
    }
}
