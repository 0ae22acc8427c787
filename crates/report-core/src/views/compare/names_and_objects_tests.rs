//! Tests of the word rule's twenty-fifth round, on texts made for them: a
//! piece shared by abbreviations run together (longer_words.rs,
//! `piece_of_names_run_together`).
use super::tests::{judge, texts};

#[test]
fn a_piece_of_abbreviations_run_together_is_no_term() {
    // 桐槐 is a piece of 楠桐槐, 桐槐柏 and 杉桐槐棠, made-up abbreviations of
    // places run together: in no use does it stand alone, and each
    // character beside it makes no word with the one beyond (持楠, 栎杉,
    // 柏一, 棠铁). 沅澧 stays: after 与 and before a comma once, it stands
    // alone. 蜜柑 stays, in lists too: its neighbour 强 is the tail of 做强,
    // a word, and 产 the head of 产业.
    let corpus = texts(&[
        "支持楠桐槐、梓桦杉、桐槐柏一体发展，修建栎杉桐槐棠铁路。",
        "加强与沅澧、汉江合作，推动资沅澧、沅澧湘协同。",
        "做强蜜柑、做强茶叶。茶叶、蜜柑产业壮大，扩大蜜柑种植。",
        "做强品牌，要做强企业，发展产业。壮大产业，产业兴旺。扩大开放，要扩大内需。",
    ]);
    let judged = judge(&corpus, &["桐槐", "沅澧", "蜜柑"]);
    assert_eq!(
        judged,
        [
            ("桐槐".to_string(), false),
            ("沅澧".to_string(), true),
            ("蜜柑".to_string(), true),
        ]
    );
}
