//! The periods a report's headings set (`一、2025年工作回顾`, `二、2026年工作
//! 安排`) and the report's own year, from its date or its headings.

use super::chars::figure_chars;
use super::period::{markers, tense_of, year_frame, Frame, Tense};
use super::status::{ESTIMATE_MARKERS, TARGET_MARKERS};
use super::year_words::{last_years_at, RELATIVE};
use report_core::text::dates::title_year;

/// Words of a heading that review the past or set out what comes. An
/// account of how things stand or went (`一、基本情况`, `执行情况`,
/// `完成情况`) reviews as well; (32a) so does an account of a year's work
/// (`一、2025年主要工作情况`), not its plan (`2026年工作安排`).
const REVIEW_WORDS: [&str; 8] = [
    "回顾",
    "成就",
    "总结",
    "成绩",
    "基本情况",
    "执行情况",
    "完成情况",
    "工作情况",
];
const PLAN_WORDS: [&str; 6] = ["安排", "重点工作", "任务", "目标", "主要考虑", "部署"];

/// The frame a heading sets for its section, if it names a time: its first
/// marker (headings list what they cover in the order the text takes it),
/// else a review or a plan without a year (last year, this year).
pub(super) fn heading_frame(
    heading: &str,
    now: Option<u16>,
    reviewed: Option<u16>,
) -> Option<Frame> {
    let s = figure_chars(heading);
    let found = markers(&s, None, now);
    let review = reviews(heading);
    // A plan for a period and a year (`“十五五”时期主要目标和2026年重点工作`):
    // its paragraphs on the period say so themselves.
    // `三年来的斗争和今年的任务`: the last few years a heading names in
    // passing set no frame over what the section plans.
    let found: Vec<_> = found
        .into_iter()
        .filter(|m| last_years_at(&s, m.start).is_none())
        .collect();
    let year = found.iter().find(|m| m.frame.year.is_some());
    // (32a) A review of part of a year (`2025年上半年工作情况`): that part,
    // done so far.
    let part = found.iter().find(|m| review && is_part_of_a_year(&m.frame));
    if let Some(m) = part.or(year.filter(|_| !review)).or(found.first()) {
        // A heading's year is never one named in passing.
        let mut frame = m.frame.clone();
        if let Some(y) = frame
            .year
            .filter(|_| frame.resolved.is_some() && part.is_none())
        {
            frame.tense = tense_of(y, y, now);
        }
        return Some(frame);
    }
    // A heading that names no time, in a report whose year is not known
    // (`二、政府性基金收支完成情况`), sets no period: its words are no time
    // (a masked year's are, `20XX年工作回顾`).
    if review && (reviewed.is_some() || heading.contains('年')) {
        let mut frame = year_frame(heading.to_string(), reviewed, now);
        // A review of the year so far: done, not planned.
        if reviewed.is_some() && reviewed == now {
            frame.tense = Some(Tense::SoFar);
        }
        return Some(frame);
    }
    // (32a) `二、下半年工作计划`: the rest of the year, planned.
    let rest_of_year = heading.contains("下半年")
        && PLAN_WORDS
            .iter()
            .chain(&["计划", "打算"])
            .any(|w| heading.contains(w));
    if (PLAN_WORDS.iter().any(|w| heading.contains(w)) && heading.contains("今年")
        || rest_of_year
        || NEXT_STEPS.iter().any(|w| heading.contains(w)))
        && now.is_some()
    {
        return Some(year_frame(heading.to_string(), now, now));
    }
    None
}

/// Whether a heading reviews; (32a) an account of a year's work
/// (`工作情况`) only where no plan's word is in it (`2026年重点工作情况`,
/// `2026年工作情况安排`, `…工作情况和打算` plan the year).
fn reviews(heading: &str) -> bool {
    REVIEW_WORDS.iter().any(|w| {
        heading.contains(w)
            && (*w != "工作情况"
                || !PLAN_WORDS
                    .iter()
                    .chain(&["计划", "打算", "思路"])
                    .any(|p| heading.contains(p)))
    })
}

/// A quarter, a half or months of one year (`2025-H1`, `2025-01–2025-06`).
fn is_part_of_a_year(frame: &Frame) -> bool {
    frame.resolved.as_deref().is_some_and(|r| r.contains('-'))
}

/// A heading of the next steps (`二、下一步工作`, `下步打算`): what follows
/// plans from now, whatever a paragraph before said of past years.
const NEXT_STEPS: [&str; 2] = ["下一步", "下步"];

