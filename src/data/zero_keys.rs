//! Unique keys that zero dates make repeat: distinct MySQL values (`0000-00-00`,
//! `2024-00-00`) that become one PostgreSQL value (`-infinity`).

/// Whether a row repeats, in PostgreSQL, the value of a unique key that holds a zero
/// date, of an earlier row of the table: of earlier statements (`earlier`) or of this
/// one (`seen`, which keeps each such key value of the statement).
/// `row` is the row's COPY text; fields are split at tabs, which COPY text escapes
/// inside values. Case-insensitive parts compare in lower case.
pub(super) fn repeated_zero_key(
    row: &str,
    zero_cols: &[usize],
    keys: &[Vec<(usize, bool)>],
    names: &[String],
    earlier: Option<&std::collections::BTreeSet<String>>,
    seen: &mut std::collections::BTreeSet<String>,
) -> Option<String> {
    let fields: Vec<&str> = row.split('\t').collect();
    let mut new_values = Vec::new();
    for (n, key) in keys.iter().enumerate() {
        if !key.iter().any(|(k, _)| zero_cols.contains(k)) {
            continue;
        }
        let mut value = format!("{n}");
        for (k, ci) in key {
            let f = fields.get(*k).copied().unwrap_or("");
            if f == "\\N" {
                value.clear(); // NULL: never a repeat
                break;
            }
            value.push('\t');
            if *ci {
                value.push_str(&f.to_lowercase());
            } else {
                value.push_str(f);
            }
        }
        if value.is_empty() {
            continue;
        }
        if seen.contains(&value) || earlier.is_some_and(|e| e.contains(&value)) {
            let cols: Vec<String> = key
                .iter()
                .map(|(k, _)| format!("`{}`", names.get(*k).map(String::as_str).unwrap_or("?")))
                .collect();
            return Some(format!(
                "its unique key ({}) repeats an earlier row's once zero dates become '-infinity' (MySQL's '0000-00-00' and partly-zero dates such as '2024-00-00' are distinct values, PostgreSQL's '-infinity' is one)",
                cols.join(", ")
            ));
        }
        new_values.push(value);
    }
    seen.extend(new_values);
    None
}
