//! The year a text is written in, inferred from what it says, and the
//! year a title names as its own.

use super::review_heading::review_heading_year;
use super::{digit_value, digits_at, valid_year};
use crate::text::numbers;

/// Words before a year that make it a target or a span's end, not the present.
const FORWARD_MARKERS: [char; 9] = ['到', '至', '争', '—', '-', '－', '~', '～', '～'];
/// Words before a year that make it an aside on the past: `早在1994年`.
const ASIDE_BEFORE: [char; 2] = ['早', '在'];
/// What follows a year the text only plans for: `2030年前`, `2035年远景目标`.
const PLAN_SUFFIXES: [&str; 4] = ["前", "远景", "左右", "目标"];

/// The year the text is written in, inferred from what it says, with the
/// phrase that says so. Clues in order of trust:
/// 1. a summary-and-plan title's year summed up
///    (`2022年工作总结和2023年工作思路` is 2022);
/// 2. the year a review looks back on, by its role (`一、2024年工作回顾`,
///    `刚刚过去的2024年` are 2025; `即将过去的2024年` is 2024);
/// 3. a Five-Year Plan's first year, its outline put to the congress
///    (`“九五”计划…纲要的报告` is 1996) or the year called its opening
///    (`“十四五”规划开局之年` is 2021);
/// 4. a party anniversary (`中国共产党成立100周年` is 2021);
/// 5. the latest year mentioned as past or present (`2023年`), skipping
///    targets such as `到2025年` and asides such as `早在1994年`.
pub fn infer_year(text: &str) -> Option<(u16, String)> {
    role_year(text)
        .or_else(|| plan_opening_year(text))
        .or_else(|| anniversary_year(text))
        .or_else(|| latest_year_mentioned(text))
}

/// The first clues of [`infer_year`], those that give the report's own
/// year by the role a year or a plan plays in it (a summary's, a review's,
/// a plan's outline put to the congress, a review's heading as
/// `review_heading.rs` reads it), not by a year a later text may
/// name as well (a plan's opening, an anniversary, the latest year).
pub fn role_year(text: &str) -> Option<(u16, String)> {
    summary_and_plan_year(text)
        .or_else(|| review_year(text))
        .or_else(|| plan_outline_year(text))
        .or_else(|| review_heading_year(text))
}

/// The year a report's title names as its own (`2016年某县人民政府工作报告`,
/// `宁陕县2024年政府工作报告`, `关于2023年度…的报告`, `一九八六年政府工作报告`):
/// the first year in it that is no month's (`2024年1月`), no span's end or
/// start (`2021—2025年`, `2024至2025年`) and no target (`到2035年`,
/// `2030年前`). With the phrase that names it.
pub fn title_year(title: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).find_map(|i| {
        let year = present_year_at(&chars, i)?;
        let month_follows = months_written_at(&chars[i + 5..]);
        // `2024至2025年`, `2024年至2025年`: the span's first year.
        let span_follows = chars
            .get(i + 5)
            .is_some_and(|c| FORWARD_MARKERS.contains(c) || matches!(c, '–' | '至' | '到'));
        (!month_follows && !span_follows).then(|| (year, chars[i..i + 5].iter().collect()))
    })
}

/// How far after its year a draft's word may stand: `2023年国民经济和社会
/// 发展计划草案`.
const DRAFT_WINDOW_CHARS: usize = 16;

/// The year of the draft a title submits (`关于2022年预算执行情况和2023年
/// 预算草案的报告`, `…与2023年计划草案的报告`, `…和今年预算草案的报告`,
/// `一九九八年预算草案`): the report is given in that year, whatever year of
/// account it names first. With the phrase.
pub fn draft_year(title: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = title.chars().collect();
    let draft_at = title.find("草案")?;
    let before = title[..draft_at].chars().count();
    // The last year named before the draft, and how far it stands from it.
    let (at, year) = (0..before)
        .rev()
        .find_map(|i| present_year_at(&chars, i).map(|year| (i, year)))?;
    let between: String = chars[at + 5..before].iter().collect();
    let phrase: String = chars[at..before + 2].iter().collect();
    if between.contains("今年") || between.contains("本年") {
        // `2022年预算执行情况和今年预算草案`: this year is the one after
        // the year of account.
        return Some((year + 1, phrase));
    }
    (between.chars().count() <= DRAFT_WINDOW_CHARS).then_some((year, phrase))
}

