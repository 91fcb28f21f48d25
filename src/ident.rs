//! Identifier policy: how a MySQL name is spelled in PostgreSQL.
//!
//! `lower` (default) folds to lower case and quotes only where PostgreSQL
//! needs it: reserved and type/function-name keywords, names that do not
//! fit the unquoted form. `preserve` keeps the case and always quotes.
//! PostgreSQL truncates names to 63 bytes; MySQL allows 64 characters, so
//! longer names are shortened here, deterministically, with a diagnostic.

use crate::config::IdentifierPolicy;

/// PostgreSQL 15 keywords that cannot be a column or table name unquoted
/// (categories "reserved" and "reserved (can be function or type)").
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "not",
    "notnull",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "overlaps",
    "placing",
    "primary",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "table",
    "tablesample",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
];

/// PostgreSQL's limit on identifier length, in bytes.
pub const MAX_LEN: usize = 63;

/// The PostgreSQL name (unquoted) for a MySQL name under the policy, cut to 63 bytes.
pub fn pg_name(raw: &str, policy: IdentifierPolicy) -> String {
    let name = match policy {
        IdentifierPolicy::Lower => raw.to_lowercase(),
        IdentifierPolicy::Preserve => raw.to_string(),
    };
    truncate(&name)
}

/// Cuts a name to 63 bytes on a character boundary, keeping it unique with a short hash.
pub fn truncate(name: &str) -> String {
    if name.len() <= MAX_LEN {
        return name.to_string();
    }
    let hash = fnv(name);
    let suffix = format!("_{:08x}", hash as u32);
    let mut cut = MAX_LEN - suffix.len();
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{}", &name[..cut], suffix)
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// Quotes a PostgreSQL name when the policy or the name requires it.
pub fn quote(name: &str, policy: IdentifierPolicy) -> String {
    let plain = !name.is_empty()
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$')
        && RESERVED.binary_search(&name).is_err();
    if plain && policy == IdentifierPolicy::Lower {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A string literal for PostgreSQL (standard-conforming strings).
pub fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn reserved_list_is_sorted_for_binary_search() {
        let mut sorted = RESERVED.to_vec();
        sorted.sort();
        assert_eq!(sorted, RESERVED.to_vec());
    }

    #[test]
    fn quoting() {
        let l = IdentifierPolicy::Lower;
        assert_eq!(quote(&pg_name("FilmID", l), l), "filmid");
        assert_eq!(quote(&pg_name("order", l), l), "\"order\"");
        assert_eq!(quote(&pg_name("my-col", l), l), "\"my-col\"");
        assert_eq!(quote(&pg_name("1st", l), l), "\"1st\"");
        let p = IdentifierPolicy::Preserve;
        assert_eq!(quote(&pg_name("FilmID", p), p), "\"FilmID\"");
    }

    #[test]
    fn long_names_are_cut_with_a_stable_hash() {
        let long = "a".repeat(64);
        let cut = truncate(&long);
        assert_eq!(cut.len(), 63);
        assert_eq!(cut, truncate(&long));
        assert!(cut != truncate(&format!("{}b", "a".repeat(63))));
    }
}
