//! Robustness: odd, broken and hostile inputs must convert without panicking, with the
//! diagnostics a user needs, and without losing the statements around the damage.
//!
//! Cases that could overflow the stack run in a child process (this same test binary,
//! started again with `MY2PG_ROBUSTNESS_CHILD` set), so an overflow shows up as one
//! failed case with its message instead of aborting every test in the file. The child
//! runs the case on the test harness's own thread, with its default stack (2 MiB).

use my2pg::config::Config;
use my2pg::convert::{convert, Conversion, Input};
use my2pg::render::{concise, human, json};
use std::collections::BTreeSet;
use std::process::Command;

// ---------------------------------------------------------------------------------------
// Helpers

fn conv_files(files: &[(&str, &[u8])]) -> Conversion {
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, bytes)| Input {
            name: name.to_string(),
            bytes: bytes.to_vec(),
        })
        .collect();
    let c = convert(&inputs, &Config::default());
    check_invariants(&c);
    c
}

fn conv(bytes: &[u8]) -> Conversion {
    conv_files(&[("input.sql", bytes)])
}

/// What every conversion must satisfy: spans inside the decoded text, and every
/// diagnostic renders (human and JSON) without panicking.
fn check_invariants(c: &Conversion) {
    for d in &c.diagnostics {
        let text_len = c.files[d.file].len();
        assert!(
            d.span.start <= d.span.end && d.span.end <= text_len,
            "{} span {:?} outside the text ({} bytes)",
            d.code,
            d.span,
            text_len
        );
        let _ = human(d, &c.files);
    }
    let _ = json(&c.diagnostics, &c.files);
}

fn codes(c: &Conversion) -> BTreeSet<&'static str> {
    c.diagnostics.iter().map(|d| d.code).collect()
}

fn show(c: &Conversion) -> String {
    let diags: Vec<String> = c.diagnostics.iter().map(|d| concise(d, &c.files)).collect();
    let sql: String = c.sql.chars().take(3000).collect();
    format!("--- sql:\n{sql}\n--- diagnostics:\n{}", diags.join("\n"))
}

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const CHILD: &str = "MY2PG_ROBUSTNESS_CHILD";

/// Runs each case in a child process; panics listing the cases whose child failed
/// (a panic, or a stack overflow, which aborts the process).
fn isolated(test_name: &str, cases: &[&str], run: fn(&str)) {
    if let Ok(case) = std::env::var(CHILD) {
        run(&case);
        return;
    }
    let exe = std::env::current_exe().expect("test binary path");
    let mut failed = Vec::new();
    for case in cases {
        let out = Command::new(&exe)
            .args([test_name, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, case)
            .output()
            .expect("start the child test process");
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stdout = String::from_utf8_lossy(&out.stdout);
            let why: Vec<&str> = stderr
                .lines()
                .chain(stdout.lines())
                .filter(|l| {
                    l.contains("overflow") || l.contains("panicked") || l.contains("assert")
                })
                .take(4)
                .collect();
            failed.push(format!("{case}: {} ({})", why.join(" / "), out.status));
        }
    }
    assert!(failed.is_empty(), "failed cases:\n{}", failed.join("\n"));
}

// ---------------------------------------------------------------------------------------
// A realistic script (30 lines) and what each of its statements becomes.

const SCRIPT: &str = r#"-- Shop schema, as mysqldump writes it
/*!40101 SET NAMES utf8mb4 */;
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(191) NOT NULL,
  `name` varchar(100) NOT NULL DEFAULT '',
  `note` text COMMENT 'what the customer''s "agent" said',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Clients réguliers';
