//! Rendering diagnostics for people and tools: the concise one-line form
//! (`file:line:col: severity[CODE] message`), the human form with the source line,
//! and JSON. Apart from `diagnostics.rs` because rendering needs the source files
//! (line and column), and the source layer reports its own diagnostics.

use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;

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
