//! What the body states of the page itself, apart from the report: a
//! source or publication date on a line of its own after the article
//! (`来源：…`, `（…供稿）`, `发布时间：…`), and a document's signature at its
//! end (the issuing body over its date, the organs signing it together, the
//! office that printed it).

use crate::clean::metadata::{
    delivery_line_is_open, is_delivery_line, is_organ_line, names_an_organ, parse_delivery_line,
    parse_metadata_line, parse_speaker_line, MetadataLine,
};
use crate::clean::speaker_lines::{government_over_salutation, speaker_after_session};
use report_core::text::dates::{chinese_numeral_date, find_full_date, PartialDate};
use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::NoiseKind;

/// Labels that date the page itself, unlike a notice's `时间：`, which says
/// when its event takes place.
pub(crate) const PUBLICATION_DATE_LABELS: [&str; 5] =
    ["发布时间", "发布日期", "发表时间", "发表于", "更新时间"];

const SUPPLIER_MAX_CHARS: usize = 20;

/// A short line naming where the article came from (`来源：某某区应急管理局`,
/// `（来源：某某日报）`) or when the page was published (`发布时间：…`).
/// Lines with only a time or place stay: a notice's `时间：` and `地点：` are
/// its content.
pub(crate) fn stated_line(line: &Line) -> Option<MetadataLine> {
    let inner = line
        .text
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    if !line.is_short() {
        return None;
    }
    // `（某某县人民政府办公室供稿）`: who supplied it, named before the word.
    if let Some(supplier) = inner.strip_suffix("供稿").filter(|s| {
        !s.is_empty() && s.chars().count() <= SUPPLIER_MAX_CHARS && s.chars().all(is_han)
    }) {
        return Some(MetadataLine {
            source: Some(supplier.to_string()),
            ..MetadataLine::default()
        });
    }
    let mut meta = parse_metadata_line(inner).filter(|m| m.trailing_body.is_none())?;
    if !PUBLICATION_DATE_LABELS
        .iter()
        .any(|label| inner.contains(label))
    {
        meta.date = None;
    }
    (meta.source.is_some() || meta.date.is_some()).then_some(meta)
}

/// A report's header inside the body, as a page carrying two reports sets
/// the second's under its title (`关于…计划草案的报告`, then
/// `——2024年1月9日在某某县…会议上`, then `某某县发展和改革局局长 吴涛`):
/// a whole delivery line right under a short line, and a speaker's line
/// right under such a delivery line. Set aside; the page's own date and
/// speaker are the first report's.
pub(crate) fn inner_header_line(lines: &[Line], i: usize) -> Option<NoiseKind> {
    let delivery_at = |k: usize| {
        let text = lines[k].text.as_str();
        k > 0 && lines[k - 1].is_short() && is_delivery_line(text) && !delivery_line_is_open(text)
    };
    if delivery_at(i) {
        Some(NoiseKind::Metadata)
    } else if i > 0
        && delivery_at(i - 1)
        && (parse_speaker_line(&lines[i].text).is_some()
            || government_over_salutation(&lines[i].text, lines.get(i + 1)).is_some())
    {
        Some(NoiseKind::Byline)
    } else {
        None
    }
}

/// How close to the end a document's signature stands.
const SIGNATURE_MAX_LINES_FROM_END: usize = 3;

/// A document's signature at its end (落款): the issuing body (or the
/// speaker, `县长 刘勇`) on one line, the date alone on the next
/// (`某某市人民政府` / `2023年3月1日`). The date
/// the line at `i` states, where it is that date.
pub(crate) fn signing_date(lines: &[Line], i: usize) -> Option<(PartialDate, String)> {
    let line = lines.get(i)?;
    let near_end = i + SIGNATURE_MAX_LINES_FROM_END >= lines.len();
    let signed = i.checked_sub(1).is_some_and(|p| {
        is_organ_line(&lines[p].text) || parse_speaker_line(&lines[p].text).is_some()
    });
    if !(near_end && signed) {
        return None;
    }
    let text = without_day_note(line.text.trim());
    parse_delivery_line(text).filter(|(_, said)| said == text)
}

