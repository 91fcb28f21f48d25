//! The conversion pipeline: split → parse → lower → rules → emit.
//!
//! [`convert`] never fails on user input: it returns the PostgreSQL text and
//! the diagnostics. IO happens in the CLI.

use crate::catalog::Catalog;
use crate::config::Config;
use crate::data::scan::{ChunkKind, Piece};
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::emit::Writer;
use crate::rules::ddl;
use crate::rules::Cx;
use crate::source::SourceFile;
use crate::split::version_number;
use std::collections::BTreeSet;

mod ahead;
mod dispatch;
mod script;
mod sessions;
mod snippet;

use dispatch::*;
use script::*;
use sessions::*;
pub use snippet::{translate_statements, Translated};

/// One input: a name for diagnostics and its bytes.
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// One input read as a stream.
pub struct Source<'a> {
    pub name: String,
    pub reader: Box<dyn std::io::Read + Send + 'a>,
    /// A `--schema` input: read for the catalog only (no output, no diagnostics).
    pub schema_only: bool,
}

/// The result of a conversion.
pub struct Conversion {
    pub sql: String,
    pub diagnostics: Vec<Diagnostic>,
    pub files: Vec<SourceFile>,
    pub catalog: Catalog,
    /// Rows per table, as read and as converted.
    pub tables: std::collections::BTreeMap<String, crate::data::TableStats>,
}

