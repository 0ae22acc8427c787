//! What a figure measures: the words before its number (or the noun after
//! its unit) without framing, verbs of doing, list numbers and periods.

use super::byte_index;
use super::change_words::BASE_LEFT_OUT;
use super::name_edges::{before_an_unread_count, without_enumerator};
use super::trailing_words::{
    without_modal, without_period_before_verb, without_rank_scope, CHANGE_NAMES, TRAILING_VERBS,
};
use super::will::strip_object_marker;
use super::year_words::two_years_at;
use super::years_in_names::{
    is_a_year, is_count_of_years, plan_end_at_end, strip_first_years_at_end, strip_last_years,
    strip_month_range, strip_running_years, strip_year, strip_years_opening, time_point_at_end,
};
use crate::clean::table_rows::BULLETS;
use report_core::starts_with_canonical;

pub(super) use super::indicator_words::{
    ADVERBS_BEFORE_VERB, COMPARISONS, COMPARISON_BASES, LEADING_ACTIONS, PERIOD_PHRASES,
    RELATIVE_MEASURES, VERBS_BEFORE_OBJECT, WORDS_AFTER_GONG,
};
pub(super) use super::noun_after::{name_from_the_sentence, noun_after};

/// Words stripped from the front of an indicator.
pub(super) const LEADING_FRAME: [&str; 43] = [
    "其中",
    // (27c) `另有流动人口536人` ("besides, there are"), `包括制定法律6件`
    // ("among them"), `现已发展…大户30户` ("by now"): framing, not a name.
    "另有",
    "包括",
    // `现已有会员企业120家`: "there are by now", 有 with it.
    "现已有",
    "现已",
    // `2016年至2018年，分别完成国内生产总值…`: "each in turn".
    "分别",
    // A conjunction opening the clause (`而1956年就增加了…`): "while".
    "而且",
    "而",
    // A budget's sums added up (`加上上级补助收入42.3亿元`), or the
    // running total with them (`收入加上级补助收入…`, `支出加上解上级支出…`).
    "加上",
    "收入加",
    "支出加",
    // Like for like (`同口径增长6.3%`): how it was compared, not what.
    "按可比价格计算",
    "按可比价计算",
    "同口径",
    "今年以来",
    "今年",
    "去年",
    // A speech at the year's end sets next year's goals (`明年全县地区生产总值`).
    "明年",
    "以来",
    "同时",
    "累计",
    "共计",
    "合计",
    "共有",
    "预计",
    // (20i) A plan's expectation before its subject (`2008年预期规模以上工业
    // 增加值增长15%`); not 预期寿命 (life expectancy) nor 预期性指标, see below.
    "预期",
    "年内",
    "已经",
    "已",
    "实现",
    "完成了",
    "获得",
    "帮助",
    "力争",
    // The speaker and what the plan asks (`我们要求农业总产值…`).
    "我们",
    "要求",
    // A resolve opening the clause (`争取1997年粮食产量达到4.75亿吨`).
    "争取",
    "确保",
    // `分别达到了…`: reached, and done.
    "达到了",
    "达到",
    "为",
    "由",
    "从",
];
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
fn strip_scope(text: &str) -> &str {
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

/// `从每人每月800元`, `每亩`: a rate's base just before its number belongs
/// to the amount (so much per person and month), not to the name.
fn strip_rate_base(text: &str) -> &str {
    let mut text = text;
    // `小麦最低收购价平均每50公斤`: a base in numbers, with its `平均`.
    if let Some(b) = text.rfind('每') {
        let base: Vec<char> = text[b + '每'.len_utf8()..].chars().collect();
        let numeral = |c: &char| {
            c.is_ascii_digit() || report_core::text::numbers::chinese_digit(*c).is_some()
        };
        if base.first().is_some_and(numeral) && base.len() <= RATE_BASE_MAX && b > 0 {
            return text[..b].trim_end_matches("平均");
        }
        // `人口密度为每平方公里`, `每万人`: a base in a unit of area or of
        // people, of a few characters.
        if b > 0
            && (2..=4).contains(&base.len())
            && base.iter().all(|c| report_core::text::fold::is_han(*c))
            && base.last().is_some_and(|c| "里米顷亩人户".contains(*c))
        {
            return &text[..b];
        }
    }
    for _ in 0..2 {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        if n >= 2 && chars[n - 2] == '每' && report_core::text::fold::is_han(chars[n - 1]) {
            text = &text[..byte_index(text, n - 2)];
        } else {
            break;
        }
    }
    text
}

/// The longest base of a rate in numbers after its `每` (`50公斤`, `10万人口`).
const RATE_BASE_MAX: usize = 6;

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
fn strip_target_share(text: &str) -> &str {
    text.rfind("完成")
        .filter(|&b| b > 0 && is_target_phrase(&text[b + "完成".len()..]))
        .map_or(text, |b| &text[..b])
}

/// Characters that close a word and hardly open a noun (`海域`, `产业`,
/// `城区`): a shared head noun does not start on one.
pub(super) fn closes_a_word(c: char) -> bool {
    matches!(c, '域' | '业' | '区' | '性' | '类' | '者')
}

pub(super) fn strip_indicator(mut text: &str) -> &str {
    // (26e) `●起诉…`: a list's bullet opens no name.
    text = text.trim_start_matches(BULLETS);
    loop {
        let before = text;
        // (20g) `——一般公共预算收入…`: a dash that opens an item is no part
        // of the name.
        text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '的' | '—'));
        // Quotation marks go only in pairs: `“三化”改造项目` keeps its own.
        text = text.trim_end_matches('“');
        if !text.contains('”') || text.starts_with('”') {
            text = text.trim_matches(['“', '”']);
        }
        // `“十四五”时期全省…`, `“十五”期末全市…`: a plan period (or its end)
        // before the subject.
        for opening in ["”时期", "”以来", "”期间", "”期末"] {
            if let Some(b) = text.find(opening).filter(|b| *b <= 12) {
                text = &text[b + opening.len()..];
            }
        }
        text = without_enumerator(text);
        text = strip_scope(text);
        text = strip_target_share(text);
        for w in LEADING_FRAME {
            // `已婚育龄妇女`: 已 that makes a word keeps it.
            if let Some(rest) = text
                .strip_prefix(w)
                .filter(|rest| w != "已" || !rest.starts_with(['婚', '知', '故']))
                .filter(|rest| w != "预期" || !rest.starts_with(['寿', '性']))
                // A note of what is included (`包括新建企业的在内`,
                // `包括农民工在内的…`) keeps it.
                .filter(|rest| w != "包括" || !rest.contains("在内"))
                // Not the 有 of a word (`现已有序推进`, `有效`).
                .filter(|rest| w != "现已有" || !rest.starts_with(['序', '效', '力', '关']))
            {
                text = rest;
            }
        }
        // `约占全国1/10`: about, before the share (the qualifier).
        if let Some(rest) = text
            .strip_prefix('约')
            .filter(|rest| rest.starts_with('占'))
        {
            text = rest;
        }
        // `共建成`, `共接到`: "in all", but not the 共 of 共享, 共建, 共济.
        if let Some(rest) = text.strip_prefix('共').filter(|rest| {
            LEADING_ACTIONS
                .iter()
                .chain(&VERBS_BEFORE_OBJECT)
                .any(|verb| rest.starts_with(verb))
                || !rest.starts_with(WORDS_AFTER_GONG)
        }) {
            text = rest;
        }
        // `钢产量…增加了一百六十一万吨`: 了 after a verb of change or reach
        // marks it done: both go (`农业增长了`, a verb, not `农业增长`).
        if let Some(rest) = text
            .strip_suffix('了')
            .and_then(|rest| TRAILING_VERBS.iter().find_map(|w| rest.strip_suffix(w)))
        {
            text = rest;
        }
        for w in TRAILING_VERBS {
            if let Some(rest) = text.strip_suffix(w) {
                // `经济增长5%`: a verb of change stays when it is half the name,
                // but not after a word of rate (`年均增长`, `同比增长`).
                let names_it = CHANGE_NAMES.contains(&w)
                    && rest.chars().count() == 2
                    && !TRAILING_VERBS.contains(&rest)
                    && !ADVERBS_BEFORE_VERB.contains(&rest);
                if !names_it {
                    text = rest;
                }
            }
        }
        text = strip_object_marker(text);
        text = without_rank_scope(text);
        text = without_modal(text);
        text = without_period_before_verb(text);
        for w in ADVERBS_BEFORE_VERB {
            if let Some(rest) = text.strip_suffix(w).filter(|r| r.chars().count() >= 2) {
                text = rest;
            }
        }
        text = without_word_before_figure(text);
        // `其中区外就业占12%以上`: a share of the whole, named by its part.
        if let Some(rest) = text.strip_suffix('占').filter(|r| r.chars().count() >= 2) {
            text = rest;
        }
        text = strip_rate_base(text);
        text = strip_running_years(text);
        text = strip_last_years(text);
        text = strip_years_opening(text);
        text = strip_first_years_at_end(text);
        if let Some(rest) = after_a_comparisons_base(text) {
            // `与去年相比多增加就业岗位`: what was added over the base is
            // the name, by how much it changed (`more_after_a_base`).
            text = MORE_WORDS
                .iter()
                .find_map(|w| {
                    rest.strip_prefix(w)
                        .filter(|r| r.chars().count() >= 2 && !r.starts_with('的'))
                })
                .unwrap_or(rest);
        }
        for base in COMPARISON_BASES
            .iter()
            .chain(&PERIOD_PHRASES)
            .chain(&BASE_LEFT_OUT)
        {
            if let Some(rest) = text.strip_prefix(base) {
                text = rest;
            }
        }
        // A doing with 区 after it is a place (`建成区绿化覆盖率`, `开发区`),
        // not one before 区域 (`建成区域性中心敬老院`); (21e) one with 业
        // after it is a trade (`种植业产值`).
        for w in LEADING_ACTIONS {
            if let Some(rest) = text.strip_prefix(w).filter(|r| {
                r.chars().count() >= 2
                    && !r.starts_with(['后', '的', '业'])
                    && (!r.starts_with('区') || r.starts_with("区域"))
            }) {
                text = rest.trim_start_matches(['和', '或']);
                // `新建成城镇污水处理厂`: two doings overlapping (`新建`,
                // `建成`) go together.
                text = overlapping_doing(w, text);
            }
        }
        text = strip_year(text);
        // `一九七九和一九八○两年合计`: the two years are the period.
        let chars: Vec<char> = text.chars().collect();
        if let Some((_, _, end)) = two_years_at(&chars, 0) {
            text = &text[byte_index(text, end)..];
        }
        if let Some(at) = time_point_at_end(text).or_else(|| plan_end_at_end(text)) {
            text = &text[..at];
        }
        // `…事项均`: "all of them", unless it is 人均 or 年均 itself.
        if text.ends_with('均') && !["人均", "年均", "平均"].iter().any(|w| text.ends_with(w))
        {
            text = text.trim_end_matches('均');
        }
        text = strip_month_range(text);
        text = after_an_unread_figure(text);
        text = before_an_unread_count(text);
        // `五年年均增长5.2%`: a number of years alone names nothing, nor
        // does a year written without 年 (`一九八○比一九七五年增加…`).
        if is_count_of_years(text) || is_a_year(text) {
            text = "";
        }
        // `由300多家压减到64家`: a verb of doing alone names nothing (while
        // one of reach, `惠及461万人次`, says what is counted).
        // Nor does an adverb alone (`双双突破9万亿元`): the subject is elsewhere.
        // Nor a net gain alone (`新增企业14家，净增7家`): of the things
        // added before.
        if LEADING_ACTIONS.contains(&text)
            || ADVERBS_BEFORE_VERB.contains(&text)
            || ["新开工", "净增"].contains(&text)
        {
            text = "";
        }
        if text == before {
            return text;
        }
    }
}

