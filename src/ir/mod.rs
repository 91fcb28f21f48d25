//! The intermediate representation: what MySQL said, decided nothing.
//!
//! DDL is lowered into an owned schema model ([`Table`], [`Column`], [`Key`]
//! …) because one MySQL statement fans out into several PostgreSQL ones and
//! sqlparser keeps MySQL-only parts as raw tokens. Expressions (defaults,
//! CHECKs, generated columns) stay sqlparser `Expr`s: the query rules work on
//! them. Only `rules/` and `emit` decide the PostgreSQL form.

pub mod lower;
pub mod view_names;

use sqlparser::ast::{Expr, Ident};
use std::ops::Range;

/// MySQL's `PARTITION BY` clause.
#[derive(Debug, Clone)]
pub struct Partition {
    /// `RANGE`, `LIST`, `HASH` or `KEY`.
    pub method: String,
    /// `RANGE COLUMNS` / `LIST COLUMNS`.
    pub columns_form: bool,
    /// The partitioning expression, or the column list.
    pub exprs: Vec<Expr>,
    /// `PARTITIONS n`.
    pub count: Option<u64>,
    pub subpartitioned: bool,
    pub parts: Vec<PartitionDef>,
}

/// One `PARTITION name VALUES …`.
#[derive(Debug, Clone)]
pub struct PartitionDef {
    pub name: Ident,
    /// `LESS THAN (…)`: the bound values; `None` for MAXVALUE.
    pub less_than: Option<Vec<Expr>>,
    /// `IN (…)`.
    pub values_in: Vec<Expr>,
}

/// A possibly database-qualified MySQL name, as written (unquoted).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct QName {
    pub schema: Option<String>,
    pub name: String,
}

impl std::fmt::Display for QName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.schema {
            Some(s) => write!(f, "`{s}`.`{}`", self.name),
            None => write!(f, "`{}`", self.name),
        }
    }
}

/// A column type as MySQL wrote it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MyType {
    /// Lower-case base name: `int`, `varchar`, `enum`, `double precision`, …
    pub name: String,
    /// Parenthesised parameters, as written (`11`, `10`, `2`).
    pub params: Vec<String>,
    pub unsigned: bool,
    pub zerofill: bool,
    /// ENUM / SET values.
    pub values: Vec<String>,
    /// The type as sqlparser printed it, for messages.
    pub text: String,
}

impl MyType {
    /// The first parameter as a number.
    pub fn param(&self, i: usize) -> Option<u64> {
        self.params.get(i).and_then(|p| p.trim().parse().ok())
    }
}

/// A column definition.
#[derive(Debug, Clone, Default)]
pub struct Column {
    pub name: String,
    pub span: Range<usize>,
    pub ty: MyType,
    pub not_null: bool,
    pub default: Option<Expr>,
    pub auto_increment: bool,
    pub on_update: Option<Expr>,
    pub comment: Option<String>,
    pub charset: Option<String>,
    pub collation: Option<String>,
    /// Generated column: expression and whether STORED.
    pub generated: Option<(Expr, bool)>,
    pub primary_key: bool,
    pub unique: bool,
    pub checks: Vec<Expr>,
    pub references: Option<ForeignKey>,
    pub srid: Option<String>,
    /// Options sqlparser kept but we do not translate (text, for a diagnostic).
    pub unknown_options: Vec<String>,
}

impl Column {
    /// A column with only a name, a span and a type; every option unset.
    pub fn new(name: impl Into<String>, span: Range<usize>, ty: MyType) -> Self {
        Column {
            name: name.into(),
            span,
            ty,
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Primary,
    Unique,
    Index,
    Fulltext,
    Spatial,
}

/// One part of a key: a column (with an optional prefix length) or an expression.
#[derive(Debug, Clone)]
pub struct KeyPart {
    pub column: Option<String>,
    pub expr: Option<Expr>,
    pub prefix: Option<u64>,
    pub desc: bool,
}

#[derive(Debug, Clone)]
pub struct Key {
    pub kind: KeyKind,
    pub name: Option<String>,
    pub parts: Vec<KeyPart>,
    /// `USING BTREE|HASH`.
    pub using: Option<String>,
    pub comment: Option<String>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub ref_table: QName,
    pub ref_columns: Vec<String>,
    pub on_delete: Option<String>,
    pub on_update: Option<String>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct CheckDef {
    pub name: Option<String>,
    pub expr: Expr,
    /// `NOT ENFORCED`.
    pub enforced: bool,
    pub span: Range<usize>,
}

/// A table option (`ENGINE=InnoDB`), name upper case, value unquoted.
#[derive(Debug, Clone)]
pub struct TableOption {
    pub name: String,
    pub value: String,
}

/// CREATE TABLE.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: QName,
    pub span: Range<usize>,
    pub columns: Vec<Column>,
    pub keys: Vec<Key>,
    pub foreign_keys: Vec<ForeignKey>,
    pub checks: Vec<CheckDef>,
    pub options: Vec<TableOption>,
    pub temporary: bool,
    pub if_not_exists: bool,
    pub like: Option<QName>,
    pub as_select: bool,
    /// `CREATE OR REPLACE TABLE` (MariaDB): the table of that name is dropped first.
    pub or_replace: bool,
    pub partition: Option<Partition>,
}

impl Table {
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|o| o.name == name)
            .map(|o| o.value.as_str())
    }

