# A JSON-like serializer, pretty printer and parser written by hand.

class ParseError(Exception):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            if ord(ch) > 0xFFFF:
                v = ord(ch) - 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is not None else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k in sorted(value):
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + quote(k) + ": " + dumps(value[k], indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.text, self.i = text, 0

    def error(self, msg):
        raise ParseError(f"{msg} at position {self.i}")

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.i != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i]
                self.i += 1
                if esc == "u":
                    code = int(self.text[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                else:
                    out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
            else:
                out.append(ch)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        lexeme = self.text[start:self.i]
        if not lexeme:
            self.error(f"unexpected character {self.text[start]!r}")
        try:
            return float(lexeme) if any(c in lexeme for c in ".eE") else int(lexeme)
        except ValueError:
            self.error(f"bad number {lexeme!r}")

doc = {"name": "weft", "version": [0, 1, 0], "stackless": True, "jit": None, "ratio": 0.75,
       "tags": ["interpreter", "rust"], "nested": {"empty": {}, "list": [], "deep": [[1, [2, [3]]]]},
       "text": "quote\" backslash\\ newline\n tab\t é 😀", "big": 2 ** 70, "neg": -1.5e-7}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).parse()
print(back == doc, Parser(compact).parse() == doc)
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"unterminated', "[1] x", "{1: 2}", "-", ""]:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print(repr(bad), "->", e)
for bad in [{1: 2}, [float("nan")], {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
