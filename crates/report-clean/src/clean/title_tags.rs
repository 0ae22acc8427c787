//! A forum's or column's tag before a headline (`【转帖】`, `权威发布｜`,
//! `（两会受权发布）`): set aside from the headline in the text and in one a
//! page states apart.

use crate::clean::metadata::compact_date;
use crate::clean::title_lines::{names_a_report, DIVISION_SUFFIXES};
use report_core::text::dates::{find_full_date, PartialDate};
use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::text::names::{is_dotted_name, is_person_name};
use report_core::{Noise, NoiseKind};

const TITLE_TAG_MAX_CHARS: usize = 4;
const COLUMN_TAG_MAX_CHARS: usize = 8;
/// Most characters of a post's topic between hash marks.
const TOPIC_MAX_CHARS: usize = 20;

/// A headline stated apart from the text (a page's `h1`, a title column),
/// less a forum's or column's tag.
pub(crate) fn without_title_tag(text: &str) -> &str {
    split_title_tag(text).1
}

/// A headline set whole in quoting marks (`「2024年政府工作报告」`,
/// `《某某县政府工作报告》`, a post's `【2024年某市政府工作报告全文】`): the marks set it off on the page, they are not
/// part of it. A headline quoting a part (`《报告》解读`) keeps its marks;
/// one that quotes the whole to say it is given in full (`《…》全文`)
/// sets its marks aside and keeps `全文`, as `…报告（全文）` keeps it.
pub(crate) fn without_enclosing_marks(title: &str) -> String {
    let (quoted, in_full) = FULL_TEXT_TAGS
        .iter()
        .find_map(|tag| title.strip_suffix(tag).map(|q| (q, *tag)))
        .unwrap_or((title, ""));
    for (open, close) in [
        ('《', '》'),
        ('「', '」'),
        ('『', '』'),
        ('“', '”'),
        ('【', '】'),
    ] {
        let inner = quoted
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close));
        if let Some(inner) = inner.filter(|i| !i.contains([open, close]) && !i.trim().is_empty()) {
            return format!("{}{in_full}", inner.trim());
        }
    }
    title.to_string()
}

/// Fewest characters of a formal name's line that the page wrapped
/// (`关于某省2030年国民经济和社会发展计划`).
const WRAPPED_LINE_MIN_CHARS: usize = 10;

/// (35) A document's formal name (`关于…的报告`) as a copy joined its
/// wrapped lines, a space where each line broke, between two characters
/// of the name (`关于某省2030年国民经济和社会发展计划 执行情况与…`): one
/// name, the spaces out. Only a name opening on 关于 and closing on 报告;
/// a space beside a figure or a letter (`…人民政府 2030年…`) stays, and a
/// headline that names its issuer first (`某某县人民政府 关于…`) is left as
/// it stands, and so are names a space lists (`关于张三 李四同志…`).
pub(crate) fn without_wrap_spaces(title: &str) -> String {
    if !title.starts_with("关于") || !title.trim_end().ends_with("报告") {
        return title.to_string();
    }
    // (review) Each line but the last as wide as a wrapped line is, none
    // but the first a name of its own: a list of names (`关于张三 李四同志…`)
    // or two documents' names (`关于…的报告 关于…的报告`) keep their spaces.
    let pieces: Vec<&str> = title
        .split([' ', '\u{3000}'])
        .filter(|p| !p.is_empty())
        .collect();
    let wrapped = pieces
        .iter()
        .rev()
        .skip(1)
        .all(|p| p.chars().count() >= WRAPPED_LINE_MIN_CHARS)
        && !pieces.iter().skip(1).any(|p| p.starts_with("关于"));
    if !wrapped {
        return title.to_string();
    }
    let spaced = |c: &&char| **c == ' ' || **c == '\u{3000}';
    let chars: Vec<char> = title.chars().collect();
    let mut out = String::with_capacity(title.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = chars[..i].iter().rev().find(|c| !spaced(c));
        let after = chars[i..].iter().find(|c| !spaced(c));
        let between_han = before.is_some_and(|b| is_han(*b)) && after.is_some_and(|a| is_han(*a));
        if !(spaced(&&c) && between_han) {
            out.push(c);
        }
    }
    out
}

