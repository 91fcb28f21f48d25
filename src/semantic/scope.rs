//! Name resolution for one SELECT: its FROM relations, what a column reference
//! resolves to, and the columns that the grouped ones determine.

use crate::catalog::{Catalog, TableInfo};
use sqlparser::ast::{
    BinaryOperator, Expr, JoinConstraint, JoinOperator, Select, SelectItem, SetExpr, TableFactor,
    TableWithJoins,
};

/// A column of a scope: (relation index, column name as the relation spells it).
pub type Col = (usize, String);

/// A relation of a FROM clause.
#[derive(Debug, Clone, Default)]
pub struct Relation {
    /// The name the query refers to it by: its alias, else the table's name.
    pub name: String,
    /// Its columns, when known: a catalog table's, or a derived table's plain output
    /// names. `None`: a CTE, a view, an unknown table, a table function.
    pub columns: Option<Vec<String>>,
    /// Column sets that determine every column: the primary key and the unique keys
    /// whose columns are all NOT NULL (MySQL's functional dependencies).
    pub keys: Vec<Vec<String>>,
}

/// What a column reference is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A column of one of the scope's relations.
    Column(Col),
    /// Not a column of this scope, whose relations' columns are all known: an outer
    /// query's column (a constant here), or a name that is not a column at all.
    Outside,
    /// A relation whose columns are unknown may hold it.
    Unknown,
    /// More than one relation holds it (and no USING or NATURAL join merged them).
    Ambiguous,
}

/// The relations of a SELECT's FROM clause and the equalities its joins and WHERE
/// clause make hold on every row.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub relations: Vec<Relation>,
    /// Names a USING or NATURAL join merged into one column.
    pub coalesced: Vec<String>,
    /// `(a, b)`: on every row, `a`'s value determines `b`'s (an equality of an inner
    /// join or the WHERE clause gives both directions; an outer join's ON condition the
    /// direction from the preserved side).
    pub edges: Vec<(Col, Col)>,
    /// Columns that equal a constant on every row (`WHERE c = 5`).
    pub constants: Vec<Col>,
}

impl Scope {
    /// The scope of `select`; `ctes` are the names of the common table expressions
    /// visible here (they hide tables of the same name).
    pub fn of_select(select: &Select, catalog: &Catalog, ctes: &[String]) -> Scope {
        let mut s = Scope::default();
        for t in &select.from {
            s.add_joined(t, catalog, ctes);
        }
        if let Some(w) = &select.selection {
            let all = 0..s.relations.len();
            s.equalities(w, all.clone(), all);
        }
        s
    }

    fn add_joined(&mut self, t: &TableWithJoins, catalog: &Catalog, ctes: &[String]) {
        self.add_factor(&t.relation, catalog, ctes);
        for j in &t.joins {
            let start = self.relations.len();
            self.add_factor(&j.relation, catalog, ctes);
            let left = 0..start;
            let right = start..self.relations.len();
            use JoinOperator as J;
            let (constraint, from, to) = match &j.join_operator {
                J::Join(c) | J::Inner(c) | J::CrossJoin(c) | J::StraightJoin(c) => {
                    (c, 0..self.relations.len(), 0..self.relations.len())
                }
                J::Left(c) | J::LeftOuter(c) => (c, left.clone(), right.clone()),
                J::Right(c) | J::RightOuter(c) => (c, right.clone(), left.clone()),
                _ => continue,
            };
            match constraint {
                JoinConstraint::On(on) => self.equalities(on, from, to),
                JoinConstraint::Using(names) => {
                    let names: Vec<String> = names
                        .iter()
                        .filter_map(|n| n.0.last()?.as_ident().map(|i| i.value.clone()))
                        .collect();
                    self.merge(&names, left, right, from);
                }
                JoinConstraint::Natural => {
                    let common: Vec<String> = right
                        .clone()
                        .flat_map(|r| self.relations[r].columns.clone().unwrap_or_default())
                        .filter(|c| left.clone().any(|l| self.has(l, c).is_some()))
                        .collect();
                    self.merge(&common, left, right, from);
                }
                _ => {}
            }
        }
    }

