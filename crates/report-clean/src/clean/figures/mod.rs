//! Figures as data: every number in a report with what it measures, its
//! unit, kind, qualifier, status and period, and the span it came from.
//!
//! Rules, in order, per sentence (split at 。！？；):
//! 1. Numbers: Arabic (`6.1`, `9021`, `1.2万`, full-width `３．６８`,
//!    `27,203,000`) or Chinese with a magnitude or a decimal (`三千`, `二十`,
//!    `四点八`; `五百八十六亿元` is 586 亿元, as Arabic writes it); a rate
//!    written `百分之X`/`千分之X`; a range `15至20`. Skipped: dates and years (`2020年`,
//!    `7月6日`, `1-5月份`), slogans (`8大片区`, `“113365”`, `十四五`), names
//!    (`PM2.5`, `500强`), and numbers without a unit.
//! 2. Around the number: a qualifier before (`近 约 超 超过 突破 逾`) or after
//!    (`多 余 以上 左右`), then a unit (`%`, `个百分点`, `亿元`, `万美元`, `个`…).
//! 3. Kind: `个百分点` is a change; `%` after a word of change (增长, 下降,
//!    涨幅, 增速…) is growth, else a share; money is an amount; a physical
//!    measure (亩, 公里, 千瓦, 吨, 立方米…) a quantity; `第N位` a rank; else
//!    a count, unless it only numbers a list's parts (`八个方面`).
//! 4. Indicator (`indicator.rs`): the words before the number in its clause,
//!    after any earlier figure, without framing (全区, 其中…), verbs of
//!    doing (新建, 完成…) and of change (增长, 增至…), years and list
//!    numbers; for counts and quantities, the noun after the unit when the
//!    words before end in a verb or a list (`新增22个…试点`, `A、B等20项成果`);
//!    `X用于Y` gives Y; a clause with no noun of its own (`同比增长11.3%`)
//!    and a rank or comparison (`居全国第3位`, `高于全国平均水平…`) take the
//!    previous figure's. `A、B投资分别增长x、y` gives one figure per item,
//!    the items sharing the last one's head noun (A投资, B投资).
//! 5. Period (`period.rs`): the nearest marker that governs the figure — a
//!    year or sub-year phrase in its sentence, a phrase opening its
//!    paragraph, a block opened by an earlier paragraph (`过去五年，…`), its
//!    section's heading (`2025年工作回顾`, `“十五五”时期主要目标`) — resolved
//!    against the report's year (`2025`, `2025-Q1`, `2021–2025`), its words
//!    kept; the report's year only where nothing governs.
//! 6. Status: estimate after 预计/有望; a period before the report's year is
//!    a review (actual), one from it on a plan (target, unless the clause
//!    says 已/截至/了); this year so far, or no structure: target after
//!    力争/计划/确保/目标… (not `计划的`), or for a range or an "以上" figure
//!    with no sign of completion; else actual.

mod indicator;
mod period;
mod reading;
mod status;
mod table;

use report_core::{Figure, FigureKind};

use indicator::{
    closes_a_word, is_target_phrase, name_from_the_sentence, noun_after, strip_indicator,
    COMPARISONS, COMPARISON_BASES, RELATIVE_MEASURES, VERBS_BEFORE_OBJECT,
};
use period::{
    heading_frame, markers, year_from_headings, year_it_opens, Frame, Marker, Scope, SpanEdge,
};
use reading::{ends_in_change, figure_chars, read_figure, starts_with_at, Found};
use report_core::text::numbers::normalize;
use status::status_of;
use table::{stated_units, RowPlace, Table};

