//! What the pipeline settles once the body is read: the report's date,
//! stated or inferred with its evidence, and a title for a report that
//! states none.

use report_core::text::dates::{infer_year, title_year, PartialDate};
use report_core::ReportDate;

/// The stated date if there is one; else the dateline's month and day in
/// the year of the date the page states in its chrome (the year before
/// where the day falls after it), or that date itself; else the dateline's
/// month and day with the inferred year; else the inferred year alone. The
/// year is the one the title names as its own (`2016年某县人民政府工作报告`)
/// before any the body suggests (its latest year may be a base, `由2010年的`).
pub(crate) fn settle_date(
    stated: Option<(PartialDate, String)>,
    page_date: Option<(PartialDate, String)>,
    month_day: Option<(u8, u8)>,
    title: Option<&str>,
    body: &str,
) -> Option<ReportDate> {
    if let Some((date, evidence)) = stated {
        return date.to_report_date(false, vec![evidence]);
    }
    if let Some((page, said)) = page_date {
        let Some((m, d)) = month_day else {
            return page.to_report_date(false, vec![said]);
        };
        let later_in_year = (m, d) > (page.month.unwrap_or(12), page.day.unwrap_or(31));
        let year = page.year.map(|y| y - u16::from(later_in_year));
        return PartialDate {
            year,
            month: Some(m),
            day: Some(d),
        }
        .to_report_date(false, vec![format!("{m}月{d}日 (dateline)"), said]);
    }
    let (year, year_evidence) = title.and_then(title_year).or_else(|| infer_year(body))?;
    let mut evidence = Vec::new();
    if let Some((m, d)) = month_day {
        evidence.push(format!("{m}月{d}日 (dateline)"));
    }
    evidence.push(year_evidence);
    PartialDate {
        year: Some(year),
        month: month_day.map(|md| md.0),
        day: month_day.map(|md| md.1),
    }
    .to_report_date(true, evidence)
}

/// Clauses that only say when or from whom the news came.
const LEAD_IN_STARTS: [&str; 7] = [
    "今年以来",
    "近日",
    "日前",
    "据悉",
    "据了解",
    "记者",
    "近年来",
];
const LEAD_IN_ENDS: [&str; 4] = ["获悉", "了解到", "得知", "介绍"];
const DERIVED_TITLE_CHARS: usize = 36;
const SALUTATION_MAX_CHARS: usize = 8;

/// A title for a report without one: the first clauses of the lead that say
/// something, skipping attribution ("记者从…获悉") and time ("6日").
pub(crate) fn derive_title(sections: &[report_core::Section]) -> String {
    let Some(first) = sections.iter().flat_map(|s| s.paragraphs.first()).next() else {
        return "(untitled report)".to_string();
    };
    // A speech's salutation ("各位代表：") says nothing of the report.
    let first = match first.split_once(['：', ':']) {
        Some((salutation, rest)) if salutation.chars().count() <= SALUTATION_MAX_CHARS => rest,
        _ => first,
    };
    let sentence = first.split(['。', '！', '？']).next().unwrap_or(first);
    let mut title = String::new();
    for clause in sentence.split([',', '，']) {
        let skip = clause.chars().count() <= 4
            || LEAD_IN_STARTS.iter().any(|s| clause.starts_with(s))
            || LEAD_IN_ENDS.iter().any(|s| clause.ends_with(s));
        if skip && title.is_empty() {
            continue;
        }
        let extra = clause.chars().count() + usize::from(!title.is_empty());
        if !title.is_empty() && title.chars().count() + extra > DERIVED_TITLE_CHARS {
            break;
        }
        if !title.is_empty() {
            title.push(',');
        }
        title.push_str(clause);
    }
    if title.is_empty() {
        title = sentence.to_string();
    }
    if title.chars().count() > DERIVED_TITLE_CHARS {
        title = title.chars().take(DERIVED_TITLE_CHARS).collect::<String>() + "…";
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_title_skips_time_and_attribution() {
        let sections = vec![report_core::Section {
            heading: vec![],
            themes: vec![],
            paragraphs: vec!["6日,记者从潍坊市召开的新闻发布会上获悉,今年以来,潍坊市奎文区聚焦“七个加力突破”,全力以赴抓落实、拼经济,全区经济运行稳中有进。".into()],
        }];
        assert_eq!(
            derive_title(&sections),
            "潍坊市奎文区聚焦“七个加力突破”,全力以赴抓落实、拼经济"
        );
    }
}