/// (27b) The words after a comparison's base that a name opens on, if it
/// opens on one: a base of the reports' usual words (`COMPARISON_BASES`:
/// `比上年`, `同比`…); `与…相比` (`与上次普查的48万人相比`, `与去年相比`,
/// not `与上海市签约…`, `与上级部门对接…`, which compare nothing); or
/// words opening on 比 or 较 that are all a base, a time or a sum counted
/// before (`比1954年`, `比抗日战争前`, `较“十三五”末`, `比五年计划原定`,
/// `比上次普查`), which leave nothing. Not words that open on them
/// (`比重`, `较大`, `比对历年数据`, `比改革前减轻企业负担`).
pub(super) fn after_a_comparisons_base(text: &str) -> Option<&str> {
    // `比去年预算`, `比上年年初预算`: all a base, before the usual words
    // (`比去年`) that would leave `预算` as a name.
    let usual = COMPARISON_BASES
        .iter()
        .find(|b| text.starts_with(*b))
        .map(|b| &text[b.len()..]);
    if let Some(rest) = text.strip_prefix('与') {
        let clause = rest.split(['，', ',']).next().unwrap_or(rest);
        if let Some((at, w)) = ["相比", "相较", "比较"]
            .iter()
            .filter_map(|w| clause.find(w).map(|b| (b, w)))
            .min()
        {
            return (at > 0).then(|| &rest[at + w.len()..]);
        }
        // A base whose 相比 the name ends before (`与上次普查的48万人
        // 相比`): one of whole words of time, all of the words.
        let a_time = TIMES_AFTER_YU.iter().any(|w| clause.starts_with(w))
            || clause.chars().take(4).all(|c| c.is_ascii_digit())
                && clause[4.min(clause.len())..].starts_with('年');
        return (a_time && ends_in_a_base(clause)).then_some("");
    }
    let Some(rest) = text.strip_prefix(['比', '较']) else {
        return usual;
    };
    let rest = rest.split(['，', ',']).next().unwrap_or(rest);
    let base = !rest.starts_with([
        '重', '例', '率', '价', '值', '较', '对', '照', '拼', '赛', '武', '选',
    ]) && !rest.contains('的')
        && ends_in_a_base(rest);
    if base {
        Some("")
    } else {
        usual
    }
}

