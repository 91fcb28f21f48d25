//! Is a string SQL by its shape alone? A statement keyword first, then that
//! statement's structure; prose (UI text, log messages, docs) is refused.

/// A token of the shape test: a word (upper-cased) or one punctuation byte.
#[derive(Debug, PartialEq)]
enum T {
    Word(String),
    Quoted,
    Punct(u8),
}

fn tokens(s: &str) -> Vec<T> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < 400 {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'@' || c >= 0x80 {
            let e = i + b[i..]
                .iter()
                .take_while(|&&x| {
                    x.is_ascii_alphanumeric() || x == b'_' || x == b'@' || x == b'$' || x >= 0x80
                })
                .count();
            out.push(T::Word(s[i..e].to_ascii_uppercase()));
            i = e;
        } else if c == b'\'' || c == b'"' || c == b'`' {
            let mut j = i + 1;
            while j < b.len() && b[j] != c {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            out.push(if c == b'`' {
                T::Word("`".into())
            } else {
                T::Quoted
            });
            i = j + 1;
        } else {
            out.push(T::Punct(c));
            i += 1;
        }
    }
    out
}

fn is_w(t: Option<&T>, w: &str) -> bool {
    matches!(t, Some(T::Word(x)) if x == w)
}

fn word(t: Option<&T>) -> Option<&str> {
    match t {
        Some(T::Word(x)) => Some(x),
        _ => None,
    }
}

/// The words a statement can start with (for the shape test).
pub(crate) const KEYWORDS: &[&str] = &[
    "SELECT", "INSERT", "REPLACE", "UPDATE", "DELETE", "WITH", "CREATE", "ALTER", "DROP",
    "TRUNCATE", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "SET", "START", "LOCK", "UNLOCK", "CALL",
];

/// Words that SQL never has outside quotes but prose often does.
const PROSE: &[&str] = &[
    "YOU", "YOUR", "PLEASE", "THE", "THIS", "THAT", "WILL", "WAS", "WERE", "COULD", "CANNOT",
    "UNABLE", "FAILED", "ERROR", "WOULD", "SHOULD", "HERE", "HAS", "HAVE", "ARE", "WE", "OUR",
];

/// Words that may follow a table name in DELETE / TRUNCATE / DESCRIBE.
const AFTER_TABLE: &[&str] = &[
    "WHERE",
    "ORDER",
    "LIMIT",
    "USING",
    "PARTITION",
    "AS",
    "SET",
    "JOIN",
    "LEFT",
    "INNER",
    "STRAIGHT_JOIN",
    "CROSS",
    "RIGHT",
];

/// `Delete from trash`, `Insert into post`: a Titlecase first word followed by a
/// lower-case word is a sentence (code writes `DELETE FROM` or `delete from`).
fn sentence_case(sql: &str) -> bool {
    let mut words = sql
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let mut chars = first.chars();
    let titlecase = chars.next().is_some_and(|c| c.is_uppercase())
        && first.len() > 1
        && chars.all(|c| c.is_lowercase());
    titlecase && second.chars().all(|c| c.is_lowercase())
}

