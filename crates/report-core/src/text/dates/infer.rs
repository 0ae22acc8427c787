//! The year a text is written in, inferred from what it says, and the
//! year a title names as its own.

use super::{digit_value, digits_at, valid_year};
use crate::text::numbers;

/// Words before a year that make it a target or a span's end, not the present.
const FORWARD_MARKERS: [char; 9] = ['到', '至', '争', '—', '-', '－', '~', '～', '～'];
/// What follows a year the text only plans for: `2030年前`, `2035年远景目标`.
const PLAN_SUFFIXES: [&str; 4] = ["前", "远景", "左右", "目标"];

/// The year the text is written in, inferred from what it says, with the
/// phrase that says so. Clues in order of trust:
/// 1. a Five-Year Plan's opening year (`“十四五”规划开局之年` is 2021);
/// 2. a party anniversary (`中国共产党成立100周年` is 2021);
/// 3. the latest year mentioned as past or present (`2023年`), skipping
///    targets such as `到2025年`.
pub fn infer_year(text: &str) -> Option<(u16, String)> {
    plan_opening_year(text)
        .or_else(|| anniversary_year(text))
        .or_else(|| review_year(text))
        .or_else(|| latest_year_mentioned(text))
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
        let month_follows = chars
            .get(i + 5)
            .is_some_and(|c| digit_value(*c).is_some() || numbers::chinese_digit(*c).is_some());
        // `2024至2025年`, `2024年至2025年`: the span's first year.
        let span_follows = chars
            .get(i + 5)
            .is_some_and(|c| FORWARD_MARKERS.contains(c) || matches!(c, '–' | '至' | '到'));
        (!month_follows && !span_follows).then(|| (year, chars[i..i + 5].iter().collect()))
    })
}

/// A year written at `i` (`2023年`, or `一九五六年` as reports before about
/// 2000 write years) that the text speaks of as past or present: not the
/// tail of a longer number, not a target or a span's end after 到, 至 or a
/// dash (`到2030年`, `2021—2025年`), not a year only planned for
/// (`2030年前`, `2035年远景目标`).
fn present_year_at(chars: &[char], i: usize) -> Option<u16> {
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
    let after: String = chars[(i + 5).min(chars.len())..(i + 7).min(chars.len())]
        .iter()
        .collect();
    (!PLAN_SUFFIXES.iter().any(|s| after.starts_with(s))).then_some(year as u16)
}

/// How far before "回顾" the reviewed year may stand: `2024年工作回顾`,
/// `2025年和“十四五”时期工作回顾`.
const REVIEW_WINDOW_CHARS: usize = 14;

/// A report that reviews a year's work is written the year after:
/// `一、2024年工作回顾` is 2025's report.
fn review_year(text: &str) -> Option<(u16, String)> {
    for (at, _) in text.match_indices("工作回顾") {
        let before: Vec<char> = text[..at].chars().collect();
        let window = &before[before.len().saturating_sub(REVIEW_WINDOW_CHARS)..];
        let found = (0..window.len()).find_map(|i| {
            let (year, 4) = digits_at(window, i)? else {
                return None;
            };
            let starts_number = i == 0 || digit_value(window[i - 1]).is_none();
            (starts_number && window.get(i + 4) == Some(&'年') && valid_year(year))
                .then_some((i, year))
        });
        if let Some((i, year)) = found {
            let phrase: String = window[i..].iter().collect::<String>() + "工作回顾";
            return Some((year as u16 + 1, phrase));
        }
    }
    None
}

const PLAN_NUMERALS: [(&str, u16); 4] = [
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十二五", 2011),
];

fn plan_opening_year(text: &str) -> Option<(u16, String)> {
    for (plan, first_year) in PLAN_NUMERALS {
        let Some(at) = text.find(plan) else { continue };
        let window: String = text[at..].chars().take(14).collect();
        for marker in ["开局之年", "开局年"] {
            if let Some(end) = window.find(marker) {
                return Some((first_year, window[..end + marker.len()].to_string()));
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
    fn evidence_is_the_phrase() {
        let (_, phrase) = infer_year("在“十四五”规划开局之年,以开局").unwrap();
        assert!(
            phrase.contains("十四五") && phrase.contains("开局之年"),
            "{phrase}"
        );
    }
}
