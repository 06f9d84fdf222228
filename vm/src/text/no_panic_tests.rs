//! Arbitrary input never panics: every function either answers or returns a `TextError`.

use proptest::prelude::*;

use super::codecs::{self, Codec};
use super::{bytes_methods, repr, str_methods};

const CODECS: [Codec; 12] = [
    Codec::Utf8,
    Codec::Utf16,
    Codec::Utf16Le,
    Codec::Utf16Be,
    Codec::Utf32,
    Codec::Utf32Le,
    Codec::Utf32Be,
    Codec::Latin1,
    Codec::Ascii,
    Codec::UnicodeEscape,
    Codec::RawUnicodeEscape,
    Codec::Cp1252,
];
const HANDLERS: [&str; 9] = [
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
    "x",
];

proptest! {
    #[test]
    fn codecs_never_panic(data in proptest::collection::vec(any::<u8>(), 0..40), cps in proptest::collection::vec(0u32..0x110000, 0..20), c in 0usize..12, h in 0usize..9, final_ in any::<bool>()) {
        let _ = codecs::decode(&data, CODECS[c], HANDLERS[h], final_);
        let _ = codecs::encode_code_points(&cps, CODECS[c], HANDLERS[h]);
        let _ = Codec::lookup(&String::from_utf8_lossy(&data));
    }

    #[test]
    fn str_methods_never_panic(s in "\\PC{0,12}", sub in "\\PC{0,3}", a in any::<Option<isize>>(), b in any::<Option<isize>>(), n in any::<isize>()) {
        let _ = str_methods::find(&s, &sub, a, b);
        let _ = str_methods::rfind(&s, &sub, a, b);
        let _ = str_methods::count(&s, &sub, a, b);
        let _ = str_methods::startswith(&s, &sub, a, b);
        let _ = str_methods::endswith(&s, &sub, a, b);
        let _ = str_methods::split(&s, Some(&sub), n);
        let _ = str_methods::rsplit(&s, None, n);
        let _ = str_methods::char_at(&s, n);
        let _ = str_methods::replace(&s, &sub, "xy", n);
        let _ = str_methods::expandtabs(&s, (n % 64) as i32);
        let _ = str_methods::center(&s, n % 100, '*');
        let _ = str_methods::zfill(&s, n % 100);
        let _ = str_methods::title(&s);
        let _ = repr::str_ascii(&s);
        let _ = bytes_methods::fromhex(&s);
    }

    #[test]
    fn bytes_methods_never_panic(s in proptest::collection::vec(any::<u8>(), 0..12), sub in proptest::collection::vec(any::<u8>(), 0..3), a in any::<Option<isize>>(), b in any::<Option<isize>>(), n in any::<isize>()) {
        let _ = bytes_methods::find(&s, &sub, a, b);
        let _ = bytes_methods::rfind(&s, &sub, a, b);
        let _ = bytes_methods::count(&s, &sub, a, b);
        let _ = bytes_methods::split(&s, Some(&sub), n);
        let _ = bytes_methods::rsplit(&s, Some(&sub), n);
        let _ = bytes_methods::byte_at(&s, n, false);
        let _ = bytes_methods::replace(&s, &sub, b"xy", n % 100);
        let _ = bytes_methods::hex(&s, Some(b':'), n);
        let _ = bytes_methods::translate(&s, Some(&sub), &sub);
        let _ = repr::bytes_repr(&s);
    }
}
