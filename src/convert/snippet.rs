//! Application SQL (the audit's snippets, `--schema` queries): statements translated one
//! by one with a catalog, without writing a script.

use super::*;
use crate::catalog::Catalog;
use crate::config::Config;
use crate::diagnostics::{self, Diagnostic};
use crate::emit::Writer;
use crate::source::SourceFile;
use crate::split::{split_region, version_number};
use std::collections::BTreeSet;

/// One statement of application SQL, translated with a catalog known beforehand: what
/// `my2pg audit` classifies. Spans of the diagnostics are byte offsets in the text given.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The statement's bytes in the text (without its delimiter).
    pub range: std::ops::Range<usize>,
    /// The PostgreSQL text it becomes: the statements it produced, or the commented
    /// original when it is not translated.
    pub output: String,
    /// Whether PostgreSQL gets a statement (false: kept as a comment or dropped).
    pub emitted: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// Translates each statement of `text` (application SQL: INSERTs stay statements) with
/// `catalog` (from `--schema`), which the statements may extend (a migration's CREATE
/// TABLE). Never fails on user input.
pub fn translate_statements(text: &str, catalog: &mut Catalog, config: &Config) -> Vec<Translated> {
    let (file, mut file_diags) = SourceFile::new("snippet", 0, text.as_bytes());
    let version = version_number(&config.mysql_version);
    let mut sink = std::io::sink();
    let mut st = State {
        data: crate::data::DataState::default(),
        catalog: std::mem::take(catalog),
        writer: Writer::new(&mut sink, ""),
        diags: Vec::new(),
        dropped: BTreeSet::new(),
    };
    st.writer.muted = true;
    let whole = file.slice(0..file.len()).to_string();
    let split = split_region(&whole, 0, ";", 0, version, &mut file_diags);
    let mut results = Vec::new();
    for raw in &split.statements {
        let original = file.slice(raw.range.clone()).to_string();
        if let Some((output, mut diagnostics)) =
            super::script::literal_insert(raw.range.clone(), 0, &original, config, &st.catalog)
        {
            let emitted = output
                .lines()
                .any(|l| !l.trim().is_empty() && !l.starts_with("--"));
            diagnostics::sort(&mut diagnostics);
            results.push(Translated {
                range: raw.range.clone(),
                output,
                emitted,
                diagnostics,
            });
            continue;
        }
        let out = statement_output(raw, &original, &file, 0, config, &mut st);
        let parts: Vec<&String> = out
            .prelude
            .iter()
            .chain(&out.types)
            .chain(&out.main)
            .chain(&out.post)
            .chain(out.fks.iter().map(|(s, _)| s))
            .chain(&out.late)
            .collect();
        let emitted = parts.iter().any(|p| {
            p.lines()
                .any(|l| !l.trim().is_empty() && !l.starts_with("--"))
        });
        let output = parts
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let mut diagnostics = std::mem::take(&mut st.diags);
        // Diagnostics of the splitter (unterminated quotes, …) go with the statement they
        // fall in.
        let (mine, rest): (Vec<_>, Vec<_>) = file_diags
            .into_iter()
            .partition(|d| d.span.start < raw.range.end);
        file_diags = rest;
        diagnostics.extend(mine);
        diagnostics::sort(&mut diagnostics);
        results.push(Translated {
            range: raw.range.clone(),
            output,
            emitted,
            diagnostics,
        });
    }
    if let Some(last) = results.last_mut() {
        last.diagnostics.append(&mut file_diags);
    }
    *catalog = st.catalog;
    results
}
