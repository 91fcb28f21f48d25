//! The generator's vocabulary: MySQL functions and operators (each with its result type
//! and a template whose placeholders the generator fills), aggregates, window
//! functions, and literal pools of every kind.

use super::Ty;

/// A function or operator of the generator: its name (counted), result, template.
/// Placeholders: {N} number, {S} string, {D} date, {T} datetime, {M} time, {B} condition,
/// {J} JSON, {X} binary string, {K} small integer literal, {U} interval unit,
/// {F} date format, {P} JSON path, {A} any scalar.
pub struct Func {
    pub name: &'static str,
    pub ret: Ty,
    pub template: &'static str,
}

macro_rules! funcs {
    ($($name:literal $ret:ident $tpl:literal;)*) => {
        &[$(Func { name: $name, ret: Ty::$ret, template: $tpl }),*]
    };
}

pub static FUNCS: &[Func] = funcs! {
    "+" Num "({N} + {N})";
    "-" Num "({N} - {N})";
    "*" Num "({N} * {N})";
    "/" Num "({N} / {N})";
    "DIV" Num "({N} DIV {N})";
    "%" Num "({N} % {N})";
    "MOD" Num "MOD({N}, {N})";
    "unary -" Num "(- {N})";
    "ABS" Num "ABS({N})";
    "CEIL" Num "CEIL({N})";
    "CEILING" Num "CEILING({N})";
    "FLOOR" Num "FLOOR({N})";
    "ROUND" Num "ROUND({N})";
    "ROUND/2" Num "ROUND({N}, {K})";
    "TRUNCATE" Num "TRUNCATE({N}, {K})";
    "SIGN" Num "SIGN({N})";
    "GREATEST" Num "GREATEST({N}, {N})";
    "LEAST" Num "LEAST({N}, {N})";
    "POW" Num "POW({N}, {K})";
    "POWER" Num "POWER({N}, 2)";
    "SQRT" Num "SQRT(ABS({N}))";
    "EXP" Num "EXP({K})";
    "LN" Num "LN({N})";
    "LOG" Num "LOG({N})";
    "LOG10" Num "LOG10({N})";
    "LOG2" Num "LOG2({N})";
    "PI" Num "PI()";
    "RADIANS" Num "RADIANS({N})";
    "DEGREES" Num "DEGREES({N})";
    "SIN" Num "SIN({N})";
    "COS" Num "COS({N})";
    "TAN" Num "TAN({K})";
    "ATAN" Num "ATAN({N})";
    "ATAN2" Num "ATAN2({N}, {N})";
    "CRC32" Num "CRC32({S})";
    "LENGTH" Num "LENGTH({S})";
    "OCTET_LENGTH" Num "OCTET_LENGTH({S})";
    "CHAR_LENGTH" Num "CHAR_LENGTH({S})";
    "CHARACTER_LENGTH" Num "CHARACTER_LENGTH({S})";
    "BIT_LENGTH" Num "BIT_LENGTH({S})";
    "ASCII" Num "ASCII({S})";
    "ORD" Num "ORD({S})";
    "LOCATE" Num "LOCATE({S}, {S})";
    "LOCATE/3" Num "LOCATE({S}, {S}, {K})";
    "POSITION" Num "POSITION({S} IN {S})";
    "INSTR" Num "INSTR({S}, {S})";
    "STRCMP" Num "STRCMP({S}, {S})";
    "FIELD" Num "FIELD({S}, {S}, {S})";
    "FIND_IN_SET" Num "FIND_IN_SET({S}, {S})";
    "BIT_COUNT" Num "BIT_COUNT({N})";
    "&" Num "({N} & {N})";
    "|" Num "({N} | {N})";
    "^" Num "({N} ^ {N})";
    "<<" Num "({N} << {K})";
    ">>" Num "({N} >> {K})";
    "~" Num "(~ {N})";
    "YEAR" Num "YEAR({D})";
    "MONTH" Num "MONTH({D})";
    "DAY" Num "DAY({D})";
    "DAYOFMONTH" Num "DAYOFMONTH({D})";
    "DAYOFWEEK" Num "DAYOFWEEK({D})";
    "WEEKDAY" Num "WEEKDAY({D})";
    "DAYOFYEAR" Num "DAYOFYEAR({D})";
    "QUARTER" Num "QUARTER({D})";
    "WEEK" Num "WEEK({D})";
    "HOUR" Num "HOUR({T})";
    "MINUTE" Num "MINUTE({T})";
    "SECOND" Num "SECOND({T})";
    "MICROSECOND" Num "MICROSECOND({T})";
    "DATEDIFF" Num "DATEDIFF({D}, {D})";
    "TIMESTAMPDIFF" Num "TIMESTAMPDIFF({U}, {T}, {T})";
    "TO_DAYS" Num "TO_DAYS({D})";
    "TO_SECONDS" Num "TO_SECONDS({T})";
    "UNIX_TIMESTAMP" Num "UNIX_TIMESTAMP({T})";
    "TIME_TO_SEC" Num "TIME_TO_SEC({M})";
    "EXTRACT" Num "EXTRACT({U} FROM {T})";
    "IFNULL" Num "IFNULL({N}, {N})";
    "COALESCE" Num "COALESCE({N}, {N}, {K})";
    "NULLIF" Num "NULLIF({N}, {N})";
    "IF" Num "IF({B}, {N}, {N})";
    "CASE" Num "CASE WHEN {B} THEN {N} ELSE {N} END";
    "CASE/simple" Num "CASE {N} WHEN {K} THEN {N} ELSE {N} END";
    "CAST SIGNED" Num "CAST({A} AS SIGNED)";
    "CAST UNSIGNED" Num "CAST({N} AS UNSIGNED)";
    "CAST DECIMAL" Num "CAST({A} AS DECIMAL(10,2))";
    "CAST DOUBLE" Num "CAST({N} AS DOUBLE)";
    "CONVERT SIGNED" Num "CONVERT({A}, SIGNED)";
    "JSON_LENGTH" Num "JSON_LENGTH({J})";
    "JSON_DEPTH" Num "JSON_DEPTH({J})";
    "JSON_VALID" Num "JSON_VALID({S})";
    "JSON_CONTAINS" Num "JSON_CONTAINS({J}, '1')";
    "INTERVAL()" Num "INTERVAL({N}, 0, 10, 100)";
    "CONV" Num "CONV({K}, 10, 2)";
    "BOOL as number" Num "({B}) + 0";
    "CONCAT" Str "CONCAT({S}, {S})";
    "CONCAT/3" Str "CONCAT({S}, {N}, {S})";
    "CONCAT_WS" Str "CONCAT_WS('-', {S}, {S})";
    "LOWER" Str "LOWER({S})";
    "UPPER" Str "UPPER({S})";
    "LCASE" Str "LCASE({S})";
    "UCASE" Str "UCASE({S})";
    "SUBSTRING" Str "SUBSTRING({S}, {K})";
    "SUBSTRING/3" Str "SUBSTRING({S}, {K}, {K})";
    "SUBSTR" Str "SUBSTR({S}, {K}, 2)";
    "SUBSTRING FROM" Str "SUBSTRING({S} FROM {K})";
    "MID" Str "MID({S}, 2, 3)";
    "LEFT" Str "LEFT({S}, {K})";
    "RIGHT" Str "RIGHT({S}, {K})";
    "LPAD" Str "LPAD({S}, 6, '*')";
    "RPAD" Str "RPAD({S}, 6, '.')";
    "TRIM" Str "TRIM({S})";
    "TRIM BOTH" Str "TRIM(BOTH 'a' FROM {S})";
    "LTRIM" Str "LTRIM({S})";
    "RTRIM" Str "RTRIM({S})";
    "REPLACE" Str "REPLACE({S}, 'a', 'x')";
    "REVERSE" Str "REVERSE({S})";
    "REPEAT" Str "REPEAT({S}, 2)";
    "SPACE" Str "CONCAT('[', SPACE({K}), ']')";
    "INSERT" Str "INSERT({S}, 2, 1, 'Z')";
    "SUBSTRING_INDEX" Str "SUBSTRING_INDEX({S}, 'a', 1)";
    "ELT" Str "ELT({K}, 'p', 'q', 'r')";
    "HEX" Str "HEX({S})";
    "HEX/n" Str "HEX({N})";
    "BIN" Str "BIN({K})";
    "OCT" Str "OCT({K})";
    "MD5" Str "MD5({S})";
    "SHA1" Str "SHA1({S})";
    "SHA2" Str "SHA2({S}, 256)";
    "TO_BASE64" Str "TO_BASE64({S})";
    "QUOTE" Str "QUOTE({S})";
    "FORMAT" Str "FORMAT({N}, 2)";
    "DATE_FORMAT" Str "DATE_FORMAT({T}, {F})";
    "TIME_FORMAT" Str "TIME_FORMAT({M}, '%H:%i')";
    "MONTHNAME" Str "MONTHNAME({D})";
    "DAYNAME" Str "DAYNAME({D})";
    "CAST CHAR" Str "CAST({A} AS CHAR)";
    "CONVERT CHAR" Str "CONVERT({A}, CHAR)";
    "CONVERT USING" Str "CONVERT({S} USING utf8mb4)";
    "IFNULL/s" Str "IFNULL({S}, {S})";
    "COALESCE/s" Str "COALESCE({S}, 'none')";
    "IF/s" Str "IF({B}, {S}, {S})";
    "CASE/s" Str "CASE WHEN {B} THEN {S} ELSE 'no' END";
    "JSON_UNQUOTE" Str "JSON_UNQUOTE(JSON_EXTRACT({J}, {P}))";
    "JSON_TYPE" Str "JSON_TYPE({J})";
    "CHAR" Str "CHAR(65 + {K})";
    "COLLATE" Str "({S} COLLATE utf8mb4_bin)";
    "LOWER/bin" Str "LOWER(CONVERT({X} USING utf8mb4))";
    "DATE" Date "DATE({T})";
    "DATE_ADD" Date "DATE_ADD({D}, INTERVAL {K} DAY)";
    "DATE_SUB" Date "DATE_SUB({D}, INTERVAL {K} MONTH)";
    "ADDDATE" Date "ADDDATE({D}, {K})";
    "SUBDATE" Date "SUBDATE({D}, INTERVAL 1 YEAR)";
    "+ INTERVAL" Date "({D} + INTERVAL {K} DAY)";
    "- INTERVAL" Date "({D} - INTERVAL 1 MONTH)";
    "LAST_DAY" Date "LAST_DAY({D})";
    "MAKEDATE" Date "MAKEDATE(2020, {K})";
    "FROM_DAYS" Date "FROM_DAYS(738000 + {K})";
    "STR_TO_DATE" Date "STR_TO_DATE('2021-03-04', '%Y-%m-%d')";
    "CAST DATE" Date "CAST({T} AS DATE)";
    "TIMESTAMP" DateTime "TIMESTAMP({D})";
    "CAST DATETIME" DateTime "CAST({D} AS DATETIME)";
    "DATE_ADD HOUR" DateTime "DATE_ADD({T}, INTERVAL {K} HOUR)";
    "TIMESTAMPADD" DateTime "TIMESTAMPADD(MINUTE, {K}, {T})";
    "ADDTIME" DateTime "ADDTIME({T}, '01:00:00')";
    "FROM_UNIXTIME" DateTime "FROM_UNIXTIME(86400 * {K})";
    "STR_TO_DATE/dt" DateTime "STR_TO_DATE('2021-03-04 05:06:07', '%Y-%m-%d %H:%i:%s')";
    "TIME" Time "TIME({T})";
    "SEC_TO_TIME" Time "SEC_TO_TIME({K} * 1000)";
    "MAKETIME" Time "MAKETIME({K}, 30, 0)";
    "TIMEDIFF" Time "TIMEDIFF({T}, {T})";
    "JSON_EXTRACT" Json "JSON_EXTRACT({J}, {P})";
    "JSON_OBJECT" Json "JSON_OBJECT('k', {N})";
    "JSON_ARRAY" Json "JSON_ARRAY({N}, {S})";
    "JSON_SET" Json "JSON_SET({J}, '$.z', {K})";
    "JSON_REMOVE" Json "JSON_REMOVE({J}, '$.a')";
    "JSON_KEYS" Json "JSON_KEYS({J})";
    "UNHEX" Bin "UNHEX({S})";
    "BINARY" Bin "BINARY {S}";
    "CAST BINARY" Bin "CAST({S} AS BINARY)";
    "FROM_BASE64" Bin "FROM_BASE64(TO_BASE64({S}))";
    "=" Bool "{A=} = {A=}";
    "<>" Bool "{A=} <> {A=}";
    "!=" Bool "{A=} != {A=}";
    "<" Bool "{A=} < {A=}";
    "<=" Bool "{A=} <= {A=}";
    ">" Bool "{A=} > {A=}";
    ">=" Bool "{A=} >= {A=}";
    "<=>" Bool "{A=} <=> {A=}";
    "= cross" Bool "{A} = {A}";
    "IS NULL" Bool "{A} IS NULL";
    "IS NOT NULL" Bool "{A} IS NOT NULL";
    "ISNULL" Bool "ISNULL({A})";
    "BETWEEN" Bool "{N} BETWEEN {N} AND {N}";
    "NOT BETWEEN" Bool "{N} NOT BETWEEN {K} AND 10";
    "IN" Bool "{A=} IN ({A=}, {A=})";
    "NOT IN" Bool "{N} NOT IN (0, 1, 2)";
    "LIKE" Bool "{S} LIKE {L}";
    "NOT LIKE" Bool "{S} NOT LIKE {L}";
    "LIKE ESCAPE" Bool "{S} LIKE '%|%%' ESCAPE '|'";
    "REGEXP" Bool "{S} REGEXP '^[a-c]'";
    "RLIKE" Bool "{S} RLIKE 'b.c'";
    "NOT REGEXP" Bool "{S} NOT REGEXP 'x$'";
    "AND" Bool "({B} AND {B})";
    "OR" Bool "({B} OR {B})";
    "&&" Bool "({B} && {B})";
    "XOR" Bool "({B} XOR {B})";
    "NOT" Bool "NOT ({B})";
    "!" Bool "!({B})";
    "IS TRUE" Bool "({B}) IS TRUE";
    "IS NOT FALSE" Bool "({B}) IS NOT FALSE";
    "number as condition" Bool "{N}";
    "string as condition" Bool "{S}";
};

