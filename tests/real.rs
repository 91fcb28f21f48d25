//! Real-world schemas (`../shared/corpus/real/`) against real servers.
//!
//! * `real_schemas_apply_to_postgresql`: each schema converts without parse
//!   failures (P001) and its output applies to PostgreSQL with no error.
//! * `differential_schema_matches_mariadb`: the original loaded in MariaDB and
//!   the conversion loaded in PostgreSQL have the same tables, columns,
//!   nullability, primary keys and unique keys.
//! * `differential_rows_accepted_and_rejected`: single-row INSERTs are accepted
//!   or rejected alike by MariaDB (strict mode) and by the converted schema.
//!
//! Servers: `MY2PG_PG_URL` (default `postgresql://postgres@127.0.0.1:5432/postgres`)
//! and `MY2PG_MYSQL_URL` (default `mysql://root@127.0.0.1:3306/`), reached with
//! the `psql` and `mariadb` clients. An unreachable server skips the test with a
//! message, except when `CI` is set, where it fails. A missing real corpus skips.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------- helpers

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs a command with `stdin` as its standard input, killing it after `secs`.
fn run(mut cmd: Command, stdin: &str, secs: u64) -> Result<Out, String> {
    let what = format!("{:?}", cmd.get_program());
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(data.as_bytes());
    });
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let ro = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = so.read_to_end(&mut s);
        s
    });
    let re = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = se.read_to_end(&mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(secs);
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{what} timed out after {secs}s"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let s = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
    Ok(Out {
        code: status.code().unwrap_or(-1),
        stdout: s(ro.join().unwrap()),
        stderr: s(re.join().unwrap()),
    })
}

fn pg_url() -> String {
    std::env::var("MY2PG_PG_URL")
        .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/postgres".into())
}

/// The URL with its database part replaced by `db` (query string kept).
fn pg_url_db(db: &str) -> String {
    let url = pg_url();
    let (base, query) = url.split_at(url.find('?').unwrap_or(url.len()));
    let start = base.find("://").map_or(0, |i| i + 3);
    let base = base[start..].find('/').map_or(base, |i| &base[..start + i]);
    format!("{base}/{db}{query}")
}

/// psql on database `db`, script on stdin, stop at the first error when `stop`.
fn psql(db: &str, sql: &str, stop: bool) -> Result<Out, String> {
    let mut c = Command::new("psql");
    c.env("PGCONNECT_TIMEOUT", "5")
        .args(["-X", "-q", "-A", "-t", "-F", "\t", "-v"])
        .arg(if stop {
            "ON_ERROR_STOP=1"
        } else {
            "ON_ERROR_STOP=0"
        })
        .args(["-d", &pg_url_db(db), "-f", "-"]);
    run(c, sql, 300)
}

fn pg_ok(db: &str, sql: &str) -> String {
    let o = psql(db, sql, true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.code, 0, "psql failed on {db}:\n{sql}\n{}", o.stderr);
    o.stdout
}

fn pg_fresh_db(db: &str) {
    pg_ok(
        "postgres",
        &format!("DROP DATABASE IF EXISTS {db} WITH (FORCE);\nCREATE DATABASE {db};\n"),
    );
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// (host, port, user, password) from `MY2PG_MYSQL_URL`.
fn mysql_conn() -> (String, String, String, Option<String>) {
    let url =
        std::env::var("MY2PG_MYSQL_URL").unwrap_or_else(|_| "mysql://root@127.0.0.1:3306/".into());
    let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
    let auth_host = rest.split(['/', '?']).next().unwrap_or("");
    let (auth, hostport) = auth_host.rsplit_once('@').unwrap_or(("root", auth_host));
    let (user, pass) = match auth.split_once(':') {
        Some((u, p)) => (percent_decode(u), Some(percent_decode(p))),
        None => (percent_decode(auth), None),
    };
    let (host, port) = hostport.rsplit_once(':').unwrap_or((hostport, "3306"));
    let host = if host.is_empty() { "127.0.0.1" } else { host };
    (host.to_string(), port.to_string(), user, pass)
}

/// mariadb client on database `db` (or none), script on stdin; stops at the first error.
fn mariadb(db: Option<&str>, sql: &str) -> Result<Out, String> {
    let (host, port, user, pass) = mysql_conn();
    let mut c = Command::new("mariadb");
    c.args([
        "--protocol=TCP",
        "--connect-timeout=5",
        "--batch",
        "--skip-column-names",
    ])
    .args([
        "--default-character-set=utf8mb4",
        "-h",
        &host,
        "-P",
        &port,
        "-u",
        &user,
    ]);
    match pass {
        Some(p) => c.env("MYSQL_PWD", p),
        None => c.env_remove("MYSQL_PWD"),
    };
    if let Some(db) = db {
        c.args(["-D", db]);
    }
    run(c, sql, 300)
}

fn my_ok(db: Option<&str>, sql: &str) -> String {
    let o = mariadb(db, sql).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.code, 0, "mariadb failed on {db:?}:\n{sql}\n{}", o.stderr);
    o.stdout
}

/// Checks that the servers answer; `false` means the test should return
/// (skipped). Under `CI` an unreachable server fails the test.
fn servers_up(pg: bool, my: bool) -> bool {
    let mut why = Vec::new();
    if pg {
        match psql("postgres", "SELECT 1;", true) {
            Ok(o) if o.code == 0 => {}
            Ok(o) => why.push(format!(
                "PostgreSQL at {} unreachable: {}",
                pg_url(),
                o.stderr.trim()
            )),
            Err(e) => why.push(format!("PostgreSQL: {e}")),
        }
    }
    if my {
        match mariadb(None, "SELECT 1;") {
            Ok(o) if o.code == 0 => {}
            Ok(o) => why.push(format!("MariaDB unreachable: {}", o.stderr.trim())),
            Err(e) => why.push(format!("MariaDB: {e}")),
        }
    }
    if why.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("database server needed under CI: {}", why.join("; "));
    }
    println!("skipped: {}", why.join("; "));
    false
}

fn corpus_dir() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real");
    if d.is_dir() {
        Some(d)
    } else {
        println!("skipped: real corpus not found at {}", d.display());
        None
    }
}

const REAL: &[(&str, &str)] = &[
    ("sakila", "sakila/sakila-mv-schema.sql"),
    ("world", "world/world.sql"),
    ("employees", "employees/employees.sql"),
    ("wordpress", "wordpress/wp-schema.sql"),
];

struct Conv {
    code: i32,
    sql: String,
    /// (code, line, message)
    diags: Vec<(String, u64, String)>,
    stderr: String,
}

/// `my2pg convert --diagnostics json` on a file, or on stdin when `path` is `-`.
fn convert(path: &str, stdin: &str) -> Conv {
    let mut c = Command::new(env!("CARGO_BIN_EXE_my2pg"));
    c.args(["convert", "--diagnostics", "json", path]);
    let o = run(c, stdin, 120).unwrap_or_else(|e| panic!("{e}"));
    let diags = serde_json::from_str::<serde_json::Value>(&o.stderr)
        .ok()
        .and_then(|v| v["diagnostics"].as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (s("code"), d["line"].as_u64().unwrap_or(0), s("message"))
        })
        .collect();
    Conv {
        code: o.code,
        sql: o.stdout,
        diags,
        stderr: o.stderr,
    }
}

