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

/// Statements translated ahead on several threads give exactly the one-thread output,
/// also where a statement in the middle changes what the later ones read (a table's
/// column type, the current database, the session time zone, a trigger).
#[test]
fn parallel_translation_gives_the_one_thread_bytes() {
    let mut script = String::from("CREATE TABLE t (id INT PRIMARY KEY, a INT, s VARCHAR(10));\n");
    let queries = |script: &mut String, round: usize| {
        for i in 0..40 {
            script.push_str(&format!(
                "SELECT id, a / {n}, s = 'X{i}' FROM t WHERE a + {i} > '{i}' ORDER BY id;\n\
                 UPDATE t SET s = CONCAT(s, {i}) WHERE a = {n};\n\
                 SELECT FROM_UNIXTIME(a) FROM t;\n\
                 /* tagged */ SELECT 1 +;\n",
                n = i + round
            ));
        }
    };
    queries(&mut script, 0);
    script.push_str("ALTER TABLE t MODIFY a VARCHAR(20);\n");
    queries(&mut script, 1);
    script.push_str("SET time_zone = '+02:00';\nCREATE DATABASE d2;\nUSE d2;\nCREATE TABLE t (id INT PRIMARY KEY, a DATE, s TEXT);\n");
    queries(&mut script, 2);
    script.push_str("CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW SET NEW.s = 'x';\n");
    queries(&mut script, 3);
    let run = |threads: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_my2pg"))
            .args(["convert", "-"])
            .env("MY2PG_THREADS", threads)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                c.stdin.take().unwrap().write_all(script.as_bytes())?;
                c.wait_with_output()
            })
            .expect("my2pg runs");
        (text(&out.stdout), text(&out.stderr))
    };
    let one = run("1");
    let two = run("2");
    // The statements after each change were translated with it: `a` as an INT, as a
    // VARCHAR, as d2's DATE, and d2's UPDATE under a trigger (no changed-rows filter).
    let o = &one.0;
    assert!(
        o.contains("round(CAST(a AS NUMERIC(1000,18)) / 1, 4)"),
        "{o}"
    );
    assert!(o.contains("regexp_replace((a) COLLATE"), "{o}");
    assert!(
        o.contains(
            "round(CAST(CAST(to_char(a, 'YYYYMMDD') AS BIGINT) AS NUMERIC(1000,18)) / 2, 4)"
        ),
        "{o}"
    );
    assert!(
        o.contains("WHERE CAST(to_char(a, 'YYYYMMDD') AS BIGINT) = 3;"),
        "{o}"
    );
    pretty_assertions::assert_eq!(one, two);
    assert_eq!(one, run("4"));
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

/// A small application: one compatible query, one translatable, one manual, a decoy, a
/// suppressed finding and an unused suppression.
fn audit_app(name: &str) -> std::path::PathBuf {
    let dir = tmp(name);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("node_modules/lib")).unwrap();
    std::fs::write(
        dir.join("schema.sql"),
        "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT, name varchar(40) NOT NULL, active tinyint(1) NOT NULL DEFAULT 1, PRIMARY KEY (id));\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("src/users.php"),
        r#"<?php
class Users {
    function find($db, $id) {
        return $db->prepare('SELECT id, name FROM users WHERE id = ?');
    }
    function page($db) {
        return $db->query('SELECT `id`, `name` FROM `users` LIMIT 10, 20');
    }
    function total($db) {
        return $db->query('SELECT FOUND_ROWS()');
    }
    function active($db) {
        // my2pg: ignore[Q012]
        return $db->query('SELECT id FROM users WHERE active = 1');
    }
    function label() {
        // my2pg: ignore[Q004]
        return 'Select a user from the list.';
    }
}
"#,
    )
    .unwrap();
    // Vendored code is skipped by default.
    std::fs::write(
        dir.join("node_modules/lib/db.js"),
        "db.query('SELECT * FROM `vendored`');\n",
    )
    .unwrap();
    dir
}

