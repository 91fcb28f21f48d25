//! # Q001 expression
//!
//! ## What it does
//! Translates an expression found in DDL (a DEFAULT, a CHECK, a generated column, an
//! index expression): identifiers under the identifier policy, string literals in
//! PostgreSQL's standard form, MySQL-only literal forms, and functions. A function
//! PostgreSQL does not have with the same meaning is reported.
//!
//! ## MySQL
//! Double-quoted strings, `_utf8mb4'x'` introducers, backslash escapes; functions
//! whose results differ from PostgreSQL's namesakes (`LENGTH` counts bytes, `CONCAT`
//! returns NULL on a NULL argument, `IFNULL`).
//!
//! ## PostgreSQL
//! Single-quoted standard strings (a backslash is a plain character), `IFNULL` →
//! `coalesce`, `LENGTH` → `octet_length`, `YEAR(d)`/`MONTH`/`DAY`/`HOUR`/`MINUTE`/
//! `SECOND`/`QUARTER` → `CAST(EXTRACT(… FROM d) AS integer)`, `CONCAT(a, b)` → `(a || b)` (NULL in, NULL
//! out, as in MySQL). Operators: `||` → `OR` (logical OR in MySQL's default mode), `^` →
//! `#` (bitwise XOR), `<=>` → `IS NOT DISTINCT FROM`, `DIV` → `div()`. Functions with
//! the same meaning in both pass through.
//!
//! ## Caveats
//! Other functions are kept as written with a warning: check them, or wait for the
//! query stage's function rules. JSON path operators (`->`, `->>`), `XOR` and `REGEXP`
//! have no translation yet: the expression is dropped with an error. MySQL comparisons
//! and logical operators return 0/1 integers, PostgreSQL's return booleans. The result is re-parsed as PostgreSQL; an expression
//! that does not parse is an error.

use sqlparser::ast::Expr;

crate::rule!(
    "Q001",
    "expression",
    Warning,
    "an expression with MySQL-only parts"
);

/// Functions that mean the same in MySQL and PostgreSQL.
pub(crate) const SAME: &[&str] = &[
    "avg",
    "count",
    "max",
    "min",
    "sum",
    "abs",
    "ceil",
    "ceiling",
    "char_length",
    "character_length",
    "coalesce",
    "exp",
    "floor",
    "left",
    "ln",
    "lower",
    "lpad",
    "ltrim",
    "md5",
    "nullif",
    "octet_length",
    "power",
    "repeat",
    "replace",
    "reverse",
    "right",
    "round",
    "concat_ws",
    "rpad",
    "rtrim",
    "sign",
    "sqrt",
    "trim",
    "upper",
    // Window functions.
    "row_number",
    "rank",
    "dense_rank",
    "ntile",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
    "percent_rank",
    "cume_dist",
    // DOUBLE in, DOUBLE out, in both.
    "acos",
    "asin",
    "atan2",
    "cos",
    "cot",
    "degrees",
    "radians",
    "sin",
    "tan",
    "bit_length",
    // `WITH ROLLUP` as the token rewrite writes it, and MySQL 8's GROUPING(): 1 in a
    // super-aggregate row's rolled-up column, else 0, in both.
    "rollup",
    "grouping",
];

pub(crate) fn parse_pg_expr(text: &str) -> Result<Expr, sqlparser::parser::ParserError> {
    let d = sqlparser::dialect::PostgreSqlDialect {};
    sqlparser::parser::Parser::new(&d)
        .try_with_sql(text)
        .and_then(|mut p| {
            let e = p.parse_expr()?;
            if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
                return p.expected("end of expression", p.peek_token());
            }
            Ok(e)
        })
}

/// Whether `text` parses as a PostgreSQL expression.
pub fn is_pg_expr(text: &str) -> bool {
    parse_pg_expr(text).is_ok()
}
