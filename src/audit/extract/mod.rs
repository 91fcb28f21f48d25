//! Pulls the SQL out of host-language source files.
//!
//! Each host language has a pest lexical grammar (`grammar/host_*.pest`) that
//! only knows what a string literal or a comment is in that language: string
//! bodies come out as raw runs, escape sequences and interpolation holes; code
//! between literals is consumed in long runs (pest's skip), never token by token.
//! The shared driver (`engine.rs`) then works on the literals: it reads the few
//! code bytes around each one to find the call it is an argument of, joins the
//! pieces of a concatenation, turns non-literal parts into `my2pg_dyn_N`
//! markers and placeholders into `?`, and keeps a byte map back to the host
//! file. A literal at a known database call is a High snippet; any other is
//! kept only when it has the shape of a statement (`shape.rs`), Medium.

mod csharp;
mod engine;
mod go;
mod java;
mod js;
mod lex;
mod mybatis;
mod php;
mod python;
mod ruby;
mod shape;
mod sql;

use std::ops::Range;
use std::path::Path;

/// A host language (or a plain SQL file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    Sql,
    Php,
    Python,
    Java,
    Kotlin,
    JavaScript,
    TypeScript,
    Go,
    Ruby,
    CSharp,
    MyBatisXml,
}

impl Lang {
    pub fn name(self) -> &'static str {
        match self {
            Lang::Sql => "sql",
            Lang::Php => "php",
            Lang::Python => "python",
            Lang::Java => "java",
            Lang::Kotlin => "kotlin",
            Lang::JavaScript => "javascript",
            Lang::TypeScript => "typescript",
            Lang::Go => "go",
            Lang::Ruby => "ruby",
            Lang::CSharp => "csharp",
            Lang::MyBatisXml => "mybatis",
        }
    }
}

/// By file extension: .sql .php .py .java .kt/.kts .js/.jsx/.mjs/.cjs .ts/.tsx .go .rb .cs .xml
/// (.xml only returns MyBatisXml; the extractor returns nothing for an XML file that is not a mapper).
pub fn lang_of(path: &Path) -> Option<Lang> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "sql" => Lang::Sql,
        "php" => Lang::Php,
        "py" => Lang::Python,
        "java" => Lang::Java,
        "kt" | "kts" => Lang::Kotlin,
        "js" | "jsx" | "mjs" | "cjs" => Lang::JavaScript,
        "ts" | "tsx" => Lang::TypeScript,
        "go" => Lang::Go,
        "rb" => Lang::Ruby,
        "cs" => Lang::CSharp,
        "xml" => Lang::MyBatisXml,
        _ => return None,
    })
}

/// How sure we are that a snippet is SQL sent to the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Argument of a known database call, a .sql file, a mapper.
    High,
    /// By shape alone.
    Medium,
}

/// One piece of SQL found in a host file.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    /// SQL handed to the translator: host escapes decoded, concatenated literal pieces joined,
    /// each non-literal part replaced by a marker `my2pg_dyn_N` (N = 1, 2, … per snippet),
    /// and each bound-value placeholder replaced by `?`.
    pub sql: String,
    /// Byte offset anchors (sql_offset, host_offset), sorted, first = (0, offset of the first
    /// SQL char in the host file): an offset in `sql` maps to host via the last anchor at or
    /// before it plus the difference.
    pub map: Vec<(usize, usize)>,
    /// True when any marker was inserted (the SQL is built at run time).
    pub dynamic: bool,
    pub confidence: Confidence,
    /// The original text of each bound-value placeholder, in order of appearance.
    pub binds: Vec<String>,
}

impl Snippet {
    /// The host byte offset of `sql_offset`.
    pub fn host_offset(&self, sql_offset: usize) -> usize {
        let i = self.map.partition_point(|&(s, _)| s <= sql_offset);
        match i.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some(&(s, h)) => h + (sql_offset - s),
            None => self.map.first().map_or(sql_offset, |&(_, h)| h),
        }
    }
}

/// A `my2pg: ignore[CODE,…]` comment.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppression {
    /// 1-based line of the comment.
    pub line: usize,
    pub codes: Vec<String>,
    pub span: Range<usize>,
}

/// What a file yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extracted {
    pub snippets: Vec<Snippet>,
    pub suppressions: Vec<Suppression>,
}

/// Never fails, never panics, on any text; unterminated strings stop the lexer cleanly.
pub fn extract(lang: Lang, text: &str) -> Extracted {
    match lang {
        Lang::Sql => sql::extract(text),
        Lang::Php => php::extract(text),
        Lang::Python => python::extract(text),
        Lang::Java => java::extract(text, false),
        Lang::Kotlin => java::extract(text, true),
        Lang::JavaScript | Lang::TypeScript => js::extract(text, lang),
        Lang::Go => go::extract(text),
        Lang::Ruby => ruby::extract(text),
        Lang::CSharp => csharp::extract(text),
        Lang::MyBatisXml => mybatis::extract(text),
    }
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The golden-file rendering of what a file yields: one block per snippet
/// (`line:col confidence static|dynamic binds=[…]`, then the SQL indented),
/// then the suppressions.
pub fn render(path_name: &str, text: &str, ex: &Extracted) -> String {
    let mut out = format!("# {path_name}\n");
    if ex.snippets.is_empty() {
        out.push_str("(no snippets)\n");
    }
    for s in &ex.snippets {
        let (line, col) = line_col(text, s.host_offset(0));
        let binds: Vec<String> = s.binds.iter().map(|b| format!("{b:?}")).collect();
        out.push_str(&format!(
            "\n{line}:{col} {} {} binds=[{}]\n",
            match s.confidence {
                Confidence::High => "high",
                Confidence::Medium => "medium",
            },
            if s.dynamic { "dynamic" } else { "static" },
            binds.join(", ")
        ));
        for l in s.sql.lines() {
            out.push_str("    ");
            out.push_str(l.trim_end());
            out.push('\n');
        }
    }
    for s in &ex.suppressions {
        out.push_str(&format!(
            "\nsuppression line {} [{}]\n",
            s.line,
            s.codes.join(",")
        ));
    }
    out
}
