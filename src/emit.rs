//! Output assembly: PostgreSQL statements in pg_dump's order.
//!
//! Tables, types, data and other statements are written in input order, as they
//! are converted (a dump streams through). The parts
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

/// The output, written as it is produced: only the pending parts of tables (small)
/// are held until the end.
pub struct Writer<'w> {
    out: &'w mut (dyn std::io::Write + Send),
    /// The first write error; later writes are skipped and the error is returned.
    error: Option<std::io::Error>,
    /// Statements that must come before their first use (collations), written once.
    prelude: Vec<String>,
    /// Pending parts per table (catalog key)…
    pending: BTreeMap<(String, String), Pending>,
    /// …and the order the tables were created in.
    order: Vec<(String, String)>,
    /// The header of the COPY block being written, if one is open.
    open_copy: Option<String>,
    /// Views by name: the last definition of each, with the relations it reads, written
    /// after keys and foreign keys (pg_dump's order) in dependency order. mysqldump's
    /// stand-in views and their final definitions so become one view each.
    views: Vec<(String, String, Vec<String>)>,
    /// DROP VIEW statements for views the input does not define.
    view_drops: Vec<String>,
    /// Reading a `--schema` input: nothing is written or kept.
    pub muted: bool,
}

impl<'w> Writer<'w> {
    pub fn new(out: &'w mut (dyn std::io::Write + Send), header: &str) -> Self {
        let mut w = Writer {
            out,
            error: None,
            prelude: Vec::new(),
            pending: BTreeMap::new(),
            order: Vec::new(),
            open_copy: None,
            views: Vec::new(),
            view_drops: Vec::new(),
            muted: false,
        };
        w.write(header);
        w
    }

