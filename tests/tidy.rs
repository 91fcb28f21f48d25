//! Keeps the rule registry honest: every rule file is registered and
//! documented, codes and names are unique and well-formed, every rule is
//! exercised by the corpus, and `docs/rules.md` matches the rule docs
//! (regenerated locally; a stale file fails under `CI`).

use my2pg::registry::ALL;
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_rule_file_is_registered() {
    let mut declared = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root().join("src/rules"))
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        if let Some(i) = text.find("crate::rule!(") {
            let rest = &text[i..];
            let q = rest.find('"').expect("rule! has a code");
            declared.insert(rest[q + 1..q + 5].to_string());
        } else if path.file_name().is_some_and(|n| n != "mod.rs") {
            panic!(
                "{} is under src/rules/ but declares no rule",
                path.display()
            );
        }
    }
    let registered: BTreeSet<String> = ALL.iter().map(|r| r.code.to_string()).collect();
    pretty_assertions::assert_eq!(declared, registered, "rule files vs registry::ALL");
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = BTreeSet::new();
    let mut names = BTreeSet::new();
    for r in ALL {
        let c: Vec<char> = r.code.chars().collect();
        assert!(
            c.len() == 4 && "PTDQFSX".contains(c[0]) && c[1..].iter().all(|d| d.is_ascii_digit()),
            "bad code {}",
            r.code
        );
        assert!(
            r.name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "name {} is not kebab-case",
            r.name
        );
        assert!(codes.insert(r.code), "code {} used twice", r.code);
        assert!(names.insert(r.name), "name {} used twice", r.name);
    }
}

#[test]
fn every_rule_is_documented() {
    for r in ALL {
        let doc = r.doc();
        assert!(
            doc.starts_with(&format!("# {} {}\n", r.code, r.name)),
            "{}: doc must start with `# {} {}`",
            r.code,
            r.code,
            r.name
        );
        for section in ["## MySQL", "## PostgreSQL", "## Caveats"] {
            assert!(doc.contains(section), "{}: doc lacks `{section}`", r.code);
        }
    }
}

#[test]
fn every_rule_appears_in_the_corpus() {
    let mut seen = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root().join("corpus"))
        .into_iter()
        .filter_map(|e| e.ok())
    {
        if entry.path().extension().is_some_and(|x| x == "diag") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for r in ALL {
                if text.contains(&format!("[{}]", r.code)) {
                    seen.insert(r.code);
                }
            }
        }
    }
    // A rule that never reports (a faithful mapping) is covered by an inline test instead.
    let missing: Vec<&str> = ALL
        .iter()
        .filter(|r| !seen.contains(r.code) && !r.source().contains("#[cfg(test)]"))
        .map(|r| r.code)
        .collect();
    assert!(
        missing.is_empty(),
        "rules with neither a corpus case showing their diagnostic nor an inline test: {missing:?}"
    );
}

#[test]
fn rules_reference_is_current() {
    let mut text = String::from("# Rules\n\nGenerated from the rule files by `cargo test --test tidy`; `my2pg explain CODE` prints the same text.\n\n| code | name | severity | summary |\n| --- | --- | --- | --- |\n");
    for r in ALL {
        text.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.severity.as_str(),
            r.summary
        ));
    }
    for r in ALL {
        text.push('\n');
        text.push_str(&r.doc().replacen("# ", "## ", 1).replace("\n## ", "\n### "));
    }
    let path = root().join("docs/rules.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != text {
        if std::env::var_os("CI").is_some() {
            panic!("docs/rules.md is stale: run `cargo test --test tidy` and commit it");
        }
        std::fs::write(&path, text).unwrap();
    }
}
