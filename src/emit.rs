//! Output assembly: PostgreSQL statements in pg_dump's order.
//!
//! Tables, types and other statements are written in input order. The parts
//! of a CREATE TABLE that pg_dump writes after all data — primary and
//! unique constraints and indexes, then foreign keys, then triggers — stay
//! pending per table and are written at the end of the script, in that
//! order. When a later statement touches a table that still has pending
//! parts (an ALTER TABLE in a migration folder), that table's parts are
//! written first, so migrations keep their order and dumps get pg_dump's.

use std::collections::BTreeMap;

/// Parts of one table that wait for the end of the script.
#[derive(Debug, Default)]
pub struct Pending {
    pub post: Vec<String>,
    /// Foreign keys, with the table (catalog key) each references.
    pub fks: Vec<(String, (String, String))>,
    pub late: Vec<String>,
}

/// The whole output.
#[derive(Debug, Default)]
pub struct Writer {
    /// Statements that must come first (collations), deduplicated, in order.
    prelude: Vec<String>,
    body: Vec<String>,
    /// Pending parts per table (catalog key)…
    pending: BTreeMap<(String, String), Pending>,
    /// …and the order the tables were created in.
    order: Vec<(String, String)>,
}

impl Writer {
    pub fn prelude(&mut self, stmt: String) {
        if !self.prelude.contains(&stmt) {
            self.prelude.push(stmt);
        }
    }

    pub fn push(&mut self, stmt: String) {
        self.body.push(stmt);
    }

    /// Adds pending parts for a table (merged with what it already has).
    pub fn defer(&mut self, key: (String, String), parts: Pending) {
        if parts.post.is_empty() && parts.fks.is_empty() && parts.late.is_empty() {
            return;
        }
        match self.pending.get_mut(&key) {
            Some(p) => {
                p.post.extend(parts.post);
                p.fks.extend(parts.fks);
                p.late.extend(parts.late);
            }
            None => {
                self.order.push(key.clone());
                self.pending.insert(key, parts);
            }
        }
    }

    /// Writes a table's pending parts now (before a statement that touches it).
    pub fn flush_table(&mut self, key: &(String, String)) {
        if let Some(p) = self.pending.remove(key) {
            self.body.extend(p.post);
            // A foreign key needs the referenced table's primary or unique key first.
            for (fk, target) in p.fks {
                if let Some(t) = self.pending.get_mut(&target) {
                    self.body.append(&mut t.post);
                }
                self.body.push(fk);
            }
            self.body.extend(p.late);
        }
    }

    pub fn finish(mut self, header: &str) -> String {
        let mut pending = std::mem::take(&mut self.pending);
        let (mut post, mut fks, mut late) = (Vec::new(), Vec::new(), Vec::new());
        // Tables flushed earlier and created again appear twice in `order`: take each once.
        for p in self.order.iter().filter_map(|k| pending.remove(k)) {
            post.extend(p.post);
            fks.extend(p.fks.into_iter().map(|(fk, _)| fk));
            late.extend(p.late);
        }
        self.body.extend(post);
        self.body.extend(fks);
        self.body.extend(late);
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
        format!("--{}", rest.trim_end_matches('\r'))
    } else if text.starts_with("/*") {
        // A `*/` cannot occur inside; nested `/*` would open a nested comment in PostgreSQL.
        let inner = &text[2..text.len().saturating_sub(2)];
        format!("/*{}*/", inner.replace("/*", "/ *"))
    } else {
        // A `--` comment from a CRLF file: drop the carriage return.
        text.trim_end_matches('\r').to_string()
    }
}
