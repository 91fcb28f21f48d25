//! The arguments of MySQL's functions, each read as what the function wants (a number,
//! a count, a string, a truth value), as `mod.rs`'s doc describes.

use super::*;

/// What each argument of a MySQL function is read as: `n` a number, `c` a count, `s` a
/// string, `b` a truth value read as a number, `p` a value a polymorphic PostgreSQL
/// function needs typed, `-` as it is. The last letter repeats.
fn signature(name: &str) -> Option<&'static str> {
    Some(match name {
        "abs" | "sign" | "sqrt" | "exp" | "ln" | "log" | "log2" | "log10" | "sin" | "cos"
        | "tan" | "cot" | "asin" | "acos" | "atan" | "atan2" | "degrees" | "radians" | "ceil"
        | "ceiling" | "floor" | "pow" | "power" | "mod" | "sum" | "avg" | "std" | "stddev"
        | "stddev_pop" | "stddev_samp" | "variance" | "var_pop" | "var_samp" | "bit_and"
        | "bit_or" | "bit_xor" => "n",
        "round" | "truncate" => "nc",
        "max" | "min" => "b",
        "length" | "octet_length" | "char_length" | "character_length" | "bit_length"
        | "upper" | "ucase" | "lower" | "lcase" | "reverse" | "ltrim" | "rtrim" | "ascii"
        | "ord" | "soundex" | "md5" | "sha1" | "sha" | "to_base64" | "instr" | "strcmp"
        | "find_in_set" | "replace" => "s",
        "left" | "right" | "repeat" => "sc",
        "substr" | "substring" | "mid" => "scc",
        "lpad" | "rpad" => "scs",
        "locate" => "ssc",
        "insert" => "sccs",
        "space" => "c",
        "substring_index" => "ssc",
        "time" => "t",
        "sha2" => "sc",
        "lead" | "lag" | "first_value" | "last_value" | "nth_value" => "p-",
        _ => return None,
    })
}

pub(super) fn function(f: &mut sqlparser::ast::Function, sets: &ColumnSets, notes: &mut Notes) {
    // The name as written, unquoted (a keyword such as LEFT is quoted by now).
    let name = match f.name.0.as_slice() {
        [p] => p.as_ident().map_or_else(String::new, |i| i.value.to_ascii_lowercase()),
        _ => return,
    };
    match name.as_str() {
        "coalesce" | "ifnull" => {
            let mut args = args_mut(f);
            branches(&mut args, sets, notes);
            return;
        }
        "if" => {
            let mut args = args_mut(f);
            if args.len() == 3 {
                branches(&mut args[1..], sets, notes);
            }
            return;
        }
        "nullif" => {
            let mut args = args_mut(f);
            unify(&mut args, sets, notes);
            return;
        }
        "json_object" | "json_array" | "json_arrayagg" | "json_objectagg" => {
            if args_mut(f).iter().any(|x| class(x, sets) == Class::Bytea || type_of(x, sets) == Ty::Bit) {
                notes.add("a binary string or BIT value in JSON: MySQL writes it as \"base64:type15:…\", which my2pg does not translate yet", Severity::Error);
            }
            return;
        }
        "concat" | "concat_ws" => {
            if args_mut(f).iter().any(|x| type_of(x, sets) == Ty::Float) {
                notes.add("a FLOAT or DOUBLE shown as text: PostgreSQL writes some values otherwise (1e-07 for 0.0000001, 1e+20 for 1e20)", Severity::Warning);
            }
        }
        "greatest" | "least" => {
            let mut args = args_mut(f);
            let classes: Vec<Class> = args.iter().map(|x| class(x, sets)).collect();
            if classes.iter().any(|c| matches!(c, Class::Date | Class::Clock))
                && classes.contains(&Class::Number)
            {
                // MySQL reads the others as the temporal type and returns one (NULL for a
                // number that is no valid time).
                notes.add(&format!("{} of a date or time and a number: MySQL returns the temporal type, reading the number as one, which my2pg does not translate yet", name.to_uppercase()), Severity::Error);
                return;
            }
            unify(&mut args, sets, notes);
            return;
        }
        _ => {}
    }
    let Some(sig) = signature(&name) else { return };
    let wide = matches!(name.as_str(), "abs");
    let last = sig.chars().last().unwrap_or('-');
    for (i, x) in args_mut(f).into_iter().enumerate() {
        let want = sig.chars().nth(i).unwrap_or(last);
        let c = class(x, sets);
        match want {
            'n' => {
                if wide && c == Class::Number && type_of(x, sets) == Ty::Int && column_name(x).is_some() {
                    let text = format!("CAST({x} AS bigint)");
                    if replace(x, &text) {
                        notes.add("ABS of an INT column is computed in 64 bits, as in MySQL", Severity::Info);
                    }
                } else if c != Class::Number {
                    if i == 0 && sig == "nc" && matches!(c, Class::Date | Class::Clock) {
                        notes.add("ROUND or TRUNCATE of a date or time: MySQL 8 gives the number its digits spell, as here (MariaDB gives a date or time)", Severity::Warning);
                    }
                    as_number(x, c, sets, notes);
                }
            }
            'c' => {
                let clamp = match name.as_str() {
                    "round" | "truncate" => Clamp::No,
                    "repeat" | "space" | "lpad" | "rpad" => Clamp::Negative,
                    _ => Clamp::Both,
                };
                as_count(x, c, clamp, sets, notes)
            }
            's' => as_text(x, c, sets, notes),
            'b' if c == Class::Bool => {
                let text = format!("CAST({x} AS integer)");
                if replace(x, &text) {
                    notes.add("MAX and MIN of a truth value are 1 or 0, as in MySQL", Severity::Info);
                }
            }
            't' if type_of(x, sets) == Ty::Date => {
                let text = format!("CAST({x} AS timestamp)");
                replace(x, &text);
            }
            'p' if matches!(c, Class::StrLit | Class::Null) => {
                let text = format!("CAST({x} AS text)");
                if replace(x, &text) {
                    notes.add("a string literal given to a window function is typed as text", Severity::Info);
                }
            }
            _ => {}
        }
    }
}
