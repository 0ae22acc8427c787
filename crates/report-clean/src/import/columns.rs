//! Which column (of a CSV) or field (of JSON records) holds what: the
//! report's text, title, date, year, region, source. Recognised by name,
//! whatever the language, case and separators (`full_text`, `Full Text`,
//! `正文`, `publish_date`, `发布日期`), and the text also by content: the
//! column with long Chinese text. A file's own title, date, region and
//! source are stated metadata, taken over what the pipeline infers.

use report_core::import::{ColumnChoice, ColumnSample};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Text,
    Title,
    Date,
    Year,
    Region,
    Source,
    /// A link or identifier: never a field of the report.
    Link,
}

/// Words that name a role, matched against a column's name split into
/// words (English) or contained in it (Chinese). Earlier roles win: a
/// `source_url` is a link, `发布单位` a source, `地区名称` a region, and
/// `报告名称` a title.
const ROLE_WORDS: [(Role, &[&str]); 7] = [
    (
        Role::Link,
        &[
            "url", "link", "href", "uri", "id", "网址", "链接", "地址", "编号",
        ],
    ),
    (
        Role::Text,
        &[
            "text", "body", "content", "contents", "fulltext", "article", "正文", "内容", "全文",
            "文本",
        ],
    ),
    (
        Role::Source,
        &[
            "source",
            "publisher",
            "media",
            "outlet",
            "origin",
            "来源",
            "出处",
            "媒体",
            "机构",
            "单位",
        ],
    ),
    (
        Role::Date,
        &[
            "date",
            "published",
            "publish",
            "time",
            "pubdate",
            "datetime",
            "日期",
            "时间",
            "发布",
        ],
    ),
    (Role::Year, &["year", "yr", "年份", "年度", "年"]),
    (
        Role::Region,
        &[
            "region",
            "province",
            "city",
            "county",
            "district",
            "area",
            "place",
            "prefecture",
            "township",
            "location",
            "地区",
            "省份",
            "省",
            "城市",
            "市",
            "县",
            "区",
            "地点",
            "行政",
            "地方",
        ],
    ),
    (
        Role::Title,
        &[
            "title", "headline", "heading", "subject", "标题", "题目", "名称", "题名",
        ],
    ),
];