    /// Columns of a USING or NATURAL join: merged, and equal as the join says.
    fn merge(
        &mut self,
        names: &[String],
        left: std::ops::Range<usize>,
        right: std::ops::Range<usize>,
        from: std::ops::Range<usize>,
    ) {
        for n in names {
            self.coalesced.push(n.clone());
            let l = left.clone().find_map(|r| self.has(r, n).map(|c| (r, c)));
            let r = right.clone().find_map(|r| self.has(r, n).map(|c| (r, c)));
            if let (Some(l), Some(r)) = (l, r) {
                if from.contains(&l.0) {
                    self.edges.push((l.clone(), r.clone()));
                }
                if from.contains(&r.0) {
                    self.edges.push((r, l));
                }
            }
        }
    }

    fn add_factor(&mut self, f: &TableFactor, catalog: &Catalog, ctes: &[String]) {
        match f {
            TableFactor::Table { name, alias, .. } => {
                let parts: Vec<&str> = name
                    .0
                    .iter()
                    .filter_map(|p| p.as_ident().map(|i| i.value.as_str()))
                    .collect();
                let table = parts.last().copied().unwrap_or_default();
                let mut rel = Relation {
                    name: table.to_string(),
                    ..Default::default()
                };
                let cte = parts.len() == 1 && ctes.iter().any(|c| c == table);
                if !cte {
                    if let Some(info) = find_table(catalog, &parts) {
                        rel = table_relation(table, info);
                    }
                }
                if let Some(a) = alias {
                    rel.name = a.name.value.clone();
                    if !a.columns.is_empty() {
                        rel.columns =
                            Some(a.columns.iter().map(|c| c.name.value.clone()).collect());
                        rel.keys.clear();
                    }
                }
                self.relations.push(rel);
            }
            TableFactor::Derived {
                subquery, alias, ..
            } => {
                let mut rel = Relation::default();
                if let SetExpr::Select(s) = subquery.body.as_ref() {
                    rel.columns = output_names(&s.projection);
                }
                if let Some(a) = alias {
                    rel.name = a.name.value.clone();
                    if !a.columns.is_empty() {
                        rel.columns =
                            Some(a.columns.iter().map(|c| c.name.value.clone()).collect());
                    }
                }
                self.relations.push(rel);
            }
            TableFactor::NestedJoin {
                table_with_joins, ..
            } => self.add_joined(table_with_joins, catalog, ctes),
            _ => self.relations.push(Relation::default()),
        }
    }

