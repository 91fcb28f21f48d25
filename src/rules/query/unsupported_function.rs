//! # Q023 unsupported-function
//!
//! ## What it does
//! Refuses a call to a MySQL built-in function that my2pg does not translate, instead of
//! passing it through to PostgreSQL under the same name.
//!
//! ## MySQL
//! Several hundred built-in functions (string, numeric, date and time, JSON, aggregate,
//! encryption, information, locking, spatial). Many have a PostgreSQL namesake that
//! takes other argument types or gives another result (`ASCII` reads the first byte, not
//! the first character; `PI()` shows six decimals; `VARIANCE` is the population
//! variance), and many have none (`SHA1`, `INET_ATON`, `GET_LOCK`, `TIMEDIFF`).
//!
//! ## PostgreSQL
//! A function my2pg knows to mean the same passes through; a function it translates
//! is rewritten by the walk or by its family's rule (Q017 text, Q018 date, Q021 JSON).
//! Any other MySQL built-in is an error: the statement is kept as a comment, since
//! PostgreSQL would reject it or, worse, run its namesake with another meaning.
//!
//! ## Caveats
//! A function that is not a MySQL built-in (a stored function of the application) is
//! kept with a warning (Q001): it must exist in PostgreSQL with the same meaning. The
//! list of built-ins is MySQL 8.0's; MariaDB-only functions (`SFORMAT`, `NATURAL_SORT_KEY`)
//! are in it too.

crate::rule!(
    "Q023",
    "unsupported-function",
    Error,
    "a MySQL built-in function with no PostgreSQL translation yet"
);

