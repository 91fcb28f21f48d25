//! Columns the data decides (T105): a type narrowed by my2pg's own choice is turned
//! back, before the row that needs more, to one that holds what MySQL's holds.

use super::values::Value;
use crate::ir::QName;
use crate::rules::data as rules;
use crate::rules::Cx;

/// A column whose PostgreSQL type is narrower than its MySQL type, chosen for what the
/// schema promised rather than what MySQL can hold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Widen {
    /// A `tinyint(1)` made boolean (T004): a row holding another number turns it back
    /// to `smallint`.
    Boolean,
    /// An AUTO_INCREMENT `bigint unsigned` made an identity `bigint` (T003): a value above
    /// 9223372036854775807 turns it into `numeric(20)` drawing from a sequence.
    Bigint,
}

pub fn widenable(c: &crate::catalog::ColumnInfo) -> Option<Widen> {
    let my = &c.mysql_type;
    match c.pg_type.as_str() {
        "boolean" if matches!(my.name.as_str(), "tinyint" | "bool" | "boolean") => {
            Some(Widen::Boolean)
        }
        "bigint" if c.identity && (my.name == "serial" || my.name == "bigint" && my.unsigned) => {
            Some(Widen::Bigint)
        }
        _ => None,
    }
}

impl Widen {
    /// Whether `v` fits MySQL's type but not the chosen PostgreSQL one.
    pub fn needed_for(self, v: &Value) -> bool {
        match self {
            Widen::Boolean => {
                let n = match v {
                    Value::Number(n) => std::str::from_utf8(n)
                        .ok()
                        .and_then(|t| t.parse::<i64>().ok()),
                    Value::Str { bytes, .. } => std::str::from_utf8(bytes)
                        .ok()
                        .and_then(|t| t.trim().parse::<i64>().ok()),
                    _ => None,
                };
                n.is_some_and(|n| n != 0 && n != 1 && (-128..=255).contains(&n))
            }
            Widen::Bigint => match v {
                Value::Number(n) => {
                    n.len() >= 19
                        && std::str::from_utf8(n)
                            .ok()
                            .and_then(|t| t.parse::<u128>().ok())
                            .is_some_and(|n| n > i64::MAX as u128 && n <= u64::MAX as u128)
                }
                _ => false,
            },
        }
    }
}

/// Turns a column back to a type that holds what MySQL's holds, before the row that needs
/// it is written: the rows already loaded are converted by the ALTER TABLE.
pub fn widen(
    table: &QName,
    column: &str,
    w: Widen,
    at: usize,
    cx: &mut Cx,
    writer: &mut crate::emit::Writer,
) {
    let Some(info) = cx.catalog.table(&table.schema, &table.name) else {
        return;
    };
    let (schema, pg_table) = (info.pg_schema.clone(), info.pg_name.clone());
    let declared = info.auto_increment;
    let Some(c) = info.column(column).cloned() else {
        return;
    };
    let t = cx.qualified(&schema, &pg_table);
    let col = cx.quote(&c.pg_name);
    let range_name = |cx: &Cx, suffix: &str| {
        cx.quote(&crate::ident::truncate(&format!(
            "{pg_table}_{}_{suffix}",
            c.pg_name
        )))
    };
    let mut stmts = Vec::new();
    let (new_type, new_default, message);
    match w {
        Widen::Boolean => {
            let unsigned = c.mysql_type.unsigned || c.mysql_type.zerofill;
            let (lo, hi) = if unsigned { (0, 255) } else { (-128, 127) };
            let default = match c.default.as_deref() {
                Some("false") => Some("0".to_string()),
                Some("true") => Some("1".to_string()),
                _ => None,
            };
            let mut acts = vec![
                format!("ALTER COLUMN {col} DROP DEFAULT"),
                format!("ALTER COLUMN {col} TYPE smallint USING {col}::integer"),
            ];
            if let Some(d) = &default {
                acts.push(format!("ALTER COLUMN {col} SET DEFAULT {d}"));
            }
            if cx.config.range_checks {
                acts.push(format!(
                    "ADD CONSTRAINT {} CHECK ({col} BETWEEN {lo} AND {hi})",
                    range_name(cx, "range")
                ));
            }
            stmts.push(format!("ALTER TABLE {t}\n    {};", acts.join(",\n    ")));
            new_type = "smallint".to_string();
            new_default = default;
            message = format!("`{}`.`{column}` (`{}`) holds numbers other than 0 and 1 in the data: it is turned back from boolean to smallint before this row, and the rows loaded before it become 0 and 1; queries translated before this point treated it as boolean", table.name, c.mysql_type.text);
        }
        Widen::Bigint => {
            let seq = cx
                .catalog
                .reserve(&schema, &format!("{pg_table}_{}_seq", c.pg_name));
            let seq_q = cx.qualified(&schema, &seq);
            let start = declared.unwrap_or(1).clamp(1, i64::MAX as u64);
            stmts.push(format!("ALTER TABLE {t} ALTER COLUMN {col} DROP IDENTITY;"));
            stmts.push(format!(
                "CREATE SEQUENCE {seq_q} AS bigint START WITH {start} OWNED BY {t}.{col};"
            ));
            let mut acts = vec![
                format!("ALTER COLUMN {col} TYPE numeric(20)"),
                format!(
                    "ALTER COLUMN {col} SET DEFAULT nextval({}::regclass)",
                    crate::ident::literal(&seq_q)
                ),
            ];
            if cx.config.range_checks {
                acts.push(format!(
                    "ADD CONSTRAINT {} CHECK ({col} <= 18446744073709551615)",
                    range_name(cx, "range2")
                ));
            }
            stmts.push(format!("ALTER TABLE {t}\n    {};", acts.join(",\n    ")));
            new_type = "numeric(20)".to_string();
            new_default = Some(format!("nextval({})", crate::ident::literal(&seq_q)));
            message = format!("`{}`.`{column}` (AUTO_INCREMENT `bigint unsigned`) holds values above 9223372036854775807 in the data: it becomes numeric(20) with a default from a bigint sequence before this row, so every row loads; generated ids still stop at 9223372036854775807 (PostgreSQL's sequences are bigint), where MySQL's go on to 18446744073709551615", table.name);
        }
    }
    cx.report(&rules::column_widened::RULE, at..at + 1, message);
    for s in stmts {
        writer.push(s);
    }
    if let Some(slot) = cx
        .catalog
        .table_mut(&table.schema, &table.name)
        .and_then(|t| t.column_mut(column))
    {
        slot.set_pg_type(new_type);
        slot.default = new_default;
    }
}
