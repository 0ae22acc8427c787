//! Figures as data: every number in a report with what it measures, its
//! unit, kind, qualifier, status and period, and the span it came from.
//!
//! Rules, in order, per sentence (split at 。！？； and a half-width stop, a
//! run with none cut at a clause mark: `sentences.rs`):
//! 1. Numbers: Arabic (`6.1`, `9021`, `1.2万`, full-width `３．６８`,
//!    `27,203,000`) or Chinese with a magnitude or a decimal (`三千`, `二十`,
//!    `四点八`; `五百八十六亿元` is 586 亿元, as Arabic writes it); a rate
//!    written `百分之X`/`千分之X`; a range `15至20`. Skipped: dates and years (`2020年`,
//!    `7月6日`, `1-5月份`), slogans (`8大片区`, `“113365”`, `十四五`), names
//!    (`PM2.5`, `500强`), and numbers without a unit, but for a `分别` list's
//!    bare values, which take the last one's (`分别下降0.7、1.4个百分点`).
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
//!    the items sharing the last one's head noun (A投资, B投资); so does
//!    `A、B均增长x` (`each_alike.rs`), each item with the same value.
//! 5. Period (`period.rs`): the nearest marker that governs the figure — a
//!    year or sub-year phrase in its sentence, a phrase opening its
//!    paragraph, a block opened by an earlier paragraph (`过去五年，…`), its
//!    section's heading (`2025年工作回顾`, `“十五五”时期主要目标`) — resolved
//!    against the report's year (`2025`, `2025-Q1`, `2021–2025`), its words
//!    kept; the report's year only where nothing governs.
//! 6. Status: estimate after 预计/有望, and over the `；` items of a
//!    sentence that opens on 预计 or whose `预计…如下：` introduces a list
//!    (on to the item paragraphs after it); a period before the report's year is
//!    a review (actual), one from it on a plan (target, unless the clause
//!    says 已/截至/了); this year so far, or no structure: target after
//!    力争/计划/确保/目标… (not `计划的`), or for a range or an "以上" figure
//!    with no sign of completion; else actual.

mod breakdown;
mod change_words;
mod changed_by;
mod chars;
mod compared_base;
mod each_alike;
mod in_the_clause;
mod indicator;
mod indicator_words;
mod moves;
mod multiple;
mod name_edges;
mod no_statistic;
mod noun_after;
mod one_month;
mod pairs;
mod period;
mod rates_in_words;
mod reading;
mod report_year;
mod respectively;
mod scope;
mod sentence;
mod sentences;
mod share_names;
mod spaced;
mod span_edge;
mod status;
mod sub_year;
mod subject_elsewhere;
mod table;
mod target_phrase;
mod trailing_words;
mod what_is_counted;
mod whole_sentence;
mod will;
mod year_words;
mod years_in_names;

use report_core::Figure;

use breakdown::{opens_a_breakdown, part_of_year_of};
use chars::figure_chars;
use indicator::name_from_the_sentence;
use name_edges::{closed_up, without_inner_reach};
use no_statistic::heads_a_list;
use period::{markers, Frame, Scope, Tense};
use report_year::{
    counted_from_the_account, heading_frame, part_a_title_opens, part_of_account,
    speaks_of_the_year_past, sums_up_the_year_it_opens_on, the_years_own, title_plans_its_year,
    year_a_title_plans, year_from_headings, year_it_opens, year_of_account, year_published_as_of,
    year_reviewed,
};
use sentence::sentence_figures;
use sentences::sentence_end;
use span_edge::{is_span, spanning_frame};
use status::{an_entry_of_a_yearbook, estimate_stretches, is_list_item, target_stretches};
use table::{stated_units, RowPlace, Table};
use what_is_counted::{
    names_a_target, plans_the_whole_after, rest_of_the_whole, year_of_a_part_of_it,
};
use whole_sentence::{full_sentence_start, governing_frame, past_year_opening_a_sentence};

