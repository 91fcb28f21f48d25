//! sqlparser's AST → the IR. Records what MySQL said; decides nothing.

use super::*;
use crate::parse::Extras;
use crate::source::Spans;
use sqlparser::ast::{
    self, AlterColumnOperation, AlterTableOperation, ColumnDef, ColumnOption, DataType, Ident,
    ObjectName, SqlOption, Statement, TableConstraint,
};
use sqlparser::tokenizer::{Span, Token};

/// sqlparser's spans on the source map (`source.rs` knows no sqlparser types).
trait SqlSpans {
    fn of(&self, span: Span) -> Range<usize>;
    fn ident(&self, i: &Ident) -> Range<usize>;
}

impl SqlSpans for Spans<'_> {
    fn of(&self, span: Span) -> Range<usize> {
        if span.start.line == 0 {
            return self.stmt.clone();
        }
        let start = self.offset(span.start.line, span.start.column);
        let end = self.offset(span.end.line, span.end.column).max(start);
        start..end
    }

    fn ident(&self, i: &Ident) -> Range<usize> {
        self.of(i.span)
    }
}

pub fn name_of(n: &ObjectName) -> QName {
    let parts: Vec<String> =
        n.0.iter()
            .map(|p| {
                p.as_ident()
                    .map(|i| i.value.clone())
                    .unwrap_or_else(|| p.to_string())
            })
            .collect();
    match parts.len() {
        0 => QName {
            schema: None,
            name: String::new(),
        },
        1 => QName {
            schema: None,
            name: parts[0].clone(),
        },
        n => QName {
            schema: Some(parts[n - 2].clone()),
            name: parts[n - 1].clone(),
        },
    }
}

fn name_span(n: &ObjectName, sp: &Spans) -> Range<usize> {
    n.0.last()
        .and_then(|p| p.as_ident())
        .map(|i| sp.ident(i))
        .unwrap_or_else(|| sp.stmt.clone())
}

/// Lowers one parsed statement.
/// [`lower`] for a statement the caller gives away: queries and DML move into
/// `Stmt::Query` without a copy.
pub fn lower_owned(stmt: Box<Statement>, extras: &Extras, sp: &Spans) -> Stmt {
    match *stmt {
        Statement::Insert(_) | Statement::Update(_) | Statement::Delete(_) => Stmt::Query(stmt),
        Statement::Query(_) if !extras.lock_in_share_mode => Stmt::Query(stmt),
        _ => lower(&stmt, extras, sp),
    }
}

