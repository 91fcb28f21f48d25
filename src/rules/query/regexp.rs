//! # Q019 regexp
//!
//! ## What it does
//! Translates `x REGEXP p`, `x RLIKE p` and their `NOT` forms into PostgreSQL's regular
//! expression operators.
//!
//! ## MySQL
//! The match follows the collation: with the default case-insensitive collations
//! `'ABC' REGEXP 'b'` is 1; with a `_bin`/`_cs` column or a binary string it is
//! case-sensitive. MySQL 8 uses ICU's syntax (`\b` is a word boundary); MySQL 5.7 and
//! MariaDB also know `[[:<:]]` and `[[:>:]]` for word starts and ends. NULL on either
//! side gives NULL.
//!
//! ## PostgreSQL
//! `~*` (case-insensitive) or `~` (case-sensitive column), `!~*` / `!~` when negated.
//! In a literal pattern `[[:<:]]`, `[[:>:]]`, `\b` and `\B` become `\m`, `\M`, `\y` and
//! `\Y` (in PostgreSQL `\b` is a backspace).
//!
//! ## Caveats
//! The common syntax (classes, anchors, alternation, `{m,n}`, `[[:alpha:]]`) is the same;
//! ICU-only features (possessive quantifiers, `\p{…}`, lookbehind) are not rewritten. A
//! pattern that is not a literal is matched as written: warning. Case-insensitive
//! matching ignores case only, where `_ai_` collations also ignore accents.

use super::text_functions::case_sensitive;
use crate::catalog::ColumnSets;
use sqlparser::ast::{Expr, Value};

crate::rule!(
    "Q019",
    "regexp",
    Info,
    "REGEXP/RLIKE becomes ~* (or ~ on case-sensitive columns)"
);

/// The PostgreSQL spelling of a MySQL pattern's word-boundary escapes.
fn pattern(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[[:<:]]") {
            out.push_str("\\m");
            rest = r;
        } else if let Some(r) = rest.strip_prefix("[[:>:]]") {
            out.push_str("\\M");
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\b") {
            out.push_str("\\y");
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\B") {
            out.push_str("\\Y");
            rest = r;
        } else if let Some(r) = rest.strip_prefix('\\') {
            // An escaped character stays escaped (`\\b` is a backslash and a b).
            out.push('\\');
            let mut cs = r.chars();
            if let Some(c) = cs.next() {
                out.push(c);
            }
            rest = cs.as_str();
        } else {
            let mut cs = rest.chars();
            out.push(cs.next().expect("not empty"));
            rest = cs.as_str();
        }
    }
    out
}

/// `expr [NOT] REGEXP pattern` as PostgreSQL text and its note.
pub fn rewrite(negated: bool, expr: &Expr, pat: &Expr, sets: &ColumnSets) -> (String, String) {
    let cs = case_sensitive(&[expr, pat], sets);
    let op = match (negated, cs) {
        (false, false) => "~*",
        (false, true) => "~",
        (true, false) => "!~*",
        (true, true) => "!~",
    };
    // A case-insensitive column has a nondeterministic collation, which PostgreSQL's
    // regular expressions refuse: `~*` does the case folding.
    // MySQL matches the string form of any value (a number, a JSON document).
    let string = match expr {
        Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)) => true,
        Expr::Identifier(i) => sets.text.contains(&i.value),
        Expr::CompoundIdentifier(p) => p.last().is_some_and(|i| sets.text.contains(&i.value)),
        _ => false,
    };
    let expr = if super::text_functions::mentions_ci(expr, sets) {
        format!("(CAST({expr} AS text) COLLATE \"und-x-icu\")")
    } else if string {
        expr.to_string()
    } else {
        format!("CAST({expr} AS text)")
    };
    let (pat_text, literal) = match pat {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => {
                (crate::ident::literal(&pattern(s)), true)
            }
            _ => (pat.to_string(), false),
        },
        _ => (pat.to_string(), false),
    };
    let note = if !literal {
        format!("REGEXP becomes {op}: the pattern is not a literal, so MySQL-only syntax in it (`[[:<:]]`, `\\b` as a word boundary) is not rewritten")
    } else if cs {
        format!("REGEXP becomes {op} (case-sensitive column)")
    } else {
        format!("REGEXP becomes {op}: case-insensitive, as MySQL's default collations are")
    };
    (format!("({expr} {op} {pat_text})"), note)
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_boundaries() {
        assert_eq!(super::pattern("[[:<:]]ab\\b"), "\\mab\\y");
        assert_eq!(super::pattern("a\\\\b[[:>:]]"), "a\\\\b\\M");
    }
}
