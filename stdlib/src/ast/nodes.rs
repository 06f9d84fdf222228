//! The node table: every class of 3.11's `Parser/Python.asdl`, in ASDL order, with its base and its
//! fields written as the ASDL writes them (`expr? returns`). The classes, their `_fields`, docs and
//! class-level defaults are all made from it.

/// One class of the table.
pub(crate) struct Def {
    pub name: &'static str,
    pub base: &'static str,
    /// `type name` pairs, comma separated; `?` marks an optional field, `*` a list.
    pub fields: &'static str,
}

impl Def {
    /// `(type, name)` of each field.
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.fields
            .split(", ")
            .filter(|f| !f.is_empty())
            .filter_map(|f| f.split_once(' '))
    }
}

macro_rules! nodes {
    ($($id:ident $name:literal : $base:literal $fields:literal;)*) => {
        /// A class of the table, by position.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub(crate) enum N { $($id),* }
        pub(crate) const DEFS: &[Def] = &[$(Def { name: $name, base: $base, fields: $fields }),*];
        /// Every class, in table order (`ALL[i]` is the class of `DEFS[i]`).
        pub(crate) const ALL: &[N] = &[$(N::$id),*];
    };
}

nodes! {
    ModBase "mod": "AST" "";
    Module "Module": "mod" "stmt* body, type_ignore* type_ignores";
    Interactive "Interactive": "mod" "stmt* body";
    Expression "Expression": "mod" "expr body";
    FunctionType "FunctionType": "mod" "expr* argtypes, expr returns";
    StmtBase "stmt": "AST" "";
    FunctionDef "FunctionDef": "stmt" "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment";
    AsyncFunctionDef "AsyncFunctionDef": "stmt" "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment";
    ClassDef "ClassDef": "stmt" "identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list";
    Return "Return": "stmt" "expr? value";
    Delete "Delete": "stmt" "expr* targets";
    Assign "Assign": "stmt" "expr* targets, expr value, string? type_comment";
    AugAssign "AugAssign": "stmt" "expr target, operator op, expr value";
    AnnAssign "AnnAssign": "stmt" "expr target, expr annotation, expr? value, int simple";
    For "For": "stmt" "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment";
    AsyncFor "AsyncFor": "stmt" "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment";
    While "While": "stmt" "expr test, stmt* body, stmt* orelse";
    If "If": "stmt" "expr test, stmt* body, stmt* orelse";
    With "With": "stmt" "withitem* items, stmt* body, string? type_comment";
    AsyncWith "AsyncWith": "stmt" "withitem* items, stmt* body, string? type_comment";
    Match "Match": "stmt" "expr subject, match_case* cases";
    Raise "Raise": "stmt" "expr? exc, expr? cause";
    Try "Try": "stmt" "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody";
    TryStar "TryStar": "stmt" "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody";
    Assert "Assert": "stmt" "expr test, expr? msg";
    Import "Import": "stmt" "alias* names";
    ImportFrom "ImportFrom": "stmt" "identifier? module, alias* names, int? level";
    Global "Global": "stmt" "identifier* names";
    Nonlocal "Nonlocal": "stmt" "identifier* names";
    ExprStmt "Expr": "stmt" "expr value";
    Pass "Pass": "stmt" "";
    Break "Break": "stmt" "";
    Continue "Continue": "stmt" "";
    ExprBase "expr": "AST" "";
    BoolOp "BoolOp": "expr" "boolop op, expr* values";
    NamedExpr "NamedExpr": "expr" "expr target, expr value";
    BinOp "BinOp": "expr" "expr left, operator op, expr right";
    UnaryOp "UnaryOp": "expr" "unaryop op, expr operand";
    Lambda "Lambda": "expr" "arguments args, expr body";
    IfExp "IfExp": "expr" "expr test, expr body, expr orelse";
    Dict "Dict": "expr" "expr* keys, expr* values";
    Set "Set": "expr" "expr* elts";
    ListComp "ListComp": "expr" "expr elt, comprehension* generators";
    SetComp "SetComp": "expr" "expr elt, comprehension* generators";
    DictComp "DictComp": "expr" "expr key, expr value, comprehension* generators";
    GeneratorExp "GeneratorExp": "expr" "expr elt, comprehension* generators";
    Await "Await": "expr" "expr value";
    Yield "Yield": "expr" "expr? value";
    YieldFrom "YieldFrom": "expr" "expr value";
    Compare "Compare": "expr" "expr left, cmpop* ops, expr* comparators";
    Call "Call": "expr" "expr func, expr* args, keyword* keywords";
    FormattedValue "FormattedValue": "expr" "expr value, int conversion, expr? format_spec";
    JoinedStr "JoinedStr": "expr" "expr* values";
    Constant "Constant": "expr" "constant value, string? kind";
    Attribute "Attribute": "expr" "expr value, identifier attr, expr_context ctx";
    Subscript "Subscript": "expr" "expr value, expr slice, expr_context ctx";
    Starred "Starred": "expr" "expr value, expr_context ctx";
    Name "Name": "expr" "identifier id, expr_context ctx";
    List "List": "expr" "expr* elts, expr_context ctx";
    Tuple "Tuple": "expr" "expr* elts, expr_context ctx";
    Slice "Slice": "expr" "expr? lower, expr? upper, expr? step";
    ExprContext "expr_context": "AST" "";
    Load "Load": "expr_context" "";
    Store "Store": "expr_context" "";
    Del "Del": "expr_context" "";
    BoolOpBase "boolop": "AST" "";
    And "And": "boolop" "";
    Or "Or": "boolop" "";
    Operator "operator": "AST" "";
    Add "Add": "operator" "";
    Sub "Sub": "operator" "";
    Mult "Mult": "operator" "";
    MatMult "MatMult": "operator" "";
    Div "Div": "operator" "";
    Mod "Mod": "operator" "";
    Pow "Pow": "operator" "";
    LShift "LShift": "operator" "";
    RShift "RShift": "operator" "";
    BitOr "BitOr": "operator" "";
    BitXor "BitXor": "operator" "";
    BitAnd "BitAnd": "operator" "";
    FloorDiv "FloorDiv": "operator" "";
    UnaryOpBase "unaryop": "AST" "";
    Invert "Invert": "unaryop" "";
    Not "Not": "unaryop" "";
    UAdd "UAdd": "unaryop" "";
    USub "USub": "unaryop" "";
    CmpOp "cmpop": "AST" "";
    Eq "Eq": "cmpop" "";
    NotEq "NotEq": "cmpop" "";
    Lt "Lt": "cmpop" "";
    LtE "LtE": "cmpop" "";
    Gt "Gt": "cmpop" "";
    GtE "GtE": "cmpop" "";
    Is "Is": "cmpop" "";
    IsNot "IsNot": "cmpop" "";
    In "In": "cmpop" "";
    NotIn "NotIn": "cmpop" "";
    Comprehension "comprehension": "AST" "expr target, expr iter, expr* ifs, int is_async";
    ExceptHandlerBase "excepthandler": "AST" "";
    ExceptHandler "ExceptHandler": "excepthandler" "expr? type, identifier? name, stmt* body";
    Arguments "arguments": "AST" "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults";
    Arg "arg": "AST" "identifier arg, expr? annotation, string? type_comment";
    Keyword "keyword": "AST" "identifier? arg, expr value";
    Alias "alias": "AST" "identifier name, identifier? asname";
    WithItem "withitem": "AST" "expr context_expr, expr? optional_vars";
    MatchCase "match_case": "AST" "pattern pattern, expr? guard, stmt* body";
    PatternBase "pattern": "AST" "";
    MatchValue "MatchValue": "pattern" "expr value";
    MatchSingleton "MatchSingleton": "pattern" "constant value";
    MatchSequence "MatchSequence": "pattern" "pattern* patterns";
    MatchMapping "MatchMapping": "pattern" "expr* keys, pattern* patterns, identifier? rest";
    MatchClass "MatchClass": "pattern" "expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns";
    MatchStar "MatchStar": "pattern" "identifier? name";
    MatchAs "MatchAs": "pattern" "pattern? pattern, identifier? name";
    MatchOr "MatchOr": "pattern" "pattern* patterns";
    TypeIgnoreBase "type_ignore": "AST" "";
    TypeIgnore "TypeIgnore": "type_ignore" "int lineno, string tag";
}

