//! The command line as a user runs it: exit codes, outputs, configs.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn my2pg(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_my2pg"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("my2pg runs");
    // my2pg may exit before reading its input (a usage error): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("my2pg-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn faithful_conversion_exits_0() {
    let out = my2pg(
        &["convert", "-"],
        "CREATE TABLE t (id int NOT NULL, PRIMARY KEY (id));",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sql = text(&out.stdout);
    assert!(
        sql.contains("CREATE TABLE t (\n    id integer NOT NULL\n);"),
        "{sql}"
    );
    assert!(
        sql.contains("ADD CONSTRAINT t_pkey PRIMARY KEY (id);"),
        "{sql}"
    );
    assert!(text(&out.stderr).contains("0 errors"));
}

#[test]
fn statement_needing_a_person_exits_1_and_shows_location() {
    let out = my2pg(
        &["convert", "-"],
        "CREATE TABLE ok (a int);\nCREATE TABLE bad (a int,;\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("-:2:1: error[P001] cannot parse statement"),
        "{err}"
    );
    assert!(err.contains("2 | CREATE TABLE bad (a int,;"), "{err}");
    assert!(text(&out.stdout).contains("-- CREATE TABLE bad (a int,"));
}

#[test]
fn missing_file_exits_2() {
    let out = my2pg(&["convert", "/nonexistent/schema.sql"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/nonexistent/schema.sql"));
}

#[test]
fn json_diagnostics_are_versioned() {
    let out = my2pg(
        &["convert", "--diagnostics", "json", "-"],
        "CREATE TABLE t (a tinyint(1));",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).expect("stderr is JSON");
    assert_eq!(v["version"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "T004");
    assert_eq!(d["line"], 1);
    assert_eq!(d["column"], 17);
    assert_eq!(d["severity"], "warning");
}

#[test]
fn output_file_and_migration_folder() {
    let dir = tmp("migrations");
    std::fs::write(
        dir.join("001_create.sql"),
        "CREATE TABLE a (id int NOT NULL);",
    )
    .unwrap();
    std::fs::write(
        dir.join("002_alter.sql"),
        "ALTER TABLE a ADD COLUMN b varchar(10);",
    )
    .unwrap();
    let out_file = dir.join("out.pg.sql");
    let out = my2pg(
        &[
            "convert",
            dir.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sql = std::fs::read_to_string(out_file).unwrap();
    let create = sql.find("CREATE TABLE a").expect("create");
    let alter = sql
        .find("ALTER TABLE a ADD COLUMN b varchar(10)")
        .expect("alter");
    assert!(create < alter, "{sql}");
}

#[test]
fn config_unknown_key_names_file_line_and_key() {
    let dir = tmp("config");
    let cfg = dir.join("my2pg.yaml");
    std::fs::write(&cfg, "enums: check\nzero_date: null\n").unwrap();
    let out = my2pg(
        &["convert", "--config", cfg.to_str().unwrap(), "-"],
        "CREATE TABLE t (a int);",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{}:2:1", cfg.display())), "{err}");
    assert!(err.contains("unknown field `zero_date`"), "{err}");
}

#[test]
fn config_changes_the_output() {
    let dir = tmp("config2");
    let cfg = dir.join("my2pg.yaml");
    std::fs::write(
        &cfg,
        "tinyint1_as_boolean: false\nseverity:\n  T001: warning\n",
    )
    .unwrap();
    let out = my2pg(
        &["convert", "--config", cfg.to_str().unwrap(), "-"],
        "CREATE TABLE t (a tinyint(1));",
    );
    let sql = text(&out.stdout);
    assert!(
        sql.contains("a smallint CONSTRAINT t_a_range CHECK (a BETWEEN -128 AND 127)"),
        "{sql}"
    );
    assert!(text(&out.stderr).contains("warning[T001]"));
}

#[test]
fn explain_and_rules() {
    let out = my2pg(&["explain", "D001"], "");
    assert_eq!(out.status.code(), Some(0));
    let doc = text(&out.stdout);
    assert!(doc.starts_with("# D001 auto-increment"), "{doc}");
    assert!(doc.contains("## Caveats"));
    let out = my2pg(&["explain", "Z999"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = my2pg(&["rules"], "");
    let list = text(&out.stdout);
    assert!(list.lines().count() >= 40, "{list}");
    assert!(list.contains("T003  integer-range"));
}

#[test]
fn check_reports_drift_and_bless_fixes_it() {
    let dir = tmp("check");
    std::fs::write(dir.join("a.mysql.sql"), "CREATE TABLE t (a int);").unwrap();
    std::fs::write(dir.join("a.pg.sql"), "wrong\n").unwrap();
    std::fs::write(dir.join("a.diag"), "").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_my2pg"))
        .args(["check", dir.to_str().unwrap()])
        .env_remove("CI")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(
        report.contains("DRIFT a.mysql.sql")
            && report.contains("-wrong")
            && report.contains("+CREATE TABLE t ("),
        "{report}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_my2pg"))
        .args(["check", dir.to_str().unwrap(), "--bless"])
        .env_remove("CI")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = Command::new(env!("CARGO_BIN_EXE_my2pg"))
        .args(["check", dir.to_str().unwrap()])
        .env_remove("CI")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = Command::new(env!("CARGO_BIN_EXE_my2pg"))
        .args(["check", dir.to_str().unwrap(), "--bless"])
        .env("CI", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "bless is refused under CI");
}

#[test]
fn same_input_same_bytes() {
    let input = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/shop.mysql.sql"
    ))
    .unwrap();
    let a = my2pg(&["convert", "-"], &input);
    let b = my2pg(&["convert", "-"], &input);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
}

#[test]
fn queries_translate_with_a_schema_and_placeholder_styles() {
    let dir = tmp("queries");
    let schema = dir.join("schema.sql");
    std::fs::write(
        &schema,
        "CREATE TABLE customer (id int NOT NULL PRIMARY KEY, name varchar(40));",
    )
    .unwrap();
    let q = "SELECT name FROM customer WHERE name LIKE ? LIMIT ?, ?;\nINSERT INTO customer (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name);\n";
    let out = my2pg(&["convert", "--schema", schema.to_str().unwrap(), "-"], q);
    let sql = text(&out.stdout);
    assert!(
        !sql.contains("CREATE TABLE"),
        "the schema is knowledge, not output:\n{sql}"
    );
    assert!(sql.contains("SELECT name FROM customer WHERE (name COLLATE \"und-x-icu\") ILIKE $1 LIMIT $3 OFFSET $2;"), "{sql}");
    assert!(sql.contains("INSERT INTO customer (id, name) VALUES ($1, $2) ON CONFLICT(id) DO UPDATE SET name = EXCLUDED.name;"), "{sql}");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // With positional markers the LIMIT rewrite would rebind values: refused.
    let out = my2pg(
        &[
            "convert",
            "--placeholders",
            "question",
            "--schema",
            schema.to_str().unwrap(),
            "-",
        ],
        q,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("error[Q005]"));
    assert!(text(&out.stdout).contains("VALUES (?, ?) ON CONFLICT(id)"));
    // Without the schema the upsert's key is unknown: flagged, kept as a comment.
    let out = my2pg(&["convert", "-"], q);
    assert!(
        text(&out.stderr).contains("error[Q006]"),
        "{}",
        text(&out.stderr)
    );
}