pub fn lower(stmt: &Statement, extras: &Extras, sp: &Spans) -> Stmt {
    match stmt {
        Statement::CreateTable(ct) => {
            let mut t = Table {
                name: name_of(&ct.name),
                span: name_span(&ct.name, sp),
                columns: ct
                    .columns
                    .iter()
                    .map(|c| {
                        let mut col = column(c, sp);
                        if col.collation.is_none()
                            && extras.binary_columns.iter().any(|b| *b == col.name)
                        {
                            // `BINARY` attribute: the character set's binary collation.
                            col.collation = Some(format!(
                                "{}_bin",
                                col.charset.as_deref().unwrap_or("utf8mb4")
                            ));
                        }
                        col
                    })
                    .collect(),
                keys: Vec::new(),
                foreign_keys: Vec::new(),
                checks: Vec::new(),
                options: Vec::new(),
                temporary: ct.temporary,
                if_not_exists: ct.if_not_exists,
                like: match &ct.like {
                    Some(ast::CreateTableLikeKind::Parenthesized(l))
                    | Some(ast::CreateTableLikeKind::Plain(l)) => Some(name_of(&l.name)),
                    None => None,
                },
                as_select: ct.query.is_some(),
                or_replace: ct.or_replace,
                partition: extras.partition.clone(),
            };
            for c in &ct.constraints {
                constraint(c, sp, &mut t.keys, &mut t.foreign_keys, &mut t.checks);
            }
            let opts = match &ct.table_options {
                ast::CreateTableOptions::Plain(v)
                | ast::CreateTableOptions::With(v)
                | ast::CreateTableOptions::Options(v)
                | ast::CreateTableOptions::TableProperties(v) => v.as_slice(),
                ast::CreateTableOptions::None => &[],
            };
            t.options = opts
                .iter()
                .chain(extras.alter_options.iter())
                .map(table_option)
                .collect();
            if let Some(c) = &ct.comment {
                t.options.push(TableOption {
                    name: "COMMENT".into(),
                    value: comment_text(c),
                });
            }
            Stmt::CreateTable(Box::new(t))
        }
        Statement::AlterTable(at) => {
            let mut ops = Vec::new();
            let whole = sp.stmt.clone();
            for op in &at.operations {
                ops.push((alter_op(op, sp), whole.clone()));
            }
            if !extras.alter_options.is_empty() {
                ops.push((
                    AlterOp::Options(extras.alter_options.iter().map(table_option).collect()),
                    whole.clone(),
                ));
            }
            if let Some(k) = extras.alter_keys {
                ops.push((AlterOp::Keys(k), whole));
            }
            Stmt::AlterTable {
                table: name_of(&at.name),
                ops,
            }
        }
        Statement::Drop {
            object_type,
            if_exists,
            names,
            table,
            temporary,
            ..
        } => match object_type {
            ast::ObjectType::Table => Stmt::DropTable {
                names: names.iter().map(name_of).collect(),
                if_exists: *if_exists,
                temporary: *temporary,
            },
            ast::ObjectType::Index => Stmt::DropIndex {
                table: table.as_ref().map(name_of),
                name: names.first().map(|n| name_of(n).name).unwrap_or_default(),
            },
            ast::ObjectType::Schema | ast::ObjectType::Database => Stmt::DropDatabase {
                name: names.first().map(|n| name_of(n).name).unwrap_or_default(),
                if_exists: *if_exists,
            },
            ast::ObjectType::View => Stmt::DropView {
                names: names.iter().map(name_of).collect(),
                if_exists: *if_exists,
            },
            _ => Stmt::Unsupported(stmt.to_string()),
        },
        Statement::DropTrigger(_) => Stmt::Deferred(Deferred::Trigger),
        Statement::DropFunction(_) | Statement::DropProcedure { .. } => {
            Stmt::Deferred(Deferred::Routine)
        }
        Statement::RenameTable(v) => Stmt::RenameTable(
            v.iter()
                .map(|r| (name_of(&r.old_name), name_of(&r.new_name)))
                .collect(),
        ),
        Statement::CreateIndex(ci) => {
            let kind = match extras.index_kind {
                Some("FULLTEXT") => KeyKind::Fulltext,
                Some(_) => KeyKind::Spatial,
                None if ci.unique => KeyKind::Unique,
                None => KeyKind::Index,
            };
            let span = ci
                .name
                .as_ref()
                .map(|n| name_span(n, sp))
                .unwrap_or_else(|| sp.stmt.clone());
            let key = Key {
                kind,
                name: ci.name.as_ref().map(|n| name_of(n).name),
                parts: ci.columns.iter().map(key_part).collect(),
                using: ci.using.as_ref().map(|u| u.to_string().to_uppercase()),
                comment: None,
                span,
            };
            Stmt::CreateIndex {
                table: name_of(&ci.table_name),
                key,
            }
        }
        Statement::CreateDatabase {
            db_name,
            if_not_exists,
            ..
        } => Stmt::CreateDatabase {
            name: name_of(db_name).name,
            if_not_exists: *if_not_exists,
        },
        Statement::CreateSchema {
            schema_name,
            if_not_exists,
            ..
        } => Stmt::CreateDatabase {
            name: schema_name.to_string().trim_matches('`').to_string(),
            if_not_exists: *if_not_exists,
        },
        Statement::Use(u) => Stmt::Use(match u {
            ast::Use::Object(n) | ast::Use::Database(n) | ast::Use::Schema(n) => name_of(n).name,
            other => other.to_string(),
        }),
        Statement::Truncate(t) => {
            Stmt::Truncate(t.table_names.iter().map(|n| name_of(&n.name)).collect())
        }
        Statement::Set(s) => lower_set(s),
        Statement::LockTables { .. } => Stmt::Session(Session::LockTables),
        Statement::UnlockTables => Stmt::Session(Session::UnlockTables),
        // As written, with their modifiers (READ ONLY, ISOLATION LEVEL, TO SAVEPOINT …).
        Statement::StartTransaction { .. }
        | Statement::Commit { .. }
        | Statement::Rollback { .. }
        | Statement::Savepoint { .. }
        | Statement::ReleaseSavepoint { .. } => {
            Stmt::Session(Session::Transaction(stmt.to_string()))
        }
        Statement::CreateView(v) => Stmt::CreateView {
            name: name_of(&v.name),
            columns: v.columns.iter().map(|c| c.name.value.clone()).collect(),
            query: v.query.clone(),
            or_replace: v.or_replace,
            expr_names: super::view_names::view_expr_names(&v.query, sp),
        },
        Statement::AlterView { .. } => Stmt::Deferred(Deferred::View),
        Statement::CreateTrigger(_) => Stmt::Deferred(Deferred::Trigger),
        Statement::CreateFunction(_) | Statement::CreateProcedure { .. } => {
            Stmt::Deferred(Deferred::Routine)
        }
        Statement::Query(q) if extras.lock_in_share_mode => {
            // `LOCK IN SHARE MODE` is MySQL's older spelling of `FOR SHARE`.
            let mut q = q.clone();
            q.locks.push(ast::LockClause {
                lock_type: ast::LockType::Share,
                of: None,
                nonblock: None,
            });
            Stmt::Query(Box::new(Statement::Query(q)))
        }
        Statement::Insert(_)
        | Statement::Update(_)
        | Statement::Delete(_)
        | Statement::Query(_) => Stmt::Query(Box::new(stmt.clone())),
        Statement::Merge(_) => Stmt::Deferred(Deferred::Data),
        other => Stmt::Unsupported(other.to_string()),
    }
}