/// What a headline adds after a document's name to say the page gives it
/// whole.
const FULL_TEXT_TAGS: [&str; 3] = ["全文", "（全文）", "(全文)"];

/// A line that only says the text below is given whole (`（全文）` under the
/// headline): a note on the copy, no one's name (全 is a surname).
pub(crate) fn says_given_whole(text: &str) -> bool {
    FULL_TEXT_TAGS.contains(&text.trim())
}

/// A headline ending on the day in brackets (`政府工作报告（2024年1月15日）`,
/// or its eight figures run together, `（20230114）`), as a speech's title
/// carries when it was given, the speaker's name after the day too
/// (`…工作报告（2016年1月27日 某某某）`): the headline without the bracket,
/// the bracket, the day and the name.
pub(crate) fn split_dated_title(text: &str) -> Option<DatedTitle<'_>> {
    let (headline, bracket, inner) = trailing_bracket(text)?;
    let (delivered, speaker) = dated_bracket(inner)?;
    (!headline.is_empty()).then_some((headline, bracket, delivered, speaker))
}

/// A headline, its dated bracket, the day it states and the name after it.
pub(crate) type DatedTitle<'a> = (&'a str, &'a str, (PartialDate, String), Option<&'a str>);

/// A line that is only a bracket holding a speech's day and its speaker's
/// name (`（2005年5月10日 某某某）`), as a copy sets it under the headline:
/// the day and the name.
pub(crate) fn dated_speaker_bracket(text: &str) -> Option<((PartialDate, String), String)> {
    let (before, _, inner) = trailing_bracket(text)?;
    let (delivered, speaker) = dated_bracket(inner)?;
    (before.is_empty()).then_some((delivered, speaker?.to_string()))
}

/// What a speech's dated bracket holds: its day alone (`2024年1月15日`,
/// `20230114`), or its day and, after a space, the speaker's name
/// (`2016年1月27日 某某某`, a name with a known surname, or a minority's
/// parts joined by dots).
fn dated_bracket(inner: &str) -> Option<((PartialDate, String), Option<&str>)> {
    let whole = |part: &str| {
        find_full_date(part)
            .filter(|(_, said)| said == part)
            .or_else(|| compact_date(part).map(|date| (date, part.to_string())))
    };
    if let Some(delivered) = whole(inner) {
        return Some((delivered, None));
    }
    let (day, name) = inner.split_once(char::is_whitespace)?;
    let name = name.trim();
    // A Uyghur name's parts are joined by dots (`阿不都热合曼·买买提`); a
    // Tibetan name runs to four to six characters without a known surname
    // (`某某平措`), where a draft's mark, a paper, a session or a time of
    // day may stand as well: a character none of those names holds tells
    // them apart (`征求意见稿`, `人民日报`, `第一次全会`, `上午九时`).
    let unsurnamed = (4..=UNSURNAMED_NAME_MAX_CHARS).contains(&name.chars().count())
        && name.chars().all(is_han)
        && !name.chars().any(|c| NOT_IN_BRACKETED_NAMES.contains(c));
    if is_person_name(name) || is_dotted_name(name) || unsurnamed {
        return whole(day).map(|d| (d, Some(name)));
    }
    // A shorter name of no known surname (`某杰`, a Tibetan's two
    // characters) still makes the bracket the day's and a word's: the
    // headline's annotation, set aside, naming no one.
    let word = (2..=UNSURNAMED_NAME_MAX_CHARS).contains(&name.chars().count())
        && name.chars().all(is_han)
        && !name.chars().any(|c| NOT_IN_BRACKETED_NAMES.contains(c));
    word.then(|| whole(day).map(|d| (d, None))).flatten()
}

/// How long a name without a known surname may run after the day.
const UNSURNAMED_NAME_MAX_CHARS: usize = 6;
/// Characters of drafts' marks, papers, sessions, acts, times and places,
/// and of a page's notes on its own copy (`更新`, `截止`, `草案`, `数据`,
/// `修改版`), that a name after a speech's day does not hold.
pub(crate) const NOT_IN_BRACKETED_NAMES: &str =
    "稿报社网刊会议届过订正布发时日县市省镇更新截止案据修改版";

