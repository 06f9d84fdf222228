//! The representation of strs that hold lone surrogates (see the module comment of `str.rs`).
use super::Str;

/// `'\ud83d' + '\ude00'` stays two code points and is not `'\U0001f600'`.
#[test]
fn concat_of_two_surrogates_stays_two_code_points() {
    let hi = Str::from_code_points(&[0xD83D]);
    let lo = Str::from_code_points(&[0xDE00]);
    let both = Str::from_gutf8([hi.as_bytes(), lo.as_bytes()].concat());
    assert_eq!(both.char_len(), 2);
    assert_eq!(both.code_points().collect::<Vec<_>>(), [0xD83D, 0xDE00]);
    assert_eq!(both.code_point_at(1), Some(0xDE00));
    assert!(both.has_surrogates());
    assert!(!both.text_eq(&Str::new("\u{1F600}")));
    assert_ne!(both.hash(), Str::new("\u{1F600}").hash());
}

/// Code points survive a round trip through the str, and the lossy view keeps indices.
#[test]
fn round_trips_and_lossy_view() {
    let cps = [0x61, 0xDFFF, 0xE9, 0xD800, 0x1F600, 0xFFFD];
    let s = Str::from_code_points(&cps);
    assert_eq!(s.code_points().collect::<Vec<_>>(), cps);
    assert_eq!(s.char_len(), cps.len());
    assert_eq!(s.as_str(), "a\u{FFFD}é\u{FFFD}😀\u{FFFD}");
    assert_eq!(s.exact_str(), None);
    for (i, &cp) in cps.iter().enumerate() {
        assert_eq!(s.code_point_at(i), Some(cp));
    }
    assert_eq!(s.substr_bytes(1, 2), b"\xED\xBF\xBF");
    let again = Str::from_gutf8(s.as_bytes().to_vec());
    assert!(again.text_eq(&s));
    assert_eq!(again.hash(), s.hash());
    // A real U+FFFD is not a surrogate.
    assert!(!Str::from_code_points(&[0xFFFD]).text_eq(&Str::from_code_points(&[0xD800])));
    // Without surrogates the str is ordinary UTF-8.
    let plain = Str::from_code_points(&[0x68, 0xE9]);
    assert_eq!(plain.exact_str(), Some("hé"));
    assert!(plain.text_eq(&Str::new("hé")));
}

/// Ordering is code-point order, surrogates between U+D7FF and U+E000.
#[test]
fn ordering_follows_code_points() {
    let order = [0x7F, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000];
    for w in order.windows(2) {
        let (a, b) = (
            Str::from_code_points(&w[..1]),
            Str::from_code_points(&w[1..]),
        );
        assert_eq!(a.text_cmp(&b), std::cmp::Ordering::Less, "{w:x?}");
    }
}
