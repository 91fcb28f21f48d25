//! One column's definition: its PostgreSQL type, default, NOT NULL, range CHECKs and
//! the statements around it, for CREATE TABLE and ALTER TABLE ADD/MODIFY COLUMN.

use crate::catalog::ColumnInfo;
use crate::diagnostics::Severity;
use crate::ir::{Column, Table};
use crate::rules::ddl::{self, collation};
use crate::rules::types::{map_type, ColumnCx, PgType};
use crate::rules::Cx;
use std::ops::Range;

/// PostgreSQL schema and table name for a MySQL table, from the catalog when known.
pub(super) struct ColumnOut {
    /// Statements right after the table (an exhausted identity sequence).
    pub(super) after: Vec<String>,
    /// The whole column definition for CREATE TABLE / ADD COLUMN.
    pub(super) def: String,
    /// `COLLATE x`, if any.
    pub(super) collate: Option<String>,
    /// The DEFAULT expression, if any.
    pub(super) default: Option<String>,
    /// Named CHECKs that keep MySQL's value range: (name, expression).
    pub(super) range: Vec<(String, String)>,
    /// Statements for the prelude (collations).
    pub(super) prelude: Vec<String>,
    /// Statements to run before the table or column (enum types).
    pub(super) types: Vec<String>,
    pub(super) late: Vec<String>,
    pub(super) comment: Option<String>,
    pub(super) info: ColumnInfo,
    pub(super) collation: Option<(bool, bool)>,
}

pub(super) fn column_def(
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
        kind: crate::catalog::PgKind::of(&pg.ty),
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

pub(super) fn shell_column(name: &str, info: Option<&ColumnInfo>, span: Range<usize>) -> Column {
    Column::new(
        name,
        span,
        info.map(|i| i.mysql_type.clone()).unwrap_or_default(),
    )
}
