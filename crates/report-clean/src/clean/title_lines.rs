//! A headline set over two lines: what ends a title so that the next line
//! goes on with it, and what line can only be the rest of the one above.

use crate::clean::metadata::is_organ_line;
use report_core::text::dates::find_full_date;
use report_core::text::fold::{is_han, loose};
use report_core::text::layout::{has_sentence_end, opens_with_outline_number, Line};
use report_core::text::numbers::year_digits;

/// Words of a document's name that no account's or box's name holds.
pub(crate) const DOCUMENT_WORDS: [&str; 6] = ["报告", "讲话", "计划", "公报", "纲要", "决议"];

pub(crate) fn names_a_document(text: &str) -> bool {
    DOCUMENT_WORDS.iter().any(|w| text.contains(w))
}

/// How the name of an account of work ends where it names no document
/// word: `…工作汇报`, `…工作总结`, `…工作思路`.
const ACCOUNT_ENDINGS: [&str; 3] = ["汇报", "总结", "思路"];

/// A line that names a report: a document's word in it, or the name of an
/// account of work at its end. A search box, a row of site links or a
/// column's name names none.
pub(crate) fn names_a_report(text: &str) -> bool {
    names_a_document(text) || ACCOUNT_ENDINGS.iter().any(|e| text.trim_end().ends_with(e))
}

/// The line taken for the headline labels a box of links beside the
/// report (`相关文章推荐`, `热点排行`), as an old site's side column stands
/// above its content cell: it names no document, the page's `<title>`
/// (which names one) does not hold it, and links the page set aside or a
/// short line of no sentence, date or field follow it. The `<title>` is
/// then the headline the page set in a picture.
pub(crate) fn labels_a_box(
    title: &str,
    stated: &str,
    next: Option<&Line>,
    next_is_chrome: bool,
) -> bool {
    let short_line_follows = next.is_some_and(|n| {
        n.is_short()
            && !has_sentence_end(&n.text)
            && !n.text.contains(['：', ':'])
            && find_full_date(&n.text).is_none()
    });
    !names_a_document(title)
        && names_a_document(stated)
        && !loose(stated).contains(&loose(title))
        && (next_is_chrome || short_line_follows)
}

const TITLE_TAIL_MAX_CHARS: usize = 6;

/// A short line that ends a report's title (`工作报告`) under the name of
/// the government whose report it is; a whole title (`政府工作报告`) under a
/// site's banner is none.
/// So does a line opening on the document's matter under its issuing
/// body's name (`某某县人民政府` / `关于印发2024年政府工作报告的通知`), as a
/// notice or decision sets its title.
/// A place's name alone, its year before it or none (`2022年青川县` /
/// `人民政府工作报告`), is a government's name cut before its organ's word:
/// the organ's word and the report's name (at most ten characters, ending
/// in 报告) complete it. So does the rest of a title on a matter cut
/// before its close (`cut_matter`).
pub(crate) fn completes_organs_title(title: &str, text: &str) -> bool {
    let tail = text.chars().count() <= TITLE_TAIL_MAX_CHARS
        && text.ends_with("报告")
        && !text.starts_with("政府");
    let matter = text.starts_with("关于")
        && text.chars().count() <= MATTER_MAX_CHARS
        && !has_sentence_end(text)
        && !text.ends_with(['：', ':']);
    let organ_and_tail = text.chars().count() <= PLACE_TAIL_MAX_CHARS
        && text.ends_with("报告")
        && (text.starts_with("人民政府") || text.starts_with("政府"));
    is_organ_line(title) && (tail || matter)
        || names_a_place_alone(title) && organ_and_tail
        || cut_matter(title, text)
        || cut_after_its_year(title, text)
        || names_a_congress(title) && completes_congress_committees_title(text)
        || is_organ_line(without_leading_year(title))
            && names_the_disclosure_format(text)
            && !(opens_on_its_year(text) && names_a_portals_government(title))
        || names_an_assembly(title)
            && opens_on_a_term(text)
            && text.contains("委员会")
            && !text.contains("代表大会")
            && names_a_report(text)
            && text.chars().count() <= MATTER_MAX_CHARS
            && !has_sentence_end(text)
}

/// `关于某某县2030年预算执行` / `情况和2031年预算草案的报告`: a title on a
/// document's matter, cut before it closes on its kind (a report), and the
/// rest of it, which does. So is `关于《某某镇政府工作报告》` / `的决议(草案)`:
/// cut before the 的 that closes its matter, the rest its kind (a note on
/// the draft after it).
fn cut_matter(title: &str, text: &str) -> bool {
    let kind_after_of = text.starts_with('的') && closes_on_a_kind(without_closing_note(text));
    title.starts_with("关于")
        && !closes_on_a_kind(title)
        && (text.ends_with("报告") || kind_after_of)
        && text.chars().count() <= MATTER_MAX_CHARS
        && !has_sentence_end(text)
        && !opens_with_outline_number(text)
}

