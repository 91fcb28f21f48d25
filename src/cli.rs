//! The command line: `convert`, `audit`, `check`, `explain`, `rules`.

use crate::check::check_dir;
use crate::config::Config;
use crate::convert::{convert_stream, Source};
use crate::render::{human, json};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "my2pg",
    version,
    about = "Translate MySQL to PostgreSQL: schemas, dumps, queries"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiagFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum AuditFormat {
    Text,
    Json,
    Yaml,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Compatible,
    Translatable,
    Manual,
}

#[derive(clap::Args)]
struct ConvertArgs {
    /// Input files; none or `-` reads standard input.
    inputs: Vec<PathBuf>,
    /// Write the PostgreSQL script here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// my2pg.yaml; by default ./my2pg.yaml when it exists.
    #[arg(long)]
    config: Option<PathBuf>,
    /// How diagnostics are written to standard error.
    #[arg(long, value_enum, default_value = "human")]
    diagnostics: DiagFormat,
    /// No progress bar and no diagnostics one by one: only the summary.
    #[arg(short, long)]
    quiet: bool,
    /// How dump rows are written (overrides `data:` in the config).
    #[arg(long, value_enum)]
    data: Option<crate::config::DataFormat>,
    /// A schema (DDL file, mysqldump --no-data, or migrations folder) to translate
    /// queries with; read for its knowledge only. May repeat.
    #[arg(long)]
    schema: Vec<PathBuf>,
    /// How `?` placeholders are written (overrides `placeholders:` in the config).
    #[arg(long, value_enum)]
    placeholders: Option<crate::config::PlaceholderStyle>,
}

#[derive(clap::Args)]
struct AuditArgs {
    /// Folders or files to audit (default: the current folder).
    paths: Vec<PathBuf>,
    /// The MySQL schema (DDL file, mysqldump --no-data, or migrations folder), for
    /// schema-aware classification. May repeat.
    #[arg(long)]
    schema: Vec<PathBuf>,
    /// The report's form: text for people, json/yaml for tools, sarif for code scanning.
    #[arg(long, value_enum, default_value = "text")]
    format: AuditFormat,
    /// Write the report here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Exit with 1 when a finding of this class or a worse one is reported
    /// (compatible < translatable < manual; unparsed counts as manual).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Leave out the findings this baseline lists (written by --write-baseline).
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Write the fingerprints of this run's findings that are not compatible to FILE.
    #[arg(long)]
    write_baseline: Option<PathBuf>,
    /// my2pg.yaml; by default ./my2pg.yaml when it exists.
    #[arg(long)]
    config: Option<PathBuf>,
}

