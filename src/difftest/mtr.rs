//! MariaDB's own test suite as a second corpus: `mysqltest` files (`*.test`, from
//! Debian's `mariadb-test-data` under `/usr/share/mysql/mysql-test/`) read into
//! statements, run in order as one session on both servers (each file in a fresh
//! database), the setup (CREATE TABLE, INSERT, …) through my2pg like any statement.
//!
//! Skipped, and counted: mysqltest's own commands, statements that expect an error
//! (`--error`), statements with mysqltest variables (`$x`), server and session state
//! (`SHOW`, `SET @@…`, `SET sql_mode`, `FLUSH`, …: both servers stay in MySQL 8's default
//! mode), statements MariaDB rejects, and statements on a table whose definition
//! PostgreSQL did not get (counted once, where the definition failed).
//! Rows are compared as multisets: the tests' ORDER BY clauses rarely order totally.

use super::servers::Servers;
use super::{Case, Runner, Shape, Tally, Verdict};
use crate::config::Config;
use std::collections::BTreeSet;

/// One statement of a test file.
#[derive(Debug, Clone)]
pub struct TestStatement {
    pub line: usize,
    pub sql: String,
    /// Why it is not run on both servers (None: it is).
    pub skip: Option<&'static str>,
    /// Run on MariaDB even when skipped (it may build state the file needs).
    pub mysql_only: bool,
}

/// mysqltest's commands (the first word of a command written without `--`).
const COMMANDS: &[&str] = &[
    "let",
    "eval",
    "echo",
    "if",
    "while",
    "source",
    "connect",
    "connection",
    "disconnect",
    "error",
    "query_vertical",
    "query_horizontal",
    "sleep",
    "real_sleep",
    "exec",
    "perl",
    "end",
    "dec",
    "inc",
    "vertical_results",
    "horizontal_results",
    "replace_result",
    "replace_column",
    "replace_regex",
    "sorted_result",
    "system",
    "die",
    "exit",
    "skip",
    "require",
    "send",
    "reap",
    "character_set",
    "result_format",
    "query",
    "send_eval",
    "remove_file",
    "write_file",
    "append_file",
    "cat_file",
    "file_exists",
    "copy_file",
    "move_file",
    "mkdir",
    "rmdir",
    "list_files",
    "chmod",
    "change_user",
    "ping",
    "shutdown_server",
    "send_quit",
    "sync_slave_with_master",
    "save_master_pos",
    "sync_with_master",
    "wait_for_slave_to_stop",
    "start_timer",
    "end_timer",
    "lowercase_result",
    "disable_query_log",
    "enable_query_log",
    "disable_result_log",
    "enable_result_log",
    "disable_warnings",
    "enable_warnings",
    "disable_abort_on_error",
    "enable_abort_on_error",
    "disable_info",
    "enable_info",
    "disable_metadata",
    "enable_metadata",
    "disable_ps_protocol",
    "enable_ps_protocol",
    "disable_reconnect",
    "enable_reconnect",
    "disable_parsing",
    "enable_parsing",
    "disable_connect_log",
    "enable_connect_log",
    "disable_session_track_info",
    "enable_session_track_info",
    "disable_view_protocol",
    "enable_view_protocol",
    "disable_cursor_protocol",
    "enable_cursor_protocol",
    "disable_service_connection",
    "enable_service_connection",
    "disable_prepare_warnings",
    "enable_prepare_warnings",
    "disable_column_names",
    "enable_column_names",
    "disable_ps2_protocol",
    "enable_ps2_protocol",
    "disable_sp_protocol",
    "enable_sp_protocol",
    "replace_numeric_round",
    "delimiter",
];

