//! Golden cases of `my2pg audit`'s extraction layer: every file under
//! `corpus/audit/extract/<lang>/` is extracted and rendered, and compared
//! with its `.snippets` sibling. `BLESS=1 cargo test --test audit_extract`
//! rewrites the goldens (refused when `CI` is set).
//!
//! Also checked: each snippet's map sends every SQL word that is not a
//! marker back to the same word in the host file (decoded escapes aside), and
//! every prefix of each case, and random bytes, go through `extract` without
//! panicking.

use my2pg::audit::extract::{extract, lang_of, render, Extracted, Lang};
use std::path::{Path, PathBuf};

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.is_file() && !p.to_string_lossy().ends_with(".snippets"))
        .collect();
    v.sort();
    v
}

/// Words of 3+ ASCII letters in the SQL must sit at their mapped host offset.
fn map_errors(text: &str, ex: &Extracted) -> Vec<String> {
    let mut errs = Vec::new();
    for s in &ex.snippets {
        if s.map.first().map(|m| m.0) != Some(0) || !s.map.windows(2).all(|w| w[0].0 < w[1].0) {
            errs.push(format!("map not sorted from 0: {:?}", s.map));
        }
        let b = s.sql.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_alphabetic()
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'_')
            {
                let e = i + b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                let w = &s.sql[i..e];
                let h = s.host_offset(i);
                let decoded = s.map.iter().any(|&(so, _)| so > i && so < e);
                if w.len() >= 3
                    && !w.starts_with("my2pg_dyn_")
                    && !decoded
                    && text.get(h..h + w.len()) != Some(w)
                {
                    errs.push(format!(
                        "word {w:?} at sql {i} maps to host {h}: {:?}",
                        text.get(h..(h + w.len()).min(text.len()))
                    ));
                }
                i = e;
            } else {
                i += 1;
            }
        }
    }
    errs
}

/// A small deterministic generator (no crate needed).
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

const ALL: [Lang; 11] = [
    Lang::Sql,
    Lang::Php,
    Lang::Python,
    Lang::Java,
    Lang::Kotlin,
    Lang::JavaScript,
    Lang::TypeScript,
    Lang::Go,
    Lang::Ruby,
    Lang::CSharp,
    Lang::MyBatisXml,
];

fn main() {
    let ci = std::env::var_os("CI").is_some();
    let bless = std::env::var("BLESS").is_ok_and(|v| v == "1");
    if bless && ci {
        eprintln!("BLESS is refused when CI is set");
        std::process::exit(1);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("corpus/audit/extract");
    let mut passed = 0;
    let mut failed: Vec<String> = Vec::new();
    let inputs = cases(&dir);
    if inputs.is_empty() {
        failed.push("no cases found".into());
    }
    for input in &inputs {
        let rel = input
            .strip_prefix(root)
            .unwrap_or(input)
            .to_string_lossy()
            .replace('\\', "/");
        let Some(lang) = lang_of(input) else {
            failed.push(format!("{rel}: no language for this extension"));
            continue;
        };
        let bytes = std::fs::read(input).expect("readable case");
        let text = String::from_utf8_lossy(&bytes);
        let ex = extract(lang, &text);
        let got = render(&rel, &text, &ex);
        let golden = PathBuf::from(format!("{}.snippets", input.display()));
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got == want {
            passed += 1;
        } else if bless {
            std::fs::write(&golden, &got).expect("writable golden");
            eprintln!("blessed {rel}");
            passed += 1;
        } else {
            eprintln!("DRIFT {rel}\n--- want\n{want}--- got\n{got}");
            failed.push(format!("golden {rel}"));
        }
        let errs = map_errors(&text, &ex);
        if errs.is_empty() {
            passed += 1;
        } else {
            failed.push(format!("map {rel}: {}", errs.join("; ")));
        }
        // Every prefix (at char boundaries) goes through without a panic.
        let mut ok = true;
        for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
            if std::panic::catch_unwind(|| extract(lang, &text[..cut])).is_err() {
                failed.push(format!("panic {rel} cut at {cut}"));
                ok = false;
                break;
            }
        }
        if ok {
            passed += 1;
        }
    }
    // Random bytes, and random splices of case text, in every language.
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let pool: Vec<u8> = inputs
        .iter()
        .flat_map(|p| std::fs::read(p).unwrap_or_default())
        .collect();
    let mut ok = true;
    for round in 0..300 {
        let len = (xorshift(&mut seed) % 400) as usize;
        let mut v = Vec::with_capacity(len);
        for _ in 0..len {
            let r = xorshift(&mut seed);
            if round % 2 == 0 || pool.is_empty() {
                v.push(b"'\"`$#{}()<>?/\\*-\n selectFROM%@:;=+.x<<<?php"[(r % 42) as usize]);
            } else {
                v.push(pool[(r as usize) % pool.len()]);
            }
        }
        let text = String::from_utf8_lossy(&v).into_owned();
        for lang in ALL {
            if std::panic::catch_unwind(|| extract(lang, &text)).is_err() {
                failed.push(format!(
                    "panic on random input {round} in {}: {text:?}",
                    lang.name()
                ));
                ok = false;
            }
        }
    }
    if ok {
        passed += 1;
    }
    println!("{passed} passed, {} failed", failed.len());
    if !failed.is_empty() {
        for f in &failed {
            eprintln!("FAILED {f}");
        }
        std::process::exit(1);
    }
}
