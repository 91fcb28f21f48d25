//! Cuts a MySQL script into statements with their byte ranges.
//!
//! The lexical grammar is `grammar/mysql_script.pest`; this driver walks
//! its tokens, follows `DELIMITER` changes, keeps comments (none may be
//! lost) and resolves versioned comments `/*!NNNNN … */`: their body is SQL
//! when NNNNN is at most the configured MySQL version. The text handed to
//! the parser keeps every byte offset: markers and skipped versioned
//! comments are blanked with spaces, never removed.

use crate::diagnostics::Diagnostic;
use crate::rules::parse::{unterminated, versioned_comment_skipped};
use pest::iterators::Pair;
use pest::Parser as _;
use std::ops::Range;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/mysql_script.pest"]
struct ScriptLexer;

/// One statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawStatement {
    /// The statement's bytes in the file, without the delimiter.
    pub range: Range<usize>,
    /// The text to parse: same length as `range`, versioned-comment markers blanked.
    pub sql: String,
    /// Comments between the previous statement and this one.
    pub leading_comments: Vec<Range<usize>>,
    /// Plain comments inside the statement (the parser skips them).
    pub inner_comments: Vec<Range<usize>>,
}

/// A split script.
#[derive(Debug, Clone, Default)]
pub struct Split {
    pub statements: Vec<RawStatement>,
    /// Comments after the last statement.
    pub trailing_comments: Vec<Range<usize>>,
}

/// Version as MySQL writes it in versioned comments: 8.0.40 → 80040.
pub fn version_number(version: &str) -> u32 {
    let mut parts = version
        .split('.')
        .map(|p| p.trim().parse::<u32>().unwrap_or(0));
    let major = parts.next().unwrap_or(8);
    let minor = parts.next().unwrap_or(0);
    let patch = parts.next().unwrap_or(99);
    major * 10000 + minor * 100 + patch.min(99)
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok {
    Ws,
    Comment,
    Versioned,
    Quoted,
    Unterminated,
    Word,
    Other,
}

struct Token<'i> {
    kind: Tok,
    range: Range<usize>,
    pair: Option<Pair<'i, Rule>>,
}

/// Splits `text` (file number `file`, for diagnostics). `version` is the
/// MySQL version number of the config (see [`version_number`]).
pub fn split(text: &str, file: usize, version: u32, diags: &mut Vec<Diagnostic>) -> Split {
    split_with(text, file, version, ";", diags)
}

/// The one statement of `text` (at offset `base`) when it has nothing for the lexer to
/// resolve — no comment, no versioned comment, no DELIMITER — as most application
/// queries: found without the grammar. None otherwise.
pub fn plain_statement(text: &str, base: usize, delimiter: &str) -> Option<RawStatement> {
    let b = text.as_bytes();
    if memchr::memchr(b'#', b).is_some()
        || memchr::memmem::find(b, b"--").is_some()
        || memchr::memmem::find(b, b"/*").is_some()
    {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let body = text.trim_end();
    let body = body.strip_suffix(delimiter).unwrap_or(body);
    let end = body.trim_end().len();
    if end <= start
        || text[start..]
            .get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case("DELIMITER"))
    {
        return None;
    }
    // An unclosed quote is the grammar's to report.
    let mut quotes = [0usize; 3];
    let mut i = start;
    while i < end {
        match b[i] {
            b'\\' => i += 1,
            b'\'' => quotes[0] += 1,
            b'"' => quotes[1] += 1,
            b'`' => quotes[2] += 1,
            _ => {}
        }
        i += 1;
    }
    if quotes.iter().any(|q| q % 2 == 1) {
        return None;
    }
    Some(RawStatement {
        range: base + start..base + end,
        sql: text[start..end].to_string(),
        leading_comments: Vec::new(),
        inner_comments: Vec::new(),
    })
}

