//! Encoding names: CPython's normalisation (`_Py_normalize_encoding`, then the `encodings`
//! package's alias table) reduced to the codecs weft implements natively.

use crate::text::TextError;

/// A codec implemented here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `utf-16`: a byte order mark, then native (little-endian) order.
    Utf16,
    /// `utf-16-le`.
    Utf16Le,
    /// `utf-16-be`.
    Utf16Be,
    /// `utf-32`: a byte order mark, then native (little-endian) order.
    Utf32,
    /// `utf-32-le`.
    Utf32Le,
    /// `utf-32-be`.
    Utf32Be,
    /// `latin-1` (ISO 8859-1).
    Latin1,
    /// `ascii`.
    Ascii,
    /// `unicode_escape`.
    UnicodeEscape,
    /// `raw_unicode_escape`.
    RawUnicodeEscape,
    /// `cp1252` (Windows-1252).
    Cp1252,
}

/// `encodings.aliases` entries that lead to the codecs above (module names are accepted too).
const ALIASES: &[(&str, Codec)] = &[
    ("1252", Codec::Cp1252),
    ("646", Codec::Ascii),
    ("8859", Codec::Latin1),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("cp65001", Codec::Utf8),
    ("cp819", Codec::Latin1),
    ("csascii", Codec::Ascii),
    ("csisolatin1", Codec::Latin1),
    ("ibm367", Codec::Ascii),
    ("ibm819", Codec::Latin1),
    ("iso646_us", Codec::Ascii),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("iso_ir_6", Codec::Ascii),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("u16", Codec::Utf16),
    ("u32", Codec::Utf32),
    ("u8", Codec::Utf8),
    ("unicodebigunmarked", Codec::Utf16Be),
    ("unicodelittleunmarked", Codec::Utf16Le),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("utf", Codec::Utf8),
    ("utf16", Codec::Utf16),
    ("utf32", Codec::Utf32),
    ("utf8", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("utf_16be", Codec::Utf16Be),
    ("utf_16le", Codec::Utf16Le),
    ("utf_32be", Codec::Utf32Be),
    ("utf_32le", Codec::Utf32Le),
    ("windows_1252", Codec::Cp1252),
];

/// Module names of the `encodings` package for the codecs above.
const MODULES: &[(&str, Codec)] = &[
    ("ascii", Codec::Ascii),
    ("cp1252", Codec::Cp1252),
    ("latin_1", Codec::Latin1),
    ("raw_unicode_escape", Codec::RawUnicodeEscape),
    ("unicode_escape", Codec::UnicodeEscape),
    ("utf_16", Codec::Utf16),
    ("utf_16_be", Codec::Utf16Be),
    ("utf_16_le", Codec::Utf16Le),
    ("utf_32", Codec::Utf32),
    ("utf_32_be", Codec::Utf32Be),
    ("utf_32_le", Codec::Utf32Le),
    ("utf_8", Codec::Utf8),
];

/// The codecs of CPython's `encodings` package that are not text encodings (bytes to bytes,
/// or `rot13`'s str to str), by alias and module name: `str.encode` and `bytes.decode` refuse
/// them even when weft cannot import the package.
const NON_TEXT: &[&str] = &[
    "base64",
    "base64_codec",
    "base_64",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quopri_codec",
    "quoted_printable",
    "quotedprintable",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

/// Whether `name` names one of the standard codecs that are not text encodings.
pub fn is_non_text_encoding(name: &str) -> bool {
    let norm = normalize_encoding(name);
    NON_TEXT.contains(&norm.as_str()) || NON_TEXT.contains(&norm.replace('.', "_").as_str())
}

/// `_Py_normalize_encoding`: ASCII letters lowercased, ASCII letters, digits and `.` kept, and
/// every run of anything else (non-ASCII characters included) turned into one `_` between kept
/// characters.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

fn find(table: &[(&str, Codec)], name: &str) -> Option<Codec> {
    table.iter().find(|&&(n, _)| n == name).map(|&(_, c)| c)
}

impl Codec {
    /// `codecs.lookup(name)` restricted to the codecs implemented here.
    ///
    /// # Errors
    /// `ValueError: embedded null character` for a name containing NUL, and `LookupError:
    /// unknown encoding: NAME` for anything else unknown (other codecs, such as `cp437`, live
    /// in the `encodings` package and are the caller's to find).
    pub fn lookup(name: &str) -> Result<Codec, TextError> {
        if name.contains('\0') {
            return Err(TextError::value("embedded null character"));
        }
        let norm = normalize_encoding(name);
        find(ALIASES, &norm)
            .or_else(|| find(ALIASES, &norm.replace('.', "_")))
            .or_else(|| find(MODULES, &norm))
            .ok_or_else(|| TextError::Lookup(format!("unknown encoding: {name}")))
    }

    /// The codec `str.encode` and `bytes.decode` call directly, without the codec registry,
    /// for this name: `utf-8`, `utf-16`, `utf-32`, `ascii` and `latin-1` under a few spellings
    /// (CPython's fast paths in `PyUnicode_AsEncodedString` and `PyUnicode_Decode`). Errors
    /// of other codecs go through [`super::wrap_registry_error`].
    pub fn fast_path(name: &str) -> Option<Codec> {
        let norm = normalize_encoding(name);
        // CPython normalises into an 11-byte buffer and gives up on longer names.
        if norm.len() > 10 {
            return None;
        }
        if let Some(rest) = norm.strip_prefix("utf") {
            return match rest.strip_prefix('_').unwrap_or(rest) {
                "8" => Some(Codec::Utf8),
                "16" => Some(Codec::Utf16),
                "32" => Some(Codec::Utf32),
                _ => None,
            };
        }
        match norm.as_str() {
            "ascii" | "us_ascii" => Some(Codec::Ascii),
            "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1" => Some(Codec::Latin1),
            _ => None,
        }
    }

    /// `codecs.lookup(...).name`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
            Codec::Cp1252 => "cp1252",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref;

    #[test]
    fn lookup_agrees_with_python() {
        let mut names: Vec<String> = [
            "UTF8",
            "utf 8",
            " utf-8 ",
            "utf\u{e9}8",
            "Utf--8",
            "utf.8",
            "iso-8859-1",
            "latin.1",
            "US-ASCII",
            "u.t.f.8",
            "utf_8_",
            ".utf8",
            "8859",
            "ISO_8859-1:1987",
            "utf8.",
            "unicode-escape",
            "foo",
            "utf-8\0",
            "utf32le",
            "utf_32le",
            "ANSI_X3.4-1968",
            "ansi x3 4 1968",
            "RAW-unicode_escape",
            "",
            "-",
            "cp1252",
            "Windows-1252",
            "cp437",
            "UTF-16LE",
            "utf_16_LE",
            "UnicodeLittleUnmarked",
            "U8",
            "utf-8-sig",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        names.extend(ALIASES.iter().chain(MODULES).map(|(n, _)| n.to_uppercase()));
        let inputs: Vec<String> = names.iter().map(|s| pyref::arg(s)).collect();
        let ours: Vec<String> = names
            .iter()
            .map(|n| pyref::shown(Codec::lookup(n).map(|c| c.name().to_owned())))
            .collect();
        let theirs = pyref::run_python(
            "import codecs\n\
             native = {'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', \
             'iso8859-1', 'ascii', 'unicode-escape', 'raw-unicode-escape', 'cp1252'}\n\
             def look(n):\n\
             \x20   name = codecs.lookup(n).name\n\
             \x20   if name not in native: raise LookupError('unknown encoding: ' + n)\n\
             \x20   return name\n\
             for w in sys.stdin.read().split():\n\
             \x20   n = arg(w)\n\
             \x20   show(lambda: look(n))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
