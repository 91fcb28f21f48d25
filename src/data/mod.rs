//! The data path: mysqldump's INSERT and REPLACE statements become `COPY … FROM
//! stdin` blocks, read byte by byte (never through pest or sqlparser) and
//! converted value by value under the column types the schema conversion chose
//! (the catalog). Rows that cannot be converted are reported and left out,
//! never emitted for PostgreSQL to reject: one bad row must not fail a COPY.

pub mod check;
pub mod head;
pub mod rows;
pub mod scan;
pub mod values;
pub mod widen;
mod zero_keys;

use crate::catalog::TableInfo;
use crate::rules::data as rules;
use crate::rules::Cx;
use check::{check_row, RowCheck, RowPlan};
use head::parse_head;
use rows::Rows;
use std::collections::BTreeMap;
use std::ops::Range;
use values::{Kind, Value};
use widen::{widen, Widen};
use zero_keys::repeated_zero_key;

/// Counts per table, for the summary and the diagnostics.
#[derive(Debug, Default, Clone)]
pub struct TableStats {
    pub statements: usize,
    pub rows: usize,
    pub rejected: usize,
    pub zero_dates: usize,
    /// Of the zero dates, those with a year (`2024-00-00`).
    pub partly_zero: usize,
    /// Of the zero dates, those written as '-infinity' under `zero_dates: null` because
    /// their column is NOT NULL in PostgreSQL.
    pub zero_not_null: usize,
    pub replaced_text: usize,
    /// Rejected rows reported one by one (the rest are counted).
    pub reported: usize,
    pub first_rejected: Option<(usize, Range<usize>)>,
    pub first_zero: Option<(usize, Range<usize>)>,
    pub first_replaced: Option<(usize, Range<usize>)>,
}

/// Row diagnostics reported per table before only the count goes on.
const ROW_REPORTS: usize = 20;

/// The counts per table.
#[derive(Debug, Default)]
pub struct DataState {
    pub stats: BTreeMap<String, TableStats>,
    /// Tables (catalog keys) that received rows, in order: their identity sequences are
    /// set after the data, as MySQL's counter moved past the loaded ids.
    pub loaded: Vec<(String, String)>,
    /// Tables whose rows were copied without a schema (reported once).
    no_schema: std::collections::BTreeSet<String>,
    /// Per table, the PostgreSQL values of unique keys in rows where a key column held a
    /// zero date: distinct MySQL values (`0000-00-00`, `2024-00-00`) become one
    /// PostgreSQL value, and a repeat would fail the key when it is added after the data.
    zero_keys: BTreeMap<String, std::collections::BTreeSet<String>>,
    /// Tables (catalog keys) with rows left out, and where the first was (file, span):
    /// foreign keys onto them may fail.
    pub lossy: BTreeMap<(String, String), (usize, Range<usize>)>,
}

