//! Translation ahead of the writer, on several threads: an application's statements
//! (SELECT, INSERT, UPDATE, DELETE …) only read the catalog, so the statements of a
//! batch are translated in parallel against the catalog as it was when the batch
//! came, and the main loop writes them in input order. The main loop uses a result
//! only while nothing it did in between could have changed what the statement reads
//! (see `convert_here`): the output and the diagnostics are byte-identical to the
//! one-thread order.

use super::*;
use crate::emit::Out;
use crate::ir::Stmt;
use crate::parse::{parse_statement, Parsed};
use crate::source::Spans;

/// One piece translated ahead: exactly what `script_piece` would have produced.
pub(super) enum Ready {
    /// Ordinary statements: the splitter's diagnostics, then each statement's script
    /// comments, output and diagnostics, then the comments after the last statement.
    Script {
        split: Vec<Diagnostic>,
        statements: Vec<(Vec<String>, Out, Vec<Diagnostic>)>,
        trailing: Option<String>,
    },
    /// An application's INSERT of literal rows, converted by the data path.
    Literal(String, Vec<Diagnostic>),
}

/// Whether a piece is worth translating ahead: it starts (after comments) with a word
/// an application statement starts with. A wrong guess only costs time: the worker
/// declines whatever is not a query.
fn looks_like_query(bytes: &[u8]) -> bool {
    let mut b = bytes;
    loop {
        let t = b.trim_ascii_start();
        if let Some(rest) = t.strip_prefix(b"/*") {
            // A versioned comment (`/*!40101 …*/`) holds statement text: not a query run.
            if rest.first() == Some(&b'!') {
                return false;
            }
            match memchr::memmem::find(rest, b"*/") {
                Some(i) => b = &rest[i + 2..],
                None => return false,
            }
        } else if t.starts_with(b"-- ") || t.starts_with(b"#") {
            match memchr::memchr(b'\n', t) {
                Some(i) => b = &t[i + 1..],
                None => return false,
            }
        } else {
            b = t;
            break;
        }
    }
    let word: Vec<u8> = b
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    matches!(
        word.as_slice(),
        b"SELECT" | b"WITH" | b"UPDATE" | b"DELETE" | b"INSERT" | b"REPLACE" | b"VALUES" | b"TABLE"
    ) || b.first() == Some(&b'(')
}

/// What the pieces of a batch become, translated ahead where they are application
/// statements (None where the main loop must do the work itself, in order).
#[allow(clippy::too_many_arguments)]
pub(super) fn translate_ahead(
    batch: &[(Piece, Vec<u8>, u64)],
    index: usize,
    version: u32,
    config: &Config,
    catalog: &Catalog,
    application: bool,
    schema_only: bool,
    threads: usize,
) -> Vec<Option<Ready>> {
    let wanted: Vec<usize> = (0..batch.len())
        .filter(|&i| {
            let (piece, bytes, _) = &batch[i];
            let data_path = piece.kind == ChunkKind::Data && (schema_only || !application);
            !schema_only && !data_path && looks_like_query(bytes)
        })
        .collect();
    let mut ready: Vec<Option<Ready>> = (0..batch.len()).map(|_| None).collect();
    if wanted.len() < 8 || threads < 2 {
        return ready;
    }
    let one = |i: usize| {
        ready_piece(
            &batch[i].0,
            &batch[i].1,
            index,
            version,
            config,
            catalog,
            application,
        )
    };
    let per = wanted.len().div_ceil(threads);
    let results: Vec<Vec<(usize, Option<Ready>)>> = std::thread::scope(|s| {
        let mut handles = Vec::new();
        for part in wanted.chunks(per).skip(1) {
            let one = &one;
            let spawned = std::thread::Builder::new()
                .stack_size(STACK)
                .spawn_scoped(s, move || {
                    part.iter().map(|&i| (i, one(i))).collect::<Vec<_>>()
                });
            handles.push((part, spawned.ok()));
        }
        let mut all = vec![wanted
            .chunks(per)
            .next()
            .unwrap_or(&[])
            .iter()
            .map(|&i| (i, one(i)))
            .collect()];
        for (part, h) in handles {
            // A helper that could not start (or failed) leaves its pieces to the main loop.
            let got = h
                .and_then(|h| h.join().ok())
                .unwrap_or_else(|| part.iter().map(|&i| (i, None)).collect());
            all.push(got);
        }
        all
    });
    for (i, r) in results.into_iter().flatten() {
        ready[i] = r;
    }
    ready
}

