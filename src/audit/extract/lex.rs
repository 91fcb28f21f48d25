//! What the host lexers hand the driver: literals (strings, comments) with
//! their pieces, collected from a grammar's pest pairs.

use pest::iterators::Pairs;
use pest::RuleType;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A string whose body may be SQL.
    Str,
    /// A template literal (JS backticks): a tag in front of it changes its holes.
    Template,
    Comment,
    /// A literal that is never SQL (char literal, shell command…), kept so the
    /// driver does not read its bytes as code.
    Opaque,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Seg {
    /// Host bytes taken as they are.
    Raw(Range<usize>),
    /// An escape sequence: its decoded text and its host range.
    Esc(String, Range<usize>),
    /// An interpolation hole (the whole `${…}`, `{$x}`, `#{…}`…).
    Hole(Range<usize>),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Lit {
    pub range: Range<usize>,
    pub kind: Kind,
    pub segs: Vec<Seg>,
}

/// What a grammar rule is to the collector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Code runs and delimiters: nothing to keep.
    Skip,
    Lit(Kind),
    Raw,
    Esc,
    Hole,
}

/// Walks the top-level pairs of a host grammar: each pair whose role is a
/// literal becomes a `Lit`, its inner `Raw`/`Esc`/`Hole` pairs its segments
/// (`decode` turns an escape's text into what it stands for).
pub(crate) fn collect<R: RuleType>(
    pairs: Pairs<'_, R>,
    role: impl Fn(R) -> Role,
    decode: impl Fn(&str) -> String,
) -> Vec<Lit> {
    let mut out = Vec::new();
    for pair in pairs.flatten() {
        match role(pair.as_rule()) {
            Role::Lit(kind) => {
                let span = pair.as_span();
                out.push(Lit {
                    range: span.start()..span.end(),
                    kind,
                    segs: Vec::new(),
                });
            }
            r @ (Role::Raw | Role::Esc | Role::Hole) => {
                let span = pair.as_span();
                let range = span.start()..span.end();
                // Pieces belong to the innermost literal that holds them; a
                // hole's own nested literals come after it and are skipped.
                let Some(lit) = out
                    .iter_mut()
                    .rev()
                    .take(8)
                    .find(|l| l.range.start <= range.start && range.end <= l.range.end)
                else {
                    continue;
                };
                if let Some(Seg::Hole(h)) = lit.segs.last() {
                    if range.start < h.end {
                        continue;
                    }
                }
                if range.is_empty() {
                    continue;
                }
                lit.segs.push(match r {
                    Role::Raw => Seg::Raw(range),
                    Role::Esc => Seg::Esc(decode(pair.as_str()), range),
                    _ => Seg::Hole(range),
                });
            }
            Role::Skip => {}
        }
    }
    // Literals nested in holes of others (`f"{d['k']}"`) were pushed after their
    // host literal: drop them, they are part of the hole.
    let mut kept: Vec<Lit> = Vec::with_capacity(out.len());
    for l in out {
        if kept.last().is_some_and(|k| l.range.start < k.range.end) {
            continue;
        }
        kept.push(l);
    }
    kept
}

/// Decodes a C-family escape (`\n`, `\t`, `\xHH`, `\uHHHH`, `\u{…}`, octal, `\\`, `\'`…).
/// Unknown escapes keep the escaped character.
pub(crate) fn decode_c_escape(esc: &str) -> String {
    let body = esc.strip_prefix('\\').unwrap_or(esc);
    let mut chars = body.chars();
    let Some(c) = chars.next() else {
        return esc.to_string();
    };
    let rest = chars.as_str();
    let hex = |s: &str| {
        u32::from_str_radix(s.trim_matches(|c| c == '{' || c == '}'), 16)
            .ok()
            .and_then(char::from_u32)
    };
    match c {
        'n' => "\n".into(),
        't' => "\t".into(),
        'r' => "\r".into(),
        '0'..='7' => u32::from_str_radix(body, 8)
            .ok()
            .and_then(char::from_u32)
            .map_or_else(|| body.to_string(), String::from),
        'a' => "\u{7}".into(),
        'b' => "\u{8}".into(),
        'f' => "\u{c}".into(),
        'v' => "\u{b}".into(),
        'e' => "\u{1b}".into(),
        'x' | 'u' | 'U' if !rest.is_empty() => hex(rest).map_or(esc.to_string(), String::from),
        _ => c.to_string(),
    }
}
