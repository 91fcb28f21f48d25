//! What the input defines, as converted: the knowledge later rules ask for.
//!
//! The catalog is filled while statements are converted, in input order, so
//! an ALTER TABLE sees the table its CREATE TABLE made, and the data and
//! query stages can ask what a MySQL column became in PostgreSQL.

use crate::ir::MyType;
use std::collections::{BTreeMap, BTreeSet};

/// A converted column.
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    /// The MySQL name as written.
    pub mysql_name: String,
    /// The PostgreSQL name, unquoted.
    pub pg_name: String,
    pub mysql_type: MyType,
    /// The PostgreSQL type as emitted (set it with [`ColumnInfo::set_pg_type`], which
    /// keeps `kind` in step).
    pub pg_type: String,
    /// What the PostgreSQL type is, read once from `pg_type`.
    pub kind: PgKind,
    pub not_null: bool,
    /// Compared case-insensitively (MySQL `_ci` collation kept).
    pub case_insensitive: bool,
    pub identity: bool,
    /// Bytes of the longest character of a text column's character set (4 for utf8mb4),
    /// 1 for a binary column, 0 for other types.
    pub char_bytes: u8,
    /// The DEFAULT expression as emitted, if any.
    pub default: Option<String>,
}

/// A converted table.
#[derive(Debug, Clone)]
pub struct TableInfo {
    /// PostgreSQL schema (unquoted), `None` for the search path.
    pub pg_schema: Option<String>,
    /// PostgreSQL name, unquoted.
    pub pg_name: String,
    pub columns: Vec<ColumnInfo>,
    /// MySQL index name (lower case) → PostgreSQL index or constraint name.
    pub indexes: BTreeMap<String, String>,
    /// PostgreSQL names (among `indexes`) that are constraints (primary and unique keys).
    pub constraint_indexes: BTreeSet<String>,
    /// MySQL foreign key name (lower case) → PostgreSQL constraint name.
    pub foreign_keys: BTreeMap<String, String>,
    /// Unique keys (including the primary key, first), as PostgreSQL column names.
    pub unique_keys: Vec<Vec<String>>,
    /// Table's default collation and charset, as MySQL wrote them.
    pub collation: Option<String>,
    pub charset: Option<String>,
    /// The table's AUTO_INCREMENT counter as declared (`AUTO_INCREMENT=n`), if any.
    pub auto_increment: Option<u64>,
    /// A `CREATE TEMPORARY TABLE`'s table (PostgreSQL's pg_temp schema).
    pub temporary: bool,
}

/// What a column's PostgreSQL type is, read once from the type the type rules chose, so
/// the data path, the column facts and the query rules never re-read printed type names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgKind {
    Boolean,
    /// smallint, integer, bigint.
    Integer,
    /// numeric / decimal, with its scale (0 when none is given).
    Numeric(u32),
    /// real, double precision.
    Float,
    Bytea,
    /// bit(n).
    Bit(usize),
    Date,
    /// timestamp without time zone.
    DateTime,
    /// timestamp with time zone.
    TimestampTz,
    /// time(n).
    Time,
    Json,
    /// text.
    Text,
    /// varchar(n), char(n), character varying.
    Varchar,
    /// Anything else: an enum type, a type override, a spatial type.
    Other,
}

impl PgKind {
    /// From a PostgreSQL type as printed (`numeric(10,2)`, `timestamp(3) with time zone`).
    pub fn of(pg_type: &str) -> PgKind {
        let t = pg_type.trim().to_ascii_lowercase();
        let base = t.split('(').next().unwrap_or("").trim();
        match base {
            "boolean" => PgKind::Boolean,
            "smallint" | "integer" | "bigint" => PgKind::Integer,
            "numeric" | "decimal" => PgKind::Numeric(
                t.split(['(', ')'])
                    .nth(1)
                    .and_then(|ps| ps.split(',').nth(1))
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(0),
            ),
            "real" | "double precision" => PgKind::Float,
            "bytea" => PgKind::Bytea,
            "bit" if t.starts_with("bit(") && t.ends_with(')') => {
                PgKind::Bit(t[4..t.len() - 1].parse().unwrap_or(1))
            }
            "date" => PgKind::Date,
            "jsonb" => PgKind::Json,
            "text" if t == "text" => PgKind::Text,
            _ if t.starts_with("timestamp") => {
                if t.ends_with("with time zone") {
                    PgKind::TimestampTz
                } else {
                    PgKind::DateTime
                }
            }
            _ if t.starts_with("time(") => PgKind::Time,
            "varchar" | "character varying" | "char" | "character" => PgKind::Varchar,
            // An enum type (named after its table and column, which may well begin with
            // `char` or `text`), a type override, a spatial type.
            _ => PgKind::Other,
        }
    }