fn lower_set(s: &ast::Set) -> Stmt {
    match s {
        ast::Set::SetNames { charset_name, .. } => {
            Stmt::Session(Session::Names(charset_name.to_string()))
        }
        ast::Set::SetNamesDefault {} => Stmt::Session(Session::Names("DEFAULT".into())),
        ast::Set::SingleAssignment {
            variable,
            values,
            scope,
            ..
        } => {
            let scope = scope.as_ref().map(|s| format!("{s} ")).unwrap_or_default();
            let v = values
                .iter()
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            Stmt::Session(Session::Set(vec![(format!("{scope}{variable}"), v)]))
        }
        ast::Set::MultipleAssignments { assignments } => Stmt::Session(Session::Set(
            assignments
                .iter()
                .map(|a| (a.name.to_string(), a.value.to_string()))
                .collect(),
        )),
        other => Stmt::Session(Session::Set(vec![(other.to_string(), String::new())])),
    }
}

fn comment_text(c: &ast::CommentDef) -> String {
    match c {
        ast::CommentDef::WithEq(s) | ast::CommentDef::WithoutEq(s) => s.clone(),
    }
}

fn expr_text(e: &Expr) -> String {
    match e {
        Expr::Value(v) => match &v.value {
            ast::Value::SingleQuotedString(s) | ast::Value::DoubleQuotedString(s) => s.clone(),
            other => other.to_string(),
        },
        Expr::Identifier(i) => i.value.clone(),
        other => other.to_string(),
    }
}

fn table_option(o: &SqlOption) -> TableOption {
    match o {
        SqlOption::KeyValue { key, value } => TableOption {
            name: key
                .to_string()
                .to_uppercase()
                .trim_start_matches("DEFAULT ")
                .to_string()
                .replace("CHARACTER SET", "CHARSET"),
            value: expr_text(value),
        },
        SqlOption::NamedParenthesizedList(l) => TableOption {
            name: l.key.value.to_uppercase(),
            value: l.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
        },
        SqlOption::Comment(c) => TableOption {
            name: "COMMENT".into(),
            value: comment_text(c),
        },
        other => {
            let text = other.to_string();
            let (n, v) = text.split_once('=').unwrap_or((&text, ""));
            TableOption {
                name: n.trim().to_uppercase(),
                value: v.trim().trim_matches('\'').to_string(),
            }
        }
    }
}