/// The report's own year, from its headings where its date is only
/// inferred: a plan for a year is that year's, a review of one is the next
/// year's.
pub(super) fn year_from_headings<'a>(headings: impl Iterator<Item = &'a str>) -> Option<u16> {
    headings
        .filter_map(|h| {
            let s = figure_chars(h);
            let found = markers(&s, None, None);
            let review = reviews(h);
            let plan = PLAN_WORDS.iter().any(|w| h.contains(w));
            let year = found
                .iter()
                .find_map(|m| m.frame.year.filter(|_| m.frame.resolved.is_some()));
            // (32a) A review of part of a year (`一、2025年上半年工作总结`) is
            // written in that year, not the next.
            let part = found.iter().any(|m| is_part_of_a_year(&m.frame));
            if let Some(year) = year {
                return if review {
                    Some(year + u16::from(!part))
                } else if plan || h.contains("工作") {
                    Some(year)
                } else {
                    None
                };
            }
            // `一、“十二五”时期工作回顾`, `二、“十三五”时期主要目标`: a plan
            // period is reviewed the year after it ends and planned in its
            // first year.
            let (first, last) = found
                .iter()
                .find_map(|m| m.frame.resolved.as_deref()?.split_once('–'))?;
            let (first, last): (u16, u16) = (first.parse().ok()?, last.parse().ok()?);
            if review {
                Some(last + 1)
            } else if plan {
                Some(first)
            } else {
                None
            }
        })
        .max()
}

/// From November on, a report looks to the year after (a new term's
/// report delivered in December, a year's summary): its "this year" is
/// that one.
const YEAR_TURNS_IN_MONTH: u16 = 11;

/// A report that speaks of next year (`明年`) has not turned its year yet:
/// a year-end speech's "this year" is its own.
const NEXT_YEAR: &str = "明年";

/// (22g) Words of this year as still going (`今年以来`, `今年1-5月`,
/// `预计今年`): a page of November or December that gives account of the
/// year so far, or estimates it, has not turned its year either.
const THIS_YEAR_SO_FAR: [&str; 5] = ["今年以来", "今年上半年", "今年前", "今年1", "预计今年"];

/// The year a report dated so opens: its own, or the next one, unless it
/// speaks of next year (`text` is its headings and paragraphs).
pub(super) fn year_it_opens(date: &report_core::ReportDate, text: &str) -> Option<u16> {
    let year = date.year()?;
    let month: Option<u16> = date.value.get(5..7).and_then(|m| m.parse().ok());
    let turned = month.is_some_and(|m| m >= YEAR_TURNS_IN_MONTH)
        && !text.contains(NEXT_YEAR)
        && !THIS_YEAR_SO_FAR.iter().any(|w| text.contains(w));
    Some(year + u16::from(turned))
}

/// The year a review heading with no year of its own reviews: the year
/// before the report's, but its own year in a report given from July to
/// October (`一、脱贫攻坚取得决定性成就` in September reviews to date; from
/// November on a report opens the next year, whose year before is its own).
pub(super) fn year_reviewed(
    date: Option<&report_core::ReportDate>,
    now: Option<u16>,
) -> Option<u16> {
    let month: Option<u16> = date
        .filter(|d| !d.inferred && d.year() == now)
        .and_then(|d| d.value.get(5..7)?.parse().ok());
    let to_date = month.is_some_and(|m| (REVIEWS_TO_DATE_FROM..YEAR_TURNS_IN_MONTH).contains(&m));
    now.map(|n| if to_date { n } else { n - 1 })
}

/// From July a report's review without a year is of the year so far.
const REVIEWS_TO_DATE_FROM: u16 = 7;

/// The year of account a title names (`2023年度`), or the one year a
/// title of an account of a closed year names (`2021年…统计公报`, `关于2018年
/// 预算执行情况的报告`; not one that names the year planned as well), or
/// of an account of the year so far (`2024年1—11月经济运行情况`).
pub(super) fn year_of_account(title: &str) -> Option<u16> {
    if let Some(year) = year_of_a_part(title) {
        return Some(year);
    }
    let (year, phrase) = title_year(title)?;
    let one_year = title.matches('年').count() == 1;
    (title.contains(&format!("{phrase}度"))
        || one_year && ACCOUNTS.iter().any(|w| title.contains(w)))
    .then_some(year)
}

