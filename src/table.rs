//! CREATE TABLE and ALTER TABLE assembly: calls the type and DDL rules for
//! each column, key and constraint, and fills the catalog.

use crate::catalog::{ColumnInfo, TableInfo};
use crate::diagnostics::Rule;
use crate::diagnostics::Severity;
use crate::emit::commented;
use crate::emit::Out;
use crate::ir::{AlterOp, Column, Key, KeyKind, QName, Table};
use crate::rules::ddl::{self, collation};
use crate::rules::types::{map_type, ColumnCx, PgType};
use crate::rules::Cx;
use std::ops::Range;

/// PostgreSQL schema and table name for a MySQL table, from the catalog when known.
struct ColumnOut {
    /// Statements right after the table (an exhausted identity sequence).
    after: Vec<String>,
    /// The whole column definition for CREATE TABLE / ADD COLUMN.
    def: String,
    /// `COLLATE x`, if any.
    collate: Option<String>,
    /// The DEFAULT expression, if any.
    default: Option<String>,
    /// Named CHECKs that keep MySQL's value range: (name, expression).
    range: Vec<(String, String)>,
    /// Statements for the prelude (collations).
    prelude: Vec<String>,
    /// Statements to run before the table or column (enum types).
    types: Vec<String>,
    late: Vec<String>,
    comment: Option<String>,
    info: ColumnInfo,
    collation: Option<(bool, bool)>,
}