/// Months written at the start of `text`, as a date or a period goes on
/// after its year: `1月15日`, `十二月`, `1—6月`, `元月`. A place whose name
/// opens on a numeral (`2023年六安市`, `三亚市`, `九龙坡区`) is no month.
fn months_written_at(text: &[char]) -> bool {
    // Numerals and what joins or parts them: any dash, a tilde, 至 or 到,
    // an enumeration comma (`1、2月`), a space (PDF text, `1 月`).
    let numeral = |c: &&char| {
        digit_value(**c).is_some()
            || numbers::chinese_digit(**c).is_some()
            || c.is_whitespace()
            || matches!(
                c,
                '十' | '元'
                    | '—'
                    | '-'
                    | '–'
                    | '－'
                    | '‐'
                    | '‑'
                    | '−'
                    | '~'
                    | '～'
                    | '至'
                    | '到'
                    | '、'
            )
    };
    let run = text.iter().take_while(numeral).count();
    run > 0 && text.get(run) == Some(&'月')
}

/// A year written at `i` (`2023年`, or `一九五六年` as reports before about
/// 2000 write years) that the text speaks of as past or present: not the
/// tail of a longer number, not a target or a span's end after 到, 至 or a
/// dash (`到2030年`, `2021—2025年`), not a year only planned for
/// (`2030年前`, `2035年远景目标`), not an aside's or a comparison's base
/// (`早在1994年`, `比1997年…更`).
pub(super) fn present_year_at(chars: &[char], i: usize) -> Option<u16> {
    let before = i.checked_sub(1).map(|b| chars[b]);
    if before.is_some_and(|c| digit_value(c).is_some() || numbers::chinese_digit(c).is_some()) {
        return None;
    }
    let (year, 4) = digits_at(chars, i).or_else(|| numbers::year_digits(&chars[i..]))? else {
        return None;
    };
    if chars.get(i + 4) != Some(&'年') || !valid_year(year) {
        return None;
    }
    if before.is_some_and(|c| FORWARD_MARKERS.contains(&c) || matches!(c, '–' | '至' | '到')) {
        return None;
    }
    // `早在1994年9月`: an aside on how long ago something began;
    // `比1997年…更严峻`: a base to compare with.
    if chars[..i].ends_with(&ASIDE_BEFORE) || before == Some('比') {
        return None;
    }
    let after: String = chars[(i + 5).min(chars.len())..(i + 7).min(chars.len())]
        .iter()
        .collect();
    (!PLAN_SUFFIXES.iter().any(|s| after.starts_with(s))).then_some(year as u16)
}

/// How far after its year the review's words may stand: `2024年工作回顾`,
/// `2025年和“十四五”时期工作回顾`.
const REVIEW_WINDOW_CHARS: usize = 9;

/// Words before a year that say the report looks back on it, and how many
/// years later the report is given: the year just past (`刚刚过去的2018年`,
/// `过去的2018年`) is the next year's report's; the year about to pass
/// (`即将过去的2003年`) is reviewed in its last weeks.
const PASSING_YEAR: [(&str, u16); 2] = [("即将过去的", 0), ("过去的", 1)];

/// The year a report looks back on by the role the text gives it, and the
/// year the report is given in: a review's heading (`一、2024年工作回顾`,
/// `一九八六年的主要工作情况`) or the year just past (`刚刚过去的2018年`)
/// is the year before the report's, the year about to pass
/// (`即将过去的2003年`) the report's own. With the phrase that says so.
pub fn review_year(text: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|i| {
        let year = present_year_at(&chars, i)?;
        let before: String = chars[i.saturating_sub(5)..i].iter().collect();
        let after: String = chars[i + 5..(i + 5 + REVIEW_WINDOW_CHARS + 4).min(chars.len())]
            .iter()
            .collect();
        // The year itself is spoken of (`过去的2018年，…`, `…年里`), not a
        // thing of it (`是过去的2012年的两倍`).
        let spoken_of = chars
            .get(i + 5)
            .is_none_or(|c| matches!(c, '，' | ',' | '。' | '里' | '是' | '中' | ' '));
        let passing = PASSING_YEAR
            .iter()
            .filter(|_| spoken_of)
            .find(|(words, _)| before.ends_with(words))
            .map(|(words, later)| (*later, format!("{words}{}", chars_from(&chars, i, 5))));
        let reviewed = reviews_year(&after).map(|len| (1, chars_from(&chars, i, 5 + len)));
        let (later, phrase) = passing.or(reviewed)?;
        Some((year + later, phrase))
    })
}

