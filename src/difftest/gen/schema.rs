//! The generated schema: a table per MySQL type family, a composite key, a table
//! without a key, and the edge values their rows hold.

use super::Rng;
use std::collections::BTreeSet;

/// What an expression is, for choosing operands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    Num,
    Str,
    Date,
    DateTime,
    Time,
    Bool,
    Json,
    Bin,
}

/// One column of the generated schema.
pub struct Col {
    pub name: &'static str,
    pub ddl: &'static str,
    pub ty: Ty,
    /// Literal values a row may hold (MySQL text).
    pub values: &'static [&'static str],
}

pub struct Table {
    pub name: &'static str,
    pub cols: Vec<Col>,
    /// The columns of a unique key that orders its rows totally (empty: none).
    pub key: &'static [&'static str],
    pub extra: &'static str,
}

const INT8: &[&str] = &["0", "1", "-1", "-128", "127", "42", "NULL"];
const UINT8: &[&str] = &["0", "1", "255", "42", "NULL"];
const INT16: &[&str] = &["0", "-32768", "32767", "7", "NULL"];
const UINT16: &[&str] = &["0", "65535", "300", "NULL"];
const INT24: &[&str] = &["0", "-8388608", "8388607", "-5", "NULL"];
const UINT24: &[&str] = &["0", "16777215", "12", "NULL"];
const INT32: &[&str] = &["0", "-2147483648", "2147483647", "3", "-3", "NULL"];
const UINT32: &[&str] = &["0", "4294967295", "10", "NULL"];
const INT64: &[&str] = &[
    "0",
    "-9223372036854775808",
    "9223372036854775807",
    "1000000",
    "-2",
    "NULL",
];
const UINT64: &[&str] = &[
    "0",
    "18446744073709551615",
    "9223372036854775808",
    "5",
    "NULL",
];
const BOOL: &[&str] = &["0", "1", "NULL"];
const DEC0: &[&str] = &["0", "-9999999999", "9999999999", "17", "NULL"];
const DEC2: &[&str] = &[
    "0.00",
    "-0.00",
    "1.50",
    "-123.45",
    "9999999999.99",
    "0.01",
    "NULL",
];
const DEC5: &[&str] = &["0", "123456789012345.12345", "0.00001", "2.5", "NULL"];
const FLOAT: &[&str] = &["0", "-0", "1.5", "3.25", "-1e10", "0.125", "NULL"];
const DOUBLE: &[&str] = &[
    "0",
    "-0",
    "0.1",
    "1e300",
    "-2.5",
    "1e-7",
    "123456.789",
    "NULL",
];
const BIT1: &[&str] = &["b'0'", "b'1'", "NULL"];
const BIT8: &[&str] = &["b'0'", "b'11111111'", "b'1010'", "NULL"];
/// Strings for columns under a PAD SPACE collation (every collation but MySQL 8's
/// `_0900_` ones): no trailing spaces, whose equality differs there by design (D016 at
/// the schema; `tests/real.rs` compares it), no `ß` beside `ss` (ICU's expansion, D016
/// too), and no characters outside the BMP, which MariaDB's UCA 4.0 collations order
/// apart from MySQL 8's UCA 9.0 (and ICU).
const STR: &[&str] = &[
    "''",
    "'a'",
    "'A'",
    "'abc'",
    "'ABC'",
    "'Straße'",
    "'é'",
    "'e'",
    "'10'",
    "'2abc'",
    "'-3.5'",
    "'%_x'",
    "'b\\\\c'",
    "'it''s'",
    "NULL",
];
/// CHAR strips trailing spaces in MySQL (and my2pg's varchar keeps the stripped value).
const CHARS: &[&str] = &["''", "'a'", "'A '", "'a  '", "'abc'", "'é'", "'10'", "NULL"];
/// A binary collation orders by code point in both engines: any character.
const BIN_STR: &[&str] = &[
    "''",
    "'a'",
    "'A'",
    "'abc'",
    "'Straße'",
    "'😀'",
    "'é'",
    "'10'",
    "NULL",
];
const SHORT: &[&str] = &["'a'", "'A'", "'b'", "'xy'", "'é'", "''"];
const BIN: &[&str] = &["x''", "x'00'", "x'41'", "x'ff00'", "x'616263'", "NULL"];
const BIN4: &[&str] = &["x'00000000'", "x'41424344'", "x'ff00ff00'", "NULL"];
const DATE: &[&str] = &[
    "'0000-00-00'",
    "'1970-01-01'",
    "'2024-02-29'",
    "'9999-12-31'",
    "'1000-01-01'",
    "'2021-06-15'",
    "NULL",
];
const TIME: &[&str] = &[
    "'00:00:00'",
    "'23:59:59'",
    "'12:34:56'",
    "'08:00:00'",
    "NULL",
];
const DATETIME: &[&str] = &[
    "'0000-00-00 00:00:00'",
    "'2020-02-29 12:00:00'",
    "'1970-01-01 00:00:01'",
    "'9999-12-31 23:59:59'",
    "'2021-06-15 08:30:00'",
    "NULL",
];
const DATETIME3: &[&str] = &[
    "'2020-01-01 00:00:00.123'",
    "'2021-12-31 23:59:59.999'",
    "'2000-06-01 10:00:00.5'",
    "NULL",
];
const TIMESTAMP: &[&str] = &[
    "'1970-01-01 00:00:01'",
    "'2038-01-19 03:14:07.999999'",
    "'2020-06-01 10:00:00.5'",
    "'2021-03-04 05:06:07'",
    "NULL",
];
const YEAR: &[&str] = &["1901", "2155", "2000", "0", "NULL"];
const ENUM: &[&str] = &["'a'", "'b'", "'C'", "'c'", "NULL"];
const SET: &[&str] = &["''", "'x'", "'x,z'", "'y,z'", "'x,y,z'", "NULL"];
const JSON: &[&str] = &[
    "'null'",
    "'1'",
    "'\"s\"'",
    "'[]'",
    "'{}'",
    "'[1, \"a\", null, true]'",
    "'{\"a\": {\"b\": [1, 2]}, \"c\": 1.5}'",
    "'{\"a\": 2, \"b\": \"x\"}'",
    "NULL",
];