fn column_def(
    col: &Column,
    t: &Table,
    schema: &Option<String>,
    pg_table: &str,
    cx: &mut Cx,
    replace_types: bool,
) -> ColumnOut {
    let checked = t.check_columns();
    let effective = collation::effective(col, t.option("CHARSET"), t.option("COLLATE"));
    let at = ColumnCx {
        table: &t.name.name,
        pg_schema: schema,
        pg_table,
        checked: &checked,
        collation: &effective,
    };
    ddl::identifier::too_long(&col.name, col.span.clone(), cx);
    let pg: PgType = map_type(col, &at, cx);
    let name = cx.ident(&col.name);
    let mut parts = vec![name.clone(), pg.ty.clone()];
    let mut types = Vec::new();
    let mut prelude = Vec::new();
    if let Some((tname, create)) = &pg.create_type {
        if replace_types {
            types.push(format!(
                "DROP TYPE IF EXISTS {};",
                cx.qualified(schema, tname)
            ));
        }
        types.push(create.clone());
    }
    let mut collation_kind = None;
    let mut collate = None;
    let mut char_bytes = u8::from(pg.ty == "bytea");
    if pg.text {
        let mysql = collation::effective(col, t.option("CHARSET"), t.option("COLLATE"));
        char_bytes =
            ddl::index_width::charset_bytes(ddl::index_width::charset_of_collation(&mysql));
        let d = collation::decide(&mysql, cx);
        if let Some(c) = &d.collate {
            parts.push(format!("COLLATE {c}"));
            collate = Some(c.clone());
        }
        collation_kind = Some((
            d.case_insensitive
                || (!mysql.ends_with("_bin") && !mysql.ends_with("_cs") && mysql != "binary"),
            d.pad_space,
        ));
        if let Some(c) = d.create {
            prelude.push(collation::create(c));
        }
    }
    let (identity, exhausted) = match ddl::auto_increment::identity(col, t, &pg.ty, cx) {
        Some((clause, exhausted)) => (Some(clause), exhausted),
        None => (None, false),
    };
    let mut drop_not_null = false;
    let mut default = None;
    if let Some(g) = ddl::generated_column::clause(col, cx) {
        parts.push(g);
    } else if let Some(i) = &identity {
        parts.push(i.clone());
    } else if let Some(d) = ddl::default_value::convert(
        col,
        &pg,
        col.primary_key
            || t.primary_key_columns()
                .iter()
                .any(|c| c.eq_ignore_ascii_case(&col.name)),
        cx,
        &mut drop_not_null,
    ) {
        parts.push(format!("DEFAULT {d}"));
        default = Some(d);
    }
    let not_null = (col.not_null || col.primary_key || identity.is_some()) && !drop_not_null;
    if drop_not_null && col.not_null {
        cx.report(
            &crate::rules::types::zero_date::RULE,
            col.span.clone(),
            format!(
                "NOT NULL dropped from `{}`: its zero-date default becomes NULL",
                col.name
            ),
        );
    }
    if not_null {
        parts.push("NOT NULL".into());
    }
    // Range checks are named `<table>_<column>_range` so a later MODIFY can replace them.
    let mut range = Vec::new();
    for (i, c) in pg.checks.iter().enumerate() {
        let suffix = if i == 0 {
            "range".to_string()
        } else {
            format!("range{}", i + 1)
        };
        let cname =
            crate::ident::truncate(&format!("{pg_table}_{}_{suffix}", cx.pg_name(&col.name)));
        let expr = c.replace("{col}", &name);
        parts.push(format!("CONSTRAINT {} CHECK ({expr})", cx.quote(&cname)));
        range.push((cname, expr));
    }
    for c in &col.checks {
        if pg.ty == "jsonb" && crate::rules::types::json::is_json_valid_of(c, &col.name) {
            continue; // jsonb only holds valid JSON
        }
        let def = crate::ir::CheckDef {
            name: None,
            expr: c.clone(),
            enforced: true,
            span: col.span.clone(),
        };
        if let Some(cl) = ddl::check_constraint::clause(&def, None, cx) {
            parts.push(cl);
        }
    }
    if let Some(fk) = &col.references {
        ddl::foreign_key::inline_reference(fk, cx);
    }
    for o in &col.unknown_options {
        cx.report(
            &ddl::table_statement::RULE,
            col.span.clone(),
            format!("column option `{o}` of `{}` not converted", col.name),
        )
        .severity = Severity::Warning;
    }
    let late = ddl::on_update_timestamp::trigger(col, schema, pg_table, cx);
    let after = exhausted
        .then(|| {
            ddl::auto_increment::exhaust(
                &cx.qualified(schema, pg_table),
                &cx.pg_name(&col.name),
                &pg.ty,
            )
        })
        .into_iter()
        .collect();
    let info = ColumnInfo {
        mysql_name: col.name.clone(),
        pg_name: cx.pg_name(&col.name),
        mysql_type: col.ty.clone(),
        pg_type: pg.ty.clone(),
        not_null,
        case_insensitive: collation_kind.is_some_and(|(ci, _)| ci)
            && cx.config.collation == crate::config::CollationPolicy::Ci,
        identity: identity.is_some(),
        char_bytes,
        default: default.clone(),
    };
    ColumnOut {
        after,
        prelude,
        collate,
        default,
        range,
        def: parts.join(" "),
        types,
        late,
        comment: col.comment.clone(),
        info,
        collation: collation_kind,
    }
}