/// psql's stderr without NOTICE lines.
fn pg_errors(stderr: &str) -> String {
    stderr
        .lines()
        .filter(|l| !l.contains("NOTICE:"))
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------- test 1

#[test]
fn real_schemas_apply_to_postgresql() {
    let Some(dir) = corpus_dir() else { return };
    if !servers_up(true, false) {
        return;
    }
    let mut failures = Vec::new();
    for (name, file) in REAL {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let conv = convert(path.to_str().unwrap(), "");
        println!(
            "[{name}] my2pg exit {} ({} diagnostics)",
            conv.code,
            conv.diags.len()
        );
        if conv.code != 0 && conv.code != 1 {
            failures.push(format!(
                "[{name}] my2pg exited {} (panic?):\n{}",
                conv.code, conv.stderr
            ));
            continue;
        }
        for (code, line, msg) in &conv.diags {
            if code == "P001" {
                let src = text.lines().nth(*line as usize - 1).unwrap_or("").trim();
                failures.push(format!(
                    "[{name}] P001 at {file}:{line}: {msg}\n      | {src}"
                ));
            }
        }
        let db = format!("my2pg_real_{name}");
        pg_fresh_db(&db);
        let o = psql(&db, &conv.sql, true).unwrap_or_else(|e| panic!("{e}"));
        if o.code != 0 {
            failures.push(format!(
                "[{name}] psql exit {} applying the conversion:\n{}",
                o.code,
                pg_errors(&o.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------- test 2

#[derive(Default, Debug)]
struct Table {
    /// (column, nullable)
    cols: Vec<(String, bool)>,
    pk: Vec<String>,
    /// column sets of the unique keys, each sorted; the list sorted
    uniques: Vec<Vec<String>>,
    /// (column, default normalised by `default_value`)
    defaults: Vec<(String, Option<String>)>,
}

/// A column default from either server, normalised so equal meanings compare equal:
/// casts and quotes dropped, numbers compared as numbers, booleans and bit strings as
/// integers, MySQL's "now" and zero dates matched with their PostgreSQL forms.
fn default_value(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s == "NULL" || s.starts_with("NULL::") {
        return None;
    }
    // Drop a trailing `::type` outside quotes.
    let mut in_q = false;
    let mut cut = s.len();
    let b = s.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'\'' {
            in_q = !in_q;
        } else if !in_q && b[i] == b':' && b.get(i + 1) == Some(&b':') {
            cut = i;
            break;
        }
    }
    let s = s[..cut]
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')');
    let lower = s.to_lowercase();
    if [
        "current_timestamp()",
        "current_timestamp",
        "statement_timestamp(",
        "now(",
    ]
    .iter()
    .any(|n| lower.starts_with(n))
    {
        return Some("now".into());
    }
    if lower == "curdate(" || lower.starts_with("current_date") {
        return Some("today".into());
    }
    let bits = |t: &str| u64::from_str_radix(t, 2).ok().map(|n| n.to_string());
    if let Some(rest) = lower.strip_prefix("b'") {
        return bits(rest.trim_end_matches('\'')).or(Some(lower.clone()));
    }
    let unq = if s.len() >= 2 && s.starts_with('\'') && s.ends_with('\'') {
        s[1..s.len() - 1].replace("''", "'")
    } else {
        s.to_string()
    };
    match unq.as_str() {
        "false" => return Some("0".into()),
        "true" => return Some("1".into()),
        "-infinity" => return Some("zero-date".into()),
        _ => {}
    }
    if unq.starts_with("0000-00-00") {
        return Some("zero-date".into());
    }
    if let Ok(n) = unq.parse::<f64>() {
        return Some(format!("{n}"));
    }
    Some(unq)
}

/// The original script made loadable into another database: the lines that
/// drop, create or use the sample's own database (and the `source`/`flush`
/// client lines of employees) are removed, and `sakila.` qualifiers dropped.
fn for_mariadb(name: &str, text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.trim_start().to_ascii_lowercase();
        if let Some(r) = l.strip_prefix("/*!") {
            l = r
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start()
                .to_string();
        }
        let skip = [
            "drop database",
            "drop schema",
            "create database",
            "create schema",
            "use ",
            "source ",
            "flush ",
        ];
        if skip.iter().any(|p| l.starts_with(p)) {
            continue;
        }
        let line = if name == "sakila" {
            line.replace("sakila.", "")
        } else {
            line.to_string()
        };
        out.push_str(&mysql57_comments(&line));
        out.push('\n');
    }
    out
}

/// MariaDB ignores `/*!NNNNN ... */` executable comments for MySQL versions
/// 5.7 and later (NNNNN >= 50700), which MySQL 8 (what the converter targets)
/// executes; make them unconditional (`/*! ... */`) so both sides agree.
fn mysql57_comments(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("/*!") {
        out.push_str(&rest[..i + 3]);
        rest = &rest[i + 3..];
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if n == 5
            && rest[..5]
                .parse::<u32>()
                .is_ok_and(|v| (50700..100000).contains(&v))
        {
            rest = &rest[5..];
        }
    }
    out.push_str(rest);
    out
}

fn rows(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn finish(mut t: BTreeMap<String, Table>, keys: Vec<Vec<String>>) -> BTreeMap<String, Table> {
    // keys: table, index ('PRIMARY' for the primary key), column — in key order
    let mut idx: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for r in keys {
        idx.entry((r[0].to_lowercase(), r[1].clone()))
            .or_default()
            .push(r[2].to_lowercase());
    }
    for ((table, index), cols) in idx {
        let e = t.entry(table).or_default();
        if index == "PRIMARY" {
            e.pk = cols;
        } else {
            let mut c = cols;
            c.sort();
            e.uniques.push(c);
        }
    }
    for e in t.values_mut() {
        e.uniques.sort();
    }
    t
}

fn mariadb_tables(db: &str) -> BTreeMap<String, Table> {
    let mut t: BTreeMap<String, Table> = BTreeMap::new();
    let q = format!(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = '{db}' AND table_type = 'BASE TABLE';
         SELECT c.table_name, c.column_name, c.is_nullable, IFNULL(c.column_default, 'NULL') FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = '{db}' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position;"
    );
    for r in rows(&my_ok(None, &q)) {
        let e = t.entry(r[0].to_lowercase()).or_default();
        if r.len() == 4 {
            e.cols.push((r[1].to_lowercase(), r[2] == "YES"));
            e.defaults.push((r[1].to_lowercase(), default_value(&r[3])));
        }
    }
    let k = format!(
        "SELECT table_name, index_name, column_name FROM information_schema.statistics
          WHERE table_schema = '{db}' AND non_unique = 0 ORDER BY table_name, index_name, seq_in_index;"
    );
    finish(t, rows(&my_ok(None, &k)))
}

fn pg_tables(db: &str) -> BTreeMap<String, Table> {
    let sys = "NOT IN ('pg_catalog', 'information_schema') AND {} NOT LIKE 'pg\\_%'";
    let ts = sys.replace("{}", "t.table_schema");
    let ns = sys.replace("{}", "n.nspname");
    let mut t: BTreeMap<String, Table> = BTreeMap::new();
    let q = format!(
        "SELECT t.table_name FROM information_schema.tables t WHERE t.table_type = 'BASE TABLE' AND t.table_schema {ts};
         SELECT c.table_name, c.column_name, c.is_nullable, coalesce(c.column_default, 'NULL') FROM information_schema.columns c
           JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
          WHERE t.table_type = 'BASE TABLE' AND t.table_schema {ts}
          ORDER BY c.table_schema, c.table_name, c.ordinal_position;"
    );
    for r in rows(&pg_ok(db, &q)) {
        let e = t.entry(r[0].clone()).or_default();
        if r.len() == 4 {
            e.cols.push((r[1].clone(), r[2] == "YES"));
            e.defaults.push((r[1].clone(), default_value(&r[3])));
        }
    }
    let k = format!(
        "SELECT tc.relname, CASE WHEN i.indisprimary THEN 'PRIMARY' ELSE ic.relname END,
                pg_get_indexdef(i.indexrelid, k, true)
           FROM pg_index i JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
           JOIN pg_namespace n ON n.oid = tc.relnamespace, generate_series(1, i.indnkeyatts) k
          WHERE i.indisunique AND tc.relkind IN ('r', 'p') AND n.nspname {ns}
          ORDER BY 1, 2, k;"
    );
    finish(t, rows(&pg_ok(db, &k)))
}

fn compare(
    name: &str,
    my: &BTreeMap<String, Table>,
    pg: &BTreeMap<String, Table>,
    out: &mut Vec<String>,
) {
    let names = |c: &[(String, bool)]| c.iter().map(|c| c.0.clone()).collect::<Vec<_>>();
    for (t, m) in my {
        let Some(p) = pg.get(t) else {
            out.push(format!("[{name}] table {t}: missing in PostgreSQL"));
            continue;
        };
        if names(&m.cols) != names(&p.cols) {
            out.push(format!(
                "[{name}] {t}: columns differ\n      mariadb:  {:?}\n      postgres: {:?}",
                names(&m.cols),
                names(&p.cols)
            ));
        }
        for (c, n) in &m.cols {
            if let Some((_, pn)) = p.cols.iter().find(|x| &x.0 == c) {
                if n != pn {
                    out.push(format!(
                        "[{name}] {t}.{c}: nullable mariadb={n} postgres={pn}"
                    ));
                }
            }
        }
        for (c, d) in &m.defaults {
            if let Some((_, pd)) = p.defaults.iter().find(|x| &x.0 == c) {
                if d != pd {
                    out.push(format!(
                        "[{name}] {t}.{c}: default mariadb={d:?} postgres={pd:?}"
                    ));
                }
            }
        }
        if m.pk != p.pk {
            out.push(format!(
                "[{name}] {t}: primary key mariadb={:?} postgres={:?}",
                m.pk, p.pk
            ));
        }
        if m.uniques != p.uniques {
            out.push(format!(
                "[{name}] {t}: unique keys mariadb={:?} postgres={:?}",
                m.uniques, p.uniques
            ));
        }
    }
    for t in pg.keys().filter(|t| !my.contains_key(*t)) {
        out.push(format!("[{name}] table {t}: only in PostgreSQL"));
    }
}

#[test]
fn differential_schema_matches_mariadb() {
    let Some(dir) = corpus_dir() else { return };
    if !servers_up(true, true) {
        return;
    }
    let mut mismatches = Vec::new();
    let mut defaults_compared = 0;
    for (name, file) in REAL {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let db = format!("my2pg_diff_{name}");
        // MariaDB: the original, into a fresh database.
        my_ok(
            None,
            &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
        );
        let o = mariadb(Some(&db), &for_mariadb(name, &text)).unwrap_or_else(|e| panic!("{e}"));
        if o.code != 0 {
            mismatches.push(format!(
                "[{name}] the original does not load into MariaDB: {}",
                o.stderr.trim()
            ));
            continue;
        }
        // PostgreSQL: the conversion, applied as far as it goes.
        let conv = convert(path.to_str().unwrap(), "");
        pg_fresh_db(&db);
        let o = psql(&db, &conv.sql, false).unwrap_or_else(|e| panic!("{e}"));
        let errs: Vec<&str> = o.stderr.lines().filter(|l| l.contains("ERROR:")).collect();
        if !errs.is_empty() {
            println!("[{name}] note: {} PostgreSQL error(s) applying the conversion (see real_schemas_apply_to_postgresql):\n  {}", errs.len(), errs.join("\n  "));
        }
        let (my, pg) = (mariadb_tables(&db), pg_tables(&db));
        println!(
            "[{name}] {} tables in MariaDB, {} in PostgreSQL",
            my.len(),
            pg.len()
        );
        compare(name, &my, &pg, &mut mismatches);
        let with_default = my
            .values()
            .flat_map(|t| t.defaults.iter())
            .filter(|(_, d)| d.is_some())
            .count();
        println!(
            "[{name}] compared {} tables, {with_default} column defaults",
            my.len()
        );
        defaults_compared += with_default;
    }
    assert!(
        defaults_compared > 20,
        "too few defaults compared: {defaults_compared}"
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatch(es):\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

// ---------------------------------------------------------------- test 3

const ROWS_DDL: &str = "CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  u int unsigned,
  ti tinyint,
  su smallint unsigned,
  b tinyint(1),
  e enum('a','b'),
  ci varchar(5),
  nn int NOT NULL,
  pos int CHECK (pos > 0),
  y year,
  bin varchar(10) COLLATE utf8mb4_bin,
  UNIQUE KEY uq_ci (ci),
  UNIQUE KEY uq_bin (bin)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
";

/// One INSERT as (MySQL text, PostgreSQL text): `ins(id, column, mysql value, pg value)`.
fn ins(id: u32, col: &str, my: &str, pg: &str) -> (String, String) {
    let s = |v: &str| {
        if col == "nn" {
            format!("INSERT INTO t (id, nn) VALUES ({id}, {v});")
        } else {
            format!("INSERT INTO t (id, nn, {col}) VALUES ({id}, 1, {v});")
        }
    };
    (s(my), s(pg))
}

fn outcome(o: Result<Out, String>) -> (bool, String) {
    match o {
        Ok(o) if o.code == 0 => (true, String::new()),
        Ok(o) => (
            false,
            o.stderr
                .lines()
                .find(|l| l.contains("ERROR"))
                .unwrap_or(o.stderr.trim())
                .to_string(),
        ),
        Err(e) => (false, e),
    }
}

#[test]
fn differential_rows_accepted_and_rejected() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_rows";
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
    );
    my_ok(Some(db), ROWS_DDL);
    let conv = convert("-", ROWS_DDL);
    assert_eq!(conv.code, 0, "my2pg on the test schema:\n{}", conv.stderr);
    pg_fresh_db(db);
    pg_ok(db, &conv.sql);

    // (case, setup inserts, tested insert); each case runs in its own rolled-back transaction.
    let same = |id, col, v: &str| ins(id, col, v, v);
    let cases: Vec<(&str, Vec<(String, String)>, (String, String))> = vec![
        ("int unsigned 0", vec![], same(1, "u", "0")),
        (
            "int unsigned 4294967295",
            vec![],
            same(1, "u", "4294967295"),
        ),
        ("int unsigned -1", vec![], same(1, "u", "-1")),
        (
            "int unsigned 4294967296",
            vec![],
            same(1, "u", "4294967296"),
        ),
        ("tinyint 127", vec![], same(1, "ti", "127")),
        ("tinyint -128", vec![], same(1, "ti", "-128")),
        ("tinyint 128", vec![], same(1, "ti", "128")),
        ("tinyint -129", vec![], same(1, "ti", "-129")),
        ("smallint unsigned 65535", vec![], same(1, "su", "65535")),
        ("smallint unsigned 65536", vec![], same(1, "su", "65536")),
        ("smallint unsigned -1", vec![], same(1, "su", "-1")),
        ("tinyint(1) 1 / true", vec![], ins(1, "b", "1", "true")),
        ("tinyint(1) 0 / false", vec![], ins(1, "b", "0", "false")),
        ("enum 'a'", vec![], same(1, "e", "'a'")),
        ("enum 'c'", vec![], same(1, "e", "'c'")),
        ("NOT NULL given 5", vec![], same(1, "nn", "5")),
        ("NULL into NOT NULL", vec![], same(1, "nn", "NULL")),
        ("CHECK pos > 0 with 1", vec![], same(1, "pos", "1")),
        ("CHECK pos > 0 with 0", vec![], same(1, "pos", "0")),
        ("year 1901", vec![], same(1, "y", "1901")),
        ("year 2155", vec![], same(1, "y", "2155")),
        ("year 1900", vec![], same(1, "y", "1900")),
        ("year 2156", vec![], same(1, "y", "2156")),
        ("varchar(5) 'abcde'", vec![], same(1, "ci", "'abcde'")),
        ("varchar(5) 'ééééé'", vec![], same(1, "ci", "'ééééé'")),
        ("varchar(5) 'abcdef'", vec![], same(1, "ci", "'abcdef'")),
        (
            "ci unique 'abc' then 'abc'",
            vec![same(1, "ci", "'abc'")],
            same(2, "ci", "'abc'"),
        ),
        (
            "ci unique 'abc' then 'ABC'",
            vec![same(1, "ci", "'abc'")],
            same(2, "ci", "'ABC'"),
        ),
        (
            "ci unique 'abc' then 'abd'",
            vec![same(1, "ci", "'abc'")],
            same(2, "ci", "'abd'"),
        ),
        (
            "ci unique 'abc' then 'ábc'",
            vec![same(1, "ci", "'abc'")],
            same(2, "ci", "'ábc'"),
        ),
        (
            "bin unique 'abc' then 'abc'",
            vec![same(1, "bin", "'abc'")],
            same(2, "bin", "'abc'"),
        ),
        (
            "bin unique 'abc' then 'ABC'",
            vec![same(1, "bin", "'abc'")],
            same(2, "bin", "'ABC'"),
        ),
        (
            "primary key duplicate",
            vec![same(1, "u", "1")],
            same(1, "u", "2"),
        ),
    ];

    let my_run = |stmts: &[&String]| {
        let body: String = stmts.iter().map(|s| format!("{s}\n")).collect();
        outcome(mariadb(Some(db), &format!("SET SESSION sql_mode = 'STRICT_ALL_TABLES';\nSTART TRANSACTION;\n{body}ROLLBACK;\n")))
    };
    let pg_run = |stmts: &[&String]| {
        let body: String = stmts.iter().map(|s| format!("{s}\n")).collect();
        outcome(psql(db, &format!("BEGIN;\n{body}ROLLBACK;\n"), true))
    };
    let word = |ok: bool| if ok { "accepted" } else { "rejected" };
    let mut table = vec![format!("{:<32} {:<9} {:<9}", "case", "mariadb", "postgres")];
    let mut diffs = Vec::new();
    for (name, setup, (my, pg)) in &cases {
        let my_setup: Vec<&String> = setup.iter().map(|s| &s.0).collect();
        let pg_setup: Vec<&String> = setup.iter().map(|s| &s.1).collect();
        if !setup.is_empty() {
            let (a, ae) = my_run(&my_setup);
            let (b, be) = pg_run(&pg_setup);
            assert!(
                a && b,
                "case {name}: setup rows must be accepted (mariadb: {ae}; postgres: {be})"
            );
        }
        let (a, ae) = my_run(&[my_setup.as_slice(), &[my]].concat());
        let (b, be) = pg_run(&[pg_setup.as_slice(), &[pg]].concat());
        let mark = if a == b { "" } else { "   <-- differs" };
        table.push(format!("{name:<32} {:<9} {:<9}{mark}", word(a), word(b)));
        if a != b {
            diffs.push(format!(
                "{name}: mariadb {} ({ae}), postgres {} ({be})",
                word(a),
                word(b)
            ));
        }
    }
    println!("{}", table.join("\n"));
    assert!(
        diffs.is_empty(),
        "{} differing outcome(s):\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

/// `ON UPDATE CURRENT_TIMESTAMP`: after each UPDATE, whether the column changed must be
/// the same in MariaDB and in PostgreSQL with the converted trigger.
#[test]
fn differential_on_update_timestamp() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_onupdate";
    let ddl = "CREATE TABLE t (id int NOT NULL, a int, ts datetime(6) NOT NULL DEFAULT '2000-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (id));";
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
    );
    my_ok(Some(db), ddl);
    let conv = convert("-", ddl);
    assert!(conv.code <= 1, "{}", conv.stderr);
    pg_fresh_db(db);
    pg_ok(db, &conv.sql);
    let seed = "INSERT INTO t (id, a) VALUES (1, 10);";
    let cases = [
        (
            "change another column",
            "UPDATE t SET a = 11 WHERE id = 1",
            true,
        ),
        ("no-op update", "UPDATE t SET a = 10 WHERE id = 1", false),
        (
            "explicit new value",
            "UPDATE t SET a = 11, ts = '2011-11-11 11:11:11' WHERE id = 1",
            true,
        ),
        (
            "only the column, same value",
            "UPDATE t SET ts = ts WHERE id = 1",
            false,
        ),
        ("no matching row", "UPDATE t SET a = 12 WHERE id = 2", false),
    ];
    let mut table = Vec::new();
    for (name, update, _) in &cases {
        let probe = "SELECT ts <> '2000-01-01 00:00:00' FROM t WHERE id = 1;";
        let my = my_ok(
            Some(db),
            &format!("DELETE FROM t; {seed} {update}; {probe}"),
        );
        let pg = pg_ok(db, &format!("DELETE FROM t; {seed} {update}; {probe}"));
        let my_changed = my.trim() == "1";
        let pg_changed = pg.trim() == "t";
        table.push((name, my_changed, pg_changed));
    }
    for (name, my, pg) in &table {
        println!("{name:<30} mariadb changed={my:<5} postgres changed={pg}");
    }
    for ((name, my, pg), (_, _, expected)) in table.iter().zip(cases.iter()) {
        assert_eq!(my, expected, "MariaDB itself, case {name}");
        assert_eq!(pg, my, "case {name}: PostgreSQL differs from MariaDB");
    }
}

/// Triggers (D021): the same statements on MariaDB and on PostgreSQL with the converted
/// triggers must fail or succeed alike and leave the same rows: BEFORE triggers that change
/// the row (booleans, CONCAT, UPPER), IF/ELSEIF/ELSE, SIGNAL, AFTER triggers that log, a
/// BEFORE DELETE that refuses.
#[test]
fn differential_triggers() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_triggers";
    let ddl = r#"CREATE TABLE item (id int NOT NULL AUTO_INCREMENT, name varchar(20) NOT NULL, qty int NOT NULL DEFAULT 0, active tinyint(1) NOT NULL DEFAULT 1, note varchar(40), PRIMARY KEY (id));
CREATE TABLE item_log (n int NOT NULL AUTO_INCREMENT, item_id int, what varchar(10), detail varchar(60), PRIMARY KEY (n));
DELIMITER ;;
CREATE TRIGGER item_bi BEFORE INSERT ON item FOR EACH ROW BEGIN
  IF NEW.qty < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative quantity';
  ELSEIF NEW.qty = 0 THEN
    SET NEW.active = 0, NEW.note = CONCAT('empty ', NEW.name);
  ELSE
    SET NEW.name = UPPER(NEW.name);
  END IF;
END;;
CREATE TRIGGER item_ai AFTER INSERT ON item FOR EACH ROW
  INSERT INTO item_log (item_id, what, detail) VALUES (NEW.id, 'insert', IFNULL(NEW.note, 'none'));;
CREATE TRIGGER item_bu BEFORE UPDATE ON item FOR EACH ROW BEGIN
  IF NEW.active AND NEW.qty = 0 THEN SET NEW.active = FALSE; END IF;
END;;
CREATE TRIGGER item_au AFTER UPDATE ON item FOR EACH ROW BEGIN
  IF OLD.qty <> NEW.qty THEN
    INSERT INTO item_log (item_id, what, detail) VALUES (NEW.id, 'qty', CONCAT(OLD.qty, '->', NEW.qty));
  END IF;
END;;
CREATE TRIGGER item_bd BEFORE DELETE ON item FOR EACH ROW BEGIN
  IF OLD.active THEN
    SIGNAL SQLSTATE '45001' SET MESSAGE_TEXT = 'active items stay';
  END IF;
  INSERT INTO item_log (item_id, what) VALUES (OLD.id, 'delete');
END;;
DELIMITER ;
"#;
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
    );
    my_ok(Some(db), ddl);
    let conv = convert("-", ddl);
    assert_eq!(conv.code, 0, "{}", conv.stderr);
    pg_fresh_db(db);
    pg_ok(db, &conv.sql);
    let steps = [
        (
            "INSERT INTO item (name, qty) VALUES ('apple', 5), ('pear', 0), ('plum', 2);",
            true,
        ),
        ("INSERT INTO item (name, qty) VALUES ('bad', -1);", false),
        ("UPDATE item SET qty = 0 WHERE name = 'APPLE';", true),
        ("UPDATE item SET qty = 3 WHERE id = 2;", true),
        ("UPDATE item SET note = 'same qty' WHERE id = 3;", true),
        ("DELETE FROM item WHERE id = 2;", true),
        ("DELETE FROM item WHERE id = 3;", false),
    ];
    for (sql, ok) in steps {
        let my = mariadb(Some(db), sql).unwrap();
        let pg = psql(db, sql, true).unwrap();
        assert_eq!(my.code == 0, ok, "MariaDB itself on {sql}: {}", my.stderr);
        assert_eq!(
            pg.code == 0,
            ok,
            "PostgreSQL on {sql}: {}\n{}",
            pg.stderr,
            conv.sql
        );
        if !ok {
            // The SIGNAL's message reaches the client on both.
            let msg = my
                .stderr
                .rsplit(": ")
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            assert!(
                pg.stderr.contains(&msg),
                "{sql}: MariaDB says {msg:?}, PostgreSQL {}",
                pg.stderr
            );
        }
        for table in ["item", "item_log"] {
            let (p, m) = table_rows(db, "public", db, table);
            assert_eq!(p, m, "after {sql}: table {table} differs");
        }
        println!("{sql:<60} same outcome and rows");
    }
}

/// Case-insensitive collations: `=`, `IN`, `DISTINCT`, `GROUP BY`, `ORDER BY` and a unique
/// key give the same results on MariaDB (uca1400_nopad_ai_ci standing in for MySQL 8's
/// utf8mb4_0900_ai_ci, which MariaDB lacks) and on the converted PostgreSQL table.
#[test]
fn differential_case_insensitive_collation() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_collation";
    let mysql8 = "CREATE TABLE w (id int NOT NULL, word varchar(20) NOT NULL, PRIMARY KEY (id)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;";
    let maria = mysql8.replace("utf8mb4_0900_ai_ci", "utf8mb4_uca1400_nopad_ai_ci");
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
    );
    my_ok(Some(db), &maria);
    let conv = convert("-", mysql8);
    assert!(conv.code <= 1, "{}", conv.stderr);
    pg_fresh_db(db);
    pg_ok(db, &conv.sql);
    let words = [
        "abc", "ABC", "Abc", "abd", "ábc", "Zebra", "apple", "Äpfel", "éclair", "Eclair", "10",
        "9", "b", "B",
    ];
    let values: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| format!("({i}, '{w}')"))
        .collect();
    let insert = format!("INSERT INTO w VALUES {};", values.join(", "));
    my_ok(Some(db), &insert);
    pg_ok(db, &insert);
    let queries = [
        ("=", "SELECT id FROM w WHERE word = 'abc' ORDER BY id;"),
        (
            "IN",
            "SELECT id FROM w WHERE word IN ('ECLAIR', 'b') ORDER BY id;",
        ),
        (
            "DISTINCT",
            "SELECT count(*) FROM (SELECT DISTINCT word FROM w) d;",
        ),
        (
            "GROUP BY",
            "SELECT count(*) AS n FROM w GROUP BY word ORDER BY n, min(id);",
        ),
        ("ORDER BY", "SELECT id FROM w ORDER BY word, id;"),
        ("<", "SELECT id FROM w WHERE word < 'b' ORDER BY id;"),
    ];
    let mut diffs = Vec::new();
    for (name, q) in queries {
        let my = my_ok(Some(db), q);
        let pg = pg_ok(db, q);
        println!(
            "{name:<9} mariadb [{}] postgres [{}]",
            my.trim().replace('\n', " "),
            pg.trim().replace('\n', " ")
        );
        if my.trim() != pg.trim() {
            diffs.push(name);
        }
    }
    // A unique key rejects case and accent variants in both.
    let uq = "CREATE UNIQUE INDEX w_word ON w (word);";
    let my_uq = mariadb(Some(db), uq).unwrap();
    let pg_uq = psql(db, uq, true).unwrap();
    println!(
        "unique index over case variants: mariadb exit {} postgres exit {}",
        my_uq.code, pg_uq.code
    );
    assert_ne!(my_uq.code, 0, "MariaDB must reject the unique index");
    assert_ne!(pg_uq.code, 0, "PostgreSQL must reject the unique index");
    assert!(diffs.is_empty(), "results differ for {diffs:?}");
}