/// Verbs of change before a percentage: it is a growth rate. Besides the
/// plain ones, a rise or fall of output (`增产`, `减产`), a rise in level
/// (`增高`, `上升`) and a cut (`压减`, `压缩`, `削减`, `缩减`).
/// A rise or fall year by year, as older reports write it (`递增`, `递减`)
/// and a widening (`扩大`). A burden lightened (`减轻`) falls by so much.
/// A budget's revenue or spending up or down (`比上年减收1070万元`, `增支`).
/// (28d) A budget line adjusted up or down (`税收收入拟调整为7亿元，调减2亿元`).
/// (31d) A price's or a measure's fall (`价格下跌3%`) as its rise (`上涨`).
const GROWTH_VERBS: [&str; 29] = [
    "增长", "下降", "提高", "降低", "增加", "减少", "改善", "回落", "上涨", "下滑", "增产", "减产",
    "增高", "上升", "压减", "压缩", "削减", "缩减", "递增", "递减", "扩大", "减轻", "增收", "减收",
    "增支", "减支", "调增", "调减", "下跌",
];
const DECLINE_VERBS: [&str; 17] = [
    "下跌",
    "递减",
    "下降",
    "降低",
    "减少",
    "回落",
    "下滑",
    "负增长",
    "减产",
    "压减",
    "压缩",
    "削减",
    "缩减",
    "减轻",
    "减收",
    "减支",
    "调减",
];

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
        estimating: false,
        guessed: false,
    };
    figures_in(paragraph, &place).figures
}

/// Where a paragraph stands: its place, the period governing its start,
/// the report's year, and the last resort for a period.
struct Place<'a> {
    section: usize,
    paragraph: usize,
    context: Option<&'a Frame>,
    now: Option<u16>,
    fallback: Option<&'a str>,
    /// Whether a list of estimates opened before (`预计…如下：`) and the
    /// paragraph is one of its items.
    estimating: bool,
    /// Whether the report's year is only guessed from its own text (no
    /// date stated, no heading naming a year): see `unplanned`.
    guessed: bool,
}

/// What reading a paragraph gives: its figures, the block it opens for the
/// paragraphs after it, if any, and whether it ends introducing a list of
/// estimates.
struct Read {
    figures: Vec<Figure>,
    opens: Option<Frame>,
    opens_estimates: bool,
}

/// A paragraph's figures, and what it opens for the paragraphs after it.
fn figures_in(paragraph: &str, place: &Place) -> Read {
    let written: Vec<char> = paragraph.chars().collect();
    let chars = figure_chars(paragraph);
    let byte_at: Vec<usize> = paragraph
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(paragraph.len()))
        .collect();
    let context = place.context.cloned().map(|c| unplanned(c, place));
    let context = context.as_ref();
    let mut found_markers = markers(&chars, context, place.now);
    for m in &mut found_markers {
        m.frame = unplanned(m.frame.clone(), place);
    }
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
    let (estimates, opens_estimates) = estimate_stretches(&chars);
    let targets = target_stretches(&chars);
    let mut figures = Vec::new();
    let mut sentence_start = 0;
    while sentence_start < chars.len() {
        let sentence_end = sentence_end(&chars, sentence_start);
        let sentence = &chars[sentence_start..sentence_end];
        let full_start = full_sentence_start(&chars, sentence_start);
        let governing = |local: usize| -> Option<&Frame> {
            governing_frame(
                &found_markers,
                (&chars, full_start),
                sentence_start,
                sentence_start + local,
            )
            .or(context)
            .or_else(|| past_year_opening_a_sentence(&found_markers, &chars, sentence_start))
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
                let at = sentence_start + local_end;
                let number_at = local_end.saturating_sub(f.text.chars().count());
                // A target named in an estimate's sentence (`预计增长4.2%，低于6%的
                // 计划目标`) stays a target.
                let a_target = f.status == report_core::FigureStatus::Target
                    && names_a_target(&chars, sentence_start + number_at, at);
                if (place.estimating || estimates.iter().any(|&(a, b)| a <= at && at <= b))
                    && !a_target
                {
                    f.status = report_core::FigureStatus::Estimate;
                } else if (place.now.is_none() || place.guessed || in_the_year_planned(&f, place))
                    && targets.iter().any(|&(a, b)| a <= at && at <= b)
                {
                    f.status = report_core::FigureStatus::Target;
                }
                if plans_the_whole_after(&chars, at, &f.indicator) {
                    f.status = report_core::FigureStatus::Target;
                    if let Some(year) = f.period.as_deref().and_then(year_of_a_part_of_it) {
                        f.period = Some(year);
                        f.period_words = None;
                    }
                }
                // The figure's words as written, not as folded for reading,
                // without a space copied from a page before them (`增长 3.5%`
                // is read over the space, but the figure starts at 3).
                let blank = written[sentence_start + number_at..sentence_start + local_end]
                    .iter()
                    .take_while(|c| c.is_whitespace())
                    .count();
                f.text = written[sentence_start + number_at + blank..sentence_start + local_end]
                    .iter()
                    .collect();
                if blank > 0 && local_start == number_at {
                    f.start = byte_at[sentence_start + number_at + blank];
                }
                if f.indicator.contains(char::is_whitespace) {
                    f.indicator = closed_up(&f.indicator);
                }
                if let Some(name) = without_inner_reach(&f.indicator) {
                    f.indicator = name;
                }
                if f.kind == report_core::FigureKind::Count
                    && heads_a_list(&chars, sentence_start + number_at, at, f.value)
                {
                    return;
                }
                // `…占支出总数的55.8%。其他的44.2%`: the rest of the whole
                // the share before it (in an earlier sentence) was taken of.
                if let Some(rest) =
                    rest_of_the_whole(&f.indicator, &chars[..sentence_start + number_at])
                {
                    f.indicator = rest;
                }
                let lead: String = sentence
                    [number_at.saturating_sub(ANNUAL_AVERAGE_REACH)..number_at]
                    .iter()
                    .collect();
                if ANNUAL_AVERAGE.iter().any(|w| lead.contains(w))
                    && f.period.as_deref().is_some_and(|p| !is_span(p))
                {
                    let at = sentence_start + number_at;
                    if let Some(span) = spanning_frame(&found_markers, sentence_start, at)
                        .or(context.filter(|c| c.resolved.as_deref().is_some_and(is_span)))
                    {
                        f.period = span.resolved.clone();
                        f.period_words = Some(span.words.clone());
                    }
                }
                figures.push(f);
            },
            an_entry_of_a_yearbook(paragraph),
        );
        sentence_start = sentence_end;
    }
    let opens = found_markers
        .iter()
        .rev()
        .find(|m| m.scope == Scope::Block)
        .map(|m| m.frame.clone());
    Read {
        figures,
        opens,
        opens_estimates,
    }
}