pub(crate) fn create_table(t: &Table, original: &str, cx: &mut Cx, replace_types: bool) -> Out {
    let mut out = Out::default();
    if t.like.is_some() || t.as_select {
        let what = if t.like.is_some() {
            "CREATE TABLE … LIKE"
        } else {
            "CREATE TABLE … AS SELECT"
        };
        cx.report(
            &ddl::table_statement::RULE,
            t.span.clone(),
            format!("{what} is not converted: kept as a comment"),
        );
        return Out::commented(original, "D019", &format!("{what} not converted"));
    }
    let schema = cx.pg_schema(&t.name.schema);
    let pg_table = cx.pg_name(&t.name.name);
    ddl::identifier::too_long(&t.name.name, t.span.clone(), cx);
    // A different MySQL table with the same folded name: collision.
    let clash = cx.catalog.tables.iter().find(|((s, n), info)| {
        info.pg_schema == schema
            && info.pg_name == pg_table
            && !(n == &t.name.name && *s == cx.catalog.key_of(&t.name).0)
    });
    if let Some(((_, other), _)) = clash {
        let other = other.clone();
        ddl::identifier::collision("table", &other, &t.name.name, t.span.clone(), cx);
        return Out::commented(original, "D017", "table name collides once folded");
    }
    cx.catalog.remove_table(&t.name.schema, &t.name.name);
    // An index of an earlier table holding this table's name (MySQL's index names are
    // per table, PostgreSQL's share the schema's namespace with tables) is renamed.
    let index_renames: Vec<_> = ddl::index::yield_name(&schema, &pg_table, t.span.clone(), cx)
        .into_iter()
        .collect();
    let relname = cx.catalog.reserve(&schema, &pg_table);
    debug_assert_eq!(relname, pg_table);
    let table = cx.qualified(&schema, &pg_table);
    let mut info = TableInfo {
        pg_schema: schema.clone(),
        pg_name: pg_table.clone(),
        columns: Vec::new(),
        indexes: Default::default(),
        constraint_indexes: Default::default(),
        foreign_keys: Default::default(),
        unique_keys: Vec::new(),
        collation: t.option("COLLATE").map(String::from),
        charset: t.option("CHARSET").map(String::from),
        auto_increment: t.option("AUTO_INCREMENT").and_then(|v| v.parse().ok()),
    };
    let mut lines = Vec::new();
    let mut comments = Vec::new();
    let (mut ci, mut pad, mut exact) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut keys: Vec<Key> = Vec::new();
    let mut after = Vec::new();
    for col in &t.columns {
        let folded = cx.pg_name(&col.name);
        if let Some((orig, _)) = seen.iter().find(|(_, f)| *f == folded) {
            let orig = orig.clone();
            ddl::identifier::collision("column", &orig, &col.name, col.span.clone(), cx);
            continue;
        }
        seen.push((col.name.clone(), folded));
        let c = column_def(col, t, &schema, &pg_table, cx, replace_types);
        lines.push(c.def);
        after.extend(c.after);
        out.types.extend(c.types.iter().cloned());
        out.prelude.extend(c.prelude.iter().cloned());
        out.late.extend(c.late);
        if let Some(text) = c.comment {
            if !text.is_empty() {
                comments.push(ddl::comment::on(
                    "COLUMN",
                    &format!("{table}.{}", cx.ident(&col.name)),
                    &text,
                    cx,
                ));
            }
        }
        if let Some((is_ci, is_pad)) = c.collation {
            if is_ci {
                if cx.config.collation == crate::config::CollationPolicy::Ci {
                    ci.push(col.name.clone());
                } else {
                    exact.push(col.name.clone());
                }
            }
            if is_pad {
                pad.push(col.name.clone());
            }
        }
        info.columns.push(c.info);
        let part = crate::ir::KeyPart {
            column: Some(col.name.clone()),
            expr: None,
            prefix: None,
            desc: false,
        };
        if col.primary_key {
            keys.push(Key {
                kind: KeyKind::Primary,
                name: None,
                parts: vec![part.clone()],
                using: None,
                comment: None,
                span: col.span.clone(),
            });
        }
        if col.unique {
            keys.push(Key {
                kind: KeyKind::Unique,
                name: Some(col.name.clone()),
                parts: vec![part],
                using: None,
                comment: None,
                span: col.span.clone(),
            });
        }
    }
    collation::report(&t.name.to_string(), t.span.clone(), &ci, &pad, &exact, cx);
    for (i, c) in t.checks.iter().enumerate() {
        let name = c.name.as_ref().map(|n| cx.pg_name(n)).or_else(|| {
            Some(format!(
                "{pg_table}_check{}",
                if i == 0 {
                    String::new()
                } else {
                    (i + 1).to_string()
                }
            ))
        });
        if let Some(cl) = ddl::check_constraint::clause(c, name, cx) {
            lines.push(cl);
        }
    }
    ddl::table_options::check(t, cx);
    let mut create = format!(
        "CREATE TABLE {}{table} (\n    {}\n)",
        if t.if_not_exists {
            "IF NOT EXISTS "
        } else {
            ""
        },
        lines.join(",\n    ")
    );
    let mut partitions = Vec::new();
    let partitioned = t.partition.is_some();
    if let Some(p) = &t.partition {
        match partition(p, t, &schema, &pg_table, cx) {
            Some((clause, parts)) => {
                create.push_str(&format!(" PARTITION BY {clause}"));
                partitions = parts;
            }
            None => {}
        }
    }
    create.push(';');
    out.main.push(create);
    out.main.extend(partitions);
    out.main.extend(after);
    if let Some(c) = t.option("COMMENT") {
        if !c.is_empty() {
            out.main.push(ddl::comment::on("TABLE", &table, c, cx));
        }
    }
    out.main.extend(comments);
    cx.catalog.insert_table(&t.name.schema, &t.name.name, info);
    keys.extend(t.keys.iter().cloned());
    // Primary key first.
    keys.sort_by_key(|k| k.kind != KeyKind::Primary);
    for k in &keys {
        let stmts = key_statements(k, &t.name, &schema, &pg_table, partitioned, cx);
        record_key(cx, &t.name, k, &stmts);
        out.post.extend(stmts.into_iter().map(|(_, s)| s));
    }
    for fk in &t.foreign_keys {
        let target = cx.catalog.key_of(&fk.ref_table);
        out.fks
            .push((foreign_key(fk, &t.name, &schema, &pg_table, cx), target));
    }
    if !out.post.is_empty() || !out.fks.is_empty() || !out.late.is_empty() {
        out.pending = Some(cx.catalog.key_of(&t.name));
        out.index_renames = index_renames;
    }
    out
}

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
                match crate::rules::query::translate::expression(
                    e,
                    "an index expression",
                    k.span.clone(),
                    cx,
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
            i.indexes.remove(&key);
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

pub(crate) fn rename_table(old: &QName, new: &QName, cx: &mut Cx) -> Vec<String> {
    let (schema, pg_old) = cx.table_names(old);
    let new_schema = cx.pg_schema(&new.schema);
    let pg_new = cx.pg_name(&new.name);
    let mut v = Vec::new();
    let from = cx.qualified(&schema, &pg_old);
    if new_schema != schema && new.schema.is_some() {
        v.push(format!(
            "ALTER TABLE {from} SET SCHEMA {};",
            cx.quote(new_schema.as_deref().unwrap_or("public"))
        ));
    }
    if pg_new != pg_old {
        v.push(format!(
            "ALTER TABLE {} RENAME TO {};",
            cx.qualified(&new_schema, &pg_old),
            cx.quote(&pg_new)
        ));
    }
    if let Some(mut info) = cx.catalog.remove_table(&old.schema, &old.name) {
        info.pg_name = pg_new.clone();
        info.pg_schema = new_schema.clone();
        cx.catalog.reserve(&new_schema, &pg_new);
        for ix in info.indexes.values() {
            cx.catalog.reserve(&new_schema, ix);
        }
        cx.catalog.insert_table(&new.schema, &new.name, info);
    }
    v
}

fn partition(
    p: &crate::ir::Partition,
    t: &Table,
    schema: &Option<String>,
    pg_table: &str,
    cx: &mut Cx,
) -> Option<(String, Vec<String>)> {
    let rule: &Rule = &ddl::partition::RULE;
    if p.subpartitioned {
        cx.report(
            rule,
            t.span.clone(),
            "subpartitions are not converted: the table is created without partitioning",
        )
        .severity = Severity::Error;
        return None;
    }
    let mut keys = Vec::new();
    for e in &p.exprs {
        let x =
            crate::rules::query::translate::expression(e, "the partition key", t.span.clone(), cx)?;
        keys.push(if matches!(e, sqlparser::ast::Expr::Identifier(_)) {
            x
        } else {
            format!("({x})")
        });
    }
    let method = p.method.as_str();
    let all_columns = p
        .exprs
        .iter()
        .all(|e| matches!(e, sqlparser::ast::Expr::Identifier(_)));
    let has_unique = !t
        .keys
        .iter()
        .all(|k| !matches!(k.kind, KeyKind::Primary | KeyKind::Unique))
        || t.columns.iter().any(|c| c.primary_key || c.unique);
    if !all_columns && has_unique {
        cx.report(rule, t.span.clone(), "partition key is an expression and the table has a primary or unique key: PostgreSQL cannot enforce such keys on a partitioned table; the table is created without partitioning")
            .severity = Severity::Error;
        return None;
    }
    let (clause, parts): (String, Vec<String>) = match method {
        "RANGE" => {
            let mut prev = "MINVALUE".to_string();
            let mut v = Vec::new();
            for d in &p.parts {
                let to = match &d.less_than {
                    Some(vals) => vals
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    None => vec!["MAXVALUE"; keys.len().max(1)].join(", "),
                };
                let from = if prev == "MINVALUE" {
                    vec!["MINVALUE"; keys.len().max(1)].join(", ")
                } else {
                    prev.clone()
                };
                v.push(partition_of(
                    schema,
                    pg_table,
                    &d.name.value,
                    &format!("FOR VALUES FROM ({from}) TO ({to})"),
                    cx,
                ));
                prev = to;
            }
            (format!("RANGE ({})", keys.join(", ")), v)
        }
        "LIST" => {
            let v = p
                .parts
                .iter()
                .map(|d| {
                    let vals: Vec<String> = d.values_in.iter().map(|x| x.to_string()).collect();
                    partition_of(
                        schema,
                        pg_table,
                        &d.name.value,
                        &format!("FOR VALUES IN ({})", vals.join(", ")),
                        cx,
                    )
                })
                .collect();
            (format!("LIST ({})", keys.join(", ")), v)
        }
        _ => {
            let n = p.count.unwrap_or(p.parts.len().max(1) as u64);
            let keys = if keys.is_empty() {
                // KEY () means the primary key.
                t.keys
                    .iter()
                    .find(|k| k.kind == KeyKind::Primary)
                    .map(|k| {
                        k.parts
                            .iter()
                            .filter_map(|p| p.column.as_deref().map(|c| cx.ident(c)))
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                keys
            };
            if keys.is_empty() {
                cx.report(rule, t.span.clone(), "PARTITION BY KEY () needs a primary key, and the table has none: the table is created without partitioning").severity = Severity::Error;
                return None;
            }
            let v = (0..n)
                .map(|i| {
                    let name = p
                        .parts
                        .get(i as usize)
                        .map(|d| d.name.value.clone())
                        .unwrap_or_else(|| format!("p{i}"));
                    partition_of(
                        schema,
                        pg_table,
                        &name,
                        &format!("FOR VALUES WITH (MODULUS {n}, REMAINDER {i})"),
                        cx,
                    )
                })
                .collect();
            cx.report(rule, t.span.clone(), format!("{method} partitioning: PostgreSQL's hash places rows in other partitions than MySQL"));
            (format!("HASH ({})", keys.join(", ")), v)
        }
    };
    cx.report(
        rule,
        t.span.clone(),
        format!(
            "PARTITION BY {method} becomes declarative partitioning with {} partitions",
            parts.len()
        ),
    )
    .severity = Severity::Info;
    Some((clause, parts))
}

fn partition_of(
    schema: &Option<String>,
    pg_table: &str,
    part: &str,
    bound: &str,
    cx: &mut Cx,
) -> String {
    let name = cx
        .catalog
        .reserve(schema, &format!("{pg_table}_{}", cx.pg_name(part)));
    format!(
        "CREATE TABLE {} PARTITION OF {} {bound};",
        cx.qualified(schema, &name),
        cx.qualified(schema, pg_table)
    )
}

pub(crate) fn alter_table(
    table: &QName,
    ops: Vec<(AlterOp, Range<usize>)>,
    original: &str,
    cx: &mut Cx,
) -> Out {
    let mut out = Out::default();
    let rule = &ddl::alter_table::RULE;
    let (schema, pg_table) = cx.table_names(table);
    let t = cx.qualified(&schema, &pg_table);
    // A pseudo table for column rules (options such as AUTO_INCREMENT are not known here).
    let shell = Table {
        name: table.clone(),
        span: cx.stmt.clone(),
        columns: Vec::new(),
        keys: Vec::new(),
        foreign_keys: Vec::new(),
        checks: Vec::new(),
        options: cx
            .catalog
            .table(&table.schema, &table.name)
            .map(|k| {
                let mut o = Vec::new();
                if let Some(c) = &k.charset {
                    o.push(crate::ir::TableOption {
                        name: "CHARSET".into(),
                        value: c.clone(),
                    });
                }
                if let Some(c) = &k.collation {
                    o.push(crate::ir::TableOption {
                        name: "COLLATE".into(),
                        value: c.clone(),
                    });
                }
                o
            })
            .unwrap_or_default(),
        temporary: false,
        if_not_exists: false,
        like: None,
        as_select: false,
        partition: None,
    };
    for (op, span) in ops {
        match op {
            AlterOp::AddColumn(col) => {
                let c = column_def(&col, &shell, &schema, &pg_table, cx, false);
                out.prelude.extend(c.prelude.iter().cloned());
                out.main.extend(c.types.iter().cloned());
                out.main
                    .push(format!("ALTER TABLE {t} ADD COLUMN {};", c.def));
                if let Some(text) = c.comment {
                    out.main.push(ddl::comment::on(
                        "COLUMN",
                        &format!("{t}.{}", cx.ident(&col.name)),
                        &text,
                        cx,
                    ));
                }
                out.main.extend(c.late);
                if let Some(info) = cx.catalog.table_mut(&table.schema, &table.name) {
                    info.columns.push(c.info);
                }
                let part = crate::ir::KeyPart {
                    column: Some(col.name.clone()),
                    expr: None,
                    prefix: None,
                    desc: false,
                };
                for (flag, kind) in [
                    (col.primary_key, KeyKind::Primary),
                    (col.unique, KeyKind::Unique),
                ] {
                    if flag {
                        let k = Key {
                            kind,
                            name: Some(col.name.clone()),
                            parts: vec![part.clone()],
                            using: None,
                            comment: None,
                            span: col.span.clone(),
                        };
                        let stmts = key_statements(&k, table, &schema, &pg_table, false, cx);
                        record_key(cx, table, &k, &stmts);
                        out.main.extend(stmts.into_iter().map(|(_, s)| s));
                    }
                }
            }
            AlterOp::DropColumn { names, if_exists } => {
                for n in names {
                    out.main.push(format!(
                        "ALTER TABLE {t} DROP COLUMN {}{};",
                        if if_exists { "IF EXISTS " } else { "" },
                        cx.ident(&n)
                    ));
                    if let Some(info) = cx.catalog.table_mut(&table.schema, &table.name) {
                        info.columns
                            .retain(|c| !c.mysql_name.eq_ignore_ascii_case(&n));
                    }
                }
            }
            AlterOp::ChangeColumn { old, column } => {
                let was = cx
                    .catalog
                    .table(&table.schema, &table.name)
                    .and_then(|k| k.column(&old).cloned());
                if !old.eq_ignore_ascii_case(&column.name)
                    || cx.pg_name(&old) != cx.pg_name(&column.name)
                {
                    out.main.push(format!(
                        "ALTER TABLE {t} RENAME COLUMN {} TO {};",
                        cx.ident(&old),
                        cx.ident(&column.name)
                    ));
                }
                let c = column_def(&column, &shell, &schema, &pg_table, cx, false);
                out.prelude.extend(c.prelude.iter().cloned());
                out.main.extend(c.types.iter().cloned());
                let name = cx.ident(&column.name);
                let mut acts = Vec::new();
                // The old type's range checks go first; the new type's come back after.
                if let Some(w) = &was {
                    for suffix in ["range", "range2"] {
                        let old_name =
                            crate::ident::truncate(&format!("{pg_table}_{}_{suffix}", w.pg_name));
                        acts.push(format!("DROP CONSTRAINT IF EXISTS {}", cx.quote(&old_name)));
                    }
                }
                let ty = &c.info.pg_type;
                let dropping_identity =
                    !c.info.identity && was.as_ref().is_some_and(|w| w.identity);
                if dropping_identity {
                    // MODIFY without AUTO_INCREMENT removes it in MySQL.
                    acts.push(format!("ALTER COLUMN {name} DROP IDENTITY IF EXISTS"));
                }
                if was.as_ref().map(|w| &w.pg_type) != Some(ty) || c.collate.is_some() {
                    let collate = c
                        .collate
                        .as_ref()
                        .map(|x| format!(" COLLATE {x}"))
                        .unwrap_or_default();
                    // Enum types convert only from text; other types cast directly.
                    let via_text = !c.types.is_empty()
                        || was.as_ref().is_some_and(|w| w.mysql_type.name == "enum");
                    let using = if via_text {
                        format!("{name}::text::{ty}")
                    } else {
                        format!("{name}::{ty}")
                    };
                    acts.push(format!(
                        "ALTER COLUMN {name} TYPE {ty}{collate} USING {using}"
                    ));
                }
                acts.push(format!(
                    "ALTER COLUMN {name} {} NOT NULL",
                    if c.info.not_null { "SET" } else { "DROP" }
                ));
                if !c.info.identity {
                    match &c.default {
                        Some(d) => acts.push(format!("ALTER COLUMN {name} SET DEFAULT {d}")),
                        None if !dropping_identity => {
                            acts.push(format!("ALTER COLUMN {name} DROP DEFAULT"))
                        }
                        None => {}
                    }
                }
                if c.info.identity && !was.as_ref().is_some_and(|w| w.identity) {
                    acts.push(format!(
                        "ALTER COLUMN {name} ADD GENERATED BY DEFAULT AS IDENTITY"
                    ));
                }
                for (cname, expr) in &c.range {
                    acts.push(format!("ADD CONSTRAINT {} CHECK ({expr})", cx.quote(cname)));
                }
                out.main
                    .push(format!("ALTER TABLE {t}\n    {};", acts.join(",\n    ")));
                if let Some(text) = c.comment {
                    out.main.push(ddl::comment::on(
                        "COLUMN",
                        &format!("{t}.{name}"),
                        &text,
                        cx,
                    ));
                }
                out.main.extend(c.late);
                if let Some(info) = cx.catalog.table_mut(&table.schema, &table.name) {
                    match info.column_mut(&old) {
                        Some(slot) => *slot = c.info,
                        None => info.columns.push(c.info),
                    }
                }
            }
            AlterOp::SetDefault { column, default } => {
                let name = cx.ident(&column);
                match default {
                    None => out
                        .main
                        .push(format!("ALTER TABLE {t} ALTER COLUMN {name} DROP DEFAULT;")),
                    Some(e) => {
                        let info = cx
                            .catalog
                            .table(&table.schema, &table.name)
                            .and_then(|k| k.column(&column).cloned());
                        let mut col = shell_column(&column, info.as_ref(), span.clone());
                        col.default = Some(e);
                        let pg = PgType {
                            ty: info.as_ref().map(|i| i.pg_type.clone()).unwrap_or_default(),
                            boolean: info.as_ref().is_some_and(|i| i.pg_type == "boolean"),
                            ..Default::default()
                        };
                        let mut dnn = false;
                        if let Some(d) = ddl::default_value::convert(&col, &pg, false, cx, &mut dnn)
                        {
                            out.main.push(format!(
                                "ALTER TABLE {t} ALTER COLUMN {name} SET DEFAULT {d};"
                            ));
                        }
                    }
                }
            }
            AlterOp::AddKey(k) => {
                let stmts = key_statements(&k, table, &schema, &pg_table, false, cx);
                record_key(cx, table, &k, &stmts);
                out.main.extend(stmts.into_iter().map(|(_, s)| s));
            }
            AlterOp::AddForeignKey(fk) => out
                .main
                .push(foreign_key(&fk, table, &schema, &pg_table, cx)),
            AlterOp::AddCheck(c) => {
                let name = c.name.as_ref().map(|n| cx.pg_name(n));
                if let Some(cl) = ddl::check_constraint::clause(&c, name, cx) {
                    out.main.push(format!("ALTER TABLE {t} ADD {cl};"));
                }
            }
            AlterOp::DropIndex(name) => out.main.push(drop_index(Some(table), &name, cx)),
            AlterOp::DropPrimaryKey => out.main.push(drop_index(Some(table), "PRIMARY", cx)),
            AlterOp::DropForeignKey(name) | AlterOp::DropConstraint(name) => {
                let pg = cx
                    .catalog
                    .table(&table.schema, &table.name)
                    .and_then(|k| {
                        k.foreign_keys
                            .get(&name.to_lowercase())
                            .cloned()
                            .or_else(|| k.indexes.get(&name.to_lowercase()).cloned())
                    })
                    .unwrap_or_else(|| cx.pg_name(&name));
                out.main.push(format!(
                    "ALTER TABLE {t} DROP CONSTRAINT {};",
                    cx.quote(&pg)
                ));
            }
            AlterOp::Rename(new) => out.main.extend(rename_table(table, &new, cx)),
            AlterOp::RenameColumn { old, new } => {
                out.main.push(format!(
                    "ALTER TABLE {t} RENAME COLUMN {} TO {};",
                    cx.ident(&old),
                    cx.ident(&new)
                ));
                if let Some(c) = cx
                    .catalog
                    .table_mut(&table.schema, &table.name)
                    .and_then(|i| i.column_mut(&old))
                {
                    c.mysql_name = new.clone();
                    c.pg_name = crate::ident::pg_name(&new, cx.config.identifiers);
                }
            }
            AlterOp::Options(opts) => {
                let mut dropped = Vec::new();
                for o in opts {
                    match o.name.as_str() {
                        "AUTO_INCREMENT" => {
                            let id = cx
                                .catalog
                                .table(&table.schema, &table.name)
                                .and_then(|k| k.columns.iter().find(|c| c.identity).cloned());
                            let max = ddl::auto_increment::sequence_max(
                                id.as_ref().map(|c| c.pg_type.as_str()).unwrap_or(""),
                            );
                            match id {
                                Some(c) if o.value.parse::<u64>().is_ok_and(|n| n > max) => {
                                    cx.report(&ddl::auto_increment::RULE, span.clone(), format!("AUTO_INCREMENT={} is past the largest {} ({max}): the sequence of `{}` is left at {max}, so the next generated id fails, as it does in MySQL", o.value, c.pg_type, c.mysql_name))
                                        .severity = Severity::Warning;
                                    out.main.push(ddl::auto_increment::exhaust(
                                        &t, &c.pg_name, &c.pg_type,
                                    ));
                                }
                                Some(c) => out.main.push(format!(
                                    "ALTER TABLE {t} ALTER COLUMN {} RESTART WITH {};",
                                    cx.quote(&c.pg_name),
                                    o.value
                                )),
                                None => dropped.push(format!("AUTO_INCREMENT={}", o.value)),
                            }
                        }
                        "COMMENT" => out.main.push(ddl::comment::on("TABLE", &t, &o.value, cx)),
                        _ => dropped.push(format!("{}={}", o.name, o.value)),
                    }
                }
                if !dropped.is_empty() {
                    cx.report(
                        &ddl::table_options::RULE,
                        span,
                        format!("table options dropped from {table}: {}", dropped.join(" ")),
                    );
                }
            }
            AlterOp::Keys(enable) => {
                cx.report(rule, span, format!("{} KEYS dropped: PostgreSQL has no equivalent (indexes are built after the data)", if enable { "ENABLE" } else { "DISABLE" }));
            }
            AlterOp::Unsupported(text) => {
                cx.report(
                    rule,
                    span,
                    format!("ALTER TABLE operation `{text}` not converted"),
                )
                .severity = Severity::Error;
                out.main.push(format!(
                    "-- my2pg D015: not converted: ALTER TABLE {table} {}",
                    text.replace('\n', " ")
                ));
            }
        }
    }
    if out.main.is_empty() {
        out.main.push(format!(
            "-- my2pg: nothing to do for:\n{}",
            commented(original)
        ));
    }
    out
}

fn shell_column(name: &str, info: Option<&ColumnInfo>, span: Range<usize>) -> Column {
    Column::new(
        name,
        span,
        info.map(|i| i.mysql_type.clone()).unwrap_or_default(),
    )
}