/// The last bracket a line ends with (`政府工作报告（征求意见稿）`): the
/// line before it, trimmed at its end; the bracket; and what it holds,
/// trimmed.
pub(crate) fn trailing_bracket(text: &str) -> Option<(&str, &str, &str)> {
    let inner_end = text.strip_suffix(['）', ')'])?.len();
    let open = text[..inner_end].rfind(['（', '('])?;
    let open_len = text[open..].chars().next()?.len_utf8();
    let inner = text[open + open_len..inner_end].trim();
    Some((text[..open].trim_end(), &text[open..], inner))
}

/// Most characters of a draft's mark inside its brackets (`1月5日修改稿`).
const DRAFT_MARK_MAX_CHARS: usize = 12;

/// A draft's stage in brackets after a headline (`（征求意见稿）`,
/// `（1月5日修改稿）`, `（送审稿）`): a note on the copy, not the document's
/// name. The headline without it, and the bracket.
pub(crate) fn split_draft_mark(text: &str) -> Option<(&str, &str)> {
    let (headline, bracket, inner) = trailing_bracket(text)?;
    let mark = inner.ends_with('稿')
        && inner.chars().count() <= DRAFT_MARK_MAX_CHARS
        && !inner.contains(['，', '。', ',', '（', '(']);
    (mark && headline.chars().count() >= 4).then_some((headline, bracket))
}

/// `（征求意见稿）` alone on its line under a headline set apart (`政 府 工
/// 作 报 告`): the copy's stage, as [`split_draft_mark`] reads it after a
/// headline on the same line; no headline of its own.
pub(crate) fn is_draft_mark_alone(text: &str) -> bool {
    let text = text.trim();
    trailing_bracket(text).is_some_and(|(before, _, inner)| {
        before.is_empty()
            && inner.ends_with('稿')
            && inner.chars().count() <= DRAFT_MARK_MAX_CHARS
            && !inner.contains(['，', '。', ',', '（', '('])
    })
}

/// File types a sharing site gives a document's name with.
use crate::clean::document_notices::FILE_TYPES;
/// A site's badge after the file's type (`VIP`) is a short Latin word.
const FILE_BADGE_MAX_CHARS: usize = 4;

/// `…工作计划.docx`, `…工作计划.docxVIP`: a shared file's name as a
/// headline, its type and the site's badge after it: the headline and that
/// suffix. A report's title ends in no file type.
pub(crate) fn split_file_suffix(text: &str) -> Option<(&str, &str)> {
    let lower = text.to_ascii_lowercase();
    // The longer type first: `.docx` before `.doc`.
    let mut types = FILE_TYPES;
    types.sort_by_key(|t| std::cmp::Reverse(t.len()));
    types.iter().find_map(|ext| {
        let at = lower.rfind(&format!(".{ext}"))?;
        let badge = &text[at + 1 + ext.len()..];
        let named = text[..at].chars().count() >= 4;
        (named
            && badge.len() <= FILE_BADGE_MAX_CHARS
            && badge.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| (text[..at].trim_end(), &text[at..]))
    })
}

