//! The year a review looks back on, read from the review's heading where
//! the heading is not one [`super::review_year`] knows: the year's work
//! named without 回顾 (`2025年主要工作`), or the year just past named
//! without its number (`过去一年的主要工作`) over a first line that opens
//! on it (`2025年是…之年`).

use super::infer::present_year_at;
use crate::text::layout::has_sentence_end;

/// Most characters of a heading that names the year just past without its
/// number (`过去一年的主要工作`, `一年来的工作回顾`).
const PAST_YEAR_HEADING_MAX_CHARS: usize = 12;
/// How such a heading opens: the one year just past, not five
/// (`过去五年工作回顾`).
const PAST_YEAR_OPENINGS: [&str; 3] = ["过去一年", "过去的一年", "一年来"];

/// The year the report is given in, one after the year its review's
/// heading looks back on, with the heading's words:
/// - a line that is only a year's main work (`2025年主要工作`, `一、2025年
///   的主要工作`) right under the speech's opening: only its salutation
///   (`各位代表：`) and its errand (`现在，我代表…向大会报告工作，请予审
///   议`) above it, no year written there. A review opens the report, so
///   a plan's heading (`二、2026年主要工作`) stands below the review, named
///   or not (`过去的一年，全区…`), and a plan's page opens on its own lead
///   (`现将今年…工作安排如下`); a plan's task list (`2026年主要工作任务`)
///   is more than the year's work;
/// - a line naming the year just past without its number
///   (`过去一年的主要工作`) whose next line opens on a year spoken of
///   (`2025年是…`, `2025年，…`): that year is the one reviewed. A line
///   opening on a span (`2021年以来`) or a heading of five years
///   (`过去五年工作回顾`) names no year just past.
pub(super) fn review_heading_year(text: &str) -> Option<(u16, String)> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        let bare = without_outline_number(line);
        if let Some(year) = year_of_its_work(bare) {
            let opening = &lines[..i];
            let reviews = lines.get(i + 1).is_some_and(|n| looks_back_on(n, year));
            if reviews
                && !opening.is_empty()
                && opening
                    .iter()
                    .all(|l| opens_the_speech(l) && !names_a_year(l))
            {
                return Some((year + 1, line.to_string()));
            }
            continue;
        }
        if names_the_year_past(bare) {
            let next = lines.get(i + 1)?;
            let year = year_spoken_of(next)?;
            let said: String = next.chars().take(5).collect();
            return Some((year + 1, format!("{line} {said}")));
        }
    }
    None
}

/// The year a line opens on, spoken of (`2025年是…`, `2025年，…`), not a
/// span (`2025年以来`) or a date (`2025年1月`), and (review) not ahead:
/// its first clause saying what the year will do (`2026年，全县将…`), or
/// its first sentence naming this year (`…之年，做好今年工作…`), opens a
/// plan.
fn year_spoken_of(line: &str) -> Option<u16> {
    let chars: Vec<char> = line.chars().collect();
    let year = present_year_at(&chars, 0)?;
    let spoken_of = chars
        .get(5)
        .is_some_and(|c| matches!(c, '是' | '，' | ',' | ' '));
    let rest: String = chars[5..].iter().collect();
    let rest = rest.trim_start_matches(['，', ',', ' ']);
    let sentence = rest.split(['。', '；', ';']).next().unwrap_or(rest);
    let clause = sentence.split(['，', ',']).next().unwrap_or(sentence);
    let ahead = clause.contains('将') || THIS_YEAR.iter().any(|w| sentence.contains(w));
    (spoken_of && !ahead).then_some(year)
}

/// How a plan names the year it is given in.
const THIS_YEAR: [&str; 3] = ["今年", "本年", "新的一年"];

/// (review) Whether a year's main work's first line looks back on that
/// year: it opens on the year spoken of (`2025年，全院…`) or on the year
/// just past (`一年来，…`), as a review does; a plan's opens on its tasks
/// or on this year (`今年是…`, `一、着力扩大…`).
fn looks_back_on(line: &str, year: u16) -> bool {
    year_spoken_of(line) == Some(year) || PAST_YEAR_OPENINGS.iter().any(|o| line.starts_with(o))
}

