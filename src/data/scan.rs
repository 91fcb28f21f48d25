//! The byte-level chunker: finds statement boundaries in a script without the
//! pest grammar, so bulk data never goes through pest or sqlparser.
//!
//! It knows exactly as much as boundaries need — quotes (with MySQL's
//! backslash escapes), comments, `DELIMITER` — and sorts the script into
//! chunks: runs of ordinary statements (handed to `split.rs`, which lexes
//! them properly) and data statements (`INSERT`/`REPLACE`, handed to the
//! data path).

use memchr::{memchr, memchr2, memchr3};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    /// Ordinary statements, comments and client commands.
    Script,
    /// One `INSERT` or `REPLACE` statement, without its delimiter.
    Data,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub kind: ChunkKind,
    pub range: Range<usize>,
    /// The delimiter in force at the chunk's start.
    pub delimiter: String,
}

/// Cuts `b` into chunks, in order; together they cover every byte except the
/// delimiters that end data statements.
pub fn chunks(b: &[u8]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut delimiter = b";".to_vec();
    let mut region_start = 0;
    let mut region_delim = delimiter.clone();
    let mut pos = 0;
    loop {
        pos = skip_trivia(b, pos);
        if pos >= b.len() {
            break;
        }
        if word_at(b, pos, b"DELIMITER") && b.get(pos + 9).is_none_or(|c| c.is_ascii_whitespace()) {
            let line_end = memchr(b'\n', &b[pos..]).map(|n| pos + n).unwrap_or(b.len());
            let rest = &b[pos + 9..line_end];
            if let Some(new) = rest
                .split(|c| c.is_ascii_whitespace())
                .find(|w| !w.is_empty())
            {
                delimiter = new.to_vec();
            }
            pos = line_end;
            continue;
        }
        let data = word_at(b, pos, b"INSERT") || word_at(b, pos, b"REPLACE");
        let end = statement_end(b, pos, &delimiter);
        if data {
            if region_start < pos {
                out.push(Chunk {
                    kind: ChunkKind::Script,
                    range: region_start..pos,
                    delimiter: text(&region_delim),
                });
            }
            out.push(Chunk {
                kind: ChunkKind::Data,
                range: pos..end,
                delimiter: text(&delimiter),
            });
            region_start = (end + delimiter.len()).min(b.len());
            region_delim = delimiter.clone();
        }
        pos = (end + delimiter.len()).min(b.len());
    }
    if region_start < b.len() {
        out.push(Chunk {
            kind: ChunkKind::Script,
            range: region_start..b.len(),
            delimiter: text(&region_delim),
        });
    }
    out
}

fn text(d: &[u8]) -> String {
    String::from_utf8_lossy(d).into_owned()
}

/// Whether `w` (upper case ASCII) stands at `pos` as a whole word.
fn word_at(b: &[u8], pos: usize, w: &[u8]) -> bool {
    b.len() >= pos + w.len()
        && b[pos..pos + w.len()].eq_ignore_ascii_case(w)
        && b.get(pos + w.len())
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$'))
}

/// Skips whitespace and comments (not versioned comments, which hold SQL).
fn skip_trivia(b: &[u8], mut pos: usize) -> usize {
    loop {
        while pos < b.len() && b[pos].is_ascii_whitespace() {
            pos += 1;
        }
        match comment_end(b, pos) {
            Some(end) if !b[pos..].starts_with(b"/*!") => pos = end,
            _ => return pos,
        }
    }
}

/// If a comment starts at `pos`, where it ends.
fn comment_end(b: &[u8], pos: usize) -> Option<usize> {
    let rest = &b[pos.min(b.len())..];
    let line = |from: usize| {
        memchr(b'\n', &b[from..])
            .map(|n| from + n)
            .unwrap_or(b.len())
    };
    if rest.starts_with(b"#") {
        return Some(line(pos));
    }
    if rest.starts_with(b"--")
        && rest
            .get(2)
            .is_none_or(|c| *c == b' ' || *c == b'\t' || *c == b'\n' || *c == b'\r')
    {
        return Some(line(pos));
    }
    if rest.starts_with(b"/*") {
        let end = memchr::memmem::find(&rest[2..], b"*/")
            .map(|n| pos + 2 + n + 2)
            .unwrap_or(b.len());
        return Some(end);
    }
    None
}

/// The end of the quoted token starting at `pos` (a quote byte): just past the closing quote.
pub fn quoted_end(b: &[u8], pos: usize) -> usize {
    let q = b[pos];
    let mut i = pos + 1;
    loop {
        let found = if q == b'`' {
            memchr(q, &b[i..])
        } else {
            memchr2(q, b'\\', &b[i..])
        };
        match found {
            None => return b.len(),
            Some(n) => {
                let at = i + n;
                if b[at] == b'\\' {
                    i = at + 2;
                } else if b.get(at + 1) == Some(&q) {
                    i = at + 2;
                } else {
                    return at + 1;
                }
                if i >= b.len() {
                    return b.len();
                }
            }
        }
    }
}

/// Where the statement starting at `pos` ends: the position of its delimiter
/// (outside quotes and comments), or the end of the input.
pub fn statement_end(b: &[u8], pos: usize, delimiter: &[u8]) -> usize {
    let first = delimiter[0];
    let mut i = pos;
    while i < b.len() {
        // Jump to the next byte that can matter.
        let next = memchr3(b'\'', b'"', first, &b[i..]).map(|n| i + n);
        let special = [b'`', b'#', b'-', b'/']
            .iter()
            .filter_map(|c| memchr(*c, &b[i..next.unwrap_or(b.len())]).map(|n| i + n))
            .min();
        let at = match (next, special) {
            (Some(a), Some(s)) => a.min(s),
            (Some(a), None) => a,
            (None, Some(s)) => s,
            (None, None) => return b.len(),
        };
        let c = b[at];
        if c == b'\'' || c == b'"' || c == b'`' {
            i = quoted_end(b, at);
        } else if let Some(end) = comment_end(b, at) {
            i = end;
        } else if b[at..].starts_with(delimiter) {
            return at;
        } else {
            i = at + 1;
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn kinds(s: &str) -> Vec<(ChunkKind, String)> {
        chunks(s.as_bytes())
            .into_iter()
            .map(|c| (c.kind, s[c.range].to_string()))
            .collect()
    }

    #[test]
    fn data_statements_are_cut_out() {
        use ChunkKind::*;
        assert_eq!(
            kinds("CREATE TABLE t (a int);\n-- rows\nINSERT INTO t VALUES (1,'a;b'),(2,'it\\'s');\nUNLOCK TABLES;\n"),
            vec![
                (Script, "CREATE TABLE t (a int);\n-- rows\n".into()),
                (Data, "INSERT INTO t VALUES (1,'a;b'),(2,'it\\'s')".into()),
                (Script, "\nUNLOCK TABLES;\n".into()),
            ]
        );
    }

    #[test]
    fn delimiters_and_comments() {
        use ChunkKind::*;
        let s = "DELIMITER ;;\nCREATE TRIGGER x BEGIN INSERT INTO a VALUES (1); END;;\nDELIMITER ;\n/* INSERT INTO no */ REPLACE INTO t VALUES (\"x\\\";\")";
        assert_eq!(
            kinds(s),
            vec![
                (Script, "DELIMITER ;;\nCREATE TRIGGER x BEGIN INSERT INTO a VALUES (1); END;;\nDELIMITER ;\n/* INSERT INTO no */ ".into()),
                (Data, "REPLACE INTO t VALUES (\"x\\\";\")".into()),
            ]
        );
    }
}
