//! A target or a budget as a figure's name (`年度目标`, `调整预算`): a
//! share of what was planned names no measure of its own.

/// Words a target goes by (`年度目标`, `全年计划`, `目标任务`), and the
/// budget a sum was planned in (`为预算的99.6%`).
const TARGET_WORDS: [&str; 5] = ["目标任务", "目标", "计划", "任务", "预算"];

/// `年度目标`, `全年目标任务`: a share of what was planned, which names no
/// measure of its own (`完成年度目标的104%` is about the figure before); a
/// target named for what it plans (`年度建设任务`) is not.
pub(super) fn is_target_phrase(text: &str) -> bool {
    // `年初预算数`: the budget's sum, as a finance bureau writes it.
    let text = text.strip_suffix('数').unwrap_or(text);
    // Not the 年 of `年初预算`, a budget's version.
    let rest = ["年度", "全年", "年"]
        .iter()
        .find_map(|w| text.strip_prefix(w).filter(|r| !r.starts_with('初')))
        .unwrap_or(text);
    // `为调整预算的98.5%`, `年初预算`: the budget as adjusted or as first
    // passed is still the budget the sum was planned in.
    let rest = BUDGET_VERSIONS
        .iter()
        .find_map(|w| rest.strip_prefix(w).filter(|r| *r == "预算"))
        .unwrap_or(rest);
    TARGET_WORDS.contains(&rest)
}

/// Versions of a budget as a finance bureau's report names them.
const BUDGET_VERSIONS: [&str; 5] = ["调整后的", "调整后", "调整", "年初", "变动"];

/// `固定资产投资完成年度目标` → `固定资产投资`: how much of its target a
/// measure reached is a share of that measure.
pub(super) fn strip_target_share(text: &str) -> &str {
    text.rfind("完成")
        .filter(|&b| b > 0 && is_target_phrase(&text[b + "完成".len()..]))
        .map_or(text, |b| &text[..b])
}
