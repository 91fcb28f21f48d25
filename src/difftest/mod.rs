//! Differential testing of the translator on two real servers (SQLancer's method aimed
//! at my2pg): each MySQL statement runs on MariaDB, its translation on PostgreSQL, and
//! the results are compared. Statements come from a seeded generator over a typed
//! schema (`gen.rs`) or from MariaDB's own test suite (`mtr.rs`).
//!
//! Outcome per statement: **identical**; **flagged** (my2pg reported an error, so the
//! statement is not run, or results differ and a warning said they might); **silent**
//! (results differ, no warning); **pg-error** (PostgreSQL rejected a translation that
//! carried no error). A silent or pg-error statement is shrunk (`shrink.rs`) to the
//! smallest statement that still shows it.

pub mod gen;
pub mod mtr;
pub mod servers;
pub mod shrink;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::convert::translate_statements;
use crate::diagnostics::Severity;
use servers::{align_json, Res, Servers};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Identical,
    Flagged,
    Silent,
    PgError,
    /// MariaDB rejected the statement: not counted.
    MysqlError,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Identical => "identical",
            Verdict::Flagged => "flagged",
            Verdict::Silent => "silent",
            Verdict::PgError => "pg-error",
            Verdict::MysqlError => "mysql-error",
        }
    }
}

/// One statement's run.
#[derive(Clone, Debug)]
pub struct Case {
    pub sql: String,
    pub pg: Option<String>,
    pub verdict: Verdict,
    /// Rule codes reported (errors and warnings).
    pub codes: Vec<String>,
    /// What differed, or the error.
    pub detail: String,
    /// The statement before shrinking, when it was shrunk.
    pub original: Option<String>,
}

/// How a statement's results are compared.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Rows in a total order: compared in order (else as a multiset).
    pub ordered: bool,
    /// DML: affected rows and every table afterwards, inside a rolled-back transaction.
    pub dml: bool,
}

/// The tally of a run.
#[derive(Default, Debug, Clone)]
pub struct Tally {
    pub identical: usize,
    pub flagged: usize,
    pub silent: usize,
    pub pg_error: usize,
    pub mysql_error: usize,
    pub skipped: usize,
}

impl Tally {
    pub fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Identical => self.identical += 1,
            Verdict::Flagged => self.flagged += 1,
            Verdict::Silent => self.silent += 1,
            Verdict::PgError => self.pg_error += 1,
            Verdict::MysqlError => self.mysql_error += 1,
        }
    }
    pub fn counted(&self) -> usize {
        self.identical + self.flagged + self.silent + self.pg_error
    }
}

/// A session on both servers with the catalog of the schema loaded into them.
pub struct Runner {
    pub servers: Servers,
    pub catalog: Catalog,
    pub config: Config,
    /// Tables compared after DML.
    pub tables: Vec<String>,
    /// One session (a test file): statements keep their effects, the catalog follows
    /// the DDL, and DML is compared by its affected rows (later queries see the tables).
    pub session: bool,
}

fn multiset(mut rows: Vec<Vec<Option<String>>>) -> Vec<Vec<Option<String>>> {
    rows.sort();
    rows
}

fn show_row(r: &[Option<String>]) -> String {
    let cells: Vec<String> = r
        .iter()
        .map(|c| c.clone().unwrap_or_else(|| "NULL".into()))
        .collect();
    format!("({})", cells.join(", "))
}

/// The first difference between two row lists, for people.
pub fn first_difference(my: &[Vec<Option<String>>], pg: &[Vec<Option<String>>]) -> String {
    if my.len() != pg.len() {
        return format!(
            "{} rows on MySQL, {} on PostgreSQL{}",
            my.len(),
            pg.len(),
            {
                let extra = my
                    .iter()
                    .find(|r| !pg.contains(r))
                    .map(|r| format!("; MySQL has {}", show_row(r)))
                    .or_else(|| {
                        pg.iter()
                            .find(|r| !my.contains(r))
                            .map(|r| format!("; PostgreSQL has {}", show_row(r)))
                    })
                    .unwrap_or_default();
                extra
            }
        );
    }
    for (i, (a, b)) in my.iter().zip(pg).enumerate() {
        if a != b {
            return format!(
                "row {}: MySQL {} / PostgreSQL {}",
                i + 1,
                show_row(a),
                show_row(b)
            );
        }
    }
    String::new()
}

