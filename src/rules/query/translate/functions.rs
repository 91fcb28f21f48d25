//! The built-in function table: MySQL functions the walk rewrites to PostgreSQL's with
//! the same meaning, or reports (Q001's documented behaviour), and the function families
//! it tries in turn (text, date, JSON).

use super::*;
use crate::diagnostics::Rule;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::{parse_pg_expr, SAME};
use sqlparser::ast::{self, Expr, Ident, ObjectName, Value};

impl Walk {
    pub(super) fn function(&mut self, e: &mut Expr) {
        let Expr::Function(f) = e else { return };
        // Function names are not identifiers to quote.
        for part in f.name.0.iter_mut() {
            if let ast::ObjectNamePart::Identifier(i) = part {
                i.quote_style = None;
            }
        }
        let name = f.name.to_string().to_lowercase();
        let args: Vec<Expr> = match &f.args {
            ast::FunctionArguments::List(l) => l
                .args
                .iter()
                .filter_map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) => Some(x.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let rename =
            |f: &mut ast::Function, to: &str| f.name = ObjectName::from(vec![Ident::new(to)]);
        let replace = |e: &mut Expr, text: String| {
            if let Ok(x) = parse_pg_expr(&text) {
                *e = x;
                true
            } else {
                false
            }
        };
        if matches!(name.as_str(), "sum" | "avg")
            && args.len() == 1
            && crate::rules::query::xor::is_boolean(&args[0], &self.sets)
            && !matches!(
                crate::rules::query::division::kind(&args[0], &self.sets),
                crate::catalog::NumKind::Bool
            )
        {
            // MySQL sums a comparison as 1/0; PostgreSQL has no sum(boolean).
            if let ast::FunctionArguments::List(l) = &mut f.args {
                if let Some(ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x))) =
                    l.args.first_mut()
                {
                    if let Ok(c) = parse_pg_expr(&format!("CAST({x} AS integer)")) {
                        *x = c;
                        self.note(
                            &crate::rules::query::boolean_column::RULE,
                            "a comparison summed or averaged counts as 1/0, as in MySQL",
                            Severity::Info,
                        );
                    }
                }
            }
            return;
        }
        if matches!(name.as_str(), "ifnull" | "coalesce") && args.len() >= 2 {
            // A string among the values makes MySQL's result a string: the other values
            // are shown as text (PostgreSQL would read the string as their type).
            let string = |a: &Expr| matches!(a, Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)));
            let typed = |a: &Expr| {
                crate::semantic::facts::column_is(a, &self.sets, |f, c| {
                    f.numeric.contains_key(c) && !f.text.contains(c)
                })
            };
            if args.iter().any(string) && args.iter().any(typed) {
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| {
                        if typed(a) {
                            format!("CAST({a} AS text)")
                        } else {
                            a.to_string()
                        }
                    })
                    .collect();
                replace(e, format!("coalesce({})", parts.join(", ")));
                self.note(&crate::rules::expr::expression::RULE, "IFNULL/COALESCE of a column and a string is a string in MySQL: the column is shown as text", Severity::Info);
                return;
            }
        }
        // A number where MySQL reads a date (20210704 is 2021-07-04, 0 the zero date).
        let date_arg = match name.as_str() {
            "year" | "month" | "day" | "dayofmonth" | "dayofweek" | "dayofyear" | "weekday"
            | "week" | "quarter" | "hour" | "minute" | "second" | "date" | "time"
            | "last_day" | "adddate" | "subdate" | "date_add" | "date_sub" | "date_format"
            | "datediff" | "to_days" | "to_seconds" | "monthname" | "dayname"
            | "unix_timestamp" | "microsecond" | "weekofyear" | "yearweek" => args.first(),
            "timestampadd" | "timestampdiff" => args.get(2),
            _ => None,
        };
        if date_arg.is_some_and(|a| super::typing::type_of(a, &self.sets).is_number()) {
            self.note(
                &crate::rules::query::date_functions::RULE,
                format!("{}() of a number: MySQL reads the number as a date (20210704 is 2021-07-04, 0 the zero date), which my2pg does not translate yet", name.to_uppercase()),
                Severity::Error,
            );
            return;
        }
        // Case-insensitive (ICU) columns: equal values in several cases, full case mappings.
        let ci = args.first().is_some_and(|a| crate::rules::query::text_functions::mentions_ci(a, &self.sets));
        if ci && matches!(name.as_str(), "max" | "min") {
            self.note(&crate::rules::query::text_functions::RULE, "MAX/MIN of a case-insensitive column: of values equal under the collation ('a', 'A') MySQL returns one and PostgreSQL maybe another", Severity::Warning);
        }
        if ci && matches!(name.as_str(), "upper" | "ucase") {
            self.note(&crate::rules::query::text_functions::RULE, "UPPER of a column with an ICU collation uses full case mappings in PostgreSQL ('ß' becomes 'SS'), MySQL maps characters one by one", Severity::Warning);
        }
        match name.as_str() {
            "ifnull" => rename(f, "coalesce"),
            "lcase" => rename(f, "lower"),
            "ucase" => rename(f, "upper"),
            "length" => rename(f, "octet_length"),
            "now" | "current_timestamp" | "localtime" | "localtimestamp" | "sysdate"
                if args.is_empty() =>
            {
                replace(e, "statement_timestamp()".into());
            }
            // MySQL's AVG of exact numbers is a DECIMAL with 4 more digits of scale.
            "avg" if args.len() == 1 => {
                if let crate::catalog::NumKind::Exact(s) =
                    crate::rules::query::division::kind(&args[0], &self.sets)
                {
                    let inner = crate::rules::query::division::internal(s + 4);
                    // With the operand's scale PostgreSQL's average keeps its digits
                    // (avg of 18-digit integers kept only 16 significant ones).
                    let plain = matches!(&*e, Expr::Function(f) if f.over.is_none()
                        && matches!(&f.args, ast::FunctionArguments::List(l) if l.duplicate_treatment.is_none()));
                    let text = if plain {
                        format!("round(avg(CAST({} AS numeric(1000, {}))), {inner})", args[0], inner + 9)
                    } else {
                        format!("round({e}, {inner})")
                    };
                    if replace(e, text) {
                        self.note(
                            &crate::rules::query::division::RULE,
                            "AVG of exact numbers is rounded to MySQL's scale",
                            Severity::Info,
                        );
                    }
                }
            }
            "date_format" => match crate::rules::query::date_format::translate(&args) {
                Ok(text) => {
                    if replace(e, text) {
                        self.note(
                            &crate::rules::query::date_format::RULE,
                            "DATE_FORMAT becomes to_char",
                            Severity::Info,
                        );
                    }
                }
                Err(msg) => self.note(&crate::rules::query::date_format::RULE, msg, Severity::Error),
            },
            // FIELD(x, a, b, …): the position of x in the list, 0 when absent or NULL.
            "field" if args.len() >= 2 => {
                let whens: Vec<String> = args[1..]
                    .iter()
                    .enumerate()
                    .map(|(i, a)| format!("WHEN {a} THEN {}", i + 1))
                    .collect();
                replace(
                    e,
                    format!("CASE {} {} ELSE 0 END", args[0], whens.join(" ")),
                );
            }
            "last_insert_id" if args.is_empty() => {
                if replace(e, "lastval()".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "LAST_INSERT_ID() becomes lastval(): the last value any sequence gave in this session (after a multi-row INSERT, MySQL returns the first id and lastval() the last)", Severity::Warning);
                }
            }
            "rand" if args.is_empty() => {
                replace(e, "random()".into());
            }
            "database" | "schema" if args.is_empty() => {
                if replace(e, "current_schema()".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "DATABASE() becomes current_schema(): the PostgreSQL schema the database became (its name under the identifier policy, or the `schema:` of the config)", Severity::Info);
                }
            }
            "uuid" if args.is_empty() => {
                if replace(e, "CAST(gen_random_uuid() AS text)".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "UUID() becomes gen_random_uuid(): a random version-4 UUID where MySQL's is version 1 (time-based, so roughly ordered)", Severity::Info);
                }
            }
            "isnull" if args.len() == 1 => {
                replace(e, format!("({} IS NULL)", args[0]));
            }
            "pow" => rename(f, "power"),
            // MySQL's STD, STDDEV and VARIANCE are the population forms; all of them are
            // DOUBLE in MySQL (PostgreSQL's are numeric for exact input).
            "std" | "stddev" | "stddev_pop" | "stddev_samp" | "variance" | "var_pop"
            | "var_samp"
                if args.len() == 1 =>
            {
                let pg = match name.as_str() {
                    "std" | "stddev" | "stddev_pop" => "stddev_pop",
                    "stddev_samp" => "stddev_samp",
                    "var_samp" => "var_samp",
                    _ => "var_pop",
                };
                replace(e, format!("CAST({pg}({}) AS double precision)", args[0]));
            }
            // MySQL's one-argument LOG is the natural logarithm; PostgreSQL's is base 10.
            // MySQL's one-argument LOG is the natural logarithm; PostgreSQL's is base 10.
            // A logarithm of zero or less is NULL in MySQL, an error in PostgreSQL.
            "log" | "ln" | "log10" if args.len() == 1 => {
                let pg = if name == "log10" { "log" } else { "ln" };
                replace(
                    e,
                    format!("CASE WHEN {0} > 0 THEN {pg}({0}) END", args[0]),
                );
            }
            "datediff" if args.len() == 2 => {
                // Days between the dates, times ignored.
                replace(
                    e,
                    format!("(CAST({} AS date) - CAST({} AS date))", args[0], args[1]),
                );
            }
            "unix_timestamp" if args.is_empty() => {
                replace(
                    e,
                    "CAST(floor(EXTRACT(EPOCH FROM statement_timestamp())) AS bigint)".into(),
                );
            }
            // MySQL's GREATEST and LEAST are NULL when an argument is; PostgreSQL's skip NULLs.
            "greatest" | "least" if args.len() >= 2 => {
                // Over numbers and strings MySQL compares as numbers: a string literal is
                // the number it starts with.
                let mut args = args.clone();
                if args
                    .iter()
                    .any(|a| super::typing::type_of(a, &self.sets).is_number())
                {
                    for a in args.iter_mut() {
                        if super::typing::type_of(a, &self.sets) == super::typing::Ty::StrLit {
                            super::rewrites::to_number(a);
                        }
                    }
                }
                let any_null = args
                    .iter()
                    .map(|a| format!("{a} IS NULL"))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                let list = args
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                replace(
                    e,
                    format!(
                        "CASE WHEN {any_null} THEN NULL ELSE {}({list}) END",
                        name.to_uppercase()
                    ),
                );
            }
            "curdate" | "current_date" if args.is_empty() => {
                replace(e, "CURRENT_DATE".into());
            }
            "if" if args.len() == 3 => {
                let mut cond = args[0].clone();
                self.truth(&mut cond);
                replace(
                    e,
                    format!("CASE WHEN {cond} THEN {} ELSE {} END", args[1], args[2]),
                );
            }
            "year" | "month" | "day" | "dayofmonth" | "hour" | "minute" | "second" | "quarter"
                if args.len() == 1 =>
            {
                // MySQL returns an integer; EXTRACT returns numeric in PostgreSQL 14+.
                let field = if name == "dayofmonth" {
                    "DAY".to_string()
                } else {
                    name.to_uppercase()
                };
                let arg = match &args[0] {
                    Expr::Value(_) => {
                        let mut c = parse_pg_expr(&format!("CAST({} AS timestamp)", args[0]))
                            .unwrap_or_else(|_| args[0].clone());
                        self.temporal_literals(&mut c);
                        c.to_string()
                    }
                    other => other.to_string(),
                };
                // Seconds are cut, not rounded (59.9 is 59).
                let mut text = if field == "SECOND" {
                    format!("CAST(floor(EXTRACT({field} FROM {arg})) AS integer)")
                } else {
                    format!("CAST(EXTRACT({field} FROM {arg}) AS integer)")
                };
                // MySQL's zero date has its parts 0; its stand-in has none.
                if matches!(&args[0], Expr::Identifier(_) | Expr::CompoundIdentifier(_))
                    && matches!(
                        super::typing::type_of(&args[0], &self.sets),
                        super::typing::Ty::Date | super::typing::Ty::Timestamp
                    )
                    && !matches!(field.as_str(), "HOUR" | "MINUTE" | "SECOND")
                {
                    text = format!("CASE WHEN {arg} = '-infinity' THEN 0 ELSE {text} END");
                }
                replace(e, text);
            }
            "concat"
                if args
                    .iter()
                    .any(|a| super::typing::type_of(a, &self.sets) == super::typing::Ty::Bit) =>
            {
                self.note(&crate::rules::expr::expression::RULE, "CONCAT of a BIT value: MySQL joins its bytes, which my2pg does not translate yet", Severity::Error);
            }
            // A binary string makes MySQL's result binary: its bytes, not a text form.
            "concat" if args.iter().any(|a| super::typing::type_of(a, &self.sets) == super::typing::Ty::Bytea) => {
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| match super::typing::type_of(a, &self.sets) {
                        super::typing::Ty::Bytea => a.to_string(),
                        _ => format!("convert_to(CAST({a} AS text), 'UTF8')"),
                    })
                    .collect();
                replace(e, format!("({})", parts.join(" || ")));
            }
            "concat" if !args.is_empty() => {
                // NULL in, NULL out, as in MySQL (PostgreSQL's concat() skips NULLs).
                let parts: Vec<String> =
                    args.iter().map(|a| format!("CAST({a} AS text)")).collect();
                replace(e, format!("({})", parts.join(" || ")));
            }
            "group_concat" => self.group_concat(e, &args),
            "found_rows" => self.note(&crate::rules::expr::expression::RULE, "FOUND_ROWS() has no PostgreSQL equivalent: count the rows with a separate count(*) query (or count(*) OVER () in the query itself)", Severity::Error),
            "row_count" => self.note(&crate::rules::expr::expression::RULE, "ROW_COUNT() has no SQL equivalent in PostgreSQL: use the driver's affected-row count (or GET DIAGNOSTICS in PL/pgSQL)", Severity::Error),
            "version" if args.is_empty() => self.note(&crate::rules::expr::expression::RULE, "VERSION() is kept: PostgreSQL's version() describes PostgreSQL ('PostgreSQL 15.…'), not a MySQL version", Severity::Warning),
            crate::parse::MATCH_AGAINST => {
                let result = crate::rules::query::fulltext_match::translate(&args);
                self.apply(e, &crate::rules::query::fulltext_match::RULE, result, "match");
            }
            // `VALUES(col)` in ON DUPLICATE KEY UPDATE: the row that was to be inserted.
            "values" if args.len() == 1 => {
                replace(e, format!("EXCLUDED.{}", args[0]));
            }
            n => {
                type Translate = fn(
                    &str,
                    &[Expr],
                    &crate::catalog::ColumnSets,
                ) -> crate::rules::query::text_functions::Rewrite;
                let families: [(&'static Rule, Translate); 3] = [
                    (
                        &crate::rules::query::text_functions::RULE,
                        crate::rules::query::text_functions::translate,
                    ),
                    (
                        &crate::rules::query::date_functions::RULE,
                        crate::rules::query::date_functions::translate,
                    ),
                    (
                        &crate::rules::query::json_functions::RULE,
                        crate::rules::query::json_functions::translate,
                    ),
                ];
                for (rule, translate) in families {
                    if let Some(result) = translate(n, &args, &self.sets) {
                        self.apply(e, rule, result, n);
                        return;
                    }
                }
                if !SAME.contains(&n) && crate::rules::query::unsupported_function::is_builtin(n) {
                    self.note(
                        &crate::rules::query::unsupported_function::RULE,
                        crate::rules::query::unsupported_function::message(n),
                        Severity::Error,
                    );
                    return;
                }
                if !SAME.contains(&n) && !self.unknown.iter().any(|u| u == n) {
                    self.unknown.push(n.to_string());
                }
            }
        }
    }
}