/// Converts one data statement (`b` is its bytes, `base` its offset in the input) and
/// writes its rows. Returns false, having written and reported nothing, when the
/// statement is not a dump's plain `INSERT … VALUES` (the caller treats it as an
/// ordinary statement).
pub fn convert_insert(
    b: &[u8],
    base: usize,
    cx: &mut Cx,
    ds: &mut DataState,
    writer: &mut crate::emit::Writer,
) -> bool {
    let version = crate::split::version_number(&cx.config.mysql_version);
    let Some(head) = parse_head(b, version) else {
        return false;
    };
    let table_label = head.table.to_string();
    // What the catalog says about the table's columns, borrowed once per statement.
    let info = cx.catalog.table(&head.table.schema, &head.table.name);
    let names: Vec<String> = match (&head.columns, info) {
        (Some(c), _) => c.clone(),
        (None, Some(t)) => t.columns.iter().map(|c| c.mysql_name.clone()).collect(),
        (None, None) => Vec::new(),
    };
    let cols: Vec<Option<&crate::catalog::ColumnInfo>> = names
        .iter()
        .map(|n| info.and_then(|t| t.column(n)))
        .collect();
    let plan = RowPlan::new(&names, &cols, cx.catalog.time_zone.clone(), cx.config);
    // Unique keys (by position in the row) with a temporal column, whose zero dates all
    // become the same PostgreSQL value; with case-insensitive parts marked.
    // (Under `zero_dates: null` a zero date becomes NULL, which never repeats, except in
    // NOT NULL columns, where it becomes '-infinity' too.)
    let zero_keys: Vec<Vec<(usize, bool)>> = match info {
        Some(t) => t
            .unique_keys
            .iter()
            .filter_map(|key| {
                let at: Option<Vec<(usize, bool)>> = key
                    .iter()
                    .map(|pg| {
                        cols.iter()
                            .position(|c| c.is_some_and(|c| &c.pg_name == pg))
                            .map(|k| (k, cols[k].is_some_and(|c| c.case_insensitive)))
                    })
                    .collect();
                let at = at?;
                at.iter()
                    .any(|(k, _)| {
                        matches!(
                            plan.kinds[*k],
                            Kind::Date | Kind::DateTime | Kind::TimestampTz
                        )
                    })
                    .then_some(at)
            })
            .collect(),
        None => Vec::new(),
    };
    let mut widen_needed: Vec<Option<(Widen, usize)>> = vec![None; names.len()];
    let header = (!names.is_empty()).then(|| {
        let (schema, pg_table) = match info {
            Some(t) => (t.pg_schema.clone(), t.pg_name.clone()),
            None => (
                cx.pg_schema(&head.table.schema),
                cx.pg_name(&head.table.name),
            ),
        };
        let list: Vec<String> = names
            .iter()
            .zip(&cols)
            .map(|(n, c)| {
                c.map(|c| cx.quote(&c.pg_name))
                    .unwrap_or_else(|| cx.ident(n))
            })
            .collect();
        format!(
            "COPY {} ({}) FROM stdin;",
            cx.qualified(&schema, &pg_table),
            list.join(", ")
        )
    });
    let known = info.is_some();
    let key = (
        head.table
            .schema
            .clone()
            .or_else(|| cx.catalog.database.clone())
            .unwrap_or_default(),
        head.table.name.clone(),
    );
    drop(cols);

    // One pass: each row is read, checked and written into `body`; nothing leaves this
    // function unless the whole statement reads as rows.
    let mut body = String::with_capacity(b.len() + b.len() / 4);
    let mut rejected: Vec<(Range<usize>, String)> = Vec::new();
    let (mut rows_read, mut zero, mut replaced) = (0usize, 0usize, 0usize);
    let mut partly = 0usize;
    let mut zero_not_null = 0usize;
    let mut values: Vec<Value> = Vec::with_capacity(names.len().max(8));
    // Zero-date key values of this statement's rows, kept once the statement is written.
    let mut stmt_zero_keys = std::collections::BTreeSet::new();
    let mut rows = Rows::new(b, head.rows_at, version);
    while let Some(row) = rows.next_row(&mut values) {
        let Ok(range) = row else {
            return false;
        };
        rows_read += 1;
        // The row goes straight into `body` and is cut off again if it is not loadable.
        let row_start = body.len();
        let (fx, row_widens) = match check_row(&plan, &values, &mut body) {
            RowCheck::Loadable(fx) => (fx, Vec::new()),
            RowCheck::Widen(w, fx) => (fx, w),
            RowCheck::Rejected(why) => {
                body.truncate(row_start);
                rejected.push((range, why));
                continue;
            }
        };
        let mut error = None;
        if !fx.zero_cols.is_empty() && !zero_keys.is_empty() {
            error = repeated_zero_key(
                &body[row_start..],
                &fx.zero_cols,
                &zero_keys,
                &names,
                ds.zero_keys.get(&table_label),
                &mut stmt_zero_keys,
            );
        }
        if error.is_none() && !row_widens.is_empty() {
            // The statement is read again under the wider types (below).
            for (k, w) in row_widens {
                widen_needed[k].get_or_insert((w, base + range.start));
            }
            body.truncate(row_start);
        } else if let Some(why) = error {
            body.truncate(row_start);
            rejected.push((range, why));
        } else {
            body.push('\n');
            zero += fx.zero;
            zero_not_null += fx.zero_not_null;
            partly += fx.partly;
            replaced += fx.replaced;
        }
    }

    // The statement read as rows. A value that needs a wider column than the one
    // chosen: the column is widened, and the statement read again under the new type.
    if widen_needed.iter().any(Option::is_some) {
        for (k, w) in widen_needed.iter().enumerate() {
            if let Some((w, at)) = w {
                widen(&head.table, &names[k], *w, *at, cx, writer);
            }
        }
        return convert_insert(b, base, cx, ds, writer);
    }
    // Report and write.
    if !stmt_zero_keys.is_empty() {
        ds.zero_keys
            .entry(table_label.clone())
            .or_default()
            .append(&mut stmt_zero_keys);
    }
    let span = base..base + b.len().min(64);
    if !known && ds.no_schema.insert(table_label.clone()) {
        cx.report(&rules::data_without_schema::RULE, span.clone(), format!("rows for {table_label}, which the input does not define: values are copied as written, without type conversion"));
    }
    let inserts = cx.config.data == crate::config::DataFormat::Inserts;
    if head.ignore && inserts {
        cx.report(&rules::insert_modifier::RULE, span.clone(), format!("INSERT IGNORE rows of {table_label} are inserted with ON CONFLICT DO NOTHING: a row whose key exists is skipped, as in MySQL"));
    } else if head.replace && inserts {
        cx.report(&rules::insert_modifier::RULE, span.clone(), format!("REPLACE rows of {table_label} are inserted as they are: a row whose primary or unique key exists makes the statement fail, where MySQL replaces the old row"))
            .severity = crate::diagnostics::Severity::Warning;
    } else if head.replace || head.ignore {
        let what = if head.replace {
            "REPLACE"
        } else {
            "INSERT IGNORE"
        };
        cx.report(&rules::insert_modifier::RULE, span.clone(), format!("{what} rows of {table_label} are loaded with COPY: duplicate keys make the primary or unique key fail when it is added after the data"));
    }
    if let Some((range, _)) = rejected.first() {
        ds.lossy.entry(key.clone()).or_insert((
            cx.file,
            base + range.start..base + range.end.min(range.start + 64),
        ));
    }
    if !ds.loaded.contains(&key) {
        ds.loaded.push(key);
    }
    let stats = ds.stats.entry(table_label.clone()).or_default();
    stats.statements += 1;
    stats.rows += rows_read;
    if !rejected.is_empty() && stats.first_rejected.is_none() {
        stats.first_rejected = Some((cx.file, span.clone()));
    }
    stats.rejected += rejected.len();
    stats.zero_dates += zero;
    stats.partly_zero += partly;
    stats.zero_not_null += zero_not_null;
    stats.replaced_text += replaced;
    for (range, why) in &rejected {
        if stats.reported >= ROW_REPORTS {
            break;
        }
        stats.reported += 1;
        cx.report(
            &rules::row_rejected::RULE,
            base + range.start..base + range.end.min(range.start + 64),
            format!("row of {table_label} left out: {why}"),
        );
    }
    if zero > 0 && stats.first_zero.is_none() {
        stats.first_zero = Some((cx.file, span.clone()));
    }
    if replaced > 0 && stats.first_replaced.is_none() {
        stats.first_replaced = Some((cx.file, span.clone()));
    }
    match header {
        None => {
            cx.report(
                &rules::data_without_schema::RULE,
                span,
                format!("rows for {table_label} have no column list and no schema: not converted"),
            )
            .severity = crate::diagnostics::Severity::Error;
        }
        Some(h) if cx.config.data == crate::config::DataFormat::Inserts => {
            if !body.is_empty() {
                let mut insert = copy_rows_as_insert(&h, &body);
                if head.ignore && insert.ends_with(';') {
                    insert.pop();
                    insert.push_str("\nON CONFLICT DO NOTHING;");
                }
                writer.push(insert);
            }
        }
        Some(h) => writer.copy(&h, &body),
    }
    true
}

