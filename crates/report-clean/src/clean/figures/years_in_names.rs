//! Years and spans of time in the words before a figure (`连续8年`,
//! `1-5月份`, `2012年底`, `从2007年底的`, `一九八○`): they say when or for
//! how long, never what is measured, so a name drops them.

use super::byte_index;
use super::year_words::last_years_at;
use report_core::text::numbers::year_digits;

/// `群众安全感连续8年保持在98%以上`: how many years running says how long,
/// not what is measured.
pub(super) fn strip_running_years(text: &str) -> &str {
    let Some(before_years) = text.strip_suffix('年') else {
        return text;
    };
    let count = before_years
        .trim_end_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    if count.len() == before_years.len() {
        return text;
    }
    // `高新技术企业数3年翻一番`: a few years, said right after the subject,
    // are how long the change took.
    // Not years counted from a point (`比前五年`, `比上一年`, `近3年`, `第2年`).
    let few_years = before_years.chars().count() - count.chars().count() <= 2
        && !count.ends_with(['前', '上', '个', '近', '后', '每', '这', '头', '第']);
    count
        .strip_suffix("连续")
        .or_else(|| Some(count).filter(|_| few_years))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(text)
}

/// `五年`, `10年`, `五年内`: a number of years and nothing else.
/// `提前一年实现…`: how early, said as a number of years, names nothing either.
pub(super) fn is_count_of_years(text: &str) -> bool {
    // `五年来年均增长6%`: over the years, as within them.
    let text = text.strip_suffix(['内', '来']).unwrap_or(text);
    let text = text.strip_prefix("提前").unwrap_or(text);
    text.strip_suffix('年').is_some_and(|n| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
    })
}

/// Drops a leading `1-5月份` / `1至4月`.
pub(super) fn strip_month_range(text: &str) -> &str {
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '—' | '至' | '～')))
        .unwrap_or(text.len());
    if digits_end == 0 {
        return text;
    }
    let rest = &text[digits_end..];
    rest.strip_prefix("月份")
        .or_else(|| rest.strip_prefix('月').map(without_a_day))
        .unwrap_or(text)
}

/// (28h) `3月31日全区户籍人口`: the day after the month goes with it (a
/// day of one or two digits, 1 to 31); not 日 that opens a word without
/// digits (`3月日均客流量`).
fn without_a_day(rest: &str) -> &str {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let day = rest[..digits].parse::<u8>().ok();
    match rest[digits..].strip_prefix('日') {
        Some(after) if (1..=2).contains(&digits) && day.is_some_and(|d| (1..=31).contains(&d)) => {
            after
        }
        _ => rest,
    }
}

/// (24g) `三箭项目1-12月份累计完成投资`: a span of months inside a name, with
/// words of it on both sides, says when, not what; the name drops it (the
/// figure's period has it).
pub(super) fn without_inner_months(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let han = |k: usize| {
        chars
            .get(k)
            .is_some_and(|c| report_core::text::fold::is_han(*c))
    };
    for start in 1..chars.len() {
        if !(han(start - 1) && chars[start].is_ascii_digit()) {
            continue;
        }
        let rest: String = chars[start..].iter().collect();
        let span = strip_month_range(&rest);
        let dropped = rest.chars().count() - span.chars().count();
        let ranged = chars[start..start + dropped]
            .iter()
            .any(|c| matches!(c, '-' | '—' | '至' | '～'));
        if dropped > 0 && ranged && han(start + dropped) {
            return chars[..start].iter().collect::<String>() + span;
        }
    }
    name.to_string()
}

/// Points in time a move starts or ends at (`从2007年底的`, `到去年底的`).
const RELATIVE_YEARS: [&str; 4] = ["上一年", "去年", "上年", "今年"];

/// `资本充足率从2007年底`, `到去年底`: the time point a move starts or ends
/// at, with its `从`/`到`, at the end of the words before a figure; where
/// the point starts, if there is one.
pub(super) fn time_point_at_end(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut n = chars.len();
    if n > 0 && matches!(chars[n - 1], '底' | '末' | '初') {
        n -= 1;
    }
    let tail: String = chars[..n].iter().collect();
    let start = if let Some(w) = RELATIVE_YEARS.iter().find(|w| tail.ends_with(**w)) {
        n - w.chars().count()
    } else if n >= 5 && chars[n - 1] == '年' && year_digits(&chars[n - 5..]).is_some() {
        n - 5
    } else {
        return None;
    };
    // Only a point in time after a move's word, or all the words.
    let start = match start {
        0 => 0,
        k if matches!(chars[k - 1], '从' | '由' | '到' | '至') => k - 1,
        _ => return None,
    };
    Some(byte_index(text, start))
}

/// `国内生产总值由“九五”期末`: where a move starts, the end of a plan period
/// in quotation marks after its `由`/`从`, at the end of the words before a
/// figure; where the words of the point start. (Not a time point a move's
/// span is placed by: the plan's end is no year before the span.)
pub(super) fn plan_end_at_end(text: &str) -> Option<usize> {
    let plan = text.strip_suffix("”期末")?;
    let open = plan.rfind('“')?;
    let from = plan[..open].strip_suffix(['由', '从'])?;
    (plan[open..].chars().count() <= 5).then_some(from.len())
}