#[test]
fn audit_reports_each_statement_with_its_class_and_summary() {
    let dir = audit_app("audit-report");
    let schema = dir.join("schema.sql");
    let src = dir.join("src");
    let out = my2pg(
        &[
            "audit",
            src.to_str().unwrap(),
            "--schema",
            schema.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    for expected in [
        "users.php:4:30: compatible\n    | SELECT id, name FROM users WHERE id = ?\n",
        "users.php:7:28: translatable\n",
        "    => SELECT id, name FROM users LIMIT 20 OFFSET 10;\n",
        "users.php:10:28: manual\n    | SELECT FOUND_ROWS()\n    error[Q001]",
        "users.php:14:28: translatable\n",
        "    suppressed: Q012\n",
        "users.php:17: warning[X002] `my2pg: ignore[Q004]` suppresses nothing\n",
        "4 statements in 1 of 1 files: 1 compatible, 2 translatable, 1 manual, 0 unparsed",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in:\n{report}"
        );
    }
    assert!(!report.contains("Select a user"), "{report}");
}

#[test]
fn audit_skips_vendored_folders_and_fails_on_request() {
    let dir = audit_app("audit-fail-on");
    let root = dir.to_str().unwrap();
    let out = my2pg(&["audit", root, "--format", "json"], "");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(v["version"], 1);
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(
        files.iter().all(|f| !f.contains("node_modules")),
        "{files:?}"
    );
    // The schema file is SQL too: its CREATE TABLE is a finding.
    assert!(files.contains(&"schema.sql"), "{files:?}");
    for (level, code) in [("manual", 1), ("translatable", 1), ("compatible", 1)] {
        let out = my2pg(&["audit", root, "--fail-on", level, "--format", "json"], "");
        assert_eq!(out.status.code(), Some(code), "--fail-on {level}");
    }
    let clean = tmp("audit-clean");
    std::fs::write(
        clean.join("a.py"),
        "cur.execute(\"SELECT id FROM t WHERE id = %s\", (1,))\n",
    )
    .unwrap();
    let out = my2pg(
        &[
            "audit",
            clean.to_str().unwrap(),
            "--fail-on",
            "translatable",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn audit_baseline_leaves_out_known_findings_even_after_lines_move() {
    let dir = audit_app("audit-baseline");
    let src = dir.join("src");
    let baseline = dir.join("baseline.json");
    let out = my2pg(
        &[
            "audit",
            src.to_str().unwrap(),
            "--write-baseline",
            baseline.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    // Without the schema, `active = 1` is not known to be a boolean: two findings need work.
    assert_eq!(b["fingerprints"].as_array().unwrap().len(), 2);
    // Lines move: two lines inserted at the top of the file.
    let php = src.join("users.php");
    let moved =
        std::fs::read_to_string(&php)
            .unwrap()
            .replacen("<?php\n", "<?php\n// moved\n// down\n", 1);
    std::fs::write(
        &php,
        moved
            + "function more($db) { return $db->query('SELECT name FROM users ORDER BY name'); }\n",
    )
    .unwrap();
    let out = my2pg(
        &[
            "audit",
            src.to_str().unwrap(),
            "--baseline",
            baseline.to_str().unwrap(),
            "--fail-on",
            "translatable",
        ],
        "",
    );
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains("3 statements in 1 of 1 files: 2 compatible, 1 translatable"),
        "{report}"
    );
    assert!(
        report.contains("2 findings left out by the baseline"),
        "{report}"
    );
    assert!(
        report.contains("SELECT name FROM users ORDER BY name"),
        "{report}"
    );
}

#[test]
fn audit_yaml_and_sarif_carry_the_same_findings() {
    let dir = audit_app("audit-formats");
    let src = dir.join("src");
    let out = my2pg(&["audit", src.to_str().unwrap(), "--format", "yaml"], "");
    let y: serde_json::Value = serde_norway::from_slice(&out.stdout).expect("YAML report");
    assert_eq!(y["findings"].as_array().unwrap().len(), 4);
    let out = my2pg(&["audit", src.to_str().unwrap(), "--format", "sarif"], "");
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF report");
    assert_eq!(s["version"], "2.1.0");
    let run = &s["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let results = run["results"].as_array().unwrap();
    for r in results {
        let id = r["ruleId"].as_str().unwrap();
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx], id);
        assert!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .ends_with("users.php")
        );
    }
    assert!(
        rules.contains(&"Q001") && rules.contains(&"X002"),
        "{rules:?}"
    );
    assert!(run["tool"]["driver"]["rules"][0]["help"]["text"]
        .as_str()
        .unwrap()
        .contains("## MySQL"));
}
