//! Lines a sentence was broken into where its paragraphs are not.
//!
//! A page whose paragraphs stand apart with blank lines, copied as text,
//! can still break a sentence where the page had a link or a subscript
//! (`推动\n区域全面经济伙伴关系协定\n（RCEP）生效实施`, `（PM\n2.5\n）`,
//! `三、关于《\n…纲要（草案）\n》的说明`). There the break has no blank
//! line, and the text on either side cannot end or start a sentence: the
//! pieces are one line again before anything reads them as headings.

use crate::clean::header_run::opens_on_salutation;
use crate::clean::joins::{join_at_width, join_broken};
use crate::clean::metadata::{delivery_line_is_open, is_delivery_line, parse_metadata_line};
use crate::clean::table_rows::is_table_row;
use crate::clean::wrap::Wrap;
use report_core::text::fold::is_han;
use report_core::text::layout::{
    ends_sentence, has_sentence_end, is_continuation, opens_with_outline_number, Line,
};

/// Marks that close what an earlier line opened, or go on with its
/// sentence: a line cannot start with one.
fn starts_mid_sentence(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        matches!(
            c,
            '》' | '”'
                | '’'
                | '）'
                | ')'
                | '」'
                | '』'
                | '，'
                | ','
                | '、'
                | '。'
                | '；'
                | '：'
                | '！'
                | '？'
        )
    })
}

/// Paragraphs stand apart with blank lines: most prose lines after a
/// sentence's end are more than one source line below it. (After a line
/// that ends mid-sentence, the gap is what is in question.) Half is enough:
/// a page can set a bold lead sentence on a line of its own above its text.
fn paragraphs_stand_apart(lines: &[Line]) -> bool {
    let gaps: Vec<usize> = lines
        .windows(2)
        .filter(|pair| ends_sentence(&pair[0].text) && !pair[1].is_short())
        .map(|pair| pair[1].number.saturating_sub(pair[0].number))
        .collect();
    gaps.len() >= 3 && gaps.iter().filter(|&&g| g >= 2).count() * 2 >= gaps.len()
}

/// `一是`, `二要`, `第三是`, a bare `五、`: a count that opens its sentence
/// and cannot stand alone.
fn is_enumerator(text: &str) -> bool {
    let count = text.strip_prefix('第').unwrap_or(text);
    let Some(numeral) = count.strip_suffix(['是', '要', '、']) else {
        return false;
    };
    (1..=2).contains(&numeral.chars().count())
        && numeral.chars().all(|c| "一二三四五六七八九十".contains(c))
}

/// A mark that opens what the next words fill: a line cannot end on one.
fn ends_open(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| matches!(c, '《' | '“' | '‘' | '（' | '(' | '「' | '『'))
}

/// One Han character alone (`政府工作报\n告`) is the end of the line above; a
/// numeral alone (`一`) heads a part.
fn is_lone_tail(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_han(c) && !"一二三四五六七八九十".contains(c))
}

/// `left` runs on into `right`, the very next source line. A line that
/// ends on an opening mark, or one that starts on a closing one, is
/// broken wherever it stands; where paragraphs stand apart, so is a line
/// that stops mid-sentence.
fn runs_on(left: &Line, right: &Line, after_right: Option<&Line>, stand_apart: bool) -> bool {
    if right.number != left.number + 1 || ends_sentence(&left.text) {
        return false;
    }
    if is_table_row(&left.text, Some(right)) || is_table_row(&right.text, after_right) {
        return false;
    }
    if ends_open(&left.text) || starts_mid_sentence(&right.text) || is_lone_tail(&right.text) {
        return true;
    }
    // A comma goes on; so does a modifier's 的, which no title or heading
    // ends on (`本作品是中华人民共和国的\n法律`), and a count (`一是`). A line
    // of prose (long, with its clause marks) that stops without a sentence
    // end goes on below; a short line (a title, a heading, a name) or a
    // long headline may stand alone.
    stand_apart
        && !opens_a_line_of_its_own(&right.text)
        && (left.text.chars().last().is_some_and(is_continuation)
            || left.text.ends_with('的') && !left.text.ends_with("目的")
            || is_enumerator(&left.text)
            || !left.is_short()
                && left
                    .text
                    .contains(['，', '；', '、', ',', '。', '！', '？']))
}

/// A delivery line (`——2024年1月…`), a labelled field (`来源：…`) or an
/// outline number starts a line of its own, whatever the line above.
fn opens_a_line_of_its_own(text: &str) -> bool {
    text.starts_with(['—', '－', '-'])
        || opens_with_outline_number(text)
        || parse_metadata_line(text).is_some()
}

