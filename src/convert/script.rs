//! Ordinary statements of a script: split, parsed, dispatched, and their output written
//! (comments first, pending parts flushed when a statement touches their table).

use super::*;
use crate::config::Config;
use crate::emit::{script_comment, Out};
use crate::ir::Stmt;
use crate::parse::{parse_statement, Parsed};
use crate::rules::ddl;
use crate::rules::{parse as prules, Cx};
use crate::source::SourceFile;
use crate::source::Spans;
use crate::split::split_region;

/// Splits one piece of ordinary script text and converts its statements.
pub(super) fn script_piece(
    file: &SourceFile,
    piece: &crate::data::scan::Piece,
    index: usize,
    version: u32,
    config: &Config,
    st: &mut State,
) {
    let text = file.slice(piece.range.clone());
    if let Some(raw) = crate::split::plain_statement(text, piece.range.start, &piece.delimiter) {
        let original = raw.sql.clone();
        script_statement(&raw, &original, file, index, config, st);
        return;
    }
    let split = split_region(
        text,
        piece.range.start,
        &piece.delimiter,
        index,
        version,
        &mut st.diags,
    );
    for raw in &split.statements {
        let original = file.slice(raw.range.clone()).to_string();
        script_statement(raw, &original, file, index, config, st);
    }
    if let Some(t) = trailing_comments(&split, file) {
        st.writer.push(t);
    }
}

/// The script comments attached to a statement (before it and inside it).
pub(super) fn statement_comments(
    raw: &crate::split::RawStatement,
    file: &SourceFile,
) -> Vec<String> {
    raw.leading_comments
        .iter()
        .chain(raw.inner_comments.iter())
        .map(|r| script_comment(file.slice(r.clone())))
        .collect()
}

