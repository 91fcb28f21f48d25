//! Keeps the rule registry honest: every rule file is registered and
//! documented, codes and names are unique and well-formed, every rule is
//! exercised by the corpus, and `docs/rules.md` matches the rule docs
//! (regenerated locally; a stale file fails under `CI`).

use my2pg::registry::ALL;
use std::collections::{BTreeMap, BTreeSet};
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
            // A rule whose code is a folder: its `mod.rs` declares the rule, the other
            // files of the folder are parts of its code.
            let folder_rule = path
                .parent()
                .map(|d| d.join("mod.rs"))
                .and_then(|m| std::fs::read_to_string(m).ok())
                .is_some_and(|t| t.contains("crate::rule!("));
            assert!(
                folder_rule,
                "{} is under src/rules/ but declares no rule (nor does its folder's mod.rs)",
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

// ---------------------------------------------------------------- layering
//
// The pipeline flows one way. Each file of `src/` is in a layer (ARCHITECTURE.md,
// "Layers"); a file may name (`crate::…`, `super::…`) only files of its own layer or
// below, and no chain of such names may come back to where it started. Test modules
// (`#[cfg(test)]` to the end of the file) are not counted: tests may drive the layers
// above them.

/// (path prefix under `src/`, layer), bottom up; the longest matching prefix wins.
const LAYERS: &[(&str, u32)] = &[
    // Base: what every layer needs.
    ("config.rs", 0),
    ("ident.rs", 0),
    ("diagnostics.rs", 0),
    ("emit.rs", 0),
    // Rule leaves that hold only a code (reported by the front end, the data path, the audit).
    ("rules/parse/", 1),
    ("rules/data/", 1),
    ("rules/audit/", 1),
    // The model: the schema IR and the catalog of converted tables.
    ("ir/mod.rs", 2),
    ("catalog.rs", 2),
    // The front end: split, source text, parse, lower; rendering diagnostics.
    ("split.rs", 3),
    ("source.rs", 3),
    ("parse/", 3),
    ("ir/lower.rs", 3),
    ("ir/view_names.rs", 3),
    ("render.rs", 3),
    // The rules: their context, then types and expressions, queries, DDL.
    ("rules/mod.rs", 4),
    ("semantic/", 4),
    ("rules/types/", 5),
    ("rules/expr/", 5),
    ("rules/session/", 5),
    ("rules/query/", 6),
    ("rules/ddl/", 7),
    // Assembly: CREATE/ALTER TABLE, and the data path.
    ("table/", 8),
    ("data/", 8),
    // The driver, and the registry that names every rule.
    ("convert/", 9),
    ("registry.rs", 9),
    // Consumers.
    ("audit/", 10),
    ("difftest/", 10),
    ("check.rs", 11),
    ("cli.rs", 12),
    ("lib.rs", 12),
    ("main.rs", 12),
];

fn layer_of(rel: &str) -> Option<u32> {
    LAYERS
        .iter()
        .filter(|(p, _)| rel == *p || (p.ends_with('/') && rel.starts_with(p)))
        .max_by_key(|(p, _)| p.len())
        .map(|(_, l)| *l)
}

/// The module path of a file under `src/` (`rules/query/mod.rs` → `rules::query`).
fn module_of(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The paths a line names, expanded from `use` groups: `crate::a::{b, c::d}` gives
/// `a::b` and `a::c::d`; `super::x` is resolved against `module`.
fn named_paths(line: &str, module: &[String]) -> Vec<Vec<String>> {
    fn ident(b: &[u8], mut i: usize) -> (String, usize) {
        let s = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        (String::from_utf8_lossy(&b[s..i]).into_owned(), i)
    }
    // Reads `seg::seg::{…}` from i; pushes every full path.
    fn tree(b: &[u8], mut i: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
        let mut path = prefix;
        loop {
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
            if b.get(i) == Some(&b'{') {
                i += 1;
                loop {
                    i = tree(b, i, path.clone(), out);
                    while i < b.len() && (b[i] == b' ' || b[i] == b'\n') {
                        i += 1;
                    }
                    // `x as y`
                    if b[i..].starts_with(b"as ") {
                        let (_, j) = ident(b, i + 3);
                        i = j;
                        while i < b.len() && b[i] == b' ' {
                            i += 1;
                        }
                    }
                    match b.get(i) {
                        Some(b',') => i += 1,
                        Some(b'}') => return i + 1,
                        _ => return i,
                    }
                    while i < b.len() && b[i] == b' ' {
                        i += 1;
                    }
                    if b.get(i) == Some(&b'}') {
                        return i + 1;
                    }
                }
            }
            let (seg, j) = ident(b, i);
            if seg.is_empty() {
                out.push(path);
                return j;
            }
            path.push(seg);
            i = j;
            if b[i..].starts_with(b"::") {
                i += 2;
            } else {
                out.push(path);
                return i;
            }
        }
    }
    let code = line.split("//").next().unwrap_or("");
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let boundary =
            i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b':');
        if boundary && b[i..].starts_with(b"crate::") {
            i = tree(b, i + 7, Vec::new(), &mut out);
        } else if boundary && b[i..].starts_with(b"super::") {
            let mut base = module.to_vec();
            while b[i..].starts_with(b"super::") {
                base.pop();
                i += 7;
            }
            i = tree(b, i, base, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn imports_follow_the_layers_and_form_no_cycle() {
    let src = root().join("src");
    let mut files: BTreeMap<Vec<String>, String> = BTreeMap::new();
    let mut texts = Vec::new();
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "main.rs" {
            continue; // the binary: `my2pg::…`, not `crate::…`
        }
        files.insert(module_of(&rel), rel.clone());
        texts.push((rel, std::fs::read_to_string(path).unwrap()));
    }
    texts.sort();
    let resolve = |p: &[String]| -> Option<String> {
        (1..=p.len())
            .rev()
            .find_map(|k| files.get(&p[..k]).cloned())
    };
    let mut problems = Vec::new();
    // file -> (file it names -> first line naming it)
    let mut edges: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (rel, text) in &texts {
        let Some(layer) = layer_of(rel) else {
            problems.push(format!(
                "src/{rel}: in no layer (add it to LAYERS and ARCHITECTURE.md)"
            ));
            continue;
        };
        let module = module_of(rel);
        // Lines, with a `use` that spans several lines joined into its first.
        let mut lines: Vec<(usize, String)> = Vec::new();
        let mut open_use: Option<(usize, String)> = None;
        for (n, line) in text.lines().enumerate() {
            if let Some((at, mut acc)) = open_use.take() {
                acc.push(' ');
                acc.push_str(line.split("//").next().unwrap_or("").trim());
                if line.contains(';') {
                    lines.push((at, acc));
                } else {
                    open_use = Some((at, acc));
                }
                continue;
            }
            let t = line.trim_start();
            let is_use = t.starts_with("use ") || (t.starts_with("pub") && t.contains(" use "));
            if is_use && !line.contains(';') {
                open_use = Some((n, line.to_string()));
            } else {
                lines.push((n, line.to_string()));
            }
        }
        for (n, line) in &lines {
            let (n, line) = (*n, line.as_str());
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            if line.trim_start().starts_with("//") {
                continue;
            }
            for p in named_paths(line, &module) {
                if p.first().is_some_and(|s| s == "rule") {
                    continue; // the `rule!` macro, exported at the crate root
                }
                let Some(target) = resolve(&p) else { continue };
                if &target == rel {
                    continue;
                }
                let to = layer_of(&target).unwrap_or(u32::MAX);
                if to > layer {
                    problems.push(format!(
                        "src/{rel}:{}: names `{}` in src/{target} (layer {to}), above its own layer {layer}",
                        n + 1,
                        p.join("::")
                    ));
                }
                edges
                    .entry(rel.clone())
                    .or_default()
                    .entry(target)
                    .or_insert(n + 1);
            }
        }
    }
    // Cycles among the files (within a layer, where the layer rule allows both ways).
    let mut state: BTreeMap<&str, u8> = BTreeMap::new(); // 1 on the stack, 2 done
    fn visit<'a>(
        f: &'a str,
        edges: &'a BTreeMap<String, BTreeMap<String, usize>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
        problems: &mut Vec<String>,
    ) {
        state.insert(f, 1);
        stack.push(f);
        for (g, _) in edges.get(f).into_iter().flatten() {
            match state.get(g.as_str()) {
                Some(1) => {
                    let start = stack.iter().position(|s| *s == g).unwrap_or(0);
                    let mut cycle: Vec<String> = Vec::new();
                    let ring: Vec<&str> =
                        stack[start..].iter().copied().chain([g.as_str()]).collect();
                    for w in ring.windows(2) {
                        cycle.push(format!(
                            "src/{}:{} -> src/{}",
                            w[0], edges[w[0]][w[1]], w[1]
                        ));
                    }
                    problems.push(format!("import cycle: {}", cycle.join(", ")));
                }
                Some(_) => {}
                None => visit(g, edges, state, stack, problems),
            }
        }
        stack.pop();
        state.insert(f, 2);
    }
    let names: Vec<&str> = texts.iter().map(|(r, _)| r.as_str()).collect();
    for f in names {
        if !state.contains_key(f) {
            visit(f, &edges, &mut state, &mut Vec::new(), &mut problems);
        }
    }
    let edge_count: usize = edges.values().map(BTreeMap::len).sum();
    assert!(
        edge_count > 300,
        "too few imports found ({edge_count}): the reader is broken"
    );
    assert!(
        problems.is_empty(),
        "{} layering problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn no_source_file_is_over_800_lines() {
    let src = root().join("src");
    let mut long = Vec::new();
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        if entry.path().extension().is_some_and(|x| x == "rs") {
            let n = std::fs::read_to_string(entry.path())
                .unwrap()
                .lines()
                .count();
            if n > 800 {
                long.push(format!(
                    "{} ({n} lines)",
                    entry.path().strip_prefix(&src).unwrap().display()
                ));
            }
        }
    }
    long.sort();
    assert!(long.is_empty(), "files over 800 lines: {long:?}");
}