/// Most characters of a title's tail a copy broke onto a line of its own.
const YEARS_TAIL_MAX_CHARS: usize = 12;
/// Most characters of words cut off after the year (`2030年度政府`,
/// `2030年政府信息`).
const AFTER_YEAR_MAX_CHARS: usize = 4;
/// Words that name a report's maker: a tail holding one is a title of its
/// own (`县人大常委会听取工作报告`).
const MAKER_WORDS: [&str; 6] = ["人大", "常委会", "委员会", "人民政府", "法院", "检察院"];

/// `某某街道办事处2030年度政府` / `信息公开工作年度报告`: a title naming its
/// maker or place and then its year, on 年 or 年度 (or a word cut after
/// it), broken before it names its kind, and the rest of it, a short line
/// of Han characters that closes on 报告 and opens no subtitle (no 在),
/// no title of its own (no 关于, no place, no maker: `某某县政府工作报告`
/// under an issue's `2030年第1期` stands alone) and is no government's
/// report (人民政府, `政府工作报告`: see [`completes_organs_title`]).
fn cut_after_its_year(title: &str, text: &str) -> bool {
    let chars: Vec<char> = title.chars().collect();
    let maker_then_year = (0..chars.len()).any(|i| {
        let Some((_, n)) = year_digits(&chars[i..]) else {
            return false;
        };
        if chars.get(i + n) != Some(&'年') {
            return false;
        }
        let before: String = chars[..i].iter().collect();
        let after: String = chars[i + n + 1..].iter().collect();
        let after = after.strip_prefix('度').unwrap_or(&after);
        (is_organ_line(&before) || names_a_place_alone(&before))
            && after.chars().count() <= AFTER_YEAR_MAX_CHARS
            && after.chars().all(is_han)
    });
    let tail: Vec<char> = text.chars().collect();
    maker_then_year
        && !names_a_report(title)
        && tail.len() <= YEARS_TAIL_MAX_CHARS
        && text.ends_with("报告")
        && tail.iter().all(|c| is_han(*c))
        && !text.starts_with("关于")
        && !text.starts_with('在')
        && !text.contains(DIVISION_SUFFIXES)
        && !MAKER_WORDS.iter().any(|w| text.contains(w))
        && text != "政府工作报告"
}

/// A title's text less a bracketed note closing it (`…的决议(草案)`).
fn without_closing_note(text: &str) -> &str {
    let text = text.trim_end();
    match text.strip_suffix([')', '）']) {
        Some(inner) => inner.rfind(['(', '（']).map_or(text, |at| &inner[..at]),
        None => text,
    }
}

/// Most characters of a document's kind after the 的 that closes its
/// matter (`…的通知`, `…的实施意见`).
const KIND_AFTER_OF_MAX_CHARS: usize = 4;

/// A `关于…` title closed on its kind, not cut: a document's word at its
/// end (`…的报告`, `…的决议`; not 计划, whose matter goes on,
/// `…发展计划` / `执行情况与…草案的报告`), or a kind of a few characters
/// after the 的 that ends its matter (`关于印发…报告的通知`, `…的实施意见`).
fn closes_on_a_kind(title: &str) -> bool {
    let title = title.trim_end();
    DOCUMENT_WORDS
        .iter()
        .filter(|&&w| w != "计划")
        .any(|w| title.ends_with(w))
        || title.rfind('的').is_some_and(|at| {
            let kind = &title[at + '的'.len_utf8()..];
            (1..=KIND_AFTER_OF_MAX_CHARS).contains(&kind.chars().count())
                && kind.chars().all(is_han)
        })
}

/// Most characters of an assembly's or organ's name alone on a title's
/// first line (`中国人民政治协商会议`).
const ASSEMBLY_MAX_CHARS: usize = 12;

/// The names of the assemblies whose committees report to them (the
/// people's congress's standing committee, the CPPCC's): the institutions,
/// not a page's words.
const ASSEMBLIES: [&str; 2] = ["政治协商会议", "人民代表大会"];