/// Drops a year at either end (`增长到2025年`, `2025年人均生产总值`), in
/// Arabic or Chinese numerals, with the comparison it is the base of
/// (`比一九五五年`).
pub(super) fn strip_year(text: &str) -> &str {
    let chars: Vec<char> = text.chars().collect();
    let is_year = |at: usize| chars.get(at..).and_then(year_digits).is_some();
    let n = chars.len();
    let byte_at = |k: usize| text.char_indices().nth(k).map_or(text.len(), |(b, _)| b);
    if n >= 5 && chars[n - 1] == '年' && is_year(n - 5) {
        // `农业总产值比一九六四年`: the comparison goes with its base year.
        let to = if n > 5 && matches!(chars[n - 6], '比' | '较') {
            n - 6
        } else {
            n - 5
        };
        return &text[..byte_at(to)];
    }
    if n > 5 && chars[4] == '年' && is_year(0) {
        // `2012年底已达到`: the year's end or start goes with the year.
        let to = if matches!(chars[5], '底' | '末' | '初') {
            6
        } else {
            5
        };
        return &text[byte_at(to)..];
    }
    text
}

/// `一九八○`, `2020年`: a year alone, which names nothing; also a year a
/// template or a copy masked (`XX年`, `20××年`).
pub(super) fn is_a_year(name: &str) -> bool {
    let chars: Vec<char> = name.trim_end_matches('年').chars().collect();
    let masked = |c: &char| matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '*' | '＊');
    let masked_year = name.ends_with('年')
        && (2..=4).contains(&chars.len())
        && chars.iter().any(masked)
        && chars.iter().all(|c| masked(c) || c.is_ascii_digit());
    masked_year || (chars.len() == 4 && year_digits(&chars).is_some())
}

/// `近三年淘汰落后产能`, `两年来新建…`, `在校生总数三年来`: the last few
/// years (the figure's period) at either end of a name are no part of it.
pub(super) fn strip_last_years(text: &str) -> &str {
    let chars: Vec<char> = text.chars().collect();
    let lead = chars.strip_prefix(&['在']).map_or(0, |_| 1);
    if let Some((_, end)) = last_years_at(&chars, lead) {
        return &text[byte_index(text, end)..];
    }
    (2..chars.len())
        .find(|&k| last_years_at(&chars, k).is_some_and(|(_, end)| end == chars.len()))
        .map_or(text, |k| &text[..byte_index(text, k)])
}

/// Words before a number of years that make it a span ahead or behind
/// (`今后五年`, `未来五年`, `这五年`, `过去五年`).
const SPAN_OPENERS: [&str; 4] = ["今后", "未来", "过去", "这"];
/// Counts of years a span opening a name is given in.
const FEW_YEARS: [&str; 11] = ["两", "二", "三", "四", "五", "十", "2", "3", "4", "5", "10"];
/// What after `N年` makes it part of a name (`三年行动`, `五年计划`, `五年规划`,
/// `三年攻坚`, `五年级`, `五年期`), or a span of its own (`五年来`, `五年内`).
/// Or a point or span read elsewhere (`五年内`, `五年来`, `2012年底`).
const AFTER_YEARS_IN_A_NAME: [char; 18] = [
    '行', '计', '规', '攻', '级', '期', '制', '的', '内', '来', '间', '中', '里', '后', '以', '底',
    '末', '初',
];

/// `钢产量前三年`, `棉纱产量头两年`: the first few years of a plan closing a
/// name are when, not what (the span itself is read, or not, elsewhere).
pub(super) fn strip_first_years_at_end(text: &str) -> &str {
    let Some(rest) = text.strip_suffix('年') else {
        return text;
    };
    let Some(rest) = FEW_YEARS.iter().find_map(|n| rest.strip_suffix(n)) else {
        return text;
    };
    ["前", "头"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .filter(|name| name.chars().count() >= 2)
        .unwrap_or(text)
}

/// `五年转移农村人口`, `今后五年国内生产总值`, `五年累计完成…`: a span of years
/// (the figure's period) opening a name is no part of it.
pub(super) fn strip_years_opening(text: &str) -> &str {
    let rest = SPAN_OPENERS
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text);
    // A few years or a decade, the spans reviews and plans cover; not a
    // year (`2012年`) nor a schooling's (`九年义务教育`).
    let Some(count) = FEW_YEARS
        .iter()
        .find(|n| rest.starts_with(**n))
        .map(|n| n.len())
    else {
        return text;
    };
    // `五年间全国共引进…`, `五年来新建…`: a span of its own, with its word.
    let after = rest[count..].strip_prefix('年').map(|after| {
        after
            .strip_prefix(['间', '来', '内'])
            .filter(|rest| rest.chars().count() >= 2)
            .unwrap_or(after)
    });
    match after {
        Some(after) if after.chars().count() >= 2 && !after.starts_with(AFTER_YEARS_IN_A_NAME) => {
            after
        }
        _ => text,
    }
}
