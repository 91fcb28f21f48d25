//! `my2pg.yaml`: the user's choices, read into typed structs.
//!
//! Every key is optional; an unknown key is an error that names the key,
//! the file and the line (serde's `deny_unknown_fields` + serde_norway's
//! locations).

use serde::Deserialize;
use std::collections::BTreeMap;

/// How identifiers are spelled in PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum IdentifierPolicy {
    /// Fold to lower case; quote only where PostgreSQL needs it.
    #[default]
    Lower,
    /// Keep the case as written, quoting every identifier.
    Preserve,
}

/// How ENUM columns become PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum EnumPolicy {
    /// A `CREATE TYPE … AS ENUM` per column: keeps MySQL's sort order.
    #[default]
    Type,
    /// `text` with a CHECK on the allowed values (sorts as text).
    Check,
}

/// What MySQL's zero dates (`0000-00-00`) become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ZeroDatePolicy {
    /// `-infinity`: keeps NOT NULL and sorts before every date, as the zero date does.
    #[default]
    MinusInfinity,
    /// NULL: NOT NULL is dropped from columns whose default is a zero date.
    Null,
}

/// What case-insensitive MySQL collations become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum CollationPolicy {
    /// Keep case-insensitive comparison (see `docs/collation.md`).
    #[default]
    Ci,
    /// Plain PostgreSQL text: comparisons become case-sensitive (flagged per table).
    Exact,
}

/// How dump rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum DataFormat {
    /// `COPY … FROM stdin` blocks, as pg_dump writes them (the fastest load).
    #[default]
    Copy,
    /// Multi-row `INSERT` statements (one per source statement).
    Inserts,
}

/// How positional placeholders are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceholderStyle {
    /// `$1, $2, …` (libpq, most drivers).
    #[default]
    Dollar,
    /// `?` (JDBC).
    Question,
    /// `%s` (psycopg).
    Percent,
}

/// What an UPDATE's affected-row count means to the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateCount {
    /// The rows the UPDATE changed: MySQL's default, what PHP's mysqli and PDO, Python's
    /// drivers and Go's see. The translation skips rows it would not change (Q025).
    #[default]
    Changed,
    /// The rows it matched: clients that set CLIENT_FOUND_ROWS (JDBC's default,
    /// `useAffectedRows=false`), which is PostgreSQL's count already.
    Matched,
}

/// A type-mapping override, in the spirit of pgloader's CAST rules.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TypeOverride {
    /// MySQL type name (`tinyint`, `datetime`, …), lower case, without parameters.
    #[serde(rename = "type")]
    pub mysql_type: Option<String>,
    /// `table.column` (MySQL names, case-insensitive).
    pub column: Option<String>,
    /// The PostgreSQL type to emit, verbatim.
    pub to: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// MySQL version whose versioned comments are executed (`/*!NNNNN … */`).
    pub mysql_version: String,
    pub identifiers: IdentifierPolicy,
    pub enums: EnumPolicy,
    pub zero_dates: ZeroDatePolicy,
    pub collation: CollationPolicy,
    /// `tinyint(1)`, `bool` and `bit(1)` become `boolean`.
    pub tinyint1_as_boolean: bool,
    /// CHECK constraints that keep MySQL's value ranges where the PostgreSQL type is wider
    /// (unsigned, tinyint, mediumint, year, text lengths in bytes).
    pub range_checks: bool,
    /// Spatial types become PostGIS `geometry`.
    pub postgis: bool,
    /// How `?` placeholders in queries are written.
    pub placeholders: PlaceholderStyle,
    /// How dump rows are written: `copy` (default) or `inserts`.
    pub data: DataFormat,
    /// What the application reads as an UPDATE's affected rows: `changed` or `matched`.
    pub update_count: UpdateCount,
    /// Put everything in this PostgreSQL schema instead of one schema per MySQL database.
    pub schema: Option<String>,
    /// Type-mapping overrides, first match wins; column overrides before type overrides.
    pub types: Vec<TypeOverride>,
    /// Severity overrides per code (`D001: error`).
    pub severity: BTreeMap<String, String>,
    /// `my2pg audit`: which files, and the effort estimate.
    pub audit: AuditConfig,
}

/// The `audit:` section.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AuditConfig {
    /// Only files matching one of these globs (relative to the audited folder); all when empty.
    pub include: Vec<String>,
    /// Files matching these globs are skipped.
    pub exclude: Vec<String>,
    /// Skip vendored and generated folders (`node_modules`, `vendor`, `target`, `dist`, …).
    pub skip_vendored: bool,
    /// Minutes per manual finding, by rule code (overrides the defaults of the estimate).
    pub effort: BTreeMap<String, u32>,
}

impl Default for AuditConfig {
    fn default() -> Self {
        AuditConfig {
            include: Vec::new(),
            exclude: Vec::new(),
            skip_vendored: true,
            effort: BTreeMap::new(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mysql_version: "8.0".to_string(),
            identifiers: IdentifierPolicy::default(),
            enums: EnumPolicy::default(),
            zero_dates: ZeroDatePolicy::default(),
            collation: CollationPolicy::default(),
            tinyint1_as_boolean: true,
            range_checks: true,
            postgis: false,
            data: DataFormat::default(),
            update_count: UpdateCount::default(),
            placeholders: PlaceholderStyle::default(),
            schema: None,
            types: Vec::new(),
            severity: BTreeMap::new(),
            audit: AuditConfig::default(),
        }
    }
}

impl Config {
    /// Reads a YAML config. The error names the file, line and column; `known` tells
    /// which rule codes exist (the codes `severity:` may name).
    pub fn from_yaml(
        name: &str,
        text: &str,
        known: impl Fn(&str) -> bool,
    ) -> Result<Config, String> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let config: Config = serde_norway::from_str(text).map_err(|e| match e.location() {
            Some(l) => format!(
                "{}:{}:{}: {}",
                name,
                l.line(),
                l.column(),
                strip_location(&e.to_string())
            ),
            None => format!("{name}: {e}"),
        })?;
        for (code, sev) in &config.severity {
            if !matches!(sev.as_str(), "info" | "warning" | "error") {
                return Err(format!(
                    "{name}: severity of {code} must be info, warning or error, not `{sev}`"
                ));
            }
            if !known(code) {
                return Err(format!("{name}: severity: unknown rule code `{code}`"));
            }
        }
        Ok(config)
    }

    /// The type override for a column, if any.
    pub fn type_override(&self, table: &str, column: &str, mysql_type: &str) -> Option<&str> {
        let key = format!("{table}.{column}");
        self.types
            .iter()
            .find(|o| {
                o.column
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&key))
            })
            .or_else(|| {
                self.types.iter().find(|o| {
                    o.column.is_none()
                        && o.mysql_type
                            .as_deref()
                            .is_some_and(|t| t.eq_ignore_ascii_case(mysql_type))
                })
            })
            .map(|o| o.to.as_str())
    }
}

fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