/// Joins the pieces of sentences broken without a blank line (see
/// [`runs_on`]). A joined line keeps its first piece's number and indent.
pub fn join_soft_breaks(lines: Vec<Line>) -> Vec<Line> {
    if let Some(wrap) = Wrap::read(&lines) {
        return join_wrapped(lines, wrap);
    }
    let stand_apart = paragraphs_stand_apart(&lines);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The source number of the last piece joined into the line before.
    let mut last_piece = 0;
    for (i, line) in lines.iter().enumerate() {
        if let Some(prev) = out.last_mut() {
            // The line so far, as its last piece (lent, not copied: a long
            // paragraph would be copied once per line joined).
            let piece = Line {
                number: last_piece,
                indented: prev.indented,
                text: std::mem::take(&mut prev.text),
            };
            let goes_on = runs_on(&piece, line, lines.get(i + 1), stand_apart);
            prev.text = piece.text;
            if goes_on {
                join_broken(&mut prev.text, &line.text);
                last_piece = line.number;
                continue;
            }
        }
        last_piece = line.number;
        out.push(line.clone());
    }
    out
}

/// Text wrapped at a printed width breaks every line of a paragraph: a line
/// that fills the width runs on (`wrap.rs`), judged by the width alone,
/// which joining by marks first would hide (joined lines are wider). Done
/// before the header is read, so a photo caption or a headline printed over
/// two lines is one line there too. A delivery line, a labelled field, an
/// outline number or a table's row still starts a line of its own.
fn join_wrapped(lines: Vec<Line>, wrap: Wrap) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut joining = false;
    for (i, line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(joined) if joining => join_at_width(&mut joined.text, &line.text),
            _ => out.push(line.clone()),
        }
        let next = lines.get(i + 1);
        joining = next.is_some_and(|next| {
            wrap.runs_on(line, Some(next))
                && !is_whole_delivery_line(&line.text)
                && !is_heading_as_wide_as_the_width(&lines, i, wrap)
                && !opens_a_printed_line_of_its_own(&next.text)
                && !is_table_row(&line.text, Some(next))
                && !is_table_row(&next.text, lines.get(i + 2))
        });
    }
    out
}

/// A part's heading (`一、`…`十、`) no sentence in it.
fn is_part_heading_shape(text: &str) -> bool {
    text.starts_with(|c| "一二三四五六七八九十".contains(c))
        && opens_with_outline_number(text)
        && !has_sentence_end(text)
}

/// A part's heading that happens to fill the width
/// (`二、某某时期经济社会发展的主要目标和战略举措` printed as wide as the
/// page's lines): the line under it is no tail of it but the part's first
/// line of prose (as wide as the width, or ending a sentence), where the
/// text's other part headings stand on lines of their own (narrower than
/// the width, no sentence in them) more often than they run into prose.
fn is_heading_as_wide_as_the_width(lines: &[Line], i: usize, wrap: Wrap) -> bool {
    let line = &lines[i];
    let Some(next) = lines.get(i + 1) else {
        return false;
    };
    if !is_part_heading_shape(&line.text) || !(wrap.fills(next) || has_sentence_end(&next.text)) {
        return false;
    }
    let (mut alone, mut run_in) = (0, 0);
    for (j, other) in lines.iter().enumerate() {
        if j == i || !opens_with_outline_number(&other.text) {
            continue;
        }
        if is_part_heading_shape(&other.text) && !wrap.fills(other) {
            alone += 1;
        } else if other
            .text
            .starts_with(|c| "一二三四五六七八九十".contains(c))
        {
            run_in += 1;
        }
    }
    alone > 0 && alone > run_in
}

/// A delivery line ending where such lines end (`…会议上`, `…）`): it may
/// fill the width, but the speaker's line under it is a line of its own.
fn is_whole_delivery_line(text: &str) -> bool {
    is_delivery_line(text) && !delivery_line_is_open(text)
}

/// As [`opens_a_line_of_its_own`], where the line above was cut at the
/// width: a labelled field must open the line, not follow a sentence the
/// width cut (`府主席张雨浦作政府工作报告。 宁夏日报记者 王鼎 摄`, a photo's
/// caption, is no byline).
fn opens_a_printed_line_of_its_own(text: &str) -> bool {
    let first_sentence = text.split(['。', '！', '？']).next().unwrap_or(text);
    opens_a_line_of_its_own(first_sentence) || is_salutation_line(text)
}