fn first_word(s: &str) -> String {
    s.trim_start()
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != '@')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Whether `sql` names a mysqltest variable (`$x`, `${x}`) outside quotes.
fn has_variable(sql: &str) -> bool {
    let b = sql.as_bytes();
    let mut quote = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => {
                if matches!(c, b'\'' | b'"' | b'`') {
                    quote = Some(c);
                } else if c == b'$'
                    && b.get(i + 1)
                        .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'{' || *n == b'_')
                {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

/// Why a statement is not compared, by its text alone.
fn skip_reason(sql: &str) -> Option<&'static str> {
    let w = first_word(sql);
    let lower = sql.to_ascii_lowercase();
    if has_variable(sql) {
        return Some("mysqltest variable");
    }
    match w.as_str() {
        "show" | "explain" | "describe" | "desc" | "flush" | "analyze" | "check" | "optimize"
        | "repair" | "install" | "uninstall" | "lock" | "unlock" | "handler" | "kill" | "reset"
        | "purge" | "grant" | "revoke" | "help" | "checksum" | "cache" | "load" | "xa"
        | "binlog" | "backup" | "use" | "create_user" => return Some("server statement"),
        "set" => return Some("session or server state"),
        _ => {}
    }
    if lower.contains("@@")
        || lower.contains("information_schema")
        || lower.contains("performance_schema")
        || lower.contains("mysql.")
        || lower.contains("benchmark(")
        || lower.contains("sleep(")
        || lower.contains(" procedure ")
        || lower.contains("create function")
        || lower.contains("create procedure")
        || lower.contains("create trigger")
        || lower.contains("create event")
        || lower.contains("create user")
        || lower.contains("create database")
        || lower.contains("drop database")
        || lower.contains("into outfile")
        || lower.contains("into dumpfile")
        || lower.contains("load_file")
        || lower.contains("connection_id")
        || lower.contains("found_rows")
        || lower.contains("row_count()")
        || lower.contains("last_insert_id")
        || lower.contains("rand(")
        || lower.contains("uuid")
        || lower.contains("now(")
        || lower.contains("sysdate")
        || lower.contains("curdate")
        || lower.contains("curtime")
        || lower.contains("current_timestamp")
        || lower.contains("current_date")
        || lower.contains("current_time")
        || lower.contains("utc_")
        || lower.contains("unix_timestamp()")
        || lower.contains("version()")
        || lower.contains("database()")
        || lower.contains("user()")
    {
        return Some("server state or a value of the moment");
    }
    None
}

/// Reads a mysqltest file into its statements.
pub fn read(text: &str) -> Vec<TestStatement> {
    let mut out = Vec::new();
    let mut delimiter = ";".to_string();
    let mut buf = String::new();
    let mut start = 0;
    let mut expect_error = false;
    let mut depth = 0usize; // inside if/while blocks
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if buf.is_empty() {
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            if let Some(cmd) = t.strip_prefix("--") {
                let w = first_word(cmd);
                if w == "error" {
                    expect_error = true;
                } else if w == "delimiter" {
                    delimiter = cmd.trim()[9..].trim().to_string();
                }
                continue;
            }
            if t == "}" || t.starts_with("} ") {
                depth = depth.saturating_sub(1);
                continue;
            }
            let w = first_word(t);
            if (w == "if" || w == "while") && t.contains('(') {
                depth += 1;
                if !t.ends_with('{') && !t.contains('{') {
                    // `{` on the next line
                }
                continue;
            }
            if t == "{" {
                continue;
            }
            start = i + 1;
        }
        buf.push_str(line);
        buf.push('\n');
        let trimmed = buf.trim_end();
        if trimmed.ends_with(delimiter.as_str()) {
            let sql = trimmed[..trimmed.len() - delimiter.len()]
                .trim()
                .to_string();
            buf.clear();
            if sql.is_empty() {
                continue;
            }
            let w = first_word(&sql);
            if w == "delimiter" {
                delimiter = sql[9..].trim().to_string();
                continue;
            }
            if COMMANDS.contains(&w.as_str()) {
                if w == "error" {
                    expect_error = true;
                }
                continue;
            }
            let (skip, mysql_only) = if depth > 0 {
                (Some("inside a mysqltest block"), false)
            } else if expect_error {
                (Some("expects an error"), true)
            } else {
                match skip_reason(&sql) {
                    Some(r) => (Some(r), false),
                    None => (None, false),
                }
            };
            expect_error = false;
            out.push(TestStatement {
                line: start,
                sql,
                skip,
                mysql_only,
            });
        }
    }
    out
}

