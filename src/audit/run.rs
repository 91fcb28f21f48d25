//! The audit pipeline: walk → extract → classify (the translation in detect mode) →
//! suppressions and baseline → report. Files are read and classified on all cores; the
//! report is sorted, so it does not depend on the order threads finish in.

use super::classify::{defines, finish, snippet, translate, Lines};
use super::extract::{extract, Suppression};
use super::finding::{FileProblem, Finding, UnusedSuppression};
use super::report::Report;
use super::walk::{files, SourcePath};
use crate::catalog::Catalog;
use crate::config::Config;
use crate::convert::Translated;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// What to audit.
pub struct Options<'a> {
    pub paths: Vec<PathBuf>,
    pub config: &'a Config,
    /// The schema's catalog (`--schema`), empty without one.
    pub catalog: Catalog,
    /// Fingerprints of findings to leave out (`--baseline`).
    pub baseline: BTreeSet<String>,
}

/// One file's part of the report.
#[derive(Default)]
struct FileResult {
    findings: Vec<Finding>,
    unused: Vec<UnusedSuppression>,
    problem: Option<FileProblem>,
}

/// Translations of snippets by their text, made with the schema's catalog alone: an
/// application sends the same statement from many places, and the same text with the same
/// catalog always translates the same. Only what a file reads before any of its own DDL
/// uses it; the report does not depend on it.
type Cache = Mutex<HashMap<String, Arc<Vec<Translated>>>>;

/// Audits the files under `opts.paths`.
pub fn audit(opts: &Options) -> Report {
    let (list, walk_problems) = files(&opts.paths, &opts.config.audit);
    // The schema's column facts, computed once and shared by every file's catalog.
    let _ = opts.catalog.column_sets();
    let mut dollar = opts.config.clone();
    dollar.placeholders = crate::config::PlaceholderStyle::Dollar;
    let cache: Cache = Mutex::new(HashMap::new());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(list.len().max(1));
    let mut results: Vec<(usize, FileResult)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                std::thread::Builder::new()
                    // Translation recurses over expression trees (see convert/mod.rs).
                    .stack_size(256 << 20)
                    .spawn_scoped(s, || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(f) = list.get(i) else { break };
                            done.push((i, one_file(f, opts, &dollar, &cache)));
                        }
                        done
                    })
                    .expect("spawn an audit thread")
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    let mut findings = Vec::new();
    let mut unused = Vec::new();
    let mut problems: Vec<FileProblem> = walk_problems
        .into_iter()
        .map(|(file, message)| FileProblem { file, message })
        .collect();
    for (_, r) in results {
        findings.extend(r.findings);
        unused.extend(r.unused);
        problems.extend(r.problem);
    }
    let before = findings.len();
    findings.retain(|f| !opts.baseline.contains(&f.fingerprint));
    let baselined = before - findings.len();
    Report::new(findings, list.len(), baselined, unused, problems)
}

fn one_file(f: &SourcePath, opts: &Options, dollar: &Config, cache: &Cache) -> FileResult {
    let bytes = match std::fs::read(&f.path) {
        Ok(b) => b,
        Err(e) => {
            return FileResult {
                problem: Some(FileProblem {
                    file: f.name.clone(),
                    message: format!("cannot read: {e}"),
                }),
                ..FileResult::default()
            }
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let extracted = extract(f.lang, &text);
    let mut result = FileResult::default();
    if extracted.snippets.is_empty() && extracted.suppressions.is_empty() {
        return result;
    }
    let lines = Lines::new(&text);
    // Each file sees the schema, plus what its own statements define (a migration).
    let mut catalog = opts.catalog.clone();
    // Still the schema's catalog alone (no DDL of this file read yet).
    let mut pristine = true;
    for s in &extracted.snippets {
        let hit = if pristine {
            cache
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(&s.sql)
                .cloned()
        } else {
            None
        };
        let results = match hit {
            Some(r) => r,
            None => {
                let r = Arc::new(translate(s, &mut catalog, dollar));
                if defines(s, &r) {
                    pristine = false;
                } else if pristine {
                    cache
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(s.sql.clone(), r.clone());
                }
                r
            }
        };
        result
            .findings
            .extend(snippet(&f.name, f.lang, &lines, s, &results, opts.config));
    }
    result.findings.sort_by_key(|x| x.offset);
    result.unused = suppress(
        &mut result.findings,
        &extracted.suppressions,
        &f.name,
        opts.config,
    );
    result
}

/// Applies inline `my2pg: ignore[…]` comments: each takes its codes out of the first
/// finding that starts on its line or the two after it. Returns those that did nothing.
fn suppress(
    findings: &mut [Finding],
    sups: &[Suppression],
    file: &str,
    config: &Config,
) -> Vec<UnusedSuppression> {
    let mut unused = Vec::new();
    for s in sups {
        let target = findings
            .iter_mut()
            .find(|f| f.line >= s.line && f.line <= s.line + 2);
        let mut used = false;
        if let Some(f) = target {
            let wanted = |code: &str| {
                s.codes.is_empty() || s.codes.iter().any(|c| c.eq_ignore_ascii_case(code))
            };
            let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut f.diagnostics)
                .into_iter()
                .partition(|d| wanted(&d.code) && d.code != "X004");
            f.diagnostics = kept;
            if !gone.is_empty() {
                used = true;
                for d in gone {
                    if !f.suppressed.contains(&d.code) {
                        f.suppressed.push(d.code);
                    }
                }
                finish(f, config);
            }
        }
        if !used {
            unused.push(UnusedSuppression {
                file: file.to_string(),
                line: s.line,
                codes: s.codes.clone(),
            });
        }
    }
    unused
}
