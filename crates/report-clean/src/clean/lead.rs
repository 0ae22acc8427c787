//! A page's own lead over the report it prints: a repost opens with the
//! reporter's words (`1月16日，…县长…作政府工作报告。`, `以下为报告全文：`)
//! and then the report's own header (its title, delivery line and
//! speaker) stands inside what read as the body.

use crate::clean::header::{read_header, Header};
use crate::clean::metadata::is_delivery_line;
use crate::clean::title_lines::names_a_document;
use report_core::text::layout::{has_sentence_end, Line};

/// A lead is a few lines: the reporter's sentence and a line announcing
/// the text.
const LEAD_MAX_LINES: usize = 3;

/// The report's own header under a lead: the lead's lines, the header read
/// from the report's title (or its delivery line) on, and the index of the
/// report's first body line. Found only where a delivery line stands
/// within the first lines, with the lead above it and the header read
/// giving way to the report's text.
pub(crate) fn header_after_lead(lines: &[Line]) -> Option<(usize, Header, usize)> {
    let delivery = lines
        .iter()
        .take(LEAD_MAX_LINES + 2)
        .position(|l| is_delivery_line(&l.text))?;
    let title_above = delivery
        .checked_sub(1)
        .filter(|&t| is_title_line(&lines[t].text));
    let start = title_above.unwrap_or(delivery);
    if !(1..=LEAD_MAX_LINES).contains(&start) {
        return None;
    }
    let (header, end) = read_header(&lines[start..]);
    let read_past_delivery = end > delivery - start && start + end < lines.len();
    (read_past_delivery && header.glued_body.is_none()).then_some((start, header, start + end))
}

/// A report's bare title over its delivery line: short, no sentence,
/// naming a document.
fn is_title_line(text: &str) -> bool {
    text.chars().count() <= 40 && !has_sentence_end(text) && names_a_document(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn the_reports_header_under_a_reporters_lead() {
        let lines = read_lines(
            "1月16日，某某县第十八届人民代表大会第四次会议开幕，县长张三作政府工作报告。\n\
             以下为报告全文：\n\
             政府工作报告\n\
             ——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\
             某某县人民政府县长 张三\n\
             各位代表：\n\
             现在，我代表县人民政府向大会报告工作，请予审议。\n",
        );
        let (start, header, body) = header_after_lead(&lines).expect("a lead");
        assert_eq!(start, 2);
        assert_eq!(header.title.as_deref(), Some("政府工作报告"));
        assert_eq!(header.speaker.as_deref(), Some("张三"));
        assert!(header.delivered.is_some());
        assert_eq!(lines[body].text, "各位代表：");
    }

    #[test]
    fn no_lead_where_the_text_opens_on_the_report_or_prose_runs_long() {
        let opens = read_lines(
            "——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\
             各位代表：\n现在，我代表县人民政府向大会报告工作。\n",
        );
        assert!(header_after_lead(&opens).is_none());
        let long = read_lines(
            "第一段。\n第二段。\n第三段。\n第四段。\n\
             ——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\
             各位代表：\n现在，我代表县人民政府向大会报告工作。\n",
        );
        assert!(header_after_lead(&long).is_none());
    }
}
