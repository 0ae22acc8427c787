//! A `均` list: `游客人数、旅游收入均增长10%以上` says one figure of each
//! item, as a `分别` list gives one value each: one figure per item, named
//! as a `分别` list's items are (the last item's head noun shared).

use super::indicator::strip_indicator;
use super::respectively::item_name;
use super::GROWTH_VERBS;

/// What makes `均` part of a word with the character before it (`人均`,
/// `年均`, `平均`, `户均`, `亩均`, `日均`…): an average, not "each".
const AVERAGE_BEFORE: [char; 9] = ['人', '年', '平', '户', '亩', '日', '月', '季', '周'];
/// …or with the one after it (`均衡`, `均等`, `均值`, `均匀`, `均价`, `均摊`).
const WORD_AFTER: [char; 6] = ['衡', '等', '值', '匀', '价', '摊'];

/// The items a figure is said of alike, each as (its name, its words as
/// written), where the words before the figure in its clause (`lead`)
/// list two or more before `均`.
pub(super) fn items_alike(lead: &str) -> Option<Vec<(String, String)>> {
    let chars: Vec<char> = lead.chars().collect();
    let at = (1..chars.len()).rev().find(|&k| {
        chars[k] == '均'
            && !AVERAGE_BEFORE.contains(&chars[k - 1])
            && chars.get(k + 1).is_none_or(|c| !WORD_AFTER.contains(c))
    })?;
    let clause: String = chars[..at].iter().collect();
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