fn col(name: &'static str, ddl: &'static str, ty: Ty, values: &'static [&'static str]) -> Col {
    Col {
        name,
        ddl,
        ty,
        values,
    }
}

/// The schema: a table per type family, a composite key and a table with no key.
pub fn schema() -> Vec<Table> {
    vec![
        Table {
            name: "t_num",
            key: &["id"],
            extra: "",
            cols: vec![
                col("id", "int NOT NULL", Ty::Num, &[]),
                col("i8", "tinyint", Ty::Num, INT8),
                col("u8", "tinyint unsigned", Ty::Num, UINT8),
                col("i16", "smallint", Ty::Num, INT16),
                col("u16", "smallint unsigned", Ty::Num, UINT16),
                col("i24", "mediumint", Ty::Num, INT24),
                col("u24", "mediumint unsigned", Ty::Num, UINT24),
                col("i32", "int", Ty::Num, INT32),
                col("u32", "int unsigned", Ty::Num, UINT32),
                col("i64", "bigint", Ty::Num, INT64),
                col("u64", "bigint unsigned", Ty::Num, UINT64),
                col("b1", "tinyint(1)", Ty::Bool, BOOL),
                col("d0", "decimal(10,0)", Ty::Num, DEC0),
                col("d2", "decimal(12,2)", Ty::Num, DEC2),
                col("d5", "decimal(20,5) unsigned", Ty::Num, DEC5),
                col("f", "float", Ty::Num, FLOAT),
                col("g", "double", Ty::Num, DOUBLE),
                col("bit1", "bit(1)", Ty::Bool, BIT1),
                col("bit8", "bit(8)", Ty::Num, BIT8),
            ],
        },
        Table {
            name: "t_str",
            key: &["id"],
            extra: ", UNIQUE KEY u_bin (v_bin)",
            cols: vec![
                col("id", "int NOT NULL", Ty::Num, &[]),
                col("c_ci", "char(10)", Ty::Str, CHARS),
                col("v_ci", "varchar(20)", Ty::Str, STR),
                col("v_bin", "varchar(20) COLLATE utf8mb4_bin", Ty::Str, BIN_STR),
                col(
                    "v_gen",
                    "varchar(20) COLLATE utf8mb4_general_ci",
                    Ty::Str,
                    STR,
                ),
                col("tx", "text", Ty::Str, STR),
                col("bn", "binary(4)", Ty::Bin, BIN4),
                col("vb", "varbinary(10)", Ty::Bin, BIN),
                col("bl", "blob", Ty::Bin, BIN),
                col("en", "enum('a','b','C')", Ty::Str, ENUM),
                col("st", "set('x','y','z')", Ty::Str, SET),
                col("js", "json", Ty::Json, JSON),
            ],
        },
        Table {
            name: "t_time",
            key: &["id"],
            extra: "",
            cols: vec![
                col("id", "int NOT NULL", Ty::Num, &[]),
                col("dt", "date", Ty::Date, DATE),
                col("tm", "time", Ty::Time, TIME),
                col("dtm", "datetime", Ty::DateTime, DATETIME),
                col("dtm3", "datetime(3)", Ty::DateTime, DATETIME3),
                col(
                    "ts",
                    "timestamp(6) NULL DEFAULT NULL",
                    Ty::DateTime,
                    TIMESTAMP,
                ),
                col("yr", "year", Ty::Num, YEAR),
            ],
        },
        Table {
            name: "t_pair",
            key: &["a", "b"],
            extra: "",
            cols: vec![
                col("a", "int NOT NULL", Ty::Num, &["1", "2", "3", "4"]),
                col("b", "varchar(5) NOT NULL", Ty::Str, SHORT),
                col("n", "int", Ty::Num, INT32),
            ],
        },
        Table {
            name: "t_bag",
            key: &[],
            extra: "",
            cols: vec![
                col("x", "int", Ty::Num, &["1", "2", "2", "NULL", "-7"]),
                col("y", "varchar(5)", Ty::Str, SHORT),
            ],
        },
    ]
}