/// `INSERT INTO t (cols) VALUES (…), (…);` from a COPY header and COPY text rows
/// (`data: inserts`): every field becomes a string literal (or NULL) that PostgreSQL
/// casts to the column's type, exactly as COPY would read it.
fn copy_rows_as_insert(header: &str, rows: &str) -> String {
    let target = header
        .trim_start_matches("COPY ")
        .trim_end_matches(" FROM stdin;");
    let mut out = format!("INSERT INTO {target} VALUES\n");
    for (n, row) in rows.lines().enumerate() {
        if n > 0 {
            out.push_str(",\n");
        }
        out.push('(');
        for (k, field) in row.split('\t').enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            if field == "\\N" {
                out.push_str("NULL");
                continue;
            }
            out.push('\'');
            let mut chars = field.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('r') => out.push('\r'),
                        Some('t') => out.push('\t'),
                        Some(other) => out.push(other),
                        None => {}
                    },
                    '\'' => out.push_str("''"),
                    other => out.push(other),
                }
            }
            out.push('\'');
        }
        out.push(')');
    }
    out.push(';');
    out
}

/// `setval` for each identity column of a table that received rows: MySQL's counter is
/// past the highest loaded id (and at least the declared AUTO_INCREMENT); PostgreSQL's
/// identity sequence does not move when ids are given explicitly.
pub fn sequence_positions(ds: &DataState, cx: &Cx) -> Vec<String> {
    let mut out = Vec::new();
    for (db, name) in &ds.loaded {
        let Some(t) = cx.catalog.tables().get(&(db.clone(), name.clone())) else {
            continue;
        };
        for c in t.columns.iter().filter(|c| c.identity) {
            let table = cx.qualified(&t.pg_schema, &t.pg_name);
            let col = cx.quote(&c.pg_name);
            let declared = t.auto_increment.unwrap_or(1).max(1);
            let max = crate::rules::ddl::auto_increment::sequence_max(&c.pg_type);
            // The next id is past the loaded ids; past the sequence's largest value the
            // sequence is left exhausted (the next generated id fails, as in MySQL).
            out.push(format!(
                "SELECT setval(pg_get_serial_sequence({}, {}), LEAST(next, {max})::bigint, next > {max}) FROM (SELECT GREATEST(max({col})::numeric + 1, {declared}) AS next FROM {table}) AS ids;",
                crate::ident::literal(&table),
                crate::ident::literal(&c.pg_name)
            ));
        }
    }
    out
}

