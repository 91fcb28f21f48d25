//! # D022 index-width
//!
//! ## What it does
//! Checks each key against PostgreSQL's B-tree entry limit, from the declared widths of
//! its parts, and chooses a form that cannot fail at load: a shorter prefix for an
//! ordinary index, an `md5()` of the prefix for a unique prefix key, and a warning where
//! neither keeps MySQL's meaning.
//!
//! ## MySQL
//! InnoDB takes keys of up to 3072 bytes (767 with the old COMPACT row format), counted
//! from the declared widths: a `varchar(n)` or a prefix `col(n)` counts n × the character
//! set's longest character (4 for utf8mb4, 3 for utf8mb3, 1 for latin1), a binary
//! column its bytes.
//!
//! ## PostgreSQL
//! A B-tree entry holds at most 2704 bytes (a third of a page); a longer value fails the
//! INSERT or COPY that writes it ("index row size … exceeds btree version 4 maximum
//! 2704"), so a key MySQL accepts can fail on a long value. my2pg counts the declared
//! widths the same way, plus PostgreSQL's per-entry and per-value headers (8 bytes each),
//! and when a key can exceed the limit:
//! - an ordinary index gets a shorter prefix (`left(col, n)`, `substring(col FROM 1 FOR
//!   n)` on bytea), cut from its widest text parts until it fits: the index then finds
//!   a superset of the rows, and queries return the same results;
//! - a unique key with a prefix part on a case-sensitive or binary column indexes
//!   `md5(left(col, n))` instead of `left(col, n)`: two prefixes are equal exactly when
//!   their digests are (up to md5 collisions, which real data does not produce), so the
//!   same rows are accepted and rejected;
//! - a primary key, a unique key of whole columns (a foreign key may need it as it is),
//!   and a unique key on a case-insensitive column (whose equal values have different
//!   bytes, so digests differ) are kept, with a warning: a row whose key is longer than
//!   the limit fails to load.
//!
//! ## Caveats
//! PostgreSQL compresses long index entries before it checks the limit, so many longer
//! values do fit; the check counts the worst case, as MySQL does. A query only uses an
//! index on `left(col, n)` or `md5(…)` when it filters on that expression (see D006).

use crate::catalog::ColumnInfo;
use crate::diagnostics::Severity;
use crate::ir::{Key, KeyKind};
use crate::rules::Cx;
use std::ops::Range;

crate::rule!(
    "D022",
    "index-width",
    Warning,
    "keys that can exceed PostgreSQL's B-tree entry limit get a form that fits"
);

/// PostgreSQL's B-tree limit for one entry (btree version 4).
pub const BTREE_MAX: u64 = 2704;
/// Bytes counted per entry and per value for headers and alignment.
const ENTRY_HEADER: u64 = 8;
const VALUE_HEADER: u64 = 8;

/// The longest character of a MySQL character set, in bytes.
pub fn charset_bytes(charset: &str) -> u8 {
    match charset.to_ascii_lowercase().as_str() {
        "utf8mb4" | "utf16" | "utf16le" | "utf32" | "gb18030" => 4,
        "utf8" | "utf8mb3" | "ujis" | "eucjpms" => 3,
        "ucs2" | "big5" | "gbk" | "gb2312" | "sjis" | "cp932" | "euckr" => 2,
        _ => 1,
    }
}

/// The character set named by a collation (`utf8mb4_general_ci` → `utf8mb4`).
pub fn charset_of_collation(collation: &str) -> &str {
    collation.split('_').next().unwrap_or(collation)
}

/// How a key's parts are written, after the width check.
#[derive(Debug, Clone, PartialEq)]
pub enum PartForm {
    /// As MySQL declared it (a column, or its declared prefix).
    AsDeclared,
    /// A prefix of this many characters (bytes on a binary column).
    Prefix(u64),
    /// The md5 digest of the declared prefix.
    Md5Prefix(u64),
}

/// The most bytes one part can hold: `prefix` characters, or the declared width.
fn part_bytes(c: &ColumnInfo, prefix: Option<u64>) -> Option<u64> {
    let per_char = c.char_bytes.max(1) as u64;
    let binary = c.pg_type == "bytea";
    let text = c.char_bytes > 0 && !binary;
    if !text && !binary {
        // Numbers, dates, enums, uuids: short fixed widths.
        return Some(16);
    }
    let chars = match prefix {
        Some(n) => n,
        None => match c.mysql_type.name.as_str() {
            "char" | "varchar" | "binary" | "varbinary" => c.mysql_type.param(0).unwrap_or(1),
            "tinytext" | "tinyblob" => 255 / per_char,
            // TEXT and BLOB keys need a prefix in MySQL; unknown widths are unbounded.
            _ => return None,
        },
    };
    Some(if binary { chars } else { chars * per_char })
}