/// What a statement is, for comparing it.
fn shape_of(sql: &str) -> (Shape, bool) {
    let w = first_word(sql.trim_start_matches('('));
    let query = matches!(w.as_str(), "select" | "with" | "values" | "table");
    let dml = matches!(w.as_str(), "insert" | "update" | "delete" | "replace");
    (
        Shape {
            ordered: false,
            dml,
        },
        query,
    )
}

/// Table names a statement creates or mentions (lowercase words).
fn words(sql: &str) -> BTreeSet<String> {
    sql.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

fn created_table(sql: &str) -> Option<String> {
    let lower = sql.to_ascii_lowercase();
    let rest = lower.trim_start().strip_prefix("create")?;
    let mut rest = rest.trim_start();
    for word in [
        "or replace",
        "temporary",
        "algorithm=merge",
        "algorithm=temptable",
        "algorithm=undefined",
    ] {
        rest = rest.strip_prefix(word).map(str::trim_start).unwrap_or(rest);
    }
    let rest = rest
        .strip_prefix("table")
        .or_else(|| rest.strip_prefix("view"))?
        .trim_start();
    let rest = rest
        .strip_prefix("if not exists")
        .map(str::trim_start)
        .unwrap_or(rest);
    let name: String = rest
        .trim_start_matches('`')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The table an INSERT, REPLACE, UPDATE, DELETE or ALTER TABLE writes (single-table forms).
fn written_table(sql: &str) -> Option<String> {
    let lower = sql.to_ascii_lowercase();
    let mut words = lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    let skip: &[&str] = &[
        "ignore",
        "into",
        "low_priority",
        "delayed",
        "high_priority",
        "quick",
        "from",
        "table",
        "online",
    ];
    if !matches!(
        first,
        "insert" | "replace" | "update" | "delete" | "alter" | "truncate"
    ) {
        return None;
    }
    let name = words.find(|w| !skip.contains(w))?;
    let name = name.trim_matches('`');
    let name = name.rsplit('.').next().unwrap_or(name).trim_matches('`');
    (!name.is_empty()).then(|| name.to_string())
}

/// The result of running test files.
#[derive(Default)]
pub struct MtrRun {
    pub tally: Tally,
    pub cases: Vec<(String, Case)>,
    /// Skipped statements by reason.
    pub skipped: std::collections::BTreeMap<&'static str, usize>,
}

impl MtrRun {
    /// Every statement that was not identical, at its file and line, then the skipped
    /// ones by reason.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (at, c) in &self.cases {
            if c.verdict != Verdict::Identical {
                out.push_str(&format!("# {at}\n"));
                out.push_str(&super::report(std::slice::from_ref(c)));
            }
        }
        out.push_str("# skipped\n");
        for (why, n) in &self.skipped {
            out.push_str(&format!("{n:>6}  {why}\n"));
        }
        out
    }
}

