//! Output assembly: PostgreSQL statements in pg_dump's order.
//!
//! Statements are collected in a [`Batch`]: types first, then tables and
//! statements in input order, then primary/unique constraints and indexes,
//! then foreign keys, then triggers. A batch is flushed when a later
//! statement touches a table that still has pending parts (an ALTER TABLE
//! after its CREATE TABLE), when the schema changes (`USE`), and at the end,
//! so a migration folder keeps its order and a dump gets pg_dump's.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Batch {
    pub types: Vec<String>,
    pub main: Vec<String>,
    pub post: Vec<String>,
    pub fks: Vec<String>,
    pub late: Vec<String>,
    /// Tables (catalog keys) with parts in `post`, `fks` or `late`.
    pub pending: BTreeSet<(String, String)>,
}

/// The whole output.
#[derive(Debug, Default)]
pub struct Writer {
    /// Statements that must come first (collations, extensions), deduplicated, in order.
    pub prelude: Vec<String>,
    pub body: Vec<String>,
    pub batch: Batch,
}

impl Writer {
    pub fn prelude(&mut self, stmt: String) {
        if !self.prelude.contains(&stmt) {
            self.prelude.push(stmt);
        }
    }

    pub fn flush(&mut self) {
        let b = std::mem::take(&mut self.batch);
        for part in [b.types, b.main, b.post, b.fks, b.late] {
            self.body.extend(part);
        }
    }

    pub fn finish(mut self, header: &str) -> String {
        self.flush();
        let mut out = String::from(header);
        for s in self.prelude.iter().chain(self.body.iter()) {
            out.push('\n');
            out.push_str(s.trim_end());
            out.push('\n');
        }
        out
    }
}

/// Original text behind `-- `, line by line.
pub fn commented(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "--".to_string()
            } else {
                format!("-- {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Script comments, rewritten as PostgreSQL comments (`#` → `--`; block comments kept).
pub fn script_comment(text: &str) -> String {
    if let Some(rest) = text.strip_prefix('#') {
        format!("--{rest}")
    } else if text.starts_with("/*") {
        // A `*/` cannot occur inside; nested `/*` would open a nested comment in PostgreSQL.
        let inner = &text[2..text.len().saturating_sub(2)];
        format!("/*{}*/", inner.replace("/*", "/ *"))
    } else {
        text.to_string()
    }
}
