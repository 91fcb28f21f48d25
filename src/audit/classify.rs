//! Detect mode: each statement of a snippet goes through the same translation as
//! `my2pg convert`, and its diagnostics and output decide its class.

use super::extract::{Confidence, Lang, Snippet};
use super::finding::{fnv1a, Class, Finding, FindingDiag};
use crate::catalog::Catalog;
use crate::config::Config;
use crate::convert::{translate_statements, Translated};
use crate::diagnostics::Severity;
use crate::rules::query::placeholder::{dollar_order, rebind, same_statement};

/// Line starts of a host file, for byte offset → line:column.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Lines { text, starts }
    }

    /// 1-based line and column (in characters).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }
}

/// Whether a bound-value marker is positional (bound by place) rather than named.
fn positional(bind: &str) -> bool {
    bind == "?" || (bind.starts_with('%') && !bind.starts_with("%("))
}

/// What a positional `?` becomes for the language's PostgreSQL drivers: kept (JDBC, PDO,
/// ActiveRecord, psycopg's `%s`) or numbered `$n` (pgx and lib/pq, node-postgres, Npgsql).
fn keeps_positional(lang: Lang, bind: &str) -> bool {
    match lang {
        Lang::Go | Lang::JavaScript | Lang::TypeScript | Lang::CSharp => false,
        // psycopg takes %s, not ?.
        Lang::Python => bind != "?",
        _ => true,
    }
}

/// The translation of a snippet's statements, with `$n` placeholders (`config` must have
/// the dollar style): `convert`'s statement path, with the file's catalog.
pub fn translate(snip: &Snippet, catalog: &mut Catalog, config: &Config) -> Vec<Translated> {
    translate_statements(&snip.sql, catalog, config)
}

/// Whether a translated snippet can change the catalog for what follows it (DDL, `USE`).
pub fn defines(snip: &Snippet, results: &[Translated]) -> bool {
    results.iter().any(|r| {
        let first = snip.sql[r.range.clone()]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        matches!(
            first.as_str(),
            "CREATE" | "ALTER" | "DROP" | "RENAME" | "TRUNCATE" | "USE" | "SET" | "DELIMITER"
        )
    })
}

/// The findings of one snippet, from its translation: one per statement.
pub fn snippet(
    file: &str,
    lang: Lang,
    lines: &Lines,
    snip: &Snippet,
    results: &[Translated],
    config: &Config,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut next_bind = 0;
    for r in results {
        let text = &snip.sql[r.range.clone()];
        let marks = crate::parse::question_marks(text);
        let binds: Vec<String> = (0..marks.len())
            .map(|k| {
                snip.binds
                    .get(next_bind + k)
                    .cloned()
                    .unwrap_or_else(|| "?".into())
            })
            .collect();
        next_bind += marks.len();
        // The statement as the application writes it.
        let mut sql = text.to_string();
        for (m, b) in marks.iter().zip(&binds).rev() {
            sql.replace_range(m.clone(), b);
        }
        let host = snip.host_offset(r.range.start);
        let (line, column) = lines.line_col(host);
        let mut diagnostics: Vec<FindingDiag> = r
            .diagnostics
            .iter()
            .map(|d| {
                let (l, c) = lines.line_col(snip.host_offset(d.span.start));
                FindingDiag {
                    code: d.code.to_string(),
                    severity: d.severity,
                    message: d.message.clone(),
                    line: l,
                    column: c,
                }
            })
            .collect();
        let mut translation = r.emitted.then(|| r.output.trim().to_string());
        // Compared before the markers go back: both sides numbered `$1 … $n`.
        let unchanged = match (&translation, crate::parse::canonical(text)) {
            (Some(t), Some(original)) => {
                let numbered = number_question_marks(&original);
                t.lines().count() == 1
                    && same_statement(&numbered, t.trim_end_matches(';'))
                    && binds
                        .iter()
                        .all(|b| keeps_positional(lang, b) || !positional(b))
            }
            _ => false,
        };
        let pg_text = translation.clone();
        if let Some(t) = &mut translation {
            let order = dollar_order(t);
            let in_place = order.iter().copied().eq(1..=order.len());
            let moves_positional = !in_place
                && binds
                    .iter()
                    .any(|b| positional(b) && keeps_positional(lang, b));
            if moves_positional {
                diagnostics.push(FindingDiag {
                    code: "Q005".into(),
                    severity: Severity::Error,
                    message: "the translation moves or repeats a positional bound value: the application would bind its values to other places; bind by number or by name".into(),
                    line,
                    column,
                });
            }
            *t = rebind(t, &|n| match binds.get(n - 1) {
                Some(b) if !positional(b) || keeps_positional(lang, b) => {
                    if lang == Lang::Python && b == "?" {
                        "%s".into()
                    } else {
                        b.clone()
                    }
                }
                _ => format!("${n}"),
            });
        }
        if snip.dynamic && sql.contains("my2pg_dyn_") {
            diagnostics.push(FindingDiag {
                code: crate::rules::audit::dynamic_sql::RULE.code.into(),
                severity: Severity::Info,
                message:
                    "built at run time: `my2pg_dyn_N` stands for each part the program computes"
                        .into(),
                line,
                column,
            });
        }
        let mut f = Finding {
            file: file.to_string(),
            line,
            column,
            language: lang.name(),
            sql,
            class: Class::Compatible,
            dynamic: snip.dynamic,
            confidence: match snip.confidence {
                Confidence::High => "high",
                Confidence::Medium => "medium",
            },
            diagnostics,
            translation,
            effort_minutes: 0,
            fingerprint: String::new(),
            suppressed: Vec::new(),
            offset: host,
            emitted: r.emitted,
            unchanged,
            pg_text,
        };
        finish(&mut f, config);
        findings.push(f);
    }
    findings
}

/// `?` → `$1, $2, …` in a MySQL statement printed by sqlparser.
fn number_question_marks(sql: &str) -> String {
    let mut out = sql.to_string();
    for (i, m) in crate::parse::question_marks(sql).iter().enumerate().rev() {
        out.replace_range(m.clone(), &format!("${}", i + 1));
    }
    out
}

/// Class, the X004 note, effort and fingerprint, from the finding's diagnostics.
pub fn finish(f: &mut Finding, config: &Config) {
    f.diagnostics.retain(|d| d.code != "X004");
    f.classify();
    if f.class == Class::Translatable
        && !f
            .diagnostics
            .iter()
            .any(|d| !d.code.starts_with('X') && d.code != "X001")
    {
        f.diagnostics.push(FindingDiag {
            code: crate::rules::audit::rewritten_text::RULE.code.into(),
            severity: Severity::Info,
            message: "MySQL-only syntax or functions that my2pg rewrites with the same meaning"
                .into(),
            line: f.line,
            column: f.column,
        });
    }
    f.diagnostics
        .sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    f.effort_minutes = super::report::effort(f, config);
    let mut codes: Vec<&str> = f.diagnostics.iter().map(|d| d.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let normal: String = f.sql.split_whitespace().collect::<Vec<_>>().join(" ");
    f.fingerprint = fnv1a(&[&f.file, &normal, &codes.join(",")]);
}
