//! The statement generator: a fixed typed schema (`schema.rs`: a column of every MySQL
//! type family, keys of every shape, seeded rows of edge values) and seeded statements
//! over it, built from the function and literal tables of `funcs.rs`. Deterministic:
//! the same seed gives the same schema script and statements.

mod funcs;
mod schema;

pub use funcs::known_functions;
use funcs::*;
pub use schema::{schema, schema_script, Col, Table, Ty, ROWS};

use std::collections::BTreeSet;

/// A small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One generated statement.
pub struct Generated {
    pub sql: String,
    /// Rows come in a total order (ORDER BY a unique key): compared in order; otherwise
    /// compared as a multiset.
    pub ordered: bool,
    /// DML: the tables compared afterwards.
    pub dml: bool,
}

/// The generator of statements over `tables`.
pub struct Gen<'a> {
    pub rng: Rng,
    tables: &'a [Table],
    /// Names of the functions and operators used so far.
    pub used: BTreeSet<&'static str>,
    /// Columns in scope: (qualifier, column).
    scope: Vec<(String, &'a Col)>,
    /// Room left for nested calls (bounds the statement size).
    budget: u32,
}

impl<'a> Gen<'a> {
    pub fn new(tables: &'a [Table], seed: u64) -> Self {
        Gen {
            rng: Rng::new(seed),
            tables,
            used: BTreeSet::new(),
            scope: Vec::new(),
            budget: 0,
        }
    }

