//! The words that end the words before a figure but are no part of its
//! name: verbs of change and of reach, comparisons, resolves, modals.

use super::indicator::COMPARISONS;
use super::sub_year::PART_OF_YEAR;
use super::what_is_counted::without_speed;

/// Words stripped from the end of an indicator.
/// Verbs of change that a short subject keeps (`经济增长`, not `经济`).
/// `人均增收2229元`: what each gained is named by the gain.
pub(super) const CHANGE_NAMES: [&str; 5] = ["增长", "同比增长", "下降", "增速", "增收"];
pub(super) const TRAILING_VERBS: [&str; 147] = [
    // A plan before its verb, as older reports write it (`工农业总产值计划增长
    // 百分之七`), before the verb alone goes; a plan as a noun stays
    // (`占年度投资计划的41.7%`).
    "计划增长",
    "计划增加",
    "计划下降",
    // Year by year up or down (`平均每年递增百分之四点一`), a widening
    // (`覆盖面逐步扩大`), before the rate words they follow go.
    "递增",
    "递减",
    "扩大",
    "实现",
    "完成",
    // `新建水库的有三百二十个`: "there are" names nothing.
    "的有",
    // `粮食总产量要求达到…`: what a plan asks of the figure, before its verb.
    "要求",
    "分别",
    "增加至",
    "增加到",
    "扩大到",
    "扩大至",
    // Grown to a count: `绿色铸造企业发展到5家`.
    "发展到",
    "发展至",
    "下降至",
    // Back to a level (`种群恢复至7群42只`).
    "恢复至",
    "恢复到",
    "年均",
    // `平均每年增长百分之七点九`, as older reports write 年均.
    "平均每年",
    "每年平均",
    "平均",
    "保持在",
    // Reaching a level as a step up: `地区生产总值历史性迈上4000亿元`.
    "迈上",
    "跃上",
    "站上",
    "跨过",
    "跨上",
    "跨越",
    "越过",
    "连跨",
    "历史性",
    "稳定在",
    "控制在",
    "增至",
    "提高到",
    "提高至",
    "提升至",
    "提升到",
    // A rise by so much (`运能提升超50%`), a level kept (`优良率保持100%`):
    // no part of the name.
    "提升",
    "保持",
    "增长到",
    "降至",
    "缩小至",
    "五年累计",
    // A total over the years (`浓度累计下降17%`), after the five years'.
    "累计",
    // (31d) Year on year, as Hong Kong's and Macao's copies write 同比
    // (`第二产业用电量5379亿千瓦时，按年增长3.6%`): the verb and its base,
    // no part of the name; not `按年度`, `按年末`, `按年均`.
    "按年增长",
    "按年上升",
    "按年下跌",
    "按年下降",
    "按年增加",
    "按年减少",
    "同比增长",
    "可比增长",
    "增长了",
    "负增长",
    "增长",
    "同比",
    "提高了",
    "提高",
    "降低",
    "下降",
    // Prices rise: `居民消费价格上涨0.1%` is the rate of 居民消费价格.
    "上涨",
    // (31d) and fall.
    "下跌",
    "增加",
    "减少",
    // A budget's revenue or spending up or down (`比上年减收1070万元`).
    "增收",
    "减收",
    "增支",
    "减支",
    // (28d) A budget line adjusted up or down, or as proposed (`税收收入拟
    // 调整为7亿元，调减2亿元`): the adjustment, no part of the name.
    "调增",
    "调减",
    "拟调整",
    // Output, level or spending up or down (`粮食增产12%`, `开支压减15%`).
    "增产",
    "减产",
    "增高",
    "上升",
    "压减",
    "压缩",
    "削减",
    "缩减",
    // A burden lightened (`农民负担平均减轻30%`).
    "减轻",
    "改善",
    "达到",
    "达",
    "降至",
    // What it is compared with (`增加值比上年增长7.1%`, `按可比价格计算增长`).
    "按可比价格计算",
    "按可比价计算",
    "比上年同期",
    "较上年同期",
    "比去年同期",
    "较去年同期",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    // A multiple of the year before (`旅游总收入是上年的1.5倍`).
    "是上年",
    "为上年",
    "是去年",
    "为去年",
    // A base year before its figure (`由上年的2.51吨`): no part of the name
    // (after the forms above that compare with it).
    "上年",
    "去年",
    // Falling or rising to a level: `失业率降到5.5%`, `回落至2%`.
    "下降到",
    "降低到",
    "降低至",
    "降到",
    "回落到",
    "回落至",
    "上升到",
    "上升至",
    "升至",
    "减少到",
    "减少至",
    "减至",
    "为",
    // `赤字率拟按4%左右安排`: the plan's verb, before its figure.
    "拟按",
    // A plan's resolve between subject and verb: `固定资产投资力争增长8%`.
    "力争",
    "争取",
    "确保",
    "突破",
    "超过",
    "近",
    // `比一九五二年大约增长`: 大约 whole, not 约 alone.
    "大约",
    // `大体相当于…的六倍`: roughly, before the words that set a multiple.
    "大体",
    "约",
    "共",
    "由",
    "从",
    "到",
    "第",
    // What may be (`工农业总产值预计可以达到…`): a modal or an estimate
    // between subject and verb is no part of the name; one-character
    // modals (能, 可, 要) end words too (产能, 许可, 主要) to be cut.
    "可以",
    "能够",
    "将会",
    "将要",
    "将",
    "应该",
    "应当",
    "必须",
    "预计",
    "有望",
    "预期",
    "居全市",
    "居全省",
    "位居",
    "位列",
];

