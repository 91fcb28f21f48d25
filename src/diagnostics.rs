//! Diagnostics: what every stage reports, and how it is shown.
//!
//! A diagnostic names a rule (its stable code), a severity, a byte span in
//! an input file and a message in MySQL terms. Rendering to `file:line:col`
//! happens only here.

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