/// The year of a line that is only that year's main work: `2025年主要工作`,
/// `2025年的主要工作`.
fn year_of_its_work(line: &str) -> Option<u16> {
    let chars: Vec<char> = line.chars().collect();
    let year = present_year_at(&chars, 0)?;
    let rest: String = chars[5..].iter().collect();
    let rest = rest.strip_prefix('的').unwrap_or(&rest);
    (rest == "主要工作").then_some(year)
}

/// Whether a line names the year just past without its number:
/// `过去一年的主要工作`, `过去一年工作回顾`, `一年来的主要工作`.
fn names_the_year_past(line: &str) -> bool {
    line.chars().count() <= PAST_YEAR_HEADING_MAX_CHARS
        && PAST_YEAR_OPENINGS.iter().any(|o| line.starts_with(o))
        && line.contains("工作")
        && !line.contains(['，', ','])
        && !has_sentence_end(line)
}

/// A line of a speech's opening: its salutation (`各位代表：`, `尊敬的…`) or
/// its errand, which asks for the assembly's review (`…请予审议`).
fn opens_the_speech(line: &str) -> bool {
    line.starts_with("各位") || line.starts_with("尊敬的") || line.contains("审议")
}

/// Whether a line writes a year (`2025年`, `二〇二五年`) anywhere.
fn names_a_year(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len()).any(|i| present_year_at(&chars, i).is_some())
}

/// A heading's line without its outline number (`一、`, `（一）`, `1.`).
fn without_outline_number(line: &str) -> &str {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let open = line.trim_start_matches(['（', '(']);
    let after = open.trim_start_matches(numeral);
    if after.len() < open.len() {
        if let Some(rest) = after.strip_prefix(['、', '.', '．', '）', ')']) {
            return rest.trim_start();
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_years_main_work_heading_over_the_first_part_is_its_review() {
        let text =
            "各位代表：\n现在向大会报告工作，请予审议。\n2031年主要工作\n2031年，全市…\n2032年工作安排";
        assert_eq!(review_heading_year(text).map(|y| y.0), Some(2032));
        let text = "各位代表：\n一、2031年的主要工作\n一年来，我们…";
        assert_eq!(review_heading_year(text).map(|y| y.0), Some(2032));
    }

    #[test]
    fn a_plans_main_work_under_a_review_naming_its_year_is_no_review() {
        let text = "一、过去一年工作回顾\n一年来，2031年的任务全面完成。\n二、2032年主要工作\n…";
        assert_eq!(review_heading_year(text), None);
        assert_eq!(review_heading_year("一、2032年主要工作任务\n…"), None);
        // Under a review that names no year, or a plan's own lead, or
        // with nothing above it: no review's heading.
        let text = "各位代表：\n过去的一年，全区经济稳中有进。\n一、2032年主要工作\n（一）…";
        assert_eq!(review_heading_year(text), None);
        // (review) Right under the errand, a plan's heading: its first
        // line opens on its tasks or on this year, not on the year past.
        let text = "各位代表：\n现在向大会报告工作，请予审议。\n2032年主要工作\n今年是关键之年。";
        assert_eq!(review_heading_year(text), None);
        let text =
            "各位代表：\n现将今年工作安排报告如下，请予审议。\n2032年主要工作\n一、扩大投资。";
        assert_eq!(review_heading_year(text), None);
        let text =
            "各位代表：\n现在向大会报告工作，请予审议。\n2032年主要工作\n2032年，全县将着力…";
        assert_eq!(review_heading_year(text), None);
        let text = "现将今年全县重点工作安排如下。\n2032年主要工作\n一、扩大投资。";
        assert_eq!(review_heading_year(text), None);
        assert_eq!(review_heading_year("2032年主要工作\n一、扩大投资。"), None);
    }

    #[test]
    fn the_year_just_past_under_a_heading_without_its_number() {
        let text = "各位代表：\n过去一年的主要工作\n2031年是某某之年。";
        assert_eq!(review_heading_year(text).map(|y| y.0), Some(2032));
        let text = "一、过去一年工作回顾\n2031年，面对复杂形势";
        assert_eq!(review_heading_year(text).map(|y| y.0), Some(2032));
    }

    #[test]
    fn a_span_or_five_years_under_such_a_heading_names_no_year_past() {
        assert_eq!(
            review_heading_year("过去一年的主要工作\n2027年以来，…"),
            None
        );
        assert_eq!(review_heading_year("过去五年工作回顾\n2031年是…"), None);
        assert_eq!(
            review_heading_year("过去一年的主要工作\n一年来，我们…"),
            None
        );
    }
}