/// The words after a year (`年` included) that make it the year a review
/// looks back on, with how many characters they take: `工作回顾` a few
/// words on (`和“十四五”时期工作回顾`), or the work's account
/// (`的主要工作情况`, `工作完成情况`) right after it.
fn reviews_year(after: &str) -> Option<usize> {
    let chars = |s: &str| s.chars().count();
    if let Some(at) = after.find("工作回顾") {
        // A span's review (`2017年以来工作回顾`, `2018—2022年工作回顾`)
        // looks back on more than the year before the report.
        let between = &after[..at];
        let span = between.contains("以来") || between.contains(['至', '到', '—', '–', '-', '－']);
        let len = chars(between);
        return (len <= REVIEW_WINDOW_CHARS && !span).then_some(len + 4);
    }
    let rest = after.strip_prefix('的').unwrap_or(after);
    let rest = rest.strip_prefix("主要").unwrap_or(rest);
    let account = ["工作情况", "工作完成情况"]
        .iter()
        .find(|words| rest.starts_with(*words))?;
    Some(chars(after) - chars(rest) + chars(account))
}

/// `len` characters of `chars` from `at` (fewer at the text's end).
fn chars_from(chars: &[char], at: usize, len: usize) -> String {
    chars[at..(at + len).min(chars.len())].iter().collect()
}

/// A document that sums up a year and plans the next in one title
/// (`2022年工作总结和2023年工作思路`): the year summed up, as the document is
/// written at that year's end. With the phrase that says so.
fn summary_and_plan_year(text: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|i| {
        let year = present_year_at(&chars, i)?;
        let after = chars_from(&chars, i + 5, SUMMARY_WINDOW_CHARS);
        let at = after.find("总结")?;
        let join = after[at + "总结".len()..].chars().next()?;
        let next_at = i + 5 + after[..at].chars().count() + 3;
        let joined = SUMMARY_JOINS.contains(&join) && next_at < chars.len();
        (joined && present_year_at(&chars, next_at) == Some(year + 1))
            .then(|| (year, chars_from(&chars, i, next_at + 5 - i)))
    })
}

/// How far after its year `总结` may stand in a summary-and-plan title
/// (`2022年度工作总结`).
const SUMMARY_WINDOW_CHARS: usize = 6;
/// What joins a year's summary to the next year's plan.
const SUMMARY_JOINS: [char; 5] = ['和', '及', '暨', '与', '、'];

/// The Five-Year Plans by the names reports give them (`“九五”`,
/// `第十一个五年`), and the year each opened: the year its outline was
/// put to the congress.
const PLAN_NUMERALS: [(&str, u16); 16] = [
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十二五", 2011),
    ("十一五", 2006),
    ("“十五”", 2001),
    ("九五", 1996),
    ("八五", 1991),
    ("七五", 1986),
    ("第七个五年", 1986),
    ("第八个五年", 1991),
    ("第九个五年", 1996),
    ("第十个五年", 2001),
    ("第十一个五年", 2006),
    ("第十二个五年", 2011),
    ("第十三个五年", 2016),
];

/// What makes a plan's name date the text to the plan's first year, and
/// how far after the name it may stand: the year called the plan's opening
/// (`“十四五”规划开局之年`), which a later text may look back on too.
/// (30d) As traditional copies write them (`「十五五」開局年`), and a plan
/// said to open (`十五五規劃開年`, `“十四五”规划开年`).
const PLAN_OPENING_MARKERS: [(&str, usize); 6] = [
    ("开局之年", 14),
    ("开局年", 14),
    ("開局之年", 14),
    ("開局年", 14),
    ("规划开年", 14),
    ("規劃開年", 14),
];

/// The plan's outline put to the congress (`第十一个五年规划纲要（草案）`,
/// `“九五”计划及2010年远景目标纲要的报告`), as only the report of the
/// plan's first year does.
const PLAN_OUTLINE_MARKERS: [(&str, usize); 3] =
    [("纲要（草案）", 22), ("纲要(草案)", 22), ("纲要的报告", 22)];