// ---------------------------------------------------------------------------------------
// Data: the real databases loaded in MariaDB, converted by my2pg (schema and rows) and
// loaded in PostgreSQL, compared table by table, row by row, value by value.

const REAL_DATA: &[(&str, &[&str])] = &[
    (
        "sakila",
        &["sakila/sakila-mv-schema.sql", "sakila/sakila-mv-data.sql"],
    ),
    ("world", &["world/world.sql"]),
    (
        "wordpress",
        &["wordpress/wp-schema.sql", "wordpress/wp-seed-data.sql"],
    ),
    (
        "employees",
        &[
            "employees/employees.sql",
            "employees/load_departments.dump",
            "employees/load_synthetic.dump",
            "employees/load_dept_manager.dump",
        ],
    ),
];

/// Writes a dump to a temporary file for my2pg to read.
fn write_dump(name: &str, how: &str, dump: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("my2pg-real-{name}-{how}.sql"));
    std::fs::write(&path, dump).unwrap();
    path
}

/// my2pg on several files; the conversion's text and its exit code.
fn convert_files(paths: &[PathBuf]) -> Conv {
    let mut c = Command::new(env!("CARGO_BIN_EXE_my2pg"));
    c.args(["convert", "--diagnostics", "json"]).args(paths);
    let o = run(c, "", 300).unwrap_or_else(|e| panic!("{e}"));
    Conv {
        code: o.code,
        sql: o.stdout,
        diags: Vec::new(),
        stderr: o.stderr,
    }
}

