//! A report copied as Markdown (from a notes app, a wiki, a repository):
//! `# 2024年某市政府工作报告`, `## 一、…`, `> ——2024年1月…`, `**市长 李军**`,
//! `- 新增…`, `[链接](…)`. The marks are the copy's markup, as a web page's
//! tags are: in a text that marks two headings or more so, they are taken
//! off its lines before anything reads them, and a line of marks alone
//! (`---`, `>`) goes. A text that only opens a line with `#` now and then
//! (a post's `#话题#`, `#1`) is left as it is.

use report_core::text::layout::Line;

/// Headings marked with `#` a text must hold to be read as Markdown.
const MARKED_HEADINGS_MIN: usize = 2;

/// The lines with their Markdown marks taken off, where the text is
/// Markdown; other texts are returned as they are.
pub(crate) fn without_markdown(lines: Vec<Line>) -> Vec<Line> {
    let marked = lines
        .iter()
        .filter(|l| marked_heading(&l.text).is_some())
        .count();
    if marked < MARKED_HEADINGS_MIN {
        return lines;
    }
    lines
        .into_iter()
        .filter_map(|mut line| {
            let text = line.text.as_str();
            let text = marked_heading(text)
                .or_else(|| quoted(text))
                .or_else(|| list_item(text))
                .unwrap_or(text);
            let text = without_links(&without_emphasis(text));
            let text = text.trim();
            if text.is_empty() || text.chars().all(|c| "-*_=>#".contains(c)) {
                return None;
            }
            line.text = text.to_string();
            Some(line)
        })
        .collect()
}

/// `## 一、工作回顾`: one to six hash marks, a space, the heading (closing
/// marks after it dropped).
fn marked_heading(text: &str) -> Option<&str> {
    let hashes = text.chars().take_while(|c| *c == '#').count();
    let rest = text[hashes..].strip_prefix(' ')?;
    let heading = rest.trim_end_matches('#').trim();
    ((1..=6).contains(&hashes) && !heading.is_empty()).then_some(heading)
}

/// `> ——2024年…`: a quoted line, however deep.
fn quoted(text: &str) -> Option<&str> {
    text.starts_with('>')
        .then(|| text.trim_start_matches(['>', ' ']))
}

/// `- 新增…`, `* …`, `+ …`: a list item's mark.
pub(crate) fn list_item(text: &str) -> Option<&str> {
    ["- ", "* ", "+ "]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))
}

/// `**（一）坚持项目为王。**全年…`: strong and emphasis marks in pairs.
fn without_emphasis(text: &str) -> String {
    let mut text = text.to_string();
    for mark in ["**", "__"] {
        if text.matches(mark).count() % 2 == 0 {
            text = text.replace(mark, "");
        }
    }
    text
}

/// `[全文](https://…)`: a link's words, without its address.
fn without_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            break;
        };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        out.push_str(rest[..open].trim_end_matches('!'));
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn read(text: &str) -> Vec<String> {
        without_markdown(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_markdown_copys_marks_are_taken_off() {
        let text = "# 2024年某市政府工作报告\n\n> ——2024年1月15日在某市第九届人民代表大会第四次会议上\n\n\
                    **某市人民政府市长 李军**\n\n---\n\n## 一、2023年工作回顾\n\n\
                    **（一）坚持项目为王。** 全年实施重点项目186个。\n\n- 新增规上工业企业312家；\n\n\
                    详见[附件](https://example.cn/a.pdf)。\n\n### （一）聚焦产业发展 ###\n";
        assert_eq!(
            read(text),
            [
                "2024年某市政府工作报告",
                "——2024年1月15日在某市第九届人民代表大会第四次会议上",
                "某市人民政府市长 李军",
                "一、2023年工作回顾",
                "（一）坚持项目为王。 全年实施重点项目186个。",
                "新增规上工业企业312家；",
                "详见附件。",
                "（一）聚焦产业发展",
            ]
        );
    }

    #[test]
    fn a_text_with_one_hash_mark_or_a_topic_is_no_markdown() {
        let text =
            "#2024某市两会# 【2024年某市政府工作报告】\n- 新增企业12家\n# 一、工作回顾\n**重点**\n";
        assert_eq!(
            read(text),
            [
                "#2024某市两会# 【2024年某市政府工作报告】",
                "- 新增企业12家",
                "# 一、工作回顾",
                "**重点**"
            ]
        );
    }
}