/// One diagnostic per table for what is counted rather than reported row by row: rows
/// left out beyond the first reports, zero dates, replaced text. At the first place each
/// happened.
pub fn report_totals(ds: &DataState, cx: &mut Cx) {
    for (table, s) in &ds.stats {
        if s.rejected > s.reported {
            let at = s.first_rejected.clone().unwrap_or_default();
            cx.file = at.0;
            cx.report(
                &rules::row_rejected::RULE,
                at.1,
                format!(
                    "{} rows of {table} left out in all, {} of them reported one by one",
                    s.rejected, s.reported
                ),
            );
        }
        if let Some((file, span)) = s.first_zero.clone() {
            let to = match cx.config.zero_dates {
                crate::config::ZeroDatePolicy::MinusInfinity => "'-infinity'",
                crate::config::ZeroDatePolicy::Null => "NULL",
            };
            cx.file = file;
            let mut message = if s.partly_zero > 0 {
                format!("{} zero dates in rows of {table} become {to}; {} of them are partly zero (such as '2024-00-00') and lose their year", s.zero_dates, s.partly_zero)
            } else {
                format!("{} zero dates in rows of {table} become {to}", s.zero_dates)
            };
            if s.zero_not_null > 0 {
                message.push_str(&format!(
                    "; {} of them, in NOT NULL columns, become '-infinity' instead",
                    s.zero_not_null
                ));
            }
            cx.report(&crate::rules::types::zero_date::RULE, span, message);
        }
        if let Some((file, span)) = s.first_replaced.clone() {
            cx.file = file;
            cx.report(&rules::text_value::RULE, span, format!("{} values of {table} held bytes PostgreSQL text cannot (invalid UTF-8 or NUL): replaced by U+FFFD", s.replaced_text));
        }
    }
}

/// The table's columns as the data path sees them (for tests and the summary).
pub fn columns(t: &TableInfo) -> Vec<(String, String)> {
    t.columns
        .iter()
        .map(|c| (c.pg_name.clone(), c.pg_type.clone()))
        .collect()
}