/// The value kinds the comparison distinguishes (by PostgreSQL's data type).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Cmp {
    Text,
    Hex,
    Float4,
    Float8,
    Json,
    When,
}

/// Both servers' expressions for one column, each giving a single-line text.
fn exprs(col: &str, data_type: &str) -> (String, String, Cmp) {
    let q = format!("\"{col}\"");
    let b = format!("`{col}`");
    let hexed = |pg: String, my: String, k: Cmp| {
        (
            format!("COALESCE(upper(encode(convert_to(({pg})::text, 'UTF8'), 'hex')), 'N')"),
            format!("COALESCE(HEX(CONVERT(({my}) USING utf8mb4)), 'N')"),
            k,
        )
    };
    match data_type {
        "bytea" => (format!("COALESCE(upper(encode({q}, 'hex')), 'N')"), format!("COALESCE(HEX({b}), 'N')"), Cmp::Hex),
        "boolean" => hexed(format!("CASE WHEN {q} IS NULL THEN NULL WHEN {q} THEN '1' ELSE '0' END"), format!("CAST({b}+0 AS CHAR)"), Cmp::Text),
        "bit" => hexed(format!("({q}::bigint)::text"), format!("CAST({b}+0 AS CHAR)"), Cmp::Text),
        "timestamp with time zone" => hexed(
            format!("CASE WHEN {q} IS NULL THEN NULL WHEN isfinite({q}) THEN to_char({q} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') ELSE 'ZERO' END"),
            format!("DATE_FORMAT({b}, '%Y-%m-%d %H:%i:%s.%f')"),
            Cmp::When,
        ),
        "timestamp without time zone" => hexed(
            format!("CASE WHEN {q} IS NULL THEN NULL WHEN isfinite({q}) THEN to_char({q}, 'YYYY-MM-DD HH24:MI:SS.US') ELSE 'ZERO' END"),
            format!("DATE_FORMAT({b}, '%Y-%m-%d %H:%i:%s.%f')"),
            Cmp::When,
        ),
        "date" => hexed(format!("CASE WHEN {q} IS NULL THEN NULL WHEN isfinite({q}) THEN {q}::text ELSE 'ZERO' END"), format!("CAST({b} AS CHAR)"), Cmp::When),
        "real" => hexed(format!("{q}"), format!("{b}"), Cmp::Float4),
        "double precision" => hexed(format!("{q}"), format!("{b}"), Cmp::Float8),
        "jsonb" => hexed(format!("{q}"), format!("{b}"), Cmp::Json),
        _ => hexed(format!("{q}"), format!("CAST({b} AS CHAR)"), Cmp::Text),
    }
}