/// A forum's or column's tag before a headline, `【转帖】`, `[原创]`, a
/// column's name set off by a bar, `权威发布｜…`, a post's callout,
/// `重磅！…`, or a label, `资料：…`: the tag and the headline without it.
pub(crate) fn split_title_tag(text: &str) -> (Option<&str>, &str) {
    // A post's topic between hash marks, as a microblog sets it before
    // the headline (`#2024某市两会# 【…】`): words with no space inside.
    for hash in ['#', '＃'] {
        let Some((topic, rest)) = text
            .strip_prefix(hash)
            .and_then(|inner| inner.split_once(hash))
        else {
            continue;
        };
        let rest = rest.trim_start();
        if (2..=TOPIC_MAX_CHARS).contains(&topic.chars().count())
            && !topic.contains(char::is_whitespace)
            && rest.chars().count() >= 4
        {
            return (Some(&text[..topic.len() + 2 * hash.len_utf8()]), rest);
        }
    }
    for bar in ['｜', '|', '丨'] {
        let Some((tag, rest)) = text.split_once(bar) else {
            continue;
        };
        let tag_len = tag.trim().chars().count();
        let rest = rest.trim_start();
        // A column's name is a few characters of words before a headline
        // several times as long; two halves of a headline are alike.
        // A tag the headline ends with names its kind (`政府工作报告｜2024年
        // 某县政府工作报告`).
        let words = tag_len >= 2 && tag.trim().chars().all(is_han);
        let column = tag_len <= TITLE_TAG_MAX_CHARS && rest.chars().count() >= 2 * tag_len + 4;
        let kind = rest.ends_with(tag.trim()) && rest.len() > tag.trim().len();
        if words && (column || kind) {
            return (Some(&text[..tag.len() + bar.len_utf8()]), rest);
        }
    }
    // A callout before a report's headline, as an account's post opens
    // (`重磅！2024年某某县政府工作报告全文来了`): a few characters of words
    // and an exclamation mark; or a label and its colon, as a news site
    // files a report it reprints (`资料：某某省2006年政府工作报告`), where
    // the label names no place (`某某县：…` is the headline's own).
    for mark in ['！', '!', '：', ':'] {
        let label = matches!(mark, '：' | ':');
        let Some((tag, rest)) = text.split_once(mark) else {
            continue;
        };
        let tag_len = tag.trim().chars().count();
        // `重磅！！`: the marks doubled go with the callout.
        let rest = rest.trim_start_matches(['！', '!']).trim_start();
        if (2..=TITLE_TAG_MAX_CHARS).contains(&tag_len)
            && tag.trim().chars().all(is_han)
            && !(label && tag.trim().ends_with(DIVISION_SUFFIXES))
            && names_a_report(rest)
            && rest.chars().count() >= 2 * tag_len + 4
        {
            return (Some(text[..text.len() - rest.len()].trim_end()), rest);
        }
    }
    for (open, close) in [('【', '】'), ('[', ']'), ('（', '）'), ('(', ')')] {
        let Some(inner_and_rest) = text.strip_prefix(open) else {
            continue;
        };
        if let Some(end) = inner_and_rest.find(close) {
            let tag = &inner_and_rest[..end];
            let tag_len = tag.chars().count();
            let rest = inner_and_rest[end + close.len_utf8()..].trim_start();
            // A column's words in brackets (`（两会受权发布）`) may be longer
            // than a forum's tag; a bracket of anything else (`（2024年）`)
            // opens no headline of a report.
            let brackets = matches!(open, '（' | '(');
            let column = tag_len <= COLUMN_TAG_MAX_CHARS
                && tag.chars().all(is_han)
                && rest.chars().count() >= 4;
            let forum = !brackets && (1..=TITLE_TAG_MAX_CHARS).contains(&tag_len);
            if (forum || column) && !rest.is_empty() {
                let tag_end = open.len_utf8() + end + close.len_utf8();
                return (Some(&text[..tag_end]), rest);
            }
        }
    }
    (None, text)
}

/// Lines from the top a page's title bar may stand on.
const TITLE_BAR_MAX_LINE: usize = 8;

/// A page's title bar over its headline ([`is_title_bar_over`]), among the
/// text's first lines, set aside as the page's chrome.
pub(crate) fn set_aside_title_bar(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let bar = lines
        .windows(2)
        .take(TITLE_BAR_MAX_LINE)
        .position(|w| is_title_bar_over(&w[0].text, &w[1].text));
    let Some(bar) = bar else {
        return lines;
    };
    let mut lines = lines;
    let line = lines.remove(bar);
    noise.push(Noise {
        kind: NoiseKind::Breadcrumb,
        text: line.text,
        line: line.number,
    });
    lines
}

/// Most characters of a site's name after a page's title bar.
const SITE_NAME_MAX_CHARS: usize = 12;

