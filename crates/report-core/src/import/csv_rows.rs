//! A spreadsheet exported as CSV: one report per row, its columns recognised
//! by common English and Chinese header names.

use super::{Given, NotImported, Rejection, Unit};

/// Header names per field, compared after trimming and lower-casing.
const TEXT_HEADERS: &[&str] = &[
    "text",
    "body",
    "content",
    "full text",
    "fulltext",
    "article",
    "正文",
    "内容",
    "全文",
    "文本",
    "报告内容",
    "报告正文",
];
const TITLE_HEADERS: &[&str] = &["title", "headline", "标题", "题目", "名称", "报告标题"];
const DATE_HEADERS: &[&str] = &[
    "date",
    "published",
    "publish date",
    "year",
    "日期",
    "时间",
    "发布时间",
    "发布日期",
    "年份",
];
const REGION_HEADERS: &[&str] = &[
    "region",
    "district",
    "county",
    "area",
    "place",
    "地区",
    "区县",
    "区域",
    "行政区",
    "行政区划",
    "地点",
];
const SOURCE_HEADERS: &[&str] = &[
    "source",
    "publisher",
    "来源",
    "出处",
    "发布机构",
    "发布单位",
    "媒体",
];

/// The header names looked for in a text column, for messages.
pub fn text_header_names() -> String {
    TEXT_HEADERS.join(", ")
}

/// One unit per data row with text; rows without text are reported by
/// number in `skipped`.
pub fn csv_units(file: &str, text: &str) -> Result<(Vec<Unit>, Vec<NotImported>), Rejection> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Rejection::InvalidCsv(e.to_string()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let Some(text_column) = column(TEXT_HEADERS) else {
        return Err(Rejection::NoTextColumn {
            headers: headers.iter().filter(|h| !h.is_empty()).cloned().collect(),
        });
    };
    let (title, date, region, source) = (
        column(TITLE_HEADERS),
        column(DATE_HEADERS),
        column(REGION_HEADERS),
        column(SOURCE_HEADERS),
    );
    let mut units = Vec::new();
    let mut skipped = Vec::new();
    for (i, record) in reader.records().enumerate() {
        // Row 1 is the header line.
        let row = i + 2;
        let record = record.map_err(|e| Rejection::InvalidCsv(e.to_string()))?;
        let cell = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let Some(body) = cell(Some(text_column)) else {
            if record.iter().any(|c| !c.trim().is_empty()) {
                skipped.push(NotImported::EmptyRow { row });
            }
            continue;
        };
        let given = Given {
            title: cell(title),
            date: cell(date),
            region: cell(region),
            source: cell(source),
            fills_gaps: false,
        };
        // The title leads the text, as in a page, so the pipeline reads it
        // as the title and the report's id covers it.
        let text = match &given.title {
            Some(t) => format!("{t}\n{body}\n"),
            None => format!("{body}\n"),
        };
        units.push(Unit::Text {
            origin: format!("{file} (row {row})"),
            text,
            given,
        });
    }
    Ok((units, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_by_chinese_or_english_headers() {
        let csv = "\u{feff}标题,发布日期,区县,来源,正文,备注\n\
                   坊子区报告,2023-07-06,坊子区,坊子新闻网,\"第一段，含逗号。\n第二段“引号”\"\"。\",x\n\
                   ,,,,,\n\
                   无正文,2023,,,,y\n";
        let (units, skipped) = csv_units("r.csv", csv).unwrap();
        assert_eq!(skipped, vec![NotImported::EmptyRow { row: 4 }]);
        assert_eq!(skipped[0].to_string(), "row 4: the text cell is empty");
        let [Unit::Text {
            origin,
            text,
            given,
        }] = units.as_slice()
        else {
            panic!("one unit expected: {units:?}");
        };
        assert_eq!(origin, "r.csv (row 2)");
        assert_eq!(text, "坊子区报告\n第一段，含逗号。\n第二段“引号”\"。\n");
        assert_eq!(given.date.as_deref(), Some("2023-07-06"));
        assert_eq!(given.region.as_deref(), Some("坊子区"));
        assert_eq!(given.source.as_deref(), Some("坊子新闻网"));

        let (units, _) = csv_units("e.csv", "Title,Text\nA,body text\n").unwrap();
        assert_eq!(units.len(), 1);
    }

    #[test]
    fn refuses_a_csv_without_a_text_column() {
        assert_eq!(
            csv_units("n.csv", "name,value\na,1\n").unwrap_err(),
            Rejection::NoTextColumn {
                headers: vec!["name".into(), "value".into()]
            }
        );
    }
}