/// MySQL 8.0's built-in functions (and MariaDB's), lowercase, sorted.
const BUILTINS: &[&str] = &[
    "abs", "acos", "adddate", "addtime", "aes_decrypt", "aes_encrypt", "any_value", "ascii",
    "asin", "atan", "atan2", "avg", "benchmark", "bin", "bin_to_uuid", "binary", "bit_and",
    "bit_count", "bit_length", "bit_or", "bit_xor", "can_access_column", "cast", "ceil",
    "ceiling", "char", "char_length", "character_length", "charset", "coalesce",
    "coercibility", "collation", "column_add", "column_check", "column_create",
    "column_delete", "column_exists", "column_get", "column_json", "column_list", "compress",
    "concat", "concat_ws", "connection_id", "conv", "convert", "convert_tz", "cos", "cot",
    "count", "crc32", "cume_dist", "curdate", "current_date", "current_role", "current_time",
    "current_timestamp", "current_user", "curtime", "database", "date", "date_add",
    "date_format", "date_sub", "datediff", "day", "dayname", "dayofmonth", "dayofweek",
    "dayofyear", "decode", "decode_histogram", "default", "degrees", "dense_rank",
    "des_decrypt", "des_encrypt", "elt", "encode", "encrypt", "exp", "export_set", "extract",
    "extractvalue", "field", "find_in_set", "first_value", "floor", "format", "format_bytes",
    "format_pico_time", "found_rows", "from_base64", "from_days", "from_unixtime",
    "geomcollection", "geometrycollection", "get_dd_column_privileges",
    "get_dd_create_options", "get_dd_index_sub_part_length", "get_format", "get_lock",
    "greatest", "group_concat", "grouping", "gtid_subset", "gtid_subtract", "hex", "hour",
    "icu_version", "if", "ifnull", "in", "inet6_aton", "inet6_ntoa", "inet_aton", "inet_ntoa",
    "insert", "instr", "internal_auto_increment", "internal_avg_row_length",
    "internal_check_time", "internal_checksum", "internal_data_free", "internal_data_length",
    "internal_dd_char_length", "internal_get_comment_or_error", "internal_get_view_warning_or_error",
    "internal_index_column_cardinality", "internal_index_length", "internal_keys_disabled",
    "internal_max_data_length", "internal_table_rows", "internal_update_time", "interval",
    "is_free_lock", "is_ipv4", "is_ipv4_compat", "is_ipv4_mapped", "is_ipv6", "is_used_lock",
    "is_uuid", "isnull", "json_array", "json_array_append", "json_array_insert",
    "json_arrayagg", "json_compact", "json_contains", "json_contains_path", "json_depth",
    "json_detailed", "json_equals", "json_exists", "json_extract", "json_insert", "json_keys",
    "json_length", "json_loose", "json_merge", "json_merge_patch", "json_merge_preserve",
    "json_normalize", "json_object", "json_objectagg", "json_overlaps", "json_pretty",
    "json_query", "json_quote", "json_remove", "json_replace", "json_schema_valid",
    "json_schema_validation_report", "json_search", "json_set", "json_storage_free",
    "json_storage_size", "json_table", "json_type", "json_unquote", "json_valid",
    "json_value", "lag", "last_day", "last_insert_id", "last_value", "lcase", "lead", "least",
    "left", "length", "length_b", "linestring", "ln", "load_file", "localtime",
    "localtimestamp", "locate", "log", "log10", "log2", "lower", "lpad", "ltrim", "make_set",
    "makedate", "maketime", "master_pos_wait", "match", "max", "mbrcontains",
    "mbrcoveredby", "mbrcovers", "mbrdisjoint", "mbrequals", "mbrintersects", "mbroverlaps",
    "mbrtouches", "mbrwithin", "md5", "median", "microsecond", "mid", "min", "minute", "mod",
    "month", "monthname", "multilinestring", "multipoint", "multipolygon", "name_const",
    "natural_sort_key", "now", "nth_value", "ntile", "nullif", "oct", "octet_length",
    "old_password", "ord", "password", "percent_rank", "percentile_cont", "percentile_disc",
    "period_add", "period_diff", "pi", "point", "polygon", "position", "pow", "power",
    "ps_current_thread_id", "ps_thread_id", "quarter", "quote", "radians", "rand",
    "random_bytes", "rank", "regexp_instr", "regexp_like", "regexp_replace",
    "regexp_substr", "release_all_locks", "release_lock", "repeat", "replace", "reverse",
    "right", "roles_graphml", "round", "row_count", "row_number", "rpad", "rtrim",
    "schema", "sec_to_time", "second", "session_user", "sformat", "sha", "sha1", "sha2",
    "sign", "sin", "sleep", "soundex", "source_pos_wait", "space", "sqrt", "statement_digest",
    "statement_digest_text", "std", "stddev", "stddev_pop", "stddev_samp", "str_to_date",
    "strcmp", "subdate", "substr", "substring", "substring_index", "subtime", "sum",
    "sysdate", "system_user", "tan", "time", "time_format", "time_to_sec", "timediff",
    "timestamp", "timestampadd", "timestampdiff", "to_base64", "to_char", "to_days",
    "to_seconds", "trim", "truncate", "ucase", "uncompress", "uncompressed_length", "unhex",
    "unix_timestamp", "updatexml", "upper", "user", "utc_date", "utc_time", "utc_timestamp",
    "uuid", "uuid_short", "uuid_to_bin", "validate_password_strength", "values", "var_pop",
    "var_samp", "variance", "version", "wait_for_executed_gtid_set",
    "wait_until_sql_thread_after_gtids", "week", "weekday", "weekofyear", "weight_string",
    "year", "yearweek",
];

/// Whether `name` (lowercase) is a MySQL built-in function. Spatial functions (`st_…`)
/// are built-ins too.
pub fn is_builtin(name: &str) -> bool {
    name.starts_with("st_") || BUILTINS.binary_search(&name).is_ok()
}

/// The error for an untranslated built-in.
pub fn message(name: &str) -> String {
    format!(
        "MySQL's {}() has no PostgreSQL translation yet: PostgreSQL lacks it or gives another result",
        name.to_uppercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_and_finds_names() {
        assert!(BUILTINS.windows(2).all(|w| w[0] < w[1]), "BUILTINS must be sorted");
        assert!(is_builtin("sha1") && is_builtin("st_distance") && !is_builtin("my_func"));
    }
}