impl Runner {
    /// Runs one MySQL statement on both servers and classifies it.
    pub fn run(&mut self, sql: &str, shape: Shape) -> Case {
        let mut case = Case {
            sql: sql.to_string(),
            pg: None,
            verdict: Verdict::Identical,
            codes: Vec::new(),
            detail: String::new(),
            original: None,
        };
        // MySQL first: a statement MariaDB rejects is not counted.
        let my = match self.run_mysql(sql, shape) {
            Ok(r) => r,
            Err(e) => {
                case.verdict = Verdict::MysqlError;
                case.detail = e;
                return case;
            }
        };
        let translated = if self.session {
            translate_statements(sql, &mut self.catalog, &self.config)
        } else {
            let mut catalog = self.catalog.clone();
            translate_statements(sql, &mut catalog, &self.config)
        };
        let mut error = None;
        let mut warned = false;
        let mut emitted = false;
        let mut text = String::new();
        let mut codes = BTreeSet::new();
        for t in &translated {
            emitted |= t.emitted;
            if t.emitted {
                text.push_str(&t.output);
                text.push('\n');
            }
            for d in &t.diagnostics {
                match d.severity {
                    Severity::Error => {
                        codes.insert(d.code.to_string());
                        error.get_or_insert_with(|| format!("[{}] {}", d.code, d.message));
                    }
                    Severity::Warning => {
                        codes.insert(d.code.to_string());
                        warned = true;
                    }
                    _ => {}
                }
            }
        }
        case.codes = codes.into_iter().collect();
        if let Some(e) = error {
            case.verdict = Verdict::Flagged;
            case.detail = e;
            return case;
        }
        if !emitted {
            case.verdict = Verdict::Flagged;
            case.detail = "not translated".into();
            return case;
        }
        case.pg = Some(text.trim().to_string());
        let pg = match self.run_pg(&text, shape) {
            Ok(r) => r,
            Err(e) => {
                case.verdict = Verdict::PgError;
                case.detail = e;
                return case;
            }
        };
        let diff = compare(my, pg, shape);
        if let Some(d) = diff {
            case.verdict = if warned {
                Verdict::Flagged
            } else {
                Verdict::Silent
            };
            case.detail = d;
        }
        case
    }

    fn run_mysql(&mut self, sql: &str, shape: Shape) -> Result<Vec<Res>, String> {
        if !shape.dml || self.session {
            let mut r = self.servers.my_run(sql)?;
            return Ok(r.pop().into_iter().collect());
        }
        self.servers.my_run("START TRANSACTION")?;
        let r = self.servers.my_run(sql);
        let out = r.and_then(|mut r| {
            let mut out = vec![r.pop().unwrap_or_default()];
            for t in &self.tables.clone() {
                out.push(
                    self.servers
                        .my_run(&format!("SELECT * FROM `{t}`"))?
                        .pop()
                        .unwrap_or_default(),
                );
            }
            Ok(out)
        });
        self.servers.my_run("ROLLBACK")?;
        out
    }

    fn run_pg(&mut self, sql: &str, shape: Shape) -> Result<Vec<Res>, String> {
        if self.session && shape.dml {
            let r = self.servers.pg_exec(sql)?;
            let affected = r.iter().map(|x| x.affected).sum::<u64>();
            return Ok(vec![Res {
                affected,
                ..Res::default()
            }]);
        }
        if !shape.dml {
            let r = self.servers.pg_run(sql)?;
            // The last result with columns (a translation may set things up first).
            let last = r
                .iter()
                .rposition(|x| x.columns > 0)
                .map(|i| r[i].clone())
                .or_else(|| r.last().cloned());
            return Ok(last.into_iter().collect());
        }
        self.servers.pg_exec("BEGIN")?;
        let r = self.servers.pg_exec(sql);
        let out = r.and_then(|r| {
            // A DML translation's count is its statements' sum (a REPLACE is a DELETE and
            // an INSERT).
            let affected = r.iter().map(|x| x.affected).sum::<u64>();
            let mut out = vec![Res {
                affected,
                ..Res::default()
            }];
            for t in &self.tables.clone() {
                out.push(
                    self.servers
                        .pg_run(&format!("SELECT * FROM \"{t}\""))?
                        .pop()
                        .unwrap_or_default(),
                );
            }
            Ok(out)
        });
        self.servers.pg_exec("ROLLBACK")?;
        out
    }
}