/// (20a) A year only guessed from the report's own text (a yearbook's entry,
/// a news page, an excerpt: `1996年全乡…总产粮食9826吨，比上年增2354吨`) may
/// be the year it reviews as well as the one it plans: a frame in that year
/// says neither, and the sentence's own words decide (`目标`, `力争`, a range).
/// So is `全年`, the whole of the year in view; not `今年`, the writer's own
/// present.
fn unplanned(mut frame: Frame, place: &Place) -> Frame {
    let named = frame.words == "全年"
        || frame
            .words
            .chars()
            .any(|c| c.is_ascii_digit() || report_core::text::numbers::chinese_digit(c).is_some());
    if place.guessed && named && frame.tense == Some(Tense::Ahead) && frame.year == place.now {
        frame.tense = None;
    }
    frame
}

/// (22c) In a report whose year is known, a plan's list of targets
/// (`主要预期目标是：…；居民消费价格涨幅3%左右；…`) sets its items in the
/// report's year or after as targets too; a list of a year before (`2022年
/// 的主要预期目标：…`, reviewed) keeps its results.
fn in_the_year_planned(f: &Figure, place: &Place) -> bool {
    let year: Option<u16> = f.period.as_deref().and_then(|p| p.get(..4)?.parse().ok());
    f.status == report_core::FigureStatus::Actual
        && year.zip(place.now).is_some_and(|(y, n)| y >= n)
}

/// Words of an annual average: `年均`, and `平均每年` as older reports write it.
const ANNUAL_AVERAGE: [&str; 3] = ["年均", "平均每年", "每年平均"];
/// How far before its number `年均` may stand (`年均增长7.2%`, `年均实际增长`).
const ANNUAL_AVERAGE_REACH: usize = 6;

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
    figures_of(sections, date, None, (None, false), None)
}

/// Every figure of a report with its title: an account of a year (or of
/// the year so far) is read as one, any other report by its date. An
/// account of a year that is over (`2021年…统计公报`, `2023年度…审计工作
/// 报告`) is given whenever: its year is a review's, its figures results,
/// its `全年` that year.
pub fn titled_figures(
    title: &str,
    sections: &[report_core::Section],
    date: Option<&report_core::ReportDate>,
) -> Vec<Figure> {
    let page_year = date.and_then(|d| d.value.get(..4)?.parse().ok());
    match year_of_account(title).or_else(|| year_published_as_of(sections, page_year)) {
        Some(year) => figures_of(
            sections,
            None,
            Some(year),
            (None, false),
            part_of_account(title, year),
        ),
        None => figures_of(
            sections,
            date,
            None,
            (year_a_title_plans(title), title_plans_its_year(title)),
            part_a_title_opens(title, page_year),
        ),
    }
}

