//! The command line: `convert`, `check`, `explain`, `rules`.

use crate::check::check_dir;
use crate::config::Config;
use crate::convert::{convert, Input};
use crate::diagnostics::{human, json};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
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

#[derive(Subcommand)]
enum Command {
    /// Convert MySQL scripts (files, or - for standard input) to one PostgreSQL script.
    Convert {
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
    },
    /// Convert each *.mysql.sql in DIR and compare with the expected *.pg.sql and *.diag.
    Check {
        dir: PathBuf,
        /// Write the expected files instead of comparing.
        #[arg(long)]
        bless: bool,
    },
    /// Print a rule's documentation.
    Explain { code: String },
    /// List the rules.
    Rules,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Convert {
            inputs,
            output,
            config,
            diagnostics,
        } => convert_cmd(inputs, output, config, diagnostics),
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
        Command::Explain { code } => match crate::rules::find(&code) {
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
            for r in crate::rules::ALL {
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

fn convert_cmd(
    inputs: Vec<PathBuf>,
    output: Option<PathBuf>,
    config: Option<PathBuf>,
    format: DiagFormat,
) -> ExitCode {
    let config = match load_config(config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("my2pg: {e}");
            return ExitCode::from(2);
        }
    };
    let mut files = Vec::new();
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs
    };
    for path in inputs {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("my2pg: standard input: {e}");
                return ExitCode::from(2);
            }
            files.push(Input {
                name: "-".into(),
                bytes,
            });
        } else if path.is_dir() {
            // A migrations folder: its .sql files in name order.
            let mut entries: Vec<PathBuf> = walkdir::WalkDir::new(&path)
                .sort_by_file_name()
                .into_iter()
                .filter_map(|e| e.ok())
                .map(|e| e.into_path())
                .filter(|p| p.extension().is_some_and(|x| x == "sql"))
                .collect();
            entries.sort();
            for p in entries {
                match std::fs::read(&p) {
                    Ok(bytes) => files.push(Input {
                        name: p.display().to_string(),
                        bytes,
                    }),
                    Err(e) => {
                        eprintln!("my2pg: {}: {e}", p.display());
                        return ExitCode::from(2);
                    }
                }
            }
        } else {
            match std::fs::read(&path) {
                Ok(bytes) => files.push(Input {
                    name: path.display().to_string(),
                    bytes,
                }),
                Err(e) => {
                    eprintln!("my2pg: {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    let conv = convert(&files, &config);
    let written = match &output {
        Some(p) => std::fs::write(p, &conv.sql).map_err(|e| format!("{}: {e}", p.display())),
        None => std::io::stdout()
            .lock()
            .write_all(conv.sql.as_bytes())
            .map_err(|e| format!("standard output: {e}")),
    };
    if let Err(e) = written {
        eprintln!("my2pg: {e}");
        return ExitCode::from(2);
    }
    match format {
        DiagFormat::Json => eprintln!("{}", json(&conv.diagnostics, &conv.files)),
        DiagFormat::Human => {
            let mut err = std::io::stderr().lock();
            for d in &conv.diagnostics {
                let _ = writeln!(err, "{}\n", human(d, &conv.files));
            }
            let count = |s| conv.diagnostics.iter().filter(|d| d.severity == s).count();
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
    if conv.needs_person() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
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
    Config::from_yaml(&path.display().to_string(), &text)
}
