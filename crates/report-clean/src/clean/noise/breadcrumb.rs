//! Breadcrumbs: the site's path over a report (`当前位置：首页 > 新闻中心`),
//! its columns without the home page, its label glued to its steps, and
//! its last step alone as a numbered list's item.

use report_core::text::fold::is_han;

/// Starts of breadcrumb lines.
const BREADCRUMB_STARTS: [&str; 5] = [
    "当前位置",
    "您的位置",
    "您现在的位置",
    "你的位置",
    "所在位置",
];

/// A line that is site navigation: "当前位置:首页 > 新闻中心", also as the
/// items of a numbered list (`1. 当前位置:`, `3. > 正文`), and the path's
/// last step alone after its arrow.
pub fn is_breadcrumb(text: &str) -> bool {
    is_breadcrumb_in_prose(text) || is_location_path(without_list_number(text))
}

/// A breadcrumb among the report's paragraphs: any of [`is_breadcrumb`]'s
/// but the reader's place glued to its path, which after the report's
/// prose has begun is the text's own words, a place and where it leads
/// (`线路所在位置：某某镇→某某乡`, `当前所在位置：规划审批>施工招标`).
pub fn is_breadcrumb_in_prose(text: &str) -> bool {
    let unnumbered = without_list_number(text);
    // The last step alone is the path's only as an item of a numbered list
    // (`3. > 正文`): a bulleted line (`› 稳增长`) heads a report's part.
    let numbered = unnumbered.len() < text.len();
    let text = unnumbered;
    BREADCRUMB_STARTS.iter().any(|s| text.starts_with(s))
        || is_location_label(text)
        || (text.contains("首页")
            && (text.contains('>') || text.contains('›') || text.contains('»')))
        || is_column_path(text)
        || numbered
            && text
                .trim_start()
                .strip_prefix(['>', '＞', '›', '»'])
                .map(str::trim)
                .is_some_and(|step| {
                    (1..=PATH_STEP_MAX_CHARS).contains(&step.chars().count())
                        && step.chars().all(is_han)
                })
}

/// Most characters of a location label before its colon (`您的当前位置`).
const LOCATION_LABEL_MAX_CHARS: usize = 8;

/// A path's label whose steps the copy lost (`您的当前位置：`): a few words
/// ending on 位置, said of the reader's place on the site (当前, 所在,
/// 您), a colon and nothing after it. A profile's heading (`地理位置：`)
/// is none.
fn is_location_label(text: &str) -> bool {
    location_label(text).is_some_and(str::is_empty)
}

/// Such a label glued to the path's steps, two or more joined by arrows
/// (`您当前的位置 :政务公开 > 工作报告`): the site's path over the report.
/// A place named after the label (`项目所在位置：某某镇某某村`) is none.
fn is_location_path(text: &str) -> bool {
    location_label(text).is_some_and(|rest| path_steps(rest).len() >= 2)
}

/// What follows a location label's colon, if `text` starts with one.
fn location_label(text: &str) -> Option<&str> {
    let (label, rest) = text.trim().split_once([':', '：'])?;
    let rest = rest.trim_start_matches([':', '：']).trim();
    let label = label.trim_end();
    (label.ends_with("位置")
        && ["当前", "所在", "您"].iter().any(|w| label.contains(w))
        && label.chars().count() <= LOCATION_LABEL_MAX_CHARS
        && label.chars().all(is_han))
    .then_some(rest)
}

/// A line less the number a list sets before its items (`3. `): a few
/// digits, a full stop and a space.
pub(super) fn without_list_number(text: &str) -> &str {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    match rest.strip_prefix(['.', '．']) {
        Some(after) if (1..=2).contains(&digits) && after.starts_with(char::is_whitespace) => {
            after.trim_start()
        }
        _ => text,
    }
}

const PATH_ARROWS: [char; 5] = ['>', '＞', '›', '»', '→'];
/// A column's name is a few words.
const PATH_STEP_MAX_CHARS: usize = 10;

/// A path of the site's columns without its home page, `政务公开 >> 政府工作报告`:
/// two or more short names of words alone, joined by arrows.
fn is_column_path(text: &str) -> bool {
    let steps = path_steps(text);
    steps.len() >= 2 && steps.iter().all(is_column)
}

/// The steps of a path joined by arrows.
fn path_steps(text: &str) -> Vec<&str> {
    text.split(PATH_ARROWS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// A column's name: a few words alone, which may name its part in
/// brackets (`开发区（某某街道）`).
fn is_column(step: &&str) -> bool {
    step.chars().count() <= PATH_STEP_MAX_CHARS
        && step
            .chars()
            .all(|c| is_han(c) || matches!(c, ' ' | '(' | ')' | '（' | '）'))
}

/// A path of two columns or more ending on the page's own headline
/// (`某某网 > 工作计划 > 年度工作计划 > 某某镇2030年工作总结` over that
/// headline): the site's path, though its last step is no column's name.
/// Only the header may say so, with the headline in hand: a body line's
/// arrows (`种植→加工→销售一体化`) are the text's.
pub fn is_path_to_headline(text: &str, headline: &str) -> bool {
    let steps = path_steps(text);
    let Some((last, columns)) = steps.split_last() else {
        return false;
    };
    columns.len() >= 2
        && columns.iter().all(is_column)
        && !last.is_empty()
        && headline.trim().contains(last)
}

/// Whether `text` is one of the steps a breadcrumb line names
/// (`当前位置：某某网 / 年鉴 / 2002卷 / 特载`): the path's column named again
/// as the page's heading.
pub fn names_a_step_of(breadcrumb: &str, text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && is_breadcrumb(breadcrumb)
        && breadcrumb
            .split(|c: char| PATH_ARROWS.contains(&c) || matches!(c, '/' | '／' | ':' | '：'))
            .any(|step| step.trim() == text)
}
