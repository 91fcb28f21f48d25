//! The byte-level chunker: finds statement boundaries in a script without the
//! pest grammar, so bulk data never goes through pest or sqlparser.
//!
//! It knows exactly as much as boundaries need — quotes (with MySQL's
//! backslash escapes), comments, `DELIMITER` — and sorts the script into
//! chunks: runs of ordinary statements (handed to `split.rs`, which lexes
//! them properly) and data statements (`INSERT`/`REPLACE`, handed to the
//! data path).

use memchr::{memchr, memchr2};
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

/// One piece of a script read from a stream: an ordinary statement with the comments
/// before it (and its delimiter), or a data statement (without its delimiter), or the
/// comments at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub kind: ChunkKind,
    /// Offsets in the input.
    pub range: Range<usize>,
    /// The delimiter in force at the piece's start.
    pub delimiter: String,
}

/// Reads a script from `R` piece by piece, holding only the current statement (and one
/// read block) in memory.
pub struct Stream<R> {
    r: R,
    buf: Vec<u8>,
    /// Next unread byte in `buf`.
    pos: usize,
    /// Input offset of `buf[0]`.
    base: usize,
    eof: bool,
    delimiter: Vec<u8>,
    block: usize,
    /// Bytes read from `R` so far.
    pub read: u64,
}

impl<R: std::io::Read> Stream<R> {
    pub fn new(r: R) -> Self {
        Stream {
            r,
            buf: Vec::new(),
            pos: 0,
            base: 0,
            eof: false,
            delimiter: b";".to_vec(),
            block: 4 << 20,
            read: 0,
        }
    }

    /// Reads one more block; false at the end of the input.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 && self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.base += self.pos;
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + self.block, 0);
        let mut filled = old;
        while filled < self.buf.len() {
            match self.r.read(&mut self.buf[filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(filled);
                    return Err(e);
                }
            }
        }
        self.buf.truncate(filled);
        self.read += (filled - old) as u64;
        Ok(filled > old)
    }

    /// The next piece and its bytes, or None at the end.
    pub fn next_piece(&mut self) -> std::io::Result<Option<(Piece, &[u8])>> {
        loop {
            if self.pos >= self.buf.len() && !self.fill()? {
                return Ok(None);
            }
            let b = &self.buf[..];
            let pos = self.pos;
            let s = skip_trivia(b, pos);
            let complete = |end: usize| end < b.len() || self.eof;
            if s >= b.len() {
                if !self.eof {
                    self.fill()?;
                    continue;
                }
                // Comments at the end of the input.
                return Ok(Some(self.take(ChunkKind::Script, pos, b.len(), b.len())));
            }
            if word_at(b, s, b"DELIMITER") && b.get(s + 9).is_none_or(|c| c.is_ascii_whitespace()) {
                let line_end = memchr(b'\n', &b[s..]).map(|n| s + n);
                let Some(line_end) = line_end.or(if self.eof { Some(b.len()) } else { None })
                else {
                    self.fill()?;
                    continue;
                };
                let rest = &b[s + 9..line_end];
                let new = rest
                    .split(|c| c.is_ascii_whitespace())
                    .find(|w| !w.is_empty())
                    .map(<[u8]>::to_vec);
                let old = std::mem::replace(&mut self.delimiter, new.unwrap_or_default());
                if self.delimiter.is_empty() {
                    // DELIMITER without a value keeps the delimiter (reported by split.rs).
                    self.delimiter = old.clone();
                }
                let piece = Piece {
                    kind: ChunkKind::Script,
                    range: self.base + pos..self.base + line_end,
                    delimiter: text(&old),
                };
                self.pos = line_end;
                return Ok(Some((piece, &self.buf[pos..line_end])));
            }
            let end = statement_end(b, s, &self.delimiter);
            if !complete(end) {
                self.fill()?;
                continue;
            }
            let after = (end + self.delimiter.len()).min(b.len());
            let data = word_at(b, s, b"INSERT") || word_at(b, s, b"REPLACE");
            if !data {
                return Ok(Some(self.take(ChunkKind::Script, pos, after, after)));
            }
            if pos < s {
                // The comments before a data statement are a piece of their own.
                return Ok(Some(self.take(ChunkKind::Script, pos, s, s)));
            }
            return Ok(Some(self.take(ChunkKind::Data, s, end, after)));
        }
    }

    /// Returns buf[start..end] as a piece and moves past `next`.
    fn take(&mut self, kind: ChunkKind, start: usize, end: usize, next: usize) -> (Piece, &[u8]) {
        let piece = Piece {
            kind,
            range: self.base + start..self.base + end,
            delimiter: text(&self.delimiter),
        };
        self.pos = next;
        (piece, &self.buf[start..end])
    }
}

/// Cuts `b` into chunks, in order (the whole input at once; see [`Stream`]).
pub fn chunks(b: &[u8]) -> Vec<Chunk> {
    let mut s = Stream::new(b);
    let mut out = Vec::new();
    while let Ok(Some((p, _))) = s.next_piece() {
        out.push(Chunk {
            kind: p.kind,
            range: p.range,
            delimiter: p.delimiter,
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

/// Bytes that can matter outside quotes: quotes, comment starts.
const fn specials() -> [bool; 256] {
    let mut t = [false; 256];
    t[b'\'' as usize] = true;
    t[b'"' as usize] = true;
    t[b'`' as usize] = true;
    t[b'#' as usize] = true;
    t[b'-' as usize] = true;
    t[b'/' as usize] = true;
    t
}
static SPECIAL: [bool; 256] = specials();

/// Where the statement starting at `pos` ends: the position of its delimiter
/// (outside quotes and comments), or the end of the input.
pub fn statement_end(b: &[u8], pos: usize, delimiter: &[u8]) -> usize {
    let first = delimiter[0];
    let mut i = pos;
    while i < b.len() {
        let c = b[i];
        if c == first && b[i..].starts_with(delimiter) {
            return i;
        }
        if !SPECIAL[c as usize] {
            i += 1;
            continue;
        }
        if c == b'\'' || c == b'"' || c == b'`' {
            i = quoted_end(b, i);
        } else if let Some(end) = comment_end(b, i) {
            i = end;
        } else {
            i += 1;
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
                (Script, "CREATE TABLE t (a int);".into()),
                (Script, "\n-- rows\n".into()),
                (Data, "INSERT INTO t VALUES (1,'a;b'),(2,'it\\'s')".into()),
                (Script, "\nUNLOCK TABLES;".into()),
                (Script, "\n".into()),
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
                (Script, "DELIMITER ;;".into()),
                (
                    Script,
                    "\nCREATE TRIGGER x BEGIN INSERT INTO a VALUES (1); END;;".into()
                ),
                (Script, "\nDELIMITER ;".into()),
                (Script, "\n/* INSERT INTO no */ ".into()),
                (Data, "REPLACE INTO t VALUES (\"x\\\";\")".into()),
            ]
        );
    }

    #[test]
    fn a_stream_read_in_small_blocks_gives_the_same_pieces() {
        let s = "CREATE TABLE t (a text);\nINSERT INTO t VALUES ('x;y'),('/*'),('--');\n# done\n";
        let whole = chunks(s.as_bytes());
        let mut st = Stream::new(s.as_bytes());
        st.block = 3;
        let mut small = Vec::new();
        while let Ok(Some((p, _))) = st.next_piece() {
            small.push(Chunk {
                kind: p.kind,
                range: p.range,
                delimiter: p.delimiter,
            });
        }
        assert_eq!(small, whole);
    }
}