/// A MySQL type from sqlparser's DataType.
pub fn my_type(dt: &DataType) -> MyType {
    let text = dt.to_string();
    let mut values = Vec::new();
    match dt {
        DataType::Enum(members, _) => {
            for m in members {
                match m {
                    ast::EnumMember::Name(s) | ast::EnumMember::NamedValue(s, _) => {
                        values.push(s.clone())
                    }
                }
            }
        }
        DataType::Set(v) => values = v.clone(),
        _ => {}
    }
    let upper = text.to_uppercase();
    let (head, params) = match (upper.find('('), upper.rfind(')')) {
        (Some(a), Some(b)) if b > a => (
            format!("{} {}", &upper[..a], &upper[b + 1..]),
            upper[a + 1..b].to_string(),
        ),
        _ => (upper.clone(), String::new()),
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let unsigned = words.contains(&"UNSIGNED");
    let zerofill = words.contains(&"ZEROFILL");
    let base: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(*w, "UNSIGNED" | "ZEROFILL" | "SIGNED"))
        .collect();
    let base = base.join(" ").to_lowercase();
    let name = match base.as_str() {
        "integer" | "int4" => "int",
        "int1" => "tinyint",
        "int2" => "smallint",
        "int3" | "middleint" => "mediumint",
        "int8" => "bigint",
        "character varying"
        | "char varying"
        | "nvarchar"
        | "national varchar"
        | "national character varying" => "varchar",
        "character" | "nchar" | "national char" | "national character" => "char",
        "dec" | "numeric" | "fixed" => "decimal",
        "boolean" => "bool",
        "double precision" | "real" | "float8" => "double",
        "float4" => "float",
        "long varchar" | "long" => "mediumtext",
        "long varbinary" => "mediumblob",
        other => other,
    }
    .to_string();
    let params = if values.is_empty() && !params.is_empty() {
        params.split(',').map(|p| p.trim().to_string()).collect()
    } else {
        Vec::new()
    };
    MyType {
        name,
        params,
        unsigned,
        zerofill,
        values,
        text,
    }
}

fn column(c: &ColumnDef, sp: &Spans) -> Column {
    let mut col = Column::new(
        c.name.value.clone(),
        sp.ident(&c.name),
        my_type(&c.data_type),
    );
    for o in &c.options {
        column_option(&mut col, &o.option, sp);
    }
    if col.ty.name == "serial" {
        // SERIAL is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
        col.ty.name = "bigint".into();
        col.ty.unsigned = true;
        col.not_null = true;
        col.auto_increment = true;
        col.unique = true;
    }
    if let DataType::Custom(_, mods) = &c.data_type {
        // `year(4)`, `geometry`: parameters as written.
        if col.ty.params.is_empty() {
            col.ty.params = mods.iter().map(|m| m.to_string()).collect();
        }
    }
    col
}

fn column_option(col: &mut Column, o: &ColumnOption, sp: &Spans) {
    match o {
        ColumnOption::Null => col.not_null = false,
        ColumnOption::NotNull => col.not_null = true,
        ColumnOption::Default(e) => col.default = Some(e.clone()),
        ColumnOption::PrimaryKey(_) => col.primary_key = true,
        ColumnOption::Unique(_) => col.unique = true,
        ColumnOption::ForeignKey(fk) => {
            col.references = Some(ForeignKey {
                name: fk.name.as_ref().map(|n| n.value.clone()),
                columns: vec![col.name.clone()],
                ref_table: name_of(&fk.foreign_table),
                ref_columns: fk
                    .referred_columns
                    .iter()
                    .map(|i| i.value.clone())
                    .collect(),
                on_delete: fk.on_delete.map(|a| a.to_string()),
                on_update: fk.on_update.map(|a| a.to_string()),
                span: col.span.clone(),
            })
        }
        ColumnOption::Check(c) => col.checks.push((*c.expr).clone()),
        ColumnOption::DialectSpecific(toks) => {
            let text: Vec<String> = toks.iter().map(|t| t.to_string()).collect();
            let text = text.join(" ");
            if toks.iter().any(
                |t| matches!(t, Token::Word(w) if w.value.eq_ignore_ascii_case("AUTO_INCREMENT")),
            ) {
                col.auto_increment = true;
            } else {
                col.unknown_options.push(text);
            }
        }
        ColumnOption::CharacterSet(n) => col.charset = Some(n.to_string()),
        ColumnOption::Collation(n) => col.collation = Some(n.to_string()),
        ColumnOption::Comment(s) => col.comment = Some(s.clone()),
        ColumnOption::OnUpdate(e) => col.on_update = Some(e.clone()),
        ColumnOption::Generated {
            generation_expr: Some(e),
            generation_expr_mode,
            ..
        } => {
            let stored = matches!(
                generation_expr_mode,
                Some(ast::GeneratedExpressionMode::Stored)
            );
            col.generated = Some((e.clone(), stored));
        }
        ColumnOption::Srid(e) => col.srid = Some(e.to_string()),
        ColumnOption::Identity(_) => col.auto_increment = true,
        other => col.unknown_options.push(other.to_string()),
    }
    let _ = sp;
}