/// (27g) `现将2020年11月1日零时我市人口的基本情况公布如下`: a communiqué
/// that publishes its figures as of a time of a year (a census's `零时`, a
/// survey's `标准时点`) or of a year before the page's own (`现将2016年末
/// 全县农业普查主要数据公布如下`, published 2018) gives account of that
/// year, whenever it is published. Not tasks or goals of a year to come
/// (`现将2020年底前完成的…任务公布如下` published 2019, `现将2025年远景
/// 目标公布如下`). Read in the page's first paragraphs only.
pub(super) fn year_published_as_of(
    sections: &[report_core::Section],
    page_year: Option<u16>,
) -> Option<u16> {
    sections
        .iter()
        .flat_map(|s| s.paragraphs.iter())
        .take(PUBLISHED_AS_OF_WITHIN)
        .find_map(|p| {
            let at = ["现将", "現將"]
                .iter()
                .find_map(|w| p.find(w).map(|b| b + w.len()))?;
            let sentence = &p[at..p[at..].find(['。', '：', ':']).map_or(p.len(), |e| at + e)];
            if !["公布如下", "公佈如下"]
                .iter()
                .any(|w| sentence.ends_with(w))
            {
                return None;
            }
            let year: String = sentence.chars().take(4).collect();
            if !(year.chars().all(|c| c.is_ascii_digit()) && sentence[4..].starts_with('年')) {
                return None;
            }
            let year: u16 = year.parse().ok()?;
            let as_of = ["零时", "标准时点", "標準時點"]
                .iter()
                .any(|w| sentence.contains(w));
            (as_of || page_year.is_some_and(|p| year < p)).then_some(year)
        })
}

/// How many of a page's first paragraphs may say what its figures are as of.
const PUBLISHED_AS_OF_WITHIN: usize = 4;

/// Whether a title names the year of a report that plans it (`2025年某某镇
/// 人民政府工作报告`, `…2025年计划`): that year is the report's own, stated,
/// though the date was inferred from it; no account (`year_of_account`).
pub(super) fn title_plans_its_year(title: &str) -> bool {
    title_year(title).is_some()
        && year_of_account(title).is_none()
        && (title.contains(WORK_REPORT) || PLANS.iter().any(|w| title.contains(w)))
}

/// What a government's yearly report is called: given early in the year
/// it plans.
const WORK_REPORT: &str = "工作报告";

/// What a title calls an account of a year that is over.
const ACCOUNTS: [&str; 3] = ["统计公报", "执行情况", "决算"];

/// What a title that plans calls it: such a title is no account.
const PLANS: [&str; 5] = ["计划", "安排", "打算", "思路", "要点"];

/// `江阳市2024年1—11月经济运行情况`, `2024年前三季度…`: the one year a title
/// names, with the part of it (months, quarters, a half) it gives account
/// of; not a title that plans (`…上半年工作总结和下半年工作计划`).
fn year_of_a_part(title: &str) -> Option<u16> {
    let s: Vec<char> = title.chars().collect();
    let years: Vec<usize> = (0..s.len().saturating_sub(4))
        .filter(|&i| {
            s[i..i + 4].iter().all(char::is_ascii_digit)
                && s[i + 4] == '年'
                && (i == 0 || !s[i - 1].is_ascii_digit())
        })
        .collect();
    let [at] = years[..] else {
        return None;
    };
    if PLANS.iter().any(|w| title.contains(w)) {
        return None;
    }
    let rest: String = s[at + 5..].iter().collect();
    let months = rest
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['-', '—', '–', '至', '~', '～'])
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with('月')
        && rest.starts_with(|c: char| c.is_ascii_digit());
    let part = PARTS_OF_A_YEAR.iter().any(|w| rest.starts_with(w));
    (months || part).then(|| s[at..at + 4].iter().collect::<String>().parse().ok())?
}

/// (30a) The part of the year an account's title gives account of
/// (`2009年1—8月…运行情况`, `2021年上半年…工作总结`, `2014年1至9月，我院…`):
/// the period of its figures that name none, not the whole year.
pub(super) fn part_of_account(title: &str, year: u16) -> Option<Frame> {
    year_of_a_part(title).filter(|&y| y == year)?;
    markers(&figure_chars(title), None, Some(year + 1))
        .into_iter()
        .map(|m| m.frame)
        .find(|f| f.year == Some(year) && f.resolved.as_deref().is_some_and(|r| r.len() > 4))
}

