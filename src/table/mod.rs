//! CREATE TABLE and ALTER TABLE assembly: calls the type and DDL rules for
//! each column, key and constraint, and fills the catalog.

use crate::catalog::TableInfo;
use crate::emit::Out;
use crate::ir::{Key, KeyKind, QName, Table};
use crate::rules::ddl::{self, collation};
use crate::rules::Cx;

mod alter;
mod column;
mod keys;
mod partition;

pub(crate) use alter::alter_table;
use column::{column_def, shell_column};
pub(crate) use keys::{drop_index, foreign_key, key_statements, record_key};
use partition::partition;

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
    // A temporary table lives in the session's own schema: it takes no other.
    let schema = if t.temporary {
        None
    } else {
        cx.pg_schema(&t.name.schema)
    };
    let pg_table = cx.pg_name(&t.name.name);
    ddl::identifier::too_long(&t.name.name, t.span.clone(), cx);
    // A different MySQL table with the same folded name: collision.
    let clash = cx.catalog.tables().iter().find(|((s, n), info)| {
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
        temporary: t.temporary,
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
        "CREATE {}TABLE {}{table} (\n    {}\n)",
        if t.temporary { "TEMPORARY " } else { "" },
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
        // A temporary table's keys come at once: it is gone before the script's end.
        if t.temporary {
            out.main.extend(stmts.into_iter().map(|(_, s)| s));
        } else {
            out.post.extend(stmts.into_iter().map(|(_, s)| s));
        }
    }
    if t.temporary && !t.foreign_keys.is_empty() {
        cx.report(&ddl::table_statement::RULE, t.span.clone(), "a temporary table's foreign keys are left out: PostgreSQL's temporary tables may reference only temporary tables")
            .severity = crate::diagnostics::Severity::Warning;
    }
    for fk in t.foreign_keys.iter().filter(|_| !t.temporary) {
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
