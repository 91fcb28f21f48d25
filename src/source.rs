//! Source files: bytes in, script text and a line index out.
//!
//! Input is bytes and is read as a stream: the text of ordinary statements is
//! kept (in segments, at their offsets), the bytes of data statements are not,
//! so memory does not grow with the data. Invalid UTF-8 and NUL bytes in kept
//! text are replaced by `?`, byte for byte, and reported (P002, P005); every
//! offset into a segment is the same offset into the input. Spans everywhere
//! are byte ranges into the input; line and column are computed only when a
//! diagnostic is rendered.

use crate::diagnostics::Diagnostic;
use crate::rules::parse::invalid_utf8;
use std::ops::Range;

/// One input file (or standard input).
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    /// The name shown in diagnostics (`-` for standard input).
    pub name: String,
    /// Kept text: (offset in the input, text), in input order.
    segments: Vec<(usize, String)>,
    /// Offsets where lines start, over the whole input.
    line_starts: Vec<usize>,
    /// Bytes of the whole input.
    len: usize,
}

/// Decodes bytes as text: invalid UTF-8 and NUL become `?`, one byte for one byte.
fn decode(bytes: &[u8], offset: usize, file: usize, diags: &mut Vec<Diagnostic>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.contains('\0') => s.to_string(),
        _ => {
            const MAX_REPORTS: usize = 10;
            let (mut reported, mut more) = (0usize, 0usize);
            let mut out = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                for ch in chunk.valid().chars() {
                    if ch == '\0' {
                        let at = offset + out.len();
                        out.push('?');
                        diags.push(crate::rules::parse::nul_character::raw_nul(
                            file,
                            at..at + 1,
                        ));
                    } else {
                        out.push(ch);
                    }
                }
                let bad = chunk.invalid();
                if !bad.is_empty() {
                    let at = offset + out.len();
                    out.extend(std::iter::repeat_n('?', bad.len()));
                    // The first few places one by one, then a count (binary data can hold
                    // millions).
                    if reported < MAX_REPORTS {
                        let hex: Vec<String> = bad.iter().map(|b| format!("{b:02X}")).collect();
                        diags.push(invalid_utf8(file, at..at + bad.len(), &hex.join(" ")));
                    } else {
                        more += 1;
                    }
                    reported += 1;
                }
            }
            if more > 0 {
                diags.push(crate::rules::parse::invalid_utf8::more(
                    file,
                    offset..offset + bytes.len(),
                    more,
                ));
            }
            out
        }
    }
}

impl SourceFile {
    /// A whole input kept as text; returns the file and its P002/P005 diagnostics.
    pub fn new(name: &str, file: usize, bytes: &[u8]) -> (SourceFile, Vec<Diagnostic>) {
        let mut f = SourceFile::streaming(name);
        let mut diags = Vec::new();
        f.keep(0, bytes, file, &mut diags);
        f.count_lines(0, bytes);
        (f, diags)
    }

    /// An input about to be read as a stream.
    pub fn streaming(name: &str) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            segments: Vec::new(),
            line_starts: vec![0],
            len: 0,
        }
    }

    /// Records the line starts in `bytes`, which start at `offset`; called for every
    /// byte of the input, in order.
    pub fn count_lines(&mut self, offset: usize, bytes: &[u8]) {
        self.line_starts
            .extend(memchr::memchr_iter(b'\n', bytes).map(|i| offset + i + 1));
        self.len = self.len.max(offset + bytes.len());
    }

    /// Keeps `bytes` (an ordinary statement and its comments) as text at `offset`.
    pub fn keep(&mut self, offset: usize, bytes: &[u8], file: usize, diags: &mut Vec<Diagnostic>) {
        let text = decode(bytes, offset, file, diags);
        self.segments.push((offset, text));
        self.len = self.len.max(offset + bytes.len());
    }

    /// The input's length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn segment(&self, offset: usize) -> Option<&(usize, String)> {
        let i = self
            .segments
            .partition_point(|(start, _)| *start <= offset)
            .checked_sub(1)?;
        let seg = &self.segments[i];
        (offset <= seg.0 + seg.1.len()).then_some(seg)
    }

    /// The kept text of `range` ("" when it is not kept, e.g. inside data).
    pub fn slice(&self, range: Range<usize>) -> &str {
        match self.segment(range.start) {
            Some((start, text)) if range.end <= start + text.len() => text
                .get(range.start - start..range.end - start)
                .unwrap_or(""),
            _ => "",
        }
    }

    /// 1-based line and column (in characters where the text is kept) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = match self.segment(start) {
            Some((seg, text)) if offset <= seg + text.len() && start >= *seg => text
                .get(start - seg..offset - seg)
                .map(|s| s.chars().count())
                .unwrap_or(offset - start),
            _ => offset - start,
        };
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line break ("" when not kept).
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts.get(line - 1).copied().unwrap_or(self.len);
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.len);
        let Some((seg, text)) = self.segment(start) else {
            return "";
        };
        let end = end.min(seg + text.len());
        text.get(start - seg..end.max(start) - seg)
            .unwrap_or("")
            .trim_end_matches('\r')
    }

    /// Byte offset of a 1-based line and column (in characters) inside `range`,
    /// where line 1 column 1 is `range.start`. Used to map sqlparser spans back.
    pub fn offset_in(&self, range: &Range<usize>, line: u64, col: u64) -> usize {
        let text = self.slice(range.clone());
        let mut offset = 0usize;
        let mut l = 1u64;
        if line > 1 {
            for (i, b) in text.bytes().enumerate() {
                if b == b'\n' {
                    l += 1;
                    if l == line {
                        offset = i + 1;
                        break;
                    }
                }
            }
            if l != line {
                return range.start;
            }
        }
        let rest = &text[offset..];
        let skip: usize = rest
            .chars()
            .take(col.saturating_sub(1) as usize)
            .map(char::len_utf8)
            .sum();
        range.start + offset + skip
    }
}

/// Maps statement-relative line:col positions (sqlparser's spans) to file bytes.
/// The statement's lines are indexed once, so each lookup is cheap even for a
/// statement of thousands of columns on one line.
pub struct Spans<'a> {
    pub file: &'a SourceFile,
    pub stmt: Range<usize>,
    /// (absolute start of each line of the statement, whether the line is ASCII)
    lines: Vec<(usize, bool)>,
}

impl<'a> Spans<'a> {
    pub fn new(file: &'a SourceFile, stmt: Range<usize>) -> Self {
        let text = file.slice(stmt.clone());
        let mut lines = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            lines.push((stmt.start + start, line.is_ascii()));
            start += line.len();
        }
        Spans { file, stmt, lines }
    }

    /// The byte offset of a statement-relative line and column (1-based).
    pub fn offset(&self, line: u64, col: u64) -> usize {
        let Some(&(start, ascii)) = self.lines.get((line as usize).wrapping_sub(1)) else {
            return self.stmt.start;
        };
        let end = self
            .lines
            .get(line as usize)
            .map(|l| l.0)
            .unwrap_or(self.stmt.end);
        let col = col.saturating_sub(1) as usize;
        if ascii {
            return (start + col).min(end);
        }
        let skip: usize = self
            .file
            .slice(start..end)
            .chars()
            .take(col)
            .map(char::len_utf8)
            .sum();
        start + skip
    }
}