/// Splits `text`, which starts at offset `base` of the input, with `delimiter` in
/// force; ranges and diagnostics are offsets into the input.
pub fn split_region(
    text: &str,
    base: usize,
    delimiter: &str,
    file: usize,
    version: u32,
    diags: &mut Vec<Diagnostic>,
) -> Split {
    let mut local = Vec::new();
    let mut s = split_with(text, file, version, delimiter, &mut local);
    let shift = |r: &mut Range<usize>| *r = r.start + base..r.end + base;
    for st in &mut s.statements {
        shift(&mut st.range);
        st.leading_comments.iter_mut().for_each(shift);
        st.inner_comments.iter_mut().for_each(shift);
    }
    s.trailing_comments.iter_mut().for_each(shift);
    for mut d in local {
        shift(&mut d.span);
        diags.push(d);
    }
    s
}

fn split_with(
    text: &str,
    file: usize,
    version: u32,
    delimiter: &str,
    diags: &mut Vec<Diagnostic>,
) -> Split {
    let tokens = lex(text);
    let mut out = Split::default();
    let mut delimiter = delimiter.to_string();
    let mut comments: Vec<Range<usize>> = Vec::new();
    let mut inner: Vec<Range<usize>> = Vec::new();
    let mut versioned: Vec<Pair<Rule>> = Vec::new();
    let mut start: Option<usize> = None;
    let mut skip_to = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        i += 1;
        if t.range.start < skip_to {
            continue;
        }
        match t.kind {
            Tok::Comment => {
                if start.is_some() {
                    inner.push(t.range.clone());
                } else {
                    comments.push(t.range.clone());
                }
                continue;
            }
            Tok::Unterminated => {
                diags.push(unterminated(file, t.range.clone(), &text[t.range.clone()]));
                start.get_or_insert(t.range.start);
                continue;
            }
            Tok::Quoted => {
                start.get_or_insert(t.range.start);
                continue;
            }
            Tok::Versioned => {
                start.get_or_insert(t.range.start);
                if let Some(p) = &t.pair {
                    versioned.push(p.clone());
                }
                continue;
            }
            Tok::Word
                if start.is_none() && text[t.range.clone()].eq_ignore_ascii_case("DELIMITER") =>
            {
                // Client command: the new delimiter is the next word on the line.
                let line_end = text[t.range.end..]
                    .find('\n')
                    .map(|n| t.range.end + n)
                    .unwrap_or(text.len());
                let rest = text[t.range.end..line_end].trim();
                let new = rest.split_whitespace().next().unwrap_or("");
                if new.is_empty() {
                    diags.push(crate::rules::parse::delimiter_command::missing(
                        file,
                        t.range.clone(),
                        &delimiter,
                    ));
                } else {
                    delimiter = new.to_string();
                }
                skip_to = line_end;
                continue;
            }
            _ => {}
        }
        // Ws, Word, Other: look for the delimiter inside the token.
        let found = find_delimiter(text, t.range.clone(), &delimiter);
        match found {
            Some(at) => {
                let stmt_start = start.take();
                if let Some(s) = stmt_start {
                    let range = s..at;
                    out.statements.push(make_statement(
                        text,
                        range,
                        std::mem::take(&mut comments),
                        std::mem::take(&mut inner),
                        std::mem::take(&mut versioned),
                        file,
                        version,
                        diags,
                    ));
                }
                skip_to = at + delimiter.len();
                // The rest of this token after the delimiter starts the next statement.
                if t.kind == Tok::Word && skip_to < t.range.end {
                    start = Some(skip_to);
                }
            }
            None => {
                if t.kind != Tok::Ws {
                    start.get_or_insert(t.range.start);
                }
            }
        }
    }
    if let Some(s) = start {
        let mut end = text.len();
        // Trailing whitespace is not part of the statement.
        while end > s && text.as_bytes()[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        // Comments after the last real token stay comments of the statement.
        out.statements.push(make_statement(
            text,
            s..end,
            comments,
            inner,
            versioned,
            file,
            version,
            diags,
        ));
    } else {
        out.trailing_comments = comments;
    }
    out
}

