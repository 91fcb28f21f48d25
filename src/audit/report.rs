//! The audit report: summary, effort estimate, and the text, JSON, YAML and SARIF forms.

use super::finding::{Class, FileProblem, Finding, UnusedSuppression};
use crate::config::Config;
use crate::diagnostics::Severity;
use serde::Serialize;
use std::collections::BTreeMap;

/// How the effort estimate is made (printed with it).
pub const METHOD: &str = "minutes per finding: compatible 0; translatable 5 (apply the translation, run the code path's tests); manual: the largest of its codes' minutes (30 for an error, 15 for a warning, or `audit.effort` in my2pg.yaml); unparsed 30; dynamic SQL +10 (read the code that builds it). Complexity per finding as in AWS SCT: simple up to 5 minutes, medium up to 30, significant above";

/// Minutes for one finding (see [`METHOD`]).
pub fn effort(f: &Finding, config: &Config) -> u32 {
    let base = match f.class {
        Class::Compatible => 0,
        Class::Translatable => 5,
        Class::Unparsed => 30,
        Class::Manual => f
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning || !f.emitted)
            .map(|d| {
                config
                    .audit
                    .effort
                    .get(&d.code)
                    .copied()
                    .unwrap_or(match d.severity {
                        Severity::Error => 30,
                        Severity::Warning => 15,
                        Severity::Info => 5,
                    })
            })
            .max()
            .unwrap_or(30),
    };
    if f.dynamic && f.class != Class::Compatible {
        base + 10
    } else {
        base
    }
}

fn complexity(minutes: u32) -> &'static str {
    match minutes {
        0 => "none",
        1..=5 => "simple",
        6..=30 => "medium",
        _ => "significant",
    }
}

/// Counts by class.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ClassCounts {
    pub compatible: usize,
    pub translatable: usize,
    pub manual: usize,
    pub unparsed: usize,
}