/// Aggregates (for grouped queries and HAVING): name, template over one operand.
pub static AGGS: &[(&str, &str)] = &[
    ("COUNT(*)", "COUNT(*)"),
    ("COUNT", "COUNT({N})"),
    ("COUNT DISTINCT", "COUNT(DISTINCT {S})"),
    ("SUM", "SUM({N})"),
    ("AVG", "AVG({N})"),
    ("MIN", "MIN({N})"),
    ("MAX", "MAX({N})"),
    ("MIN/s", "MIN({S})"),
    ("MAX/s", "MAX({S})"),
    (
        "GROUP_CONCAT",
        "GROUP_CONCAT({S} ORDER BY {S} SEPARATOR ',')",
    ),
    ("GROUP_CONCAT DISTINCT", "GROUP_CONCAT(DISTINCT {N})"),
    ("BIT_AND", "BIT_AND({N})"),
    ("BIT_OR", "BIT_OR({N})"),
    ("BIT_XOR", "BIT_XOR({N})"),
    ("STD", "STD({N})"),
    ("STDDEV_POP", "STDDEV_POP({N})"),
    ("VAR_POP", "VAR_POP({N})"),
    ("VARIANCE", "VARIANCE({N})"),
    ("STDDEV_SAMP", "STDDEV_SAMP({N})"),
    ("JSON_ARRAYAGG", "JSON_ARRAYAGG({N})"),
];