/// A page's title bar copied over its headline: the headline and the
/// site's name after a separator (`2022年某县政府工作报告 - 百度文库`,
/// `…报告_某某网`, `…报告 | 某某发布`) right over the headline alone. The
/// site's name is short and no sentence; the headline under it is the
/// headline.
pub(crate) fn is_title_bar_over(title: &str, headline: &str) -> bool {
    let Some(rest) = title.strip_prefix(headline) else {
        return false;
    };
    // The site's name may carry its motto after a long dash
    // (`_某某网——国家经济门户`): the name is what stands before it.
    let site = rest
        .trim_start()
        .strip_prefix(['-', '_', '|', '｜', '—', '–'])
        .map(|s| s.trim_start_matches(['-', '—']).trim())
        .map(|s| s.split_once("——").map_or(s, |(name, _)| name.trim_end()));
    // `…述职报告述职报告范文大全`: glued on, the site's category for the
    // kind of document the headline ends with.
    let category = || {
        let kind_repeated = (2..=rest.chars().count())
            .filter_map(|n| rest.char_indices().nth(n).map(|(at, _)| &rest[..at]))
            .any(|kind| kind.chars().count() >= 2 && headline.ends_with(kind));
        (1..=SITE_NAME_MAX_CHARS).contains(&rest.chars().count())
            && kind_repeated
            && rest.chars().all(is_han)
    };
    (site.is_some_and(|site| {
        (1..=SITE_NAME_MAX_CHARS).contains(&site.chars().count())
            && !site.contains(['。', '，', '；', '：', ':'])
    }) || category())
        && !headline.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_files_type_and_badge_after_the_headline() {
        assert_eq!(
            split_file_suffix("某镇2025年工作总结及2026年工作计划.docxVIP"),
            Some(("某镇2025年工作总结及2026年工作计划", ".docxVIP"))
        );
        assert_eq!(
            split_file_suffix("某县政府工作报告.pdf"),
            Some(("某县政府工作报告", ".pdf"))
        );
        assert_eq!(split_file_suffix("某县政府工作报告"), None);
        assert_eq!(split_file_suffix("推进.doc文档规范化管理工作"), None);
    }

    #[test]
    fn a_columns_tag_or_the_kind_the_headline_ends_with() {
        assert_eq!(
            without_title_tag("权威发布｜2023年某某州政府工作报告全文"),
            "2023年某某州政府工作报告全文"
        );
        assert_eq!(
            without_title_tag("政府工作报告｜2024年某某县政府工作报告"),
            "2024年某某县政府工作报告"
        );
        // A post's topic between hash marks.
        assert_eq!(
            without_title_tag("#2024某市两会# 【2024年某市政府工作报告全文】"),
            "【2024年某市政府工作报告全文】"
        );
        assert_eq!(
            without_title_tag("＃聚焦两会＃2024年某县政府工作报告"),
            "2024年某县政府工作报告"
        );
        assert_eq!(
            without_title_tag("# 2024年某县政府工作报告 #"),
            "# 2024年某县政府工作报告 #"
        );
        assert_eq!(
            without_title_tag("奋进新征程｜建功新时代"),
            "奋进新征程｜建功新时代"
        );
        assert_eq!(
            without_title_tag("政府工作报告｜政府工作报告"),
            "政府工作报告｜政府工作报告"
        );
    }

    #[test]
    fn a_day_in_brackets_after_the_headline_is_when_it_was_given() {
        let (headline, bracket, (date, _), speaker) =
            split_dated_title("政府工作报告（2024年1月15日）").unwrap();
        assert_eq!((headline, bracket), ("政府工作报告", "（2024年1月15日）"));
        assert_eq!((date.day, speaker), (Some(15), None));
        let (headline, _, (date, _), speaker) =
            split_dated_title("某某自治区政府工作报告 (2030年1月27日 某某某·某某)").unwrap();
        assert_eq!(
            (headline, speaker),
            ("某某自治区政府工作报告", Some("某某某·某某"))
        );
        assert!(
            split_dated_title("某某县政府工作报告（2030年1月5日 征求意见稿）")
                .is_none_or(|(.., speaker)| speaker.is_none())
        );
        assert_eq!(date.day, Some(27));
        assert!(split_dated_title("某某县政府工作报告（2030年1月5日 审议通过）").is_none());
        let (_, name) = dated_speaker_bracket("(2030年5月10日 张某某)").unwrap();
        assert_eq!(name, "张某某");
        assert!(dated_speaker_bracket("(2030年5月10日)").is_none());
        assert!(split_dated_title("政府工作报告（2024年）").is_none());
        assert!(split_dated_title("关于2024年1月15日会议的报告（摘要）").is_none());
        assert!(split_dated_title("（2024年1月15日）").is_none());
    }

    #[test]
    fn a_drafts_mark_after_the_headline_is_no_part_of_its_name() {
        for (text, headline, mark) in [
            (
                "2021年某县人民政府工作报告（征求意见稿）",
                "2021年某县人民政府工作报告",
                "（征求意见稿）",
            ),
            (
                "关于某县2017年计划执行情况的报告（1月5日修改稿）",
                "关于某县2017年计划执行情况的报告",
                "（1月5日修改稿）",
            ),
            ("政府工作报告(送审稿)", "政府工作报告", "(送审稿)"),
        ] {
            assert_eq!(split_draft_mark(text), Some((headline, mark)), "{text}");
        }
        for text in [
            "政府工作报告（草案）",
            "关于征集稿件的通知",
            "（征求意见稿）",
            "政府工作报告（摘要）",
        ] {
            assert!(split_draft_mark(text).is_none(), "{text}");
        }
    }

    #[test]
    fn quoting_marks_around_the_whole_headline_are_set_aside() {
        assert_eq!(
            without_enclosing_marks("「2024年政府工作报告」"),
            "2024年政府工作报告"
        );
        assert_eq!(
            without_enclosing_marks("《某某县人民政府工作报告》"),
            "某某县人民政府工作报告"
        );
        assert_eq!(
            without_enclosing_marks("《政府工作报告》解读"),
            "《政府工作报告》解读"
        );
        assert_eq!(
            without_enclosing_marks("《纲要》与《规划》"),
            "《纲要》与《规划》"
        );
        assert_eq!(
            without_enclosing_marks("《2024年某某区人民政府工作报告》全文"),
            "2024年某某区人民政府工作报告全文"
        );
        assert_eq!(
            without_enclosing_marks("《某某县政府工作报告》（全文）"),
            "某某县政府工作报告（全文）"
        );
        assert_eq!(
            without_enclosing_marks("【2024年某市政府工作报告全文】"),
            "2024年某市政府工作报告全文"
        );
        assert_eq!(
            without_enclosing_marks("【转帖】2024年某市政府工作报告"),
            "【转帖】2024年某市政府工作报告"
        );
        assert_eq!(
            without_enclosing_marks("《政府工作报告》解读全文"),
            "《政府工作报告》解读全文"
        );
    }

    #[test]
    fn a_pages_title_bar_over_its_headline() {
        let headline = "2022年某县政府工作报告";
        for bar in [
            " - 百度文库",
            "_某某网",
            " | 某某发布",
            "——某某网",
            "_某某网——某某某某经济门户",
        ] {
            assert!(
                is_title_bar_over(&format!("{headline}{bar}"), headline),
                "{bar}"
            );
        }
        // A subtitle that goes on after a dash is no site's name.
        assert!(!is_title_bar_over(
            "2022年某县政府工作报告——在县第十六届人民代表大会上的讲话",
            headline
        ));
        assert!(!is_title_bar_over(
            "2022年某县政府工作报告（全文）",
            headline
        ));
        assert!(!is_title_bar_over(headline, headline));
        // The site's category for the kind of document, glued on.
        assert!(is_title_bar_over(
            "某区年度述职报告述职报告范文大全",
            "某区年度述职报告"
        ));
        assert!(!is_title_bar_over("某县工作报告报告", "某县工作报告"));
        assert!(!is_title_bar_over("某县工作报告会议纪要", "某县工作报告"));
    }
}
