//! # Q005 placeholder
//!
//! ## What it does
//! Numbers positional placeholders: `?` becomes `$1`, `$2`, … in order (the default,
//! `--placeholders dollar`), or stays `?` (`question`, for JDBC) or becomes `%s`
//! (`percent`, for psycopg). Named placeholders (`:name`) are kept.
//!
//! ## MySQL
//! Drivers send `?` for each bound value, left to right.
//!
//! ## PostgreSQL
//! The server's protocol numbers parameters `$1 … $n`; JDBC and psycopg translate their
//! own markers.
//!
//! ## Caveats
//! A placeholder inside a string or a comment is text, not a parameter: only the
//! parser's placeholders are numbered.

crate::rule!(
    "Q005",
    "placeholder",
    Info,
    "? placeholders are numbered $1, $2, …"
);

/// The PostgreSQL marker for the `n`th (1-based) positional placeholder.
pub fn marker(n: usize, style: crate::config::PlaceholderStyle) -> String {
    match style {
        crate::config::PlaceholderStyle::Dollar => format!("${n}"),
        crate::config::PlaceholderStyle::Question => "?".into(),
        crate::config::PlaceholderStyle::Percent => "%s".into(),
    }
}

/// Rewrites the `$n` placeholders of a statement translated with the dollar style: each
/// becomes `to(n)`. Strings, comments and identifiers are left alone. The audit puts the
/// application's own markers back with it.
pub fn rebind(pg_sql: &str, to: &dyn Fn(usize) -> String) -> String {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let d = sqlparser::dialect::PostgreSqlDialect {};
    let Ok(tokens) = Tokenizer::new(&d, pg_sql).tokenize() else {
        return pg_sql.to_string();
    };
    let mut out = String::with_capacity(pg_sql.len());
    for t in tokens {
        match &t {
            Token::Placeholder(p) if p.starts_with('$') => match p[1..].parse::<usize>() {
                Ok(n) => out.push_str(&to(n)),
                Err(_) => out.push_str(p),
            },
            other => out.push_str(&other.to_string()),
        }
    }
    out
}

/// The `$n` placeholders of a statement translated with the dollar style, left to right.
pub fn dollar_order(pg_sql: &str) -> Vec<usize> {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let d = sqlparser::dialect::PostgreSqlDialect {};
    Tokenizer::new(&d, pg_sql)
        .tokenize()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| match t {
            Token::Placeholder(p) => p.strip_prefix('$').and_then(|n| n.parse().ok()),
            _ => None,
        })
        .collect()
}

/// Whether two statements are the same text for PostgreSQL: the same tokens, unquoted
/// words compared case-insensitively (PostgreSQL folds them), whitespace ignored.
pub fn same_statement(a: &str, b: &str) -> bool {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let d = sqlparser::dialect::PostgreSqlDialect {};
    let toks = |s: &str| -> Option<Vec<Token>> {
        Some(
            Tokenizer::new(&d, s)
                .tokenize()
                .ok()?
                .into_iter()
                .filter(|t| !matches!(t, Token::Whitespace(_) | Token::SemiColon))
                .map(|t| match t {
                    Token::Word(mut w) if w.quote_style.is_none() => {
                        w.value = w.value.to_lowercase();
                        w.keyword = sqlparser::keywords::Keyword::NoKeyword;
                        Token::Word(w)
                    }
                    other => other,
                })
                .collect(),
        )
    };
    match (toks(a), toks(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::convert::{convert, Input};

    #[test]
    fn a_value_read_twice_is_refused_with_positional_markers() {
        let config = Config {
            placeholders: crate::config::PlaceholderStyle::Question,
            ..Config::default()
        };
        let c = convert(
            &[Input {
                name: "q.sql".into(),
                bytes: b"SELECT GREATEST(?, a) FROM t;\nSELECT a FROM t WHERE b = ?;".to_vec(),
            }],
            &config,
        );
        assert!(
            c.sql.contains("-- SELECT GREATEST(?, a) FROM t"),
            "{}",
            c.sql
        );
        assert!(c.sql.contains("SELECT a FROM t WHERE b = ?;"), "{}", c.sql);
        assert!(c
            .diagnostics
            .iter()
            .any(|d| d.code == "Q005" && d.message.contains("more than once")));
    }

    #[test]
    fn placeholders_are_numbered_in_order() {
        let c = convert(
            &[Input {
                name: "q.sql".into(),
                bytes: b"SELECT a FROM t WHERE b = ? AND c = '?' AND d IN (?, ?) LIMIT ?;".to_vec(),
            }],
            &Config::default(),
        );
        assert!(
            c.sql
                .contains("SELECT a FROM t WHERE b = $1 AND c = '?' AND d IN ($2, $3) LIMIT $4"),
            "{}",
            c.sql
        );
    }
}