    fn write(&mut self, s: &str) {
        if self.error.is_none() && !self.muted {
            if let Err(e) = self.out.write_all(s.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    /// Writes a statement that must precede what uses it, once.
    pub fn prelude(&mut self, stmt: String) {
        if !self.muted && !self.prelude.contains(&stmt) {
            self.push(stmt.clone());
            self.prelude.push(stmt);
        }
    }

    /// Writes one output statement (or several, joined).
    pub fn push(&mut self, stmt: String) {
        self.close_copy();
        self.write("\n");
        self.write(stmt.trim_end());
        self.write("\n");
    }

    /// Writes COPY rows (each ending in a newline) under `header`, continuing the open
    /// block when it is for the same table and columns.
    pub fn copy(&mut self, header: &str, rows: &str) {
        if self.muted {
            return;
        }
        if self.open_copy.as_deref() != Some(header) {
            self.close_copy();
            self.write("\n");
            self.write(header);
            self.write("\n");
            self.open_copy = Some(header.to_string());
        }
        self.write(rows);
    }

    /// Defines (or redefines) a view for the end of the script.
    pub fn define_view(&mut self, name: String, stmt: String, reads: Vec<String>) {
        if self.muted {
            return;
        }
        self.views.retain(|(n, _, _)| *n != name);
        self.views.push((name, stmt, reads));
    }

    /// Drops a view: forgets its definition, or keeps the DROP if the input never defined it.
    pub fn drop_view(&mut self, name: &str, stmt: String) {
        let before = self.views.len();
        self.views.retain(|(n, _, _)| n != name);
        if self.views.len() == before && !self.view_drops.contains(&stmt) {
            self.view_drops.push(stmt);
        }
    }

    /// The views in an order where each comes after the views it reads.
    fn ordered_views(&mut self) -> Vec<String> {
        let views = std::mem::take(&mut self.views);
        let mut done: Vec<bool> = vec![false; views.len()];
        let mut out = Vec::new();
        fn visit(
            i: usize,
            views: &[(String, String, Vec<String>)],
            done: &mut [bool],
            on_path: &mut Vec<usize>,
            out: &mut Vec<String>,
        ) {
            if done[i] || on_path.contains(&i) {
                return;
            }
            on_path.push(i);
            for dep in &views[i].2 {
                if let Some(j) = views.iter().position(|(n, _, _)| n == dep) {
                    visit(j, views, done, on_path, out);
                }
            }
            on_path.pop();
            done[i] = true;
            out.push(views[i].1.clone());
        }
        for i in 0..views.len() {
            visit(i, &views, &mut done, &mut Vec::new(), &mut out);
        }
        out
    }

    pub fn close_copy(&mut self) {
        if self.open_copy.take().is_some() {
            self.write("\\.\n");
        }
    }

    /// Adds pending parts for a table (merged with what it already has).
    pub fn defer(&mut self, key: (String, String), parts: Pending) {
        if self.muted || parts.post.is_empty() && parts.fks.is_empty() && parts.late.is_empty() {
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

    /// Turns a pending foreign key statement into a comment (PostgreSQL would reject it);
    /// false when it is not pending (written already, or never).
    pub fn disable_fk(&mut self, stmt: &str, code: &str, why: &str) -> bool {
        for p in self.pending.values_mut() {
            if let Some(slot) = p.fks.iter_mut().find(|(s, _)| s == stmt) {
                slot.0 = format!("-- my2pg {code}: {why}; not run:\n{}", commented(stmt));
                return true;
            }
        }
        false
    }

    /// Renames an index in a table's pending parts (its CREATE INDEX, ADD CONSTRAINT or
    /// COMMENT ON INDEX); false when the table has no pending part naming it (the index
    /// is written already, or never).
    pub fn rename_pending_index(
        &mut self,
        key: &(String, String),
        old: &str,
        new: &str,
        old_qualified: &str,
        new_qualified: &str,
    ) -> bool {
        let Some(p) = self.pending.get_mut(key) else {
            return false;
        };
        let forms = [
            (format!("INDEX {old} ON "), format!("INDEX {new} ON ")),
            (
                format!("ADD CONSTRAINT {old} "),
                format!("ADD CONSTRAINT {new} "),
            ),
            (
                format!("COMMENT ON INDEX {old_qualified} IS"),
                format!("COMMENT ON INDEX {new_qualified} IS"),
            ),
        ];
        let mut found = false;
        for s in p.post.iter_mut().chain(p.late.iter_mut()) {
            for (from, to) in &forms {
                if s.contains(from.as_str()) {
                    *s = s.replacen(from.as_str(), to, 1);
                    found = true;
                }
            }
        }
        found
    }

    /// Adds `NOT VALID` to the pending foreign keys that reference table `target`;
    /// returns them as changed.
    pub fn fks_not_valid(&mut self, target: &(String, String)) -> Vec<String> {
        let mut changed = Vec::new();
        for p in self.pending.values_mut() {
            for (stmt, t) in p.fks.iter_mut() {
                if t == target && !stmt.starts_with("--") {
                    if let Some(body) = stmt.strip_suffix(';') {
                        *stmt = format!("{body} NOT VALID;");
                        changed.push(stmt.clone());
                    }
                }
            }
        }
        changed
    }

    /// Whether a table's keys and foreign keys are still waiting for the end.
    pub fn has_pending(&self, key: &(String, String)) -> bool {
        self.muted || self.pending.contains_key(key)
    }

    /// Writes a table's pending parts now (before a statement that touches it).
    pub fn flush_table(&mut self, key: &(String, String)) {
        if let Some(p) = self.pending.remove(key) {
            for s in p.post {
                self.push(s);
            }
            // A foreign key needs the referenced table's primary or unique key first.
            for (fk, target) in p.fks {
                let post = self
                    .pending
                    .get_mut(&target)
                    .map(|t| std::mem::take(&mut t.post))
                    .unwrap_or_default();
                for s in post {
                    self.push(s);
                }
                self.push(fk);
            }
            for s in p.late {
                self.push(s);
            }
        }
    }

    /// Writes what is still pending, in pg_dump's order; returns the first write error.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.close_copy();
        let mut pending = std::mem::take(&mut self.pending);
        let (mut post, mut fks, mut late) = (Vec::new(), Vec::new(), Vec::new());
        // Tables flushed earlier and created again appear twice in `order`: take each once.
        for p in self.order.iter().filter_map(|k| pending.remove(k)) {
            post.extend(p.post);
            fks.extend(p.fks.into_iter().map(|(fk, _)| fk));
            late.extend(p.late);
        }
        let drops = std::mem::take(&mut self.view_drops);
        let views = self.ordered_views();
        for s in post
            .into_iter()
            .chain(fks)
            .chain(drops)
            .chain(views)
            .chain(late)
        {
            self.push(s);
        }
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
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

/// What one statement produced.
#[derive(Default)]
pub(crate) struct Out {
    pub(crate) prelude: Vec<String>,
    pub(crate) types: Vec<String>,
    pub(crate) main: Vec<String>,
    pub(crate) post: Vec<String>,
    pub(crate) fks: Vec<(String, (String, String))>,
    pub(crate) late: Vec<String>,
    /// Tables this statement reads or changes (catalog keys).
    pub(crate) touches: Vec<(String, String)>,
    /// A view statement: (view name, relations it reads, is a DROP), written with the
    /// views after keys and foreign keys.
    pub(crate) view: Option<(String, Vec<String>, bool)>,
    /// The table whose `post`, `fks` and `late` parts wait for the end of the script.
    pub(crate) pending: Option<(String, String)>,
    /// Indexes renamed before this statement's table takes their name: (owning table,
    /// old name, new name, old and new qualified names), each renamed in the owner's
    /// pending parts, or with `ALTER INDEX … RENAME` when written already.
    pub(crate) index_renames: Vec<IndexRename>,
}

impl Out {
    /// Replaces NUL characters (from MySQL `\0` escapes) in every part; true if any.
    pub(crate) fn scrub_nul(&mut self) -> bool {
        let mut found = false;
        for part in [
            &mut self.prelude,
            &mut self.types,
            &mut self.main,
            &mut self.post,
            &mut self.late,
        ] {
            for s in part.iter_mut() {
                if s.contains('\0') {
                    *s = s.replace('\0', "\u{FFFD}");
                    found = true;
                }
            }
        }
        for (s, _) in self.fks.iter_mut() {
            if s.contains('\0') {
                *s = s.replace('\0', "\u{FFFD}");
                found = true;
            }
        }
        found
    }

    pub(crate) fn main(s: String) -> Self {
        Out {
            main: vec![s],
            ..Default::default()
        }
    }
    pub(crate) fn commented(original: &str, code: &str, why: &str) -> Self {
        Out::main(format!(
            "-- my2pg {code}: {why}; original statement:\n{}",
            commented(original)
        ))
    }
}

/// An index renamed so that a table can take its name.
pub struct IndexRename {
    /// The table the index belongs to (catalog key).
    pub owner: (String, String),
    /// Old and new names, quoted as the output writes them.
    pub old: String,
    pub new: String,
    pub old_qualified: String,
    pub new_qualified: String,
}