/// Runs each file's statements on both servers.
pub fn run_files(
    files: &[std::path::PathBuf],
    my_url: &str,
    pg_url: &str,
    db: &str,
    config: &Config,
    progress: &mut dyn FnMut(&str, &Tally),
) -> Result<MtrRun, String> {
    let mut run = MtrRun::default();
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let text = String::from_utf8_lossy(&text);
        let servers = Servers::connect(my_url, pg_url, db)?;
        let mut runner = Runner {
            servers,
            catalog: crate::catalog::Catalog::default(),
            config: config.clone(),
            tables: Vec::new(),
            session: true,
        };
        let mut broken: BTreeSet<String> = BTreeSet::new();
        for st in read(&text) {
            let at = format!("{name}:{}", st.line);
            if let Some(reason) = st.skip {
                if st.mysql_only {
                    let _ = runner.servers.my_run(&st.sql);
                }
                *run.skipped.entry(reason).or_default() += 1;
                continue;
            }
            let mentioned = words(&st.sql);
            let gone: Vec<String> = mentioned.intersection(&broken).cloned().collect();
            if first_word(&st.sql) == "drop" && !gone.is_empty() {
                // A table PostgreSQL did not get (or got otherwise) is dropped on both,
                // with the others the statement names.
                let _ = runner.servers.my_run(&st.sql);
                for t in &mentioned {
                    let _ = runner
                        .servers
                        .pg_exec(&format!("DROP TABLE IF EXISTS \"{t}\" CASCADE"));
                    broken.remove(t);
                }
                *run.skipped
                    .entry("a table PostgreSQL did not get")
                    .or_default() += 1;
                continue;
            }
            let creates = created_table(&st.sql);
            if let Some(t) = &creates {
                if broken.remove(t) {
                    // What PostgreSQL kept of it goes first.
                    let _ = runner
                        .servers
                        .pg_exec(&format!("DROP TABLE IF EXISTS \"{t}\" CASCADE"));
                }
            }
            if mentioned.iter().any(|w| broken.contains(w)) {
                // PostgreSQL lacks the table (its definition failed or was flagged).
                let _ = runner.servers.my_run(&st.sql);
                if let Some(t) = created_table(&st.sql) {
                    broken.insert(t);
                }
                *run.skipped
                    .entry("a table PostgreSQL did not get")
                    .or_default() += 1;
                continue;
            }
            let (shape, _query) = shape_of(&st.sql);
            let case = runner.run(&st.sql, shape);
            if case.verdict == Verdict::MysqlError {
                // MariaDB's DROP TABLE a, b drops what exists and then reports the
                // missing ones; PostgreSQL's drops nothing: the same tables go.
                let lower = st.sql.to_ascii_lowercase();
                if lower.split_whitespace().take(2).eq(["drop", "table"]) {
                    for t in &mentioned {
                        let _ = runner
                            .servers
                            .pg_exec(&format!("DROP TABLE IF EXISTS \"{t}\" CASCADE"));
                    }
                }
                *run.skipped.entry("MariaDB rejects it").or_default() += 1;
                continue;
            }
            if case.verdict != Verdict::Identical {
                // The table's definition or rows now differ between the servers: later
                // statements on it are not compared (counted once, here).
                if let Some(t) = created_table(&st.sql).or_else(|| written_table(&st.sql)) {
                    broken.insert(t);
                }
            }
            run.tally.add(case.verdict);
            run.cases.push((at, case));
        }
        run.tally.skipped = run.skipped.values().sum();
        progress(&name, &run.tally);
    }
    Ok(run)
}

/// The closing line of a test-suite run.
pub fn summary_line(t: &Tally) -> String {
    format!(
        "mtr: {} statements, {} identical, {} flagged, {} silent, {} pg-error, {} skipped",
        t.counted(),
        t.identical,
        t.flagged,
        t.silent,
        t.pg_error,
        t.skipped
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_statements_commands_and_delimiters() {
        let text = "# c\n--disable_warnings\ndrop table if exists t1;\n--enable_warnings\nselect 1,\n  2;\n--error ER_PARSE_ERROR\nselect x from;\nlet $a = 1;\nselect $a;\ndelimiter //;\nselect 3//\ndelimiter ;//\nselect '$.a';\nif ($a)\n{\n  select 4;\n}\nselect 5;\n";
        let s = read(text);
        let got: Vec<(usize, &str, Option<&str>)> =
            s.iter().map(|x| (x.line, x.sql.as_str(), x.skip)).collect();
        assert_eq!(
            got,
            vec![
                (3, "drop table if exists t1", None),
                (5, "select 1,\n  2", None),
                (8, "select x from", Some("expects an error")),
                (10, "select $a", Some("mysqltest variable")),
                (12, "select 3", None),
                (14, "select '$.a'", None),
                (17, "select 4", Some("inside a mysqltest block")),
                (19, "select 5", None),
            ]
        );
    }
}
