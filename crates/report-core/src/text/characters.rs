//! Characters a copy writes in place of the ones the text means, set
//! right before a line is read: a PDF's radicals for ideographs, the
//! zero-width marks a site puts inside words, and HTML's character
//! references a content system's export keeps as written.

use std::borrow::Cow;

/// The ideograph each of the 214 Kangxi radicals (U+2F00–U+2FD5) stands
/// for, in order: Unicode's compatibility mapping of the block.
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// The radicals of the CJK Radicals Supplement whose shape is a whole
/// character of simplified text (`⻓` 长, `⻔` 门, `⺠` 民), with it.
const SUPPLEMENT: [(char, char); 28] = [
    ('\u{2E81}', '厂'),
    ('\u{2E9F}', '母'),
    ('\u{2EA0}', '民'),
    ('\u{2EC4}', '西'),
    ('\u{2EC5}', '见'),
    ('\u{2EC6}', '角'),
    ('\u{2EC9}', '贝'),
    ('\u{2ECB}', '车'),
    ('\u{2ED3}', '长'),
    ('\u{2ED4}', '门'),
    ('\u{2ED8}', '青'),
    ('\u{2ED9}', '韦'),
    ('\u{2EDA}', '页'),
    ('\u{2EDB}', '风'),
    ('\u{2EDC}', '飞'),
    ('\u{2EE2}', '马'),
    ('\u{2EE3}', '骨'),
    ('\u{2EE4}', '鬼'),
    ('\u{2EE5}', '鱼'),
    ('\u{2EE6}', '鸟'),
    ('\u{2EE7}', '卤'),
    ('\u{2EE8}', '麦'),
    ('\u{2EE9}', '黄'),
    ('\u{2EEA}', '黾'),
    ('\u{2EEC}', '齐'),
    ('\u{2EEE}', '齿'),
    ('\u{2EF0}', '龙'),
    ('\u{2EF3}', '龟'),
];

/// The ideograph a radical stands for where a copy wrote the radical: a
/// PDF whose font maps its glyphs to the radicals' code points gives
/// `⼯作报告` for 工作报告, `⼈⺠政府` for 人民政府; no text means the radical
/// itself.
pub fn ideograph_of_radical(c: char) -> Option<char> {
    match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI.chars().nth(c as usize - 0x2F00),
        '\u{2E80}'..='\u{2EFF}' => SUPPLEMENT.iter().find(|(r, _)| *r == c).map(|(_, i)| *i),
        _ => None,
    }
}

/// Zero-width characters: a space, a non-joiner and a word joiner a site
/// sets inside words against copying (`政\u{200B}府`), and a byte-order mark
/// inside a text; none is a letter of it. (The zero-width joiner, which
/// holds an emoji's parts together, stays.)
pub fn is_zero_width_mark(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}')
}

/// The character references of HTML a text may carry as written (a
/// content system's export: `&ldquo;十四五&rdquo;`, `&nbsp;&nbsp;各位代表`,
/// `&mdash;&mdash;2021年…`): the named ones of Chinese text's punctuation
/// and spacing, and numeric ones. Nobody writes them meaning the letters.
const NAMED_REFERENCES: [(&str, char); 26] = [
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("quot", '"'),
    ("apos", '\''),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("permil", '‰'),
    ("yen", '¥'),
    ("le", '≤'),
    ("ge", '≥'),
];

/// The longest name or number between `&` and `;` read as a reference.
const REFERENCE_MAX_CHARS: usize = 8;

/// A text with its character references read (`&ldquo;` as `“`, `&#8220;`
/// and `&#x201C;` too); an `&` that opens none stays.
pub fn with_character_references(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let reference = after
            .find(';')
            .filter(|end| *end <= REFERENCE_MAX_CHARS)
            .and_then(|end| reference_char(&after[..end]).map(|c| (c, end)));
        match reference {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

fn reference_char(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    NAMED_REFERENCES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

/// A line as its text means it: references read, zero-width marks
/// dropped, radicals as their ideographs. Borrowed where nothing changes.
pub fn as_meant(line: &str) -> Cow<'_, str> {
    let line = with_character_references(line);
    if !line
        .chars()
        .any(|c| is_zero_width_mark(c) || ideograph_of_radical(c).is_some())
    {
        return line;
    }
    Cow::Owned(
        line.chars()
            .filter(|c| !is_zero_width_mark(*c))
            .map(|c| ideograph_of_radical(c).unwrap_or(c))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radicals_read_as_their_ideographs() {
        assert_eq!(
            as_meant("\u{2F2F}作报告 \u{2F08}\u{2EA0}政府 市\u{2ED3}"),
            "工作报告 人民政府 市长"
        );
        assert_eq!(ideograph_of_radical('\u{2FD5}'), Some('龠'));
        assert_eq!(ideograph_of_radical('\u{2E80}'), None);
        assert_eq!(ideograph_of_radical('工'), None);
    }

    #[test]
    fn zero_width_marks_inside_words_go() {
        assert_eq!(as_meant("政\u{200B}府\u{2060}工作"), "政府工作");
        // An emoji's joiner stays.
        assert_eq!(as_meant("👨\u{200D}🌾"), "👨\u{200D}🌾");
    }

    #[test]
    fn character_references_are_read() {
        assert_eq!(
            as_meant("&ldquo;十四五&rdquo;&mdash;&mdash;&#8220;双碳&#x201D;"),
            "“十四五”——“双碳”"
        );
        assert_eq!(as_meant("&amp;nbsp;"), "&nbsp;");
        // An ampersand that opens no reference stays as written.
        assert_eq!(
            as_meant("R&D投入 A&B;研发&unknown;"),
            "R&D投入 A&B;研发&unknown;"
        );
    }
}
