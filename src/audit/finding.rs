//! What the audit reports: one [`Finding`] per SQL statement found, with its class.

use crate::diagnostics::Severity;
use serde::Serialize;

/// How a statement fares on PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Runs unchanged on PostgreSQL (with the schema as my2pg converts it), same meaning.
    Compatible,
    /// my2pg rewrites it faithfully: the finding carries the translation.
    Translatable,
    /// A person must decide: the meaning may differ, or there is no equivalent.
    Manual,
    /// Not SQL my2pg understands (the reason is a diagnostic).
    Unparsed,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Compatible => "compatible",
            Class::Translatable => "translatable",
            Class::Manual => "manual",
            Class::Unparsed => "unparsed",
        }
    }

    /// For `--fail-on`: unparsed counts as manual.
    pub fn rank(self) -> u8 {
        match self {
            Class::Compatible => 0,
            Class::Translatable => 1,
            Class::Manual | Class::Unparsed => 2,
        }
    }

    pub const ALL: [Class; 4] = [
        Class::Compatible,
        Class::Translatable,
        Class::Manual,
        Class::Unparsed,
    ];
}

/// One diagnostic of a finding, placed in the host file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingDiag {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// One SQL statement found in the application.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Path relative to the audited folder, with `/`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub language: &'static str,
    /// The statement as the application writes it (its placeholders; `my2pg_dyn_N` for
    /// parts built at run time).
    pub sql: String,
    pub class: Class,
    pub dynamic: bool,
    /// `high` (at a known database call, a .sql file, a mapper) or `medium` (by shape).
    pub confidence: &'static str,
    pub diagnostics: Vec<FindingDiag>,
    /// The PostgreSQL text, when my2pg translates the statement.
    pub translation: Option<String>,
    /// The effort estimate's minutes for this finding.
    pub effort_minutes: u32,
    /// Stable across line moves: file, statement text and codes.
    pub fingerprint: String,
    /// Codes an inline `my2pg: ignore[…]` took out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<String>,
    /// Byte offset in the host file (order within a file).
    #[serde(skip)]
    pub offset: usize,
    /// Whether PostgreSQL gets a statement (false: only a commented original).
    #[serde(skip)]
    pub emitted: bool,
    /// Whether the translation is the original text (same tokens).
    #[serde(skip)]
    pub unchanged: bool,
    /// The translation with `$1, $2, …` for the bound values (what a test PREPAREs).
    #[serde(skip)]
    pub pg_text: Option<String>,
}

impl Finding {
    /// The class its diagnostics and translation give.
    pub fn classify(&mut self) {
        let worst = self
            .diagnostics
            .iter()
            .filter(|d| !d.code.starts_with('X'))
            .map(|d| d.severity)
            .max();
        self.class = if self.diagnostics.iter().any(|d| d.code == "P001") {
            Class::Unparsed
        } else if !self.emitted || worst >= Some(Severity::Warning) {
            Class::Manual
        } else if self.unchanged {
            Class::Compatible
        } else {
            Class::Translatable
        };
        if self.class == Class::Compatible {
            // Nothing to apply: the statement runs as written.
            self.translation = None;
        }
    }
}

/// A `my2pg: ignore[…]` that suppressed nothing (X002).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnusedSuppression {
    pub file: String,
    pub line: usize,
    pub codes: Vec<String>,
}

/// A file the audit could not read (X003).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileProblem {
    pub file: String,
    pub message: String,
}

/// FNV-1a, 64 bits: a hash that stays the same across Rust versions and platforms, for
/// fingerprints written to baseline files.
pub fn fnv1a(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            // A separator byte (0) between parts: ("ab", "c") and ("a", "bc") differ.
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}
