//! Which files the audit reads: the paths given, walked with `.gitignore` rules (inside a
//! git repository or not), without hidden and vendored or generated folders, through the
//! include/exclude globs of `my2pg.yaml`. With `cli.rs`, the audit's only IO.

use super::extract::{lang_of, Lang};
use crate::config::AuditConfig;
use std::path::{Path, PathBuf};

/// Folders skipped by default: dependencies and build output, not the application's code.
pub const VENDORED: &[&str] = &[
    "node_modules",
    "bower_components",
    "vendor",
    "third_party",
    "target",
    "build",
    "dist",
    "out",
    "bin",
    "obj",
    "__pycache__",
    ".venv",
    "venv",
    "site-packages",
    "generated",
    ".next",
    ".nuxt",
    "coverage",
];

/// One file to audit.
#[derive(Debug, Clone)]
pub struct SourcePath {
    pub path: PathBuf,
    /// As reported: relative to the folder given (or as given, for a file).
    pub name: String,
    pub lang: Lang,
}

/// The files under `roots`, sorted by name. Errors (an unreadable folder, a bad glob) are
/// returned as messages beside the files found.
pub fn files(roots: &[PathBuf], cfg: &AuditConfig) -> (Vec<SourcePath>, Vec<(String, String)>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for root in roots {
        if root.is_file() {
            if let Some(lang) = lang_of(root) {
                out.push(SourcePath {
                    path: root.clone(),
                    name: slash(root),
                    lang,
                });
            }
            continue;
        }
        let mut overrides = ignore::overrides::OverrideBuilder::new(root);
        for g in &cfg.include {
            if let Err(e) = overrides.add(g) {
                problems.push(("my2pg.yaml".into(), format!("audit.include `{g}`: {e}")));
            }
        }
        for g in &cfg.exclude {
            if let Err(e) = overrides.add(&format!("!{g}")) {
                problems.push(("my2pg.yaml".into(), format!("audit.exclude `{g}`: {e}")));
            }
        }
        let overrides = match overrides.build() {
            Ok(o) => o,
            Err(e) => {
                problems.push(("my2pg.yaml".into(), format!("audit globs: {e}")));
                ignore::overrides::Override::empty()
            }
        };
        let skip_vendored = cfg.skip_vendored;
        let walker = ignore::WalkBuilder::new(root)
            .require_git(false)
            .overrides(overrides)
            .filter_entry(move |e| {
                !(skip_vendored
                    && e.file_type().is_some_and(|t| t.is_dir())
                    && e.depth() > 0
                    && e.file_name()
                        .to_str()
                        .is_some_and(|n| VENDORED.contains(&n)))
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let kind = e.file_type();
                    if kind.is_some_and(|t| t.is_symlink()) && std::fs::metadata(e.path()).is_err()
                    {
                        // A link to nothing: reported, not skipped in silence.
                        if lang_of(e.path()).is_some() {
                            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                            problems
                                .push((slash(rel), "cannot read: a link to a missing file".into()));
                        }
                        continue;
                    }
                    if !kind.is_some_and(|t| t.is_file() || t.is_symlink()) || !e.path().is_file() {
                        continue;
                    }
                    let p = e.into_path();
                    let Some(lang) = lang_of(&p) else { continue };
                    if is_minified(&p) {
                        continue;
                    }
                    let rel = p.strip_prefix(root).unwrap_or(&p);
                    let name = if roots.len() == 1 {
                        slash(rel)
                    } else {
                        slash(&root.join(rel))
                    };
                    out.push(SourcePath {
                        path: p,
                        name,
                        lang,
                    });
                }
                Err(e) => problems.push((slash(root), e.to_string())),
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.dedup_by(|a, b| a.name == b.name);
    (out, problems)
}

/// Bundled and minified scripts (`app.min.js`) are build output.
fn is_minified(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.contains(".min.") || n.ends_with(".bundle.js"))
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}