pub(crate) fn looks_like_sql(sql: &str) -> bool {
    if sentence_case(sql) {
        return false;
    }
    let t = tokens(sql);
    // Prose: a prose word, or ending as a sentence does.
    if t.iter()
        .any(|x| matches!(x, T::Word(w) if PROSE.contains(&w.as_str())))
    {
        return false;
    }
    let trimmed = sql.trim_end().trim_end_matches(';').trim_end();
    if let Some(last) = trimmed.bytes().last() {
        let before = trimmed
            .as_bytes()
            .get(trimmed.len().wrapping_sub(2))
            .copied();
        if matches!(last, b'.' | b'!' | b':')
            || (last == b'?' && before.is_some_and(|c| c.is_ascii_alphanumeric()))
        {
            return false;
        }
    }
    // A sentence break inside: `. ` followed by a capitalised word.
    if sql.contains(". ")
        && sql
            .split(". ")
            .skip(1)
            .any(|s| s.starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    let mut k = 0;
    while matches!(t.get(k), Some(T::Punct(b'('))) {
        k += 1;
    }
    let Some(first) = word(t.get(k)) else {
        return false;
    };
    let rest = &t[k + 1..];
    let has = |w: &str| rest.iter().any(|x| matches!(x, T::Word(y) if y == w));
    let has_p = |p: u8| rest.contains(&T::Punct(p));
    let at = |i: usize| rest.get(i);
    let skip_words = |mut i: usize, words: &[&str]| {
        while word(at(i)).is_some_and(|w| words.contains(&w)) {
            i += 1;
        }
        i
    };
    match first {
        "SELECT" => {
            if has("FROM") {
                // `SELECT … FROM x`: something between, a name after FROM.
                let f = rest.iter().position(|x| is_w(Some(x), "FROM")).unwrap_or(0);
                return f > 0 && rest.get(f + 1).is_some();
            }
            select_expression(rest)
        }
        "INSERT" | "REPLACE" => {
            let i = skip_words(0, &["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
            if is_w(at(i), "INTO") {
                // A table name, then a column list, VALUES, SET or SELECT:
                // `INSERT INTO name` alone is a sentence.
                if word(at(i + 1)).is_none() {
                    return false;
                }
                let mut j = i + 2;
                while matches!(at(j), Some(T::Punct(b'.'))) && word(at(j + 1)).is_some() {
                    j += 2;
                }
                return matches!(at(j), Some(T::Punct(b'(')))
                    || word(at(j)).is_some_and(|w| {
                        matches!(
                            w,
                            "VALUES" | "VALUE" | "SET" | "SELECT" | "WITH" | "PARTITION"
                        ) || w.starts_with("MY2PG_DYN")
                    });
            }
            // `INSERT t (…) VALUES`, `INSERT t SET …`
            word(at(i)).is_some()
                && (matches!(at(i + 1), Some(T::Punct(b'(')))
                    || is_w(at(i + 1), "VALUES")
                    || is_w(at(i + 1), "SET"))
                && (has("VALUES") || has("VALUE") || has("SET") || has("SELECT"))
        }
        "UPDATE" => {
            let i = skip_words(0, &["LOW_PRIORITY", "IGNORE"]);
            word(at(i)).is_some() && has("SET") && has_p(b'=')
        }
        "DELETE" => {
            let i = skip_words(0, &["LOW_PRIORITY", "QUICK", "IGNORE"]);
            if !is_w(at(i), "FROM") {
                // `DELETE t1 FROM t1 JOIN …`
                return has("FROM") && has("WHERE");
            }
            after_table(rest, i + 1)
        }
        "WITH" => {
            let i = skip_words(0, &["RECURSIVE"]);
            word(at(i)).is_some()
                && has("AS")
                && (has("SELECT") || has("UPDATE") || has("DELETE"))
                && has_p(b'(')
        }
        "CREATE" => object_word(rest, 6),
        "ALTER" => {
            matches!(
                word(at(0)),
                Some(
                    "TABLE"
                        | "DATABASE"
                        | "SCHEMA"
                        | "VIEW"
                        | "USER"
                        | "EVENT"
                        | "FUNCTION"
                        | "PROCEDURE"
                        | "ONLINE"
                        | "IGNORE"
                        | "INSTANCE"
                        | "ALGORITHM"
                        | "DEFINER"
                        | "SQL"
                        | "TABLESPACE"
                )
            ) && at(1).is_some()
        }
        "DROP" => {
            let i = skip_words(0, &["TEMPORARY"]);
            matches!(
                word(at(i)),
                Some(
                    "TABLE"
                        | "TABLES"
                        | "INDEX"
                        | "VIEW"
                        | "DATABASE"
                        | "SCHEMA"
                        | "TRIGGER"
                        | "PROCEDURE"
                        | "FUNCTION"
                        | "EVENT"
                        | "USER"
                        | "PREPARE"
                        | "TABLESPACE"
                )
            ) && at(i + 1).is_some()
        }
        "TRUNCATE" => {
            let i = skip_words(0, &["TABLE"]);
            word(at(i)).is_some() && rest.len() <= i + 3 && !matches!(at(i + 1), Some(T::Word(_)))
        }
        "SHOW" => matches!(
            word(at(0)),
            Some(
                "TABLES"
                    | "COLUMNS"
                    | "FIELDS"
                    | "FULL"
                    | "INDEX"
                    | "INDEXES"
                    | "KEYS"
                    | "CREATE"
                    | "VARIABLES"
                    | "STATUS"
                    | "GLOBAL"
                    | "SESSION"
                    | "DATABASES"
                    | "SCHEMAS"
                    | "PROCESSLIST"
                    | "GRANTS"
                    | "WARNINGS"
                    | "ERRORS"
                    | "ENGINE"
                    | "ENGINES"
                    | "TABLE"
                    | "TRIGGERS"
                    | "PLUGINS"
                    | "PRIVILEGES"
                    | "MASTER"
                    | "SLAVE"
                    | "REPLICA"
                    | "BINARY"
                    | "CHARACTER"
                    | "COLLATION"
                    | "OPEN"
                    | "EVENTS"
                    | "PROCEDURE"
                    | "FUNCTION"
            )
        ),
        "DESCRIBE" | "DESC" | "EXPLAIN" => {
            matches!(
                word(at(0)),
                Some("SELECT" | "UPDATE" | "DELETE" | "INSERT" | "FORMAT" | "ANALYZE")
            ) || (word(at(0))
                .is_some_and(|w| w.contains('_') || w == "`" || w.starts_with("MY2PG_DYN"))
                && rest.len() <= 3)
        }
        "SET" => {
            matches!(
                word(at(0)),
                Some(
                    "NAMES"
                        | "CHARACTER"
                        | "TRANSACTION"
                        | "AUTOCOMMIT"
                        | "SQL_MODE"
                        | "FOREIGN_KEY_CHECKS"
                        | "UNIQUE_CHECKS"
                        | "TIME_ZONE"
                )
            ) || (matches!(
                word(at(0)),
                Some("GLOBAL" | "SESSION" | "LOCAL" | "PERSIST")
            ) && has_p(b'='))
                || (word(at(0)).is_some_and(|w| w.starts_with('@')) && has_p(b'='))
        }
        "START" => is_w(at(0), "TRANSACTION"),
        "LOCK" => is_w(at(0), "TABLES") || is_w(at(0), "TABLE"),
        "UNLOCK" => is_w(at(0), "TABLES") && rest.len() == 1,
        "CALL" => word(at(0)).is_some() && matches!(at(1), Some(T::Punct(b'('))),
        _ => false,
    }
}

/// `SELECT 1`, `SELECT NOW()`, `SELECT COUNT(*) AS n`, `SELECT @@version`: one
/// expression list, no two bare words side by side (but `AS alias`).
fn select_expression(rest: &[T]) -> bool {
    if rest.is_empty() {
        return false;
    }
    let mut prev_word = false;
    let mut signal = false;
    for (i, t) in rest.iter().enumerate() {
        match t {
            T::Word(w) => {
                if prev_word
                    && !matches!(&rest[i - 1], T::Word(p) if p == "AS" || p == "DISTINCT")
                    && w != "AS"
                {
                    return false;
                }
                if w.starts_with('@')
                    || w.starts_with(|c: char| c.is_ascii_digit())
                    || w.starts_with("MY2PG_DYN")
                {
                    signal = true;
                }
                prev_word = true;
            }
            T::Quoted => {
                signal = true;
                prev_word = false;
            }
            T::Punct(p) => {
                if matches!(p, b'(' | b'*' | b'?' | b'=' | b'+' | b'-') {
                    signal = true;
                }
                prev_word = false;
            }
        }
    }
    signal
}

/// A table name at `i`, then the end or a clause keyword.
fn after_table(rest: &[T], i: usize) -> bool {
    let Some(_) = word(rest.get(i)) else {
        return false;
    };
    let mut j = i + 1;
    // `schema.table`
    while matches!(rest.get(j), Some(T::Punct(b'.'))) && word(rest.get(j + 1)).is_some() {
        j += 2;
    }
    match rest.get(j) {
        None | Some(T::Punct(b';')) => true,
        Some(T::Word(w)) => {
            AFTER_TABLE.contains(&w.as_str())
                || (rest.len() > j + 1 && is_w(rest.get(j + 1), "WHERE"))
        }
        Some(T::Punct(b',')) => true,
        _ => false,
    }
}

/// `CREATE [modifiers] TABLE|INDEX|VIEW|…` within the first `within` words.
fn object_word(rest: &[T], within: usize) -> bool {
    rest.iter().take(within).enumerate().any(|(i, t)| {
        matches!(t, T::Word(w) if matches!(w.as_str(),
            "TABLE" | "INDEX" | "VIEW" | "DATABASE" | "SCHEMA" | "TRIGGER" | "PROCEDURE" | "FUNCTION" | "EVENT" | "USER" | "ROLE" | "TABLESPACE"))
            && rest.get(i + 1).is_some()
    })
}
