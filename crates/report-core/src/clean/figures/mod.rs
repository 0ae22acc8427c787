//! Figures as data: every number in a report with what it measures, its
//! unit, kind, qualifier, status and period, and the span it came from.
//!
//! Rules, in order, per sentence (split at 。！？；):
//! 1. Numbers: Arabic (`6.1`, `9021`, `1.2万`) or Chinese with a magnitude
//!    (`三千`, `二十`); a range `15至20`. Skipped: dates and years (`2020年`,
//!    `7月6日`, `1-5月份`), slogans (`8大片区`, `“113365”`, `十四五`), names
//!    (`PM2.5`, `500强`), and numbers without a unit.
//! 2. Around the number: a qualifier before (`近 约 超 超过 突破 逾`) or after
//!    (`多 余 以上 左右`), then a unit (`%`, `个百分点`, `亿元`, `万美元`, `个`…).
//! 3. Kind: `个百分点` is a change; `%` after a verb of change (增长, 下降…)
//!    is growth, else a share; money is an amount; `第N` a rank; else a count.
//! 4. Indicator: the words before the number in its clause, after any
//!    earlier figure, without framing (全区, 其中, 实现…) and verbs
//!    (增长, 达到…); for counts, the noun after the unit when there is one
//!    (`120个重点项目`); `X用于Y` gives Y; a clause with no noun of its own
//!    (`同比增长11.3%`) takes the previous figure's indicator. `A、B…分别
//!    增长x和y` gives one figure per item.
//! 5. Status: target after 力争/计划/确保/目标/争取/年内 in the sentence, or
//!    for a range or an "以上" figure with no sign of completion; estimate
//!    after 预计/有望; else actual.
//! 6. Period: the nearest period phrase before the figure in its paragraph
//!    (`1-5月份`, `一季度`, `截至2020年11月`, `上半年`, `去年`), else the report's
//!    year.

mod period;
mod reading;

use crate::model::{Figure, FigureKind, FigureStatus, Normalized};

use period::{heading_frame, markers, year_from_headings, Frame, Marker, Scope, Tense};
use reading::{normalize, read_figure, starts_with_at, Found};

/// Verbs of change before a percentage: it is a growth rate.
const GROWTH_VERBS: [&str; 10] = [
    "增长", "下降", "提高", "降低", "增加", "减少", "改善", "回落", "上涨", "下滑",
];
const DECLINE_VERBS: [&str; 5] = ["下降", "降低", "减少", "回落", "下滑"];

/// Words stripped from the front of an indicator.
const LEADING_FRAME: [&str; 30] = [
    "其中",
    "全区",
    "全市",
    "全县",
    "全省",
    "我区",
    "我市",
    "该区",
    "该市",
    "今年以来",
    "今年",
    "去年",
    "以来",
    "同时",
    "累计",
    "共",
    "预计",
    "年内",
    "已经",
    "已",
    "实现",
    "完成了",
    "获得",
    "帮助",
    "力争",
    "确保",
    "达到",
    "为",
    "由",
    "从",
];
/// Words stripped from the end of an indicator.
const TRAILING_VERBS: [&str; 49] = [
    "分别",
    "增加至",
    "增加到",
    "扩大到",
    "扩大至",
    "下降至",
    "年均",
    "保持在",
    "稳定在",
    "控制在",
    "增至",
    "提高到",
    "提高至",
    "提升至",
    "提升到",
    "增长到",
    "降至",
    "缩小至",
    "五年累计",
    "同比增长",
    "可比增长",
    "增长了",
    "增长",
    "同比",
    "提高了",
    "提高",
    "降低",
    "下降",
    "增加",
    "减少",
    "改善",
    "达到",
    "达",
    "降至",
    "为",
    "突破",
    "超过",
    "近",
    "约",
    "总量",
    "共",
    "由",
    "从",
    "到",
    "第",
    "居全市",
    "居全省",
    "位居",
    "位列",
];
/// Verbs that a count's noun follows (`新建3个产业扶贫项目`): when the words
/// before a count end in one, the indicator is the noun after it.
const VERBS_BEFORE_OBJECT: [&str; 40] = [
    "建设", "建成", "启用", "新建", "增建", "引进", "培育", "打造", "实施", "完成", "签约", "储备",
    "改造", "增加", "开工", "抓好", "推进", "组织", "举办", "开展", "设立", "创建", "带动", "吸引",
    "惠及", "服务", "覆盖", "化解", "解决", "落实", "招引", "新上", "配套", "提供", "新增", "办好",
    "办理", "出台", "认定", "推介",
];
/// Words that open a rank or a comparison: it is about the figure before.
const COMPARISONS: [&str; 17] = [
    "居全", "居前", "居第", "居中", "居西", "居东", "居各", "居首", "位居", "位列", "排名", "排在",
    "高于", "低于", "快于", "慢于", "领先",
];
/// Verbs of doing that stand before what a figure measures (`新改建农村公路
/// 10988公里`): not part of its name.
const LEADING_ACTIONS: [&str; 24] = [
    "新改建",
    "新建",
    "改建",
    "改造",
    "提升",
    "建设",
    "建成",
    "完成",
    "实施",
    "推广",
    "种植",
    "筹集",
    "发放",
    "落实",
    "出台",
    "培育",
    "开展",
    "推动",
    "引进",
    "压减",
    "办理",
    "认定",
    "高质量",
    "分类",
];
/// Comparison bases: a clause of only these has no noun of its own.
const COMPARISON_BASES: [&str; 6] = ["比年初", "比上年", "较上年", "比去年", "同比", "环比"];

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