/* orders reference customers */
CREATE TABLE `orders` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int(10) unsigned NOT NULL,
  `status` enum('new','paid','shipped') NOT NULL DEFAULT 'new',
  `total` decimal(10,2) NOT NULL DEFAULT '0.00',
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`)
) ENGINE=InnoDB;
CREATE TABLE `items` (
  `order_id` bigint(20) unsigned NOT NULL,
  `sku` varchar(32) NOT NULL DEFAULT "none",
  `qty` smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (`order_id`, `sku`)
);
SET FOREIGN_KEY_CHECKS = 1;
"#;

/// (text that ends a statement in SCRIPT, what the output then shows).
const MARKERS: &[(&str, &str)] = &[
    (
        "-- Shop schema, as mysqldump writes it\n",
        "-- Shop schema, as mysqldump writes it",
    ),
    ("SET NAMES utf8mb4 */;", "SET client_encoding = 'UTF8';"),
    ("SET FOREIGN_KEY_CHECKS = 0;", "SET FOREIGN_KEY_CHECKS = 0"),
    (
        "DROP TABLE IF EXISTS `customers`;",
        "DROP TABLE IF EXISTS customers;",
    ),
    ("COMMENT='Clients réguliers';", "CREATE TABLE customers ("),
    (
        "COMMENT='Clients réguliers';",
        "COMMENT ON TABLE customers IS 'Clients réguliers';",
    ),
    (
        "/* orders reference customers */",
        "/* orders reference customers */",
    ),
    (") ENGINE=InnoDB;", "CREATE TABLE orders ("),
    ("\n);\n", "CREATE TABLE items ("),
    ("SET FOREIGN_KEY_CHECKS = 1;", "SET FOREIGN_KEY_CHECKS = 1"),
];

/// Whether the end of `prefix` is inside a quote or a block comment (SCRIPT's lexical
/// rules: no backslash escapes, `''` is two quotes).
fn open_at_end(prefix: &[u8]) -> bool {
    #[derive(PartialEq)]
    enum St {
        Code,
        Quote(u8),
        Block,
        Line,
    }
    let mut st = St::Code;
    let mut i = 0;
    while i < prefix.len() {
        let b = prefix[i];
        match st {
            St::Code => match b {
                b'\'' | b'"' | b'`' => st = St::Quote(b),
                b'/' if prefix.get(i + 1) == Some(&b'*') => {
                    st = St::Block;
                    i += 1;
                }
                b'-' if prefix[i..].starts_with(b"-- ") => st = St::Line,
                _ => {}
            },
            St::Quote(q) if b == q => st = St::Code,
            St::Block if b == b'*' && prefix.get(i + 1) == Some(&b'/') => {
                st = St::Code;
                i += 1;
            }
            St::Line if b == b'\n' => st = St::Code,
            _ => {}
        }
        i += 1;
    }
    matches!(st, St::Quote(_) | St::Block)
}

#[test]
fn the_realistic_script_converts_cleanly() {
    assert_eq!(SCRIPT.lines().count(), 30);
    let c = conv(SCRIPT.as_bytes());
    assert!(!c.needs_person(), "{}", show(&c));
    for (_, shown) in MARKERS {
        assert!(c.sql.contains(shown), "missing {shown:?}\n{}", show(&c));
    }
}

#[test]
fn every_prefix_of_a_script_converts_and_keeps_what_came_before() {
    let bytes = SCRIPT.as_bytes();
    for cut in 0..=bytes.len() {
        let prefix = &bytes[..cut];
        let c = conv(prefix);
        let codes = codes(&c);
        let ctx = || {
            format!(
                "prefix of {cut} bytes ends with {:?}",
                String::from_utf8_lossy(&prefix[cut.saturating_sub(30)..])
            )
        };
        // Statements that ended before the cut are all in the output.
        for (ends_with, shown) in MARKERS {
            let end = SCRIPT.find(ends_with).unwrap() + ends_with.len();
            if end <= cut {
                assert!(
                    c.sql.contains(shown),
                    "{}: missing {shown:?}\n{}",
                    ctx(),
                    show(&c)
                );
            }
        }
        // A cut inside a quote or a comment is reported where it opens, and needs a person.
        let open = open_at_end(prefix);
        assert_eq!(
            codes.contains("P003"),
            open,
            "{}: P003 expected: {open}\n{}",
            ctx(),
            show(&c)
        );
        if open {
            assert!(c.needs_person(), "{}", ctx());
        }
        // A cut inside `é` leaves invalid UTF-8.
        let bad_utf8 = std::str::from_utf8(prefix).is_err();
        assert_eq!(codes.contains("P002"), bad_utf8, "{}\n{}", ctx(), show(&c));
    }
}

