//! What the pipeline settles once the body is read: the report's date,
//! stated or inferred with its evidence, and a title for a report that
//! states none.

use crate::clean::metadata::{is_organ_line, session_date_in};
use report_core::text::dates::{
    draft_year, infer_year, plan_opening_year, review_year, role_year, title_year, PartialDate,
};
use report_core::text::fold::is_han;
use report_core::text::numbers::year_digits;
use report_core::ReportDate;

/// A date the page states, and whether it is only when the page was posted
/// (a publication label, a dated line set apart under the headline) rather
/// than a day the report states for itself (its delivery line, its
/// signature).
pub(crate) type StatedDate = ((PartialDate, String), bool);

/// The stated date if there is one; else the dateline's month and day in
/// the year of the date the page states in its chrome (the year before
/// where the day falls after it), or that date itself; else the dateline's
/// month and day with the inferred year; else the day a delivery line in
/// the body's first lines states ([`session_date_in`]); else the inferred
/// year alone. The
/// year is the one the title names as its own (`2016年某县人民政府工作报告`),
/// or the year after the one it reviews (`2019年工作回顾`), before any the
/// body suggests (its latest year may be a base, `由2010年的`). A page's
/// posting date is no day of the report's: where the report's own words
/// put it years earlier (a copy posted years on), that year is the date,
/// inferred, with the posting date kept as evidence.
pub(crate) fn settle_date(
    stated: Option<StatedDate>,
    page_date: Option<(PartialDate, String)>,
    month_day: Option<(u8, u8)>,
    title: Option<&str>,
    body: &str,
) -> Option<ReportDate> {
    if let Some(((date, evidence), posted)) = stated {
        if posted && month_day.is_none() {
            if let Some(own) = earlier_own_year(&date, &evidence, title, body) {
                return Some(own);
            }
        }
        return date.to_report_date(false, vec![evidence]);
    }
    if let Some((page, said)) = page_date {
        let Some((m, d)) = month_day else {
            return earlier_own_year(&page, &said, title, body)
                .or_else(|| page.to_report_date(false, vec![said]));
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
    // The speech's delivery line where the header did not read it (run
    // into the line before or after it, set below a page's other text).
    if month_day.is_none() {
        if let Some((date, said)) = session_date_in(&start_of(body)) {
            return date.to_report_date(false, vec![said]);
        }
    }
    let (year, year_evidence) = own_year(title).or_else(|| infer_year(body))?;
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

/// The year the title gives the report: the year after the one a review's
/// heading names (`一、2019年工作回顾`), the year of the draft it submits
/// (`…2022年预算执行情况和2023年预算草案的报告`), else the year it names as
/// its own.
fn own_year(title: Option<&str>) -> Option<(u16, String)> {
    title.and_then(|t| {
        review_year(t)
            .or_else(|| draft_year(t))
            // (30d) `陆“十五五”开局年 李强：2035年人均GDP要比2020年翻一番`: the
            // plan's opening year a title names is its own, not a year of
            // the plan's goal it names as well. Not a year the title names
            // within the plan's five years or before them
            // (`某县2022年政府工作报告——在“十四五”开局年基础上…`), nor a
            // title that looks back on the opening (`回望“十四五”开局年：…`).
            .or_else(|| {
                if ["回望", "回眸", "回顾", "以来"]
                    .iter()
                    .any(|w| t.contains(w))
                {
                    return None;
                }
                let opening = plan_opening_year(t)?;
                let named = title_year(t).map(|(y, _)| y);
                named.is_none_or(|y| y > opening.0 + 4).then_some(opening)
            })
            .or_else(|| title_year(t))
    })
}

/// How many years a posting date must lie after the year the report's own
/// words give before the page is taken for a later copy: a report is often
/// posted the year after the one its title names (`2020年预算执行情况…的报告`
/// and `2021年…常委会工作报告` are given the next spring).
const LATER_COPY_YEARS: u16 = 2;

/// How much of the body's start may hold the session's date of a speech
/// whose delivery line was not read as one.
const SESSION_DATE_REACH: usize = 1200;

/// The start of the body, where a speech's delivery line may stand.
fn start_of(body: &str) -> String {
    body.chars().take(SESSION_DATE_REACH).collect()
}

/// Where the page went up ([`LATER_COPY_YEARS`]) or more after the year the
/// report's own words give, the page is a copy and the report's date is
/// its own: the day it names for its session (`——在2008年1月19日某镇…
/// 人民代表大会…`, stated), else the year its title gives or a role gives
/// in its body (a review's year, a summary's, a plan's opening; not a year
/// that merely stands there, as a news page names years past), inferred.
/// The posting date is kept as evidence.
fn earlier_own_year(
    posted: &PartialDate,
    said: &str,
    title: Option<&str>,
    body: &str,
) -> Option<ReportDate> {
    let posted_year = posted.year?;
    let years_on = |year: u16| year + LATER_COPY_YEARS <= posted_year;
    let posted_note = format!("{said} (posted)");
    if let Some((date, session)) = session_date_in(&start_of(body)) {
        if date.year.is_some_and(years_on) {
            return date.to_report_date(false, vec![session, posted_note]);
        }
    }
    let (year, phrase) = own_year(title)
        .or_else(|| role_year(body))
        .filter(|(year, _)| years_on(*year))?;
    PartialDate {
        year: Some(year),
        month: None,
        day: None,
    }
    .to_report_date(true, vec![phrase, posted_note])
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
    if let Some(title) = title_of_delegated_report(sentence)
        .or_else(|| title_of_disclosure_report(first))
        .or_else(|| title_of_report_made_public(sentence))
    {
        return title;
    }
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

/// What a government body's annual report on the information it disclosed
/// (政府信息公开工作年度报告, a report every government body makes each
/// year in one format) says of itself in its opening sentence: `本年度报告
/// 根据《中华人民共和国政府信息公开条例》…编制`, `根据《…政府信息公开条例》
/// …编制本年度报告`. Other reports open `本报告根据…编制` too (a rule of law
/// report, a department's final accounts): they say no 本年度报告.
const DISCLOSURE_OPENING: &str = "本年度报告";
const DISCLOSURE_SUBJECT: &str = "政府信息公开";
const DISCLOSURE_REPORT: &str = "政府信息公开工作年度报告";
/// How far after `统计期限` the year its figures cover stands
/// (`统计期限自2030年1月1日起`, `统计期限为二〇三〇年…`).
const PERIOD_YEAR_REACH: usize = 4;

/// A disclosure annual report without a title, known by its opening
/// sentence (`本年度报告根据《…政府信息公开条例》…编制`): named as the
/// format names it, with the year its figures cover where the paragraph
/// gives it (`统计期限自2030年1月1日起至2030年12月31日止`):
/// `2030年政府信息公开工作年度报告`.
fn title_of_disclosure_report(paragraph: &str) -> Option<String> {
    let sentence = paragraph
        .split(['。', '！', '？'])
        .next()
        .unwrap_or(paragraph);
    let opens = sentence.starts_with(DISCLOSURE_OPENING)
        || sentence.starts_with("根据") && sentence.contains(DISCLOSURE_OPENING);
    if !opens || !sentence.contains(DISCLOSURE_SUBJECT) {
        return None;
    }
    let year = paragraph.split_once("统计期限").and_then(|(_, rest)| {
        let chars: Vec<char> = rest.chars().collect();
        (0..PERIOD_YEAR_REACH).find_map(|i| {
            let (year, len) = year_digits(chars.get(i..)?)?;
            (chars.get(i + len) == Some(&'年')).then_some(year)
        })
    });
    Some(match year {
        Some(year) => format!("{year}年{DISCLOSURE_REPORT}"),
        None => DISCLOSURE_REPORT.to_string(),
    })
}

/// How a page says it makes public the report it holds, now: `现将X予以
/// 公开`, `现将X公布如下`, `现公开X`, `现公布X`.
const MADE_PUBLIC_LEADS: [&str; 3] = ["现将", "现公开", "现公布"];
const MADE_PUBLIC_VERBS: [&str; 5] = ["予以公开", "予以公布", "予以发布", "公布如下", "公开如下"];
/// Most characters of a report's name so said (an office's long name, the
/// year, the format's name).
const MADE_PUBLIC_NAME_MAX_CHARS: usize = 50;

/// The report an opening sentence says the page makes public, now, in the
/// page's own voice (`根据…条例，现将某某街道办事处2030年度政府信息公开
/// 工作年度报告予以公开`, `现公布某某镇政府信息公开2030年度报告`): its
/// name, where it names a year's report (a year or 年度 in it, 报告 last).
/// News of another body's report (`国家统计局发布《…公报》`) says no 现;
/// `现将有关情况报告如下` names no report; `办公室现公布的某某县…报告` is
/// news of the report another made public, its name after 的.
fn title_of_report_made_public(sentence: &str) -> Option<String> {
    MADE_PUBLIC_LEADS.iter().find_map(|lead| {
        let (_, rest) = sentence.split_once(lead)?;
        let name = if *lead == "现将" {
            MADE_PUBLIC_VERBS
                .iter()
                .find_map(|verb| rest.split_once(verb).map(|(name, _)| name))?
        } else {
            rest.split(['，', ',', '；', ';']).next().unwrap_or(rest)
        };
        let name = name.trim().trim_start_matches('《').trim_end_matches('》');
        let n = name.chars().count();
        let of_a_year = name.contains("年度") || name.contains('年') && year_in(name);
        (name.ends_with("报告")
            && (6..=MADE_PUBLIC_NAME_MAX_CHARS).contains(&n)
            && of_a_year
            && !name.starts_with('的')
            && !name.contains(['，', ',', '：', ':', '《', '》']))
        .then(|| name.to_string())
    })
}

/// Whether `text` holds a year in digits before 年 (`2030年`).
fn year_in(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .any(|i| year_digits(&chars[i..]).is_some_and(|(_, len)| chars.get(i + len) == Some(&'年')))
}

/// How a speech says whom it reports for: `我代表某某县人民检察院`, `我受
/// 某某市人民代表大会常务委员会委托`, and (35) the errand first, the
/// speaker after it, as a standing committee's vice-chair opens: `受某某
/// 人大常委会委托，我向大会报告工作` (only at the sentence's start).
const DELEGATIONS: [(&str, &str); 3] = [("我代表", ""), ("我受", "委托"), ("受", "委托")];
/// An organ's name as a speech says it, the longest (`中国人民政治协商会议
/// 某某县第十届委员会常务委员会`) included.
const DELEGATING_ORGAN_MAX_CHARS: usize = 30;
/// How the names of organs end that no issuing body's line ends with: a
/// court's and a procuratorate's 院, a prefecture's 行政公署.
/// (35) A standing committee by its short name too (`省人大常委会`).
const DELEGATING_ORGAN_ENDS: [&str; 4] = ["院", "公署", "委员会", "常委会"];

/// The report an opening sentence names by whom it is made for and what it
/// does (`我代表某某县人民检察院向大会报告工作`, `我代表某某市人民政府，向
/// 大会作政府工作报告`): that organ's work report (`某某县人民检察院工作报告`).
/// Only a report of work (工作) is named so; an audit's or a budget's
/// report to a standing committee keeps the lead's words.
fn title_of_delegated_report(sentence: &str) -> Option<String> {
    DELEGATIONS.iter().find_map(|(opens, closes)| {
        let (before, rest) = sentence.split_once(opens)?;
        // `受…委托` without 我 before it opens the sentence, 我 after it.
        if *opens == "受" && !before.trim().is_empty() {
            return None;
        }
        let (organ, after) = if closes.is_empty() {
            let at = rest.find(['向', '，', ','])?;
            (&rest[..at], &rest[at..])
        } else {
            // `我受市人民政府的委托`: the organ, and 的 before its errand.
            let (organ, after) = rest.split_once(closes)?;
            (organ.strip_suffix('的').unwrap_or(organ), after)
        };
        let after = after.trim_start_matches(['，', ',']);
        let after = match *opens {
            "受" => after.strip_prefix('我')?,
            _ => after,
        };
        let clause = after.split(['，', ',', '；', ';']).next().unwrap_or(after);
        let n = organ.chars().count();
        let organ_named = (2..=DELEGATING_ORGAN_MAX_CHARS).contains(&n)
            && organ.chars().all(is_han)
            && !organ.starts_with(DEMONSTRATIVES)
            && (is_organ_line(organ) || DELEGATING_ORGAN_ENDS.iter().any(|e| organ.ends_with(e)));
        let reports_work = clause.strip_prefix('向').is_some_and(reports_its_work);
        (reports_work && organ_named).then(|| format!("{organ}工作报告"))
    })
}

/// Words that point at an organ without naming it (`本届政府`).
const DEMONSTRATIVES: [char; 4] = ['本', '这', '该', '此'];
/// Most characters between 报告 and 工作 (`报告过去五年工作`), or 作 and
/// 工作报告 (`作政府工作报告`), in a report of the organ's work.
const WORK_QUALIFIER_MAX_CHARS: usize = 6;

/// Whether the words after 向 (`大会报告工作`, `大会作政府工作报告`) report
/// the organ's work to an assembly, 工作 closing them: a report on a matter
/// (`…报告安全生产工作情况`, `作关于…的审计工作报告`), or one to a
/// standing committee (which hears reports on matters), names no organ's
/// work report.
fn reports_its_work(words: &str) -> bool {
    let Some(at) = words.find(['报', '作']) else {
        return false;
    };
    let (audience, what) = words.split_at(at);
    if audience.contains("常委会") || audience.contains("常务委员会") {
        return false;
    }
    let qualifier = if let Some(rest) = what.strip_prefix("报告") {
        rest.strip_suffix("工作")
    } else if let Some(rest) = what.strip_prefix('作') {
        rest.strip_suffix("工作报告")
    } else {
        None
    };
    qualifier.is_some_and(|q| {
        q.chars().count() <= WORK_QUALIFIER_MAX_CHARS
            && !q.contains("关于")
            && !q.contains('的')
            && !q.contains("情况")
    })
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