/// The difference a user would see, if any.
fn compare(mut my: Vec<Res>, mut pg: Vec<Res>, shape: Shape) -> Option<String> {
    if my.len() != pg.len() {
        return Some(format!(
            "{} results on MySQL, {} on PostgreSQL",
            my.len(),
            pg.len()
        ));
    }
    for (i, (m, p)) in my.iter_mut().zip(pg.iter_mut()).enumerate() {
        align_json(m, p);
        servers::align_decimals(m, p);
        servers::align_floats(m, p);
        if shape.dml && i == 0 {
            if m.affected != p.affected {
                return Some(format!(
                    "affected rows: {} on MySQL, {} on PostgreSQL",
                    m.affected, p.affected
                ));
            }
            continue;
        }
        if m.columns != p.columns {
            return Some(format!(
                "{} columns on MySQL, {} on PostgreSQL",
                m.columns, p.columns
            ));
        }
        let (a, b) = if shape.ordered && !shape.dml {
            (m.rows.clone(), p.rows.clone())
        } else {
            (multiset(m.rows.clone()), multiset(p.rows.clone()))
        };
        if a != b {
            let what = if shape.dml {
                "table after the statement: "
            } else {
                ""
            };
            return Some(format!("{what}{}", first_difference(&a, &b)));
        }
    }
    None
}

/// The closing line of a generated run.
pub fn summary_line(t: &Tally, functions: usize) -> String {
    format!(
        "difftest: {} statements, {} identical, {} flagged, {} silent, {} pg-error, {} functions",
        t.counted(),
        t.identical,
        t.flagged,
        t.silent,
        t.pg_error,
        functions
    )
}

/// A report of every case that is not identical: verdict, statement, translation, why.
pub fn report(cases: &[Case]) -> String {
    let mut out = String::new();
    for c in cases {
        if c.verdict == Verdict::Identical {
            continue;
        }
        out.push_str(&format!("## {}", c.verdict.as_str()));
        if !c.codes.is_empty() {
            out.push_str(&format!(" [{}]", c.codes.join(", ")));
        }
        out.push_str(&format!("\nmysql: {}\n", c.sql));
        if let Some(o) = &c.original {
            out.push_str(&format!("from:  {o}\n"));
        }
        if let Some(pg) = &c.pg {
            out.push_str(&format!("pg:    {}\n", pg.replace('\n', "\n       ")));
        }
        out.push_str(&format!("why:   {}\n\n", c.detail));
    }
    out
}

/// Options of a generated run.
pub struct GenOptions {
    pub statements: usize,
    pub seed: u64,
    pub my_url: String,
    pub pg_url: String,
    pub db: String,
    /// Shrink silent and pg-error statements.
    pub shrink: bool,
}

/// The result of a generated run.
pub struct GenRun {
    pub tally: Tally,
    pub functions: usize,
    pub cases: Vec<Case>,
    /// Differences in the loaded tables (the data path), before any statement.
    pub load: Vec<String>,
    /// Rows MariaDB holds that my2pg left out (T101) and that were removed from MariaDB
    /// so both servers start equal.
    pub left_out: usize,
}

impl GenRun {
    /// Every statement that was not identical, with the load's differences first.
    pub fn report(&self) -> String {
        let mut out = String::new();
        if self.left_out > 0 {
            out.push_str(&format!(
                "# {} generated rows left out by my2pg (T101), removed from MariaDB too\n",
                self.left_out
            ));
        }
        for l in &self.load {
            out.push_str(&format!("# load difference: {l}\n"));
        }
        out.push_str(&report(&self.cases));
        out
    }

    /// The silent and pg-error statements as corpus cases: (file name, text).
    pub fn cases_files(&self, seed: u64) -> Vec<(String, String)> {
        let tables = gen::schema();
        self.cases
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.verdict, Verdict::Silent | Verdict::PgError))
            .map(|(i, c)| (format!("s{seed}_{i}.mysql.sql"), case_file(c, &tables)))
            .collect()
    }
}

