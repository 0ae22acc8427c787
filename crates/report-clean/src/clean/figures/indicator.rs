//! What a figure measures: the words before its number (or the noun after
//! its unit) without framing, verbs of doing, list numbers and periods.

use super::byte_index;
use super::change_words::BASE_LEFT_OUT;
use super::compared_base::{after_a_comparisons_base, MORE_WORDS};
use super::name_edges::{
    before_an_unread_count, without_enumerator, without_list_number, without_note_mark,
};
use super::scope::strip_scope;
use super::sub_year::quarter_at;
use super::target_phrase::strip_target_share;
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

pub(super) use super::indicator_words::{
    ADVERBS_BEFORE_VERB, COMPARISONS, COMPARISON_BASES, LEADING_ACTIONS, PERIOD_PHRASES,
    RELATIVE_MEASURES, VERBS_BEFORE_OBJECT, WORDS_AFTER_GONG,
};
pub(super) use super::noun_after::{name_from_the_sentence, noun_after};

/// Words stripped from the front of an indicator.
pub(super) const LEADING_FRAME: [&str; 44] = [
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
    // A resolve opening the clause (`争取1997年粮食产量达到4.75亿吨`);
    // (29d) with what it won (`争取到上级资金5亿元`).
    "争取到",
    "争取",
    "确保",
    // `分别达到了…`: reached, and done.
    "达到了",
    "达到",
    "为",
    "由",
    "从",
];
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
        text = without_list_number(text);
        text = without_note_mark(text);
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
                // (29d) Not 到位, 到账 (`争取到位资金` keeps `到位资金`);
                // (review) nor 到户, 到期, 到会 of those who came
                // (`争取到户补贴资金`, `争取到会客商`), words of their own;
                // `争取到岗位`, `争取到场地`, `争取到会展项目` are won.
                .filter(|rest| {
                    w != "争取到"
                        || !["位", "账", "户", "期", "会客", "会人", "会代"]
                            .iter()
                            .any(|p| rest.starts_with(p))
                })
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
        // (28e) `预计全年可实现…`, `可完成…`: 可 ("can") before a verb of
        // reach is no part of the name (`可支配收入`, `可比价` stay).
        if let Some(rest) = text
            .strip_prefix('可')
            .filter(|rest| ["实现", "完成", "达到"].iter().any(|v| rest.starts_with(v)))
        {
            text = rest;
        }
        // (28e) `平均亩产自30公斤提高至45公斤`: 自 ("from") before a change's
        // base, as 由 and 从; not the 自 of a word (`来自`, `各自`).
        if let Some(rest) = text.strip_suffix('自').filter(|r| {
            r.chars().count() >= 2 && !r.ends_with(['来', '各', '独', '亲', '擅', '暗', '源'])
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
            // (33c) Not a month that goes on as a point or span of it
            // (`本月末余额`, `本月份`, `本月止累计`): cut, it leaves a piece.
            if let Some(rest) = text.strip_prefix(base).filter(|r| {
                !(base.ends_with('月') && r.starts_with(['末', '底', '份', '止', '初', '内', '中']))
            }) {
                text = rest;
            }
        }
        // (28a) `第2季获准居留的人士`: a quarter written with a digit or
        // without 度 is the period, no part of the name.
        let chars: Vec<char> = text.chars().collect();
        if let Some((end, ..)) = quarter_at(&chars, 0).filter(|q| q.0 < chars.len()) {
            // `第2季末的外地雇员`: with the end of the quarter.
            text = text[byte_index(text, end)..].trim_start_matches(['末', '底']);
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
