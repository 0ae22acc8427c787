//! Whether a figure is a result, a target or an estimate: the tense of the
//! period that governs it, else the sentence's own words.

use report_core::FigureStatus;

use super::byte_index;
use super::period::Tense;
use super::reading::Found;

const TARGET_MARKERS: [&str; 7] = ["力争", "计划", "确保", "目标", "争取", "年内", "预期目标"];
const ESTIMATE_MARKERS: [&str; 3] = ["预计", "有望", "预测"];
/// In a plan, words that say a figure is already reached.
const ALREADY_MARKERS: [&str; 6] = ["已", "截至", "去年", "上年", "过去", "了"];
const DONE_MARKERS: [&str; 9] = [
    "了",
    "已",
    "累计",
    "完成",
    "实现",
    "达到",
    "去年",
    "上年",
    "被评为",
];

/// Whether a plan's clause says its figure is reached already; a change
/// over last year (`比上年增加90亿元`) is planned like the level it leads to.
fn already(clause: &str) -> bool {
    let mut rest = clause.to_string();
    for base in ["比上年", "较上年", "比去年", "较去年"] {
        rest = rest.replace(base, "");
    }
    ALREADY_MARKERS.iter().any(|w| rest.contains(w))
}

/// `财政拟安排`, `赤字率拟按2.8%安排`: 拟 after its subject proposes a
/// plan; not a category that opens its clause (`拟建项目10个`), nor the 拟 of
/// 模拟, 虚拟, 草拟 (drafted).
fn proposed(before: &str) -> bool {
    before.match_indices('拟').any(|(b, _)| {
        before[..b]
            .chars()
            .next_back()
            .is_some_and(|c| report_core::text::fold::is_han(c) && !"模虚草比".contains(c))
    })
}

/// Plan or result: a plan's period makes a target unless the clause says
/// it is done already; a review's a result (a result may mention a plan:
/// `占年度投资计划的41.7%`); where the period says neither (this year so
/// far, or no structure), the sentence's own words decide. `预计` is an
/// estimate anywhere.
pub(super) fn status_of(
    text: &str,
    clause: &str,
    f: &Found,
    tense: Option<Tense>,
    mark: &dyn Fn(&[&str]) -> bool,
) -> FigureStatus {
    if mark(&ESTIMATE_MARKERS) {
        return FigureStatus::Estimate;
    }
    match tense {
        Some(Tense::Past) => FigureStatus::Actual,
        Some(Tense::Ahead) if !already(clause) => FigureStatus::Target,
        Some(Tense::Ahead) => FigureStatus::Actual,
        _ => {
            let done = DONE_MARKERS.iter().any(|w| text.contains(w));
            let planned = TARGET_MARKERS.iter().any(|w| {
                text[..byte_index(text, f.start)]
                    .match_indices(w)
                    .any(|(b, _)| !text[b + w.len()..].starts_with('的'))
            });
            if planned
                || proposed(&text[..byte_index(text, f.start)])
                || (f.high.is_some() && !done)
                || (f.qualifier.as_deref() == Some("以上") && !done)
            {
                FigureStatus::Target
            } else {
                FigureStatus::Actual
            }
        }
    }
}