/// Loads the generated schema into both servers; the runner over it.
pub fn load_generated(
    servers: Servers,
    tables: &[gen::Table],
    script: &str,
    config: &Config,
) -> Result<(Runner, Vec<String>, usize), String> {
    let mut servers = servers;
    servers
        .my_run(&format!(
            "SET SESSION sql_mode = 'TIME_ROUND_FRACTIONAL'; {script} SET SESSION sql_mode = '{}'",
            servers::SQL_MODE
        ))
        .map_err(|e| format!("MariaDB rejects the schema: {e}"))?;
    let mut load_config = config.clone();
    load_config.data = crate::config::DataFormat::Inserts;
    let conv = crate::convert::convert(
        &[crate::convert::Input {
            name: "difftest-schema.sql".into(),
            bytes: script.as_bytes().to_vec(),
        }],
        &load_config,
    );
    servers
        .pg
        .batch_execute(&conv.sql)
        .map_err(|e| format!("PostgreSQL rejects the converted schema: {e}"))?;
    // Rows my2pg left out (T101) are removed from MariaDB too, so both start equal.
    let mut left_out = 0;
    let mut load = Vec::new();
    for t in tables {
        let (my, pg) = servers.table_rows(t.name)?;
        if !t.key.is_empty() && my.rows.len() > pg.rows.len() {
            let key_cols: Vec<usize> = t
                .key
                .iter()
                .map(|k| {
                    t.cols
                        .iter()
                        .position(|c| c.name == *k)
                        .expect("key column")
                })
                .collect();
            let pg_keys: BTreeSet<Vec<Option<String>>> = pg
                .rows
                .iter()
                .map(|r| key_cols.iter().map(|&i| r[i].clone()).collect())
                .collect();
            for r in &my.rows {
                let k: Vec<Option<String>> = key_cols.iter().map(|&i| r[i].clone()).collect();
                if !pg_keys.contains(&k) {
                    let cond: Vec<String> = t
                        .key
                        .iter()
                        .zip(&k)
                        .map(|(c, v)| {
                            format!(
                                "{c} = '{}'",
                                v.clone().unwrap_or_default().replace('\'', "''")
                            )
                        })
                        .collect();
                    servers.my_run(&format!(
                        "DELETE FROM {} WHERE {}",
                        t.name,
                        cond.join(" AND ")
                    ))?;
                    left_out += 1;
                }
            }
        }
        let (mut my, pg) = servers.table_rows(t.name)?;
        align_json(&mut my, &pg);
        let (a, b) = (multiset(my.rows), multiset(pg.rows));
        if a != b {
            load.push(format!("{}: {}", t.name, first_difference(&a, &b)));
        }
    }
    let catalog = crate::convert::schema_catalog(
        vec![crate::convert::Source {
            name: "difftest-schema.sql".into(),
            reader: Box::new(std::io::Cursor::new(script.as_bytes().to_vec())),
            schema_only: true,
        }],
        config,
    )
    .map_err(|e| e.to_string())?;
    let runner = Runner {
        servers,
        catalog,
        config: config.clone(),
        tables: tables.iter().map(|t| t.name.to_string()).collect(),
        session: false,
    };
    Ok((runner, load, left_out))
}

/// Generates and runs `opts.statements` statements (MariaDB-rejected ones are replaced).
pub fn run_generated(
    opts: &GenOptions,
    config: &Config,
    progress: &mut dyn FnMut(usize),
) -> Result<GenRun, String> {
    let tables = gen::schema();
    let mut g = gen::Gen::new(&tables, opts.seed);
    let script = gen::schema_script(&tables, &mut g.rng);
    let servers = Servers::connect(&opts.my_url, &opts.pg_url, &opts.db)?;
    let (mut runner, load, left_out) = load_generated(servers, &tables, &script, config)?;
    let mut tally = Tally::default();
    let mut cases = Vec::new();
    let mut tries = 0;
    while tally.counted() < opts.statements && tries < opts.statements * 20 {
        tries += 1;
        let s = g.statement();
        let shape = Shape {
            ordered: s.ordered,
            dml: s.dml,
        };
        let before = g.used.clone();
        let mut case = runner.run(&s.sql, shape);
        if case.verdict == Verdict::MysqlError {
            // Not counted: nor are the functions it used.
            g.used = before;
        }
        if opts.shrink && matches!(case.verdict, Verdict::Silent | Verdict::PgError) {
            case = shrink::shrink(&mut runner, case, shape);
        }
        tally.add(case.verdict);
        if case.verdict != Verdict::MysqlError {
            progress(tally.counted());
        }
        cases.push(case);
    }
    Ok(GenRun {
        tally,
        functions: g.used.len(),
        cases,
        load,
        left_out,
    })
}

/// A shrunk statement as a corpus case: the CREATE TABLEs of the tables it names, then
/// the statement, with what differed as a comment.
pub fn case_file(c: &Case, tables: &[gen::Table]) -> String {
    let mut out = format!(
        "-- difftest: {} ({})\n",
        c.verdict.as_str(),
        c.detail.replace('\n', " ")
    );
    let words: BTreeSet<String> = c
        .sql
        .split(|ch: char| !ch.is_ascii_alphanumeric() && ch != '_')
        .map(|w| w.to_ascii_lowercase())
        .collect();
    for t in tables {
        if words.contains(t.name) {
            out.push_str(&t.create());
            out.push('\n');
        }
    }
    out.push_str(&c.sql);
    out.push_str(";\n");
    out
}