fn key_part(c: &ast::IndexColumn) -> KeyPart {
    let desc = c.column.options.to_string().contains("DESC");
    match &c.column.expr {
        Expr::Identifier(i) => KeyPart {
            column: Some(i.value.clone()),
            expr: None,
            prefix: None,
            desc,
        },
        Expr::Function(f) if f.name.0.len() == 1 => {
            // `col(10)`: a prefix index, which sqlparser reads as a call.
            let prefix = match &f.args {
                ast::FunctionArguments::List(l) if l.args.len() == 1 => match &l.args[0] {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(Expr::Value(v))) => {
                        v.value.to_string().parse().ok()
                    }
                    _ => None,
                },
                _ => None,
            };
            match prefix {
                Some(n) => KeyPart {
                    column: Some(name_of(&f.name).name),
                    expr: None,
                    prefix: Some(n),
                    desc,
                },
                None => KeyPart {
                    column: None,
                    expr: Some(c.column.expr.clone()),
                    prefix: None,
                    desc,
                },
            }
        }
        Expr::Nested(inner) => KeyPart {
            column: None,
            expr: Some((**inner).clone()),
            prefix: None,
            desc,
        },
        other => KeyPart {
            column: None,
            expr: Some(other.clone()),
            prefix: None,
            desc,
        },
    }
}

fn index_using(
    opts: &[ast::IndexOption],
    ty: &Option<ast::IndexType>,
) -> (Option<String>, Option<String>) {
    let mut using = ty.as_ref().map(|t| t.to_string().to_uppercase());
    let mut comment = None;
    for o in opts {
        match o {
            ast::IndexOption::Using(t) => using = Some(t.to_string().to_uppercase()),
            ast::IndexOption::Comment(c) => comment = Some(c.clone()),
        }
    }
    (using, comment)
}

fn constraint(
    c: &TableConstraint,
    sp: &Spans,
    keys: &mut Vec<Key>,
    fks: &mut Vec<ForeignKey>,
    checks: &mut Vec<CheckDef>,
) {
    let span_of = |n: &Option<Ident>| {
        n.as_ref()
            .map(|i| sp.ident(i))
            .unwrap_or_else(|| sp.stmt.clone())
    };
    match c {
        TableConstraint::PrimaryKey(pk) => {
            let (using, comment) = index_using(&pk.index_options, &pk.index_type);
            let span = pk
                .columns
                .first()
                .and_then(|c| first_ident(&c.column.expr))
                .map(|i| sp.ident(i))
                .unwrap_or_else(|| span_of(&pk.name));
            keys.push(Key {
                kind: KeyKind::Primary,
                name: None,
                parts: pk.columns.iter().map(key_part).collect(),
                using,
                comment,
                span,
            })
        }
        TableConstraint::Unique(u) => {
            let (using, comment) = index_using(&u.index_options, &u.index_type);
            let name = u.index_name.as_ref().or(u.name.as_ref());
            let span = name.map(|i| sp.ident(i)).unwrap_or_else(|| span_of(&None));
            keys.push(Key {
                kind: KeyKind::Unique,
                name: name.map(|i| i.value.clone()),
                parts: u.columns.iter().map(key_part).collect(),
                using,
                comment,
                span,
            })
        }
        TableConstraint::Index(i) => {
            let (using, comment) = index_using(&i.index_options, &i.index_type);
            keys.push(Key {
                kind: KeyKind::Index,
                name: i.name.as_ref().map(|n| n.value.clone()),
                parts: i.columns.iter().map(key_part).collect(),
                using,
                comment,
                span: span_of(&i.name),
            })
        }
        TableConstraint::FulltextOrSpatial(f) => keys.push(Key {
            kind: if f.fulltext {
                KeyKind::Fulltext
            } else {
                KeyKind::Spatial
            },
            name: f.opt_index_name.as_ref().map(|n| n.value.clone()),
            parts: f.columns.iter().map(key_part).collect(),
            using: None,
            comment: None,
            span: span_of(&f.opt_index_name),
        }),
        TableConstraint::ForeignKey(fk) => fks.push(ForeignKey {
            name: fk.name.as_ref().map(|n| n.value.clone()),
            columns: fk.columns.iter().map(|i| i.value.clone()).collect(),
            ref_table: name_of(&fk.foreign_table),
            ref_columns: fk
                .referred_columns
                .iter()
                .map(|i| i.value.clone())
                .collect(),
            on_delete: fk.on_delete.map(|a| a.to_string()),
            on_update: fk.on_update.map(|a| a.to_string()),
            span: fk
                .name
                .as_ref()
                .or(fk.columns.first())
                .map(|i| sp.ident(i))
                .unwrap_or_else(|| sp.stmt.clone()),
        }),
        TableConstraint::Check(ch) => checks.push(CheckDef {
            name: ch.name.as_ref().map(|n| n.value.clone()),
            expr: (*ch.expr).clone(),
            enforced: ch.enforced != Some(false),
            span: span_of(&ch.name),
        }),
        // PostgreSQL-only forms: not MySQL input.
        TableConstraint::PrimaryKeyUsingIndex(_)
        | TableConstraint::UniqueUsingIndex(_)
        | TableConstraint::Exclude(_) => {}
    }
}

