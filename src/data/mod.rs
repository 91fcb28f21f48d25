//! The data path: mysqldump's INSERT and REPLACE statements become `COPY … FROM
//! stdin` blocks, read byte by byte (never through pest or sqlparser) and
//! converted value by value under the column types the schema conversion chose
//! (the catalog). Rows that cannot be converted are reported and left out,
//! never emitted for PostgreSQL to reject: one bad row must not fail a COPY.

pub mod scan;
pub mod values;

use crate::catalog::TableInfo;
use crate::ir::QName;
use crate::rules::data as rules;
use crate::rules::Cx;
use std::collections::BTreeMap;
use std::ops::Range;
use values::{parse_value, Kind, Value};

/// Counts per table, for the summary and the diagnostics.
#[derive(Debug, Default, Clone)]
pub struct TableStats {
    pub statements: usize,
    pub rows: usize,
    pub rejected: usize,
    pub zero_dates: usize,
    pub replaced_text: usize,
}

/// An open COPY block and the counts.
#[derive(Debug, Default)]
pub struct DataState {
    /// (COPY header, rows so far) while consecutive statements fill the same table.
    open: Option<(String, String)>,
    pub stats: BTreeMap<String, TableStats>,
    /// Tables whose rows were copied without a schema (reported once).
    no_schema: std::collections::BTreeSet<String>,
}

impl DataState {
    /// Ends the open COPY block, returning its text.
    pub fn close(&mut self) -> Option<String> {
        let (header, rows) = self.open.take()?;
        Some(format!("{header}\n{rows}\\."))
    }
}

/// The parsed head of an INSERT/REPLACE: everything before the first row.
struct Head {
    replace: bool,
    ignore: bool,
    table: QName,
    columns: Option<Vec<String>>,
    /// Offset of the first `(` of the rows.
    rows_at: usize,
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn word(b: &[u8], i: usize) -> (&[u8], usize) {
    let start = i;
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'$') {
        j += 1;
    }
    (&b[start..j], j)
}

/// An identifier (backquoted or plain) at `i`.
fn ident(b: &[u8], i: usize) -> Option<(String, usize)> {
    if b.get(i) == Some(&b'`') {
        let end = scan::quoted_end(b, i);
        if end > b.len() || b[end - 1] != b'`' || end - i < 2 {
            return None;
        }
        let raw = String::from_utf8_lossy(&b[i + 1..end - 1]).replace("``", "`");
        return Some((raw, end));
    }
    let (w, j) = word(b, i);
    if w.is_empty() {
        return None;
    }
    Some((String::from_utf8_lossy(w).into_owned(), j))
}