// ---------------------------------------------------------------------------------------
// Random inputs

const SOUP: &[&str] = &[
    "CREATE TABLE ",
    "`t` ",
    "t2 ",
    "(",
    ")",
    ", ",
    ";",
    "\n",
    "\r\n",
    " ",
    "\t",
    "'",
    "\"",
    "`",
    "/*",
    "*/",
    "/*!40101 ",
    "/*!99999 ",
    "/*!",
    "-- ",
    "--",
    "#",
    "\\",
    "\0",
    "é",
    "€",
    "\u{FFFD}",
    "DELIMITER ",
    "DELIMITER $$\n",
    "DELIMITER ;\n",
    "$$",
    "//",
    "id int",
    "x varchar(10)",
    " NOT NULL",
    " DEFAULT ",
    "'str'",
    "\"str\"",
    "1",
    "+",
    "-",
    "CHECK (",
    "PRIMARY KEY (",
    "KEY k (",
    "UNIQUE ",
    "ENUM('a','b')",
    "SET('x','y')",
    " COMMENT ",
    "ENGINE=InnoDB",
    "AUTO_INCREMENT",
    " UNSIGNED",
    " ZEROFILL",
    "ALTER TABLE t ",
    "ADD COLUMN ",
    "DROP ",
    "MODIFY ",
    "CHANGE ",
    "SET NAMES utf8mb4",
    "SET FOREIGN_KEY_CHECKS=0",
    "INSERT INTO t VALUES ",
    "CREATE VIEW v AS SELECT ",
    "PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN ",
    "GENERATED ALWAYS AS (",
    " STORED",
    "ON UPDATE CURRENT_TIMESTAMP",
    "FOREIGN KEY (",
    "REFERENCES ",
    "CONSTRAINT c ",
    "INDEX ",
    "FULLTEXT ",
    "SPATIAL ",
    "USE db",
    "CREATE DATABASE d",
    "LOCK TABLES t WRITE",
    "0x1F",
    "b'01'",
    "NULL",
    "@a",
    "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW ",
    "BEGIN ",
    "END",
    "CREATE PROCEDURE p() ",
    "timestamp(6)",
    "decimal(65,30)",
    "json",
    "geometry SRID 4326",
    "CHARACTER SET latin1",
    "COLLATE utf8mb4_bin",
    "TEMPORARY ",
    "IF NOT EXISTS ",
    "RENAME TABLE ",
];

fn soup(rng: &mut Rng, len: usize) -> Vec<u8> {
    let mut out = Vec::new();
    while out.len() < len {
        out.extend_from_slice(SOUP[rng.below(SOUP.len())].as_bytes());
    }
    out
}

fn random_input(rng: &mut Rng, i: usize) -> Vec<u8> {
    let len = rng.below(2000);
    match i % 4 {
        // Raw bytes.
        0 => (0..len).map(|_| rng.next() as u8).collect(),
        // SQL-shaped token soup.
        1 => soup(rng, len),
        // The realistic script with a few bytes replaced, inserted or removed.
        2 => {
            let mut s = SCRIPT.as_bytes().to_vec();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(s.len() + 1);
                match rng.below(3) {
                    0 if at < s.len() => s[at] = rng.next() as u8,
                    1 => s.insert(at, SOUP[rng.below(SOUP.len())].as_bytes()[0]),
                    _ if at < s.len() => {
                        s.remove(at);
                    }
                    _ => {}
                }
            }
            s
        }
        // Mostly printable ASCII with a few high bytes.
        _ => (0..len)
            .map(|_| match rng.below(40) {
                0 => 0x80 + rng.below(0x80) as u8,
                _ => 0x20 + rng.below(0x5F) as u8,
            })
            .collect(),
    }
}