/// Characters that make a verb of standing with 居 before a rank's scope
/// (稳居, 跃居, 位居, 仍居, 均居, 升居, 高居).
const STANDING_WITH_JU: [char; 7] = ['稳', '跃', '位', '仍', '均', '升', '高'];

/// `出口通关效率稳居中部地区`: where a name runs on into the scope a rank is
/// taken in (a comparison word of 居, `居中`, `居全`…, with the character
/// that makes a verb with it), the name ends before it; a name that is only
/// the scope (`居全国`) or a speed (`增速居全国`) is left for the rank's rule.
pub(super) fn without_rank_scope(text: &str) -> &str {
    let Some(at) = COMPARISONS
        .iter()
        .filter(|w| w.starts_with('居'))
        .filter_map(|w| text.rfind(w))
        .max()
    else {
        return text;
    };
    let bare = &text[..at];
    // `增速居全国第2位`: the speed alone compares the figure before's.
    if without_speed(bare).is_empty() {
        return text;
    }
    let name = bare
        .strip_suffix(STANDING_WITH_JU)
        .filter(|name| name.chars().count() >= 2)
        .unwrap_or(bare);
    if name.chars().count() >= 2 {
        name
    } else {
        text
    }
}

/// (26b) `农业总产值可实现32.43亿元`, `零售总额全年可达447亿元`: 可 (is
/// expected to) before the verb of reaching is no part of the name; a word
/// that ends in 可 is (`行政许可`, `认可`).
pub(super) fn without_modal(text: &str) -> &str {
    // (29d) `总产可能达到8400亿斤`, `资金共计27.5亿元`: "may" and "in all"
    // between subject and number are no part of the name; a name they
    // would leave shorter than two characters keeps them.
    if let Some(rest) = ["可能", "共计", "合计"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .filter(|rest| rest.chars().count() >= 2)
        // Not the possible of `根据需要和可能`: a noun of its own.
        // Nor the possibility of a thing (`发生地质灾害的可能减少了15%`).
        .filter(|rest| !(text.ends_with("可能") && rest.ends_with(['和', '与', '及', '的'])))
    {
        // (review) With its adverb (`很可能`, `有可能`, `极可能`).
        return Some(rest)
            .filter(|_| text.ends_with("可能"))
            .and_then(|r| r.strip_suffix(['很', '有', '极', '也', '或']))
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(rest);
    }
    match text.strip_suffix('可') {
        Some(rest)
            if rest.chars().count() >= 2
                && !rest.ends_with(['许', '认', '宁', '即', '不', '尚', '无']) =>
        {
            rest
        }
        _ => text,
    }
}

/// (26f) `社会消费品零售总额全年达447亿元`, `粮食总产量上半年完成`: the span
/// of time between a subject and its verb is its period, no part of its name;
/// only a span the figure's period carries (a part of the year the period
/// reader knows, 全年, 今年以来): `城镇新增就业下半年完成` keeps 下半年.
pub(super) fn without_period_before_verb(text: &str) -> &str {
    PART_OF_YEAR
        .iter()
        .map(|part| part.0)
        .chain(["全年", "今年以来"])
        .find_map(|w| text.strip_suffix(w).filter(|r| r.chars().count() >= 2))
        // Not the words of a time point (`截止上半年`, `到今年上半年`), nor a
        // comparison's base (`增速比上半年提高`, `用电量较上半年增长`).
        .filter(|r| !r.ends_with(['止', '至', '到', '年', '从', '自', '比', '较', '与', '同']))
        .unwrap_or(text)
}