/// (27b) Whether a clause's words before its figure open on a comparison's
/// base and a word of more (`与去年相比多增加就业岗位1200个`): the figure is
/// by how much its name grew over the base.
pub(super) fn more_after_a_base(lead: &str) -> bool {
    let lead = lead.trim_start_matches(|c: char| !report_core::text::fold::is_han(c));
    after_a_comparisons_base(lead).is_some_and(|rest| {
        let rest = rest.trim_start_matches(['，', ',']);
        MORE_WORDS
            .iter()
            .any(|w| rest.strip_prefix(w).is_some_and(|r| !r.starts_with('的')))
    })
}

/// Words of more after a comparison's base (`多增加`, `增加`).
const MORE_WORDS: [&str; 3] = ["多增加", "增加", "多增"];

/// Whether words end no more than a few characters after a word that
/// closes a comparison's base (`BASE_WORDS`).
fn ends_in_a_base(words: &str) -> bool {
    BASE_WORDS
        .iter()
        .filter_map(|w| words.rfind(w).map(|b| words[b + w.len()..].chars().count()))
        .min()
        .is_some_and(|t| t <= BASE_TAIL_MAX)
}

/// Whole words of time a base after 与 opens on (`与上次普查`, `与去年
/// 同期`), not words they open (`上海市`, `上级`, `前海`).
const TIMES_AFTER_YU: [&str; 8] = [
    "上次",
    "上年",
    "上一年",
    "上期",
    "去年",
    "前年",
    "前期",
    "同期",
];

