//! A headline set over two lines: what ends a title so that the next line
//! goes on with it, and what line can only be the rest of the one above.

use crate::clean::metadata::is_organ_line;
use report_core::text::fold::is_han;
use report_core::text::layout::has_sentence_end;

const TITLE_TAIL_MAX_CHARS: usize = 6;

/// A short line that ends a report's title (`工作报告`) under the name of
/// the government whose report it is; a whole title (`政府工作报告`) under a
/// site's banner is none.
pub(crate) fn completes_organs_title(title: &str, text: &str) -> bool {
    is_organ_line(title)
        && text.chars().count() <= TITLE_TAIL_MAX_CHARS
        && text.ends_with("报告")
        && !text.starts_with("政府")
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

const BROKEN_TAIL_MAX_CHARS: usize = 2;

/// One or two Han characters alone on a line: too short to be anything but
/// the rest of the line before.
pub(crate) fn is_broken_off_tail(text: &str) -> bool {
    text.chars().count() <= BROKEN_TAIL_MAX_CHARS && text.chars().all(is_han)
}