const PERIOD_PHRASES: [&str; 14] = [
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "上半年",
    "下半年",
    "今年以来",
    "去年",
    "全年",
];

/// A number as a reader types it in a filter (`1000万元`, `5%`, `2.5亿`):
/// its value as written and, where its unit allows, in base units; `None`
/// if it is not a number with a known unit.
pub fn read_typed_number(text: &str) -> Option<(f64, Option<Normalized>)> {
    reading::read_typed(text)
}

/// Figures of one paragraph read on its own: `default_period` is the
/// report's year, against which its own period words are resolved.
pub fn paragraph_figures(
    paragraph: &str,
    section: usize,
    index: usize,
    default_period: Option<&str>,
) -> Vec<Figure> {
    let now = default_period.and_then(|p| p.get(..4)?.parse().ok());
    let place = Place {
        section,
        paragraph: index,
        context: None,
        now,
        fallback: default_period,
    };
    figures_in(paragraph, &place).0
}

/// Where a paragraph stands: its place, the period governing its start,
/// the report's year, and the last resort for a period.
struct Place<'a> {
    section: usize,
    paragraph: usize,
    context: Option<&'a Frame>,
    now: Option<u16>,
    fallback: Option<&'a str>,
}

/// A paragraph's figures, and the block it opens for the paragraphs after
/// it, if any.
fn figures_in(paragraph: &str, place: &Place) -> (Vec<Figure>, Option<Frame>) {
    let chars: Vec<char> = paragraph.chars().collect();
    let byte_at: Vec<usize> = paragraph
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(paragraph.len()))
        .collect();
    let found_markers = markers(&chars, place.context, place.now);
    let mut figures = Vec::new();
    let mut sentence_start = 0;
    while sentence_start < chars.len() {
        let sentence_end = (sentence_start..chars.len())
            .find(|&k| matches!(chars[k], '。' | '！' | '？' | '；' | ';'))
            .map_or(chars.len(), |k| k + 1);
        let sentence = &chars[sentence_start..sentence_end];
        let governing = |local: usize| -> Option<&Frame> {
            governing_frame(&found_markers, sentence_start, sentence_start + local)
                .or(place.context)
        };
        sentence_figures(
            sentence,
            &governing,
            &mut |mut f: Figure, local_start: usize, local_end: usize| {
                f.section = place.section;
                f.paragraph = place.paragraph;
                f.start = byte_at[sentence_start + local_start];
                f.end = byte_at[sentence_start + local_end];
                if f.period.is_none() {
                    f.period = place.fallback.map(String::from);
                }
                figures.push(f);
            },
        );
        sentence_start = sentence_end;
    }
    let opens = found_markers
        .iter()
        .rev()
        .find(|m| m.scope == Scope::Block)
        .map(|m| m.frame.clone());
    (figures, opens)
}

/// The marker nearest before `at` that reaches it: a year named in a
/// sentence governs only that sentence.
fn governing_frame(found: &[Marker], sentence_start: usize, at: usize) -> Option<&Frame> {
    found
        .iter()
        .rev()
        .find(|m| {
            m.end <= at
                && match m.scope {
                    Scope::Next => at - m.end <= 2,
                    Scope::Sentence => m.start >= sentence_start,
                    Scope::Paragraph | Scope::Block => true,
                }
        })
        .map(|m| &m.frame)
}

fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '（' | '(' | '）' | ')')
}

/// Drops a leading `1-5月份` / `1至4月`.
fn strip_month_range(text: &str) -> &str {
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '—' | '至' | '～')))
        .unwrap_or(text.len());
    if digits_end == 0 {
        return text;
    }
    let rest = &text[digits_end..];
    rest.strip_prefix("月份")
        .or_else(|| rest.strip_prefix('月'))
        .unwrap_or(text)
}

/// Drops a year at either end (`增长到2025年`, `2025年人均生产总值`).
fn strip_year(text: &str) -> &str {
    let is_year = |t: &str| t.len() == 4 && t.chars().all(|c| c.is_ascii_digit());
    if let Some(rest) = text.strip_suffix('年') {
        if rest.len() >= 4
            && rest.is_char_boundary(rest.len() - 4)
            && is_year(&rest[rest.len() - 4..])
        {
            return &rest[..rest.len() - 4];
        }
    }
    if text.len() > 7 && text.is_char_boundary(4) && is_year(&text[..4]) {
        if let Some(rest) = text[4..].strip_prefix('年') {
            return rest;
        }
    }
    text
}

fn strip_indicator(mut text: &str) -> &str {
    loop {
        let before = text;
        text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '的'));
        // Quotation marks go only in pairs: `“三化”改造项目` keeps its own.
        text = text.trim_end_matches('“');
        if !text.contains('”') || text.starts_with('”') {
            text = text.trim_matches(['“', '”']);
        }
        // `“十四五”时期全省…`: a plan period before the subject.
        for opening in ["”时期", "”以来", "”期间"] {
            if let Some(b) = text.find(opening).filter(|b| *b <= 12) {
                text = &text[b + opening.len()..];
            }
        }
        for w in LEADING_FRAME {
            if let Some(rest) = text.strip_prefix(w) {
                text = rest;
            }
        }
        for w in TRAILING_VERBS {
            if let Some(rest) = text.strip_suffix(w) {
                text = rest;
            }
        }
        for base in COMPARISON_BASES.iter().chain(PERIOD_PHRASES.iter()) {
            if let Some(rest) = text.strip_prefix(base) {
                text = rest;
            }
        }
        for w in LEADING_ACTIONS {
            if let Some(rest) = text
                .strip_prefix(w)
                .filter(|r| r.chars().count() >= 2 && !r.starts_with(['后', '的']))
            {
                text = rest.trim_start_matches(['和', '或']);
            }
        }
        text = strip_year(text);
        // `…事项均`: "all of them", unless it is 人均 or 年均 itself.
        if text.ends_with('均') && !text.ends_with("人均") && !text.ends_with("年均") {
            text = text.trim_end_matches('均');
        }
        text = strip_month_range(text);
        if text == before {
            return text;
        }
    }
}

/// The noun after a count's unit (`120个重点项目建设` → `重点项目建设`), up to
/// a verb, a particle or punctuation.
fn noun_after(s: &[char], from: usize) -> Option<String> {
    const STOPS: [&str; 22] = [
        "落实", "实现", "完成", "开工", "签约", "获得", "参加", "参与", "达到", "投入", "建成",
        "入选", "的", "和", "与", "等", "在", "被", "约", "近", "累计", "年内",
    ];
    // A stop word ends the noun, not begins it (`37家中央定点帮扶单位`).
    let mut end = from;
    while end < s.len()
        && crate::text::fold::is_han(s[end])
        && (end == from || !STOPS.iter().any(|w| starts_with_at(s, end, w)))
        // `12项主要经济指标中，`: "among", where the noun ends.
        && !(end > from && s[end] == '中' && !s.get(end + 1).is_some_and(|c| crate::text::fold::is_han(*c)))
    {
        end += 1;
    }
    // `45个县（市、区）`: the noun's own parenthesis.
    if end > from && s.get(end) == Some(&'（') {
        if let Some(close) = (end..s.len().min(end + 8)).find(|&k| s[k] == '）') {
            end = close + 1;
        }
    }
    (end >= from + 2).then(|| s[from..end].iter().collect())
}

