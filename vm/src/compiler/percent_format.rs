//! 3.11's `optimize_format` (`Python/ast_opt.c`): `'%s, %r' % (a, b)`, a literal format applied to a
//! tuple display that is not a constant, compiles as the f-string `f'{a!s}, {b!r}'` when every
//! conversion is `%s`, `%r` or `%a` with at most a `-` flag, a width and a precision of two digits.
//! The items are then formatted with `format()` (a `__format__` of theirs is called), and the code
//! takes the items' line numbers, as on CPython.

use weft_parser::ast::{Expr, ExprContext, ExprKind};

use super::bytecode::{Const, Instr};
use super::codegen::{pos, Compiler, R};
use super::exprs::STACK_USE_GUIDELINE;

/// One part of the f-string a format turns into.
enum Piece<'e> {
    Literal(String),
    Field {
        arg: &'e Expr,
        /// `FORMAT_VALUE`'s conversion: 1 `str`, 2 `repr`, 3 `ascii`.
        conversion: u32,
        spec: Option<String>,
    },
}

/// The pieces of `fmt % items`, or `None` when 3.11 leaves the expression alone (another conversion,
/// a mapping key, `*`, too many digits, more or fewer conversions than items).
fn pieces<'e>(fmt: &str, items: &'e [Expr]) -> Option<Vec<Piece<'e>>> {
    let c: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut used = 0;
    let mut out = Vec::new();
    loop {
        let start = pos;
        while pos < c.len() {
            if c[pos] != '%' {
                pos += 1;
            } else if c.get(pos + 1) == Some(&'%') {
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            let lit: String = c[start..pos].iter().collect();
            out.push(Piece::Literal(lit.replace("%%", "%")));
        }
        if pos >= c.len() {
            break;
        }
        let arg = items.get(used)?;
        used += 1;
        pos += 1;
        let mut cur = Cursor { c: &c, pos };
        let mut ljust = false;
        let mut ch = loop {
            match cur.next()? {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => {}
                ch => break ch,
            }
        };
        let width = cur.number(&mut ch)?;
        let mut precision = None;
        if ch == '.' {
            ch = cur.next()?;
            precision = Some(cur.number(&mut ch)?.unwrap_or(0));
        }
        pos = cur.pos;
        let conversion = match ch {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        let mut spec = String::new();
        if !ljust && width.is_some_and(|w| w > 0) {
            spec.push('>');
        }
        if let Some(w) = width {
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        out.push(Piece::Field {
            arg,
            conversion,
            spec: (!spec.is_empty()).then_some(spec),
        });
    }
    (used == items.len()).then_some(out)
}

/// Reads a conversion specifier (3.11's `simple_format_arg_parse`); `None` ends the format early.
struct Cursor<'c> {
    c: &'c [char],
    pos: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<char> {
        let ch = self.c.get(self.pos).copied();
        self.pos += 1;
        ch
    }

    /// Digits starting at `ch` (at most two), leaving `ch` at the character after them.
    fn number(&mut self, ch: &mut char) -> Option<Option<u32>> {
        if !ch.is_ascii_digit() {
            return Some(None);
        }
        let mut n = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            n = n * 10 + d;
            *ch = self.next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        Some(Some(n))
    }
}

impl<'a> Compiler<'a> {
    /// Compiles `left % right` as 3.11's AST optimiser rewrites it, if it does; false otherwise.
    pub fn percent_format(&mut self, e: &'a Expr, left: &'a Expr, right: &'a Expr) -> R<bool> {
        let ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } = &right.kind
        else {
            return Ok(false);
        };
        if elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            || self.constant_of(right).is_some()
        {
            return Ok(false);
        }
        let Some(Const::Str(fmt)) = self.constant_of(left) else {
            return Ok(false);
        };
        let Some(pieces) = pieces(&fmt, elts) else {
            return Ok(false);
        };
        let n = pieces.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Const::Str(String::new()));
            let join = self.raw_name_index("join");
            self.emit(Instr::LoadMethod(join));
            self.emit(Instr::BuildList(0));
            for p in &pieces {
                self.format_piece(p)?;
                self.emit(Instr::ListAppend(1));
            }
            self.emit(Instr::Call(1));
        } else {
            for p in &pieces {
                self.format_piece(p)?;
            }
            if n != 1 {
                self.set_loc(&e.loc);
                self.emit(Instr::BuildString(n as u32));
            }
        }
        Ok(true)
    }

    /// A literal piece has no position of its own; a field is positioned at its item.
    fn format_piece(&mut self, p: &Piece<'a>) -> R {
        let saved = self.ur().loc;
        match p {
            Piece::Literal(s) => {
                self.unset_loc();
                self.load_const(Const::Str(s.clone()));
            }
            Piece::Field {
                arg,
                conversion,
                spec,
            } => {
                self.visit_expr(arg)?;
                let mut oparg = *conversion;
                if let Some(s) = spec {
                    self.unset_loc();
                    self.load_const(Const::Str(s.clone()));
                    oparg |= 4;
                }
                self.u().loc = pos(&arg.loc);
                self.emit(Instr::FormatValue(oparg));
            }
        }
        self.u().loc = saved;
        Ok(())
    }
}