/// The comments after a region's last statement, as one output part.
pub(super) fn trailing_comments(split: &crate::split::Split, file: &SourceFile) -> Option<String> {
    (!split.trailing_comments.is_empty()).then(|| {
        split
            .trailing_comments
            .iter()
            .map(|r| script_comment(file.slice(r.clone())))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Converts one ordinary statement (everything but dump data) and writes its output.
pub(super) fn script_statement(
    raw: &crate::split::RawStatement,
    original: &str,
    file: &SourceFile,
    index: usize,
    config: &Config,
    st: &mut State,
) {
    let comments = statement_comments(raw, file);
    let out = statement_output(raw, original, file, index, config, st);
    write_output(out, comments, config, st);
}

/// What one ordinary statement becomes (nothing written yet).
pub(super) fn statement_output(
    raw: &crate::split::RawStatement,
    original: &str,
    file: &SourceFile,
    index: usize,
    config: &Config,
    st: &mut State,
) -> Out {
    let mut cx = Cx {
        config,
        catalog: &mut st.catalog,
        diags: &mut st.diags,
        file: index,
        stmt: raw.range.clone(),
    };
    let sp = Spans::new(file, raw.range.clone());
    let mut out = if raw.sql.trim().is_empty() {
        // Only versioned comments for a newer MySQL (reported as P004).
        Out::main(format!(
            "-- my2pg P004: skipped: {}",
            original.replace('\n', " ")
        ))
    } else {
        match parse_statement(&raw.sql) {
            Parsed::Err(msg, loc) => {
                let at = loc
                    .map(|(l, c)| file.offset_in(&raw.range, l, c))
                    .unwrap_or(raw.range.start);
                let end = (at + 1).min(raw.range.end).max(at);
                cx.report(
                    &prules::unparsed::RULE,
                    at..end,
                    format!("cannot parse statement: {msg}"),
                )
                .with_help("the statement is kept as a comment in the output");
                Out::commented(original, "P001", "not parsed")
            }
            Parsed::Deferred(kind) => {
                statement(Stmt::Deferred(kind), original, &mut cx, &mut st.dropped)
            }
            Parsed::Trigger(t) => statement(*t, original, &mut cx, &mut st.dropped),
            Parsed::Client(cmd) => {
                cx.report(
                    &ddl::table_statement::RULE,
                    raw.range.clone(),
                    format!("`{cmd}` is a mysql client command, not SQL: kept as a comment"),
                );
                Out::commented(original, "D019", "mysql client command")
            }
            Parsed::Ok(_, extras) if extras.dml_ignore => {
                {
                    cx.report(
                        &crate::rules::query::insert_ignore::RULE,
                        raw.range.clone(),
                        "UPDATE IGNORE and DELETE IGNORE have no PostgreSQL form: MySQL skips the rows whose change would duplicate a unique key or break a foreign key, and stores out-of-range values adjusted",
                    )
                    .severity = crate::diagnostics::Severity::Error;
                }
                Out::commented(original, "Q006", "not converted")
            }
            Parsed::Ok(stmt, extras) => {
                parse_notes(&extras, raw.range.clone(), &mut cx);
                let ir = crate::ir::lower::lower_owned(stmt, &extras, &sp);
                statement(ir, original, &mut cx, &mut st.dropped)
            }
        }
    };
    if out.scrub_nul() {
        st.diags
            .push(prules::nul_character::in_output(index, raw.range.clone()));
    }
    out
}

/// What the parser took out of a statement that does not change its rows (modifiers,
/// index hints), reported before the statement's own findings.
pub(super) fn parse_notes<C: std::ops::Deref<Target = crate::catalog::Catalog>>(
    extras: &crate::parse::Extras,
    range: std::ops::Range<usize>,
    cx: &mut Cx<'_, C>,
) {
    if !extras.modifiers.is_empty() {
        cx.report(
            &crate::rules::parse::optimizer_hint::RULE,
            range.clone(),
            format!(
                "{} left out: it schedules the statement, it does not change its rows",
                extras.modifiers.join(" ")
            ),
        );
    }
    if !extras.hints.is_empty() {
        cx.report(
            &crate::rules::parse::optimizer_hint::RULE,
            range,
            format!(
                "index hints left out ({}): PostgreSQL's planner takes none, and they do not change results",
                extras.hints.join(", ")
            ),
        );
    }
}

/// Writes one statement's output, after the script comments attached to it.
pub(super) fn write_output(mut out: Out, comments: Vec<String>, config: &Config, st: &mut State) {
    // A table's pending parts are written before a statement that touches it.
    for k in &out.touches {
        if st.writer.has_pending(k) {
            for stmt in ddl::foreign_key::check_table(&mut st.catalog, config, &mut st.diags, k) {
                st.writer.disable_fk(
                    &stmt,
                    "D009",
                    "the referenced columns are not a primary or unique key",
                );
            }
        }
        st.writer.flush_table(k);
    }
    for s in std::mem::take(&mut out.prelude) {
        st.writer.prelude(s);
    }
    for r in std::mem::take(&mut out.index_renames) {
        if !st.writer.rename_pending_index(
            &r.owner,
            &r.old,
            &r.new,
            &r.old_qualified,
            &r.new_qualified,
        ) {
            st.writer.push(format!(
                "ALTER INDEX {} RENAME TO {};",
                r.old_qualified, r.new
            ));
        }
    }
    let mut main = comments;
    main.extend(std::mem::take(&mut out.types));
    main.extend(std::mem::take(&mut out.main));
    if !main.is_empty() {
        match out.view.take() {
            Some((name, _, true)) => st.writer.drop_view(&name, main.join("\n")),
            Some((name, reads, false)) => st.writer.define_view(name, main.join("\n"), reads),
            None => st.writer.push(main.join("\n")),
        }
    }
    if let Some(k) = out.pending.take() {
        st.writer.defer(
            k,
            crate::emit::Pending {
                post: out.post,
                fks: out.fks,
                late: out.late,
            },
        );
    }
}

/// An INSERT of literal rows whose values the data path must convert or refuse (zero
/// dates, values outside PostgreSQL's types): written as the data path writes a dump's
/// rows (INSERT form), with its diagnostics, so an application's INSERT holds exactly
/// what a dump's would (`translate_statements`, and `convert` of application SQL).
/// None when the data path does not take the statement or has
/// nothing to say of it (the query translation is then the statement's).
pub(super) fn literal_insert(
    range: std::ops::Range<usize>,
    file: usize,
    original: &str,
    config: &Config,
    catalog: &crate::catalog::Catalog,
) -> Option<(String, Vec<crate::diagnostics::Diagnostic>)> {
    let head = original.trim_start();
    if !head
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("insert"))
    {
        return None;
    }
    // Bound values and the audit's markers are not literals: the query path's (checked
    // before cloning the catalog, which an application's every INSERT would pay for).
    if original.contains('?') || original.contains("my2pg_dyn_") || original.contains("$1") {
        return None;
    }
    let inserts = Config {
        data: crate::config::DataFormat::Inserts,
        ..config.clone()
    };
    let mut catalog = catalog.clone();
    let mut data = crate::data::DataState::default();
    let mut diags = Vec::new();
    let mut buf: Vec<u8> = Vec::new();
    let converted = {
        let mut writer = Writer::new(&mut buf, "");
        let mut cx = crate::rules::Cx {
            config: &inserts,
            catalog: &mut catalog,
            diags: &mut diags,
            file,
            stmt: range.clone(),
        };
        let ok = crate::data::convert_insert(
            original.as_bytes(),
            range.start,
            &mut cx,
            &mut data,
            &mut writer,
        );
        let zero: usize = data.stats.values().map(|t| t.zero_dates).sum();
        if ok && zero > 0 {
            cx.report(
                &crate::rules::types::zero_date::RULE,
                range.clone(),
                format!(
                    "{zero} zero dates in the inserted rows become {}",
                    match config.zero_dates {
                        crate::config::ZeroDatePolicy::MinusInfinity => "'-infinity'",
                        crate::config::ZeroDatePolicy::Null =>
                            "NULL (or '-infinity' in NOT NULL columns)",
                    }
                ),
            );
        }
        ok && writer.finish().is_ok()
    };
    // (A table the catalog does not know is the query path's: nothing to convert by.)
    let unknown_table = diags.iter().any(|d| d.code == "T102");
    let said = !unknown_table
        && diags.iter().any(|d| {
            matches!(
                d.severity,
                crate::diagnostics::Severity::Error | crate::diagnostics::Severity::Warning
            )
        });
    if !converted || !said {
        return None;
    }
    let output = String::from_utf8_lossy(&buf).trim().to_string();
    // A row that needs a column turned back (T105) would change the schema under the
    // application: the statement is the query path's, with an error.
    if output.contains("ALTER TABLE") {
        return None;
    }
    Some((output, diags))
}