#[test]
fn random_bytes_never_panic_and_invalid_utf8_is_reported() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut invalid = 0;
    for i in 0..200 {
        let bytes = random_input(&mut rng, i);
        let c = conv(&bytes);
        let bad = std::str::from_utf8(&bytes).is_err();
        invalid += bad as usize;
        assert_eq!(
            codes(&c).contains("P002"),
            bad,
            "input #{i} ({} bytes, invalid UTF-8: {bad}): {:?}\n{}",
            bytes.len(),
            String::from_utf8_lossy(&bytes),
            show(&c)
        );
        // The splitter alone, on the same text: ranges inside the text, offsets kept.
        let text = String::from_utf8_lossy(&bytes);
        let mut diags = Vec::new();
        let split = my2pg::split::split(&text, 0, 80040, &mut diags);
        for s in &split.statements {
            assert!(s.range.end <= text.len() && s.range.start <= s.range.end);
            assert_eq!(
                s.sql.len(),
                s.range.len(),
                "input #{i}: sql keeps byte offsets"
            );
        }
    }
    assert!(
        invalid >= 50,
        "the generator made only {invalid} invalid inputs"
    );
}

// ---------------------------------------------------------------------------------------
// Unterminated tokens

#[test]
fn unbalanced_quotes_and_unclosed_comments_are_reported_p003() {
    for opener in ["'", "\"", "`", "/*", "/*!40101 "] {
        let script = format!(
            "CREATE TABLE a (id int);\nCREATE TABLE b (x varchar(9) DEFAULT {opener}oops);\nCREATE TABLE c (id int);\n"
        );
        let c = conv(script.as_bytes());
        let codes = codes(&c);
        let ctx = format!("opener {opener:?}\n{}", show(&c));
        assert!(codes.contains("P003"), "{ctx}");
        assert!(
            codes.contains("P001"),
            "the swallowed rest is not parsed: {ctx}"
        );
        assert!(c.needs_person(), "{ctx}");
        // Before the damage: converted. From it on: kept, as a comment, not lost.
        assert!(c.sql.contains("CREATE TABLE a ("), "{ctx}");
        assert!(c.sql.contains("-- CREATE TABLE c (id int);"), "{ctx}");
        // The report points at the opening quote, on line 2.
        let p003 = c.diagnostics.iter().find(|d| d.code == "P003").unwrap();
        let at = concise(p003, &c.files);
        assert!(at.starts_with("input.sql:2:38:"), "{at}");
    }
}