impl Table {
    /// The table's MySQL CREATE TABLE (without a terminator).
    pub fn create(&self) -> String {
        let cols: Vec<String> = self
            .cols
            .iter()
            .map(|c| format!("{} {}", c.name, c.ddl))
            .collect();
        let pk = if self.key.is_empty() {
            String::new()
        } else {
            format!(", PRIMARY KEY ({})", self.key.join(", "))
        };
        format!(
            "CREATE TABLE {} ({}{pk}{}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
            self.name,
            cols.join(", "),
            self.extra
        )
    }
}

/// Rows per table.
pub const ROWS: usize = 12;

/// The MySQL script that creates and fills the schema.
pub fn schema_script(tables: &[Table], rng: &mut Rng) -> String {
    let mut out = String::new();
    for t in tables {
        out.push_str(&t.create());
        out.push('\n');
    }
    for t in tables {
        let mut seen_keys = BTreeSet::new();
        let mut rows = Vec::new();
        for i in 0..ROWS {
            let mut vals = Vec::new();
            for (j, c) in t.cols.iter().enumerate() {
                if c.values.is_empty() {
                    vals.push((i + 1).to_string());
                } else if i < c.values.len() && t.key.is_empty() {
                    vals.push(c.values[i].to_string());
                } else {
                    // Rows walk each column's edge values in turn, then draw at random.
                    let v = if i < c.values.len() {
                        c.values[(i + j) % c.values.len()]
                    } else {
                        *rng.pick(c.values)
                    };
                    vals.push(v.to_string());
                }
            }
            // Unique keys: skip a row whose key repeats (t_pair's (a, b), t_str's v_bin).
            let key: Vec<String> = t
                .cols
                .iter()
                .zip(&vals)
                .filter(|(c, _)| {
                    t.key.contains(&c.name) || (t.name == "t_str" && c.name == "v_bin")
                })
                .map(|(c, v)| format!("{}={}", c.name, v.to_lowercase().trim_end_matches(' ')))
                .collect();
            let unique_null = t.name == "t_str" && key.iter().any(|k| k.ends_with("=null"));
            if t.name == "t_str" {
                let bin = key.iter().find(|k| k.starts_with("v_bin=")).cloned();
                if let Some(b) = bin {
                    if !unique_null && !seen_keys.insert(b) {
                        continue;
                    }
                }
            } else if !t.key.is_empty() && !seen_keys.insert(key.join(",")) {
                continue;
            }
            rows.push(format!("({})", vals.join(", ")));
        }
        out.push_str(&format!(
            "INSERT INTO {} VALUES {};\n",
            t.name,
            rows.join(", ")
        ));
    }
    out
}