    /// The columns of its table-level PRIMARY KEY (a column's own `PRIMARY KEY` is
    /// `Column::primary_key`).
    pub fn primary_key_columns(&self) -> Vec<&str> {
        self.keys
            .iter()
            .filter(|k| k.kind == KeyKind::Primary)
            .flat_map(|k| k.parts.iter().filter_map(|p| p.column.as_deref()))
            .collect()
    }

    /// The columns its CHECK constraints name.
    pub fn check_columns(&self) -> Vec<String> {
        let mut names = Vec::new();
        for c in &self.checks {
            let _ = sqlparser::ast::visit_expressions(&c.expr, |x| {
                match x {
                    Expr::Identifier(i) => names.push(i.value.clone()),
                    Expr::CompoundIdentifier(p) => {
                        if let Some(last) = p.last() {
                            names.push(last.value.clone())
                        }
                    }
                    _ => {}
                }
                std::ops::ControlFlow::<()>::Continue(())
            });
        }
        names
    }
}

/// One ALTER TABLE operation.
#[derive(Debug, Clone)]
pub enum AlterOp {
    AddColumn(Column),
    DropColumn {
        names: Vec<String>,
        if_exists: bool,
    },
    /// MODIFY (old == new) and CHANGE: the column is redefined.
    ChangeColumn {
        old: String,
        column: Column,
    },
    SetDefault {
        column: String,
        default: Option<Expr>,
    },
    AddKey(Key),
    AddForeignKey(ForeignKey),
    AddCheck(CheckDef),
    DropIndex(String),
    DropPrimaryKey,
    DropForeignKey(String),
    DropConstraint(String),
    Rename(QName),
    RenameColumn {
        old: String,
        new: String,
    },
    Options(Vec<TableOption>),
    Keys(bool),
    /// Parsed but not translated: its text.
    Unsupported(String),
}

/// A session or client statement.
#[derive(Debug, Clone)]
pub enum Session {
    /// `SET NAMES x [COLLATE y]`.
    Names(String),
    /// `SET name = value` for each assignment (`@x`, `@@x`, `x`), the value as SQL text.
    Set(Vec<(String, String)>),
    LockTables,
    UnlockTables,
    /// START TRANSACTION / BEGIN / COMMIT / ROLLBACK.
    Transaction(String),
}

/// A statement the schema conversion leaves to a later stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deferred {
    View,
    Trigger,
    Routine,
    Event,
    Data,
    Query,
}

/// `CREATE TRIGGER`, as MySQL wrote it (the body as text: its statements are parsed and
/// translated one by one by the trigger rule).
#[derive(Debug, Clone)]
pub struct Trigger {
    pub name: QName,
    /// `BEFORE` or `AFTER`.
    pub timing: String,
    /// `INSERT`, `UPDATE` or `DELETE`.
    pub event: String,
    pub table: QName,
    /// `FOLLOWS other` / `PRECEDES other`: (keyword, trigger name).
    pub order: Option<(String, String)>,
    /// `DEFINER = …` as written, if given.
    pub definer: Option<String>,
    /// The body's text (versioned-comment markers blanked) and its byte offset in the
    /// statement.
    pub body: String,
    pub body_offset: usize,
}

/// One lowered statement.
#[derive(Debug, Clone)]
pub enum Stmt {
    CreateTable(Box<Table>),
    AlterTable {
        table: QName,
        ops: Vec<(AlterOp, Range<usize>)>,
    },
    DropTable {
        names: Vec<QName>,
        if_exists: bool,
        /// `DROP TEMPORARY TABLE`: drops a temporary table only, never a permanent one.
        temporary: bool,
    },
    RenameTable(Vec<(QName, QName)>),
    CreateIndex {
        table: QName,
        key: Key,
    },
    DropIndex {
        table: Option<QName>,
        name: String,
    },
    CreateDatabase {
        name: String,
        if_not_exists: bool,
    },
    DropDatabase {
        name: String,
        if_exists: bool,
    },
    Use(String),
    Truncate(Vec<QName>),
    Session(Session),
    Deferred(Deferred),
    DropView {
        names: Vec<QName>,
        if_exists: bool,
    },
    /// A query or DML statement, translated by `rules/query`.
    Query(Box<sqlparser::ast::Statement>),
    /// CREATE VIEW: its name, column names and body.
    CreateView {
        name: QName,
        columns: Vec<String>,
        query: Box<sqlparser::ast::Query>,
        or_replace: bool,
        /// MySQL's names of the select list's unnamed expressions (by position).
        expr_names: Vec<Option<String>>,
    },
    CreateTrigger(Box<Trigger>),
    DropTrigger {
        name: QName,
        if_exists: bool,
    },
    /// Parsed, but not something the schema conversion handles; the text is kept.
    Unsupported(String),
}