/// The form of each part of `k` on a table whose columns are `columns` (MySQL name →
/// column), reporting what changes. Parts that are expressions, or columns the table
/// does not have, count as short.
pub fn forms(
    k: &Key,
    table: &str,
    column: &dyn Fn(&str) -> Option<ColumnInfo>,
    span: Range<usize>,
    cx: &mut Cx,
) -> Vec<PartForm> {
    let mut forms = vec![PartForm::AsDeclared; k.parts.len()];
    if matches!(k.kind, KeyKind::Fulltext | KeyKind::Spatial) {
        return forms;
    }
    let cols: Vec<Option<ColumnInfo>> = k
        .parts
        .iter()
        .map(|p| p.column.as_deref().and_then(column))
        .collect();
    // Unknown (unbounded) widths count as far over the limit.
    const UNBOUNDED: u64 = 1 << 40;
    let mut widths: Vec<u64> = k
        .parts
        .iter()
        .zip(&cols)
        .map(|(p, c)| match c {
            Some(c) => part_bytes(c, p.prefix).unwrap_or(UNBOUNDED),
            None => 16,
        })
        .collect();
    let total = |w: &[u64]| -> u64 {
        w.iter()
            .fold(ENTRY_HEADER, |a, b| a.saturating_add(b + VALUE_HEADER))
    };
    if total(&widths) <= BTREE_MAX {
        return forms;
    }
    let declared = match total(&widths) {
        t if t < UNBOUNDED => format!("up to {t} bytes"),
        _ => "an unbounded number of bytes".to_string(),
    };
    let name = k.name.clone().unwrap_or_else(|| {
        if k.kind == KeyKind::Primary {
            "PRIMARY".into()
        } else {
            "(unnamed)".into()
        }
    });
    let unique = matches!(k.kind, KeyKind::Primary | KeyKind::Unique);
    if !unique {
        // Shorten the widest text parts until the entry fits.
        let mut changed = Vec::new();
        while total(&widths) > BTREE_MAX {
            let Some((i, _)) = widths
                .iter()
                .enumerate()
                .filter(|(i, _)| cols[*i].as_ref().is_some_and(|c| c.char_bytes > 0))
                .max_by_key(|(i, w)| (**w, std::cmp::Reverse(*i)))
            else {
                break;
            };
            let c = cols[i].as_ref().expect("filtered on a known column");
            let per = if c.pg_type == "bytea" {
                1
            } else {
                c.char_bytes.max(1) as u64
            };
            let others = total(&widths) - widths[i];
            let room = BTREE_MAX.saturating_sub(others);
            let chars = room / per;
            if chars == 0 {
                break;
            }
            widths[i] = chars * per;
            forms[i] = PartForm::Prefix(chars);
            if !changed.contains(&i) {
                changed.push(i);
            }
        }
        if total(&widths) <= BTREE_MAX && !changed.is_empty() {
            changed.sort();
            let parts: Vec<String> = changed
                .iter()
                .map(|&i| {
                    let col = k.parts[i].column.as_deref().unwrap_or_default();
                    let PartForm::Prefix(n) = forms[i] else {
                        unreachable!()
                    };
                    format!("`{col}` to its first {n}")
                })
                .collect();
            cx.report(
                &RULE,
                span,
                format!(
                    "index `{name}` of {table} holds {declared} per entry, more than PostgreSQL's B-tree limit ({BTREE_MAX}): shortened ({}) so no row fails to load; queries find the same rows",
                    parts.join(", ")
                ),
            );
            return forms;
        }
        forms = vec![PartForm::AsDeclared; k.parts.len()];
        cx.report(&RULE, span, format!("index `{name}` of {table} holds {declared} per entry, more than PostgreSQL's B-tree limit ({BTREE_MAX}), and no shorter prefix fits: a row with a longer key fails to load"));
        return forms;
    }
    // A unique prefix key on case-sensitive or binary columns: digests of the prefixes.
    let digestible = k.kind == KeyKind::Unique
        && k.parts.iter().any(|p| p.prefix.is_some())
        && k.parts
            .iter()
            .zip(&cols)
            .all(|(p, c)| p.prefix.is_none() || c.as_ref().is_some_and(|c| !c.case_insensitive));
    if digestible {
        for (i, p) in k.parts.iter().enumerate() {
            if let Some(n) = p.prefix {
                forms[i] = PartForm::Md5Prefix(n);
                widths[i] = 32;
            }
        }
        if total(&widths) <= BTREE_MAX {
            cx.report(&RULE, span, format!("unique key `{name}` of {table} holds {declared} per entry, more than PostgreSQL's B-tree limit ({BTREE_MAX}): its prefix parts are indexed as md5 digests, which are equal exactly when the prefixes are"));
            return forms;
        }
        forms = vec![PartForm::AsDeclared; k.parts.len()];
    }
    let why = if k.kind == KeyKind::Primary {
        "a primary key takes whole columns"
    } else if k.parts.iter().all(|p| p.prefix.is_none()) {
        "a unique key of whole columns is kept for the foreign keys and upserts that use it"
    } else {
        "its case-insensitive parts cannot be digested"
    };
    cx.report(&RULE, span, format!("{} `{name}` of {table} holds {declared} per entry, more than PostgreSQL's B-tree limit ({BTREE_MAX}), and {why}: a row with a longer key fails to load", if k.kind == KeyKind::Primary { "primary key" } else { "unique key" }))
        .severity = Severity::Warning;
    forms
}