/// (30b) In an account of a year (`某街道2023年度工作总结`, written as the
/// year ends), a heading's `今年`, `明年`, `去年` count from the year
/// accounted for, not from the year after it, when the account is read as
/// given: `一、今年工作回顾` is that year's review.
pub(super) fn counted_from_the_account(
    frame: Frame,
    account: Option<u16>,
    now: Option<u16>,
) -> Frame {
    let relative = RELATIVE.iter().any(|r| frame.words.starts_with(r.0));
    match (account, frame.year) {
        (Some(_), Some(year)) if relative && frame.resolved.is_some() => {
            year_frame(frame.words, Some(year - 1), now)
        }
        _ => frame,
    }
}

/// (review of 30a) In an account of a part of a year, what the year was
/// given at its start (`年初预算安排…10亿元`, `年度目标：财政收入…`) is the
/// whole year's, not the part's: a figure put in the part whose sentence
/// (its clause up to it) says so is given the year.
pub(super) fn the_years_own(
    figures: &mut [report_core::Figure],
    paragraph: &str,
    part: Option<&Frame>,
) {
    let Some((Some(year), resolved)) = part.map(|p| (p.year, p.resolved.as_deref())) else {
        return;
    };
    for f in figures
        .iter_mut()
        .filter(|f| f.period.as_deref() == resolved)
    {
        let before = paragraph.get(..f.end).unwrap_or_default();
        let clause = before
            .rsplit(['。', '；', ';', '，', ','])
            .next()
            .unwrap_or_default();
        // `占全年目标的52.3%`, `完成年度预算的52%`: the part's share of it.
        let share = clause.contains('占')
            || THE_YEARS_OWN.iter().any(|w| {
                clause
                    .split_once(w)
                    .is_some_and(|(_, after)| after.contains('的'))
            });
        if !share && THE_YEARS_OWN.iter().any(|w| clause.contains(w)) {
            f.period = Some(year.to_string());
            f.period_words = Some(format!("{year}年"));
        }
    }
}

/// What a year is given at its start, in an account of a part of it.
const THE_YEARS_OWN: [&str; 8] = [
    "年初预算",
    "年度预算安排",
    "年度目标",
    "年度任务",
    "年度计划",
    "全年目标",
    "全年任务",
    "全年计划",
];

/// (30e) A title that opens on a part of a year and names no year
/// (`1-10月，全县经济继续保持恢复态势`, `前三季度全区经济运行`): a bulletin of
/// those months, its figures that name no period in them. Not a title
/// that plans too (`…和下一步工作打算`), nor one month (`7月份…`), nor one
/// that gives account of the whole year as well (`1-3月和全年…`), nor a
/// meeting's (`一季度…分析会议讲话`), which speaks of the year's targets.
pub(super) fn part_a_title_opens(title: &str, page_year: Option<u16>) -> Option<Frame> {
    let not_an_account = ["全年", "会议", "讲话", "講話", "會議"];
    if PLANS.iter().any(|w| title.contains(w)) || not_an_account.iter().any(|w| title.contains(w)) {
        return None;
    }
    let first = markers(&figure_chars(title), None, page_year)
        .into_iter()
        .next()?;
    let words = &first.frame.words;
    let span = words.contains(['-', '—', '–', '－', '~', '～', '至', '到']) && words.contains('月');
    (first.start == 0 && (span || words.contains("季度") || words.contains("半年")))
        .then_some(first.frame)
}

/// Parts of a year a title can give account of.
const PARTS_OF_A_YEAR: [&str; 4] = ["前三季度", "上半年", "第一季度", "一季度"];

/// (21d) `一、2024年工作回顾` in a report of 2025: under a heading that
/// reviews a year before the report's, `今年以来` is that year (the words of
/// a year-end account the report takes up), not the year it is delivered
/// in. (`今年` alone stays the report's: a plan section may go on under
/// the review's heading.)
pub(super) fn this_year_reviewed(
    words: &str,
    heading: Option<&Frame>,
    now: Option<u16>,
) -> Option<u16> {
    heading
        .filter(|h| words == "今年以来" && h.tense == Some(Tense::Past))
        .and_then(|h| h.year)
        .filter(|&y| now.is_some_and(|n| y < n))
        .or(now)
}

