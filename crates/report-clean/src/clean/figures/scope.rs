//! The scope before a figure's subject: the government's own ground at
//! any level (`全市`, `我县`, `本镇`, `全街道`), or a bare name of it
//! (`新区`, `街道辖区`), which names no part of what is measured.

use report_core::starts_with_canonical;

/// Words that make a government's own place the scope: `全市`, `我县`, `本镇`.
const SCOPE_WORDS: [char; 4] = ['全', '我', '该', '本'];
/// The units a scope names, longest first: every level from the country to
/// a village, as reports at any level write them (`全街道`, `全旗`, `全州`).
pub(super) const SCOPE_UNITS: [&str; 16] = [
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "地区",
    "国",
    "省",
    "市",
    "州",
    "盟",
    "区",
    "县",
    "旗",
    "镇",
    "乡",
    "村",
];

/// Names a government's own ground goes by in its report without a scope
/// word (`新区地区生产总值`, `师市生产总值`, `街道辖区实现税收收入`).
const BARE_SCOPES: [&str; 8] = [
    "街道辖区",
    "街道",
    "辖区",
    "新区",
    "园区",
    "开发区",
    "高新区",
    "师市",
];
/// Verbs, and the resolve before them, between a scope and its measure
/// (`街道辖区实现税收收入`, `街道力争完成税收收入`).
const SCOPE_VERBS: [&str; 5] = ["力争", "争取", "确保", "实现", "完成"];
/// A budget's own level as against its parts (`县本级一般公共预算收入`).
const OWN_LEVEL: &str = "本级";

/// `全街道规上工业产值` → `规上工业产值`, `全地区生产总值` → `地区生产总值`:
/// the scope before a figure's subject, at any level, but not a word that
/// goes on (`全县域`, `全市场`); a bare name of the ground before a measure
/// every report names.
pub(super) fn strip_scope(text: &str) -> &str {
    let own_level = SCOPE_UNITS
        .iter()
        .find_map(|unit| text.strip_prefix(unit))
        .unwrap_or(text)
        .strip_prefix(OWN_LEVEL);
    if let Some(rest) = own_level.filter(|rest| starts_with_canonical(rest)) {
        return rest;
    }
    if let Some(rest) = text.strip_prefix(SCOPE_WORDS) {
        if starts_with_canonical(rest) {
            return rest;
        }
        return SCOPE_UNITS
            .iter()
            .find_map(|unit| rest.strip_prefix(unit))
            .filter(|after| !after.starts_with(['域', '场']))
            .map(without_there_are)
            .unwrap_or(text);
    }
    BARE_SCOPES
        .iter()
        .filter_map(|scope| text.strip_prefix(scope))
        .map(|mut rest| {
            while let Some(after) = SCOPE_VERBS.iter().find_map(|v| rest.strip_prefix(v)) {
                rest = after;
            }
            rest
        })
        .find(|rest| starts_with_canonical(rest))
        .unwrap_or(text)
}

/// `全市有普通高中18所`: "there are" after the scope is no part of the
/// name; a word that opens on 有 keeps it (`有效发明专利`, `有机农产品`).
fn without_there_are(rest: &str) -> &str {
    const WORDS_AFTER_YOU: [char; 16] = [
        '效', '机', '色', '线', '害', '关', '形', '序', '利', '偿', '毒', '价', '益', '氧', '限',
        '的',
    ];
    match rest.strip_prefix('有') {
        Some(after) if !after.starts_with(WORDS_AFTER_YOU) => after,
        _ => rest,
    }
}