fn sentence_figures<'f>(
    s: &[char],
    governing: &dyn Fn(usize) -> Option<&'f Frame>,
    emit: &mut dyn FnMut(Figure, usize, usize),
) {
    let text: String = s.iter().collect();
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match read_figure(s, i) {
            Some((f, next)) => {
                found.push(f);
                i = next;
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    // `A、B两大产业收入分别增长x和y`: items before 分别, values after it.
    // Every `分别` of the sentence: a figure takes the last one before it.
    let respectively_at: Vec<usize> = text
        .match_indices("分别")
        .map(|(b, _)| text[..b].chars().count())
        .collect();
    let mut previous_indicator = String::new();
    let mut previous_end = 0;
    for (n, f) in found.iter().enumerate() {
        // `推进十个方面重点任务`: a count that only numbers a list's parts.
        if starts_with_at(s, f.end, "方面") {
            continue;
        }
        let clause_start = (0..f.start)
            .rev()
            .find(|&k| is_clause_break(s[k]))
            .map_or(0, |k| k + 1)
            .max(previous_end);
        let lead: String = s[clause_start..f.start].iter().collect();
        let mut indicator = strip_indicator(&lead).to_string();
        let after_unit = noun_after(s, f.end);
        let lead_ends_in_verb = VERBS_BEFORE_OBJECT
            .iter()
            .chain(&["和", "及", "与", "、", "等", "等方面"])
            .any(|v| lead.trim_end().ends_with(v));
        if matches!(f.kind, FigureKind::Count | FigureKind::Quantity)
            && (indicator.chars().count() < 2 || lead_ends_in_verb)
        {
            if let Some(noun) = &after_unit {
                indicator = noun.clone();
            }
        }
        if let Some(purpose) = starts_with_at(s, f.end, "用于")
            .then(|| noun_after(s, f.end + 2))
            .flatten()
        {
            indicator = purpose;
        }
        // `总投资760多亿元的120个重点项目`: the total investment of those projects.
        if f.kind == FigureKind::Amount
            && s.get(f.end) == Some(&'的')
            && indicator.ends_with("投资")
        {
            if let Some(noun) = found.get(n + 1).and_then(|next| noun_after(s, next.end)) {
                let what = if indicator.ends_with("总投资") {
                    "总投资"
                } else {
                    "投资"
                };
                indicator = format!("{noun}{what}");
            }
        }
        let mut kind = f.kind;
        let mut respectively_declines = false;
        if let Some(r) = respectively_at.iter().rev().copied().find(|r| f.start > *r) {
            let between: String = s[r..f.start].iter().collect();
            if f.unit == "%"
                && (GROWTH_VERBS.iter().any(|v| between.contains(v)) || kind == FigureKind::Growth)
            {
                kind = FigureKind::Growth;
            }
            let items_text: String = s[..r].iter().collect();
            let items_clause = items_text
                .rsplit([',', '，'])
                .next()
                .unwrap_or(&items_text)
                .to_string();
            let next_respectively = respectively_at
                .iter()
                .copied()
                .find(|x| *x > r)
                .unwrap_or(s.len());
            let after_respectively = found
                .iter()
                .filter(|g| g.start > r && g.start < next_respectively)
                .count();
            let mut items: Vec<&str> = items_clause.split('、').collect();
            if items.len() < after_respectively {
                items = items_clause.split(['、', '和', '与', '及']).collect();
            }
            let ordinal = found
                .iter()
                .filter(|g| g.start > r && g.start < f.start)
                .count();
            if items.len() >= 2 {
                if let Some(item) = items.get(ordinal) {
                    // `电子信息两大优势产业收入`: the item before its count.
                    let before_count = |item: &str| -> String {
                        let chars: Vec<char> = item.chars().collect();
                        let cut = (1..chars.len())
                            .find(|&k| {
                                "两三四五六七八九十".contains(chars[k])
                                    && chars.get(k + 1).is_some_and(|c| "大个类项".contains(*c))
                            })
                            .unwrap_or(chars.len());
                        chars[..cut].iter().collect()
                    };
                    indicator = strip_indicator(&before_count(item)).to_string();
                    // `能源、旅游投资`: the items share the last one's head noun.
                    let last_item = before_count(items[items.len() - 1]);
                    let last = strip_indicator(&last_item);
                    let before_last = strip_indicator(items[items.len() - 2]).chars().count();
                    let head: String = last.chars().skip(before_last).collect();
                    if ordinal + 1 < items.len()
                        && head.chars().count() >= 2
                        && !indicator.ends_with(&head)
                    {
                        indicator.push_str(&head);
                    }
                }
            }
            if kind == FigureKind::Growth && DECLINE_VERBS.iter().any(|v| between.contains(v)) {
                respectively_declines = true;
            }
        }
        // A rank or a comparison keeps its subject (`工业技改投资增长33.6%、
        // 居全国第3位`, `高于全国平均水平4.9个百分点`).
        if COMPARISONS.iter().any(|w| indicator.starts_with(w)) && !previous_indicator.is_empty() {
            indicator = previous_indicator.clone();
        }
        if indicator.chars().count() < 2 {
            indicator = previous_indicator.clone();
        }
        let mark = |words: &[&str]| {
            words
                .iter()
                .any(|w| text[..byte_index(&text, f.start)].contains(w))
        };
        let frame = governing(f.start);
        let clause: String = s[clause_start..f.start].iter().collect();
        let status = status_of(&text, &clause, f, frame.and_then(|p| p.tense), &mark);
        let declines = respectively_declines
            || kind == FigureKind::Growth
                && DECLINE_VERBS.iter().any(|v| {
                    let lead: String = s[f.start.saturating_sub(4)..f.start].iter().collect();
                    lead.contains(v)
                });
        let sign = if declines { -1.0 } else { 1.0 };
        let span_start = if indicator.is_empty() {
            f.start
        } else {
            text[..byte_index(&text, f.start)]
                .rfind(&indicator)
                .map_or(f.start, |b| text[..b].chars().count())
        };
        let figure = Figure {
            indicator: indicator.clone(),
            value: sign * f.value,
            high: f.high.map(|h| sign * h),
            unit: f.unit.clone(),
            normalized: normalize(sign * f.value, f.high.map(|h| sign * h), &f.unit),
            kind,
            qualifier: f.qualifier.clone(),
            status,
            period: frame.map(|p| p.resolved.clone().unwrap_or_else(|| p.words.clone())),
            period_words: frame.map(|p| p.words.clone()),
            text: s[f.start..f.end].iter().collect(),
            section: 0,
            paragraph: 0,
            start: 0,
            end: 0,
        };
        emit(figure, span_start.min(f.start), f.end);
        if !indicator.is_empty() {
            previous_indicator = indicator;
        }
        previous_end = f.end;
        let _ = f.num_start;
    }
}

/// Plan or result: a plan's period makes a target unless the clause says
/// it is done already; a review's a result (a result may mention a plan:
/// `占年度投资计划的41.7%`); where the period says neither (this year so
/// far, or no structure), the sentence's own words decide. `预计` is an
/// estimate anywhere.
fn status_of(
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
        Some(Tense::Ahead) if !ALREADY_MARKERS.iter().any(|w| clause.contains(w)) => {
            FigureStatus::Target
        }
        Some(Tense::Ahead) => FigureStatus::Actual,
        _ => {
            let done = DONE_MARKERS.iter().any(|w| text.contains(w));
            let planned = TARGET_MARKERS.iter().any(|w| {
                text[..byte_index(text, f.start)]
                    .match_indices(w)
                    .any(|(b, _)| !text[b + w.len()..].starts_with('的'))
            });
            if planned
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

fn byte_index(text: &str, char_index: usize) -> usize {
    text.char_indices()
        .nth(char_index)
        .map_or(text.len(), |(b, _)| b)
}

/// Every figure of a report, paragraph by paragraph, each in the period
/// that governs it: a heading's, a block's, a sentence's. The report's year
/// ("now") is its stated date's, else what its headings say (a review of
/// 2025 is given in 2026), else its inferred date's; the date itself is
/// only the last resort for a period.
pub fn report_figures(
    sections: &[crate::model::Section],
    date: Option<&crate::model::ReportDate>,
) -> Vec<Figure> {
    let stated = date.filter(|d| !d.inferred).and_then(|d| d.year());
    let now = stated
        .or_else(|| {
            year_from_headings(
                sections
                    .iter()
                    .filter_map(|s| s.heading.first().map(String::as_str)),
            )
        })
        .or_else(|| date.and_then(|d| d.year()));
    let fallback = now.map(|y| y.to_string());
    let mut context: Option<Frame> = None;
    let mut figures = Vec::new();
    for (si, section) in sections.iter().enumerate() {
        if let Some(frame) = section.heading_text().and_then(|h| heading_frame(&h, now)) {
            context = Some(frame);
        }
        for (pi, paragraph) in section.paragraphs.iter().enumerate() {
            let place = Place {
                section: si,
                paragraph: pi,
                context: context.as_ref(),
                now,
                fallback: fallback.as_deref(),
            };
            let (found, opens) = figures_in(paragraph, &place);
            figures.extend(found);
            if opens.is_some() {
                context = opens;
            }
        }
    }
    figures
}

#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod tests;