    /// Holds text (text, varchar, char).
    pub fn is_text(self) -> bool {
        matches!(self, PgKind::Text | PgKind::Varchar)
    }

    /// The numeric kind the query rules reason with.
    pub fn num_kind(self) -> NumKind {
        match self {
            PgKind::Integer => NumKind::Exact(0),
            PgKind::Numeric(s) => NumKind::Exact(s),
            PgKind::Float => NumKind::Float,
            PgKind::Boolean => NumKind::Bool,
            PgKind::Date => NumKind::Date,
            _ => NumKind::Mixed,
        }
    }
}

impl ColumnInfo {
    /// Changes the column's PostgreSQL type (a foreign key's type fix, a column the data
    /// widened), and its kind with it.
    pub fn set_pg_type(&mut self, pg_type: impl Into<String>) {
        self.pg_type = pg_type.into();
        self.kind = PgKind::of(&self.pg_type);
    }
}

impl TableInfo {
    pub fn column(&self, mysql_name: &str) -> Option<&ColumnInfo> {
        self.columns
            .iter()
            .find(|c| c.mysql_name.eq_ignore_ascii_case(mysql_name))
    }
    pub fn column_mut(&mut self, mysql_name: &str) -> Option<&mut ColumnInfo> {
        self.columns
            .iter_mut()
            .find(|c| c.mysql_name.eq_ignore_ascii_case(mysql_name))
    }
}

/// A foreign key's target, as MySQL named it, with where the key was declared.
#[derive(Debug, Clone)]
pub struct Reference {
    pub file: usize,
    pub span: std::ops::Range<usize>,
    /// MySQL database (resolved when the key was declared) and table.
    pub database: Option<String>,
    pub table: String,
    pub columns: Vec<String>,
    /// The referencing table (catalog key) and its columns (MySQL names).
    pub child: (String, String),
    pub child_columns: Vec<String>,
    /// The `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY` statement written for it.
    pub statement: String,
    /// Already checked and reported (when its table's parts were written early).
    pub checked: bool,
}

/// Column facts the query walk asks for on every statement, derived from the tables.
#[derive(Debug, Clone, Default)]
pub struct ColumnSets {
    /// Column names (PostgreSQL) kept case-insensitive somewhere, and case-sensitive somewhere.
    pub ci: BTreeSet<String>,
    pub cs: BTreeSet<String>,
    /// Enum columns and their labels.
    pub enums: BTreeMap<String, Vec<String>>,
    /// Numeric kind of each column name (a name with different kinds in different
    /// tables is `Mixed`).
    pub numeric: BTreeMap<String, NumKind>,
    /// Columns given the `jsonb` type.
    pub json: BTreeSet<String>,
    /// Columns of a string type (text, varchar, char) somewhere.
    pub text: BTreeSet<String>,
    /// The PostgreSQL type of each enum column.
    pub enum_types: BTreeMap<String, String>,
    /// Column names that are NOT NULL in every table that has them.
    pub never_null: BTreeSet<String>,
    /// The PostgreSQL kind of each column name (None: different kinds in different
    /// tables).
    pub kinds: BTreeMap<String, Option<PgKind>>,
    /// SET columns and their members, in declaration order.
    pub set_members: BTreeMap<String, Vec<String>>,
    /// YEAR columns (stored as smallint).
    pub years: BTreeSet<String>,
    /// The facts of each of a statement's tables, by the name or alias the statement
    /// gives it (lowercase): `t1.c` has `t1`'s facts even where `t2.c` is another type.
    pub qualified: BTreeMap<String, std::sync::Arc<ColumnSets>>,
}