/// A date line less the note in brackets after it that names the same day
/// otherwise: its day of the week or its date in the lunar calendar
/// (`一九八六年三月十二日（农历二月初三）`, `2024年1月8日（星期一）`).
fn without_day_note(text: &str) -> &str {
    let Some(inner_end) = text.strip_suffix(['）', ')']) else {
        return text;
    };
    let Some(open) = inner_end.rfind(['（', '(']) else {
        return text;
    };
    let note = inner_end[open..].trim_start_matches(['（', '(']);
    if ["农历", "星期", "礼拜", "周"]
        .iter()
        .any(|w| note.starts_with(w))
        && note.chars().count() <= 10
    {
        inner_end[..open].trim_end()
    } else {
        text
    }
}

/// The date a document's last lines state of it: its signature's
/// ([`signing_date`]) or a delivery line at its end, with the speaker that
/// line names.
pub(crate) fn closing_date(
    lines: &[Line],
    i: usize,
) -> Option<((PartialDate, String), Option<String>)> {
    signing_date(lines, i)
        .map(|date| (date, None))
        .or_else(|| closing_delivery_line(lines, i))
}

/// A speech's delivery line set at its end rather than under its title
/// (`（2010年1月18日在某某市第十五届人民代表大会第四次会议上）`, the speaker
/// after a comma or not: `…会议上，市长 邓军民）`), within the last lines:
/// the day it was given, and the speaker.
fn closing_delivery_line(
    lines: &[Line],
    i: usize,
) -> Option<((PartialDate, String), Option<String>)> {
    let line = lines.get(i)?;
    if i + SIGNATURE_MAX_LINES_FROM_END < lines.len() {
        return None;
    }
    let (session, speaker) = match speaker_after_session(&line.text) {
        Some((session, name)) => (session, Some(name)),
        None => (line.text.trim().trim_end_matches(['）', ')']), None),
    };
    let names_session = session.contains("会议") || session.contains("大会");
    if !(names_session && session.ends_with('上')) {
        return None;
    }
    Some((parse_delivery_line(session)?, speaker))
}

/// A document's print record (版记): the office that printed it and when,
/// `某某乡人民政府办公室　1998年2月20日印发`. The office, where it names one.
pub(crate) fn print_record(text: &str) -> Option<String> {
    let dated = text.trim().strip_suffix("印发")?.trim_end();
    let dated_from = |at: usize| {
        let rest = &dated[at..];
        let date = find_full_date(rest)
            .filter(|(_, said)| rest.starts_with(said.as_str()))
            .or_else(|| chinese_numeral_date(rest));
        date.is_some_and(|(_, said)| said == rest)
    };
    let (at, _) = dated.char_indices().find(|&(at, _)| dated_from(at))?;
    let office = dated[..at].trim();
    is_organ_line(office).then(|| office.to_string())
}

/// The organs a document names at its close: signing together, side by
/// side (`中共某某乡委员会　某某乡人民政府　某某乡人大主席团`), or in the
/// list it is sent to (see [`is_distribution_list`]).
pub(crate) fn is_closing_organs(text: &str) -> bool {
    let names: Vec<&str> = text.split_whitespace().collect();
    let joint = names.len() >= 2 && names.iter().all(|n| is_organ_line(n));
    joint || is_distribution_list(text)
}

/// Labels of the lists a document's record of issue (版记) names its
/// readers in: sent to, copied to, reported to.
const DISTRIBUTION_LABELS: [&str; 3] = ["主送", "抄送", "抄报"];

/// Longest name of a reader in a distribution list.
const DISTRIBUTION_NAME_MAX_CHARS: usize = 20;