/// The classes that carry a source position (`_attributes`).
pub(crate) const POSITIONED: &[&str] = &[
    "stmt",
    "expr",
    "excepthandler",
    "arg",
    "keyword",
    "alias",
    "pattern",
];

/// The position attributes, in `_attributes` order.
pub(crate) const POSITION: [&str; 4] = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

/// Whether class `i` is a sum type's abstract base (`expr`): some class derives from it.
pub(crate) fn is_abstract(i: usize) -> bool {
    DEFS.iter().any(|d| d.base == DEFS[i].name)
}

/// The class's `__doc__`: its ASDL constructor, or for a sum type its whole definition.
pub(crate) fn doc(i: usize) -> String {
    let d = &DEFS[i];
    let ctor = |d: &Def| {
        if d.fields.is_empty() {
            d.name.to_string()
        } else {
            format!("{}({})", d.name, d.fields)
        }
    };
    if !is_abstract(i) {
        return ctor(d);
    }
    let kids: Vec<&Def> = DEFS.iter().filter(|k| k.base == d.name).collect();
    let sep = if kids.iter().all(|k| k.fields.is_empty()) {
        " | ".to_string()
    } else {
        format!("\n{}| ", " ".repeat(d.name.len() + 1))
    };
    let alts: Vec<String> = kids.into_iter().map(ctor).collect();
    format!("{} = {}", d.name, alts.join(&sep))
}
