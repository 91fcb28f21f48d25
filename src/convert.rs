//! The conversion pipeline: split → parse → lower → rules → emit.
//!
//! [`convert`] never fails on user input: it returns the PostgreSQL text and
//! the diagnostics. IO happens in the CLI.

use crate::catalog::Catalog;
use crate::config::Config;
use crate::data::scan::{ChunkKind, Piece};
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::emit::{script_comment, Out, Writer};
use crate::ir::lower::Spans;
use crate::ir::{Deferred, Session, Stmt};
use crate::parse::{parse_statement, Parsed};
use crate::rules::ddl;
use crate::rules::{parse as prules, session, Cx};
use crate::source::SourceFile;
use crate::split::{split_region, version_number};
use crate::table::{
    alter_table, create_table, drop_index, key_statements, record_key, rename_table,
};
use std::collections::BTreeSet;

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
/// dropping them recurses; `parse.rs` caps operators per statement so this always suffices.
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
            let (tx, rx) =
                std::sync::mpsc::sync_channel::<std::io::Result<(Piece, Vec<u8>, u64)>>(4);
            scope.spawn(move || {
                let mut stream = crate::data::scan::Stream::new(reader);
                loop {
                    let msg = match stream.next_piece() {
                        Ok(Some((piece, bytes))) => {
                            let bytes = bytes.to_vec();
                            Ok((piece, bytes, stream.read))
                        }
                        Ok(None) => break,
                        Err(e) => Err(e),
                    };
                    let stop = msg.is_err();
                    if tx.send(msg).is_err() || stop {
                        break;
                    }
                }
            });
            for msg in rx {
                let (piece, bytes, read_so_far) = msg?;
                read = read_so_far;
                let bytes = &bytes[..];
                file.count_lines(piece.range.start, bytes);
                let converted =
                    piece.kind == ChunkKind::Data && (source.schema_only || !application) && {
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
                if !converted {
                    // Ordinary statements, and data statements that are not a dump's plain
                    // INSERT … VALUES (INSERT … SELECT, ON DUPLICATE KEY UPDATE).
                    file.keep(piece.range.start, bytes, index, &mut st.diags);
                    script_piece(&file, &piece, index, version, config, &mut st);
                }
                if bytes_read + read >= last_report + (16 << 20) {
                    last_report = bytes_read + read;
                    progress(last_report);
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

/// One statement of application SQL, translated with a catalog known beforehand: what
/// `my2pg audit` classifies. Spans of the diagnostics are byte offsets in the text given.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The statement's bytes in the text (without its delimiter).
    pub range: std::ops::Range<usize>,
    /// The PostgreSQL text it becomes: the statements it produced, or the commented
    /// original when it is not translated.
    pub output: String,
    /// Whether PostgreSQL gets a statement (false: kept as a comment or dropped).
    pub emitted: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// Translates each statement of `text` (application SQL: INSERTs stay statements) with
/// `catalog` (from `--schema`), which the statements may extend (a migration's CREATE
/// TABLE). Never fails on user input.
pub fn translate_statements(text: &str, catalog: &mut Catalog, config: &Config) -> Vec<Translated> {
    let (file, mut file_diags) = SourceFile::new("snippet", 0, text.as_bytes());
    let version = version_number(&config.mysql_version);
    let mut sink = std::io::sink();
    let mut st = State {
        data: crate::data::DataState::default(),
        catalog: std::mem::take(catalog),
        writer: Writer::new(&mut sink, ""),
        diags: Vec::new(),
        dropped: BTreeSet::new(),
    };
    st.writer.muted = true;
    let whole = file.slice(0..file.len()).to_string();
    let split = split_region(&whole, 0, ";", 0, version, &mut file_diags);
    let mut results = Vec::new();
    for raw in &split.statements {
        let original = file.slice(raw.range.clone()).to_string();
        let out = statement_output(raw, &original, &file, 0, config, &mut st);
        let parts: Vec<&String> = out
            .prelude
            .iter()
            .chain(&out.types)
            .chain(&out.main)
            .chain(&out.post)
            .chain(out.fks.iter().map(|(s, _)| s))
            .chain(&out.late)
            .collect();
        let emitted = parts.iter().any(|p| {
            p.lines()
                .any(|l| !l.trim().is_empty() && !l.starts_with("--"))
        });
        let output = parts
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let mut diagnostics = std::mem::take(&mut st.diags);
        // Diagnostics of the splitter (unterminated quotes, …) go with the statement they
        // fall in.
        let (mine, rest): (Vec<_>, Vec<_>) = file_diags
            .into_iter()
            .partition(|d| d.span.start < raw.range.end);
        file_diags = rest;
        diagnostics.extend(mine);
        diagnostics::sort(&mut diagnostics);
        results.push(Translated {
            range: raw.range.clone(),
            output,
            emitted,
            diagnostics,
        });
    }
    if let Some(last) = results.last_mut() {
        last.diagnostics.append(&mut file_diags);
    }
    *catalog = st.catalog;
    results
}

/// Splits one piece of ordinary script text and converts its statements.
fn script_piece(
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
    if !split.trailing_comments.is_empty() {
        let c: Vec<String> = split
            .trailing_comments
            .iter()
            .map(|r| script_comment(file.slice(r.clone())))
            .collect();
        st.writer.push(c.join("\n"));
    }
}

/// Converts one ordinary statement (everything but dump data) and writes its output.
fn script_statement(
    raw: &crate::split::RawStatement,
    original: &str,
    file: &SourceFile,
    index: usize,
    config: &Config,
    st: &mut State,
) {
    let comments: Vec<String> = raw
        .leading_comments
        .iter()
        .chain(raw.inner_comments.iter())
        .map(|r| script_comment(file.slice(r.clone())))
        .collect();
    let out = statement_output(raw, original, file, index, config, st);
    write_output(out, comments, config, st);
}

/// What one ordinary statement becomes (nothing written yet).
fn statement_output(
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
            Parsed::Ok(stmt, extras) => {
                if !extras.hints.is_empty() {
                    cx.report(
                        &crate::rules::parse::optimizer_hint::RULE,
                        raw.range.clone(),
                        format!(
                            "index hints left out ({}): PostgreSQL's planner takes none, and they do not change results",
                            extras.hints.join(", ")
                        ),
                    );
                }
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

/// Writes one statement's output, after the script comments attached to it.
fn write_output(mut out: Out, comments: Vec<String>, config: &Config, st: &mut State) {
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

fn statement(
    ir: Stmt,
    original: &str,
    cx: &mut Cx,
    dropped: &mut BTreeSet<(String, String)>,
) -> Out {
    let whole = cx.stmt.clone();
    match ir {
        Stmt::CreateTable(t) => {
            let key = cx.catalog.key_of(&t.name);
            let replace_types = dropped.contains(&key);
            let mut out = create_table(&t, original, cx, replace_types);
            out.touches.push(key);
            out
        }
        Stmt::AlterTable { table, ops } => {
            let key = cx.catalog.key_of(&table);
            // DISABLE/ENABLE KEYS around a dump's rows emit nothing and must not pull the
            // table's keys ahead of its data.
            let emits = ops
                .iter()
                .any(|(op, _)| !matches!(op, crate::ir::AlterOp::Keys(_)));
            let mut out = alter_table(&table, ops, original, cx);
            if emits {
                out.touches.push(key);
            }
            out
        }
        Stmt::DropTable { names, if_exists } => {
            let mut out = Out::default();
            let mut targets = Vec::new();
            for n in &names {
                let key = cx.catalog.key_of(n);
                out.touches.push(key.clone());
                dropped.insert(key);
                let (schema, pg) = match cx.catalog.remove_table(&n.schema, &n.name) {
                    Some(t) => (t.pg_schema, t.pg_name),
                    None => (cx.pg_schema(&n.schema), cx.pg_name(&n.name)),
                };
                targets.push(cx.qualified(&schema, &pg));
            }
            out.main.push(format!(
                "DROP TABLE {}{};",
                if if_exists { "IF EXISTS " } else { "" },
                targets.join(", ")
            ));
            out
        }
        Stmt::RenameTable(pairs) => {
            let mut out = Out::default();
            for (old, new) in pairs {
                out.touches.push(cx.catalog.key_of(&old));
                out.main.extend(rename_table(&old, &new, cx));
            }
            out
        }
        Stmt::CreateIndex { table, key } => {
            let k = cx.catalog.key_of(&table);
            let (schema, pg_table) = cx.table_names(&table);
            let mut out = Out::default();
            out.touches.push(k);
            let stmts = key_statements(&key, &table, &schema, &pg_table, false, cx);
            record_key(cx, &table, &key, &stmts);
            out.main.extend(stmts.into_iter().map(|(_, s)| s));
            out
        }
        Stmt::DropIndex { table, name } => {
            let mut out = Out::default();
            if let Some(t) = &table {
                out.touches.push(cx.catalog.key_of(t));
            }
            out.main.push(drop_index(table.as_ref(), &name, cx));
            out
        }
        Stmt::CreateDatabase {
            name,
            if_not_exists,
        } => {
            let mut out = Out::default();
            if cx.config.schema.is_some() {
                cx.report(
                    &ddl::database::RULE,
                    whole,
                    format!(
                        "CREATE DATABASE `{name}` dropped: everything goes to schema `{}`",
                        cx.config.schema.as_deref().unwrap_or_default()
                    ),
                );
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("database `{name}` becomes schema {}", cx.ident(&name)),
            );
            cx.catalog.schemas.insert(cx.pg_name(&name));
            out.main.push(format!(
                "CREATE SCHEMA {}{};",
                if if_not_exists { "IF NOT EXISTS " } else { "" },
                cx.ident(&name)
            ));
            out
        }
        Stmt::DropDatabase { name, if_exists } => {
            let mut out = Out::default();
            if cx.config.schema.is_some() {
                cx.report(
                    &ddl::database::RULE,
                    whole,
                    format!("DROP DATABASE `{name}` dropped: everything goes to one schema"),
                );
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("DROP DATABASE `{name}` becomes DROP SCHEMA … CASCADE"),
            );
            out.main.push(format!(
                "DROP SCHEMA {}{} CASCADE;",
                if if_exists { "IF EXISTS " } else { "" },
                cx.ident(&name)
            ));
            out
        }
        Stmt::Use(db) => {
            let mut out = Out::default();
            cx.catalog.database = Some(db.clone());
            if cx.config.schema.is_some() {
                return out;
            }
            cx.report(
                &ddl::database::RULE,
                whole,
                format!("USE `{db}` becomes SET search_path"),
            );
            if cx.catalog.schemas.insert(cx.pg_name(&db)) {
                out.main
                    .push(format!("CREATE SCHEMA IF NOT EXISTS {};", cx.ident(&db)));
            }
            out.main
                .push(format!("SET search_path TO {}, public;", cx.ident(&db)));
            out
        }
        Stmt::Truncate(names) => {
            let mut out = Out::default();
            let mut targets = Vec::new();
            for n in &names {
                out.touches.push(cx.catalog.key_of(n));
                let (schema, pg) = cx.table_names(n);
                targets.push(cx.qualified(&schema, &pg));
            }
            out.main.push(format!(
                "TRUNCATE TABLE {} RESTART IDENTITY;",
                targets.join(", ")
            ));
            out
        }
        Stmt::Session(s) => session_statement(s, original, cx),
        Stmt::Query(q) => {
            // A write needs the table's keys first (ON CONFLICT names them).
            let touches = match q.as_ref() {
                sqlparser::ast::Statement::Insert(ins) => match &ins.table {
                    sqlparser::ast::TableObject::TableName(n) => {
                        Some(cx.catalog.key_of(&crate::ir::lower::name_of(n)))
                    }
                    _ => None,
                },
                _ => None,
            };
            let mut out = match crate::rules::query::translate::statement(
                *q,
                "the statement",
                whole.clone(),
                cx,
            ) {
                Some(text) => Out::main(format!("{text};")),
                None => Out::commented(original, "Q000", "not translated"),
            };
            out.touches.extend(touches);
            out
        }
        Stmt::DropView { names, if_exists } => {
            // One view at a time, so each is forgotten (or dropped) on its own.
            let mut out = Out::default();
            for n in &names {
                let s = cx.pg_schema(&n.schema);
                let q = cx.qualified(&s, &cx.pg_name(&n.name));
                out.main.push(format!(
                    "DROP VIEW {}{q};",
                    if if_exists { "IF EXISTS " } else { "" }
                ));
                out.view = Some((cx.pg_name(&n.name), Vec::new(), true));
            }
            if names.len() > 1 {
                // Several views in one DROP: keep it as written, in place.
                out.view = None;
            }
            out
        }
        Stmt::CreateView {
            name,
            columns,
            query,
            or_replace,
        } => {
            let stmt = sqlparser::ast::Statement::Query(query);
            let reads = crate::rules::query::translate::relations(&stmt);
            match crate::rules::query::translate::statement(
                stmt,
                "the view's query",
                whole.clone(),
                cx,
            ) {
                Some(body) => {
                    let schema = cx.pg_schema(&name.schema);
                    let view = cx.qualified(&schema, &cx.pg_name(&name.name));
                    let cols = if columns.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " ({})",
                            columns
                                .iter()
                                .map(|c| cx.ident(c))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    cx.report(
                        &crate::rules::query::translate::RULE,
                        whole,
                        format!("view {name} translated"),
                    )
                    .severity = Severity::Info;
                    Out {
                        view: Some((cx.pg_name(&name.name), reads, false)),
                        ..Out::main(format!(
                            "CREATE {}VIEW {view}{cols} AS\n{body};",
                            if or_replace { "OR REPLACE " } else { "" }
                        ))
                    }
                }
                None => Out {
                    view: Some((cx.pg_name(&name.name), Vec::new(), false)),
                    ..Out::commented(original, "Q000", "view not translated")
                },
            }
        }
        Stmt::Deferred(kind) => {
            let what = match kind {
                Deferred::View => "view",
                Deferred::Trigger => "trigger",
                Deferred::Routine => "stored routine",
                Deferred::Event => "event",
                Deferred::Data => "data statement",
                Deferred::Query => "query",
            };
            cx.report(
                &ddl::deferred_statement::RULE,
                whole,
                format!("{what} not converted yet: kept as a comment"),
            );
            Out::commented(original, "D020", &format!("{what} not converted yet"))
        }
        Stmt::CreateTrigger(t) => match ddl::trigger::create(&t, cx) {
            Some(stmts) => Out::main(stmts.join("\n\n")),
            None => Out::commented(original, "D021", "trigger not translated"),
        },
        Stmt::DropTrigger { name, if_exists } => match ddl::trigger::drop(&name, if_exists, cx) {
            Some(stmts) => Out::main(stmts.join("\n")),
            None => Out::commented(original, "D021", "trigger not dropped"),
        },
        Stmt::Unsupported(text) => {
            if let Some((sql, note)) = crate::rules::session::show::translate(&text, cx) {
                cx.report(&crate::rules::session::show::RULE, whole, note);
                let mut out = Out::default();
                out.main.push(sql);
                return out;
            }
            let first: String = text
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            cx.report(
                &ddl::table_statement::RULE,
                whole,
                format!("`{first}` is not part of schema conversion: kept as a comment"),
            );
            Out::commented(original, "D019", "not converted")
        }
    }
}

fn session_statement(s: Session, original: &str, cx: &mut Cx) -> Out {
    let whole = cx.stmt.clone();
    match s {
        Session::Names(cs) => {
            cx.report(
                &session::set_statement::RULE,
                whole,
                format!(
                    "SET NAMES {cs} becomes SET client_encoding = 'UTF8' (the output is UTF-8)"
                ),
            );
            Out::main("SET client_encoding = 'UTF8';".into())
        }
        Session::Set(assignments) => {
            let mut out = Out::default();
            let mut dropped = Vec::new();
            for (name, value) in assignments {
                let n = name.to_lowercase();
                let n = n
                    .trim_start_matches("session ")
                    .trim_start_matches("@@session.")
                    .trim_start_matches("@@");
                if value.trim_start().starts_with('@') {
                    // Restoring a saved setting (`SET TIME_ZONE=@OLD_TIME_ZONE`).
                    dropped.push(name);
                } else if n == "autocommit" {
                    let on = !matches!(value.trim().to_lowercase().as_str(), "0" | "off" | "false");
                    out.main.push(if on {
                        "COMMIT;".into()
                    } else {
                        "BEGIN;".into()
                    });
                    cx.report(
                        &session::set_statement::RULE,
                        whole.clone(),
                        format!(
                            "SET autocommit={value} becomes {}",
                            if on {
                                "COMMIT (ends the open transaction)"
                            } else {
                                "BEGIN (MySQL opens a transaction implicitly)"
                            }
                        ),
                    );
                } else if n == "time_zone" {
                    let v = value.trim_matches('\'');
                    let offset = v.len() >= 5
                        && (v.starts_with('+') || v.starts_with('-'))
                        && v[1..]
                            .split(':')
                            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
                    let pg = if v.eq_ignore_ascii_case("SYSTEM") {
                        cx.catalog.time_zone = None;
                        "DEFAULT".to_string()
                    } else if offset {
                        // An ISO offset: PostgreSQL reads a string '+05:00' as POSIX (sign
                        // reversed), so it is given as an interval.
                        cx.catalog.time_zone = Some(v.to_string());
                        format!("INTERVAL {} HOUR TO MINUTE", crate::ident::literal(v))
                    } else {
                        cx.catalog.time_zone = None;
                        crate::ident::literal(v)
                    };
                    out.main.push(format!("SET TIME ZONE {pg};"));
                } else if n == "names"
                    || n == "character_set_client" && value.to_lowercase().contains("utf8")
                {
                    out.main.push("SET client_encoding = 'UTF8';".into());
                } else if n.starts_with('@') || !session::set_statement::harmless(n) {
                    // A user variable given a value, or a setting that changes what
                    // later statements do: dropping it may change their meaning.
                    cx.report(
                        &session::set_statement::RULE,
                        whole.clone(),
                        if n.starts_with('@') {
                            format!("user variable {name} dropped: PostgreSQL has no session variables (statements that read it are flagged Q000)")
                        } else {
                            format!("MySQL setting {} dropped: it has no PostgreSQL counterpart, and what depends on it may behave differently", name.split_whitespace().collect::<Vec<_>>().join(" "))
                        },
                    )
                    .severity = Severity::Warning;
                    if out.main.is_empty() {
                        out.main.push(format!(
                            "-- my2pg S001: dropped: {}",
                            original.lines().next().unwrap_or("").trim()
                        ));
                    }
                } else {
                    dropped.push(name);
                }
            }
            if !dropped.is_empty() {
                cx.report(
                    &session::set_statement::RULE,
                    whole,
                    format!(
                        "MySQL session setting{} {} dropped: no PostgreSQL equivalent needed",
                        if dropped.len() > 1 { "s" } else { "" },
                        dropped.join(", ")
                    ),
                );
                if out.main.is_empty() {
                    out.main.push(format!(
                        "-- my2pg S001: dropped: {}",
                        original.lines().next().unwrap_or("").trim()
                    ));
                }
            }
            out
        }
        Session::LockTables | Session::UnlockTables => {
            cx.report(
                &session::lock_tables::RULE,
                whole,
                "LOCK/UNLOCK TABLES dropped: PostgreSQL has no UNLOCK, and its LOCK TABLE only holds inside a transaction; to keep other sessions from seeing a half-loaded table, apply the script with `psql --single-transaction`",
            );
            Out::main(format!("-- my2pg S002: dropped: {}", original.trim()))
        }
        Session::Transaction(t) => {
            cx.report(&session::transaction::RULE, whole, format!("{t} kept: DDL is transactional in PostgreSQL, so a failure inside the transaction undoes the DDL before it"));
            Out::main(format!("{t};"))
        }
    }
}