/// A column's name made comparable: lower case, without BOM, with `_`,
/// `-`, `.`, `/` and runs of space as one space.
pub fn normalise_name(name: &str) -> String {
    let cleaned: String = name
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| {
            if matches!(c, '_' | '-' | '.' | '/' | '\u{3000}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The role a column's name gives it, if any.
pub fn role_of(name: &str) -> Option<Role> {
    let name = normalise_name(name);
    // camelCase and glued English words: fullText, publishDate.
    let words: Vec<String> = split_words(&name);
    let joined = name.replace(' ', "");
    ROLE_WORDS.iter().find_map(|(role, names)| {
        names
            .iter()
            .any(|w| {
                if w.is_ascii() {
                    words.iter().any(|x| x == w) || joined == *w
                } else {
                    joined.contains(w)
                }
            })
            .then_some(*role)
    })
}

/// English words of a name: split at spaces and where a lower-case letter
/// meets an upper-case one (already lower-cased, so `publishdate` stays
/// one word and is matched by its known compounds).
fn split_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name.split(' ').map(str::to_string).collect();
    // fulltext, publishdate, pubdate: a known word at the end of a glued one.
    for w in words.clone() {
        for (_, names) in ROLE_WORDS {
            for n in names.iter().filter(|n| n.is_ascii() && n.len() >= 4) {
                if w.len() > n.len() && w.ends_with(n) {
                    words.push(n.to_string());
                }
            }
        }
    }
    words
}

/// How much a cell reads as report text: its Chinese characters.
fn han_chars(cell: &str) -> usize {
    cell.chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count()
}

/// Which column holds what, as indices into the header row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub text: usize,
    pub title: Option<usize>,
    pub date: Option<usize>,
    pub year: Option<usize>,
    /// Every column naming a region (province, city, county), in order:
    /// their values are read together (山东省 潍坊市).
    pub region: Vec<usize>,
    pub source: Option<usize>,
}

/// A cell's text is report text when it averages this many Chinese
/// characters: longer than any title, shorter than any report.
const TEXT_MIN_HAN: usize = 60;

/// Recognises the columns of a table with `names` and some `rows` (a few
/// dozen are enough). `Err` holds every column with a sample when no
/// column is clearly the text (or a chosen name is not a column).
pub fn recognise(
    names: &[String],
    rows: &[Vec<&str>],
    chosen: Option<&ColumnChoice>,
) -> Result<Columns, Vec<ColumnSample>> {
    let roles: Vec<Option<Role>> = names.iter().map(|n| role_of(n)).collect();
    let filled = |c: usize| {
        rows.iter()
            .filter_map(move |r| r.get(c))
            .filter(|v| !v.trim().is_empty())
    };
    let average_han: Vec<usize> = (0..names.len())
        .map(|c| {
            let cells: Vec<usize> = filled(c).map(|v| han_chars(v)).collect();
            cells.iter().sum::<usize>() / cells.len().max(1)
        })
        .collect();
    let has_text: Vec<bool> = (0..names.len())
        .map(|c| filled(c).next().is_some())
        .collect();
    let named = |want: &Option<String>| -> Result<Option<usize>, ()> {
        match want {
            None => Ok(None),
            Some(w) => {
                let w = normalise_name(w);
                names
                    .iter()
                    .position(|n| normalise_name(n) == w)
                    .map(Some)
                    .ok_or(())
            }
        }
    };
    let samples = || samples(names, rows);
    let chosen = chosen.cloned().unwrap_or_default();
    let text = match named(&chosen.text).map_err(|()| samples())? {
        Some(c) => c,
        None => text_column(&roles, &average_han, &has_text).ok_or_else(samples)?,
    };
    let by_role = |role: Role| (0..names.len()).find(|&c| c != text && roles[c] == Some(role));
    let or_role = |want: &Option<String>, role: Role| -> Result<Option<usize>, Vec<ColumnSample>> {
        Ok(named(want)
            .map_err(|()| samples())?
            .or_else(|| by_role(role)))
    };
    let region = match named(&chosen.region).map_err(|()| samples())? {
        Some(c) => vec![c],
        None => (0..names.len())
            .filter(|&c| c != text && roles[c] == Some(Role::Region))
            .collect(),
    };
    Ok(Columns {
        text,
        title: or_role(&chosen.title, Role::Title)?,
        date: or_role(&chosen.date, Role::Date)?,
        year: by_role(Role::Year),
        region,
        source: or_role(&chosen.source, Role::Source)?,
    })
}

/// The text column: the one named so whose cells hold text, else the one
/// whose cells are by far the longest Chinese text.
fn text_column(roles: &[Option<Role>], average_han: &[usize], has_text: &[bool]) -> Option<usize> {
    // Of the columns named as text and not empty, the one with the most
    // Chinese (正文 beside a short 内容摘要, say).
    let named = (0..roles.len())
        .filter(|&c| roles[c] == Some(Role::Text) && has_text[c])
        .max_by_key(|&c| average_han[c]);
    if named.is_some() {
        return named;
    }
    let mut by_length: Vec<usize> = (0..roles.len())
        .filter(|&c| roles[c] != Some(Role::Link))
        .collect();
    by_length.sort_by_key(|&c| std::cmp::Reverse(average_han[c]));
    let longest = *by_length.first()?;
    let runner_up = by_length.get(1).map_or(0, |&c| average_han[c]);
    (average_han[longest] >= TEXT_MIN_HAN && average_han[longest] >= 3 * runner_up)
        .then_some(longest)
}

/// Each column's name and the start of its first non-empty cell.
fn samples(names: &[String], rows: &[Vec<&str>]) -> Vec<ColumnSample> {
    const SAMPLE_CHARS: usize = 60;
    names
        .iter()
        .enumerate()
        .map(|(c, name)| {
            let cell = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|v| v.trim())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            let mut sample: String = cell
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(SAMPLE_CHARS)
                .collect();
            if cell.chars().count() > SAMPLE_CHARS {
                sample.push('…');
            }
            ColumnSample {
                name: name.trim_start_matches('\u{feff}').trim().to_string(),
                sample,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_language_case_and_separator() {
        for (name, role) in [
            ("full_text", Role::Text),
            ("Full Text", Role::Text),
            ("fullText", Role::Text),
            ("CONTENT", Role::Text),
            ("正文", Role::Text),
            ("报告内容", Role::Text),
            ("publish_date", Role::Date),
            ("Publish-Date", Role::Date),
            ("发布日期", Role::Date),
            ("pubdate", Role::Date),
            ("year", Role::Year),
            ("年份", Role::Year),
            ("province", Role::Region),
            ("所属省份", Role::Region),
            ("标题", Role::Title),
            ("Title", Role::Title),
            ("source_url", Role::Link),
            ("来源", Role::Source),
            ("信息来源", Role::Source),
        ] {
            assert_eq!(role_of(name), Some(role), "{name}");
        }
        assert_eq!(role_of("备注"), None);
        assert_eq!(role_of("value"), None);
    }

    fn table(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    const LONG: &str = "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。过去一年，全市经济运行稳中有进，高质量发展扎实推进。";

    #[test]
    fn the_text_is_the_column_with_long_chinese_text() {
        // Names that say nothing: the text is found by its content.
        let names = table(&["a", "b", "c"]);
        let rows = vec![vec!["2025年政府工作报告", LONG, "2025"]];
        let c = recognise(&names, &rows, None).unwrap();
        assert_eq!(c.text, 1);
        // A text column named as such wins over content.
        let names = table(&["摘要", "正文"]);
        let rows = vec![vec![LONG, "短正文内容"]];
        assert_eq!(recognise(&names, &rows, None).unwrap().text, 1);
    }

    #[test]
    fn unclear_columns_ask_for_a_choice_and_a_choice_is_taken() {
        let names = table(&["col1", "col2"]);
        let rows = vec![vec![
            "潍坊市坊子区推进乡村振兴工作",
            "济南市济阳区加快产业发展步伐",
        ]];
        let samples = recognise(&names, &rows, None).unwrap_err();
        assert_eq!(samples.len(), 2);
        assert_eq!(samples[1].name, "col2");
        assert!(samples[1].sample.starts_with("济南市"));
        let choice = ColumnChoice {
            text: Some("COL2".into()),
            ..ColumnChoice::default()
        };
        assert_eq!(recognise(&names, &rows, Some(&choice)).unwrap().text, 1);
        // A name that is no column asks again.
        let choice = ColumnChoice {
            text: Some("col9".into()),
            ..ColumnChoice::default()
        };
        assert!(recognise(&names, &rows, Some(&choice)).is_err());
    }

    #[test]
    fn stated_fields_by_name() {
        let names = table(&[
            "province",
            "year",
            "title",
            "source_url",
            "publish_date",
            "full_text",
        ]);
        let rows = vec![vec![
            "上海市",
            "2026",
            "2026年上海市政府工作报告",
            "https://example.org/1",
            "2026-02-09",
            LONG,
        ]];
        let c = recognise(&names, &rows, None).unwrap();
        assert_eq!(
            c,
            Columns {
                text: 5,
                title: Some(2),
                date: Some(4),
                year: Some(1),
                region: vec![0],
                source: None,
            }
        );
    }
}
