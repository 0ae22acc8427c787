//! When a figure is about: the report's time structure. Headings review a
//! year or a plan period (`一、2025年工作回顾`, `“十四五”时期发展成就`) or set
//! out the next (`二、2026年工作安排`); paragraphs open blocks of their own
//! (`过去一年`, `五年来`, `今年`); sentences carry markers (`一季度`,
//! `1-5月份`, `到2030年`, `截至4月底`). A figure's period is the nearest of
//! these that governs it, resolved against the report's own year ("now")
//! where that can be done, with the words it came from kept.

use super::chars::starts_with_at;
use super::compared_base::compared_with;
use super::one_month::one_month_end;
use super::report_year::this_year_reviewed;
use super::sub_year::{
    a_compared_quarter, a_plans_year, is_a_months_dash, months_frame, no_figures_span,
    phrase_scope, quarter_at, PART_OF_YEAR,
};
use super::year_words::{
    digits_at, first_years_after, last_years_at, nth_year_after, plan_at, plan_just_over,
    plan_years, two_years_at, year_at, year_month, years_span_at, NOT_THE_PERIOD, RELATIVE,
};

/// Whether a period lies before the report, runs up to it, or lies ahead:
/// a review's figures are results, a plan's are targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    SoFar,
    Ahead,
}

/// A period as the text gives it and as resolved.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Frame {
    pub(super) words: String,
    /// `2025`, `2025-Q1`, `2025-01–2025-05`, `2021–2025`; `None` where the
    /// words cannot be placed in time (no year to resolve them against).
    pub(super) resolved: Option<String>,
    pub(super) tense: Option<Tense>,
    /// The single year it lies in, for sub-year markers after it.
    pub(super) year: Option<u16>,
}

/// How far a marker governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// `2025年的4.93万亿元`: the figure right after it.
    Next,
    /// A year named inside a sentence (`到2030年`).
    Sentence,
    /// A phrase such as `一季度`, `1-5月份`: the rest of its paragraph.
    Paragraph,
    /// A paragraph that opens a block (`过去五年，…`, `今年是…`): the
    /// following paragraphs too, until another block opens.
    Block,
}

#[derive(Debug, Clone)]
pub(super) struct Marker {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) frame: Frame,
    pub(super) scope: Scope,
}

pub(super) fn tense_of(first: u16, last: u16, now: Option<u16>) -> Option<Tense> {
    let now = now?;
    Some(if last < now {
        Tense::Past
    } else if first > now || (first == now && last >= now) {
        Tense::Ahead
    } else {
        Tense::SoFar
    })
}

pub(super) fn year_frame(words: String, year: Option<u16>, now: Option<u16>) -> Frame {
    Frame {
        words,
        resolved: year.map(|y| y.to_string()),
        tense: year.and_then(|y| tense_of(y, y, now)),
        year,
    }
}

fn span_frame(words: String, first: Option<u16>, last: Option<u16>, now: Option<u16>) -> Frame {
    match (first, last) {
        (Some(a), Some(b)) => Frame {
            words,
            resolved: Some(format!("{a}–{b}")),
            tense: tense_of(a, b, now),
            year: None,
        },
        _ => Frame {
            words,
            resolved: None,
            tense: None,
            year: None,
        },
    }
}

/// Five years from where the text stands (`五年内`).
const FIVE_YEARS_WITHIN: &str = "五年内";