/// A document's distribution list (`抄送：县委办，县人大办，县政协办。`):
/// its label and a colon, then names of Han characters set apart by
/// commas, at least one an organ's (`县委办`, `各乡镇人民政府`).
fn is_distribution_list(text: &str) -> bool {
    let Some(list) = DISTRIBUTION_LABELS.iter().find_map(|label| {
        text.trim()
            .strip_prefix(label)?
            .trim_start()
            .strip_prefix(['：', ':'])
    }) else {
        return false;
    };
    let names: Vec<&str> = list
        .trim()
        .trim_end_matches(['。', '.'])
        .split(['，', '、', ',', '；', ';', ' ', '\u{3000}'])
        .filter(|n| !n.is_empty())
        .collect();
    !names.is_empty()
        && names
            .iter()
            .all(|n| n.chars().all(is_han) && n.chars().count() <= DISTRIBUTION_NAME_MAX_CHARS)
        && names.iter().any(|n| names_an_organ(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn a_print_record_names_the_office_that_printed_the_document() {
        assert_eq!(
            print_record("某某县某某乡人民政府办公室　一九九八年二月二十日印发").as_deref(),
            Some("某某县某某乡人民政府办公室")
        );
        assert_eq!(
            print_record("某某市人民政府办公室 2023年3月1日印发").as_deref(),
            Some("某某市人民政府办公室")
        );
        // A sentence on printing a document is none.
        assert_eq!(print_record("经研究，现将方案于2023年3月1日印发"), None);
    }

    #[test]
    fn organs_signing_together_side_by_side() {
        assert!(is_closing_organs(
            "中共某某乡委员会　某某乡人民政府　某某乡人大主席团"
        ));
        assert!(!is_closing_organs("某某乡人民政府"));
        assert!(!is_closing_organs("全乡 农民人均纯收入增长"));
    }

    #[test]
    fn a_documents_distribution_list_names_organs_at_its_close() {
        for text in [
            "抄送：县委办，县人大办，县政协办。",
            "抄报：市人民政府办公室",
            "主送：各乡镇人民政府、县直各单位",
        ] {
            assert!(is_closing_organs(text), "{text}");
        }
        for text in [
            // The word in a sentence, names that are no organs, or figures.
            "抄送工作要做到及时准确，不得延误。",
            "抄送：张三，李四",
            "抄送：2024年各项工作",
        ] {
            assert!(!is_closing_organs(text), "{text}");
        }
    }

    #[test]
    fn a_delivery_line_at_the_end_dates_the_speech_and_names_its_speaker() {
        let lines = read_lines(
            "各位代表！让我们团结奋斗，为全面建成小康社会而努力奋斗！\n\
             （2010年1月18日在某某市第十五届人民代表大会第四次会议上，市长 邓军民）\n",
        );
        let ((date, _), speaker) = closing_date(&lines, 1).unwrap();
        assert_eq!(
            (date.year, date.month, date.day),
            (Some(2010), Some(1), Some(18))
        );
        assert_eq!(speaker.as_deref(), Some("邓军民"));
        let lines = read_lines(
            "各位代表！让我们团结奋斗！\n——2010年1月18日在某某市第十五届人民代表大会第四次会议上\n",
        );
        assert_eq!(closing_date(&lines, 1).unwrap().1, None);
        // A sentence dated so, or a line naming no session, is no delivery line.
        for text in [
            "2010年1月18日在某某市召开的会议上，大家一致通过了这项决议",
            "（2010年1月18日在某某市）",
        ] {
            let lines = read_lines(&format!("各位代表！让我们团结奋斗！\n{text}\n"));
            assert!(closing_date(&lines, 1).is_none(), "{text}");
        }
    }

    #[test]
    fn a_signatures_date_with_its_lunar_day_or_weekday() {
        for day in [
            "一九八六年三月十二日（农历二月初三）",
            "1986年3月12日（星期三）",
        ] {
            let lines = read_lines(&format!(
                "各位代表！让我们团结奋斗！\n某某县人民政府\n{day}\n"
            ));
            let (date, _) = signing_date(&lines, 2).expect(day);
            assert_eq!(
                (date.year, date.month, date.day),
                (Some(1986), Some(3), Some(12))
            );
        }
        // Another note in brackets leaves the line no date alone.
        let lines = read_lines(
            "各位代表！让我们团结奋斗！\n某某县人民政府\n1986年3月12日（根据录音整理）\n",
        );
        assert!(signing_date(&lines, 2).is_none());
    }
}