/// The first year of a plan the text calls its opening (`“十四五”开局之年`).
pub fn plan_opening_year(text: &str) -> Option<(u16, String)> {
    plan_year(text, &PLAN_OPENING_MARKERS)
}

fn plan_outline_year(text: &str) -> Option<(u16, String)> {
    plan_year(text, &PLAN_OUTLINE_MARKERS)
}

/// The first year of a plan the text names with one of `markers` after it.
fn plan_year(text: &str, markers: &[(&str, usize)]) -> Option<(u16, String)> {
    for (plan, first_year) in PLAN_NUMERALS {
        for (at, _) in text.match_indices(plan) {
            // `一九九五年` holds `九五`: a year, no plan.
            let in_a_number = text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| numbers::chinese_digit(c).is_some() || c.is_ascii_digit());
            if in_a_number {
                continue;
            }
            for &(marker, reach) in markers {
                let window: String = text[at..].chars().take(reach).collect();
                if let Some(end) = window.find(marker) {
                    return Some((first_year, window[..end + marker.len()].to_string()));
                }
            }
        }
    }
    None
}

fn anniversary_year(text: &str) -> Option<(u16, String)> {
    let marker = "周年";
    for (at, _) in text.match_indices(marker) {
        let before: Vec<char> = text[..at].chars().collect();
        let mut start = before.len();
        while start > 0 && before[start - 1].is_ascii_digit() {
            start -= 1;
        }
        let Ok(n) = before[start..].iter().collect::<String>().parse::<u16>() else {
            continue;
        };
        let context: String = before[start.saturating_sub(8)..start].iter().collect();
        if context.contains("成立") && (context.contains("党") || context.contains("共产")) {
            let phrase: String =
                before[start.saturating_sub(8)..].iter().collect::<String>() + marker;
            return Some((1921 + n, phrase));
        }
    }
    None
}