/// Every period marker of a paragraph, in order. `context` is the frame
/// governing the paragraph's start; `now` the report's year.
pub(super) fn markers(s: &[char], context: Option<&Frame>, now: Option<u16>) -> Vec<Marker> {
    let mut found: Vec<Marker> = Vec::new();
    let mut year_here = context.and_then(|c| c.year).or(now);
    // The last plan period the paragraph named (`“十二五”是…的五年`).
    let mut plan_here: Option<(u16, u16)> = None;
    // A block opens in a paragraph's first two sentences (after any
    // `各位代表！`): `2025年目标任务顺利完成，标志着“十四五”圆满收官。五年来，…`.
    let lead_end = {
        let from = if starts_with_at(s, 0, "各位代表！") {
            5
        } else {
            0
        };
        let ends = |from: usize| {
            (from..s.len())
                .find(|&k| matches!(s[k], '。' | '！' | '；'))
                .unwrap_or(s.len())
        };
        ends(ends(from) + 1)
    };
    let mut i = 0;
    // Where a quarter compared with ended (`较去年第4季`).
    let mut compared_quarter_end: Option<usize> = None;
    // `这是经济实力持续提升的五年。`: a run-in heading over the paragraphs after it.
    if starts_with_at(s, 0, "这是") {
        let first_end = s
            .iter()
            .position(|c| matches!(c, '。' | '！'))
            .unwrap_or(s.len());
        let years = s[..first_end].iter().rev().take(3).collect::<String>();
        if years == "年五的" {
            let year = |d: i32| now.and_then(|n| u16::try_from(i32::from(n) + d).ok());
            found.push(Marker {
                start: first_end - 2,
                end: first_end,
                frame: span_frame("五年".to_string(), year(-5), year(-1), now),
                scope: Scope::Block,
            });
        }
    }
    while i < s.len() {
        let quoted = i > 0 && matches!(s[i - 1], '“' | '"');
        let at = if quoted { i - 1 } else { i };
        let before = |n: usize, w: &str| at >= n && starts_with_at(s, at - n, w);
        let comparison = compared_with(s, i, at);
        let clause_start = at == 0
            || matches!(s[at - 1], '。' | '！' | '；' | '，' | ',' | '：' | '—')
            || before(5, "刚刚过去的")
            || before(4, "刚刚过去");
        let block_start = clause_start && i < lead_end;
        // (23a) `今年1到10月，…`, `2018年上半年，…`: months right after the
        // year that opens a clause open it too.
        let opens_after_its_year = found.last().is_some_and(|m| {
            m.end == at
                && (m.start == 0
                    || matches!(s[m.start - 1], '。' | '！' | '；' | '，' | ',' | '：'))
        });
        // `十四五` and its kin.
        if let Some((n, end)) = plan_at(s, i) {
            let open = i > 0 && matches!(s[i - 1], '“' | '"');
            let start = if open { i - 1 } else { i };
            let scope = if block_start {
                Scope::Block
            } else if clause_start {
                Scope::Paragraph
            } else {
                Scope::Sentence
            };
            // `第二个五年计划的第一年`: one of its years; (23i) `“十五”期末计划
            // 存栏…`, `“八五”末`: its last.
            let last = ["期末", "末"].iter().find(|w| starts_with_at(s, end, w));
            let one_year = plan_years(n).filter(|_| !comparison).and_then(|(a, b)| {
                nth_year_after(s, end)
                    .map(|(k, end)| (a + k - 1, end))
                    .or_else(|| last.map(|w| (b, end + w.chars().count())))
            });
            if let Some((year, end)) = one_year {
                let words: String = s[start..end].iter().collect();
                found.push(Marker {
                    start,
                    end,
                    frame: year_frame(words, Some(year), now),
                    scope,
                });
                i = end;
                continue;
            }
            let names_a_year = NOT_THE_PERIOD
                .iter()
                .any(|w| (end..(end + 3).min(s.len())).any(|k| starts_with_at(s, k, w)));
            if !names_a_year {
                // `“十一五”前两年`: the plan's first years, not all five.
                let first_years = first_years_after(s, end);
                let end = first_years.map_or(end, |(_, e)| e);
                if let Some((a, b)) = plan_years(n) {
                    let b = first_years.map_or(b, |(k, _)| a + k - 1);
                    let words: String = s[start..end].iter().collect();
                    if !comparison {
                        found.push(Marker {
                            start,
                            end,
                            frame: span_frame(words, Some(a), Some(b), now),
                            scope,
                        });
                        plan_here = Some((a, b));
                    }
                }
            }
            i = end;
            continue;
        }
        // `一九七九和一九八○两年合计`: the two years, not the block's span.
        if let Some((first, last, end)) = two_years_at(s, i).filter(|_| !comparison) {
            found.push(Marker {
                start: i,
                end,
                frame: span_frame(s[i..end].iter().collect(), Some(first), Some(last), now),
                scope: Scope::Sentence,
            });
            year_here = Some(last);
            i = end;
            continue;
        }
        // `五年内新建水库…`: five years, not the report's one: the span of
        // a five-year plan that governs the words, else the next five years
        // in a plan and the last five in a review.
        if starts_with_at(s, i, FIVE_YEARS_WITHIN) && !comparison {
            let end = i + FIVE_YEARS_WITHIN.chars().count();
            let governing_span = found
                .iter()
                .rev()
                .map(|m| &m.frame)
                .chain(context)
                .find(|f| f.year.is_none() && f.resolved.is_some());
            let frame = match governing_span {
                Some(span) => Frame {
                    words: FIVE_YEARS_WITHIN.to_string(),
                    ..span.clone()
                },
                None => {
                    let past = context.and_then(|c| c.tense) == Some(Tense::Past);
                    let (a, b) = if past { (-5, -1) } else { (0, 4) };
                    let year = |d: i32| now.and_then(|n| u16::try_from(i32::from(n) + d).ok());
                    span_frame(FIVE_YEARS_WITHIN.to_string(), year(a), year(b), now)
                }
            };
            found.push(Marker {
                start: i,
                end,
                frame,
                scope: Scope::Sentence,
            });
            i = end;
            continue;
        }
        // `近三年农村新建房屋…`, `两年中投入生产的…`: the last few years
        // before the report's (or the review's) year.
        if let Some((n, end)) = last_years_at(s, i).filter(|_| !comparison) {
            let year = |d: i32| now.and_then(|y| u16::try_from(i32::from(y) + d).ok());
            let words: String = s[i..end].iter().collect();
            found.push(Marker {
                start: i,
                end,
                frame: span_frame(words, year(-i32::from(n)), year(-1), now),
                scope: Scope::Sentence,
            });
            i = end;
            continue;
        }
        // A span of years: `2021—2025年`, `从一九五三年到一九六○年`: the
        // span, not its first or last year.
        if let Some((first, last, end)) = years_span_at(s, i).filter(|_| !comparison) {
            let start = if before(1, "从") || before(1, "由") {
                i - 1
            } else {
                i
            };
            let opens = block_start && start == 0 && matches!(s.get(end), Some('，' | ','));
            found.push(Marker {
                start,
                end,
                frame: span_frame(s[start..end].iter().collect(), first, last, now),
                scope: if opens { Scope::Block } else { Scope::Sentence },
            });
            year_here = last;
            i = end;
            continue;
        }
        // A year: `2025年`, `到2030年`.
        if let Some((y, len)) = year_at(s, i)
            .filter(|(y, len)| FIRST_YEAR <= *y && *y <= 2100 && s.get(i + len) == Some(&'年'))
        {
            let end = i + len + 1;
            let year = u16::try_from(y).ok();
            // `按一九五二年不变价格计算`: the year prices are held at.
            let price_base = ["不变价", "价格", "可比价"]
                .iter()
                .any(|w| starts_with_at(s, end, w));
            // `实际增速为1985年以来最高`: the year a record counts from.
            let record_since = starts_with_at(s, end, "以来")
                && ["最", "首次", "新高", "新低"]
                    .iter()
                    .any(|w| starts_with_at(s, end + 2, w));
            if price_base || record_since {
                i = end;
                continue;
            }
            if !comparison && s.get(end) != Some(&'的') {
                // `2025年是…`, `刚刚过去的2025年，…`, `2025年极不平凡`: a year
                // that opens what follows; `2025年人均生产总值…` does not.
                // A year opens a block only where the paragraph starts
                // (after 各位代表！ or 刚刚过去的); in a review of five years,
                // `…，2025年，清洁能源…` is one sentence's.
                let paragraph_start = at == 0
                    || starts_with_at(s, 0, "各位代表")
                        && s[..at]
                            .iter()
                            .filter(|c| matches!(c, '，' | ',' | '。'))
                            .count()
                            == 0
                    || before(5, "刚刚过去的");
                // (20j) `他说，刚刚过去的2007年，…`: the year just past opens
                // the block after a news page's lead sentences too.
                let opens = (block_start || before(5, "刚刚过去的"))
                    && paragraph_start
                    && matches!(
                        s.get(end),
                        Some('是' | '，' | ',' | '以' | '主' | '工' | '很' | '极' | '在')
                    )
                    && !before(1, "到");
                let words: String = s[if before(1, "到") { i - 1 } else { i }..end]
                    .iter()
                    .collect();
                let mut frame = year_frame(words, year, now);
                // This year named in passing (`梳理确定了2021年24个重点项目`)
                // says nothing of plan or result; `到2026年` does.
                if !opens && year == now && !before(1, "到") {
                    frame.tense = context.filter(|c| c.year == year).and_then(|c| c.tense);
                }
                // A year before the one reviewed (`2014年，全县识别贫困户…`, in
                // a report of 2020) opens its paragraph only: the ones after
                // go on to later years.
                let reviewed = year.zip(now).is_none_or(|(y, n)| y + 1 >= n);
                found.push(Marker {
                    start: i,
                    end,
                    frame,
                    scope: match (opens, reviewed) {
                        (true, true) => Scope::Block,
                        (true, false) => Scope::Paragraph,
                        _ => Scope::Sentence,
                    },
                });
                year_here = year;
            } else if let Some(de) = (s.get(end) == Some(&'的'))
                .then_some(1)
                .filter(|_| !comparison || opens_a_number(s, end + 1))
                // (22f) `比一九八○年七亿五千万斤增长`: a base given as a figure
                // right after its year, with no 的.
                .or_else(|| (comparison && opens_a_number(s, end)).then_some(0))
            {
                // `从2020年的3.68万亿元`: the year of the figure that follows.
                // So is the base of a comparison given as a figure (`比2014年的
                // 2430元增长3倍多`).
                found.push(Marker {
                    start: i,
                    end: end + de,
                    frame: year_frame(s[i..end].iter().collect(), year, now),
                    scope: Scope::Next,
                });
            }
            i = end;
            continue;
        }
        // `1-5月份`, `1至4月`; (23a) `1到10月`, `1月至10月`; (28g) `1~4月`,
        // `1－4月`, `1–4月`, as copies write the dash or the tilde.
        if let Some((m1, l1)) = digits_at(s, i) {
            let sep = i + l1 + usize::from(s.get(i + l1) == Some(&'月'));
            if s.get(sep)
                .is_some_and(|&c| is_a_months_dash(c) || matches!(c, '至' | '到'))
            {
                if let Some((m2, l2)) = digits_at(s, sep + 1) {
                    let mut end = sep + 1 + l2;
                    // `增速比1—10月加快`: the base of a comparison is no period.
                    if s.get(end) == Some(&'月')
                        && (1..=12).contains(&m1)
                        && m1 < m2
                        && m2 <= 12
                        && !comparison
                        && !no_figures_span(s, at, end)
                    {
                        end += 1;
                        if s.get(end) == Some(&'份') {
                            end += 1;
                        }
                        let words: String = s[i..end].iter().collect();
                        found.push(Marker {
                            start: i,
                            end,
                            frame: months_frame(words, year_here, m1 as u8, m2 as u8, now),
                            scope: phrase_scope(clause_start || opens_after_its_year),
                        });
                        i = end;
                        continue;
                    }
                }
            }
        }
        // `10月份`: one month (the year's so far, or a past year's).
        if let Some((month, len)) = digits_at(s, i).filter(|(m, _)| (1..=12).contains(m)) {
            // `9月份以来`, `9月以后`: from that month to the year's end.
            let onwards = ["月份以来", "月份以后", "月份后", "月以来", "月以后"]
                .iter()
                .find(|w| starts_with_at(s, i + len, w))
                .filter(|_| i == 0 || !(is_a_months_dash(s[i - 1]) || s[i - 1] == '至'));
            if let Some(w) = onwards {
                let end = i + len + w.chars().count();
                let words: String = s[i..end].iter().collect();
                found.push(Marker {
                    start: i,
                    end,
                    frame: months_frame(words, year_here, month as u8, 12, now),
                    scope: phrase_scope(clause_start || opens_after_its_year),
                });
                i = end;
                continue;
            }
            // (25d) `从4月份起暂停…`, `自7月开始`: when a measure started,
            // not the period of what follows.
            let from_then = i > 0
                && matches!(s[i - 1], '从' | '自')
                && ["月份起", "月起", "月份开始", "月开始"]
                    .iter()
                    .any(|w| starts_with_at(s, i + len, w));
            if from_then {
                i += len + 1;
                continue;
            }
            let opens = clause_start || opens_after_its_year;
            if let Some(end) = one_month_end(s, i, len, comparison, opens) {
                let words: String = s[i..end].iter().collect();
                let mut frame = months_frame(words, year_here, month as u8, month as u8, now);
                frame.resolved = year_here.map(|y| format!("{y}-{month:02}"));
                found.push(Marker {
                    start: i,
                    end,
                    frame,
                    scope: phrase_scope(clause_start || opens_after_its_year),
                });
                i = end;
                continue;
            }
        }
        // `截至2020年11月`, `截至4月底`; (24a) `截止9月底`, as reports often
        // write it, is the same.
        if starts_with_at(s, i, "截至") || starts_with_at(s, i, "截止") {
            let end = (i + 2..s.len())
                .find(|&k| !(s[k].is_ascii_digit() || matches!(s[k], '年' | '月' | '底' | '末')))
                .unwrap_or(s.len());
            if end > i + 2 {
                let words: String = s[i..end].iter().collect();
                let inner: Vec<char> = s[i + 2..end].to_vec();
                let (year, month) = year_month(&inner);
                let year = year.or(year_here);
                let frame = Frame {
                    resolved: year.map(|y| match month {
                        Some(m) => format!("{y}-{m:02}"),
                        None => y.to_string(),
                    }),
                    tense: year.and_then(|y| tense_of(y, y, now)).map(|t| {
                        if t == Tense::Ahead {
                            Tense::SoFar
                        } else {
                            t
                        }
                    }),
                    words,
                    year,
                };
                found.push(Marker {
                    start: i,
                    end,
                    frame,
                    scope: Scope::Paragraph,
                });
                i = end;
                continue;
            }
        }
        // (28a) And a quarter with a digit or without 度 (`第1季`, `第 2 季`).
        let part = PART_OF_YEAR
            .iter()
            .find(|p| starts_with_at(s, i, p.0))
            .map(|(w, code, m1, m2)| (i + w.chars().count(), *code, *m1, *m2))
            .or_else(|| quarter_at(s, i));
        if let Some((end, code, m1, m2)) = part {
            // (28a) `较去年第4季减少12%`, `增速比一季度加快`: a quarter
            // compared with is no period of the figure.
            if comparison || a_compared_quarter(s, at, compared_quarter_end) {
                compared_quarter_end = Some(end);
                i = end;
                continue;
            }
            let frame = Frame {
                words: s[i..end].iter().collect(),
                resolved: year_here.map(|y| format!("{y}-{code}")),
                tense: year_here.and_then(|y| tense_of(y, y, now)).map(|t| {
                    if t == Tense::Ahead && m2 < 12 && m1 == 1 {
                        Tense::SoFar
                    } else {
                        t
                    }
                }),
                year: year_here,
            };
            found.push(Marker {
                start: i,
                end,
                frame,
                scope: phrase_scope(clause_start || opens_after_its_year),
            });
            i = end;
            continue;
        }
        if let Some((w, from, to, scope)) = RELATIVE.iter().find(|r| starts_with_at(s, i, r.0)) {
            let end = i + w.chars().count();
            if !(comparison || *w == "全年" && a_plans_year(s, i, end)) {
                let base = if *w == "全年" {
                    year_here
                } else if *from == 0 && *to == 0 {
                    this_year_reviewed(w, context, now)
                } else {
                    now
                };
                let year = |d: i32| base.and_then(|n| u16::try_from(i32::from(n) + d).ok());
                let mut frame = if from == to {
                    year_frame(w.to_string(), year(*from), now)
                } else if let Some((a, b)) =
                    plan_just_over(plan_here.filter(|_| clause_start), *from, *to, now)
                {
                    let frame = span_frame(w.to_string(), Some(a), Some(b), now);
                    Frame {
                        tense: Some(Tense::Past),
                        ..frame
                    }
                } else {
                    span_frame(w.to_string(), year(*from), year(*to), now)
                };
                // `今年已完成8个地块征迁`: this year so far, as in a
                // mid-year report, not a plan.
                if *w == "今年以来" || (*w == "今年" && s.get(end) == Some(&'已')) {
                    frame.tense = Some(Tense::SoFar);
                }
                if from == to && !starts_with_at(s, end, "同期") {
                    year_here = year(*from).or(year_here);
                }
                let scope = match scope {
                    // `回望过去五年，…`: a block in the lead, wherever it stands.
                    Scope::Block if i < lead_end => Scope::Block,
                    Scope::Block if !clause_start => Scope::Sentence,
                    Scope::Block => Scope::Paragraph,
                    // `去年同期则完成24%`: the base of a contrast, its sentence's.
                    _ if !clause_start || starts_with_at(s, end, "同期") => Scope::Sentence,
                    other => *other,
                };
                found.push(Marker {
                    start: i,
                    end,
                    frame,
                    scope,
                });
            }
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// Whether a number starts at `at` (`2430元`, `七亿斤`, `十一亿斤`).
fn opens_a_number(s: &[char], at: usize) -> bool {
    s.get(at).is_some_and(|c| {
        c.is_ascii_digit() || report_core::text::numbers::chinese_digit(*c).is_some() || *c == '十'
    })
}

/// (22h) The earliest year a period may be: a county's chronicle names
/// years before 1949 too (`1920年，全县有榨油作坊20余家`).
const FIRST_YEAR: u32 = 1840;
