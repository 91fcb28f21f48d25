//! The corpus harness: every case under `corpus/` through the same code as
//! `my2pg check`, then every expected PostgreSQL output applied to a real
//! PostgreSQL server.
//!
//! A case whose input starts with `-- corpus: apply fails` documents output that
//! PostgreSQL must reject (and that my2pg flags as an error): applying it must fail.
//!
//! `BLESS=1 cargo test --test corpus` rewrites the expected files (refused
//! when `CI` is set). Without a PostgreSQL server the apply step is skipped
//! with a message, except under `CI`, where it fails.

use my2pg::check::{cases, check_dir, run_audit_case, run_case};
use std::path::Path;
use std::process::{Command, Stdio};

fn pg_url() -> String {
    std::env::var("MY2PG_PG_URL")
        .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/postgres".into())
}

fn with_db(url: &str, db: &str) -> String {
    match url.rfind('/') {
        Some(i) if url[..i].contains("://") && url[..i].len() > url.find("://").unwrap() + 2 => {
            format!("{}/{db}", &url[..i])
        }
        _ => format!("{url}/{db}"),
    }
}

fn psql(url: &str, sql: &str) -> Result<(), String> {
    let mut child = Command::new("psql")
        .args([url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("psql: {e}"))?;
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped");
        stdin
            .write_all(sql.as_bytes())
            .map_err(|e| format!("psql stdin: {e}"))?;
    }
    let out = child.wait_with_output().map_err(|e| format!("psql: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The `file:line` of each row of SITES.md's "SQL sites" and "Decoys" tables.
type Lines = Vec<(String, usize)>;
fn manifest_lines(text: &str) -> (Lines, Lines) {
    let (mut sites, mut decoys) = (Vec::new(), Vec::new());
    let mut section = "";
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = if h.starts_with("SQL sites") {
                "sites"
            } else if h.starts_with("Decoys") {
                "decoys"
            } else {
                ""
            };
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(place) = cells
            .get(2)
            .and_then(|c| c.strip_prefix('`')?.strip_suffix('`'))
        else {
            continue;
        };
        let Some((file, n)) = place.rsplit_once(':') else {
            continue;
        };
        let Ok(n) = n.parse::<usize>() else { continue };
        match section {
            "sites" => sites.push((file.to_string(), n)),
            "decoys" => decoys.push((file.to_string(), n)),
            _ => {}
        }
    }
    (sites, decoys)
}

fn main() {
    let ci = std::env::var_os("CI").is_some();
    let bless = std::env::var("BLESS").is_ok_and(|v| v == "1");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut passed = 0;
    let mut failed = Vec::new();
    if bless && ci {
        eprintln!("BLESS is refused when CI is set");
        std::process::exit(1);
    }
    // 1. Golden comparison (the `my2pg check` code path).
    let results = check_dir(&dir, bless).unwrap_or_else(|e| panic!("corpus: {e}"));
    for r in &results {
        if r.drift.is_empty() {
            passed += 1;
        } else {
            eprintln!("DRIFT {}\n{}", r.name, r.drift.join("\n"));
            failed.push(format!("golden {}", r.name));
        }
    }
    // 2. Determinism: a second run gives the same bytes.
    for input in cases(&dir) {
        let run = |i: &std::path::Path| {
            if i.to_string_lossy().ends_with(".audit") {
                run_audit_case(i).map(|r| (r, String::new()))
            } else {
                run_case(&dir, i)
            }
        };
        let a = run(&input).expect("case runs");
        let b = run(&input).expect("case runs");
        if a == b {
            passed += 1;
        } else {
            failed.push(format!("determinism {}", input.display()));
        }
    }
    // 3. Every expected output applies to a fresh PostgreSQL database.
    let admin = pg_url();
    match psql(&admin, "SELECT 1;") {
        Err(e) if !ci => println!(
            "skipped: applying corpus outputs to PostgreSQL: server not reachable at {admin}: {}",
            e.trim()
        ),
        Err(e) => failed.push(format!(
            "PostgreSQL not reachable under CI at {admin}: {}",
            e.trim()
        )),
        Ok(()) => {
            for (i, input) in cases(&dir).iter().enumerate() {
                if !input.to_string_lossy().ends_with(".mysql.sql") {
                    continue;
                }
                let expected = input.to_string_lossy().replace(".mysql.sql", ".pg.sql");
                let Ok(sql) = std::fs::read_to_string(&expected) else {
                    continue;
                };
                let must_fail = std::fs::read_to_string(input)
                    .is_ok_and(|s| s.starts_with("-- corpus: apply fails"));
                let db = format!("my2pg_corpus_{i}");
                psql(
                    &admin,
                    &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
                )
                .expect("create database");
                match (psql(&with_db(&admin, &db), &sql), must_fail) {
                    (Ok(()), false) | (Err(_), true) => passed += 1,
                    (Err(e), false) => failed.push(format!("apply {}: {}", expected, e.trim())),
                    (Ok(()), true) => failed.push(format!(
                        "apply {expected}: PostgreSQL accepted output the case says it rejects"
                    )),
                }
                let _ = psql(&admin, &format!("DROP DATABASE IF EXISTS {db};"));
            }
        }
    }
    // 4. Audit cases with a schema: every compatible or translatable statement's
    //    PostgreSQL text is PREPAREd against the converted schema.
    if psql(&admin, "SELECT 1;").is_ok() {
        for case in cases(&dir) {
            let name = case.to_string_lossy().to_string();
            let Some(stem) = name.strip_suffix(".audit") else {
                continue;
            };
            let schema = format!("{stem}.schema.sql");
            let Ok(bytes) = std::fs::read(&schema) else {
                continue;
            };
            let config = std::fs::read_to_string(format!("{stem}.yaml"))
                .ok()
                .and_then(|t| {
                    my2pg::config::Config::from_yaml("case", &t, |c| {
                        my2pg::registry::find(c).is_some()
                    })
                    .ok()
                })
                .unwrap_or_default();
            let conv = my2pg::convert::convert(
                &[my2pg::convert::Input {
                    name: schema.clone(),
                    bytes,
                }],
                &config,
            );
            let db = "my2pg_corpus_audit";
            psql(
                &admin,
                &format!("DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db};"),
            )
            .expect("create database");
            let url = with_db(&admin, db);
            if let Err(e) = psql(&url, &conv.sql) {
                failed.push(format!(
                    "audit {name}: the schema does not apply: {}",
                    e.trim()
                ));
                continue;
            }
            let catalog = conv.catalog;
            let report = my2pg::audit::audit(&my2pg::audit::Options {
                paths: vec![case.clone()],
                config: &config,
                catalog,
                baseline: Default::default(),
            });
            let mut prepared = 0;
            for f in &report.findings {
                let runnable = matches!(
                    f.class,
                    my2pg::audit::Class::Compatible | my2pg::audit::Class::Translatable
                ) && !f.dynamic;
                let Some(text) = f.pg_text.as_deref().filter(|_| runnable) else {
                    continue;
                };
                let first = text.split_whitespace().next().unwrap_or("").to_uppercase();
                // A migration's DDL changes the schema its later statements see: run it.
                let ddl = ["CREATE", "ALTER", "DROP"].contains(&first.as_str());
                if !ddl
                    && !["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"].contains(&first.as_str())
                {
                    continue;
                }
                let body = text.trim_end().trim_end_matches(';');
                let sql = if ddl {
                    format!("{body};")
                } else {
                    format!("PREPARE s AS {body};")
                };
                match psql(&url, &sql) {
                    Ok(()) => prepared += 1,
                    Err(e) => failed.push(format!(
                        "audit {}:{}: PostgreSQL rejects the {} statement {body:?}: {}",
                        f.file,
                        f.line,
                        f.class.as_str(),
                        e.trim()
                    )),
                }
            }
            println!("audit {name}: {prepared} statements PREPAREd on PostgreSQL");
            // A tree with a hand-written SITES.md: every SQL site it lists is found, and
            // none of its decoys is.
            if let Ok(manifest) = std::fs::read_to_string(case.join("SITES.md")) {
                let (sites, decoys) = manifest_lines(&manifest);
                let found: std::collections::BTreeSet<(String, usize)> = report
                    .findings
                    .iter()
                    .map(|f| (f.file.clone(), f.line))
                    .collect();
                let missed: Vec<_> = sites.iter().filter(|s| !found.contains(*s)).collect();
                let taken: Vec<_> = decoys.iter().filter(|d| found.contains(*d)).collect();
                println!(
                    "audit {name}: {} of {} listed SQL sites found, {} of {} decoys reported",
                    sites.len() - missed.len(),
                    sites.len(),
                    taken.len(),
                    decoys.len()
                );
                for m in missed {
                    failed.push(format!("audit {name}: SQL site {}:{} not found", m.0, m.1));
                }
                for d in taken {
                    failed.push(format!(
                        "audit {name}: decoy {}:{} reported as SQL",
                        d.0, d.1
                    ));
                }
            }
            passed += 1;
            let _ = psql(&admin, &format!("DROP DATABASE IF EXISTS {db};"));
        }
    }
    for f in &failed {
        eprintln!("FAILED {f}");
    }
    println!("corpus: {} passed, {} failed", passed, failed.len());
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
