//! ALTER TABLE: each MySQL operation as PostgreSQL statements, with the catalog kept
//! in step.

use super::*;
use crate::diagnostics::Severity;
use crate::emit::commented;
use crate::emit::Out;
use crate::ir::{AlterOp, Key, KeyKind, QName, Table};
use crate::rules::ddl;
use crate::rules::types::PgType;
use crate::rules::Cx;
use std::ops::Range;

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
        or_replace: false,
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
                // A number read as a date, a time or bits: MySQL reads its digits
                // (20210704 is 2021-07-04), PostgreSQL has no such cast.
                let to_date = matches!(
                    column.ty.name.to_ascii_lowercase().as_str(),
                    "date" | "datetime" | "timestamp" | "time" | "bit"
                );
                if let Some(w) = was.as_ref().filter(|w| {
                    use crate::catalog::PgKind as K;
                    to_date && matches!(w.kind, K::Integer | K::Numeric(_) | K::Float)
                }) {
                    cx.report(rule, span, format!("`{}` changes from a number ({}) to {}: MySQL reads the stored numbers' digits as dates, times or bits, which has no translation yet", w.mysql_name, w.pg_type, column.ty.name)).severity = Severity::Error;
                    out.main.push(format!(
                        "-- my2pg D015: not converted: ALTER TABLE {table} changing `{}` to {}",
                        w.mysql_name, column.ty.name
                    ));
                    continue;
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