/// Verbs of change before a percentage: it is a growth rate.
const GROWTH_VERBS: [&str; 10] = [
    "增长", "下降", "提高", "降低", "增加", "减少", "改善", "回落", "上涨", "下滑",
];
const DECLINE_VERBS: [&str; 6] = ["下降", "降低", "减少", "回落", "下滑", "负增长"];

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
    let written: Vec<char> = paragraph.chars().collect();
    let chars = figure_chars(paragraph);
    let byte_at: Vec<usize> = paragraph
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(paragraph.len()))
        .collect();
    let mut found_markers = markers(&chars, place.context, place.now);
    // A marker's words as written (`１９５５年`), where they end the marker.
    for m in &mut found_markers {
        let n = m.frame.words.chars().count();
        if n <= m.end
            && chars[m.end - n..m.end]
                .iter()
                .copied()
                .eq(m.frame.words.chars())
        {
            m.frame.words = written[m.end - n..m.end].iter().collect();
        }
    }
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
                let number_at = local_end.saturating_sub(f.text.chars().count());
                // The figure's words as written, not as folded for reading.
                f.text = written[sentence_start + number_at..sentence_start + local_end]
                    .iter()
                    .collect();
                let lead: String = sentence
                    [number_at.saturating_sub(ANNUAL_AVERAGE_REACH)..number_at]
                    .iter()
                    .collect();
                if ANNUAL_AVERAGE.iter().any(|w| lead.contains(w))
                    && f.period.as_deref().is_some_and(|p| !is_span(p))
                {
                    let at = sentence_start + number_at;
                    if let Some(span) = spanning_frame(&found_markers, sentence_start, at).or(place
                        .context
                        .filter(|c| c.resolved.as_deref().is_some_and(is_span)))
                    {
                        f.period = span.resolved.clone();
                        f.period_words = Some(span.words.clone());
                    }
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
/// Words of an annual average: `年均`, and `平均每年` as older reports write it.
const ANNUAL_AVERAGE: [&str; 3] = ["年均", "平均每年", "每年平均"];
/// How far before its number `年均` may stand (`年均增长7.2%`, `年均实际增长`).
const ANNUAL_AVERAGE_REACH: usize = 6;

/// A period of several years (`2017–2021`).
fn is_span(period: &str) -> bool {
    period.contains('–')
}

/// An annual average (`年均增长7.2%`) is over years: where the nearest
/// marker names one year (`2021年达到…，年均增长7.2%`), the span of years
/// that reaches it before (`过去五年，…`) is its period.
fn spanning_frame(found: &[Marker], sentence_start: usize, at: usize) -> Option<&Frame> {
    found
        .iter()
        .rev()
        .filter(|m| m.frame.resolved.as_deref().is_some_and(is_span))
        .find(|m| {
            m.end <= at
                && match m.scope {
                    Scope::Next => false,
                    Scope::Sentence => m.start >= sentence_start,
                    Scope::Paragraph | Scope::Block => true,
                }
        })
        .map(|m| &m.frame)
}

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
    let mut previous_edge = None;
    // The noun the previous figure took from after its unit, if it did.
    let mut previous_noun_after: Option<String> = None;
    // The sentence's subjects so far, each once, in order, with where its
    // figure ends: a `分别` list naming no items refers back to them.
    let mut subjects: Vec<(usize, String)> = Vec::new();
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
        let mut lead: String = s[clause_start..f.start].iter().collect();
        // `新增1个国家级产业集群、规上加工企业20家`: the noun an earlier
        // count named after its unit is that count's, not this item's; but
        // an amount or a rate after it measures that noun (`实施120个省级
        // 重点项目、完成投资980亿元`).
        if let Some((noun, rest)) = previous_noun_after.as_deref().and_then(|noun| {
            lead.strip_prefix(noun)
                .and_then(|rest| rest.strip_prefix(['、', '和', '及']))
                .map(|rest| (noun, rest))
        }) {
            lead = if matches!(f.kind, FigureKind::Count | FigureKind::Quantity) {
                rest.to_string()
            } else {
                format!("{noun}{rest}")
            };
        }
        let mut indicator = strip_indicator(&lead).to_string();
        // `散居孤儿（含…）从每人每月1536元`: a note in brackets after the
        // subject ends no clause when nothing named follows it.
        if indicator.chars().count() < 2 && clause_start > 0 && s[clause_start - 1] == '）' {
            if let Some(open) = (0..clause_start - 1).rev().find(|&k| s[k] == '（') {
                let name_start = (0..open)
                    .rev()
                    .find(|&k| is_clause_break(s[k]))
                    .map_or(0, |k| k + 1)
                    .max(previous_end);
                let name: String = s[name_start..open].iter().collect();
                if strip_indicator(&name).chars().count() >= 2 {
                    indicator = strip_indicator(&format!("{name}{lead}")).to_string();
                }
            }
        }
        // A word of function or of doing after the unit starts no noun
        // (`3897个并有序向…开放`).
        let after_unit = noun_after(s, f.end).filter(|noun| {
            !noun.starts_with(|c: char| "并且和与及以为被的在已将等向从对把均".contains(c))
        });
        let mut named_after_unit = false;
        let lead_ends_in_verb = VERBS_BEFORE_OBJECT
            .iter()
            .chain(&["和", "及", "与", "、", "等", "等方面"])
            .any(|v| lead.trim_end().ends_with(v));
        // `长白山、三江、吉光3个省实验室`: the count only numbers the names
        // listed before it.
        if f.kind == FigureKind::Count && numbers_the_list(&lead, f.value) {
            continue;
        }
        // What is counted follows the classifier (`120个重点项目`,
        // `200多个港口`): a noun after the unit is the indicator.
        if matches!(f.kind, FigureKind::Count | FigureKind::Quantity)
            && (indicator.chars().count() < 2 || lead_ends_in_verb || after_unit.is_some())
        {
            if let Some(noun) = &after_unit {
                indicator = noun.clone();
                named_after_unit = true;
                // `6个世界级、7个国家级、9个区域级产业集群`: a level alone
                // before the next count shares the head noun the list ends in.
                if let Some(head) = shared_head_after_levels(s, &found[n..], noun) {
                    indicator = format!("{noun}{head}");
                }
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
        // `比上年减少1.2万吨`, `增加126元`, `降低1.1个百分点`: a measure right
        // after a word of change is by how much it changed (a difference
        // where the clause names its base), less where it fell.
        let changed_by = matches!(
            kind,
            FigureKind::Amount | FigureKind::Quantity | FigureKind::Count | FigureKind::Change
        ) && GROWTH_VERBS.iter().any(|v| lead.trim_end().ends_with(v));
        if changed_by && COMPARISON_BASES.iter().any(|b| lead.contains(b)) {
            kind = FigureKind::Change;
        }
        let mut respectively_declines = false;
        // The subject stands apart, before other figures: the figure's span
        // is its value's, not a stretch over theirs.
        let mut subject_apart = false;
        // The values of a `分别` list follow it one after the other (`、`, `和`);
        // a figure past a comma is no longer one of them.
        let in_list = |r: usize| -> Vec<usize> {
            let mut list: Vec<usize> = Vec::new();
            let mut from = r;
            for (g, next) in found.iter().enumerate().filter(|(_, g)| g.start > r) {
                if s[from..next.start]
                    .iter()
                    .any(|c| matches!(c, '，' | ',' | '；'))
                {
                    break;
                }
                list.push(g);
                from = next.end;
            }
            list
        };
        let respectively = respectively_at
            .iter()
            .rev()
            .copied()
            .find(|r| f.start > *r)
            .map(|r| (r, in_list(r)))
            .filter(|(_, list)| list.contains(&n));
        if let Some((r, list)) = respectively {
            let between: String = s[r..f.start].iter().collect();
            // `分别提高到88%、83.6%`: the levels reached, not the growth.
            let reaches = ["到", "至", "达"].iter().any(|w| between.contains(w));
            if f.unit == "%" && reaches && !ends_in_change(&between) {
                kind = FigureKind::Share;
            } else if f.unit == "%"
                && (GROWTH_VERBS.iter().any(|v| between.contains(v)) || kind == FigureKind::Growth)
            {
                kind = FigureKind::Growth;
            }
            let clause_before = |r: usize| -> String {
                let text: String = s[..r].iter().collect();
                text.rsplit([',', '，']).next().unwrap_or(&text).to_string()
            };
            // `A和B分别达到x、y，分别增长p、q`: the second list names no items
            // of its own and takes the first one's.
            let mut items_clause = clause_before(r);
            if items_clause.trim().is_empty() {
                if let Some(earlier) = respectively_at.iter().rev().copied().find(|x| *x < r) {
                    items_clause = clause_before(earlier);
                }
            }
            let mut items: Vec<&str> = items_clause.split('、').collect();
            if items.len() < list.len() {
                items = items_clause.split(['、', '和']).collect();
            }
            let ordinal = list.iter().position(|g| *g == n).unwrap_or(0);
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
                    let mut head: String = last.chars().skip(before_last).collect();
                    // `地表水、近岸海域水质优良率`: the head starts after a word's
                    // end, not on it (`水质…`, not `域水质…`).
                    while head.chars().count() > 2 && head.starts_with(closes_a_word) {
                        head.remove(0);
                    }
                    if ordinal + 1 < items.len()
                        && head.chars().count() >= 2
                        && !indicator.ends_with(&head)
                    {
                        indicator.push_str(&head);
                    }
                }
            }
            // `A x元，B y元，分别增长p和q`: a list that names no items of
            // its own, in a sentence of as many subjects before it, takes
            // them in order.
            if items_clause.trim().is_empty() && list.len() >= 2 {
                let before: Vec<&String> = subjects
                    .iter()
                    .filter(|(end, _)| *end <= r)
                    .map(|(_, subject)| subject)
                    .collect();
                if before.len() >= list.len() {
                    indicator = before[before.len() - list.len() + ordinal].clone();
                    subject_apart = true;
                }
            }
            // `城乡居民人均可支配收入分别达到x和y`: one subject of two parts,
            // the towns' value first and the countryside's second.
            if items.len() < 2 && list.len() == 2 {
                if let Some(rest) = strip_indicator(&items_clause).strip_prefix("城乡") {
                    let part = if ordinal == 0 { "城镇" } else { "农村" };
                    indicator = format!("{part}{rest}");
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
        // `完成年度目标的104%`: the share of its target the figure before reached.
        if f.unit == "%" && is_target_phrase(&indicator) && !previous_indicator.is_empty() {
            indicator = previous_indicator.clone();
        }
        if RELATIVE_MEASURES.contains(&indicator.as_str())
            && !previous_indicator.is_empty()
            && !previous_indicator.ends_with(indicator.as_str())
        {
            indicator = format!("{previous_indicator}{indicator}");
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
            || changed_by && DECLINE_VERBS.iter().any(|v| lead.trim_end().ends_with(v))
            || kind == FigureKind::Growth
                && DECLINE_VERBS.iter().any(|v| {
                    let lead: String = s[f.start.saturating_sub(4)..f.start].iter().collect();
                    lead.contains(v)
                });
        let sign = if declines { -1.0 } else { 1.0 };
        let edge = SpanEdge::of(&lead, previous_edge);
        previous_edge = edge;
        let period = frame.map(|p| p.resolved.clone().unwrap_or_else(|| p.words.clone()));
        let (period, status) = SpanEdge::place(edge, period, status);
        let span_start = if indicator.is_empty() || subject_apart {
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
            period,
            period_words: frame.map(|p| p.words.clone()),
            text: s[f.start..f.end].iter().collect(),
            section: 0,
            paragraph: 0,
            start: 0,
            end: 0,
        };
        emit(figure, span_start.min(f.start), f.end);
        if !indicator.is_empty() {
            if subjects.last().is_none_or(|(_, last)| *last != indicator) {
                subjects.push((f.end, indicator.clone()));
            }
            previous_indicator = indicator;
        }
        previous_end = f.end;
        previous_noun_after = after_unit.filter(|_| named_after_unit);
        let _ = f.num_start;
    }
}

/// The head noun a list of counts of levels ends in (`7个国家级、9个区域级
/// 产业集群` → `产业集群`), for `found[0]`, whose noun after the unit is
/// `noun`: each count's noun a level (…级) followed by `、` and the next
/// count, until one that goes on past its level.
fn shared_head_after_levels(s: &[char], found: &[Found], noun: &str) -> Option<String> {
    let mut noun = noun.to_string();
    for pair in found.windows(2) {
        let noun_end = pair[0].end + noun.chars().count();
        if !noun.ends_with('级') || s.get(noun_end) != Some(&'、') || pair[1].start != noun_end + 1
        {
            return None;
        }
        noun = noun_after(s, pair[1].end)?;
        if let Some((_, head)) = noun.split_once('级').filter(|(_, head)| !head.is_empty()) {
            return (head.chars().count() >= 2).then(|| head.to_string());
        }
    }
    None
}

/// Whether a count only numbers the names listed right before it
/// (`沈阳、盘锦2个平台`, not `A、B等20项成果`).
fn numbers_the_list(lead: &str, value: f64) -> bool {
    let tail = lead.rsplit(['”', '，', ',']).next().unwrap_or(lead);
    if tail.contains('等') {
        return false;
    }
    let items = tail
        .split(['、', '和', '与', '及'])
        .filter(|item| !item.trim().is_empty())
        .count();
    items >= 2 && items as f64 == value
}

pub(super) fn byte_index(text: &str, char_index: usize) -> usize {
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
    sections: &[report_core::Section],
    date: Option<&report_core::ReportDate>,
) -> Vec<Figure> {
    let text: String = sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs).map(String::as_str))
        .collect();
    let stated = date
        .filter(|d| !d.inferred)
        .and_then(|d| year_it_opens(d, &text));
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
        let mut table: Option<Table> = None;
        for (pi, paragraph) in section.paragraphs.iter().enumerate() {
            // `单位：亿元、%` over the table, as its own line or its heading.
            let over = match pi {
                0 => section.heading.last(),
                _ => section.paragraphs.get(pi - 1),
            };
            let units = over.map(|line| stated_units(line)).unwrap_or_default();
            if let Some(header) = Table::header(paragraph, units) {
                table = Some(header);
                continue;
            }
            let row_place = RowPlace {
                section: si,
                paragraph: pi,
                context: context.as_ref(),
                fallback: fallback.as_deref(),
            };
            if let Some(row) = table
                .as_ref()
                .and_then(|t| t.row_figures(paragraph, &row_place))
            {
                figures.extend(row);
                continue;
            }
            table = None;
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
    name_from_the_sentence(&mut figures, sections);
    figures
}

#[cfg(test)]
mod chinese_numeral_tests;
#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod tests;
