//! # D011 comment
//!
//! ## What it does
//! Turns table and column COMMENTs into `COMMENT ON TABLE` / `COMMENT ON COLUMN`, and
//! keeps the script's own comments (`--`, `#`, `/* */`) in the output.
//!
//! ## MySQL
//! `COMMENT 'text'` on columns and `COMMENT='text'` on tables; index comments.
//!
//! ## PostgreSQL
//! `COMMENT ON … IS 'text'` right after the table. Index comments become
//! `COMMENT ON INDEX`. Script comments are written before the statement they precede
//! (comments inside a statement too, since the statement is rewritten).
//!
//! ## Caveats
//! None.

use crate::rules::Cx;

crate::rule!("D011", "comment", Info, "COMMENT clauses become COMMENT ON");

pub fn on(kind: &str, target: &str, text: &str, _cx: &mut Cx) -> String {
    format!(
        "COMMENT ON {kind} {target} IS {};",
        crate::ident::literal(text)
    )
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::convert::{convert, Input};
    use pretty_assertions::assert_eq;

    fn pg(sql: &str) -> String {
        let c = convert(
            &[Input {
                name: "t.sql".into(),
                bytes: sql.as_bytes().to_vec(),
            }],
            &Config::default(),
        );
        c.sql
            .lines()
            .skip(1)
            .filter(|l| !l.is_empty() && !l.starts_with("CREATE COLLATION"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn comments_become_comment_on() {
        assert_eq!(
            pg("# note\nCREATE TABLE t (a int COMMENT 'it''s a', b int COMMENT '') COMMENT 'tbl';"),
            "-- note\nCREATE TABLE t (\n    a integer,\n    b integer\n);\nCOMMENT ON TABLE t IS 'tbl';\nCOMMENT ON COLUMN t.a IS 'it''s a';"
        );
    }
}