impl Conversion {
    /// Whether a statement needs a person (an error diagnostic).
    pub fn needs_person(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// What a streamed conversion reports (its text went to the output).
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub files: Vec<SourceFile>,
    pub catalog: Catalog,
    pub tables: std::collections::BTreeMap<String, crate::data::TableStats>,
    pub bytes_read: u64,
}

impl Report {
    pub fn needs_person(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

struct State<'w> {
    data: crate::data::DataState,
    catalog: Catalog,
    writer: Writer<'w>,
    diags: Vec<Diagnostic>,
    /// Tables dropped earlier in the input (catalog keys): their CREATE may replace types.
    dropped: BTreeSet<(String, String)>,
}

/// Stack for the conversion thread. Expression trees are as deep as an operator chain is
/// long (sqlparser parses chains without recursion), and cloning, rewriting, printing and
/// dropping them recurses; `parse/mod.rs` caps operators per statement so this always suffices.
const STACK: usize = 256 << 20;

/// Converts MySQL scripts held in memory to one PostgreSQL script.
pub fn convert(inputs: &[Input], config: &Config) -> Conversion {
    let sources: Vec<Source> = inputs
        .iter()
        .map(|i| Source {
            name: i.name.clone(),
            reader: Box::new(&i.bytes[..]),
            schema_only: false,
        })
        .collect();
    let mut out: Vec<u8> = Vec::new();
    let report = convert_stream(sources, config, &mut out, &mut |_| {})
        .expect("reading and writing memory does not fail");
    Conversion {
        sql: String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        diagnostics: report.diagnostics,
        files: report.files,
        catalog: report.catalog,
        tables: report.tables,
    }
}

/// Converts MySQL scripts read from streams, writing PostgreSQL to `out` as it goes.
/// `progress` is called with the bytes read so far, every few megabytes. Only IO fails.
pub fn convert_stream(
    sources: Vec<Source<'_>>,
    config: &Config,
    out: &mut (dyn std::io::Write + Send),
    progress: &mut (dyn FnMut(u64) + Send),
) -> std::io::Result<Report> {
    std::thread::scope(|s| {
        let run = std::thread::Builder::new()
            .name("my2pg-convert".into())
            .stack_size(STACK);
        match run.spawn_scoped(s, move || convert_here(sources, config, out, progress)) {
            Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Err(e) => Err(e),
        }
    })
}

/// Threads that translate ahead: `MY2PG_THREADS` when set (1 = everything on the main
/// loop, as a check that the output does not depend on it), else the cores.
fn threads() -> usize {
    std::env::var("MY2PG_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// One piece converted by the main loop itself, in order.
#[allow(clippy::too_many_arguments)]
fn piece_here(
    piece: &Piece,
    bytes: &[u8],
    index: usize,
    version: u32,
    config: &Config,
    file: &mut SourceFile,
    st: &mut State,
    schema_only: bool,
    application: bool,
) {
    let rows = piece.kind == ChunkKind::Data && (schema_only || !application) && {
        let mut cx = Cx {
            config,
            catalog: &mut st.catalog,
            diags: &mut st.diags,
            file: index,
            stmt: piece.range.clone(),
        };
        crate::data::convert_insert(
            bytes,
            piece.range.start,
            &mut cx,
            &mut st.data,
            &mut st.writer,
        )
    };
    // An application's INSERT of literal rows the data path must convert.
    let converted = rows
        || (piece.kind == ChunkKind::Data && application && !schema_only && {
            let text = String::from_utf8_lossy(bytes);
            match script::literal_insert(piece.range.clone(), index, &text, config, &st.catalog) {
                Some((output, diags)) => {
                    file.keep(piece.range.start, bytes, index, &mut st.diags);
                    if !output.is_empty() {
                        st.writer.push(output);
                    }
                    st.diags.extend(diags);
                    true
                }
                None => false,
            }
        });
    if !converted {
        // Ordinary statements, and data statements that are not a dump's plain
        // INSERT … VALUES (INSERT … SELECT, ON DUPLICATE KEY UPDATE).
        file.keep(piece.range.start, bytes, index, &mut st.diags);
        script_piece(file, piece, index, version, config, st);
    }
}

/// A batch of pieces from the chunker is sent when it holds this many bytes …
const BATCH_BYTES: usize = 256 << 10;
/// … or this many pieces.
const BATCH_PIECES: usize = 2048;

fn convert_here(
    sources: Vec<Source<'_>>,
    config: &Config,
    out: &mut (dyn std::io::Write + Send),
    progress: &mut (dyn FnMut(u64) + Send),
) -> std::io::Result<Report> {
    let version = version_number(&config.mysql_version);
    let names: Vec<String> = sources
        .iter()
        .filter(|s| !s.schema_only)
        .map(|i| i.name.clone())
        .collect();
    let header = format!(
        "-- Converted from MySQL by my2pg {} from: {}\n",
        env!("CARGO_PKG_VERSION"),
        names.join(", ")
    );
    let mut st = State {
        data: crate::data::DataState::default(),
        catalog: Catalog::default(),
        writer: Writer::new(out, &header),
        diags: Vec::new(),
        dropped: BTreeSet::new(),
    };
    if let Some(schema) = &config.schema {
        let q = crate::ident::quote(
            &crate::ident::pg_name(schema, config.identifiers),
            config.identifiers,
        );
        if schema != "public" {
            st.writer
                .prelude(format!("CREATE SCHEMA IF NOT EXISTS {q};"));
        }
        st.writer
            .prelude(format!("SET search_path TO {q}, public;"));
    }
    // With `--schema`, the other inputs are the application's SQL: its INSERTs stay
    // statements (an application cannot send COPY blocks through its driver).
    let application = sources.iter().any(|s| s.schema_only);
    let mut files = Vec::new();
    let mut bytes_read = 0u64;
    let mut last_report = 0u64;
    for (index, source) in sources.into_iter().enumerate() {
        let diags_before = st.diags.len();
        let loaded_before = st.data.loaded.len();
        let stats_before = source.schema_only.then(|| st.data.stats.clone());
        st.writer.muted = source.schema_only;
        let mut file = SourceFile::streaming(&source.name);
        // The chunker runs on a thread of its own, a few pieces ahead of the conversion
        // (the two take about a third and two thirds of the time on a dump); the
        // bounded channel keeps memory flat.
        let reader = source.reader;
        let mut read = 0u64;
        std::thread::scope(|scope| -> std::io::Result<()> {
            // Pieces travel in batches of about 256 KiB: one message per statement
            // made the two threads wake each other for every small query (a fifth
            // of the time of a file of application statements went to futexes).
            type Batch = Vec<(Piece, Vec<u8>, u64)>;
            let (tx, rx) = std::sync::mpsc::sync_channel::<std::io::Result<Batch>>(4);
            scope.spawn(move || {
                let mut stream = crate::data::scan::Stream::new(reader);
                let mut batch: Batch = Vec::new();
                let mut size = 0usize;
                loop {
                    match stream.next_piece() {
                        Ok(Some((piece, bytes))) => {
                            size += bytes.len();
                            batch.push((piece, bytes.to_vec(), stream.read));
                            if size < BATCH_BYTES && batch.len() < BATCH_PIECES {
                                continue;
                            }
                            size = 0;
                            if tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                                break;
                            }
                        }
                        Ok(None) => {
                            if !batch.is_empty() {
                                let _ = tx.send(Ok(batch));
                            }
                            break;
                        }
                        Err(e) => {
                            if !batch.is_empty() && tx.send(Ok(batch)).is_err() {
                                break;
                            }
                            let _ = tx.send(Err(e));
                            break;
                        }
                    }
                }
            });
            let threads = threads();
            for batch in rx {
                let batch = batch?;
                // Application statements translated ahead, in parallel, against the
                // catalog as it is now; a result is used only while what queries read of
                // the catalog is still the same (`Catalog::state`).
                let ahead = ahead::translate_ahead(
                    &batch,
                    index,
                    version,
                    config,
                    &st.catalog,
                    application,
                    source.schema_only,
                    threads,
                );
                let mut fresh = true;
                for ((piece, bytes, read_so_far), ready) in batch.into_iter().zip(ahead) {
                    read = read_so_far;
                    let bytes = &bytes[..];
                    file.count_lines(piece.range.start, bytes);
                    match ready.filter(|_| fresh) {
                        Some(ready) => {
                            file.keep(piece.range.start, bytes, index, &mut st.diags);
                            // Writing may check a table's pending foreign keys: the same
                            // state check as for the pieces done here.
                            let before = st.catalog.state();
                            ahead::write_ready(ready, config, &mut st);
                            fresh &= st.catalog.state() == before;
                        }
                        None => {
                            let before = st.catalog.state();
                            piece_here(
                                &piece,
                                bytes,
                                index,
                                version,
                                config,
                                &mut file,
                                &mut st,
                                source.schema_only,
                                application,
                            );
                            // What this piece did (a CREATE TABLE, a USE, a SET) may change
                            // what the statements after it read.
                            fresh &= st.catalog.state() == before;
                        }
                    }
                    if bytes_read + read >= last_report + (16 << 20) {
                        last_report = bytes_read + read;
                        progress(last_report);
                    }
                }
            }
            Ok(())
        })?;
        bytes_read += read;
        progress(bytes_read);
        if source.schema_only {
            st.diags.truncate(diags_before);
            // Its rows are not in the output: no sequence positions for them.
            st.data.loaded.truncate(loaded_before);
            if let Some(stats) = stats_before {
                st.data.stats = stats;
            }
            st.writer.muted = false;
        }
        files.push(file);
    }
    for stmt in ddl::foreign_key::check_references(&mut st.catalog, config, &mut st.diags) {
        st.writer.disable_fk(
            &stmt,
            "D009",
            "the referenced columns are not a primary or unique key",
        );
    }
    for (table, stmt, diag) in ddl::foreign_key::type_fixes(&mut st.catalog, config, &mut st.diags)
    {
        if st.writer.has_pending(&table) {
            st.writer.push(stmt);
        } else if let Some(d) = st.diags.get_mut(diag) {
            // Its foreign keys were written already (a later statement touched the table).
            d.severity = Severity::Error;
            d.message.push_str(": the foreign key was written before this was known; change the column's type first");
        }
    }
    let positions = {
        let mut cx = Cx {
            config,
            catalog: &mut st.catalog,
            diags: &mut st.diags,
            file: 0,
            stmt: 0..0,
        };
        crate::data::report_totals(&st.data, &mut cx);
        for (target, (file, span)) in &st.data.lossy {
            for stmt in st.writer.fks_not_valid(target) {
                cx.file = *file;
                ddl::foreign_key::not_valid(&stmt, &target.1, span.clone(), &mut cx);
            }
        }
        crate::data::sequence_positions(&st.data, &cx)
    };
    for statement in positions {
        st.writer.push(statement);
    }
    diagnostics::sort(&mut st.diags);
    st.writer.finish()?;
    Ok(Report {
        diagnostics: st.diags,
        files,
        catalog: st.catalog,
        tables: st.data.stats,
        bytes_read,
    })
}

/// Reads schema inputs (`--schema` files, a dump, a migrations folder) into a catalog:
/// every table, column and key as `convert` would write them; nothing is written.
pub fn schema_catalog(sources: Vec<Source<'_>>, config: &Config) -> std::io::Result<Catalog> {
    let sources = sources
        .into_iter()
        .map(|mut s| {
            s.schema_only = true;
            s
        })
        .collect();
    let report = convert_stream(sources, config, &mut std::io::sink(), &mut |_| {})?;
    Ok(report.catalog)
}
