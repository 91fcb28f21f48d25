//! Inline suppressions (`my2pg: ignore[CODE] reason`) in comments.

use super::*;
use std::ops::Range;

/// `my2pg: ignore[CODE,…]` in comments.
pub(crate) fn suppressions(text: &str, lits: &[Lit]) -> Vec<Suppression> {
    let mut out = Vec::new();
    for l in lits.iter().filter(|l| l.kind == Kind::Comment) {
        let body = &text[l.range.clone()];
        if let Some(s) = parse_suppression(text, body, l.range.clone()) {
            out.push(s);
        }
    }
    out
}

pub(crate) fn parse_suppression(text: &str, body: &str, span: Range<usize>) -> Option<Suppression> {
    let at = body.find("my2pg:")?;
    let rest = body[at + 6..].trim_start();
    let rest = rest.strip_prefix("ignore[")?;
    let end = rest.find(']')?;
    let codes: Vec<String> = rest[..end]
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    if codes.is_empty() {
        return None;
    }
    Some(Suppression {
        line: line_col(text, span.start).0,
        codes,
        span,
    })
}