/// The words that close a comparison's base after 比 or 较: a time or a
/// sum counted before (`上一年`, `五年前`, `1954年完成数`, `去年预算`).
const BASE_WORDS: [&str; 11] = [
    "年", "前", "期", "末", "初", "普查", "历史", "计划", "预算", "决算", "上次",
];

/// The characters a comparison's base may run on after its last word of
/// time or base (`比五年计划原定`, `比1954年只`).
const BASE_TAIL_MAX: usize = 3;

/// (27b) Whether a clause's words before its figure open on a comparison
/// with a base (`，比上一年增加`, `与去年相比多增加`): what the figure gives
/// is by how much it changed, though the name is the subject's, left out.
pub(super) fn opens_on_a_comparison(lead: &str) -> bool {
    let lead = lead.trim_start_matches(|c: char| !report_core::text::fold::is_han(c));
    after_a_comparisons_base(lead).is_some()
}

/// The words that stand between a subject and its figure and are no part
/// of its name, each with the characters that make a word with it and so
/// keep it: the copula 是 (`其他建设项目是二十四个`; 还是, 就是, 于是 stay),
/// the modal 要 (`粮食产量要稳定在…`, the verb gone; 主要, 需要 stay) and 在,
/// "stands at" (`粮食总产量在4800亿公斤以上`; 存在, 现在 stay), 有, "there
/// are" (`粮食总产量应该有…`, `翘尾影响约有1个百分点`; 国有, 拥有, 所有 stay)
/// and the adverb 就 (`而1956年就增加了`; 成就, 造就 stay).
const WORDS_BEFORE_FIGURE: [(char, &str); 5] = [
    ('是', "还就于但总只即正也凡或要的"),
    ('要', "主需重纲必摘首概简提机政险紧"),
    ('在', "存现正所实旨潜内外"),
    ('有', "国拥所没具占享持共现特固原富稀专私公含只"),
    ('就', "成造迁将俯"),
];