/// One piece, when every statement in it is an application statement.
fn ready_piece(
    piece: &Piece,
    bytes: &[u8],
    index: usize,
    version: u32,
    config: &Config,
    catalog: &Catalog,
    application: bool,
) -> Option<Ready> {
    // Text the main loop would decode with diagnostics (invalid UTF-8, NUL) is its own.
    let text = std::str::from_utf8(bytes)
        .ok()
        .filter(|t| !t.contains('\0'))?;
    let start = piece.range.start;
    if piece.kind == ChunkKind::Data && application {
        if let Some((output, diags)) =
            script::literal_insert(piece.range.clone(), index, text, config, catalog)
        {
            return Some(Ready::Literal(output, diags));
        }
    }
    let mut file = SourceFile::streaming("");
    let mut none = Vec::new();
    file.keep(start, bytes, index, &mut none);
    file.count_lines(start, bytes);
    if let Some(raw) = crate::split::plain_statement(text, start, &piece.delimiter) {
        let (out, diags) = ready_statement(&raw, &raw.sql, &file, index, config, catalog)?;
        return Some(Ready::Script {
            split: Vec::new(),
            statements: vec![(Vec::new(), out, diags)],
            trailing: None,
        });
    }
    let mut split_diags = Vec::new();
    let split = crate::split::split_region(
        text,
        start,
        &piece.delimiter,
        index,
        version,
        &mut split_diags,
    );
    let mut statements = Vec::new();
    for raw in &split.statements {
        let original = file.slice(raw.range.clone());
        let comments = script::statement_comments(raw, &file);
        let (out, diags) = ready_statement(raw, original, &file, index, config, catalog)?;
        statements.push((comments, out, diags));
    }
    let trailing = script::trailing_comments(&split, &file);
    Some(Ready::Script {
        split: split_diags,
        statements,
        trailing,
    })
}

/// One statement as `statement_output` makes it, when it is an application statement.
fn ready_statement(
    raw: &crate::split::RawStatement,
    original: &str,
    file: &SourceFile,
    index: usize,
    config: &Config,
    catalog: &Catalog,
) -> Option<(Out, Vec<Diagnostic>)> {
    if raw.sql.trim().is_empty() {
        return None;
    }
    let Parsed::Ok(stmt, extras) = parse_statement(&raw.sql) else {
        return None;
    };
    if extras.dml_ignore {
        return None;
    }
    let sp = Spans::new(file, raw.range.clone());
    let Stmt::Query(q) = crate::ir::lower::lower_owned(stmt, &extras, &sp) else {
        return None;
    };
    let mut diags = Vec::new();
    let mut cx = Cx {
        config,
        catalog,
        diags: &mut diags,
        file: index,
        stmt: raw.range.clone(),
    };
    parse_notes(&extras, raw.range.clone(), &mut cx);
    let mut out = dispatch::query(*q, original, raw.range.clone(), &mut cx);
    if out.scrub_nul() {
        diags.push(crate::rules::parse::nul_character::in_output(
            index,
            raw.range.clone(),
        ));
    }
    Some((out, diags))
}

/// Writes a piece translated ahead, as `script_piece` (or the literal-INSERT path)
/// would have.
pub(super) fn write_ready(ready: Ready, config: &Config, st: &mut State) {
    match ready {
        Ready::Literal(output, diags) => {
            if !output.is_empty() {
                st.writer.push(output);
            }
            st.diags.extend(diags);
        }
        Ready::Script {
            split,
            statements,
            trailing,
        } => {
            st.diags.extend(split);
            for (comments, out, diags) in statements {
                st.diags.extend(diags);
                write_output(out, comments, config, st);
            }
            if let Some(t) = trailing {
                st.writer.push(t);
            }
        }
    }
}