    /// Equalities of the conjuncts of `e` between columns (`a = b`: `a` in `from`
    /// determines `b` in `to`) and with constants.
    fn equalities(&mut self, e: &Expr, from: std::ops::Range<usize>, to: std::ops::Range<usize>) {
        match e {
            Expr::Nested(x) => self.equalities(x, from, to),
            Expr::BinaryOp {
                left,
                op: BinaryOperator::And,
                right,
            } => {
                self.equalities(left, from.clone(), to.clone());
                self.equalities(right, from, to);
            }
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Eq,
                right,
            } => {
                let l = self.resolve(left);
                let r = self.resolve(right);
                match (l, r) {
                    (Resolved::Column(a), Resolved::Column(b)) => {
                        if from.contains(&a.0) && to.contains(&b.0) {
                            self.edges.push((a.clone(), b.clone()));
                        }
                        if from.contains(&b.0) && to.contains(&a.0) {
                            self.edges.push((b, a));
                        }
                    }
                    (Resolved::Column(a), _) if is_constant(right) && to.contains(&a.0) => {
                        self.constants.push(a)
                    }
                    (_, Resolved::Column(b)) if is_constant(left) && to.contains(&b.0) => {
                        self.constants.push(b)
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// The column of relation `r` named `name` (MySQL's column names are
    /// case-insensitive), as the relation spells it.
    fn has(&self, r: usize, name: &str) -> Option<String> {
        self.relations[r]
            .columns
            .as_ref()?
            .iter()
            .find(|c| c.eq_ignore_ascii_case(name))
            .cloned()
    }

    /// What a column reference (`c`, `t.c`, `db.t.c`) resolves to; `None` for an
    /// expression that is not a column reference.
    pub fn resolve(&self, e: &Expr) -> Resolved {
        match e {
            Expr::Nested(x) => self.resolve(x),
            Expr::Identifier(i) => {
                let found: Vec<Col> = (0..self.relations.len())
                    .filter_map(|r| self.has(r, &i.value).map(|c| (r, c)))
                    .collect();
                match found.len() {
                    1 => Resolved::Column(found[0].clone()),
                    // The only relation, its columns unknown: the name is its column (or
                    // an outer query's, a constant here, which no rule then treats otherwise).
                    0 if self.relations.len() == 1 && self.relations[0].columns.is_none() => {
                        Resolved::Column((0, i.value.clone()))
                    }
                    0 if self.relations.iter().any(|r| r.columns.is_none()) => Resolved::Unknown,
                    0 => Resolved::Outside,
                    _ if self
                        .coalesced
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(&i.value)) =>
                    {
                        Resolved::Column(found[0].clone())
                    }
                    _ => Resolved::Ambiguous,
                }
            }
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let col = &parts[parts.len() - 1].value;
                let qual = &parts[parts.len() - 2].value;
                let rels: Vec<usize> = (0..self.relations.len())
                    .filter(|r| self.relations[*r].name.eq_ignore_ascii_case(qual))
                    .collect();
                match rels.as_slice() {
                    [] => Resolved::Outside,
                    [r] => match (&self.relations[*r].columns, self.has(*r, col)) {
                        (_, Some(c)) => Resolved::Column((*r, c)),
                        // A relation whose columns are unknown: named, so its column.
                        (None, None) => Resolved::Column((*r, col.clone())),
                        _ => Resolved::Unknown,
                    },
                    _ => Resolved::Ambiguous,
                }
            }
            _ => Resolved::Outside,
        }
    }

    /// The columns that `grouped` determines on every row: themselves, the columns
    /// fixed to constants, those equal to determined ones, and every column of a
    /// relation one of whose keys is determined; repeated until nothing is added.
    pub fn determined(&self, grouped: &[Col]) -> Vec<Col> {
        let mut d: Vec<Col> = grouped.to_vec();
        for c in &self.constants {
            if !d.contains(c) {
                d.push(c.clone());
            }
        }
        loop {
            let before = d.len();
            for (a, b) in &self.edges {
                if d.contains(a) && !d.contains(b) {
                    d.push(b.clone());
                }
            }
            for (r, rel) in self.relations.iter().enumerate() {
                let Some(cols) = &rel.columns else { continue };
                let keyed = rel.keys.iter().any(|k| {
                    k.iter().all(|kc| {
                        d.iter()
                            .any(|(dr, dc)| *dr == r && dc.eq_ignore_ascii_case(kc))
                    })
                });
                if keyed {
                    for c in cols {
                        let col = (r, c.clone());
                        if !d.contains(&col) {
                            d.push(col);
                        }
                    }
                }
            }
            if d.len() == before {
                return d;
            }
        }
    }
}

/// A literal or a placeholder: the same value on every row.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Value(_) => true,
        Expr::Nested(x) => is_constant(x),
        Expr::UnaryOp { expr, .. } => is_constant(expr),
        Expr::Cast { expr, .. } => is_constant(expr),
        _ => false,
    }
}

/// The output names of a derived table's select list, when every item has a plain name.
fn output_names(items: &[SelectItem]) -> Option<Vec<String>> {
    items
        .iter()
        .map(|p| match p {
            SelectItem::ExprWithAlias { alias, .. } => Some(alias.value.clone()),
            SelectItem::UnnamedExpr(Expr::Identifier(i)) => Some(i.value.clone()),
            SelectItem::UnnamedExpr(Expr::CompoundIdentifier(v)) => {
                v.last().map(|i| i.value.clone())
            }
            _ => None,
        })
        .collect()
}

/// The catalog table a (translated) relation name names: by its PostgreSQL name and,
/// when qualified, schema; `None` when no table or more than one matches.
fn find_table<'a>(catalog: &'a Catalog, parts: &[&str]) -> Option<&'a TableInfo> {
    let (schema, name) = match parts {
        [t] => (None, *t),
        [s, t] => (Some(*s), *t),
        _ => return None,
    };
    let mut found = catalog
        .tables()
        .values()
        .filter(|t| t.pg_name == name && (schema.is_none() || t.pg_schema.as_deref() == schema));
    let first = found.next()?;
    match found.next() {
        None => Some(first),
        Some(_) => None,
    }
}

fn table_relation(name: &str, info: &TableInfo) -> Relation {
    let not_null = |c: &String| {
        info.columns
            .iter()
            .any(|col| col.pg_name.eq_ignore_ascii_case(c) && col.not_null)
    };
    Relation {
        name: name.to_string(),
        columns: Some(info.columns.iter().map(|c| c.pg_name.clone()).collect()),
        keys: info
            .unique_keys
            .iter()
            .filter(|k| !k.is_empty() && k.iter().all(not_null))
            .cloned()
            .collect(),
    }
}