/// A line that is an assembly's name and nothing else (`中国人民政治协商
/// 会议`, `某某县人民代表大会`), over its committee's term and report
/// (`第七届某某县委员会…工作报告`). Not a meeting's name (`全市经济工作
/// 会议`) nor a government's (`某某市人民政府` over a congress's session,
/// the review's): their next line is a title of its own.
fn names_an_assembly(text: &str) -> bool {
    text.chars().count() <= ASSEMBLY_MAX_CHARS
        && text.chars().all(is_han)
        && ASSEMBLIES.iter().any(|a| text.ends_with(a))
}

/// Most characters of a people's congress's name alone on a title's first
/// line: an autonomous county's name is long (`某某黎族苗族自治县人民代表
/// 大会`).
const CONGRESS_MAX_CHARS: usize = 20;
/// Most characters of the rest of a standing committee's title
/// (`常务委员会2030年工作报告`).
const COMMITTEE_TAIL_MAX_CHARS: usize = 20;

/// A line that is a people's congress's name and nothing else
/// (`某某黎族苗族自治县人民代表大会`), not a delivery line cut after it
/// (`在某某县第九届人民代表大会`).
fn names_a_congress(text: &str) -> bool {
    text.chars().count() <= CONGRESS_MAX_CHARS
        && text.chars().all(is_han)
        && text.ends_with("人民代表大会")
        && !text.starts_with('在')
        && !text.contains('届')
}

/// `常务委员会工作报告` under a congress's name: its standing committee's
/// report, the title broken after the congress's name.
fn completes_congress_committees_title(text: &str) -> bool {
    text.starts_with("常务委员会")
        && text.ends_with("报告")
        && text.chars().count() <= COMMITTEE_TAIL_MAX_CHARS
        && !has_sentence_end(text)
}

/// The name the format of a government body's yearly report on what it
/// disclosed gives it, alone on its line (`政府信息公开工作年度报告`,
/// `政府信息公开2030年度报告`): under the body's name (`2030年某某区某某
/// 街道办事处`) it is the rest of the title. Under an office's line any
/// other paper's name (`政府信息公开工作要点`) stays a line of its own.
/// So is the name with its year before it (`2030年度政府信息公开工作报告`,
/// `2030年政府信息公开工作年度报告`), under the body's name without a year
/// (`某某县某某镇人民政府`).
fn names_the_disclosure_format(text: &str) -> bool {
    let rest = without_leading_year(text);
    let year_led = rest.len() < text.len();
    let rest = if year_led {
        rest.strip_prefix('度').unwrap_or(rest)
    } else {
        rest
    };
    rest.starts_with("政府信息公开")
        && (rest.ends_with("年度报告") || year_led && rest.ends_with("工作报告"))
        && rest.chars().count() <= DISCLOSURE_FORMAT_MAX_CHARS
        && !has_sentence_end(text)
}

/// The format's name with its year before it (`2030年度政府信息公开…`).
fn opens_on_its_year(text: &str) -> bool {
    without_leading_year(text).len() < text.len()
}

/// A government above a township's (`某某县人民政府`): a portal's banner
/// over what it posts, a bureau's disclosure report among it; a town's
/// (`某某镇人民政府`) issues its own.
fn names_a_portals_government(title: &str) -> bool {
    title
        .strip_suffix("人民政府")
        .is_some_and(|place| !place.ends_with(['镇', '乡']) && !place.ends_with("苏木"))
}

/// Most characters of the format's name with its year
/// (`政府信息公开工作2030年度报告`).
const DISCLOSURE_FORMAT_MAX_CHARS: usize = 18;

/// `2030年某某街道办事处`: the line less the year it opens on.
fn without_leading_year(text: &str) -> &str {
    let chars: Vec<char> = text.chars().collect();
    match year_digits(&chars) {
        Some((_, len)) if chars.get(len) == Some(&'年') => {
            let at = text
                .char_indices()
                .nth(len + 1)
                .map_or(text.len(), |(at, _)| at);
            &text[at..]
        }
        _ => text,
    }
}

/// A line opening on the term of a body (`第七届某某县委员会…`): it goes
/// on from the body's name above it, as a committee's term never opens a
/// title by itself.
fn opens_on_a_term(text: &str) -> bool {
    text.strip_prefix('第').is_some_and(|rest| {
        let numerals = rest
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit())
            .count();
        numerals > 0 && rest.chars().nth(numerals) == Some('届')
    })
}

const MATTER_MAX_CHARS: usize = 60;
const PLACE_TAIL_MAX_CHARS: usize = 10;

/// Suffixes of a division's name, province to township.
pub(crate) const DIVISION_SUFFIXES: [char; 9] =
    ['省', '市', '县', '区', '州', '旗', '盟', '镇', '乡'];