impl ClassCounts {
    fn add(&mut self, c: Class) {
        match c {
            Class::Compatible => self.compatible += 1,
            Class::Translatable => self.translatable += 1,
            Class::Manual => self.manual += 1,
            Class::Unparsed => self.unparsed += 1,
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RuleCount {
    pub name: &'static str,
    pub findings: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Effort {
    pub minutes: u32,
    pub hours: f64,
    pub simple: usize,
    pub medium: usize,
    pub significant: usize,
    pub method: &'static str,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub files_scanned: usize,
    pub files_with_sql: usize,
    pub findings: usize,
    pub by_class: ClassCounts,
    pub dynamic: usize,
    /// Findings per code (a finding counts once per code).
    pub by_rule: BTreeMap<String, RuleCount>,
    pub by_file: BTreeMap<String, ClassCounts>,
    /// Findings left out because `--baseline` lists them.
    pub baselined: usize,
    /// Diagnostics taken out by inline `my2pg: ignore[…]` comments.
    pub suppressed: usize,
    pub effort: Effort,
}

/// The whole report (the JSON and YAML forms are this, serialized).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub version: u32,
    pub findings: Vec<Finding>,
    pub summary: Summary,
    pub unused_suppressions: Vec<UnusedSuppression>,
    pub unreadable_files: Vec<FileProblem>,
}

impl Report {
    pub fn new(
        findings: Vec<Finding>,
        files_scanned: usize,
        baselined: usize,
        unused_suppressions: Vec<UnusedSuppression>,
        unreadable_files: Vec<FileProblem>,
    ) -> Report {
        let mut s = Summary {
            files_scanned,
            baselined,
            ..Summary::default()
        };
        let mut files = std::collections::BTreeSet::new();
        for f in &findings {
            files.insert(f.file.as_str());
            s.findings += 1;
            s.by_class.add(f.class);
            s.by_file.entry(f.file.clone()).or_default().add(f.class);
            if f.dynamic {
                s.dynamic += 1;
            }
            s.suppressed += f.suppressed.len();
            let mut codes: Vec<&str> = f.diagnostics.iter().map(|d| d.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            for c in codes {
                let name = crate::registry::ALL
                    .iter()
                    .find(|r| r.code == c)
                    .map_or("", |r| r.name);
                s.by_rule
                    .entry(c.to_string())
                    .or_insert(RuleCount { name, findings: 0 })
                    .findings += 1;
            }
            s.effort.minutes += f.effort_minutes;
            match complexity(f.effort_minutes) {
                "simple" => s.effort.simple += 1,
                "medium" => s.effort.medium += 1,
                "significant" => s.effort.significant += 1,
                _ => {}
            }
        }
        s.files_with_sql = files.len();
        s.effort.hours = (f64::from(s.effort.minutes) / 6.0).round() / 10.0;
        s.effort.method = METHOD;
        Report {
            version: 1,
            findings,
            summary: s,
            unused_suppressions,
            unreadable_files,
        }
    }

    /// The most serious class found (for `--fail-on`).
    pub fn worst(&self) -> Option<Class> {
        self.findings
            .iter()
            .map(|f| f.class)
            .max_by_key(|c| c.rank())
    }

    pub fn json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    pub fn yaml(&self) -> String {
        serde_norway::to_string(self).unwrap_or_default()
    }

    /// The report for people: each finding with its place, class, codes and translation,
    /// then the summary.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let mut head = format!("{}:{}:{}: {}", f.file, f.line, f.column, f.class.as_str());
            if f.dynamic {
                head.push_str(", dynamic");
            }
            if f.confidence != "high" {
                head.push_str(&format!(", {} confidence", f.confidence));
            }
            out.push_str(&head);
            out.push('\n');
            out.push_str(&format!("    | {}\n", one_line(&f.sql)));
            for d in &f.diagnostics {
                out.push_str(&format!(
                    "    {}[{}] {}\n",
                    d.severity.as_str(),
                    d.code,
                    d.message
                ));
            }
            if !f.suppressed.is_empty() {
                out.push_str(&format!("    suppressed: {}\n", f.suppressed.join(", ")));
            }
            if f.class != Class::Compatible {
                if let Some(t) = &f.translation {
                    out.push_str(&format!("    => {}\n", one_line(t)));
                }
            }
        }
        for u in &self.unused_suppressions {
            out.push_str(&format!(
                "{}:{}: warning[X002] `my2pg: ignore[{}]` suppresses nothing\n",
                u.file,
                u.line,
                u.codes.join(",")
            ));
        }
        for p in &self.unreadable_files {
            out.push_str(&format!("{}: warning[X003] {}\n", p.file, p.message));
        }
        let s = &self.summary;
        out.push_str(&format!(
            "\n{} statements in {} of {} files: {} compatible, {} translatable, {} manual, {} unparsed ({} dynamic)\n",
            s.findings,
            s.files_with_sql,
            s.files_scanned,
            s.by_class.compatible,
            s.by_class.translatable,
            s.by_class.manual,
            s.by_class.unparsed,
            s.dynamic
        ));
        if s.baselined > 0 || s.suppressed > 0 {
            out.push_str(&format!(
                "{} findings left out by the baseline, {} diagnostics suppressed inline\n",
                s.baselined, s.suppressed
            ));
        }
        if !s.by_rule.is_empty() {
            out.push_str("\nBy rule (findings):\n");
            for (code, r) in &s.by_rule {
                out.push_str(&format!("  {code} {:<28} {}\n", r.name, r.findings));
            }
        }
        if !s.by_file.is_empty() {
            out.push_str("\nBy file (compatible / translatable / manual / unparsed):\n");
            for (file, c) in &s.by_file {
                out.push_str(&format!(
                    "  {file}: {} / {} / {} / {}\n",
                    c.compatible, c.translatable, c.manual, c.unparsed
                ));
            }
        }
        out.push_str(&format!(
            "\nEffort: {} minutes ({} hours): {} simple, {} medium, {} significant.\nMethod: {}.\n",
            s.effort.minutes,
            s.effort.hours,
            s.effort.simple,
            s.effort.medium,
            s.effort.significant,
            s.effort.method
        ));
        out
    }

    /// SARIF 2.1.0: one result per diagnostic of every finding that is not compatible,
    /// with the rules' metadata and docs.
    pub fn sarif(&self) -> String {
        use serde_json::json;
        let mut used: Vec<&str> = self
            .findings
            .iter()
            .filter(|f| f.class != Class::Compatible)
            .flat_map(|f| f.diagnostics.iter().map(|d| d.code.as_str()))
            .collect();
        if !self.unused_suppressions.is_empty() {
            used.push("X002");
        }
        if !self.unreadable_files.is_empty() {
            used.push("X003");
        }
        used.sort_unstable();
        used.dedup();
        let level = |s: Severity| match s {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        let rules: Vec<serde_json::Value> = used
            .iter()
            .filter_map(|c| crate::registry::ALL.iter().find(|r| r.code == *c))
            .map(|r| {
                json!({
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": r.summary},
                    "fullDescription": {"text": r.summary},
                    "help": {"text": r.doc(), "markdown": r.doc()},
                    "defaultConfiguration": {"level": level(r.severity)},
                })
            })
            .collect();
        let index = |code: &str| used.iter().position(|c| *c == code);
        let location = |file: &str, line: usize, column: usize| {
            json!([{"physicalLocation": {
                "artifactLocation": {"uri": file, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": line, "startColumn": column}
            }}])
        };
        let mut results = Vec::new();
        for f in self
            .findings
            .iter()
            .filter(|f| f.class != Class::Compatible)
        {
            for d in &f.diagnostics {
                let mut text =
                    format!("{} ({}): {}", d.message, f.class.as_str(), one_line(&f.sql));
                if let Some(t) = &f.translation {
                    text.push_str(&format!(" => {}", one_line(t)));
                }
                results.push(json!({
                    "ruleId": d.code,
                    "ruleIndex": index(&d.code),
                    "level": level(d.severity),
                    "message": {"text": text},
                    "locations": location(&f.file, d.line, d.column),
                    "partialFingerprints": {"my2pg/v1": format!("{}/{}", f.fingerprint, d.code)},
                    "properties": {"class": f.class.as_str(), "dynamic": f.dynamic, "confidence": f.confidence, "effortMinutes": f.effort_minutes},
                }));
            }
        }
        for u in &self.unused_suppressions {
            results.push(json!({
                "ruleId": "X002",
                "ruleIndex": index("X002"),
                "level": "warning",
                "message": {"text": format!("`my2pg: ignore[{}]` suppresses nothing", u.codes.join(","))},
                "locations": location(&u.file, u.line, 1),
            }));
        }
        for p in &self.unreadable_files {
            results.push(json!({
                "ruleId": "X003",
                "ruleIndex": index("X003"),
                "level": "warning",
                "message": {"text": p.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": p.file, "uriBaseId": "%SRCROOT%"}}}],
            }));
        }
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "my2pg",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }]
        });
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// A statement on one line: runs of whitespace become one space, except inside quotes,
/// where the text is kept as it is (a newline in a string is part of the value).
fn one_line(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut space = false;
    for c in sql.trim().chars() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => space = true,
            None => {
                if space {
                    out.push(' ');
                    space = false;
                }
                if matches!(c, '\'' | '"' | '`') {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}
