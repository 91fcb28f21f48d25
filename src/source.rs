//! Source files: bytes in, text with a line index out.
//!
//! Input is bytes. Invalid UTF-8 and NUL bytes are replaced by `?`, byte for
//! byte, and reported (P002, P005) at their place; nothing panics on odd bytes,
//! and every offset into the text is the same offset into the input.
//! Spans everywhere are byte ranges into [`SourceFile::text`]; line and
//! column are computed only when a diagnostic is rendered.

use crate::diagnostics::Diagnostic;
use crate::rules::parse::invalid_utf8;
use std::ops::Range;

/// One input file (or standard input), decoded.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics (`-` for standard input).
    pub name: String,
    /// The text, with invalid UTF-8 and NUL replaced by `?`, byte for byte.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Decodes `bytes`; returns the file and one P002 diagnostic per invalid sequence.
    pub fn new(name: &str, file: usize, bytes: &[u8]) -> (SourceFile, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        // Invalid bytes and NULs become `?`, one byte for one byte: offsets into the text
        // are offsets into the input, which the data path (reading raw bytes) relies on.
        let text = match std::str::from_utf8(bytes) {
            Ok(s) if !s.contains('\0') => s.to_string(),
            _ => {
                let mut out = String::with_capacity(bytes.len());
                for chunk in bytes.utf8_chunks() {
                    for (i, ch) in chunk.valid().char_indices() {
                        if ch == '\0' {
                            let at = out.len();
                            out.push('?');
                            diags.push(crate::rules::parse::nul_character::raw_nul(
                                file,
                                at..at + 1,
                            ));
                        } else {
                            out.push(ch);
                        }
                        let _ = i;
                    }
                    let bad = chunk.invalid();
                    if !bad.is_empty() {
                        let at = out.len();
                        out.extend(std::iter::repeat_n('?', bad.len()));
                        let hex: Vec<String> = bad.iter().map(|b| format!("{b:02X}")).collect();
                        diags.push(invalid_utf8(file, at..out.len(), &hex.join(" ")));
                    }
                }
                out
            }
        };
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        (
            SourceFile {
                name: name.to_string(),
                text,
                line_starts,
            },
            diags,
        )
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text
            .get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches('\r')
    }

    /// Byte offset of a 1-based line and column (in characters) inside `range`,
    /// where line 1 column 1 is `range.start`. Used to map sqlparser spans back.
    pub fn offset_in(&self, range: &Range<usize>, line: u64, col: u64) -> usize {
        let text = &self.text[range.clone()];
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
