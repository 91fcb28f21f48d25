//! PARTITION BY: declarative partitioning, one table per partition.

use crate::diagnostics::Rule;
use crate::diagnostics::Severity;
use crate::ir::{KeyKind, Table};
use crate::rules::ddl;
use crate::rules::Cx;

pub(super) fn partition(
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
        let x = crate::rules::query::translate::statement::expression(
            e,
            "the partition key",
            t.span.clone(),
            &mut cx.query(),
        )?;
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

pub(super) fn partition_of(
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