fn unhex(h: &str) -> Option<String> {
    if h == "N" {
        return None;
    }
    let bytes: Vec<u8> = (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(b'?'))
        .collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// A value in comparable form.
fn canon(v: Option<String>, k: Cmp) -> String {
    let Some(s) = v else { return "∅".into() };
    match k {
        Cmp::Hex | Cmp::Text => s,
        Cmp::Float4 => s.parse::<f32>().map(|f| format!("{f:e}")).unwrap_or(s),
        Cmp::Float8 => s.parse::<f64>().map(|f| format!("{f:e}")).unwrap_or(s),
        Cmp::Json => serde_json::from_str::<serde_json::Value>(&s)
            .map(|j| j.to_string())
            .unwrap_or(s),
        Cmp::When => {
            let date = s.split(' ').next().unwrap_or("");
            if s == "ZERO" || date.split('-').any(|p| p.chars().all(|c| c == '0')) {
                "ZERO".into()
            } else {
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            }
        }
    }
}

/// Every row of a table on both servers, canonical and sorted.
fn table_rows(
    pg_db: &str,
    pg_schema: &str,
    my_db: &str,
    table: &str,
) -> (Vec<String>, Vec<String>) {
    let cols = pg_ok(pg_db, &format!("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '{pg_schema}' AND table_name = '{table}' ORDER BY ordinal_position;"));
    let cols: Vec<(String, String)> = rows(&cols)
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    // MariaDB shows YEAR 0 as `0000`: compare years as numbers.
    let years = my_ok(None, &format!("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = '{my_db}' AND table_name = '{table}' AND data_type = 'year';"));
    let years: Vec<String> = years.lines().map(str::to_string).collect();
    let (mut pg_e, mut my_e, mut kinds) = (Vec::new(), Vec::new(), Vec::new());
    for (c, t) in &cols {
        let (p, mut m, k) = exprs(c, t);
        if years.contains(c) {
            m = format!("COALESCE(HEX(CONVERT(CAST(`{c}`+0 AS CHAR) USING utf8mb4)), 'N')");
        }
        pg_e.push(p);
        my_e.push(m);
        kinds.push(k);
    }
    let pg_out = pg_ok(
        pg_db,
        &format!(
            "SET TIME ZONE 'UTC'; SELECT {} FROM \"{pg_schema}\".\"{table}\";",
            pg_e.join(", ")
        ),
    );
    let my_out = my_ok(
        Some(my_db),
        &format!(
            "SET time_zone = '+00:00'; SELECT {} FROM `{table}`;",
            my_e.join(", ")
        ),
    );
    let norm = |out: &str| {
        let mut v: Vec<String> = rows(out)
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .zip(kinds.iter())
                    .map(|(h, k)| {
                        if *k == Cmp::Hex {
                            h
                        } else {
                            canon(unhex(&h), *k)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect();
        v.sort();
        v
    };
    (norm(&pg_out), norm(&my_out))
}

#[test]
fn real_data_round_trips() {
    let Some(dir) = corpus_dir() else { return };
    if !servers_up(true, true) {
        return;
    }
    let mut problems = Vec::new();
    let mut flagged = Vec::new();
    let mut total_rows = 0;
    let mut views_compared = 0;
    // Differences my2pg reports itself (error diagnostics), so they are not silent.
    // (database, table or view, why, also for dumps)
    let known: &[(&str, &str, &str, bool)] = &[
        // FIXME(F001): the element order of GROUP_CONCAT without ORDER BY is unspecified in
        // MySQL; the lists hold the same actors in another order.
        (
            "sakila",
            "film_list",
            "GROUP_CONCAT without ORDER BY lists actors in another order, reported as F001",
            true,
        ),
        (
            "sakila",
            "nicer_but_slower_film_list",
            "GROUP_CONCAT without ORDER BY lists actors in another order, reported as F001",
            true,
        ),
    ];
    for (name, files) in REAL_DATA {
        let db = format!("my2pg_data_{name}");
        my_ok(
            None,
            &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
        );
        let paths: Vec<PathBuf> = files.iter().map(|f| dir.join(f)).collect();
        for p in &paths {
            let text = String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
            let o = mariadb(Some(&db), &for_mariadb(name, &text)).unwrap();
            assert_eq!(
                o.code,
                0,
                "[{name}] {} does not load into MariaDB: {}",
                p.display(),
                o.stderr
            );
        }
        // The originals as shipped, and the database dumped by the real mysqldump.
        let dumps: Vec<(&str, Vec<PathBuf>)> = vec![
            ("files", paths.clone()),
            (
                "mysqldump",
                vec![write_dump(
                    name,
                    "default",
                    &mysqldump(&db, &["--routines", "--triggers"]),
                )],
            ),
            (
                "mysqldump --hex-blob",
                vec![write_dump(name, "hex", &mysqldump(&db, &["--hex-blob"]))],
            ),
        ];
        for (how, inputs) in &dumps {
            let pg_db = format!(
                "{db}_{}",
                if *how == "files" {
                    "files"
                } else if how.contains("hex") {
                    "hex"
                } else {
                    "dump"
                }
            );
            let conv = convert_files(inputs);
            assert!(
                conv.code <= 1,
                "[{name} {how}] my2pg failed: {}",
                conv.stderr
            );
            pg_fresh_db(&pg_db);
            let o = psql(&pg_db, &conv.sql, true).unwrap();
            assert_eq!(
                o.code,
                0,
                "[{name} {how}] the conversion does not apply: {}",
                pg_errors(&o.stderr)
            );
            let tables = pg_ok(&pg_db, "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2;");
            let mut counted = 0;
            for r in rows(&tables) {
                let (pg_rows, my_rows) = table_rows(&pg_db, &r[0], &db, &r[1]);
                counted += my_rows.len();
                // A difference my2pg reports itself is listed, not silent.
                if let Some((_, _, why, _)) = known
                    .iter()
                    .find(|(n, t, _, dumps)| (*how == "files" || *dumps) && n == name && *t == r[1])
                {
                    if pg_rows != my_rows {
                        flagged.push(format!(
                            "[{name} {how}] {}: {} rows in MariaDB, {} in PostgreSQL: {why}",
                            r[1],
                            my_rows.len(),
                            pg_rows.len()
                        ));
                        continue;
                    }
                    problems.push(format!("[{name} {how}] {}: listed as a known difference but identical: update the list", r[1]));
                }
                if pg_rows.len() != my_rows.len() {
                    problems.push(format!(
                        "[{name} {how}] {}: {} rows in MariaDB, {} in PostgreSQL",
                        r[1],
                        my_rows.len(),
                        pg_rows.len()
                    ));
                } else if let Some((p, m)) =
                    pg_rows.iter().zip(my_rows.iter()).find(|(p, m)| p != m)
                {
                    let diff = pg_rows
                        .iter()
                        .zip(my_rows.iter())
                        .filter(|(p, m)| p != m)
                        .count();
                    problems.push(format!("[{name} {how}] {}: {diff} rows differ, e.g.\n      mariadb:  {m}\n      postgres: {p}", r[1]));
                }
            }
            // Views: the translated query on PostgreSQL against MySQL's on MariaDB.
            let views = pg_ok(&pg_db, "SELECT table_schema, table_name FROM information_schema.views WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2;");
            for r in rows(&views) {
                let (pg_rows, my_rows) = table_rows(&pg_db, &r[0], &db, &r[1]);
                counted += my_rows.len();
                views_compared += 1;
                if let Some((_, _, why, _)) =
                    known.iter().find(|(n, t, _, _)| n == name && *t == r[1])
                {
                    // The same rows once each list's elements are sorted: only the order differs.
                    let unordered = |rows: &[String]| {
                        let mut v: Vec<String> = rows
                            .iter()
                            .map(|row| {
                                row.split(" | ")
                                    .map(|field| {
                                        let mut parts: Vec<&str> = field.split(", ").collect();
                                        parts.sort();
                                        parts.join(", ")
                                    })
                                    .collect::<Vec<_>>()
                                    .join(" | ")
                            })
                            .collect();
                        v.sort();
                        v
                    };
                    if pg_rows != my_rows && unordered(&pg_rows) == unordered(&my_rows) {
                        flagged.push(format!("[{name} {how}] view {}: {} rows, the same list elements in another order: {why}", r[1], my_rows.len()));
                        continue;
                    }
                }
                if pg_rows != my_rows {
                    let missing: Vec<&String> = my_rows
                        .iter()
                        .filter(|x| !pg_rows.contains(x))
                        .take(2)
                        .collect();
                    let extra: Vec<&String> = pg_rows
                        .iter()
                        .filter(|x| !my_rows.contains(x))
                        .take(2)
                        .collect();
                    problems.push(format!("[{name} {how}] view {}: {} rows in MariaDB, {} in PostgreSQL\n      only in mariadb:  {missing:?}\n      only in postgres: {extra:?}", r[1], my_rows.len(), pg_rows.len()));
                }
            }
            println!(
                "[{name} {how}] {} tables and {} views, {counted} rows compared value by value",
                rows(&tables).len(),
                rows(&views).len()
            );
            total_rows += counted;
        }
    }
    for f in &flagged {
        println!("flagged: {f}");
    }
    assert!(total_rows > 40_000, "too few rows compared: {total_rows}");
    assert!(
        views_compared >= 6,
        "too few views compared: {views_compared}"
    );
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// mysqldump round trips: a database holding every value kind, dumped by the real
// mysqldump with several option sets, converted, loaded with ON_ERROR_STOP, compared.

const KINDS_DDL: &str = r#"
CREATE TABLE kinds (
  id int unsigned NOT NULL AUTO_INCREMENT,
  s varchar(100) DEFAULT NULL, t text, c char(5) DEFAULT NULL,
  b tinyint(1) DEFAULT NULL, bt bit(1) DEFAULT NULL, bits bit(12) DEFAULT NULL,
  bl blob, vb varbinary(20) DEFAULT NULL, bi binary(4) DEFAULT NULL,
  d date DEFAULT NULL, dt datetime DEFAULT NULL, dt6 datetime(6) DEFAULT NULL,
  ts timestamp(3) NULL DEFAULT NULL, tm time(2) DEFAULT NULL,
  e enum('x','y','z') DEFAULT NULL, st set('p','q','r') DEFAULT NULL, j json DEFAULT NULL,
  ti tinyint DEFAULT NULL, ui int unsigned DEFAULT NULL, bu bigint unsigned DEFAULT NULL,
  de decimal(20,6) DEFAULT NULL, f float DEFAULT NULL, db double DEFAULT NULL, y year DEFAULT NULL,
  PRIMARY KEY (id), UNIQUE KEY s_uq (s)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE audit (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, note varchar(20) NOT NULL DEFAULT '');
"#;

fn kinds_rows() -> String {
    let all_bytes: String = (0..=255u8).map(|b| format!("{b:02X}")).collect();
    format!(
        r#"
SET time_zone = '+02:00';
INSERT INTO kinds (s, t, c, b, bt, bits, bl, vb, bi, d, dt, dt6, ts, tm, e, st, j, ti, ui, bu, de, f, db, y) VALUES
('plain', 'multi
line', 'abc', 1, b'1', b'101010101010', 0x{all_bytes}, 0x00FF00, 0x61, '2024-02-29', '2024-02-29 23:59:59', '2024-02-29 23:59:59.123456', '2021-03-28 03:30:00.250', '23:59:59.99', 'z', 'p,r', '{{"b": 1, "a": [true, null, 2.5]}}', -128, 4294967295, 18446744073709551615, 99999999999999.999999, 3.40282e38, 1e308, 2155),
('escapes \' " \\ \t \r \0 \Z % _ ;', 'émoji 😀 ünïcødé', '', 0, b'0', b'0', '', '', '', '1000-01-01', '1000-01-01 00:00:00', '9999-12-31 23:59:59.999999', '1970-01-01 02:00:01', '-00:00:01', 'x', '', '[]', 127, 0, 0, -0.000001, -0, -1e-308, 1901),
(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0000-00-00', '0000-00-00 00:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0),
('time edge', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-01-01', NULL, NULL, '2038-01-19 05:14:07.999', '00:00:00', 'y', 'q', '"just a string"', 0, 1, 9223372036854775808, 0, 1.5, 2.5, 2000);
DELETE FROM kinds WHERE s = 'time edge';
INSERT INTO kinds (s) VALUES ('after delete');
ALTER TABLE kinds AUTO_INCREMENT = 1000;
INSERT INTO audit (note) VALUES ('one'), ('two');
CREATE TRIGGER kinds_ai AFTER INSERT ON kinds FOR EACH ROW INSERT INTO audit (note) VALUES ('inserted');
CREATE PROCEDURE count_kinds() READS SQL DATA SELECT COUNT(*) FROM kinds;
"#
    )
}

/// The dump's bytes (binary columns without --hex-blob are raw bytes, not UTF-8).
fn mysqldump(db: &str, opts: &[&str]) -> Vec<u8> {
    let (host, port, user, pass) = mysql_conn();
    let mut c = Command::new("mysqldump");
    c.args(["-h", &host, "-P", &port, "-u", &user]);
    if let Some(p) = pass {
        c.arg(format!("-p{p}"));
    }
    c.args(opts).arg(db);
    let o = c.output().unwrap_or_else(|e| panic!("mysqldump: {e}"));
    assert!(
        o.status.success(),
        "mysqldump {opts:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

#[test]
fn mysqldump_round_trips() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_dump_kinds";
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
    );
    my_ok(Some(db), KINDS_DDL);
    let o = mariadb(Some(db), &kinds_rows()).unwrap();
    assert_eq!(
        o.code, 0,
        "test data does not load into MariaDB: {}",
        o.stderr
    );
    let next_id = my_ok(None, &format!("SELECT auto_increment FROM information_schema.tables WHERE table_schema = '{db}' AND table_name = 'kinds';"));
    let variants: &[(&str, &[&str])] = &[
        ("default", &[]),
        ("hex-blob", &["--hex-blob"]),
        ("complete-insert", &["--complete-insert"]),
        ("one-row-inserts", &["--extended-insert=FALSE"]),
        ("routines-triggers", &["--routines", "--triggers"]),
        ("insert-ignore", &["--insert-ignore"]),
        ("replace", &["--replace"]),
        // The same dump, written as INSERT statements instead of COPY (`--data inserts`).
        ("data-inserts", &[]),
    ];
    let mut problems = Vec::new();
    for (name, opts) in variants {
        let dump = mysqldump(db, opts);
        let path = std::env::temp_dir().join(format!("my2pg-dump-{name}.sql"));
        std::fs::write(&path, &dump).unwrap();
        let conv = if *name == "data-inserts" {
            let mut c = Command::new(env!("CARGO_BIN_EXE_my2pg"));
            c.args(["convert", "--diagnostics", "json", "--data", "inserts"])
                .arg(&path);
            let o = run(c, "", 120).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                o.stdout.contains("INSERT INTO kinds") && !o.stdout.contains("COPY kinds"),
                "--data inserts wrote no INSERTs"
            );
            Conv {
                code: o.code,
                sql: o.stdout,
                diags: Vec::new(),
                stderr: o.stderr,
            }
        } else {
            convert(path.to_str().unwrap(), "")
        };
        assert!(conv.code <= 1, "[{name}] my2pg: {}", conv.stderr);
        let rejected = conv.stderr.matches("\"T101\"").count();
        let pg_db = format!("my2pg_dump_{}", name.replace('-', "_"));
        pg_fresh_db(&pg_db);
        let o = psql(&pg_db, &conv.sql, true).unwrap();
        if o.code != 0 {
            problems.push(format!("[{name}] does not apply: {}", pg_errors(&o.stderr)));
            continue;
        }
        let mut compared = 0;
        for table in ["kinds", "audit"] {
            let (pg_rows, my_rows) = table_rows(&pg_db, "public", db, table);
            compared += my_rows.len();
            // The row with TIME '-00:00:01' cannot be held by PostgreSQL's time: it is
            // reported (T101) and left out, so it is the one row MariaDB has and PostgreSQL lacks.
            let missing: Vec<&String> = my_rows.iter().filter(|r| !pg_rows.contains(r)).collect();
            let extra: Vec<&String> = pg_rows.iter().filter(|r| !my_rows.contains(r)).collect();
            let expected_missing = if table == "kinds" { 1 } else { 0 };
            if missing.len() != expected_missing
                || !extra.is_empty()
                || (table == "kinds" && !missing.iter().all(|r| r.contains("escapes")))
            {
                problems.push(format!("[{name}] {table}: rows only in MariaDB {missing:#?}\n  only in PostgreSQL {extra:#?}"));
            }
        }
        if rejected != 1 {
            problems.push(format!(
                "[{name}] expected 1 rejected row (T101), saw {rejected}"
            ));
        }
        let pg_next = pg_ok(
            &pg_db,
            "SELECT nextval(pg_get_serial_sequence('kinds', 'id'));",
        );
        if pg_next.trim() != next_id.trim() {
            problems.push(format!(
                "[{name}] next identity {} in PostgreSQL, AUTO_INCREMENT {} in MariaDB",
                pg_next.trim(),
                next_id.trim()
            ));
        }
        println!(
            "[{name}] {} bytes of dump, {compared} rows compared, next id {}",
            dump.len(),
            pg_next.trim()
        );
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// After rows with explicit ids, the next generated id is the same as MySQL's: past the
/// highest loaded id, or the declared AUTO_INCREMENT when that is higher.
#[test]
fn differential_identity_after_explicit_ids() {
    if !servers_up(true, true) {
        return;
    }
    let script = "
CREATE TABLE plain (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, x int);
INSERT INTO plain VALUES (5, 1), (41, 2), (7, 3);
CREATE TABLE declared (id bigint unsigned NOT NULL AUTO_INCREMENT, x int, PRIMARY KEY (id)) AUTO_INCREMENT=500;
INSERT INTO declared VALUES (3, 1);
CREATE TABLE past (id int NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) AUTO_INCREMENT=10;
INSERT INTO past VALUES (12);
CREATE TABLE empty_one (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, x int);
CREATE TABLE mixed (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, x int);
INSERT INTO mixed (x) VALUES (1), (2);
INSERT INTO mixed VALUES (20, 3);
";
    let db = "my2pg_identity";
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
    );
    my_ok(Some(db), script);
    let path = std::env::temp_dir().join("my2pg-identity.sql");
    std::fs::write(&path, script).unwrap();
    let conv = convert(path.to_str().unwrap(), "");
    assert!(conv.code <= 1, "my2pg: {}", conv.stderr);
    pg_fresh_db(db);
    let o = psql(db, &conv.sql, true).unwrap();
    assert_eq!(o.code, 0, "does not apply: {}", pg_errors(&o.stderr));
    let mut problems = Vec::new();
    for table in ["plain", "declared", "past", "empty_one", "mixed"] {
        let insert = format!("INSERT INTO {table} (id) VALUES (DEFAULT);");
        my_ok(Some(db), &insert);
        pg_ok(db, &insert);
        let q = format!("SELECT max(id) FROM {table};");
        let (my, pg) = (my_ok(Some(db), &q), pg_ok(db, &q));
        if my.trim() != pg.trim() {
            problems.push(format!(
                "{table}: next id {} in MariaDB, {} in PostgreSQL",
                my.trim(),
                pg.trim()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Queries: application queries run on MariaDB as written and on PostgreSQL as my2pg
// translates them (with the schema), against the same sakila data; results compared.

/// (query, compare in order) — queries with a total ORDER BY compare row by row in order.
fn canon_result(out: &str) -> Vec<String> {
    rows(out)
        .into_iter()
        .map(|r| {
            r.iter()
                .map(|f| match f.as_str() {
                    "t" => "1".to_string(),
                    "f" => "0".to_string(),
                    other => other.trim_end_matches("+00").to_string(),
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

/// DML that PostgreSQL writes differently (multi-table DELETE/UPDATE, ORDER BY … LIMIT,
/// left-to-right SET): each statement runs on fresh tables in both engines, as written
/// on MariaDB and as translated on PostgreSQL; the tables must end up the same.
const DML_SCHEMA: &str = "
CREATE TABLE a (id int NOT NULL, x int, s varchar(10), PRIMARY KEY (id));
CREATE TABLE b (id int NOT NULL, y int, PRIMARY KEY (id));
INSERT INTO a VALUES (1, 10, 'one'), (2, NULL, 'two'), (3, 30, 'Three'), (4, 40, NULL), (5, NULL, 'five');
INSERT INTO b VALUES (1, 100), (3, 300), (4, NULL), (6, 600);
";

const DML_CASES: &[&str] = &[
    "DELETE a FROM a JOIN b ON a.id = b.id WHERE b.y > 150",
    "DELETE FROM a USING a JOIN b ON a.id = b.id",
    "DELETE t FROM a AS t INNER JOIN b ON t.id = b.id AND (b.y IS NULL OR b.y < 200)",
    "UPDATE a JOIN b ON a.id = b.id SET a.x = b.y",
    "UPDATE a AS t JOIN b ON t.id = b.id SET t.x = b.y + 1, s = 'joined' WHERE t.x IS NOT NULL",
    "DELETE FROM a WHERE id > 1 ORDER BY x LIMIT 2",
    "DELETE FROM a ORDER BY x DESC, id LIMIT 3",
    "UPDATE a SET s = 'first' ORDER BY x, id LIMIT 2",
    "UPDATE a SET x = 0 WHERE x IS NULL LIMIT 1",
    "DELETE FROM a ORDER BY id",
    "UPDATE a SET x = x + 1, s = CONCAT(s, '-', x) WHERE id < 4",
    "UPDATE a SET x = 7, x = x * 2",
    "UPDATE a SET x = GREATEST(IFNULL(x, 0), id * 10) WHERE ISNULL(s) OR s LIKE 't%'",
    "UPDATE a SET x = LEAST(x, 25)",
];

#[test]
fn differential_dml() {
    if !servers_up(true, true) {
        return;
    }
    let db = "my2pg_dml";
    let path = std::env::temp_dir().join("my2pg-dml-schema.sql");
    std::fs::write(&path, DML_SCHEMA).unwrap();
    let schema = convert(path.to_str().unwrap(), "");
    assert_eq!(schema.code, 0, "schema: {}", schema.stderr);
    let mut problems = Vec::new();
    for q in DML_CASES {
        let Some(pg_q) = translate_query(&path, q).sql else {
            problems.push(format!("{q}\n      not translated"));
            continue;
        };
        my_ok(
            None,
            &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
        );
        my_ok(Some(db), &format!("{DML_SCHEMA}{q};"));
        pg_fresh_db(db);
        let o = psql(db, &format!("{}\n{pg_q}", schema.sql), true).unwrap();
        if o.code != 0 {
            problems.push(format!(
                "{q}\n      translated: {pg_q}\n      PostgreSQL error: {}",
                pg_errors(&o.stderr)
            ));
            continue;
        }
        for table in ["a", "b"] {
            let sel = format!("SELECT * FROM {table} ORDER BY id;");
            let my = canon_result(&my_ok(Some(db), &sel));
            let pg = canon_result(
                &psql(db, &format!("\\pset null NULL\n{sel}"), true)
                    .unwrap()
                    .stdout,
            );
            if my != pg {
                problems.push(format!("{q}\n      translated: {pg_q}\n      {table} in mariadb:  {my:?}\n      {table} in postgres: {pg:?}"));
            }
        }
    }
    println!(
        "dml: {} statements, {} differ",
        DML_CASES.len(),
        problems.len()
    );
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Loads `files` into MariaDB and their conversion into PostgreSQL, both as `db`.
fn load_both(name: &str, db: &str, files: &[PathBuf]) {
    my_ok(
        None,
        &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
    );
    for p in files {
        let text = String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
        let o = mariadb(Some(db), &for_mariadb(name, &text)).unwrap();
        assert_eq!(o.code, 0, "{name} does not load into MariaDB: {}", o.stderr);
    }
    let conv = convert_files(files);
    pg_fresh_db(db);
    let o = psql(db, &conv.sql, true).unwrap();
    assert_eq!(o.code, 0, "{name} does not apply: {}", pg_errors(&o.stderr));
}

/// One entry of `tests/queries/*.sql`: comments, `-- params:` and `-- tables:`, the
/// statement.
struct Entry {
    line: usize,
    sql: String,
    params: Vec<String>,
    tables: Vec<String>,
}

/// Splits a `-- params:` list at the commas outside quotes.
fn split_params(s: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    for c in s.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                cur.push(c);
            }
            ',' if !quoted => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

fn read_entries(path: &std::path::Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    let mut cur: Option<Entry> = None;
    for (i, l) in text.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            if let Some(e) = cur.take() {
                assert!(
                    e.sql.trim_end().ends_with(';'),
                    "{}:{}: entry without `;`",
                    path.display(),
                    e.line
                );
                out.push(e);
            }
            continue;
        }
        let e = cur.get_or_insert_with(|| Entry {
            line: i + 1,
            sql: String::new(),
            params: Vec::new(),
            tables: Vec::new(),
        });
        if let Some(c) = l.strip_prefix("-- ").filter(|_| e.sql.is_empty()) {
            if let Some(p) = c.strip_prefix("params:") {
                e.params = split_params(p);
            } else if let Some(t) = c.strip_prefix("tables:") {
                e.tables = t.split(',').map(|t| t.trim().to_string()).collect();
            }
            continue;
        }
        if !e.sql.is_empty() {
            e.sql.push('\n');
        }
        e.sql.push_str(l);
    }
    out.extend(cur);
    for e in &mut out {
        e.sql = e.sql.trim_end().trim_end_matches(';').to_string();
    }
    out
}

/// What my2pg made of one statement.
struct Translated {
    /// None when my2pg kept the statement as a comment.
    sql: Option<String>,
    /// The warnings and errors it reported (codes and messages).
    flags: Vec<String>,
}

/// `q` as my2pg translates it with `schema`.
fn translate_query(schema: &std::path::Path, q: &str) -> Translated {
    let mut c = Command::new(env!("CARGO_BIN_EXE_my2pg"));
    c.args(["convert", "--schema"]).arg(schema).arg("-");
    let t = run(c, &format!("{q};\n"), 60).unwrap();
    let pg_q: String = t
        .stdout
        .lines()
        .filter(|l| !l.starts_with("--") && !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let flags = t
        .stderr
        .lines()
        .filter(|l| l.contains(": warning[") || l.contains(": error["))
        .map(|l| l.split_once(": ").map_or(l, |(_, r)| r).to_string())
        .collect();
    Translated {
        sql: (!t.stdout.contains("-- my2pg") && !pg_q.is_empty()).then_some(pg_q),
        flags,
    }
}

/// The figures of a differential run.
#[derive(Default)]
struct Tally {
    same: usize,
    /// Not translated, or translated with a warning and then different.
    flagged: Vec<String>,
    /// Different, or rejected by PostgreSQL, with no warning: bugs.
    silent: Vec<String>,
}

/// The MariaDB text of a prepared statement's execution.
fn my_prepared(q: &str, params: &[String]) -> String {
    let body = q.replace('\\', "\\\\").replace('\'', "''");
    let using = if params.is_empty() {
        String::new()
    } else {
        format!(" USING {}", params.join(", "))
    };
    format!("PREPARE s FROM '{body}';\nEXECUTE s{using};\nDEALLOCATE PREPARE s;\n")
}

fn pg_prepared(q: &str, params: &[String]) -> String {
    let args = if params.is_empty() {
        String::new()
    } else {
        format!("({})", params.join(", "))
    };
    format!("PREPARE s AS {q};\nEXECUTE s{args};\nDEALLOCATE s;\n")
}

/// The columns of `table` compared after DML (not `last_update`, which the engines
/// set to the current time), in MariaDB's order.
fn compared_columns(db: &str, table: &str) -> String {
    let cols = my_ok(
        None,
        &format!("SELECT column_name FROM information_schema.columns WHERE table_schema = '{db}' AND table_name = '{table}' AND column_name <> 'last_update' ORDER BY ordinal_position;"),
    );
    cols.lines().collect::<Vec<_>>().join(", ")
}

/// Runs the entries of `file` on both servers: SELECTs compared by result, DML (with
/// `-- tables:`) by the tables' contents inside a rolled-back transaction.
fn run_entries(
    db: &str,
    schema: &std::path::Path,
    search_path: &str,
    file: &std::path::Path,
    t: &mut Tally,
) {
    let mut columns: BTreeMap<String, String> = BTreeMap::new();
    for e in read_entries(file) {
        let at = format!("{}:{}", file.file_name().unwrap().to_string_lossy(), e.line);
        let tr = translate_query(schema, &e.sql);
        let warned = !tr.flags.is_empty();
        let Some(pg_q) = tr.sql else {
            t.flagged
                .push(format!("{at}: not translated: {}", tr.flags.join("; ")));
            continue;
        };
        let (mut my_script, mut pg_script) = (
            "SET time_zone = '+00:00';\n".to_string(),
            format!("\\pset null NULL\nSET TIME ZONE 'UTC';\nSET search_path TO {search_path}, public;\n"),
        );
        let dml = !e.tables.is_empty();
        if dml {
            my_script.push_str("START TRANSACTION;\n");
            pg_script.push_str("BEGIN;\n");
        }
        my_script.push_str(&my_prepared(&e.sql, &e.params));
        pg_script.push_str(&pg_prepared(&pg_q, &e.params));
        for table in &e.tables {
            let cols = columns
                .entry(table.clone())
                .or_insert_with(|| compared_columns(db, table))
                .clone();
            let n = cols.split(", ").count();
            let order = (1..=n)
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let sel = format!("SELECT '#{table}';\nSELECT {cols} FROM {table} ORDER BY {order};\n");
            my_script.push_str(&sel);
            pg_script.push_str(&sel);
        }
        if dml {
            my_script.push_str("ROLLBACK;\n");
            pg_script.push_str("ROLLBACK;\n");
        }
        let my = mariadb(Some(db), &my_script).unwrap();
        assert_eq!(my.code, 0, "{at}: MariaDB rejects the entry: {}", my.stderr);
        let pg = psql(db, &pg_script, true).unwrap();
        let problem = if pg.code != 0 {
            Some(format!("PostgreSQL error: {}", pg_errors(&pg.stderr)))
        } else {
            let (mut m, mut p) = (canon_result(&my.stdout), canon_result(&pg.stdout));
            if dml {
                // Table contents are compared as sets: the engines sort strings by
                // different collations.
                m.sort();
                p.sort();
            }
            if m == p {
                None
            } else {
                let first = m
                    .iter()
                    .zip(&p)
                    .position(|(a, b)| a != b)
                    .unwrap_or(m.len().min(p.len()));
                Some(format!(
                    "{} rows vs {}; first difference at row {first}:\n      mariadb:  {:?}\n      postgres: {:?}",
                    m.len(),
                    p.len(),
                    m.get(first),
                    p.get(first)
                ))
            }
        };
        match problem {
            None => t.same += 1,
            Some(p) if warned => t
                .flagged
                .push(format!("{at}: {p}\n      flagged: {}", tr.flags.join("; "))),
            Some(p) => t.silent.push(format!(
                "{at}: {}\n      translated: {pg_q}\n      params: {:?}\n      {p}",
                e.sql, e.params
            )),
        }
    }
}

/// The application queries and DML of `tests/queries/` (written for this project) on
/// sakila and world, loaded into both servers: each runs as a prepared statement with
/// its parameters, on MariaDB as written and on PostgreSQL as translated.
#[test]
fn differential_queries_on_sakila_and_world() {
    let Some(dir) = corpus_dir() else { return };
    if !servers_up(true, true) {
        return;
    }
    let queries = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/queries");
    let mut t = Tally::default();
    for (name, files, schema) in [
        (
            "sakila",
            vec![
                dir.join("sakila/sakila-mv-schema.sql"),
                dir.join("sakila/sakila-mv-data.sql"),
            ],
            dir.join("sakila/sakila-mv-schema.sql"),
        ),
        (
            "world",
            vec![dir.join("world/world.sql")],
            dir.join("world/world.sql"),
        ),
    ] {
        let db = format!("my2pg_queries_{name}");
        load_both(name, &db, &files);
        for file in [format!("{name}.sql"), format!("{name}_dml.sql")] {
            let before = (t.same, t.flagged.len(), t.silent.len());
            run_entries(&db, &schema, name, &queries.join(&file), &mut t);
            println!(
                "{file}: {} identical, {} flagged, {} different in silence",
                t.same - before.0,
                t.flagged.len() - before.1,
                t.silent.len() - before.2
            );
        }
    }
    println!(
        "queries: {} identical, {} flagged, {} different in silence",
        t.same,
        t.flagged.len(),
        t.silent.len()
    );
    for f in &t.flagged {
        println!("  flagged {f}");
    }
    assert!(
        t.silent.is_empty(),
        "{} statements differ in silence:\n{}",
        t.silent.len(),
        t.silent.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Columns whose PostgreSQL type the data decides (issue 10): the corpus's reproductions
// loaded into MariaDB with rows that stress them, dumped by the real mysqldump, converted,
// loaded with ON_ERROR_STOP; every row must arrive, and the next generated id must
// succeed or fail on both servers alike.

/// (corpus file, extra MySQL statements run after it, tables whose next generated id is
/// compared by inserting a row of defaults, rows my2pg must leave out with a T101).
const NARROW_CASES: &[(&str, &str, &[&str], usize)] = &[
    ("data/auto_increment_past_max.mysql.sql", "", &["t2", "t2s", "t2e"], 0),
    ("data/unsigned_identity_huge.mysql.sql", "", &["t3", "t3ok"], 0),
    ("data/tinyint1_numbers.mysql.sql", "", &[], 0),
    // '0000-00-00' and '2024-00-00' in one unique key: both '-infinity' in PostgreSQL.
    ("data/zero_date_keys.mysql.sql", "", &[], 3),
    (
        "schema/keys/prefix_binary.mysql.sql",
        "INSERT INTO t1 VALUES (1, 0x00FF00FF00FF00FF00FF00FF, 0x0102030405060708090A0B0C0D0E0F101112131415161718), (2, 0x00FF00FF00FF00FF00FF01, NULL);
         INSERT INTO t1b VALUES (1, 0x0000000000000000FFFFFFFFFFFFFFFF, 'Grüße aus Köln'), (2, 0x0000000000000001FFFFFFFFFFFFFFFF, 'Grüße aus Köln');",
        &[],
        0,
    ),
    (
        "schema/keys/index_width.mysql.sql",
        // Values as long as the keys allow, in 4-byte characters that do not compress.
        "INSERT INTO wide (a, b, c, d, e) SELECT seq, CONCAT(seq, REPEAT('😀', 100)), REPEAT('ü', 255), (SELECT GROUP_CONCAT(CHAR(0xF0, 0x9F, 0x98, 0x80 + (n.seq * 7 + s.seq) % 64 USING utf8mb4) SEPARATOR '') FROM seq_1_to_2000 n), (SELECT GROUP_CONCAT(CHAR(0xF0, 0x9F, 0x98, 0x80 + (n.seq * 5 + s.seq) % 64 USING utf8mb4) SEPARATOR '') FROM seq_1_to_1000 n) FROM seq_1_to_3 s;
         INSERT INTO narrow VALUES (REPEAT('😀', 191)), ('a');",
        &[],
        0,
    ),
];

#[test]
fn narrow_columns_round_trip() {
    if !servers_up(true, true) {
        return;
    }
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut problems = Vec::new();
    for (i, (file, extra, next_ids, left_out)) in NARROW_CASES.iter().enumerate() {
        let db = format!("my2pg_narrow_{i}");
        let script = std::fs::read_to_string(corpus.join(file)).unwrap();
        my_ok(
            None,
            &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4;"),
        );
        my_ok(Some(&db), &format!("{script}\n{extra}"));
        let dump = mysqldump(&db, &[]);
        let path = std::env::temp_dir().join(format!("my2pg-narrow-{i}.sql"));
        std::fs::write(&path, &dump).unwrap();
        let conv = convert(path.to_str().unwrap(), "");
        let errors: Vec<&(String, u64, String)> =
            conv.diags.iter().filter(|d| d.0 == "T101").collect();
        // Exit 1 exactly when a row is left out (each with its T101).
        if conv.code != (*left_out > 0) as i32 || errors.len() != *left_out {
            problems.push(format!(
                "[{file}] my2pg exit {}, {} rows left out, {left_out} expected: {errors:?}",
                conv.code,
                errors.len()
            ));
        }
        pg_fresh_db(&db);
        let o = psql(&db, &conv.sql, true).unwrap();
        if o.code != 0 {
            problems.push(format!("[{file}] does not apply: {}", pg_errors(&o.stderr)));
            continue;
        }
        let tables = my_ok(Some(&db), "SHOW TABLES;");
        let (mut compared, mut missing) = (0, 0);
        for t in tables.lines().map(str::trim).filter(|t| !t.is_empty()) {
            let (pg_rows, my_rows) = table_rows(&db, "public", &db, t);
            compared += my_rows.len();
            // Every PostgreSQL row is a MariaDB row; the rows only in MariaDB are the ones
            // reported with a T101.
            let mut rest = my_rows.clone();
            let mut extra = Vec::new();
            for r in &pg_rows {
                match rest.iter().position(|m| m == r) {
                    Some(k) => {
                        rest.remove(k);
                    }
                    None => extra.push(r.clone()),
                }
            }
            missing += rest.len();
            if !extra.is_empty() {
                problems.push(format!(
                    "[{file}] {t}: rows only in PostgreSQL {extra:#?}\n  MariaDB {my_rows:#?}"
                ));
            }
        }
        // The next generated id: the same value, or a failure on both sides.
        for t in *next_ids {
            let my = mariadb(
                Some(&db),
                &format!("INSERT INTO `{t}` () VALUES (); SELECT LAST_INSERT_ID();"),
            )
            .unwrap();
            let pg = psql(
                &db,
                &format!("INSERT INTO \"{t}\" DEFAULT VALUES RETURNING id;"),
                true,
            )
            .unwrap();
            let show = |code: i32, out: &str| {
                if code == 0 {
                    out.trim().to_string()
                } else {
                    "fails".to_string()
                }
            };
            let (m, p) = (show(my.code, &my.stdout), show(pg.code, &pg.stdout));
            if m != p {
                problems.push(format!(
                    "[{file}] {t}: next generated id {m} in MariaDB, {p} in PostgreSQL ({})",
                    pg_errors(&pg.stderr).trim()
                ));
            }
            println!("[{file}] {t}: next generated id {m} on both");
        }
        if missing != *left_out {
            problems.push(format!(
                "[{file}] {missing} MariaDB rows missing in PostgreSQL, {left_out} reported"
            ));
        }
        println!("[{file}] {compared} rows compared, {missing} left out and reported");
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