/// A place's name and nothing else but the year before it: `2022年青川县`,
/// `二〇二二年某某镇`, `某某市`.
fn names_a_place_alone(text: &str) -> bool {
    let year_digit = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇零一二三四五六七八九".contains(c)
    };
    let place = match text.split_once('年') {
        Some((year, place)) if year.chars().count() == 4 && year.chars().all(year_digit) => place,
        _ => text,
    };
    (2..=10).contains(&place.chars().count())
        && place.chars().all(is_han)
        && place.ends_with(DIVISION_SUFFIXES)
}

/// Words a headline cannot end in, so that it runs on to the next line:
/// `某某市人民政府关于印发` / `某某方案的通知`.
const RUN_ON_ENDINGS: [&str; 10] = [
    "关于", "印发", "转发", "批转", "的", "和", "与", "及", "暨", "对",
];

/// A headline set over two lines, broken after a word that needs more.
pub(crate) fn runs_on(title: &str) -> bool {
    RUN_ON_ENDINGS.iter().any(|end| title.ends_with(end))
}

/// Words that join a title's second line to its first:
/// `关于…计划执行情况` / `与2024年计划草案的报告`.
const RUN_ON_OPENINGS: [&str; 4] = ["与", "和", "及", "暨"];

/// A line that goes on from the one above, as a title's second line does.
pub(crate) fn opens_on_a_conjunction(text: &str) -> bool {
    RUN_ON_OPENINGS.iter().any(|w| text.starts_with(w)) && !has_sentence_end(text)
}

/// The masthead a session prints its papers under
/// (`某某县第十七届人民代表大会第三次会议文件`, `…政协…会议文件`): the
/// meeting's name and 文件, no document's name.
/// The meeting's name stands alone too (`某某县第十七届人民代表大会第四次会议`)
/// over the title of a document read at it (`next`).
pub(crate) fn is_session_masthead(text: &str, next: Option<&str>) -> bool {
    let names_a_session = |meeting: &str| {
        meeting.ends_with("会议") && meeting.chars().all(is_han) && !names_a_document(meeting)
    };
    text.strip_suffix("文件").is_some_and(names_a_session)
        || names_a_session(text)
            && text.contains('届')
            && next.is_some_and(|n| names_a_document(n) && !has_sentence_end(n))
}

const BROKEN_TAIL_MAX_CHARS: usize = 2;

/// One or two Han characters alone on a line: too short to be anything but
/// the rest of the line before.
pub(crate) fn is_broken_off_tail(text: &str) -> bool {
    text.chars().count() <= BROKEN_TAIL_MAX_CHARS && text.chars().all(is_han)
}

/// Letters of a script other than Han and Latin that make a line a
/// translation rather than a guess at anything.
const OTHER_SCRIPT_MIN_LETTERS: usize = 4;

/// A line in another script with no Han character (the Tibetan, Uyghur
/// or Mongolian a bilingual page sets over its Chinese headline): the
/// headline's translation, no headline of the Chinese text read.
pub(crate) fn is_other_script_line(text: &str) -> bool {
    let letters = text
        .chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii() && !is_han(*c))
        .count();
    letters >= OTHER_SCRIPT_MIN_LETTERS
        && !text.chars().any(is_han)
        && letters * 2 >= text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Latin words a headline's translation holds at least.
const TRANSLATION_MIN_WORDS: usize = 3;

/// A line of Latin words with no Han character under a Chinese headline
/// (`2023 Yiwu Government Work Report` under `2023年义乌市政府工作报告`),
/// as a bilingual page sets it: the headline's translation. A text wholly
/// in English has no Chinese headline, and keeps its lines; a line of
/// fields (`Source: … | Date: March 2, 2021`) is the page's metadata.
pub(crate) fn translates_headline(title: Option<&str>, text: &str) -> bool {
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .count();
    title.is_some_and(|t| t.chars().any(is_han))
        && !text.chars().any(is_han)
        && !text.contains([':', '：', '|', '｜'])
        && words >= TRANSLATION_MIN_WORDS
}

/// The fewest words a page's tag line lists.
const TAGS_MIN: usize = 3;
/// The longest word a tag line lists.
const TAG_MAX_CHARS: usize = 8;

