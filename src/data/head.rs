//! The head of a dump's data statement: `INSERT [IGNORE] INTO t [(cols)] VALUES` or
//! `REPLACE INTO …`, read from the bytes (no parser), and the whitespace and comments
//! between values.

use crate::ir::QName;

/// The parsed head of an INSERT/REPLACE: everything before the first row.
pub struct Head {
    pub replace: bool,
    pub ignore: bool,
    pub table: QName,
    pub columns: Option<Vec<String>>,
    /// Offset of the first `(` of the rows.
    pub rows_at: usize,
}

/// Skips whitespace and comments. Inside a data statement a versioned comment's body
/// is values (sakila writes a column as `/*!50705 0x…,*/`): its markers are skipped when
/// its version is not newer than `version`, the whole comment otherwise.
pub fn skip_ws(b: &[u8], mut i: usize, version: u32) -> usize {
    // Fast path: most calls land on a value or a delimiter.
    match b.get(i) {
        Some(c) if !c.is_ascii_whitespace() && !matches!(c, b'/' | b'*' | b'#' | b'-') => return i,
        None => return i,
        _ => {}
    }
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let rest = &b[i.min(b.len())..];
        if rest.starts_with(b"/*!") {
            let mut j = i + 3;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let v: u32 = std::str::from_utf8(&b[i + 3..j])
                .ok()
                .and_then(|d| d.parse().ok())
                .unwrap_or(0);
            i = if v <= version {
                j
            } else {
                memchr::memmem::find(&b[j..], b"*/")
                    .map(|n| j + n + 2)
                    .unwrap_or(b.len())
            };
        } else if rest.starts_with(b"/*") {
            i = memchr::memmem::find(&rest[2..], b"*/")
                .map(|n| i + 2 + n + 2)
                .unwrap_or(b.len());
        } else if rest.starts_with(b"*/") {
            i += 2; // the end of a versioned comment whose body was read
        } else if rest.starts_with(b"#")
            || (rest.starts_with(b"--") && rest.get(2).is_none_or(|c| c.is_ascii_whitespace()))
        {
            i = memchr::memchr(b'\n', rest)
                .map(|n| i + n)
                .unwrap_or(b.len());
        } else {
            return i;
        }
    }
}

pub fn word(b: &[u8], i: usize) -> (&[u8], usize) {
    let start = i;
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'$') {
        j += 1;
    }
    (&b[start..j], j)
}

/// An identifier (backquoted or plain) at `i`.
pub fn ident(b: &[u8], i: usize) -> Option<(String, usize)> {
    if b.get(i) == Some(&b'`') {
        let end = super::scan::quoted_end(b, i);
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

pub fn parse_head(b: &[u8], version: u32) -> Option<Head> {
    let (verb, mut i) = word(b, skip_ws(b, 0, version));
    let replace = verb.eq_ignore_ascii_case(b"REPLACE");
    let mut ignore = false;
    loop {
        i = skip_ws(b, i, version);
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
    i = skip_ws(b, i, version);
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
    i = skip_ws(b, i, version);
    let mut columns = None;
    if b.get(i) == Some(&b'(') {
        let mut cols = Vec::new();
        i += 1;
        loop {
            i = skip_ws(b, i, version);
            let (c, j) = ident(b, i)?;
            cols.push(c);
            let (next, closed) = list_next(b, j, version)?;
            i = next;
            if closed {
                break;
            }
        }
        columns = Some(cols);
        i = skip_ws(b, i, version);
    }
    let (kw, j) = word(b, i);
    if !(kw.eq_ignore_ascii_case(b"VALUES") || kw.eq_ignore_ascii_case(b"VALUE")) {
        return None; // INSERT … SELECT / SET: not a dump's form.
    }
    i = skip_ws(b, j, version);
    (b.get(i) == Some(&b'(')).then_some(Head {
        replace,
        ignore,
        table,
        columns,
        rows_at: i,
    })
}

/// After an item of a parenthesised list: past its `,` (false) or its closing `)` (true);
/// None when neither follows.
pub fn list_next(b: &[u8], i: usize, version: u32) -> Option<(usize, bool)> {
    let i = skip_ws(b, i, version);
    match b.get(i) {
        Some(b',') => Some((i + 1, false)),
        Some(b')') => Some((i + 1, true)),
        _ => None,
    }
}
