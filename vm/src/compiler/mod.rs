//! AST → bytecode: the code generator over weft-parser's AST and symbol table.
pub mod bytecode;