/// A line of the words a page tags its article with, each taken from its
/// title and set apart by commas (`镇政府,工作报告,2030` under
/// `2030年镇政府工作报告`): the page's, no heading.
pub(crate) fn is_title_tag_line(text: &str, title: &str) -> bool {
    let tags: Vec<&str> = text.split([',', '，', '、']).map(str::trim).collect();
    tags.len() >= TAGS_MIN
        && tags
            .iter()
            .all(|t| (1..=TAG_MAX_CHARS).contains(&t.chars().count()) && title.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_line_under_a_chinese_headline_is_its_translation() {
        let title = Some("2023年某某市政府工作报告");
        assert!(translates_headline(
            title,
            "2023 Yiwu Government Work Report"
        ));
        assert!(!translates_headline(
            Some("Government Work Report"),
            "Delivered by the Mayor"
        ));
        assert!(!translates_headline(
            None,
            "2023 Yiwu Government Work Report"
        ));
        assert!(!translates_headline(title, "GDP 5G"));
        assert!(!translates_headline(title, "市长 王健"));
        assert!(!translates_headline(
            title,
            "Source: Kunshan Municipal Government | Date: March 2, 2021"
        ));
    }

    #[test]
    fn a_line_in_another_script_is_a_translation() {
        assert!(is_other_script_line("ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠤᠨ ᠢᠯᠡᠲᠭᠡᠯ"));
        assert!(is_other_script_line("ھۆكۈمەت خىزمەت دوكلاتى"));
        assert!(is_other_script_line("སྲིད་གཞུང་གི་ལས་དོན་སྙན་ཞུ།"));
        assert!(!is_other_script_line("2024年某某县政府工作报告"));
        assert!(!is_other_script_line("Government Work Report"));
        assert!(!is_other_script_line("某某县 ᠵᠠᠰᠠᠭ ᠤᠨ"));
    }

    fn line(text: &str) -> Line {
        Line {
            number: 2,
            indented: false,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_sessions_masthead_is_no_title() {
        assert!(is_session_masthead(
            "某某县第十七届人民代表大会第三次会议文件",
            None
        ));
        assert!(is_session_masthead(
            "政协某某市第十届委员会第二次会议文件",
            None
        ));
        assert!(!is_session_masthead(
            "关于印发某某县政府工作报告的文件",
            None
        ));
        assert!(!is_session_masthead("某某县人民政府文件", None));
        // The meeting's name alone, over a document read at it.
        let masthead = "某某县第十七届人民代表大会第四次会议";
        assert!(is_session_masthead(masthead, Some("政府工作报告")));
        assert!(!is_session_masthead(masthead, None));
        assert!(!is_session_masthead(
            masthead,
            Some("会议听取了县长所作的政府工作报告。")
        ));
        assert!(!is_session_masthead(
            "全县经济工作会议",
            Some("政府工作报告")
        ));
    }

    #[test]
    fn a_box_label_over_links_or_short_lines_is_no_headline() {
        let stated = "2019年某某县政府工作报告";
        assert!(labels_a_box("相关文章推荐", stated, None, true));
        let link = line("关于做好春节期间安全生产工作的通知");
        assert!(labels_a_box("热点排行", stated, Some(&link), false));
        // A headline the `<title>` holds, one naming a document, a label
        // over prose or over the page's fields, or a `<title>` that names
        // no document: the line stays the headline.
        assert!(!labels_a_box("某某县政府工作报告", stated, None, true));
        assert!(!labels_a_box("县长工作报告摘要", stated, None, true));
        let prose = line("会议指出，全年地区生产总值增长6.5%。");
        assert!(!labels_a_box("热点排行", stated, Some(&prose), false));
        let field = line("发布时间：2019-01-20");
        assert!(!labels_a_box("热点排行", stated, Some(&field), false));
        assert!(!labels_a_box(
            "春耕生产全面铺开",
            "全镇完成播种_某某网",
            None,
            true
        ));
    }

    #[test]
    fn an_issuing_bodys_name_over_its_documents_matter_is_one_title() {
        assert!(completes_organs_title(
            "某某县人民政府",
            "关于印发2024年政府工作报告的通知"
        ));
        assert!(completes_organs_title("海城市人民政府", "工作报告"));
        assert!(!completes_organs_title(
            "某某县人民政府",
            "关于2023年工作的报告如下："
        ));
        assert!(!completes_organs_title(
            "2024年政府工作报告",
            "关于印发2024年政府工作报告的通知"
        ));
        // A place's name, its year before it, cut before its organ's word.
        assert!(completes_organs_title("2022年青川县", "人民政府工作报告"));
        assert!(completes_organs_title("某某镇", "政府工作报告"));
        // A line that is more than a place's name, or a longer second line.
        assert!(!completes_organs_title(
            "2022年青川县新闻",
            "人民政府工作报告"
        ));
        assert!(!completes_organs_title(
            "2022年青川县",
            "人民政府关于2022年工作情况的报告"
        ));
    }
}
