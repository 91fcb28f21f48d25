//! `my2pg check DIR`: golden-file mode, also the door of the project's own
//! corpus tests.
//!
//! For each `*.mysql.sql` in DIR (recursively), convert it and compare with
//! `*.pg.sql` (the output) and `*.diag` (diagnostics in concise format,
//! paths relative to DIR). With `bless`, write them instead. An optional
//! `*.yaml` beside the input is its config.
//!
//! An audit case is a folder `NAME.audit` (an application tree, or a link to one): it is
//! audited as `my2pg audit` does and its text report compared with `NAME.audit.diag`;
//! `NAME.schema.sql` beside it is its `--schema` and `NAME.yaml` its config.

use crate::config::Config;
use crate::convert::{convert, Input};
use crate::render::concise;
use std::path::{Path, PathBuf};

/// One case's result.
pub struct CaseResult {
    pub name: String,
    /// Unified-style diff lines when the output drifted; empty when it matches.
    pub drift: Vec<String>,
    /// The case was (re)written by bless.
    pub blessed: bool,
}

/// Every `*.mysql.sql` and `*.audit` folder under `dir`, sorted.
pub fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        // An audit case's tree is the case, not more cases.
        .filter_entry(|e| !inside_audit_case(e.path()))
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| {
            let s = p.to_string_lossy();
            (s.ends_with(".mysql.sql") && !inside_audit_case(p)) || is_audit_case(p)
        })
        .collect();
    v.sort();
    v
}

fn is_audit_case(p: &Path) -> bool {
    p.to_string_lossy().ends_with(".audit") && p.is_dir()
}

fn inside_audit_case(p: &Path) -> bool {
    p.ancestors()
        .skip(1)
        .any(|a| a.to_string_lossy().ends_with(".audit"))
}

/// The text report of an audit case (paths relative to the case folder).
pub fn run_audit_case(case: &Path) -> Result<String, String> {
    let base = case.to_string_lossy();
    let stem = base.trim_end_matches(".audit");
    let cfg_path = PathBuf::from(format!("{stem}.yaml"));
    let config = match std::fs::read_to_string(&cfg_path) {
        Ok(text) => Config::from_yaml(
            &cfg_path.display().to_string(),
            &text,
            crate::registry::known_code,
        )?,
        Err(_) => Config::default(),
    };
    let schema = PathBuf::from(format!("{stem}.schema.sql"));
    let mut sources = Vec::new();
    if let Ok(f) = std::fs::File::open(&schema) {
        sources.push(crate::convert::Source {
            name: schema.display().to_string(),
            reader: Box::new(f),
            schema_only: true,
        });
    }
    let catalog = crate::convert::schema_catalog(sources, &config).map_err(|e| e.to_string())?;
    let report = crate::audit::audit(&crate::audit::Options {
        paths: vec![case.to_path_buf()],
        config: &config,
        catalog,
        baseline: Default::default(),
    });
    Ok(report.text())
}

fn sibling(input: &Path, ext: &str) -> PathBuf {
    let s = input.to_string_lossy();
    PathBuf::from(format!("{}{ext}", s.trim_end_matches(".mysql.sql")))
}

/// What a case produces: (PostgreSQL text, diagnostics text). IO errors are strings.
pub fn run_case(dir: &Path, input: &Path) -> Result<(String, String), String> {
    let bytes = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let cfg_path = sibling(input, ".yaml");
    let config = match std::fs::read_to_string(&cfg_path) {
        Ok(text) => Config::from_yaml(
            &cfg_path.display().to_string(),
            &text,
            crate::registry::known_code,
        )?,
        Err(_) => Config::default(),
    };
    let name = input
        .strip_prefix(dir)
        .unwrap_or(input)
        .to_string_lossy()
        .replace('\\', "/");
    let conv = convert(&[Input { name, bytes }], &config);
    let mut diag = String::new();
    for d in &conv.diagnostics {
        diag.push_str(&concise(d, &conv.files));
        diag.push('\n');
    }
    Ok((conv.sql, diag))
}

/// A small line diff: `-expected` / `+actual` lines around the first difference.
pub fn diff(expected: &str, actual: &str) -> Vec<String> {
    if expected == actual {
        return Vec::new();
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let start = e.iter().zip(a.iter()).take_while(|(x, y)| x == y).count();
    let mut ee = e.len();
    let mut aa = a.len();
    while ee > start && aa > start && e[ee - 1] == a[aa - 1] {
        ee -= 1;
        aa -= 1;
    }
    let mut out = vec![format!("@@ line {} @@", start + 1)];
    for l in &e[start.saturating_sub(2)..start] {
        out.push(format!(" {l}"));
    }
    out.extend(e[start..ee].iter().map(|l| format!("-{l}")));
    out.extend(a[start..aa].iter().map(|l| format!("+{l}")));
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push("\\ newline at end of file differs".into());
    }
    out
}

/// Checks (or blesses) every case in `dir`.
pub fn check_dir(dir: &Path, bless: bool) -> Result<Vec<CaseResult>, String> {
    let mut results = Vec::new();
    for input in cases(dir) {
        let name = input
            .strip_prefix(dir)
            .unwrap_or(&input)
            .to_string_lossy()
            .to_string();
        let outputs: Vec<(PathBuf, String)> = if is_audit_case(&input) {
            let report = run_audit_case(&input)?;
            vec![(PathBuf::from(format!("{}.diag", input.display())), report)]
        } else {
            let (sql, diag) = run_case(dir, &input)?;
            vec![
                (sibling(&input, ".pg.sql"), sql),
                (sibling(&input, ".diag"), diag),
            ]
        };
        let mut drift = Vec::new();
        let mut blessed = false;
        for (path, actual) in &outputs {
            let expected = std::fs::read_to_string(path).ok();
            if expected.as_deref() == Some(actual.as_str()) {
                continue;
            }
            if bless {
                std::fs::write(path, actual).map_err(|e| format!("{}: {e}", path.display()))?;
                blessed = true;
            } else {
                drift.push(format!("--- {}", path.display()));
                match expected {
                    Some(exp) => drift.extend(diff(&exp, actual)),
                    None => drift.push("(expected file missing: run with --bless)".into()),
                }
            }
        }
        results.push(CaseResult {
            name,
            drift,
            blessed,
        });
    }
    Ok(results)
}
