//! Today's date and weather in a page's widget, and a clock time alone on
//! its line.

use report_core::text::dates::find_full_date;
use report_core::text::fold::fold;

use super::widgets::WIDGET_MAX_CHARS;

/// What a weather and date widget shows besides the date: the weekday and
/// the sky.
const WIDGET_DAY_AND_SKY: [&str; 13] = [
    "星期",
    "周",
    "今天是",
    "农历",
    "晴",
    "多云",
    "阴",
    "小雨",
    "中雨",
    "大雨",
    "雨",
    "雪",
    "转",
];

/// `2026年2月1日 星期日 晴 -3℃~5℃`: today's date and weather, standing
/// alone. A date with its weekday and nothing else is a widget only if
/// it also says the sky or a temperature, or calls itself today.
pub fn is_date_widget(text: &str) -> bool {
    let folded = fold(text);
    if folded.chars().count() > WIDGET_MAX_CHARS {
        return false;
    }
    let weather = folded.contains('℃') || folded.contains("今天是");
    let mut rest = match find_full_date(&folded) {
        Some((_, said)) => folded.replacen(&said, "", 1),
        None => folded.clone(),
    };
    for word in WIDGET_DAY_AND_SKY {
        rest = rest.replace(word, "");
    }
    let leftover = rest.chars().filter(|c| {
        !(c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(
                c,
                '℃' | '~'
                    | '～'
                    | '-'
                    | '/'
                    | ':'
                    | '|'
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '日'
                    | '天'
                    | '年'
                    | '月'
            ))
    });
    weather && leftover.count() == 0
}

/// A clock time alone on its line (`09:05`, `10:30:15`): a live report's
/// stamp of the post under it, as a page's time is its metadata; never a
/// heading of the report.
pub(super) fn is_clock_time(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split([':', '：']).collect();
    let number = |p: &str, max: u32| {
        (1..=2).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| n <= max)
    };
    (2..=3).contains(&parts.len())
        && number(parts[0], 23)
        && parts[1..].iter().all(|p| p.len() == 2 && number(p, 59))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_and_weather_widgets() {
        assert!(is_date_widget("2026年2月1日 星期日 晴 -3℃~5℃"));
        assert!(is_date_widget("今天是：2026年2月1日 星期日"));
        assert!(!is_date_widget("2026年2月1日 星期日"));
        assert!(!is_date_widget("发布时间：2026-02-01"));
        assert!(!is_date_widget("气温最低达到-3℃，全县启动防寒预案。"));
    }
}