/// `title_states_year`: the title names the year the report plans
/// ([`title_plans_its_year`]), so an inferred date's year is not a guess.
/// `title_plans`: (23b) the year a title that sums up the year before
/// plans ([`year_a_title_plans`]), as a heading would give it. `part`:
/// (30a) the part of the year accounted for ([`part_of_account`]).
fn figures_of(
    sections: &[report_core::Section],
    date: Option<&report_core::ReportDate>,
    account: Option<u16>,
    (title_plans, title_states_year): (Option<u16>, bool),
    part: Option<Frame>,
) -> Vec<Figure> {
    let text: String = sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs).map(String::as_str))
        .collect();
    let stated = date
        .filter(|d| !d.inferred)
        .and_then(|d| year_it_opens(d, &text));
    let from_headings = year_from_headings(
        sections
            .iter()
            .filter_map(|s| s.heading.first().map(String::as_str)),
    )
    .into_iter()
    .chain(title_plans)
    .max();
    let guessed = stated.is_none()
        && from_headings.is_none()
        && account.is_none()
        && !title_states_year
        && date.is_some_and(|d| d.inferred);
    let now = stated
        .or(from_headings)
        .or_else(|| date.and_then(|d| d.year()));
    let now = account.map(|y| y + 1).or(now);
    // (21f) A guessed year on a page that speaks of the year just past;
    // (22a) or that opens on the year it sums up.
    let past = speaks_of_the_year_past(&text, now) || sums_up_the_year_it_opens_on(&text, now);
    let now = now.map(|y| y + u16::from(guessed && past));
    let reviewed = year_reviewed(date, now).filter(|_| account.is_none());
    let fallback = now.map(|y| y.to_string());
    let mut context: Option<Frame> = part
        .clone()
        .or_else(|| account.map(|y| period::year_frame(format!("{y}年"), Some(y), now)));
    let mut estimating = false;
    let mut figures = Vec::new();
    for (si, section) in sections.iter().enumerate() {
        if let Some(frame) = section
            .heading_text()
            .and_then(|h| heading_frame(&h, now, reviewed.or(now.map(|n| n - 1))))
            .map(|frame| counted_from_the_account(frame, account, now))
        {
            context = Some(frame);
        }
        let mut table: Option<Table> = None;
        let mut carried: Option<Frame> = None;
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
                now,
            };
            if let Some(row) = table
                .as_ref()
                .and_then(|t| t.row_figures(paragraph, &row_place))
            {
                figures.extend(row);
                continue;
            }
            table = None;
            estimating = estimating && is_list_item(paragraph);
            let carried_here = carried.take().filter(|_| opens_a_breakdown(paragraph));
            let place = Place {
                section: si,
                paragraph: pi,
                context: carried_here.as_ref().or(context.as_ref()),
                now,
                fallback: fallback.as_deref(),
                estimating,
                guessed,
            };
            let mut read = figures_in(paragraph, &place);
            the_years_own(&mut read.figures, paragraph, part.as_ref());
            carried = part_of_year_of(&read.figures, now);
            figures.extend(read.figures);
            if read.opens.is_some() {
                context = read.opens;
            }
            estimating = read.opens_estimates || estimating;
        }
    }
    name_from_the_sentence(&mut figures, sections);
    figures
}

#[cfg(test)]
mod chinese_numeral_tests;
#[cfg(test)]
mod eighteenth_sample_tests;
#[cfg(test)]
mod eleventh_sample_tests;
#[cfg(test)]
mod estimate_and_span_tests;
#[cfg(test)]
mod fifteenth_sample_tests;
#[cfg(test)]
mod fourteenth_sample_tests;
#[cfg(test)]
mod grain_sentence_tests;
#[cfg(test)]
mod naming_tests;
#[cfg(test)]
mod nineteenth_sample_tests;
#[cfg(test)]
mod ninth_sample_tests;
#[cfg(test)]
mod seventeenth_sample_tests;
#[cfg(test)]
mod sixteenth_sample_tests;
#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod tenth_sample_tests;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod thirteenth_sample_tests;
#[cfg(test)]
mod thirtieth_sample_tests;
#[cfg(test)]
mod thirty_first_sample_tests;
#[cfg(test)]
mod thirty_second_sample_tests;
#[cfg(test)]
mod thirty_third_sample_tests;
#[cfg(test)]
mod twelfth_sample_tests;
#[cfg(test)]
mod twentieth_sample_tests;
#[cfg(test)]
mod twenty_eighth_sample_tests;
#[cfg(test)]
mod twenty_fifth_sample_tests;
#[cfg(test)]
mod twenty_first_sample_tests;
#[cfg(test)]
mod twenty_fourth_sample_tests;
#[cfg(test)]
mod twenty_ninth_sample_tests;
#[cfg(test)]
mod twenty_second_sample_tests;
#[cfg(test)]
mod twenty_seventh_sample_tests;
#[cfg(test)]
mod twenty_sixth_sample_tests;
#[cfg(test)]
mod twenty_third_sample_tests;