fn find_delimiter(text: &str, range: Range<usize>, delimiter: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let d = delimiter.as_bytes();
    (range.start..range.end).find(|&p| bytes[p..].starts_with(d))
}

#[allow(clippy::too_many_arguments)]
fn make_statement(
    text: &str,
    range: Range<usize>,
    leading: Vec<Range<usize>>,
    mut inner: Vec<Range<usize>>,
    versioned: Vec<Pair<Rule>>,
    file: usize,
    version: u32,
    diags: &mut Vec<Diagnostic>,
) -> RawStatement {
    // Comments that sit after the statement's last token belong inside it (same treatment).
    inner.retain(|r| r.start < range.end);
    let mut sql: Vec<u8> = text.as_bytes()[range.clone()].to_vec();
    let mut blank = |r: Range<usize>| {
        for b in &mut sql[r.start - range.start..r.end.min(range.end) - range.start] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    for v in versioned {
        let span = v.as_span();
        if span.start() >= range.end {
            continue;
        }
        let mut open = None;
        let mut num = None;
        let mut close = None;
        for p in v.into_inner() {
            match p.as_rule() {
                Rule::versioned_open => {
                    num = p
                        .clone()
                        .into_inner()
                        .next()
                        .map(|n| n.as_str().parse::<u32>().unwrap_or(0));
                    open = Some(p.as_span().start()..p.as_span().end());
                }
                Rule::versioned_close => close = Some(p.as_span().start()..p.as_span().end()),
                Rule::line_comment | Rule::hash_comment | Rule::block_comment => {
                    inner.push(p.as_span().start()..p.as_span().end());
                }
                _ => {}
            }
        }
        let whole = span.start()..span.end();
        match num {
            Some(n) if n > version => {
                diags.push(versioned_comment_skipped(file, whole.clone(), n, version));
                blank(whole);
            }
            _ => {
                if let Some(o) = open {
                    blank(o);
                }
                if let Some(c) = close {
                    blank(c);
                }
            }
        }
    }
    inner.sort_by_key(|r| r.start);
    // Blanking touched ASCII bytes only, outside multi-byte characters: still UTF-8.
    let sql = String::from_utf8(sql)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    RawStatement {
        range,
        sql,
        leading_comments: leading,
        inner_comments: inner,
    }
}

fn lex(text: &str) -> Vec<Token<'_>> {
    let pairs = match ScriptLexer::parse(Rule::script, text) {
        Ok(p) => p,
        // The grammar accepts any input (`other = ANY`); this is unreachable in practice,
        // but a failure must not lose the input: treat it all as one token.
        Err(_) => {
            return vec![Token {
                kind: Tok::Other,
                range: 0..text.len(),
                pair: None,
            }]
        }
    };
    let mut out = Vec::new();
    for pair in pairs.flatten().filter(|p| p.as_rule() != Rule::script) {
        let kind = match pair.as_rule() {
            Rule::ws => Tok::Ws,
            Rule::line_comment | Rule::hash_comment | Rule::block_comment => Tok::Comment,
            Rule::versioned_comment => Tok::Versioned,
            Rule::sq_string | Rule::dq_string | Rule::bt_ident => Tok::Quoted,
            Rule::unterminated => Tok::Unterminated,
            Rule::word => Tok::Word,
            Rule::other => Tok::Other,
            _ => continue,
        };
        let span = pair.as_span();
        let range = span.start()..span.end();
        // flatten() also yields the inside of versioned comments: skip what is nested.
        if let Some(last) = out.last() {
            let last: &Token = last;
            if last.kind == Tok::Versioned && range.start < last.range.end {
                continue;
            }
        }
        out.push(Token {
            kind,
            range,
            pair: if kind == Tok::Versioned {
                Some(pair)
            } else {
                None
            },
        });
    }
    out
}