fn first_ident(e: &Expr) -> Option<&Ident> {
    match e {
        Expr::Identifier(i) => Some(i),
        Expr::Function(f) => f.name.0.first().and_then(|p| p.as_ident()),
        _ => None,
    }
}

fn alter_op(op: &AlterTableOperation, sp: &Spans) -> AlterOp {
    let redefine = |old: &Ident, new: &Ident, dt: &DataType, opts: &[ColumnOption]| {
        let def = ColumnDef {
            name: new.clone(),
            data_type: dt.clone(),
            options: opts
                .iter()
                .map(|o| ast::ColumnOptionDef {
                    name: None,
                    option: o.clone(),
                })
                .collect(),
        };
        AlterOp::ChangeColumn {
            old: old.value.clone(),
            column: column(&def, sp),
        }
    };
    match op {
        AlterTableOperation::AddColumn { column_def, .. } => {
            AlterOp::AddColumn(column(column_def, sp))
        }
        AlterTableOperation::DropColumn {
            column_names,
            if_exists,
            ..
        } => AlterOp::DropColumn {
            names: column_names.iter().map(|i| i.value.clone()).collect(),
            if_exists: *if_exists,
        },
        AlterTableOperation::ModifyColumn {
            col_name,
            data_type,
            options,
            ..
        } => redefine(col_name, col_name, data_type, options),
        AlterTableOperation::ChangeColumn {
            old_name,
            new_name,
            data_type,
            options,
            ..
        } => redefine(old_name, new_name, data_type, options),
        AlterTableOperation::AlterColumn {
            column_name,
            op: AlterColumnOperation::SetDefault { value },
        } => AlterOp::SetDefault {
            column: column_name.value.clone(),
            default: Some(value.clone()),
        },
        AlterTableOperation::AlterColumn {
            column_name,
            op: AlterColumnOperation::DropDefault,
        } => AlterOp::SetDefault {
            column: column_name.value.clone(),
            default: None,
        },
        AlterTableOperation::AddConstraint { constraint: c, .. } => {
            let (mut keys, mut fks, mut checks) = (Vec::new(), Vec::new(), Vec::new());
            constraint(c, sp, &mut keys, &mut fks, &mut checks);
            if let Some(k) = keys.pop() {
                AlterOp::AddKey(k)
            } else if let Some(f) = fks.pop() {
                AlterOp::AddForeignKey(f)
            } else if let Some(c) = checks.pop() {
                AlterOp::AddCheck(c)
            } else {
                AlterOp::Unsupported(op.to_string())
            }
        }
        AlterTableOperation::DropIndex { name } => AlterOp::DropIndex(name.value.clone()),
        AlterTableOperation::DropPrimaryKey { .. } => AlterOp::DropPrimaryKey,
        AlterTableOperation::DropForeignKey { name, .. } => {
            AlterOp::DropForeignKey(name.value.clone())
        }
        AlterTableOperation::DropConstraint { name, .. } => {
            AlterOp::DropConstraint(name.value.clone())
        }
        AlterTableOperation::RenameTable { table_name } => AlterOp::Rename(match table_name {
            ast::RenameTableNameKind::As(n) | ast::RenameTableNameKind::To(n) => name_of(n),
        }),
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => AlterOp::RenameColumn {
            old: old_column_name.value.clone(),
            new: new_column_name.value.clone(),
        },
        other => AlterOp::Unsupported(other.to_string()),
    }
}