/// A speech's salutation alone on its line, closed by its colon
/// (`各位代表：`): the speech opens there, whatever filled the width above
/// it (a photo's caption, a delivery line).
fn is_salutation_line(text: &str) -> bool {
    opens_on_salutation(text) && text.ends_with(['：', ':']) && text.chars().count() <= 12
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const PROSE: &str =
        "这是一个足够长的段落，用来确认行的长度超过了标题和小标题的上限，因此被当作正文处理。";

    fn joined(text: &str) -> Vec<String> {
        join_soft_breaks(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn text_wrapped_at_a_printed_width_is_joined_by_the_width() {
        // Every line of a paragraph but its last is 30 characters wide, one
        // ends on an opening quote: joined by marks first, it would make a
        // line wider than the width and hide the wrapping.
        let paragraph = "全年地区生产总值增长百分之五点二，城乡居民收入稳步增长，推“十四五”\
            规划目标任务全面完成，经济结构持续优化，科技创新能力显著增强，区域协调发展迈出新步伐，\
            生态环境质量明显改善，民生福祉不断增进，社会大局保持和谐稳定。";
        let chars: Vec<char> = paragraph.chars().collect();
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..3 {
            lines.extend(chars.chunks(30).map(|c| c.iter().collect::<String>()));
        }
        let quote_ends = lines.iter().filter(|l| l.ends_with('“')).count();
        assert!(quote_ends > 0, "a line ends on an opening mark");
        let paragraphs = joined(&lines.join("\n"));
        assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
        assert!(paragraphs
            .iter()
            .all(|p| p.chars().count() == paragraph.chars().count()));
    }

    #[test]
    fn a_delivery_line_under_a_full_line_of_wrapped_text_stands_alone() {
        let line = "全年地区生产总值增长百分之五点二城乡居民收入稳步增长社会大局保持";
        assert_eq!(line.chars().count(), 32);
        let mut lines = vec![line.to_string(); 8];
        lines.push("——2025年1月8日在某某县第十八届人民代表大会第四次会议上".into());
        lines.push(format!("{line}。"));
        let joined = joined(&lines.join("\n"));
        assert_eq!(joined.len(), 3, "{joined:#?}");
        assert!(joined[1].starts_with("——2025年"));
    }

    #[test]
    fn a_delivery_line_filling_the_width_ends_its_line() {
        // Printed 56 columns wide, the delivery line as wide as the text.
        let line = "全年地区生产总值增长百分之五点二城乡居民收入稳步增长社会";
        let mut lines = vec![
            "——2024年1月10日在某某县第十八届人民代表大会第四次会议上".to_string(),
            "县长  孙立军".into(),
        ];
        lines.extend(vec![line.to_string(); 8]);
        lines.push("大局保持稳定。".into());
        let joined = joined(&lines.join("\n"));
        assert_eq!(joined[1], "县长 孙立军", "{joined:#?}");
    }

    #[test]
    fn a_photo_caption_printed_over_two_lines_is_one_line() {
        // Printed 68 columns wide; the caption's second line holds its
        // photographer's credit, which is no labelled field there.
        let line = "全年地区生产总值增长百分之五点二城乡居民收入稳步增长社会大局保持稳定";
        let mut lines = vec![line.to_string(); 8];
        lines.push("经济运行总体平稳。".into());
        lines.push("2月3日，某某县第十八届人民代表大会第四次会议在县人民会堂开幕。县长张".into());
        lines.push("三作政府工作报告。 某某日报记者 李四 摄".into());
        lines.push("各位代表：".into());
        let joined = joined(&lines.join("\n"));
        assert_eq!(
            joined[1],
            "2月3日，某某县第十八届人民代表大会第四次会议在县人民会堂开幕。县长张三作政府工作报告。 某某日报记者 李四 摄"
        );
    }

    #[test]
    fn a_link_broken_out_of_its_sentence_joins_it_again() {
        let text = format!(
            "{PROSE}\n\n共建“一带一路”扎实推进，营商环境明显改善，对外开放水平进一步提高，高水平对外开放持续推进，推动\n区域全面经济伙伴关系协定\n（RCEP）生效实施。\n\n{PROSE}\n\n{PROSE}"
        );
        let lines = joined(&text);
        assert_eq!(
            lines[1],
            "共建“一带一路”扎实推进，营商环境明显改善，对外开放水平进一步提高，高水平对外开放持续推进，推动区域全面经济伙伴关系协定（RCEP）生效实施。"
        );
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn a_heading_broken_at_its_quoted_title_is_one_heading() {
        let text = format!(
            "三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        );
        assert_eq!(
            joined(&text)[0],
            "三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明"
        );
    }

    #[test]
    fn a_line_ending_on_a_modifiers_de_goes_on() {
        let text = format!(
            "本作品是中华人民共和国的\n法律\n、\n法规\n，属于公有领域。\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        );
        assert_eq!(
            joined(&text)[0],
            "本作品是中华人民共和国的法律、法规，属于公有领域。"
        );
    }

    #[test]
    fn a_count_on_its_own_line_opens_the_sentence_below() {
        let text = format!(
            "{PROSE}\n\n一是\n发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设，科技和教育设施建设。\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        );
        let lines = joined(&text);
        assert!(lines[1].starts_with("一是发行1000亿元"), "{lines:?}");
        assert!(is_enumerator("五、"));
        assert!(!is_enumerator("一是一个好的开端"));
        assert!(!is_enumerator("实事求是"));
    }

    #[test]
    fn lines_of_a_header_and_texts_without_blank_lines_stay_apart() {
        // A title over its delivery line and speaker stands alone.
        let text = format!(
            "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        );
        assert_eq!(joined(&text).len(), 6);
        // A long headline over its delivery line and source, on the lines
        // right below it.
        let long_title = format!(
            "关于滨江市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n——2024年1月20日在滨江市第十七届人民代表大会第三次会议上\n来源：滨江市发展和改革委员会\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
        );
        assert_eq!(joined(&long_title).len(), 7);
        // Where paragraphs follow each other line by line, a line is a
        // paragraph however it ends.
        let dense =
            format!("{PROSE}\n推动各项工作落地见效，确保全年目标任务顺利完成\n{PROSE}\n{PROSE}");
        assert_eq!(joined(&dense).len(), 4);
    }
}
