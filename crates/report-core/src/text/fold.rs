//! Character folding shared by cleaning and search.
//!
//! Every fold maps one `char` to one `char`, so a position in folded text is
//! the same position in the original: highlighting needs no offset tables.

/// Folds a character for matching: full-width ASCII forms to half-width,
/// ideographic and no-break spaces to a plain space, Latin letters to lower
/// case.
pub fn fold_char(c: char) -> char {
    fold_width(c).to_ascii_lowercase()
}

/// Full-width ASCII forms (`１００％`, as an input method in full-width mode
/// types them) to half-width, ideographic and no-break spaces to a plain
/// space; case kept.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        _ => c,
    }
}

/// Folds a string character by character (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Folds for search: traditional characters to simplified (區域 → 区域), then
/// [`fold_char`]. The conversion maps one char to one char (using the
/// neighbours only to choose, as in 乾隆 versus 乾燥), so positions hold.
pub fn fold_for_search(text: &str) -> String {
    to_simplified(text).chars().map(fold_char).collect()
}

/// Traditional characters to simplified, one char for one char of the same
/// UTF-8 width: `fast2s`'s table, but where it reads a traditional form
/// otherwise than simplified text writes it (its 疊 is 迭, where simplified
/// text writes 重叠 and 叠加; 瀋陽 is 沈阳) or not at all (碳達峯, 羣衆, as
/// OpenCC writes 碳达峰 and 群众), that one, so a traditional copy and the
/// simplified original read alike.
pub fn to_simplified(text: &str) -> String {
    fast2s::convert(text)
        .chars()
        .zip(text.chars())
        .map(|(converted, written)| {
            SIMPLIFIED_AS_WRITTEN
                .binary_search_by_key(&written, |&(traditional, _)| traditional)
                .map_or(converted, |at| SIMPLIFIED_AS_WRITTEN[at].1)
        })
        .collect()
}

/// Traditional forms `fast2s` reads otherwise than simplified text writes
/// them (疊 as 迭) or not at all (峯, 羣: OpenCC's standard forms of 峰 and
/// 群), with the character simplified text writes, sorted: printed by
/// `scripts/simplified-overrides.py`, which says how.
#[rustfmt::skip]
const SIMPLIFIED_AS_WRITTEN: [(char, char); 124] = [
    ('倀', '伥'), ('僨', '偾'), ('厴', '厣'), ('咼', '呙'), ('嘵', '哓'), ('噦', '哕'),
    ('嚌', '哜'), ('囁', '嗫'), ('囅', '冁'), ('堖', '垴'), ('塒', '埘'), ('壚', '垆'),
    ('奼', '姹'), ('屨', '屦'), ('峯', '峰'), ('崬', '岽'), ('嶁', '嵝'), ('嶠', '峤'),
    ('慪', '怄'), ('懨', '恹'), ('榪', '杩'), ('槧', '椠'), ('櫧', '槠'), ('櫱', '蘖'),
    ('欞', '棂'), ('氌', '氇'), ('潙', '沩'), ('潷', '滗'), ('澩', '泶'), ('瀋', '沈'),
    ('灄', '滠'), ('疊', '叠'), ('痾', '疴'), ('瘂', '痖'), ('癧', '疬'), ('皁', '皂'),
    ('睪', '睾'), ('瞘', '眍'), ('磣', '碜'), ('礆', '硷'), ('穭', '稆'), ('籪', '簖'),
    ('糉', '粽'), ('糝', '糁'), ('糹', '纟'), ('紼', '绋'), ('綈', '绨'), ('緶', '缏'),
    ('繢', '缋'), ('繰', '缲'), ('羣', '群'), ('耮', '耢'), ('腡', '脶'), ('膃', '腽'),
    ('葤', '荮'), ('蕆', '蒇'), ('蘺', '蓠'), ('蟣', '虮'), ('襉', '裥'), ('襝', '裣'),
    ('覿', '觌'), ('訁', '讠'), ('誶', '谇'), ('諑', '诼'), ('諞', '谝'), ('諮', '咨'),
    ('諼', '谖'), ('謅', '诌'), ('譾', '谫'), ('賻', '赙'), ('贐', '赆'), ('趲', '趱'),
    ('躓', '踬'), ('躚', '跹'), ('躦', '躜'), ('軤', '轷'), ('軺', '轺'), ('輇', '辁'),
    ('轔', '辚'), ('邐', '逦'), ('釃', '酾'), ('釅', '酽'), ('釒', '钅'), ('銱', '铞'),
    ('鋃', '锒'), ('鋝', '锊'), ('鋣', '铘'), ('錆', '锖'), ('錈', '锩'), ('錙', '锱'),
    ('鍁', '锨'), ('鍃', '锪'), ('鎇', '镅'), ('鎪', '锼'), ('鏍', '镙'), ('鏨', '錾'),
    ('鐋', '铴'), ('鑹', '镩'), ('钁', '镢'), ('閌', '闶'), ('闃', '阒'), ('隉', '陧'),
    ('鞝', '绱'), ('韉', '鞯'), ('頏', '颃'), ('顢', '颟'), ('飠', '饣'), ('餈', '糍'),
    ('餱', '糇'), ('餳', '饧'), ('餷', '馇'), ('餼', '饩'), ('饜', '餍'), ('騍', '骒'),
    ('騖', '骛'), ('驏', '骣'), ('鮚', '鲒'), ('鯫', '鲰'), ('鯴', '鲺'), ('鰠', '鳋'),
    ('鷳', '鹇'), ('鹺', '鹾'), ('黲', '黪'), ('齔', '龀'),
];

/// White space as it appears in web text, including the ideographic space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{00A0}' || c == '\u{FEFF}'
}

/// True for a CJK unified ideograph (the common blocks).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Text compared the way the gold files compare it: white space removed and
/// full-width ASCII folded, case kept.
pub fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| !is_space(*c))
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_and_case() {
        assert_eq!(fold("ＧＤＰ增长，ABC"), "gdp增长,abc");
        assert_eq!(fold("a\u{3000}b"), "a b");
    }

    #[test]
    fn fold_keeps_char_count() {
        let s = "（一）ＡＢ，区域\u{3000}x";
        assert_eq!(fold(s).chars().count(), s.chars().count());
    }

    #[test]
    fn search_folding_joins_traditional_and_simplified() {
        assert_eq!(fold_for_search("區域經濟 ＧＤＰ"), "区域经济 gdp");
        assert_eq!(fold_for_search("营商环境"), "营商环境");
        let mixed = "優化營商環境，推動「放管服」改革";
        assert_eq!(
            fold_for_search(mixed).chars().count(),
            mixed.chars().count()
        );
    }

    #[test]
    fn traditional_reads_as_simplified_text_writes_it() {
        assert_eq!(
            fold_for_search("政策疊加，瀋陽市，諮詢"),
            "政策叠加,沈阳市,咨询"
        );
        assert_eq!(fold_for_search("碳達峯，羣衆"), "碳达峰,群众");
        assert!(
            SIMPLIFIED_AS_WRITTEN.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted"
        );
        // The table's other choices stand.
        assert_eq!(to_simplified("區域乾隆"), "区域乾隆");
        let text = "疊彩區瀋陽諮詢嶠峯羣";
        assert_eq!(to_simplified(text).len(), text.len());
    }

    #[test]
    fn loose_drops_space_and_folds_width() {
        assert_eq!(loose(" 中日韩（潍坊） 产业园 "), "中日韩(潍坊)产业园");
        assert_eq!(loose("GDP"), "GDP");
    }
}
