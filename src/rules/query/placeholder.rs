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
