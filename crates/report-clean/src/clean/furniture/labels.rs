//! Counter and credit labels beside the article, an edit note, image file
//! names and what a copied post leaves for an image or a video.

use report_core::text::dates::find_full_date;
use report_core::text::fold::fold;

use super::widgets::WIDGET_MAX_CHARS;

/// Counter and credit labels a page shows beside the article, never part of
/// it: `阅读量：`, `点击数：12`, `审核：王五`.
const WIDGET_LABELS: [&str; 17] = [
    "责编",
    "监制",
    "阅读量",
    "阅读数",
    "阅读次数",
    "点击数",
    "点击量",
    "浏览量",
    "浏览次数",
    "访问量",
    "审核",
    "校对",
    "终审",
    "初审",
    "复审",
    "编审",
    "编辑",
];

const EDIT_NOTE_MAX_CHARS: usize = 40;

/// `阅读量：1234`, `审核：王五`: a short labelled counter or editor credit;
/// also a note of when a post was edited (`本帖最后由 某某 于 2024-3-6 编辑`).
pub fn is_counter_or_credit(text: &str) -> bool {
    let folded = fold(text);
    let edit_note = folded.chars().count() <= EDIT_NOTE_MAX_CHARS
        && folded.ends_with("编辑")
        && find_full_date(&folded).is_some();
    let is_credit = |part: &str| {
        // `(责编：王丹、李萌)`, `【编辑：姚昊】`: a credit in brackets of any
        // kind under the article.
        let part = part
            .trim()
            .trim_matches(['(', ')', '[', ']', '【', '】', '〔', '〕']);
        WIDGET_LABELS.iter().any(|label| {
            part.strip_prefix(label).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(':')
                    || rest.starts_with(|c: char| c.is_ascii_digit())
            })
        })
    };
    // Credits side by side: `责编：符小丽 | 审核：林涛`.
    edit_note || folded.chars().count() <= WIDGET_MAX_CHARS && folded.split('|').all(is_credit)
}

const IMAGE_EXTENSIONS: [&str; 6] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"];

/// An image file name (`W020260127.jpg`) or a markdown image left from a
/// conversion (`![](…)`, `![图片]`).
pub fn is_image_leftover(text: &str) -> bool {
    let folded = fold(text);
    let file_name = !folded.contains(' ')
        && IMAGE_EXTENSIONS.iter().any(|x| folded.ends_with(x))
        && folded.is_ascii();
    file_name || folded.starts_with("![") || is_placeholder(&folded)
}

/// What a copied post leaves for an image or a video, or its closing mark,
/// alone on a line and bracketed or not: `图片`, `[视频]`, `END`, `- END -`.
const PLACEHOLDERS: [&str; 5] = ["图片", "图", "视频", "end", "the end"];

fn is_placeholder(folded: &str) -> bool {
    let bare = folded.trim_matches(|c: char| !(c.is_alphanumeric() || c == ' '));
    PLACEHOLDERS.contains(&bare.trim())
}