impl ColumnSets {
    /// The facts that hold for a column qualified by `qualifier` (`t` of `t.c`): its own
    /// table's when the statement names that table so, else these.
    pub fn of_qualifier(&self, qualifier: Option<&str>) -> &ColumnSets {
        let Some(q) = qualifier else { return self };
        if self.qualified.is_empty() {
            return self;
        }
        self.qualified
            .get(q)
            .or_else(|| self.qualified.get(&q.to_lowercase()))
            .map_or(self, |s| s)
    }
}

/// What a column holds, for arithmetic that differs between the engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// An integer or DECIMAL with this scale.
    Exact(u32),
    /// FLOAT or DOUBLE.
    Float,
    /// A MySQL integer (`tinyint(1)`, `bit(1)`) converted to boolean.
    Bool,
    /// A DATE.
    Date,
    /// Anything else, or different kinds in different tables.
    Mixed,
}

impl NumKind {
    /// From the PostgreSQL type the column was given.
    pub fn of_pg_type(t: &str) -> NumKind {
        PgKind::of(t).num_kind()
    }
}

/// The cached [`ColumnSets`]. A clone of the catalog shares it (the audit clones the
/// schema's catalog for every file); the catalog's generation says when it is stale.
#[derive(Debug, Default)]
struct SetsCache(std::sync::Mutex<Option<(u64, std::sync::Arc<ColumnSets>)>>);

impl Clone for SetsCache {
    fn clone(&self) -> Self {
        SetsCache(std::sync::Mutex::new(
            self.0.lock().unwrap_or_else(|e| e.into_inner()).clone(),
        ))
    }
}

/// What the catalog remembers of a converted trigger (for DROP TRIGGER and firing order).
#[derive(Debug, Clone)]
pub struct TriggerInfo {
    /// The table's catalog key.
    pub table: (String, String),
    pub timing: String,
    pub event: String,
    /// `ON table` and the function, as written in the output.
    pub pg_table: String,
    pub pg_function: String,
}

/// Everything the input defined so far.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// [`ColumnSets`] for the tables as they were when it was computed (see `column_sets`).
    sets: SetsCache,
    /// Column facts of statements' own tables (`column_sets_of`).
    scoped: ScopedCache,
    /// (MySQL database or "", MySQL table name) → table. MySQL table names are
    /// case-sensitive on Linux, so the key is the name as written. Private: every
    /// change goes through a method that counts it in `generation`.
    tables: BTreeMap<(String, String), TableInfo>,
    /// Bumped whenever a table may have changed: the column-fact caches are valid for
    /// one generation (hashing every column per statement cost a few percent of the
    /// query path).
    generation: u64,
    /// Relation names taken per PostgreSQL schema ("" = search path): tables,
    /// indexes, sequences and types share one namespace in PostgreSQL.
    pub relations: BTreeSet<(String, String)>,
    /// The current MySQL database (`USE`).
    pub database: Option<String>,
    /// The session time zone the script set (`SET TIME_ZONE='+00:00'`), as an offset to
    /// append to TIMESTAMP values.
    pub time_zone: Option<String>,
    /// PostgreSQL schemas the output creates.
    pub schemas: BTreeSet<String>,
    /// Triggers converted: (MySQL database or "", trigger name) → what DROP TRIGGER and
    /// the firing-order check need.
    pub triggers: BTreeMap<(String, String), TriggerInfo>,
    /// Foreign keys emitted, to check once the whole input is known.
    pub references: Vec<Reference>,
}

/// Column facts of a statement's own tables, by their names (see `column_sets_of`).
type ScopedSets = std::collections::HashMap<
    (Vec<(Option<String>, String)>, Vec<(String, usize)>),
    (u64, std::sync::Arc<ColumnSets>),
>;

#[derive(Debug, Default)]
struct ScopedCache(std::sync::Mutex<ScopedSets>);

impl Clone for ScopedCache {
    fn clone(&self) -> Self {
        ScopedCache(std::sync::Mutex::new(
            self.0.lock().unwrap_or_else(|e| e.into_inner()).clone(),
        ))
    }
}

