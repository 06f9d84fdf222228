//! weft's tokenizer and recursive-descent parser for Python 3.11, producing a CPython-shaped AST.
#![forbid(unsafe_code)]
