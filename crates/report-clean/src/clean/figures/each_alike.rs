//! A `均` list: `游客人数、旅游收入均增长10%以上` says one figure of each
//! item, as a `分别` list gives one value each: one figure per item, named
//! as a `分别` list's items are (the last item's head noun shared).

use super::indicator::strip_indicator;
use super::respectively::{ends_in_a_measure, item_name};
use super::GROWTH_VERBS;

/// What makes `均` part of a word with the character before it (`人均`,
/// `年均`, `平均`, `户均`, `亩均`, `日均`…): an average, not "each".
const AVERAGE_BEFORE: [char; 9] = ['人', '年', '平', '户', '亩', '日', '月', '季', '周'];
/// …or with the one after it (`均衡`, `均等`, `均值`, `均匀`, `均价`, `均摊`).
const WORD_AFTER: [char; 6] = ['衡', '等', '值', '匀', '价', '摊'];

/// Words of a rate of growth and what sets it (`增速保持在`, `增长`): a
/// rate said of a list with no `均` is said of each item too.
const RATE_OF_EACH: [&str; 4] = ["增速", "增幅", "增长率", "增长"];
const SETTING: [&str; 5] = ["保持在", "稳定在", "达到", "为", "在"];

/// The items a figure is said of alike, each as (its name, its words as
/// written), where the words before the figure in its clause (`lead`)
/// list two or more before `均`; or, for a rate of growth (`growth`), list
/// them with `、` before its word of growth (`A、B、C增速保持在10%以上`: a
/// rate is no sum of its items), though not a group (`等`).
pub(super) fn items_alike(lead: &str, growth: bool) -> Option<Vec<(String, String)>> {
    let chars: Vec<char> = lead.chars().collect();
    let jun = (1..chars.len()).rev().find(|&k| {
        chars[k] == '均'
            && !AVERAGE_BEFORE.contains(&chars[k - 1])
            && chars.get(k + 1).is_none_or(|c| !WORD_AFTER.contains(c))
    });
    let clause: String = match jun {
        Some(at) => chars[..at].iter().collect(),
        None if growth => {
            let mut rest = lead.trim_end();
            if let Some(r) = SETTING.iter().find_map(|w| rest.strip_suffix(w)) {
                rest = r;
            }
            let (word, rest) = RATE_OF_EACH
                .iter()
                .find_map(|w| rest.strip_suffix(w).map(|r| (*w, r)))?;
            // Not a group (`等`, `合计`, a name in quotation marks).
            if !rest.contains('、') || rest.contains(['等', '合', '“']) {
                return None;
            }
            // Items that are each a measure of their own (`工业投资、民间
            // 投资`), or a speed said of sectors none of which is measured
            // (`海洋电力、海洋旅游增速`); not items that share a head
            // (`高新技术、科技型中小企业数量`) or a sector's one name
            // (`交通运输、仓储和邮政业增长`).
            let measured: Vec<bool> = rest
                .split('、')
                .map(|item| ends_in_a_measure(strip_indicator(item)))
                .collect();
            let each = measured.iter().all(|m| *m)
                || matches!(word, "增速" | "增幅") && measured.iter().all(|m| !m);
            if !each {
                return None;
            }
            rest.to_string()
        }
        None => return None,
    };
    // `旅游人次和花费增长均超20%`: the word of change is the figure's.
    let clause = GROWTH_VERBS
        .iter()
        .find_map(|v| clause.strip_suffix(v))
        .unwrap_or(&clause);
    let mut items: Vec<&str> = clause.split('、').collect();
    if items.len() < 2 {
        items = clause.split(['和', '及', '与']).collect();
    }
    if items.len() < 2
        || items
            .iter()
            .any(|item| strip_indicator(item).chars().count() < 2)
    {
        return None;
    }
    Some(
        (0..items.len())
            .map(|k| (item_name(&items, k), strip_indicator(items[k]).to_string()))
            .collect(),
    )
}
