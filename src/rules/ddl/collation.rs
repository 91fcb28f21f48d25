//! # D016 collation
//!
//! ## What it does
//! Keeps MySQL's case-insensitive (and accent-insensitive) comparison of text columns
//! with PostgreSQL nondeterministic ICU collations (`collation: ci`, the default), and
//! says where behaviour still differs. Measured in `docs/collation.md`.
//!
//! ## MySQL
//! The effective collation is the column's, else its character set's default, else the
//! table's, else the server's (`utf8mb4_0900_ai_ci` in MySQL 8). `_ai_ci` and the older
//! `general_ci`/`unicode_ci` collations ignore case and accents; `_as_ci` ignores case
//! only; `_bin` and `_cs` compare exactly. Non-0900 collations are PAD SPACE (trailing
//! spaces are ignored in comparisons).
//!
//! ## PostgreSQL
//! `COLLATE my2pg_ai_ci` (ICU `und-u-ks-level1`, nondeterministic) for accent- and
//! case-insensitive columns, `COLLATE my2pg_as_ci` (`und-u-ks-level2`) for `_as_ci`,
//! `COLLATE "C"` for `_bin`, the database default for `_cs`. `=`, `IN`, `ORDER BY`,
//! `GROUP BY`, `DISTINCT` and unique keys then behave as in MySQL. `collation: exact`
//! keeps plain case-sensitive text and warns per table.
//!
//! ## Caveats
//! `LIKE` on a nondeterministic collation is an error in PostgreSQL 15: queries must use
//! `ILIKE` on `col COLLATE "und-x-icu"` (the query stage rewrites them). Trailing spaces
//! count in PostgreSQL (PAD SPACE is lost), for `_ci` and `_bin` collations alike
//! (`utf8mb4_bin` = `'a' = 'a '` in MySQL, not in `"C"`), and a warning names the
//! columns; `binary`, `utf8mb4_0900_bin` and MariaDB's `_nopad_bin` are NO PAD and have
//! nothing to lose (measured in `docs/collation.md`). Expansions differ: `ß` = `ss` and `æ` = `ae`
//! in ICU level 1, not in `general_ci`; a unique key holding both may fail to load.

use crate::config::CollationPolicy;
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "D016",
    "collation",
    Warning,
    "case-insensitive collations become ICU collations"
);

/// The PostgreSQL collations my2pg creates, with their definitions.
pub const AI_CI: &str = "my2pg_ai_ci";
pub const AS_CI: &str = "my2pg_as_ci";

pub fn create(name: &str) -> String {
    let level = if name == AI_CI { 1 } else { 2 };
    format!("CREATE COLLATION IF NOT EXISTS {name} (provider = icu, locale = 'und-u-ks-level{level}', deterministic = false);")
}

/// The default collation of a MySQL character set (MySQL 8).
fn charset_default(cs: &str) -> String {
    match cs.to_lowercase().as_str() {
        "utf8mb4" => "utf8mb4_0900_ai_ci".into(),
        "utf8" | "utf8mb3" => "utf8mb3_general_ci".into(),
        "latin1" => "latin1_swedish_ci".into(),
        "binary" => "binary".into(),
        other => format!("{other}_general_ci"),
    }
}

/// The effective MySQL collation of a text column.
pub fn effective(
    col: &Column,
    table_charset: Option<&str>,
    table_collation: Option<&str>,
) -> String {
    if let Some(c) = &col.collation {
        return c.to_lowercase();
    }
    if let Some(cs) = &col.charset {
        return charset_default(cs);
    }
    if let Some(c) = table_collation {
        return c.to_lowercase();
    }
    if let Some(cs) = table_charset {
        return charset_default(cs);
    }
    "utf8mb4_0900_ai_ci".into()
}

/// What a column's collation becomes.
pub struct Decision {
    /// `COLLATE x` to add, if any (x already quoted).
    pub collate: Option<String>,
    /// A collation to create first.
    pub create: Option<&'static str>,
    pub case_insensitive: bool,
    /// Trailing spaces are ignored in MySQL (PAD SPACE) but not in PostgreSQL.
    pub pad_space: bool,
}

pub fn decide(mysql: &str, cx: &Cx) -> Decision {
    let bin = mysql == "binary" || mysql.ends_with("_bin");
    let cs = mysql.ends_with("_cs");
    // `binary` and the NO PAD collations (MySQL 8's `_0900_`, MariaDB's `_nopad_`) count
    // trailing spaces; every other one, `_bin` included, is PAD SPACE.
    let pad_space = !mysql.contains("0900") && !mysql.contains("nopad") && mysql != "binary";
    if bin {
        return Decision {
            collate: Some("\"C\"".into()),
            create: None,
            case_insensitive: false,
            pad_space,
        };
    }
    if cs || cx.config.collation == CollationPolicy::Exact {
        return Decision {
            collate: None,
            create: None,
            case_insensitive: false,
            pad_space,
        };
    }
    let name = if mysql.contains("_as_ci") {
        AS_CI
    } else {
        AI_CI
    };
    Decision {
        collate: Some(name.into()),
        create: Some(name),
        case_insensitive: true,
        pad_space,
    }
}

/// One note per table: which columns compare case-insensitively, and what differs.
pub fn report(
    table: &str,
    span: std::ops::Range<usize>,
    ci: &[String],
    pad: &[String],
    exact: &[String],
    cx: &mut Cx,
) {
    if !ci.is_empty() {
        cx.report(&RULE, span.clone(), format!("{table}: {} kept case-insensitive with ICU collations; `LIKE` on them needs the query rewrite, and accents/expansions (ß = ss) compare as in ICU", list(ci)));
    }
    if !pad.is_empty() {
        cx.report(&RULE, span.clone(), format!("{table}: {} used a PAD SPACE collation: trailing spaces now count in comparisons and unique keys", list(pad)));
    }
    if !exact.is_empty() {
        cx.report(&RULE, span, format!("{table}: {} compared case-insensitively in MySQL and case-sensitively in PostgreSQL (`collation: exact`)", list(exact)));
    }
}

fn list(cols: &[String]) -> String {
    let shown: Vec<String> = cols.iter().take(8).map(|c| format!("`{c}`")).collect();
    let more = if cols.len() > 8 {
        format!(" and {} more", cols.len() - 8)
    } else {
        String::new()
    };
    format!(
        "column{} {}{more}",
        if cols.len() == 1 { "" } else { "s" },
        shown.join(", ")
    )
}