fn parse_head(b: &[u8]) -> Option<Head> {
    let (verb, mut i) = word(b, skip_ws(b, 0));
    let replace = verb.eq_ignore_ascii_case(b"REPLACE");
    let mut ignore = false;
    loop {
        i = skip_ws(b, i);
        let (w, j) = word(b, i);
        if ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
        {
            i = j;
        } else if w.eq_ignore_ascii_case(b"IGNORE") {
            ignore = true;
            i = j;
        } else if w.eq_ignore_ascii_case(b"INTO") {
            i = j;
            break;
        } else {
            break;
        }
    }
    i = skip_ws(b, i);
    let (first, j) = ident(b, i)?;
    i = j;
    let table = if b.get(i) == Some(&b'.') {
        let (second, j) = ident(b, i + 1)?;
        i = j;
        QName {
            schema: Some(first),
            name: second,
        }
    } else {
        QName {
            schema: None,
            name: first,
        }
    };
    i = skip_ws(b, i);
    let mut columns = None;
    if b.get(i) == Some(&b'(') {
        let mut cols = Vec::new();
        i += 1;
        loop {
            i = skip_ws(b, i);
            let (c, j) = ident(b, i)?;
            cols.push(c);
            i = skip_ws(b, j);
            match b.get(i) {
                Some(b',') => i += 1,
                Some(b')') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
        columns = Some(cols);
        i = skip_ws(b, i);
    }
    let (kw, j) = word(b, i);
    if !(kw.eq_ignore_ascii_case(b"VALUES") || kw.eq_ignore_ascii_case(b"VALUE")) {
        return None; // INSERT … SELECT / SET: not a dump's form.
    }
    i = skip_ws(b, j);
    (b.get(i) == Some(&b'(')).then_some(Head {
        replace,
        ignore,
        table,
        columns,
        rows_at: i,
    })
}

/// Converts one data statement (`b` is its bytes, `base` its offset in the file).
/// Returns its output (COPY blocks that were closed by a change of table), or None when
/// the statement is not a plain `INSERT … VALUES` (the caller treats it as a statement).
pub fn convert_insert(
    b: &[u8],
    base: usize,
    cx: &mut Cx,
    ds: &mut DataState,
) -> Option<Vec<String>> {
    let version = crate::split::version_number(&cx.config.mysql_version);
    let cleaned = strip_comments(b, version);
    let b: &[u8] = &cleaned;
    let head = parse_head(b)?;
    // Check the whole statement parses as rows before emitting anything.
    let rows = parse_rows(b, head.rows_at)?;
    let mut out = Vec::new();
    let info = cx
        .catalog
        .table(&head.table.schema, &head.table.name)
        .cloned();
    let span = base..base + b.len().min(64);
    let table_label = head.table.to_string();
    let (schema, pg_table) = match &info {
        Some(t) => (t.pg_schema.clone(), t.pg_name.clone()),
        None => (
            cx.pg_schema(&head.table.schema),
            cx.pg_name(&head.table.name),
        ),
    };
    if info.is_none() && ds.no_schema.insert(table_label.clone()) {
        cx.report(&rules::data_without_schema::RULE, span.clone(), format!("rows for {table_label}, which the input does not define: values are copied as written, without type conversion"));
    }
    if head.replace || head.ignore {
        let what = if head.replace {
            "REPLACE"
        } else {
            "INSERT IGNORE"
        };
        cx.report(&rules::insert_modifier::RULE, span.clone(), format!("{what} rows of {table_label} are loaded with COPY: duplicate keys make the primary or unique key fail when it is added after the data"));
    }
    // Target columns and their kinds.
    let names: Vec<String> = match (&head.columns, &info) {
        (Some(c), _) => c.clone(),
        (None, Some(t)) => t.columns.iter().map(|c| c.mysql_name.clone()).collect(),
        (None, None) => Vec::new(),
    };
    let kinds: Vec<Kind> = names
        .iter()
        .map(|n| values::kind_of(info.as_ref().and_then(|t| t.column(n)), cx.config))
        .collect();
    let not_null: Vec<bool> = names
        .iter()
        .map(|n| {
            info.as_ref()
                .and_then(|t| t.column(n))
                .is_some_and(|c| c.not_null)
        })
        .collect();
    let tz = cx.catalog.time_zone.clone();
    let header = if names.is_empty() {
        None
    } else {
        let cols: Vec<String> = names
            .iter()
            .map(|n| match info.as_ref().and_then(|t| t.column(n)) {
                Some(c) => cx.quote(&c.pg_name),
                None => cx.ident(n),
            })
            .collect();
        Some(format!(
            "COPY {} ({}) FROM stdin;",
            cx.qualified(&schema, &pg_table),
            cols.join(", ")
        ))
    };
    let stats = ds.stats.entry(table_label.clone()).or_default();
    stats.statements += 1;
    let mut body = String::new();
    let mut rejected: Vec<(Range<usize>, String)> = Vec::new();
    let mut zero = 0;
    let mut replaced = 0;
    for row in &rows {
        stats.rows += 1;
        let width = if names.is_empty() {
            row.values.len()
        } else {
            names.len()
        };
        if row.values.len() != width {
            rejected.push((
                row.range.clone(),
                format!("{} values for {} columns", row.values.len(), width),
            ));
            continue;
        }
        let mut line = String::new();
        let mut error = None;
        for (k, v) in row.values.iter().enumerate() {
            if k > 0 {
                line.push('\t');
            }
            let kind = kinds.get(k).cloned().unwrap_or(Kind::Unknown);
            match values::to_copy(v, &kind, tz.as_deref(), cx.config, &mut line) {
                Ok(effect) => {
                    zero += effect.zero_date as usize;
                    replaced += effect.replaced_text as usize;
                    if effect.null && not_null.get(k).copied().unwrap_or(false) {
                        error = Some(format!("NULL in NOT NULL column `{}`", names[k]));
                    }
                }
                Err(why) => {
                    error = Some(format!(
                        "column `{}`: {why}",
                        names.get(k).map(String::as_str).unwrap_or("?")
                    ))
                }
            }
            if error.is_some() {
                break;
            }
        }
        match error {
            Some(why) => rejected.push((row.range.clone(), why)),
            None => {
                body.push_str(&line);
                body.push('\n');
            }
        }
    }
    let stats = ds.stats.get_mut(&table_label).expect("inserted above");
    stats.rejected += rejected.len();
    stats.zero_dates += zero;
    stats.replaced_text += replaced;
    for (range, why) in rejected.iter().take(20) {
        cx.report(
            &rules::row_rejected::RULE,
            base + range.start..base + range.end.min(range.start + 64),
            format!("row of {table_label} left out: {why}"),
        );
    }
    if rejected.len() > 20 {
        cx.report(
            &rules::row_rejected::RULE,
            span.clone(),
            format!(
                "{} more rows of {table_label} left out in this statement",
                rejected.len() - 20
            ),
        );
    }
    if zero > 0 {
        let to = match cx.config.zero_dates {
            crate::config::ZeroDatePolicy::MinusInfinity => "'-infinity'",
            crate::config::ZeroDatePolicy::Null => "NULL",
        };
        cx.report(
            &crate::rules::ddl::zero_date::RULE,
            span.clone(),
            format!("{zero} zero dates in rows of {table_label} become {to}"),
        );
    }
    if replaced > 0 {
        cx.report(&rules::text_value::RULE, span.clone(), format!("{replaced} values of {table_label} held bytes PostgreSQL text cannot (invalid UTF-8 or NUL): replaced by U+FFFD"));
    }
    match header {
        None => {
            // No columns known: emit INSERT-free COPY is impossible; report and keep rows as a comment.
            cx.report(
                &rules::data_without_schema::RULE,
                span,
                format!("rows for {table_label} have no column list and no schema: not converted"),
            )
            .severity = crate::diagnostics::Severity::Error;
        }
        Some(h) => match &mut ds.open {
            Some((open_header, rows_text)) if *open_header == h => rows_text.push_str(&body),
            _ => {
                if let Some(block) = ds.close() {
                    out.push(block);
                }
                ds.open = Some((h, body));
            }
        },
    }
    Some(out)
}

/// Resolves comments inside a data statement (rare; sakila writes a column inside
/// `/*!50705 … */`): a versioned comment's body is kept when its version is not newer
/// than `version`, other comments are dropped. Quoted strings are left alone.
fn strip_comments(b: &[u8], version: u32) -> std::borrow::Cow<'_, [u8]> {
    if memchr::memmem::find(b, b"/*").is_none()
        && memchr::memchr(b'#', b).is_none()
        && memchr::memmem::find(b, b"--").is_none()
    {
        return std::borrow::Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' || c == b'"' || c == b'`' {
            let end = scan::quoted_end(b, i);
            out.extend_from_slice(&b[i..end]);
            i = end;
        } else if b[i..].starts_with(b"/*!") {
            let mut j = i + 3;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let v: u32 = std::str::from_utf8(&b[i + 3..j])
                .ok()
                .and_then(|d| d.parse().ok())
                .unwrap_or(0);
            let end = memchr::memmem::find(&b[j..], b"*/")
                .map(|n| j + n)
                .unwrap_or(b.len());
            if v <= version {
                out.extend_from_slice(&strip_comments(&b[j..end], version));
            }
            i = (end + 2).min(b.len());
        } else if b[i..].starts_with(b"/*") {
            i = memchr::memmem::find(&b[i + 2..], b"*/")
                .map(|n| i + 2 + n + 2)
                .unwrap_or(b.len());
            out.push(b' ');
        } else if c == b'#'
            || (b[i..].starts_with(b"--") && b.get(i + 2).is_none_or(|c| c.is_ascii_whitespace()))
        {
            i = memchr::memchr(b'\n', &b[i..])
                .map(|n| i + n)
                .unwrap_or(b.len());
        } else {
            out.push(c);
            i += 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// One row: its values and its byte range in the statement.
struct Row<'a> {
    values: Vec<Value<'a>>,
    range: Range<usize>,
}

fn parse_rows(b: &[u8], mut i: usize) -> Option<Vec<Row<'_>>> {
    let mut rows = Vec::new();
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'(') {
            return None;
        }
        let start = i;
        i += 1;
        let mut values = Vec::new();
        loop {
            i = skip_ws(b, i);
            if b.get(i) == Some(&b')') && values.is_empty() {
                i += 1;
                break;
            }
            let (v, j) = parse_value(b, i)?;
            values.push(v);
            i = skip_ws(b, j);
            match b.get(i) {
                Some(b',') => i += 1,
                Some(b')') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
        rows.push(Row {
            values,
            range: start..i,
        });
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b',') => i += 1,
            None => return Some(rows),
            // ON DUPLICATE KEY UPDATE and the like: not a dump's form.
            _ => return None,
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