#[derive(clap::Args)]
struct DifftestArgs {
    /// How many generated statements to count (MariaDB-rejected ones are replaced).
    #[arg(short = 'n', long, default_value_t = 1000)]
    statements: usize,
    /// The generator's seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Run MariaDB's test files instead: FILES (files or folders of *.test), by default
    /// main/func_*.test and main/type_*.test of /usr/share/mysql/mysql-test.
    #[arg(long)]
    mariadb_tests: bool,
    files: Vec<PathBuf>,
    /// MariaDB or MySQL server (default: $MY2PG_MYSQL_URL, else mysql://root@127.0.0.1:3306/test).
    #[arg(long)]
    mysql: Option<String>,
    /// PostgreSQL server (default: $MY2PG_PG_URL, else postgresql://postgres@127.0.0.1:5432/postgres).
    #[arg(long)]
    pg: Option<String>,
    /// Where the report and the shrunk cases go.
    #[arg(long, default_value = "target/difftest")]
    out: PathBuf,
    /// Do not shrink silent and pg-error statements.
    #[arg(long)]
    no_shrink: bool,
    /// my2pg.yaml; by default ./my2pg.yaml when it exists.
    #[arg(long)]
    config: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Convert MySQL scripts (files, or - for standard input) to one PostgreSQL script.
    Convert(ConvertArgs),
    /// Convert each *.mysql.sql in DIR and compare with the expected *.pg.sql and *.diag.
    Check {
        dir: PathBuf,
        /// Write the expected files instead of comparing.
        #[arg(long)]
        bless: bool,
    },
    /// Find the SQL an application sends to MySQL and report how each statement fares on
    /// PostgreSQL: compatible, translatable (with the translation), manual, or unparsed.
    Audit(AuditArgs),
    /// Differential test of the translator on live MariaDB and PostgreSQL servers:
    /// generated statements (or MariaDB's own test files) run on both and compared.
    Difftest(DifftestArgs),
    /// Print a rule's documentation.
    Explain { code: String },
    /// List the rules.
    Rules,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Convert(args) => convert_cmd(args),
        Command::Check { dir, bless } => {
            if bless && std::env::var_os("CI").is_some() {
                eprintln!("my2pg: --bless is refused when CI is set");
                return ExitCode::from(2);
            }
            match check_dir(&dir, bless) {
                Err(e) => {
                    eprintln!("my2pg: {e}");
                    ExitCode::from(2)
                }
                Ok(results) => {
                    let mut drifted = 0;
                    for r in &results {
                        if !r.drift.is_empty() {
                            drifted += 1;
                            println!("DRIFT {}", r.name);
                            for l in &r.drift {
                                println!("{l}");
                            }
                        } else if r.blessed {
                            println!("BLESSED {}", r.name);
                        }
                    }
                    println!("{} cases, {} drifted", results.len(), drifted);
                    if drifted > 0 {
                        ExitCode::from(1)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
            }
        }
        Command::Audit(args) => audit_cmd(args),
        Command::Difftest(args) => difftest_cmd(args),
        Command::Explain { code } => match crate::registry::find(&code) {
            Some(r) => {
                print!("{}", r.doc());
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("my2pg: no rule with code `{code}` (see `my2pg rules`)");
                ExitCode::from(2)
            }
        },
        Command::Rules => {
            for r in crate::registry::ALL {
                println!(
                    "{}  {:<22} {:<7}  {}",
                    r.code,
                    r.name,
                    r.severity.as_str(),
                    r.summary
                );
            }
            ExitCode::SUCCESS
        }
    }
}

fn convert_cmd(args: ConvertArgs) -> ExitCode {
    let ConvertArgs {
        inputs,
        output,
        config,
        diagnostics: format,
        quiet,
        data,
        schema,
        placeholders,
    } = args;
    let config = match load_config(config) {
        Ok(mut c) => {
            if let Some(d) = data {
                c.data = d;
            }
            if let Some(p) = placeholders {
                c.placeholders = p;
            }
            c
        }
        Err(e) => {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    };
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs
    };
    // Every input is opened first (a missing file is a usage error before any output),
    // then read as a stream.
    let mut sources = Vec::new();
    let mut total: u64 = 0;
    let mut open =
        |p: PathBuf, sources: &mut Vec<Source>, schema_only: bool| -> Result<(), String> {
            let f = std::fs::File::open(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            total += f.metadata().map(|m| m.len()).unwrap_or(0);
            sources.push(Source {
                name: p.display().to_string(),
                reader: Box::new(f),
                schema_only,
            });
            Ok(())
        };
    // `--schema` inputs first: they fill the catalog the queries are translated with.
    let expand = sql_files;
    for path in &schema {
        if let Err(e) = expand(path)
            .into_iter()
            .try_for_each(|p| open(p, &mut sources, true))
        {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    }
    for path in inputs {
        let r = if path.as_os_str() == "-" {
            sources.push(Source {
                name: "-".into(),
                reader: Box::new(std::io::stdin()),
                schema_only: false,
            });
            Ok(())
        } else {
            expand(&path)
                .into_iter()
                .try_for_each(|p| open(p, &mut sources, false))
        };
        if let Err(e) = r {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    }
    let mut out: Box<dyn Write + Send> = match &output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("my2pg: {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(std::io::BufWriter::with_capacity(
            1 << 20,
            std::io::stdout(),
        )),
    };
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let mut progress = |read: u64| {
        if show_progress {
            let secs = started.elapsed().as_secs_f64().max(0.001);
            let mb = read as f64 / 1e6;
            let of = if total > 0 {
                format!(
                    " of {:.0} MB ({:.0}%)",
                    total as f64 / 1e6,
                    100.0 * read as f64 / total as f64
                )
            } else {
                String::new()
            };
            eprint!("\rmy2pg: {mb:.0} MB{of}, {:.0} MB/s   ", mb / secs);
        }
    };
    let report = match convert_stream(sources, &config, &mut *out, &mut progress) {
        Ok(r) => r,
        Err(e) => {
            if show_progress {
                eprintln!();
            }
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    };
    drop(out);
    if show_progress {
        eprintln!();
    }
    match format {
        DiagFormat::Json => eprintln!("{}", json(&report.diagnostics, &report.files)),
        DiagFormat::Human => {
            let mut err = std::io::stderr().lock();
            if !quiet {
                for d in &report.diagnostics {
                    let _ = writeln!(err, "{}\n", human(d, &report.files));
                }
            }
            if !report.tables.is_empty() {
                let _ = writeln!(err, "my2pg: rows per table (read, loaded, left out):");
                for (table, s) in &report.tables {
                    let _ = writeln!(
                        err,
                        "  {table}: {} read in {} statements, {} loaded, {} left out",
                        s.rows,
                        s.statements,
                        s.rows - s.rejected,
                        s.rejected
                    );
                }
                let rows: usize = report.tables.values().map(|s| s.rows).sum();
                let rejected: usize = report.tables.values().map(|s| s.rejected).sum();
                let secs = started.elapsed().as_secs_f64().max(0.001);
                let _ = writeln!(err, "my2pg: {} bytes read, {rows} rows read, {} loaded, {rejected} left out, in {secs:.2} s", report.bytes_read, rows - rejected);
            }
            let count = |s| {
                report
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == s)
                    .count()
            };
            use crate::diagnostics::Severity::*;
            let _ = writeln!(
                err,
                "my2pg: {} errors, {} warnings, {} notes",
                count(Error),
                count(Warning),
                count(Info)
            );
        }
    }
    if report.needs_person() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A file, or a migrations folder's .sql files in name order.
fn sql_files(path: &PathBuf) -> Vec<PathBuf> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .collect();
        entries.sort();
        entries
    } else {
        vec![path.clone()]
    }
}

/// Baseline files: `{"version": 1, "fingerprints": [...]}`.
#[derive(serde::Serialize, serde::Deserialize)]
struct Baseline {
    version: u32,
    fingerprints: Vec<String>,
}

fn audit_cmd(args: AuditArgs) -> ExitCode {
    let AuditArgs {
        paths,
        schema,
        format,
        output,
        fail_on,
        baseline,
        write_baseline,
        config,
    } = args;
    let fail = |e: String| {
        eprintln!("my2pg: {e}");
        ExitCode::from(2)
    };
    let config = match load_config(config) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let mut sources = Vec::new();
    for p in schema.iter().flat_map(sql_files) {
        match std::fs::File::open(&p) {
            Ok(f) => sources.push(Source {
                name: p.display().to_string(),
                reader: Box::new(f),
                schema_only: true,
            }),
            Err(e) => return fail(format!("{}: {e}", p.display())),
        }
    }
    let catalog = match crate::convert::schema_catalog(sources, &config) {
        Ok(c) => c,
        Err(e) => return fail(e.to_string()),
    };
    let known = match &baseline {
        None => Default::default(),
        Some(p) => {
            let text = match std::fs::read_to_string(p) {
                Ok(t) => t,
                Err(e) => return fail(format!("{}: {e}", p.display())),
            };
            match serde_json::from_str::<Baseline>(&text) {
                Ok(b) => b.fingerprints.into_iter().collect(),
                Err(e) => return fail(format!("{}: not a my2pg baseline: {e}", p.display())),
            }
        }
    };
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    };
    for p in &paths {
        if !p.exists() {
            return fail(format!("{}: no such file or folder", p.display()));
        }
    }
    let report = crate::audit::audit(&crate::audit::Options {
        paths,
        config: &config,
        catalog,
        baseline: known,
    });
    if let Some(p) = &write_baseline {
        let mut fingerprints: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.class != crate::audit::Class::Compatible)
            .map(|f| f.fingerprint.clone())
            .collect();
        fingerprints.sort();
        fingerprints.dedup();
        let b = Baseline {
            version: 1,
            fingerprints,
        };
        let text = serde_json::to_string_pretty(&b).unwrap_or_default() + "\n";
        if let Err(e) = std::fs::write(p, text) {
            return fail(format!("{}: {e}", p.display()));
        }
    }
    let text = match format {
        AuditFormat::Text => report.text(),
        AuditFormat::Json => report.json(),
        AuditFormat::Yaml => report.yaml(),
        AuditFormat::Sarif => report.sarif(),
    };
    let written = match &output {
        Some(p) => std::fs::write(p, &text).map_err(|e| format!("{}: {e}", p.display())),
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        return fail(e);
    }
    let threshold = fail_on.map(|f| match f {
        FailOn::Compatible => 0,
        FailOn::Translatable => 1,
        FailOn::Manual => 2,
    });
    match (threshold, report.worst()) {
        (Some(t), Some(w)) if w.rank() >= t => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

fn load_config(path: Option<PathBuf>) -> Result<Config, String> {
    let path = match path {
        Some(p) => p,
        None => {
            let default = PathBuf::from("my2pg.yaml");
            if !default.exists() {
                return Ok(Config::default());
            }
            default
        }
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Config::from_yaml(
        &path.display().to_string(),
        &text,
        crate::registry::known_code,
    )
}

/// The MariaDB test files `--mariadb-tests` runs by default.
pub const MTR_DIR: &str = "/usr/share/mysql/mysql-test/main";

fn test_files(given: &[PathBuf]) -> Vec<PathBuf> {
    let roots: Vec<PathBuf> = if given.is_empty() {
        vec![PathBuf::from(MTR_DIR)]
    } else {
        given.to_vec()
    };
    let mut files = Vec::new();
    for r in roots {
        if r.is_dir() {
            for e in walkdir::WalkDir::new(&r).max_depth(1).into_iter().flatten() {
                let name = e.file_name().to_string_lossy();
                let wanted = name.ends_with(".test")
                    && (!given.is_empty()
                        || name.starts_with("func_")
                        || name.starts_with("type_"));
                if wanted {
                    files.push(e.into_path());
                }
            }
        } else {
            files.push(r);
        }
    }
    files.sort();
    files
}

fn difftest_cmd(args: DifftestArgs) -> ExitCode {
    let config = match load_config(args.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    };
    let my_url = args
        .mysql
        .or_else(|| std::env::var("MY2PG_MYSQL_URL").ok())
        .unwrap_or_else(|| "mysql://root@127.0.0.1:3306/test".into());
    let pg_url = args
        .pg
        .or_else(|| std::env::var("MY2PG_PG_URL").ok())
        .unwrap_or_else(|| "postgresql://postgres@127.0.0.1:5432/postgres".into());
    if let Err(e) = std::fs::create_dir_all(args.out.join("cases")) {
        eprintln!("my2pg: {}: {e}", args.out.display());
        return ExitCode::from(2);
    }
    let tty = std::io::stderr().is_terminal();
    let outcome = if args.mariadb_tests {
        let files = test_files(&args.files);
        crate::difftest::mtr::run_files(
            &files,
            &my_url,
            &pg_url,
            "my2pg_mtr",
            &config,
            &mut |name, t| {
                if tty {
                    eprint!(
                        "\r{name}: {}                ",
                        crate::difftest::mtr::summary_line(t)
                    );
                }
            },
        )
        .map(|run| {
            (
                run.report(),
                crate::difftest::mtr::summary_line(&run.tally),
                run.tally.clone(),
                Vec::new(),
            )
        })
    } else {
        let opts = crate::difftest::GenOptions {
            statements: args.statements,
            seed: args.seed,
            my_url,
            pg_url,
            db: "my2pg_difftest".into(),
            shrink: !args.no_shrink,
        };
        crate::difftest::run_generated(&opts, &config, &mut |n| {
            if tty && n % 50 == 0 {
                eprint!("\r{n} statements");
            }
        })
        .map(|run| {
            for l in &run.load {
                eprintln!("my2pg: the loaded tables differ: {l}");
            }
            (
                run.report(),
                crate::difftest::summary_line(&run.tally, run.functions),
                run.tally.clone(),
                run.cases_files(args.seed),
            )
        })
    };
    if tty {
        eprintln!();
    }
    let (report, last, tally, cases) = match outcome {
        Ok(o) => o,
        Err(e) => {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    };
    for (name, text) in cases {
        let _ = std::fs::write(args.out.join("cases").join(name), text);
    }
    let path = args.out.join("report.txt");
    if let Err(e) = std::fs::write(&path, report) {
        eprintln!("my2pg: {}: {e}", path.display());
        return ExitCode::from(2);
    }
    eprintln!(
        "my2pg: every statement that was not identical: {}",
        path.display()
    );
    println!("{last}");
    if tally.silent + tally.pg_error > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
