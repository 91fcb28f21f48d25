//! Diagnostics: what every stage reports, and how it is shown.
//!
//! A diagnostic names a rule (its stable code), a severity, a byte span in
//! an input file and a message in MySQL terms. Rendering to `file:line:col`
//! happens only here.

use crate::source::SourceFile;
use std::ops::Range;

/// A translation rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, e.g. `D001`; never reused.
    pub code: &'static str,
    /// Kebab-case name of the MySQL construct.
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// The rule's file (`file!()`); its `//!` lines are the doc.
    pub file: &'static str,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A mechanical rewrite that keeps the meaning.
    Info,
    /// Converted, but behaviour may differ at run time, or something was dropped on purpose.
    Warning,
    /// No faithful conversion: the statement is commented out or a person must decide.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Index of the input file.
    pub file: usize,
    /// Byte range in the input file.
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: &Rule, file: usize, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            file,
            span,
            message: message.into(),
            help: None,
        }
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// Sets the help text on a reported diagnostic.
    pub fn with_help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Sorts diagnostics by (file, offset, code) and removes exact duplicates.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (a.file, a.span.start, a.code, &a.message).cmp(&(b.file, b.span.start, b.code, &b.message))
    });
    diags.dedup();
}

/// `file:line:col: severity[CODE] message`, one line, no source.
pub fn concise(d: &Diagnostic, files: &[SourceFile]) -> String {
    let f = &files[d.file];
    let (line, col) = f.line_col(d.span.start);
    format!(
        "{}:{}:{}: {}[{}] {}",
        f.name,
        line,
        col,
        d.severity.as_str(),
        d.code,
        d.message
    )
}

/// The concise line, then the source line (a window of it when long) with a caret
/// under the span, then the help.
pub fn human(d: &Diagnostic, files: &[SourceFile]) -> String {
    let f = &files[d.file];
    let (line, col) = f.line_col(d.span.start);
    let mut out = concise(d, files);
    let chars: Vec<char> = f.line_text(line).chars().collect();
    if !chars.is_empty() {
        let (end_line, end_col) = f.line_col(d.span.end);
        let width = if end_line == line {
            end_col.saturating_sub(col).max(1)
        } else {
            chars.len().saturating_sub(col - 1).max(1)
        };
        // Show at most 100 characters, starting a little before the span.
        let from = if chars.len() > 100 {
            (col - 1)
                .saturating_sub(30)
                .min(chars.len().saturating_sub(100))
        } else {
            0
        };
        let to = (from + 100).min(chars.len());
        let mut shown: String = chars[from..to].iter().collect();
        let mut caret_at = col - 1 - from;
        if from > 0 {
            shown.insert(0, '…');
            caret_at += 1;
        }
        if to < chars.len() {
            shown.push('…');
        }
        let width = width.min(shown.chars().count().saturating_sub(caret_at).max(1));
        let gutter = line.to_string();
        out.push_str(&format!(
            "\n{:w$} |\n{} | {}\n{:w$} | {}{}",
            "",
            gutter,
            shown,
            "",
            " ".repeat(caret_at),
            "^".repeat(width),
            w = gutter.len()
        ));
    }
    if let Some(h) = &d.help {
        out.push_str(&format!("\n  = help: {h}"));
    }
    out
}

/// Versioned JSON for machines: `{"version":1,"diagnostics":[...]}`.
pub fn json(diags: &[Diagnostic], files: &[SourceFile]) -> String {
    let items: Vec<serde_json::Value> = diags
        .iter()
        .map(|d| {
            let f = &files[d.file];
            let (line, column) = f.line_col(d.span.start);
            let (end_line, end_column) = f.line_col(d.span.end);
            serde_json::json!({
                "file": f.name,
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "start": d.span.start,
                "end": d.span.end,
                "code": d.code,
                "name": d.name,
                "severity": d.severity,
                "message": d.message,
                "help": d.help,
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({"version": 1, "diagnostics": items}))
        .unwrap_or_default()
}
