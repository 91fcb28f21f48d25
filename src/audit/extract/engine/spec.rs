//! The call table's vocabulary: how a database call takes its SQL (`Via`), what it
//! does with it (`Does`), and a host language's `Spec`.

/// How a call (or assignment, or template tag) is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Via {
    /// `x.name(`, `x->name(`, `x?.name(`.
    Method,
    /// `X::name(`.
    Static,
    /// `name(` or `module.name(`.
    Func,
    /// `@Name(`.
    Annot,
    /// `new Name(`.
    New,
    /// `name = "…"`.
    Assign,
    /// name`…` (a tagged template).
    Tag,
}

/// What a known call does with the string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Does {
    /// Runs it as SQL.
    Sql,
    /// Runs it as SQL with `%s`-style verbs bound to the other arguments.
    BindVerbs,
    /// Runs it as SQL with `%s`/`%d`/`%f`/`%i` bound (PHP's `->prepare`: PDO
    /// never uses `%` verbs, `$wpdb` and its kin bind them); other `%` stay text.
    BindSdfi,
    /// Runs it as SQL, interpolation holes are bound values.
    HoleBinds,
    /// JPQL/HQL: not SQL, skipped.
    Jpql,
    /// SQL only when the call also says `nativeQuery = true` (else JPQL, skipped).
    NativeFlag,
    /// A format call (`sprintf`): its verbs are run-time text.
    Format,
    /// A format call whose fields are `{…}` (`.format`, `string.Format`).
    FormatBraces,
    /// Runs it as SQL, `{0}` fields are bound values (EF Core's `…Raw`).
    BraceBinds,
}

pub(crate) struct Call {
    pub name: &'static str,
    pub via: Via,
    /// The receiver (`DB`, `$wpdb`, `fmt`), or "" for any.
    pub recv: &'static str,
    /// The SQL may be a later argument (after a context, a destination…).
    pub any_arg: bool,
    pub does: Does,
}

pub(crate) const fn call(name: &'static str, via: Via, does: Does) -> Call {
    Call {
        name,
        via,
        recv: "",
        any_arg: false,
        does,
    }
}

pub(crate) const fn call_on(name: &'static str, via: Via, recv: &'static str, does: Does) -> Call {
    Call {
        name,
        via,
        recv,
        any_arg: false,
        does,
    }
}

pub(crate) const fn call_any_arg(name: &'static str, via: Via, does: Does) -> Call {
    Call {
        name,
        via,
        recv: "",
        any_arg: true,
        does,
    }
}

/// `%s`-style verbs in a string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Verbs {
    Text,
    Bind,
    /// Only `%s`, `%d`, `%f`, `%F`, `%i` (with flags) are bound; other `%` are text.
    BindSdfi,
    Marker,
}

/// A host language as the driver sees it.
pub(crate) struct Spec {
    /// `+` concatenates strings.
    pub plus: bool,
    /// `.` concatenates strings (PHP).
    pub dot: bool,
    /// Adjacent literals are one string (Python, Ruby).
    pub adjacent: bool,
    /// `"…" % args` formats (Python, Ruby).
    pub percent: bool,
    pub calls: &'static [Call],
    /// Verbs in a string at no known call.
    pub verbs: Verbs,
    /// `@name` is a bound value (C#).
    pub at_binds: bool,
    /// `#{x}` binds and `${x}` markers (MyBatis annotations).
    pub mybatis: bool,
    /// `name<T>(` calls (C#, Java, TypeScript).
    pub generics: bool,
    /// Statements end at a newline (no `;` needed).
    pub newline_ends: bool,
    /// `$` is part of identifiers (PHP variables, JS names).
    pub dollar_ident: bool,
    /// Calls without parentheses (`execute "…"`, Ruby).
    pub bare_calls: bool,
}
