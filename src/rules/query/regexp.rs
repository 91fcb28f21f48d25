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
//! A literal pattern with PCRE's or ICU's own syntax (`(*CR)` options, `\x{…}`,
//! `\g1`, `(?R)`, inline options after the start, possessive quantifiers, `\p{…}`) is
//! an error: PostgreSQL refuses it or reads it otherwise. A pattern that is not a
//! literal is matched as written: warning. Case-insensitive
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

/// The PCRE (MariaDB) or ICU (MySQL 8) syntax in a pattern that PostgreSQL's regular
/// expressions lack (they refuse the pattern or read it otherwise), if any.
fn foreign_syntax(p: &str) -> Option<&'static str> {
    let b = p.as_bytes();
    let mut i = 0;
    let mut class = false;
    while i < b.len() {
        // Bytes, not chars: the syntax is ASCII, and a slice of `p` could split a char.
        let rest = &b[i..];
        if b[i] == b'\\' {
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let why = match next {
                b'x' if b.get(i + 2) == Some(&b'{') => Some("`\\x{…}` code points"),
                b'g' | b'k' => Some("`\\g`/`\\k` back-references"),
                b'Q' | b'E' => Some("`\\Q…\\E` quoting"),
                b'K' | b'R' | b'h' | b'H' | b'X' | b'N' | b'G' | b'z' | b'C' => {
                    Some("a PCRE escape")
                }
                b'p' | b'P' => Some("`\\p{…}` Unicode properties"),
                _ => None,
            };
            if why.is_some() && !class {
                return why;
            }
            i += 2;
            continue;
        }
        match b[i] {
            b'[' if !class => class = true,
            b']' if class => class = false,
            _ if class => {}
            b'(' if rest.starts_with(b"(*") => return Some("`(*VERB)` options"),
            b'(' if rest.starts_with(b"(?") => {
                let after = &rest[2..];
                let plain = [&b":"[..], b"=", b"!", b"<=", b"<!"].iter().any(|s| after.starts_with(s));
                // PostgreSQL takes option letters only at the very start, and (?i) means
                // the same there.
                if !plain && !(i == 0 && after.starts_with(b"i)")) {
                    return Some("`(?…)` groups, recursion or inline options");
                }
            }
            b'+' if i > 0 && matches!(b[i - 1], b'*' | b'+' | b'?' | b'}') && (i < 2 || b[i - 2] != b'\\') => {
                return Some("possessive quantifiers")
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `expr [NOT] REGEXP pattern` as PostgreSQL text and its note; an error when a literal
/// pattern uses syntax PostgreSQL lacks.
pub fn rewrite(
    negated: bool,
    expr: &Expr,
    pat: &Expr,
    sets: &ColumnSets,
) -> Result<(String, String), String> {
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
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
            crate::semantic::facts::column_is(expr, sets, |f, c| f.text.contains(c))
        }
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
                if let Some(what) = foreign_syntax(s) {
                    return Err(format!("REGEXP pattern '{s}' uses {what}, which PostgreSQL's regular expressions lack"));
                }
                (crate::ident::literal(&pattern(s)), true)
            }
            _ => (pat.to_string(), false),
        },
        // A case-insensitive column as the pattern: its collation is nondeterministic too.
        _ if super::text_functions::mentions_ci(pat, sets) => {
            (format!("(CAST({pat} AS text) COLLATE \"und-x-icu\")"), false)
        }
        _ => (pat.to_string(), false),
    };
    let note = if !literal {
        format!("REGEXP becomes {op}: the pattern is not a literal, so MySQL-only syntax in it (`[[:<:]]`, `\\b` as a word boundary) is not rewritten")
    } else if cs {
        format!("REGEXP becomes {op} (case-sensitive column)")
    } else {
        format!("REGEXP becomes {op}: case-insensitive, as MySQL's default collations are")
    };
    Ok((format!("({expr} {op} {pat_text})"), note))
}

#[cfg(test)]
mod tests {
    #[test]
    fn syntax_postgresql_lacks() {
        for bad in ["(*CR)a", "\\x{00E0}", "(a)\\g1", "a(?R)?b", "a++", "x*+", "b(?i)c", "(?<n>a)", "\\p{L}"] {
            assert!(super::foreign_syntax(bad).is_some(), "{bad}");
        }
        for ok in ["^(ber|ham|mün)", "ü(?:é)+", "(?i)abc", "a(?:b)c", "a(?=b)", "[+*]+", "\\++", "^[a-z]{2,3}$", "a+b", "[(*]"] {
            assert!(super::foreign_syntax(ok).is_none(), "{ok}");
        }
    }

    #[test]
    fn word_boundaries() {
        assert_eq!(super::pattern("[[:<:]]ab\\b"), "\\mab\\y");
        assert_eq!(super::pattern("a\\\\b[[:>:]]"), "a\\\\b\\M");
    }
}