/// The column facts of these tables.
fn sets_of<'a>(tables: impl Iterator<Item = &'a TableInfo>) -> ColumnSets {
    let mut sets = ColumnSets::default();
    let mut nullable = BTreeSet::new();
    for t in tables {
        for c in &t.columns {
            if c.not_null {
                sets.never_null.insert(c.pg_name.clone());
            } else {
                nullable.insert(c.pg_name.clone());
            }
            if c.mysql_type.name == "enum" {
                sets.enums
                    .insert(c.pg_name.clone(), c.mysql_type.values.clone());
            }
            if c.kind == PgKind::Json {
                sets.json.insert(c.pg_name.clone());
            }
            if c.kind.is_text() {
                sets.text.insert(c.pg_name.clone());
            }
            if c.mysql_type.name == "enum" {
                sets.enum_types.insert(c.pg_name.clone(), c.pg_type.clone());
            }
            if c.mysql_type.name == "year" {
                sets.years.insert(c.pg_name.clone());
            }
            if c.mysql_type.name == "set" {
                sets.set_members
                    .insert(c.pg_name.clone(), c.mysql_type.values.clone());
            }
            sets.kinds
                .entry(c.pg_name.clone())
                .and_modify(|k| {
                    if *k != Some(c.kind) {
                        *k = None;
                    }
                })
                .or_insert(Some(c.kind));
            let kind = c.kind.num_kind();
            sets.numeric
                .entry(c.pg_name.clone())
                .and_modify(|k| {
                    if *k != kind {
                        *k = NumKind::Mixed;
                    }
                })
                .or_insert(kind);
            // SET members compare with the collation too (case-insensitively).
            if c.case_insensitive || c.mysql_type.name == "set" {
                sets.ci.insert(c.pg_name.clone());
            } else {
                sets.cs.insert(c.pg_name.clone());
            }
        }
    }
    sets.never_null.retain(|c| !nullable.contains(c));
    sets
}

impl Catalog {
    /// The column facts, computed again only when the tables changed: every change goes
    /// through a method that bumps the generation, so a table dropped and created again
    /// with the same names but other types is seen (a count of tables and columns was
    /// not enough: `DROP TABLE t1; CREATE TABLE t1 (a VARCHAR(10))` after
    /// `t1 (a DECIMAL)` kept the DECIMAL's facts).
    pub fn column_sets(&self) -> std::sync::Arc<ColumnSets> {
        let fingerprint = self.generation;
        if let Some((f, s)) = &*self.sets.0.lock().unwrap_or_else(|e| e.into_inner()) {
            if *f == fingerprint {
                return s.clone();
            }
        }
        let sets = sets_of(self.tables.values());
        let sets = std::sync::Arc::new(sets);
        *self.sets.0.lock().unwrap_or_else(|e| e.into_inner()) = Some((fingerprint, sets.clone()));
        sets
    }

    /// The column facts of only these tables (database or None, MySQL name), when every
    /// one of them is a table of the catalog: a statement's own tables, so a column name
    /// that other tables use with other types does not make its type unknown or wrong.
    pub fn column_sets_of(
        &self,
        names: &[(Option<String>, String)],
        qualifiers: &[(String, usize)],
    ) -> Option<std::sync::Arc<ColumnSets>> {
        let mut tables = Vec::new();
        for (schema, name) in names {
            tables.push(self.table(schema, name)?);
        }
        let fingerprint = self.generation;
        let key = (names.to_vec(), qualifiers.to_vec());
        let mut cache = self.scoped.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((f, s)) = cache.get(&key) {
            if *f == fingerprint {
                return Some(s.clone());
            }
        }
        let mut sets = sets_of(tables.iter().copied());
        if tables.len() > 1 {
            for (q, i) in qualifiers {
                if let Some(t) = tables.get(*i) {
                    let own = std::sync::Arc::new(sets_of(std::iter::once(*t)));
                    sets.qualified.insert(q.to_lowercase(), own);
                }
            }
        }
        let sets = std::sync::Arc::new(sets);
        if cache.len() > 4096 {
            cache.clear();
        }
        cache.insert(key, (fingerprint, sets.clone()));
        Some(sets)
    }