    fn table(&self, name: &str) -> &'a Table {
        self.tables
            .iter()
            .find(|t| t.name == name)
            .expect("known table")
    }

    fn enter(&mut self, table: &'a Table, alias: &str) {
        for c in &table.cols {
            self.scope.push((alias.to_string(), c));
        }
    }

    fn column(&mut self, ty: Ty) -> Option<String> {
        let fits: Vec<usize> = (0..self.scope.len())
            .filter(|&i| self.scope[i].1.ty == ty)
            .collect();
        if fits.is_empty() {
            return None;
        }
        let (q, c) = &self.scope[*self.rng.pick(&fits)];
        Some(if q.is_empty() {
            c.name.to_string()
        } else {
            format!("{q}.{}", c.name)
        })
    }

    fn literal(&mut self, ty: Ty) -> String {
        let pool = match ty {
            Ty::Num => NUM_LITS,
            Ty::Str => STR_LITS,
            Ty::Date => DATE_LITS,
            Ty::DateTime => DATETIME_LITS,
            Ty::Time => TIME_LITS,
            Ty::Json => JSON_LITS,
            Ty::Bin => BIN_LITS,
            Ty::Bool => &["TRUE", "FALSE", "1 = 1", "NULL"][..],
        };
        self.rng.pick(pool).to_string()
    }

    /// An expression of `ty`.
    pub fn expr(&mut self, ty: Ty, depth: u32) -> String {
        if depth == 0 || self.budget == 0 || self.rng.chance(35) {
            // A leaf: a column where one fits, else a literal. A date may be a
            // datetime column and the reverse, as MySQL converts them.
            let col_ty = match ty {
                Ty::Date if self.rng.chance(30) => Ty::DateTime,
                Ty::DateTime if self.rng.chance(30) => Ty::Date,
                Ty::Num if self.rng.chance(10) => Ty::Bool,
                t => t,
            };
            if self.rng.chance(65) {
                if let Some(c) = self.column(col_ty) {
                    return c;
                }
            }
            return self.literal(ty);
        }
        self.budget -= 1;
        let fits: Vec<&Func> = FUNCS.iter().filter(|f| f.ret == ty).collect();
        let f = *self.rng.pick(&fits);
        self.used.insert(f.name);
        self.fill(f.template, depth - 1)
    }

    /// Fills a template's placeholders.
    fn fill(&mut self, template: &str, depth: u32) -> String {
        let mut out = String::new();
        let mut rest = template;
        // `{A=}` operands share one type per template.
        let mut same: Option<Ty> = None;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let j = rest[i..].find('}').expect("closed") + i;
            let tag = &rest[i + 1..j];
            rest = &rest[j + 1..];
            let text = match tag {
                "N" => self.expr(Ty::Num, depth),
                "S" => self.expr(Ty::Str, depth),
                "D" => self.expr(Ty::Date, depth),
                "T" => self.expr(Ty::DateTime, depth),
                "M" => self.expr(Ty::Time, depth),
                "B" => self.expr(Ty::Bool, depth),
                "J" => self.expr(Ty::Json, depth),
                "X" => self.expr(Ty::Bin, depth),
                "K" => self.rng.below(6).to_string(),
                "U" => self.rng.pick(UNITS).to_string(),
                "F" => self.rng.pick(FORMATS).to_string(),
                "P" => self.rng.pick(PATHS).to_string(),
                "L" => self.rng.pick(LIKES).to_string(),
                "A" => {
                    let t = self.any_ty();
                    self.expr(t, depth)
                }
                "A=" => {
                    let t = match same {
                        Some(t) => t,
                        None => {
                            let t = self.any_ty();
                            same = Some(t);
                            t
                        }
                    };
                    self.expr(t, depth)
                }
                other => panic!("unknown placeholder {other}"),
            };
            out.push_str(&text);
        }
        out.push_str(rest);
        out
    }

    fn any_ty(&mut self) -> Ty {
        *self.rng.pick(&[
            Ty::Num,
            Ty::Num,
            Ty::Num,
            Ty::Str,
            Ty::Str,
            Ty::Date,
            Ty::DateTime,
            Ty::Time,
            Ty::Bool,
        ])
    }

    fn scalar(&mut self) -> String {
        let t = *self.rng.pick(&[
            Ty::Num,
            Ty::Num,
            Ty::Str,
            Ty::Str,
            Ty::Date,
            Ty::DateTime,
            Ty::Time,
            Ty::Bool,
            Ty::Json,
            Ty::Bin,
        ]);
        let depth = 1 + self.rng.below(3) as u32;
        self.expr(t, depth)
    }

    fn cond(&mut self) -> String {
        let depth = 1 + self.rng.below(3) as u32;
        self.expr(Ty::Bool, depth)
    }

    fn agg(&mut self) -> String {
        let (name, tpl) = *self.rng.pick(AGGS);
        self.used.insert(name);
        self.fill(tpl, 1)
    }

    fn key_order(t: &Table, alias: &str) -> String {
        t.key
            .iter()
            .map(|k| {
                if alias.is_empty() {
                    k.to_string()
                } else {
                    format!("{alias}.{k}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// DML's ` ORDER BY key LIMIT n`.
    fn order_limit(&mut self, t: &Table) -> String {
        format!(
            " ORDER BY {} LIMIT {}",
            Self::key_order(t, ""),
            1 + self.rng.below(3)
        )
    }

    fn keyed_table(&mut self) -> &'a Table {
        let keyed: Vec<&'a Table> = self.tables.iter().filter(|t| !t.key.is_empty()).collect();
        *self.rng.pick(&keyed)
    }

    /// One statement.
    pub fn statement(&mut self) -> Generated {
        self.scope.clear();
        self.budget = 6;
        let shape = self.rng.below(100);
        match shape {
            0..=29 => self.simple_select(),
            30..=39 => self.join_select(),
            40..=51 => self.grouped_select(),
            52..=57 => self.subquery_select(),
            58..=61 => self.union_select(),
            62..=66 => self.window_select(),
            67..=70 => self.cte_select(),
            71..=74 => self.distinct_select(),
            _ => self.dml(),
        }
    }

    fn items(&mut self, n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("{} AS c{}", self.scalar(), i + 1))
            .collect()
    }

    fn simple_select(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let n = 1 + self.rng.below(3);
        let mut items = self.items(n);
        items.insert(0, Self::key_order(t, ""));
        let mut sql = format!("SELECT {} FROM {}", items.join(", "), t.name);
        if self.rng.chance(70) {
            sql.push_str(&format!(" WHERE {}", self.cond()));
        }
        let mut order = Vec::new();
        if self.rng.chance(50) {
            // Order by an alias, a position or an unselected expression first.
            let first = match self.rng.below(3) {
                0 => "c1".to_string(),
                1 => "2".to_string(),
                _ => self.scalar(),
            };
            let dir = if self.rng.chance(50) { " DESC" } else { "" };
            order.push(format!("{first}{dir}"));
        }
        order.push(Self::key_order(t, ""));
        sql.push_str(&format!(" ORDER BY {}", order.join(", ")));
        if self.rng.chance(30) {
            sql.push_str(&match self.rng.below(3) {
                0 => format!(" LIMIT {}", 1 + self.rng.below(5)),
                1 => format!(" LIMIT {}, {}", self.rng.below(4), 1 + self.rng.below(4)),
                _ => format!(
                    " LIMIT {} OFFSET {}",
                    1 + self.rng.below(4),
                    self.rng.below(4)
                ),
            });
        }
        Generated {
            sql,
            ordered: true,
            dml: false,
        }
    }

    fn join_select(&mut self) -> Generated {
        let (a, b) = (self.table("t_num"), self.table("t_pair"));
        let c = self.table("t_bag");
        let kind = self.rng.below(7);
        let from = match kind {
            0 => "t_num a JOIN t_pair b ON a.id = b.a".to_string(),
            1 => "t_num a LEFT JOIN t_pair b ON a.id = b.a".to_string(),
            2 => "t_pair b RIGHT JOIN t_num a ON a.id = b.a".to_string(),
            3 => "t_pair b CROSS JOIN t_bag c".to_string(),
            4 => "t_pair b JOIN t_bag c ON b.a = c.x AND b.b = c.y".to_string(),
            5 => "t_pair b LEFT JOIN t_bag c ON c.x = b.n".to_string(),
            _ => "t_num a JOIN t_str s USING (id)".to_string(),
        };
        match kind {
            0..=2 => {
                self.enter(a, "a");
                self.enter(b, "b");
            }
            3..=5 => {
                self.enter(b, "b");
                self.enter(c, "c");
            }
            _ => {
                self.enter(a, "a");
                let s = self.table("t_str");
                self.enter(s, "s");
            }
        }
        let n = 1 + self.rng.below(3);
        let items = self.items(n);
        let mut sql = format!("SELECT {} FROM {from}", items.join(", "));
        if self.rng.chance(50) {
            sql.push_str(&format!(" WHERE {}", self.cond()));
        }
        Generated {
            sql,
            ordered: false,
            dml: false,
        }
    }

    fn grouped_select(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let shape = self.rng.below(5);
        let sql = match shape {
            // GROUP BY an expression, aggregates beside it.
            0 | 1 => {
                let g = self.scalar();
                let mut sql = format!(
                    "SELECT {g} AS g, {} AS a1, {} AS a2 FROM {} GROUP BY {g}",
                    self.agg(),
                    self.agg(),
                    t.name
                );
                if self.rng.chance(40) {
                    sql.push_str(&format!(" HAVING {} > 0", self.agg()));
                }
                sql
            }
            // Grouped by the key: other columns are determined.
            2 => {
                let other = self.scalar();
                format!(
                    "SELECT {}, {other} AS c, {} AS a FROM {} GROUP BY {}",
                    Self::key_order(t, ""),
                    self.agg(),
                    t.name,
                    Self::key_order(t, "")
                )
            }
            // An aggregate without GROUP BY, maybe with HAVING.
            3 => {
                let mut sql = format!(
                    "SELECT {} AS a1, {} AS a2 FROM {}",
                    self.agg(),
                    self.agg(),
                    t.name
                );
                if self.rng.chance(50) {
                    sql.push_str(&format!(" WHERE {}", self.cond()));
                }
                if self.rng.chance(40) {
                    sql.push_str(&format!(" HAVING {} >= 0", self.agg()));
                }
                sql
            }
            // WITH ROLLUP.
            _ => {
                let c = self.column(Ty::Num).unwrap_or_else(|| "1".into());
                self.used.insert("WITH ROLLUP");
                format!(
                    "SELECT {c} AS g, COUNT(*) AS n, {} AS a FROM {} GROUP BY {c} WITH ROLLUP",
                    self.agg(),
                    t.name
                )
            }
        };
        Generated {
            sql,
            ordered: false,
            dml: false,
        }
    }

    fn subquery_select(&mut self) -> Generated {
        let t = self.table("t_num");
        self.enter(t, "a");
        let inner = self.table("t_pair");
        let shape = self.rng.below(4);
        let sql = match shape {
            0 => format!(
                "SELECT a.id, (SELECT MAX(b.n) FROM t_pair b WHERE b.a = a.id) AS m FROM t_num a ORDER BY a.id"
            ),
            1 => format!(
                "SELECT a.id, {} AS c1 FROM t_num a WHERE a.id IN (SELECT b.a FROM t_pair b WHERE {}) ORDER BY a.id",
                self.scalar(),
                {
                    self.scope.clear();
                    self.enter(inner, "b");
                    self.cond()
                }
            ),
            2 => format!(
                "SELECT a.id, {} AS c1 FROM t_num a WHERE {}EXISTS (SELECT 1 FROM t_pair b WHERE b.a = a.id AND b.n > {}) ORDER BY a.id",
                self.scalar(),
                if self.rng.chance(50) { "NOT " } else { "" },
                self.rng.below(5)
            ),
            _ => {
                let inner_items = self.items(2);
                format!(
                    "SELECT d.id, d.c1, d.c2 FROM (SELECT a.id, {} FROM t_num a) AS d ORDER BY d.id",
                    inner_items.join(", ")
                )
            }
        };
        Generated {
            sql,
            ordered: true,
            dml: false,
        }
    }

    fn union_select(&mut self) -> Generated {
        let a = self.table("t_num");
        self.enter(a, "");
        let x = self.expr(Ty::Num, 2);
        self.scope.clear();
        let b = self.table("t_pair");
        self.enter(b, "");
        let y = self.expr(Ty::Num, 2);
        let all = if self.rng.chance(50) { " ALL" } else { "" };
        self.used
            .insert(if all.is_empty() { "UNION" } else { "UNION ALL" });
        Generated {
            sql: format!("SELECT {x} AS v FROM t_num UNION{all} SELECT {y} FROM t_pair"),
            ordered: false,
            dml: false,
        }
    }

    fn window_select(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let (name, tpl) = *self.rng.pick(WINDOWS);
        self.used.insert(name);
        let f = self.fill(tpl, 1);
        let part = if self.rng.chance(50) {
            format!("PARTITION BY {} ", self.scalar())
        } else {
            String::new()
        };
        let key = Self::key_order(t, "");
        Generated {
            sql: format!(
                "SELECT {key}, {f} OVER ({part}ORDER BY {key}) AS w FROM {} ORDER BY {key}",
                t.name
            ),
            ordered: true,
            dml: false,
        }
    }

    fn cte_select(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let items = self.items(2);
        let key = Self::key_order(t, "");
        self.used.insert("WITH");
        Generated {
            sql: format!(
                "WITH c AS (SELECT {key}, {} FROM {}) SELECT * FROM c WHERE c1 IS NOT NULL ORDER BY {key}",
                items.join(", "),
                t.name
            ),
            ordered: true,
            dml: false,
        }
    }

    fn distinct_select(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let items = {
            let k = 1 + self.rng.below(2);
            self.items(k)
        };
        self.used.insert("DISTINCT");
        Generated {
            sql: format!("SELECT DISTINCT {} FROM {}", items.join(", "), t.name),
            ordered: false,
            dml: false,
        }
    }

    fn assignments(&mut self, t: &'a Table, n: usize) -> Vec<String> {
        let cols: Vec<&Col> = t.cols.iter().filter(|c| !t.key.contains(&c.name)).collect();
        let mut out = Vec::new();
        for _ in 0..n {
            let c = *self.rng.pick(&cols);
            if out
                .iter()
                .any(|a: &String| a.starts_with(&format!("{} =", c.name)))
            {
                continue;
            }
            let v = if self.rng.chance(50) {
                self.rng.pick(c.values).to_string()
            } else {
                self.expr(c.ty, 1)
            };
            out.push(format!("{} = {v}", c.name));
        }
        out
    }

    fn row_values(&mut self, t: &'a Table, id: usize) -> Vec<String> {
        t.cols
            .iter()
            .map(|c| {
                if c.values.is_empty() {
                    id.to_string()
                } else {
                    self.rng.pick(c.values).to_string()
                }
            })
            .collect()
    }

    fn dml(&mut self) -> Generated {
        let t = self.keyed_table();
        self.enter(t, "");
        let names: Vec<&str> = t.cols.iter().map(|c| c.name).collect();
        let kind = self.rng.below(12);
        let sql = match kind {
            0 => {
                let v = {
                    let k = 100 + self.rng.below(3);
                    self.row_values(t, k)
                };
                format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    t.name,
                    names.join(", "),
                    v.join(", ")
                )
            }
            1 => {
                // An id that may exist: IGNORE keeps the old row.
                let v = {
                    let k = 1 + self.rng.below(14);
                    self.row_values(t, k)
                };
                self.used.insert("INSERT IGNORE");
                format!(
                    "INSERT IGNORE INTO {} ({}) VALUES ({})",
                    t.name,
                    names.join(", "),
                    v.join(", ")
                )
            }
            2 => {
                let v = {
                    let k = 1 + self.rng.below(14);
                    self.row_values(t, k)
                };
                let set = self.assignments(t, 2);
                self.used.insert("ON DUPLICATE KEY UPDATE");
                let set = if set.is_empty() {
                    format!("{} = VALUES({})", names[1], names[1])
                } else {
                    set.join(", ")
                };
                format!(
                    "INSERT INTO {} ({}) VALUES ({}) ON DUPLICATE KEY UPDATE {set}",
                    t.name,
                    names.join(", "),
                    v.join(", ")
                )
            }
            3 => {
                let v = self.row_values(t, 200);
                let pairs: Vec<String> = names
                    .iter()
                    .zip(&v)
                    .map(|(n, v)| format!("{n} = {v}"))
                    .collect();
                format!("INSERT INTO {} SET {}", t.name, pairs.join(", "))
            }
            4 => {
                let v = {
                    let k = 1 + self.rng.below(14);
                    self.row_values(t, k)
                };
                self.used.insert("REPLACE");
                format!(
                    "REPLACE INTO {} ({}) VALUES ({})",
                    t.name,
                    names.join(", "),
                    v.join(", ")
                )
            }
            5 if t.name == "t_num" => {
                self.used.insert("INSERT SELECT");
                format!(
                    "INSERT INTO t_pair (a, b, n) SELECT id + 10, 'q', {} FROM t_num WHERE {}",
                    self.expr(Ty::Num, 1),
                    self.cond()
                )
            }
            6 | 7 | 5 => {
                let set = {
                    let k = 1 + self.rng.below(2);
                    self.assignments(t, k)
                };
                let set = if set.is_empty() {
                    vec![format!("{} = {}", names[1], names[1])]
                } else {
                    set
                };
                let mut sql = format!("UPDATE {} SET {}", t.name, set.join(", "));
                if self.rng.chance(70) {
                    sql.push_str(&format!(" WHERE {}", self.cond()));
                }
                if self.rng.chance(25) {
                    sql.push_str(&self.order_limit(t));
                }
                sql
            }
            8 => {
                self.used.insert("multi-table UPDATE");
                format!(
                    "UPDATE t_num a JOIN t_pair b ON a.id = b.a SET a.i32 = b.n, b.n = {}",
                    self.rng.below(50)
                )
            }
            9 => {
                let mut sql = format!("DELETE FROM {}", t.name);
                sql.push_str(&format!(" WHERE {}", self.cond()));
                if self.rng.chance(30) {
                    sql.push_str(&self.order_limit(t));
                }
                sql
            }
            10 => {
                self.used.insert("multi-table DELETE");
                format!(
                    "DELETE b FROM t_pair b JOIN t_num a ON a.id = b.a WHERE a.i8 {} 0",
                    self.rng.pick(&["<", ">", ">=", "<>"])
                )
            }
            _ => {
                let set = self.assignments(t, 1);
                let set = if set.is_empty() {
                    vec![format!("{} = NULL", names[1])]
                } else {
                    set
                };
                format!(
                    "UPDATE {} SET {} WHERE {} IN (1, 2, 3)",
                    t.name,
                    set.join(", "),
                    t.key[0]
                )
            }
        };
        Generated {
            sql,
            ordered: false,
            dml: true,
        }
    }
}
