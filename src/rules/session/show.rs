//! # S004 show-statement
//!
//! ## What it does
//! Translates the catalog statements applications send — `SHOW [FULL] TABLES [LIKE …]`,
//! `SHOW [FULL] COLUMNS|FIELDS FROM t`, `DESCRIBE t` / `DESC t`, `SHOW INDEX|KEYS FROM t`
//! — into queries on PostgreSQL's catalogs.
//!
//! ## MySQL
//! SHOW and DESCRIBE return MySQL's own result shapes: `Tables_in_db`; `Field`, `Type`,
//! `Null`, `Key`, `Default`, `Extra`; one row per index column.
//!
//! ## PostgreSQL
//! `information_schema.tables` and `information_schema.columns` of the current schema,
//! with the columns named as MySQL names them (`Field`, `Type`, `Null`, `Default`), and
//! `pg_indexes` for the indexes.
//!
//! ## Caveats
//! The values describe the PostgreSQL tables: PostgreSQL type names, no `Key` or `Extra`
//! column, one row per index with its definition: warning, since code that reads MySQL's
//! shapes must change. A database qualifier (`DESCRIBE db.t`) is not followed: the
//! table is looked up in the current schema.

use crate::ident::literal;
use crate::rules::Cx;

crate::rule!(
    "S004",
    "show-statement",
    Warning,
    "SHOW TABLES/COLUMNS/INDEX and DESCRIBE become catalog queries"
);

/// The PostgreSQL query for a SHOW/DESCRIBE statement's text, and the note; None when
/// the form is not one of these.
pub fn translate(text: &str, cx: &Cx) -> Option<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    let l: Vec<&str> = lower.iter().map(String::as_str).collect();
    let table = |w: &str| {
        let name = w.trim_end_matches(';').rsplit('.').next().unwrap_or(w);
        literal(&cx.pg_name(name.trim_matches('`').trim_matches('"')))
    };
    let (l, full) = match l.as_slice() {
        ["show", "full", rest @ ..] => (rest.to_vec(), true),
        ["show", rest @ ..] => (rest.to_vec(), false),
        other => (other.to_vec(), false),
    };
    let (sql, what) = match l.as_slice() {
        ["tables"] | ["tables", "like", _] => {
            let like = match l.as_slice() {
                [_, _, _] => {
                    let pat = words.last()?.trim_end_matches(';');
                    format!(" AND table_name LIKE {pat}")
                }
                _ => String::new(),
            };
            let ty = if full {
                ", CASE table_type WHEN 'VIEW' THEN 'VIEW' ELSE 'BASE TABLE' END AS \"Table_type\""
            } else {
                ""
            };
            (format!("SELECT table_name AS \"Tables_in_{}\"{ty} FROM information_schema.tables WHERE table_schema = current_schema(){like} ORDER BY table_name;",
                cx.config.schema.clone().unwrap_or_else(|| "schema".into()).replace('"', "")), "SHOW TABLES")
        }
        ["columns" | "fields", "from" | "in", t] | ["describe" | "desc" | "explain", t] => (
            format!("SELECT column_name AS \"Field\", data_type AS \"Type\", is_nullable AS \"Null\", column_default AS \"Default\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = {} ORDER BY ordinal_position;", table(t)),
            "SHOW COLUMNS / DESCRIBE",
        ),
        ["index" | "indexes" | "keys", "from" | "in", t] => (
            format!("SELECT tablename AS \"Table\", indexname AS \"Key_name\", indexdef AS \"Definition\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = {} ORDER BY indexname;", table(t)),
            "SHOW INDEX",
        ),
        _ => return None,
    };
    Some((sql, format!("{what} becomes a query on PostgreSQL's catalog: the rows describe the PostgreSQL tables (PostgreSQL types, no Key or Extra column), so code that reads MySQL's result shape must change")))
}