/// `text` without a word of [`WORDS_BEFORE_FIGURE`] at its end, nor an
/// adverb of scope before that word.
fn without_word_before_figure(text: &str) -> &str {
    // `育龄妇女共有8.6万人`: "in all there are" (共有 as a word, shared,
    // stands before what is shared, not before a figure).
    if let Some(rest) = text.strip_suffix("共有").filter(|r| r.chars().count() >= 2) {
        return rest;
    }
    for (last, keep_after) in WORDS_BEFORE_FIGURE {
        if let Some(rest) = text.strip_suffix(last).filter(|r| {
            r.chars().count() >= 2 && r.chars().last().is_some_and(|c| !keep_after.contains(c))
        }) {
            return without_adverb_of_scope(rest);
        }
    }
    text
}

/// `…排放量都要减少2%`, `人民已在…`: an adverb before the modal or 在
/// (all, also, still, already) goes with it; not the 都 of a capital
/// (首都, 成都).
fn without_adverb_of_scope(text: &str) -> &str {
    let mut chars = text.chars().rev();
    let (last, before) = (chars.next(), chars.next());
    let is_adverb = match last {
        Some('也' | '还' | '就' | '又' | '仍' | '已') => true,
        Some('都') => !before.is_some_and(|c| "首成京古国故陪旧新帝".contains(c)),
        _ => false,
    };
    match (is_adverb, last) {
        (true, Some(last)) if text.chars().count() >= 3 => &text[..text.len() - last.len_utf8()],
        _ => text,
    }
}

/// `平板玻璃7600多万重量箱、电解铝`: a list's item after a figure in a unit
/// not read (so left in the words before the next one) is named alone.
fn after_an_unread_figure(text: &str) -> &str {
    let Some(at) = text.rfind('、') else {
        return text;
    };
    let item = &text[..at];
    // A number with its magnitude (`7600多万`, `2.6万`), not a number that
    // is part of a name (`65岁以上`, `5G`, `2型`).
    let figure_in_it = item.find(|c: char| c.is_ascii_digit()).is_some_and(|d| {
        let after = item[d..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let after = after.trim_start_matches(['多', '余']);
        after.starts_with(['万', '亿', '千', '百'])
    });
    let ends_in_a_word = item
        .chars()
        .last()
        .is_some_and(report_core::text::fold::is_han);
    let rest = &text[at + '、'.len_utf8()..];
    // Not a measure of the figure before (`占全国`, `收入`, `五年增量`).
    let of_the_one_before = rest.chars().count() < 3
        || rest.starts_with('占')
        || rest.starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    if figure_in_it && ends_in_a_word && !of_the_one_before {
        rest
    } else {
        text
    }
}

/// What is left of `rest` after the doing `w` where a doing of result
/// starts on its last character and runs on into `rest` (`新建` + `成…`,
/// as `建成`): without the result's 成 (`城镇污水处理厂`). Only 成: other
/// overlaps are words of their own (`新建` + `设施`).
fn overlapping_doing<'t>(w: &str, rest: &'t str) -> &'t str {
    let Some(last) = w.chars().last() else {
        return rest;
    };
    let result_of_w = LEADING_ACTIONS
        .iter()
        .any(|v| v.strip_prefix(last) == Some("成"));
    rest.strip_prefix('成')
        .filter(|r| result_of_w && r.chars().count() >= 2)
        .unwrap_or(rest)
}