    /// The catalog key of a table name: its database (or the current one) and name.
    pub fn key_of(&self, q: &crate::ir::QName) -> (String, String) {
        self.key(&q.schema, &q.name)
    }
    fn key(&self, schema: &Option<String>, name: &str) -> (String, String) {
        (
            schema
                .clone()
                .or_else(|| self.database.clone())
                .unwrap_or_default(),
            name.to_string(),
        )
    }
    pub fn table(&self, schema: &Option<String>, name: &str) -> Option<&TableInfo> {
        let key = self.key(schema, name);
        self.tables.get(&key).or_else(|| {
            // lower_case_table_names=1 servers: fall back to a case-insensitive match.
            self.tables
                .iter()
                .find(|((s, n), _)| *s == key.0 && n.eq_ignore_ascii_case(&key.1))
                .map(|(_, t)| t)
        })
    }
    /// Says that something a query reads changed outside the table methods (triggers).
    pub fn touch(&mut self) {
        self.generation += 1;
    }
    /// What a query's translation reads of the catalog, in a form that changes whenever
    /// that does: tables and triggers (the generation), the current database, the
    /// session time zone, the schemas and relation names. Statements translated ahead
    /// against an earlier state are used only while it is the same (convert's
    /// parallel batches).
    pub fn state(&self) -> (u64, Option<String>, Option<String>, usize, usize) {
        (
            self.generation,
            self.database.clone(),
            self.time_zone.clone(),
            self.schemas.len(),
            self.relations.len(),
        )
    }
    /// Every table, by (MySQL database or "", MySQL name).
    pub fn tables(&self) -> &BTreeMap<(String, String), TableInfo> {
        &self.tables
    }
    /// The tables, to change (the column-fact caches start again).
    pub fn tables_mut(&mut self) -> &mut BTreeMap<(String, String), TableInfo> {
        self.generation += 1;
        &mut self.tables
    }
    pub fn table_mut(&mut self, schema: &Option<String>, name: &str) -> Option<&mut TableInfo> {
        self.generation += 1;
        let key = self.key(schema, name);
        if !self.tables.contains_key(&key) {
            let found = self
                .tables
                .keys()
                .find(|(s, n)| *s == key.0 && n.eq_ignore_ascii_case(&key.1))
                .cloned();
            return found.and_then(move |k| self.tables.get_mut(&k));
        }
        self.tables.get_mut(&key)
    }
    pub fn insert_table(&mut self, schema: &Option<String>, name: &str, info: TableInfo) {
        self.generation += 1;
        let key = self.key(schema, name);
        self.tables.insert(key, info);
    }
    pub fn remove_table(&mut self, schema: &Option<String>, name: &str) -> Option<TableInfo> {
        self.generation += 1;
        let key = self.key(schema, name);
        let t = self.tables.remove(&key)?;
        let ns = t.pg_schema.clone().unwrap_or_default();
        self.relations.remove(&(ns.clone(), t.pg_name.clone()));
        for ix in t.indexes.values() {
            self.relations.remove(&(ns.clone(), ix.clone()));
        }
        Some(t)
    }
    /// Reserves a relation name in a schema: `wanted` if free, else `wanted_2`, `wanted_3`, …
    pub fn reserve(&mut self, schema: &Option<String>, wanted: &str) -> String {
        let ns = schema.clone().unwrap_or_default();
        let mut name = crate::ident::truncate(wanted);
        let mut n = 2;
        while self.relations.contains(&(ns.clone(), name.clone())) {
            name = crate::ident::truncate(&format!("{wanted}_{n}"));
            n += 1;
        }
        self.relations.insert((ns, name.clone()));
        name
    }
    /// The table (catalog key) and MySQL key name of the index or constraint index that
    /// holds PostgreSQL name `pg_index` in a schema, if an index holds it.
    pub fn index_owner(
        &self,
        schema: &Option<String>,
        pg_index: &str,
    ) -> Option<((String, String), String)> {
        self.tables.iter().find_map(|(k, t)| {
            if t.pg_schema != *schema {
                return None;
            }
            t.indexes
                .iter()
                .find(|(_, pg)| pg.as_str() == pg_index)
                .map(|(my, _)| (k.clone(), my.clone()))
        })
    }
    pub fn is_taken(&self, schema: &Option<String>, name: &str) -> bool {
        self.relations
            .contains(&(schema.clone().unwrap_or_default(), name.to_string()))
    }
}
