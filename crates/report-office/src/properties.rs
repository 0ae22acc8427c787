//! Which of a document's own properties are worth believing. Word and PDF
//! writers fill them in by themselves: a title that is the file name
//! ("Microsoft Word - 报告.doc"), a template's date, the account that typed
//! it ("Administrator"). Only values that could be a report's are kept,
//! and only where the text states none (`Given::fills_gaps`).

/// Titles that writers put in by themselves, compared lower-cased.
const GENERIC_TITLES: &[&str] = &[
    "untitled",
    "document",
    "title",
    "无标题",
    "标题",
    "文档",
    "新建文档",
    "powerpoint 演示文稿",
    "powerpoint presentation",
];

/// A title, unless it is empty, a file name, a writer's placeholder, or
/// too short or long to name a report.
pub fn plausible_title(title: &str) -> Option<String> {
    let title = title.trim();
    let lower = title.to_lowercase();
    let chars = title.chars().count();
    let file_name = [".doc", ".docx", ".wps", ".pdf", ".txt", ".htm", ".html"]
        .iter()
        .any(|ext| lower.ends_with(ext))
        || lower.starts_with("microsoft word")
        || lower.starts_with("microsoft ");
    let placeholder = GENERIC_TITLES.contains(&lower.as_str())
        // "文档1", "Document2", "Slide 1"
        || lower.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ').len() < lower.len()
            && GENERIC_TITLES.contains(&lower.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' '));
    let has_words = title.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    (!file_name && !placeholder && has_words && (4..=120).contains(&chars))
        .then(|| title.to_string())
}

/// A date as `YYYY-MM-DD` from a property's value (`2023-02-10T08:00:00Z`,
/// PDF's `D:20230210080000+08'00'`), if the year is one a report could
/// carry: not a writer's zero date (1601, 1899, 1970, 1980).
pub fn plausible_date(value: &str) -> Option<String> {
    let value = value.trim();
    let digits: String = value
        .strip_prefix("D:")
        .unwrap_or(value)
        .chars()
        .filter(char::is_ascii_digit)
        .take(8)
        .collect();
    if digits.len() < 8 {
        return None;
    }
    let (year, month, day) = (
        digits[..4].parse::<u32>().ok()?,
        digits[4..6].parse::<u32>().ok()?,
        digits[6..8].parse::<u32>().ok()?,
    );
    let plausible =
        (1990..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    plausible.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Endings of the names of bodies that publish reports: an author ending
/// so is a publisher, any other is the person or account that typed it.
const BODY_ENDINGS: &[&str] = &[
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "人大",
    "政协",
    "统计局",
    "局",
    "厅",
    "委",
    "办",
    "中心",
    "研究院",
    "研究所",
];

/// The author as the report's source, when it names a public body.
pub fn plausible_source(author: &str) -> Option<String> {
    let author = author.trim();
    let cjk = author
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    (cjk >= 3 && BODY_ENDINGS.iter().any(|e| author.ends_with(e))).then(|| author.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_report_titles_not_writers_placeholders() {
        assert_eq!(
            plausible_title(" 2023年某县政府工作报告 ").as_deref(),
            Some("2023年某县政府工作报告")
        );
        for junk in [
            "Microsoft Word - 报告.doc",
            "文档1",
            "Document2",
            "",
            "报告.pdf",
            "ab",
        ] {
            assert_eq!(plausible_title(junk), None, "{junk}");
        }
    }

    #[test]
    fn reads_word_and_pdf_dates_and_refuses_zero_dates() {
        assert_eq!(
            plausible_date("2023-02-10T08:00:00Z").as_deref(),
            Some("2023-02-10")
        );
        assert_eq!(
            plausible_date("D:20230210080000+08'00'").as_deref(),
            Some("2023-02-10")
        );
        assert_eq!(plausible_date("1601-01-01T00:00:00Z"), None);
        assert_eq!(plausible_date("D:2023"), None);
    }

    #[test]
    fn an_author_is_a_source_only_when_a_public_body() {
        assert_eq!(
            plausible_source("某某县统计局").as_deref(),
            Some("某某县统计局")
        );
        assert_eq!(plausible_source("Administrator"), None);
        assert_eq!(plausible_source("张三"), None);
    }
}