/// (21f) A page whose year is only guessed from its figures' own years
/// that says the year is over (`截止2007年底，全镇工农业总产值…`) and speaks
/// of the year just past (`刚刚过去的一年`) was written in the year after:
/// the year guessed is the one just past, and `今年` is the next.
pub(super) fn speaks_of_the_year_past(text: &str, year: Option<u16>) -> bool {
    let Some(year) = year else {
        return false;
    };
    let over = ["截至", "截止"]
        .iter()
        .flat_map(|by| ["年底", "年末"].map(|end| format!("{by}{year}{end}")))
        .any(|w| text.contains(&w));
    // The year just past as the year after it speaks of it: the relative
    // phrases of the year before (`刚刚过去的一年`, `过去一年`), not
    // `一年来`, which a year-end summary says of its own year.
    let year_past = RELATIVE
        .iter()
        .filter(|(words, from, to, _)| (*from, *to) == (-1, -1) && words.contains("过去"))
        .any(|(words, ..)| text.contains(words));
    over && year_past
}

/// (22a) A page whose year is only guessed, that opens by saying what the
/// year is (`2020年是…的决胜之年，…一年来，…`, `2020年，某某街道…`), names no year before it
/// and speaks of the year past (`一年来`, `去年`, `过去一年`), sums up that
/// year at its end or after: the year guessed is the one it reviews, as in
/// `speaks_of_the_year_past`. (A plan that opens on its year reviews the
/// year before it by name.)
pub(super) fn sums_up_the_year_it_opens_on(text: &str, year: Option<u16>) -> bool {
    let Some(year) = year else {
        return false;
    };
    let text = text.trim_start();
    let says_what_the_year_is = text.starts_with(&format!("{year}年是"));
    // (25b) `2021年，某某街道…。一年来，…`: a year opening the page before
    // a comma, in a sentence that plans nothing (`2024年，全县将力争…` opens
    // a plan), then `一年来` or `过去一年` (not `去年`, which a plan's page
    // says of the year before it), sums up that year as `2021年是…` does.
    let opening_sentence = text.split('。').next().unwrap_or(text);
    let plans = ["将", "要"]
        .iter()
        .chain(&TARGET_MARKERS)
        .chain(&ESTIMATE_MARKERS)
        .any(|w| opening_sentence.contains(w));
    let opens_on_the_year = ["，", ","]
        .iter()
        .any(|w| text.starts_with(&format!("{year}年{w}")))
        && !plans;
    // A page opening `2020年是…` that names 2019 at all (`比2019年增长6%`
    // in its targets) reviews 2019; one opening `2021年，…` names the year
    // before only other than as its figures' base (26d).
    let names_the_year_before = if opens_on_the_year {
        names_the_year_before(text, year)
    } else {
        text.contains(&format!("{}年", year.saturating_sub(1)))
    };
    let year_past = |only_a_year_since: bool| {
        RELATIVE
            .iter()
            .filter(|(_, from, to, _)| (*from, *to) == (-1, -1))
            .filter(|(words, ..)| !only_a_year_since || *words != "去年")
            .any(|(words, ..)| text.contains(words))
    };
    let opens = says_what_the_year_is && year_past(false) || opens_on_the_year && year_past(true);
    // A summary that says `今年` is written within its year: its `今年` is
    // that year, and so is the report's.
    let within_the_year = text.contains("今年");
    opens && !names_the_year_before && !within_the_year
}

/// Whether `text` names the year before `year` other than as the base of a
/// comparison: (26d) an account of 2001 opening `2001年，…` says
/// `比2000年增长9.4%` (`较…`, `继…年后`, `与…年相比`) of its own figures,
/// and still sums up 2001.
fn names_the_year_before(text: &str, year: u16) -> bool {
    let before = format!("{}年", year.saturating_sub(1));
    text.match_indices(&before)
        .any(|(at, _)| !text[..at].ends_with(['比', '较', '继', '与']))
}

/// (23b) `某某街道2015年工作总结和2016年工作安排`: a title that sums up one
/// year (a review's words after it) and plans the next (a plan's words
/// after that) is given in the year it plans, as a review heading would
/// say; not a run-on title that names other years (`2023年政府工作报告一、
/// 2022年工作回顾`).
pub(super) fn year_a_title_plans(title: &str) -> Option<u16> {
    let s = figure_chars(title);
    let years: Vec<(u16, usize, usize)> = markers(&s, None, None)
        .iter()
        .filter(|m| m.frame.resolved.is_some())
        .filter_map(|m| Some((m.frame.year?, m.end, m.start)))
        .collect();
    let [(summed, summed_end, _), (planned, planned_end, planned_start)] = years[..] else {
        return None;
    };
    let between: String = s[summed_end..planned_start].iter().collect();
    let after: String = s[planned_end..].iter().collect();
    (planned == summed + 1
        && REVIEW_WORDS.iter().any(|w| between.contains(w))
        && PLANS.iter().any(|w| after.contains(w)))
    .then_some(planned)
}