fn latest_year_mentioned(text: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut best: Option<(u16, String)> = None;
    for i in 0..chars.len() {
        let Some(year) = present_year_at(&chars, i) else {
            continue;
        };
        if best.as_ref().is_none_or(|(y, _)| year > *y) {
            let end = (i + 12).min(chars.len());
            best = Some((year, chars[i..end].iter().collect()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_names_its_own_year_not_a_month_a_span_or_a_target() {
        let year = |t: &str| title_year(t).map(|(y, _)| y);
        assert_eq!(year("2016年某县人民政府工作报告"), Some(2016));
        assert_eq!(year("宁陕县2024年政府工作报告"), Some(2024));
        assert_eq!(year("关于2023年度县级预算执行的审计工作报告"), Some(2023));
        assert_eq!(year("一九八六年政府工作报告"), Some(1986));
        assert_eq!(year("2024年工作总结和2025年工作计划"), Some(2024));
        // A place whose name opens on a numeral is no month.
        assert_eq!(year("2023年六安市人民政府工作报告"), Some(2023));
        assert_eq!(year("2023年三亚市政府工作报告"), Some(2023));
        assert_eq!(year("2022年九龙坡区政府工作报告"), Some(2022));
        assert_eq!(year("2024年一季度经济运行情况"), Some(2024));
        assert_eq!(year("2024年十二月份工作总结"), None);
        assert_eq!(year("2008年元月县委工作会议讲话"), None);
        assert_eq!(year("2024年1—6月预算执行情况"), None);
        // However the months are parted or spaced.
        for title in [
            "2023年1-6月全县经济运行情况的报告",
            "2023年1－6月全县经济运行情况的报告",
            "2023年１－６月全县经济运行情况的报告",
            "2024年1、2月份工作总结",
            "2023年1 月份工作总结",
        ] {
            assert_eq!(year(title), None, "{title}");
        }
        // A day, a span, a target: none is the report's year.
        assert_eq!(year("2024年1月15日县政府常务会议纪要"), None);
        assert_eq!(
            year("某县国民经济和社会发展第十五个五年规划（2026—2030年）"),
            None
        );
        assert_eq!(year("2021-2025年乡村振兴规划"), None);
        assert_eq!(year("某县到2035年远景目标纲要"), None);
        assert_eq!(year("力争2030年前实现碳达峰"), None);
        assert_eq!(year("政府工作报告"), None);
    }

    #[test]
    fn a_draft_a_title_submits_is_of_the_year_it_is_given_in() {
        let year = |t: &str| draft_year(t).map(|(y, _)| y);
        assert_eq!(
            year("关于某某县2022年预算执行情况和2023年预算草案的报告"),
            Some(2023)
        );
        assert_eq!(
            year(
                "关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
            ),
            Some(2023)
        );
        assert_eq!(year("2024年预算草案"), Some(2024));
        assert_eq!(year("关于2022年预算执行情况的报告"), None);
        assert_eq!(year("2023年政府工作报告（草案）"), Some(2023));
        assert_eq!(
            year("关于一九九七年预算执行情况和一九九八年预算草案的报告"),
            Some(1998)
        );
        assert_eq!(
            year("关于2022年预算执行情况和今年预算草案的报告"),
            Some(2023)
        );
        assert_eq!(year("某某县2023年政府工作报告"), None);
    }

    #[test]
    fn infers_year_from_plan_anniversary_or_mentions() {
        for (text, year) in [
            ("在“十四五”规划开局之年,以开局", Some(2021)),
            ("庆祝中国共产党成立100周年！", Some(2021)),
            ("入选2023年省优选项目,2019年以来", Some(2023)),
            ("到2025年实现,2022年完成", Some(2022)),
            ("没有年份", None),
            ("2025年完成，2030年前碳达峰，2035年远景目标", Some(2025)),
            ("实施2011-2020年扶贫纲要，2010年增长", Some(2010)),
            ("一、2018年工作回顾\n2020年全面建成小康社会", Some(2019)),
            ("一九五六年，产值比一九五五年增长", Some(1956)),
            ("一九九五年完成，到二〇〇〇年实现", Some(1995)),
        ] {
            assert_eq!(infer_year(text).map(|y| y.0), year, "{text}");
        }
    }

    #[test]
    fn the_role_of_a_year_in_its_sentence_says_which_year_the_report_is() {
        for (text, year) in [
            // A review's heading or the year just past: the next year's.
            ("一、一九九一年的主要工作情况\n一九九一年，全市", Some(1992)),
            ("一、2023年工作完成情况\n2023年，全县", Some(2024)),
            ("各位代表，刚刚过去的2018年，是我县", Some(2019)),
            ("在过去的2018年里，我们", Some(2019)),
            // The year about to pass: reviewed in its last weeks.
            ("即将过去的2003年，是农业丰收的一年", Some(2003)),
            // A summary and the next year's plan: the year summed up.
            (
                "某区2022年工作总结和2023年工作思路\n2023年，我们将",
                Some(2022),
            ),
            ("2021年度工作总结及2022年工作计划", Some(2021)),
            // An aside on the past weighs nothing.
            ("早在1994年9月，省委就着手准备", None),
            ("早在1994年9月着手，1996年是开局之年", Some(1996)),
            ("1995年，困难比1997年更严峻", Some(1995)),
            // A plan's outline put to the congress: the plan's first year.
            (
                "作关于“九五”计划及2010年远景目标纲要的报告。早在1994年9月",
                Some(1996),
            ),
            (
                "请连同《某市第十一个五年规划纲要（草案）》一并审议",
                Some(2006),
            ),
            ("“十四五”规划纲要实施中期评估的报告，2023年", Some(2023)),
            ("一九九五年远景目标纲要的报告", None),
            // A span's review, and a thing of a past year, date nothing by
            // their role.
            ("产量是过去的2012年的两倍", Some(2012)),
            // A plan's year stays the plan's: no review, no summary.
            ("二、2024年主要工作安排", Some(2024)),
            ("2022年工作总结", Some(2022)),
        ] {
            assert_eq!(infer_year(text).map(|y| y.0), year, "{text}");
        }
        for span in ["一、2017年以来工作回顾", "一、2018—2022年工作回顾"] {
            assert_eq!(role_year(span), None, "{span}");
        }
        let (_, phrase) = infer_year("各位代表，刚刚过去的2018年，是").unwrap();
        assert_eq!(phrase, "过去的2018年");
        let (_, phrase) = infer_year("一、一九九一年的主要工作情况").unwrap();
        assert_eq!(phrase, "一九九一年的主要工作情况");
    }

    #[test]
    fn evidence_is_the_phrase() {
        let (_, phrase) = infer_year("在“十四五”规划开局之年,以开局").unwrap();
        assert!(
            phrase.contains("十四五") && phrase.contains("开局之年"),
            "{phrase}"
        );
    }
}