/// Window functions, each with an OVER clause filled in by the generator.
pub static WINDOWS: &[(&str, &str)] = &[
    ("ROW_NUMBER", "ROW_NUMBER()"),
    ("RANK", "RANK()"),
    ("DENSE_RANK", "DENSE_RANK()"),
    ("NTILE", "NTILE(3)"),
    ("LAG", "LAG({N})"),
    ("LEAD", "LEAD({S}, 1)"),
    ("FIRST_VALUE", "FIRST_VALUE({N})"),
    ("SUM OVER", "SUM({N})"),
    ("COUNT OVER", "COUNT(*)"),
    ("CUME_DIST", "CUME_DIST()"),
    ("PERCENT_RANK", "PERCENT_RANK()"),
];

pub const NUM_LITS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2.5",
    "-0",
    "10",
    "'3'",
    "0x10",
    "b'101'",
    "1e3",
    "3.14159",
    "18446744073709551615",
    "-9223372036854775808",
    "NULL",
    "0.1",
    "100",
    "'7.5'",
];
pub const STR_LITS: &[&str] = &[
    "'a'",
    "'A'",
    "'abc'",
    "''",
    "'Straße'",
    "'%a%'",
    "_utf8mb4'x'",
    "\"dq\"",
    "'it''s'",
    "'b\\\\c'",
    "NULL",
    "'10'",
    "'x,z'",
    "'C'",
    "'é'",
    "N'n'",
];
pub const DATE_LITS: &[&str] = &[
    "'2020-02-29'",
    "DATE '2021-01-31'",
    "'2024-12-31'",
    "'1999-09-09'",
    "20210704",
];
pub const DATETIME_LITS: &[&str] = &[
    "'2020-01-01 12:30:00'",
    "TIMESTAMP '2021-06-15 08:00:00'",
    "'2038-01-19 03:14:07'",
    "'2000-01-01'",
];
pub const TIME_LITS: &[&str] = &["'12:00:00'", "'01:30:00'", "'23:59:59'"];
pub const JSON_LITS: &[&str] = &[
    "'{\"a\": 1, \"b\": [1, 2]}'",
    "'[1, 2, 3]'",
    "'{\"a\": {\"b\": 5}}'",
];
pub const BIN_LITS: &[&str] = &["x'41'", "X'6162'", "x''"];
pub const UNITS: &[&str] = &[
    "DAY", "HOUR", "MINUTE", "SECOND", "MONTH", "YEAR", "WEEK", "QUARTER",
];
pub const FORMATS: &[&str] = &[
    "'%Y-%m-%d'",
    "'%d/%m/%Y %H:%i:%s'",
    "'%b %e, %Y'",
    "'%W %M %y'",
    "'%j %U %a'",
    "'%H:%i:%s.%f'",
    "'%T %p %r'",
    "'%c/%e %k:%l'",
];
pub const PATHS: &[&str] = &["'$.a'", "'$.b[1]'", "'$[0]'", "'$.a.b'", "'$.c'", "'$'"];
pub const LIKES: &[&str] = &[
    "'a%'",
    "'%b%'",
    "'_'",
    "'A%'",
    "'%'",
    "'a\\\\_%'",
    "'str%'",
    "''",
];

/// How many functions and operators the generator knows.
pub fn known_functions() -> usize {
    FUNCS.len() + AGGS.len() + WINDOWS.len()
}