#[test]
fn escaped_and_doubled_quotes_are_not_unterminated() {
    let script = r#"CREATE TABLE a (
  x varchar(20) DEFAULT 'it''s',
  y varchar(20) DEFAULT 'a\'b',
  z varchar(20) DEFAULT "say \"hi\"",
  `odd``name` int
);
CREATE TABLE c (id int);
"#;
    let c = conv(script.as_bytes());
    assert!(!codes(&c).contains("P003"), "{}", show(&c));
    assert!(!codes(&c).contains("P001"), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE c ("), "{}", show(&c));
}

#[test]
fn an_unterminated_quote_does_not_swallow_the_next_file() {
    let c = conv_files(&[
        ("one.sql", b"CREATE TABLE a (x varchar(3) DEFAULT 'oops);\n"),
        ("two.sql", b"CREATE TABLE b (id int);\n"),
    ]);
    assert!(codes(&c).contains("P003"), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE b ("), "{}", show(&c));
    let p003 = c.diagnostics.iter().find(|d| d.code == "P003").unwrap();
    assert_eq!(p003.file, 0);
}

#[test]
fn an_unclosed_versioned_comment_is_reported_p003() {
    let c = conv(b"CREATE TABLE a (id int);\n/*!40101 SET NAMES utf8\nCREATE TABLE b (id int);\n");
    assert!(codes(&c).contains("P003"), "{}", show(&c));
    assert!(c.needs_person());
    assert!(c.sql.contains("CREATE TABLE a ("), "{}", show(&c));
    // A closed one for a newer MySQL is skipped with P004, and the script goes on.
    let c = conv(b"/*!99999 CREATE TABLE z (id int) */;\nCREATE TABLE b (id int);\n");
    assert!(codes(&c).contains("P004"), "{}", show(&c));
    assert!(
        c.sql.contains("-- my2pg P004: skipped: /*!99999"),
        "{}",
        show(&c)
    );
    assert!(!c.sql.contains("CREATE TABLE z (\n"), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE b ("), "{}", show(&c));
}

// ---------------------------------------------------------------------------------------
// Size and depth

#[test]
fn a_10_mb_statement_converts() {
    let big = "x".repeat(10 << 20);
    let script = format!("CREATE TABLE d (x int) COMMENT='{big}';\nCREATE TABLE e (id int);\n");
    let c = conv(script.as_bytes());
    assert!(!c.needs_person(), "{:?}", codes(&c));
    assert!(c.sql.contains(&format!("COMMENT ON TABLE d IS '{big}';")));
    assert!(c.sql.contains("CREATE TABLE e ("));

    let script =
        format!("CREATE TABLE d (x text DEFAULT '{big}', y int);\nCREATE TABLE e (id int);\n");
    let c = conv(script.as_bytes());
    assert!(c.sql.contains(&format!("DEFAULT '{big}'")));
    assert!(c.sql.contains("    y integer"));
    assert!(c.sql.contains("CREATE TABLE e ("));

    // Unterminated at 10 MB: one P003, the statement before is kept.
    let script = format!("CREATE TABLE a (id int);\nCREATE TABLE d (x int) COMMENT='{big}");
    let c = conv(script.as_bytes());
    assert!(codes(&c).contains("P003"));
    assert!(c.sql.contains("CREATE TABLE a ("));
}

fn nested(pre: &str, post: &str, depth: usize) -> String {
    format!(
        "CREATE TABLE a (id int);\n{pre}{}1{}{post}\nCREATE TABLE zz (id int);\n",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

const DEPTH: usize = 10_000;

fn deep_case(case: &str) {
    let script = match case {
        "default" => nested("CREATE TABLE d (x int DEFAULT ", ");", DEPTH),
        "check" => nested("CREATE TABLE d (x int, CHECK (x > ", "));", DEPTH),
        "generated" => nested("CREATE TABLE d (x int, y int AS ", ");", DEPTH),
        "alter-check" => nested("ALTER TABLE a ADD CHECK (id > ", ");", DEPTH),
        "partition" => nested(
            "CREATE TABLE d (x int) PARTITION BY RANGE (x) (PARTITION p0 VALUES LESS THAN ",
            ");",
            DEPTH,
        ),
        "view" => nested("CREATE VIEW v AS SELECT ", ";", DEPTH),
        "insert" => nested("INSERT INTO a VALUES (", ");", DEPTH),
        "unary-minus" => format!(
            "CREATE TABLE a (id int);\nCREATE TABLE d (x int DEFAULT {}1);\nCREATE TABLE zz (id int);\n",
            "-".repeat(DEPTH)
        ),
        other => panic!("unknown case {other}"),
    };
    let c = conv(script.as_bytes());
    // Reported as an error (P001, or a rule's "not converted"), never silently dropped.
    assert!(
        c.needs_person(),
        "{case}: expected an error diagnostic\n{}",
        show(&c)
    );
    assert!(c.sql.contains("CREATE TABLE a ("), "{case}");
    assert!(
        c.sql.contains("CREATE TABLE zz ("),
        "{case}: the next statement is lost"
    );
}

#[test]
fn deep_nesting_is_reported_not_overflowed() {
    isolated(
        "deep_nesting_is_reported_not_overflowed",
        &[
            "default",
            "check",
            "generated",
            "alter-check",
            "partition",
            "view",
            "insert",
            "unary-minus",
        ],
        deep_case,
    );
}

const TERMS: usize = 10_000;

fn chain_case(case: &str) {
    let terms =
        |f: &dyn Fn(usize) -> String, sep: &str| (0..TERMS).map(f).collect::<Vec<_>>().join(sep);
    let stmt = match case {
        "default-plus" => format!("CREATE TABLE d (x int DEFAULT (1{}));", "+1".repeat(TERMS)),
        "check-or" => format!(
            "CREATE TABLE d (x int, CHECK ({}));",
            terms(&|i| format!("x = {i}"), " OR ")
        ),
        "check-and" => format!(
            "CREATE TABLE d (x int, CHECK ({}));",
            terms(&|i| format!("x <> {i}"), " AND ")
        ),
        "generated-plus" => format!(
            "CREATE TABLE d (x int, y int AS ({}));",
            terms(&|_| "x".into(), " + ")
        ),
        "alter-check-or" => format!(
            "ALTER TABLE a ADD CHECK ({});",
            terms(&|i| format!("id = {i}"), " OR ")
        ),
        "view-plus" => format!(
            "CREATE VIEW v AS SELECT {} FROM a;",
            terms(&|_| "id".into(), " + ")
        ),
        "check-in-list" => format!(
            "CREATE TABLE d (x int, CHECK (x IN ({})));",
            terms(&|i| i.to_string(), ", ")
        ),
        other => panic!("unknown case {other}"),
    };
    let script = format!("CREATE TABLE a (id int);\n{stmt}\nCREATE TABLE zz (id int);\n");
    let c = conv(script.as_bytes());
    assert!(c.sql.contains("CREATE TABLE a ("), "{case}");
    assert!(
        c.sql.contains("CREATE TABLE zz ("),
        "{case}: the next statement is lost"
    );
}

/// Long flat operator chains parse without recursion but give a tree as deep as the
/// chain is long; every later walk of that tree (clone, rewrite, print, drop) must cope.
#[test]
fn long_operator_chains_do_not_overflow() {
    isolated(
        "long_operator_chains_do_not_overflow",
        &[
            "default-plus",
            "check-or",
            "check-and",
            "generated-plus",
            "alter-check-or",
            "view-plus",
            "check-in-list",
        ],
        chain_case,
    );
}

// ---------------------------------------------------------------------------------------
// DELIMITER

#[test]
fn delimiter_without_a_value_at_eof() {
    for tail in ["DELIMITER", "DELIMITER ", "DELIMITER\n", "delimiter   \r\n"] {
        let script = format!("CREATE TABLE a (id int);\n{tail}");
        let c = conv(script.as_bytes());
        assert!(c.sql.contains("CREATE TABLE a ("), "{tail:?}\n{}", show(&c));
    }
    // Without a value the delimiter stays `;`.
    let c = conv(b"DELIMITER\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
    assert!(c.sql.contains("CREATE TABLE a ("), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE b ("), "{}", show(&c));
}

#[test]
fn multi_character_delimiters() {
    let script = "DELIMITER $$\n\
        CREATE TABLE a (id int)$$\n\
        CREATE TABLE b (c varchar(5) DEFAULT '$$', `d$$` int) COMMENT 'x$$y'$$\n\
        DELIMITER ;\n\
        CREATE TABLE c (id int);\n\
        DELIMITER //\n\
        CREATE TABLE d (e varchar(5) DEFAULT '//') /* a // comment */ //\n\
        CREATE TABLE f (id int)//CREATE TABLE g (id int)//\n\
        delimiter ;\n\
        CREATE TABLE h (id int);\n";
    let c = conv(script.as_bytes());
    assert!(!c.needs_person(), "{}", show(&c));
    for t in ["a", "b", "c", "d", "f", "g", "h"] {
        assert!(
            c.sql.contains(&format!("CREATE TABLE {t} (")),
            "table {t}\n{}",
            show(&c)
        );
    }
    assert!(c.sql.contains("DEFAULT '$$'"), "{}", show(&c));
    assert!(c.sql.contains("    d$$ integer"), "{}", show(&c));
    assert!(
        c.sql.contains("COMMENT ON TABLE b IS 'x$$y';"),
        "{}",
        show(&c)
    );
    assert!(c.sql.contains("DEFAULT '//'"), "{}", show(&c));
}

#[test]
fn a_routine_body_under_a_custom_delimiter_is_one_statement() {
    let script = "CREATE TABLE a (id int);\n\
        DELIMITER ;;\n\
        CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT ';;';\nEND ;;\n\
        DELIMITER ;\n\
        CREATE TABLE b (id int);\n";
    let c = conv(script.as_bytes());
    assert!(c.sql.contains("CREATE TABLE a ("), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE b ("), "{}", show(&c));
    // The body is not cut at its inner `;`: no statement starts with `SELECT 1`.
    assert!(!c.sql.contains("\nSELECT 1;"), "{}", show(&c));
}

#[test]
fn a_delimiter_never_reset_ends_the_file() {
    let c = conv(b"DELIMITER $$\nCREATE TABLE a (id int)$$\nCREATE TABLE b (id int)");
    assert!(c.sql.contains("CREATE TABLE a ("), "{}", show(&c));
    assert!(c.sql.contains("CREATE TABLE b ("), "{}", show(&c));
}

// ---------------------------------------------------------------------------------------
// Odd bytes and layouts

#[test]
fn nul_bytes_do_not_panic_or_lose_earlier_statements() {
    let cases: &[&[u8]] = &[
        b"\0",
        b"CREATE TABLE a (id int);\0",
        b"CREATE TABLE a (id int);\n\0\nCREATE TABLE b (id int);\n",
        b"CREATE TABLE a (id int);\nCREATE TABLE b (x varchar(3) DEFAULT '\0');\n",
        b"CREATE TABLE a (id int);\nCREATE TABLE `b\0c` (id int);\n",
        b"CREATE TABLE a (id int);\n/* \0 */ -- \0\n# \0\nCREATE TABLE b (id int);\n",
    ];
    for bytes in cases {
        let c = conv(bytes);
        assert!(!codes(&c).contains("P002"), "NUL is valid UTF-8");
        if bytes.len() > 1 {
            assert!(
                c.sql.contains("CREATE TABLE a ("),
                "{:?}\n{}",
                String::from_utf8_lossy(bytes),
                show(&c)
            );
        }
    }
}

/// PostgreSQL rejects NUL in SQL text ("invalid byte sequence for encoding UTF8: 0x00"),
/// and psql cuts a line at it: a raw NUL must never reach the output script.
#[test]
fn nul_bytes_are_never_copied_into_the_output() {
    let cases: &[&[u8]] = &[
        b"CREATE TABLE b (x varchar(3) DEFAULT '\0');\n",
        b"CREATE TABLE b (x int) COMMENT 'a\0b';\n",
        b"CREATE TABLE `b\0c` (id int);\n",
        b"\0\nCREATE TABLE b (id int);\n",
    ];
    let mut bad = Vec::new();
    for bytes in cases {
        let c = conv(bytes);
        if c.sql.contains('\0') {
            bad.push(String::from_utf8_lossy(bytes).replace('\0', "\\0"));
        }
    }
    assert!(
        bad.is_empty(),
        "raw NUL copied into the output for: {bad:#?}"
    );
}

#[test]
fn crlf_line_endings_convert_like_lf() {
    let crlf = SCRIPT.replace('\n', "\r\n");
    let lf = conv(SCRIPT.as_bytes());
    let c = conv(crlf.as_bytes());
    assert!(!c.needs_person(), "{}", show(&c));
    for (_, shown) in MARKERS {
        assert!(c.sql.contains(shown), "missing {shown:?}\n{}", show(&c));
    }
    // Same findings at the same lines and columns.
    let render = |c: &Conversion| -> Vec<String> {
        c.diagnostics.iter().map(|d| concise(d, &c.files)).collect()
    };
    assert_eq!(render(&lf), render(&c));
    assert_eq!(lf.sql, c.sql.replace('\r', ""));
}

#[test]
fn a_file_of_only_comments_gives_only_comments() {
    let c = conv(b"-- one\n# two\n/* three\n   lines */\n-- four");
    assert!(c.diagnostics.is_empty(), "{}", show(&c));
    for s in ["-- one", "-- two", "/* three", "-- four"] {
        assert!(c.sql.contains(s), "missing {s:?}\n{}", show(&c));
    }
    assert!(
        !c.sql.contains("CREATE") && !c.sql.contains("SET "),
        "{}",
        show(&c)
    );
    for empty in [&b""[..], b"   \n\t\r\n", b"\n\n\n"] {
        let c = conv(empty);
        assert!(c.diagnostics.is_empty(), "{}", show(&c));
    }
}

// ---------------------------------------------------------------------------------------
// Determinism

#[test]
fn converting_twice_gives_identical_output() {
    let mut rng = Rng(42);
    let mut inputs: Vec<Vec<u8>> = vec![
        SCRIPT.as_bytes().to_vec(),
        SCRIPT.replace('\n', "\r\n").into_bytes(),
    ];
    for i in 0..20 {
        inputs.push(random_input(&mut rng, i));
    }
    for bytes in &inputs {
        let a = conv(bytes);
        let b = conv(bytes);
        assert_eq!(a.sql, b.sql);
        assert_eq!(a.diagnostics, b.diagnostics);
    }
    let two = |name: &str| {
        conv_files(&[
            ("one.sql", SCRIPT.as_bytes()),
            (name, &inputs[3][..]),
            ("three.sql", &inputs[5][..]),
        ])
    };
    let (a, b) = (two("two.sql"), two("two.sql"));
    assert_eq!(a.sql, b.sql);
    assert_eq!(a.diagnostics, b.diagnostics);
}

/// Found by the fuzzer: an ALTER TABLE whose text starts with blanks (a versioned
/// comment's marker is blanked) and holds only standard operations made the front end
/// rewind past the first token (a panic inside sqlparser).
#[test]
fn alter_table_behind_a_versioned_comment_marker() {
    let c = conv(b"CREATE TABLE t (id int);\n/*!40000 ALTER TABLE t ADD COLUMN x int */;\n/*!40000   ALTER TABLE t DISABLE KEYS */;\n");
    assert!(
        c.sql.contains("ALTER TABLE t ADD COLUMN x integer;"),
        "{}",
        show(&c)
    );
    let c = conv(b"/*!40101 ALTER TABLE t ADD COLUMN, */;");
    assert!(c.needs_person(), "{}", show(&c));
}

/// `my2pg audit` over a tree of random and SQL-like files in every host language: no
/// panic, every finding placed inside its file, and the same report twice.
#[test]
fn audit_of_random_sources_never_panics_and_is_deterministic() {
    let dir = std::env::temp_dir().join(format!("my2pg-robust-audit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let exts = [
        "php", "py", "java", "kt", "js", "ts", "go", "rb", "cs", "xml", "sql",
    ];
    let wrappers: [(&str, &str); 6] = [
        ("<?php $db->query(\"", "\");"),
        ("cursor.execute(f'", "')"),
        ("db.Query(`", "`)"),
        ("conn.query(`", "`);"),
        ("<mapper><select id=\"x\">", "</select></mapper>"),
        ("", ""),
    ];
    let mut rng = Rng(0x5EED_A0D1_7000_0001);
    let mut sizes = Vec::new();
    for i in 0..120 {
        let body = random_input(&mut rng, i);
        let (open, close) = wrappers[i % wrappers.len()];
        let mut bytes = open.as_bytes().to_vec();
        bytes.extend_from_slice(&body);
        bytes.extend_from_slice(close.as_bytes());
        let name = format!("f{i}.{}", exts[i % exts.len()]);
        sizes.push((name.clone(), bytes.len()));
        std::fs::write(dir.join(&name), &bytes).unwrap();
    }
    let config = Config::default();
    let run = || {
        my2pg::audit::audit(&my2pg::audit::Options {
            paths: vec![dir.clone()],
            config: &config,
            catalog: Default::default(),
            baseline: Default::default(),
        })
    };
    let a = run();
    // The soup is SQL-like: the audit does read it.
    assert!(a.findings.len() >= 20, "{} findings", a.findings.len());
    for f in &a.findings {
        let lines = sizes
            .iter()
            .find(|(n, _)| *n == f.file)
            .map(|(n, _)| std::fs::read(dir.join(n)).unwrap())
            .map(|b| b.iter().filter(|&&c| c == b'\n').count() + 1)
            .unwrap_or_else(|| panic!("finding in an unknown file {}", f.file));
        assert!(
            f.line >= 1 && f.line <= lines,
            "{}:{} is outside the file",
            f.file,
            f.line
        );
    }
    assert_eq!(
        a.json(),
        run().json(),
        "the same tree gives the same report"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
