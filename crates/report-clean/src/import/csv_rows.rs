//! A spreadsheet exported as CSV: one report per row, its columns
//! recognised by name and content ([`super::columns`]), or as chosen.

use super::columns::{recognise, Columns};
use super::html_text::html_to_text;
use super::{Given, Unit};
use report_core::import::{ColumnChoice, NotImported, Rejection};

/// Rows read to recognise the columns by their content.
const SAMPLE_ROWS: usize = 50;

/// The character that parts the header line's column names: a comma, or a
/// tab or semicolon where the header holds more of those than commas (a
/// sheet saved as tab-separated text, a spreadsheet set to a European
/// locale).
fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|&d| (header.bytes().filter(|&b| b == d).count(), d == b','))
        .unwrap_or(b',')
}

/// One unit per data row with text; rows without text are reported by
/// number in `skipped`. Where no column is clearly the text (and none was
/// chosen), the columns come back with samples for a person to choose.
pub fn csv_units(
    file: &str,
    text: &str,
    chosen: Option<&ColumnChoice>,
) -> Result<(Vec<Unit>, Vec<NotImported>), Rejection> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter_of(text))
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| Rejection::InvalidCsv(e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    let records = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Rejection::InvalidCsv(e.to_string()))?;
    let sample: Vec<Vec<&str>> = records
        .iter()
        .take(SAMPLE_ROWS)
        .map(|r| r.iter().collect())
        .collect();
    let columns = recognise(&names, &sample, chosen)
        .map_err(|columns| Rejection::ChooseTextColumn { columns })?;
    let mut units = Vec::new();
    let mut skipped = Vec::new();
    for (i, record) in records.iter().enumerate() {
        // Row 1 is the header line.
        let row = i + 2;
        let cells: Vec<&str> = record.iter().collect();
        match record_unit(&columns, &cells) {
            Some((text, given)) => units.push(Unit::Text {
                origin: format!("{file} (row {row})"),
                text,
                given,
            }),
            None if cells.iter().any(|c| !c.trim().is_empty()) => {
                skipped.push(NotImported::EmptyRow { row })
            }
            None => {}
        }
    }
    Ok((units, skipped))
}

/// The text of one record (a row, a JSON object) and what it states, or
/// `None` where its text cell is empty. The title leads the text, as in a
/// page, so the pipeline reads it as the title and the report's id covers
/// it.
pub(super) fn record_unit(columns: &Columns, cells: &[&str]) -> Option<(String, Given)> {
    let cell = |c: Option<usize>| {
        c.and_then(|c| cells.get(c))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let body = cell(Some(columns.text))?;
    // A content system's export keeps the page's markup in the text cell
    // (`<p style="text-indent:2em;">…</p>`): read as the page it is.
    let body = if holds_markup(&body) {
        html_to_text(&body).trim().to_string()
    } else {
        body
    };
    if body.is_empty() {
        return None;
    }
    let regions: Vec<String> = columns
        .region
        .iter()
        .filter_map(|&c| cell(Some(c)))
        .collect();
    let given = Given {
        title_if_none: None,
        date_if_none: None,
        site_owner: None,
        source_if_none: None,
        title: cell(columns.title),
        date: cell(columns.date),
        year: cell(columns.year),
        region: (!regions.is_empty()).then(|| regions.concat()),
        source: cell(columns.source),
        fills_gaps: false,
    };
    let text = match &given.title {
        Some(t) => format!("{t}\n{body}\n"),
        None => format!("{body}\n"),
    };
    Some((text, given))
}

/// Whether a cell's text is markup: it sets its paragraphs or lines
/// with HTML's tags (`<p>`, `<p class=…>`, `<br>`, `<div>`), closed
/// where they close.
fn holds_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let opens =
        |tag: &str| lower.contains(&format!("<{tag}>")) || lower.contains(&format!("<{tag} "));
    (opens("p") && lower.contains("</p>"))
        || (opens("div") && lower.contains("</div>"))
        || lower.contains("<br>")
        || lower.contains("<br/>")
        || lower.contains("<br />")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::ColumnSample;

    #[test]
    fn a_sheet_saved_as_tab_or_semicolon_separated_text() {
        for sep in ['\t', ';'] {
            let csv = format!("标题{sep}发布日期{sep}正文\n某县报告{sep}2019-01-11{sep}各位代表：现在，我代表县人民政府，向大会报告工作。\n");
            let (units, _) = csv_units("t.csv", &csv, None).unwrap();
            let Unit::Text { text, given, .. } = &units[0] else {
                panic!("a text unit");
            };
            assert!(
                text.trim_end()
                    .ends_with("各位代表：现在，我代表县人民政府，向大会报告工作。"),
                "{sep:?}: {text}"
            );
            assert!(!text.contains("2019-01-11"), "{sep:?}: {text}");
            assert_eq!(given.date.as_deref(), Some("2019-01-11"));
        }
        // Commas in the header beside a tab in a name: commas part it.
        assert_eq!(delimiter_of("title,date\tday,text\n"), b',');
    }

    #[test]
    fn reads_rows_by_chinese_or_english_headers() {
        let csv = "\u{feff}标题,发布日期,区县,来源,正文,备注\n\
                   坊子区报告,2023-07-06,坊子区,坊子新闻网,\"第一段，含逗号。\n第二段“引号”\"\"。\",x\n\
                   ,,,,,\n\
                   无正文,2023,,,,y\n";
        let (units, skipped) = csv_units("r.csv", csv, None).unwrap();
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

        let (units, _) = csv_units("e.csv", "Title,Text\nA,body text\n", None).unwrap();
        assert_eq!(units.len(), 1);
    }

    #[test]
    fn a_text_cell_of_markup_is_read_as_a_page() {
        let csv = "标题,正文\n\
                   某县报告,\"<p style=\"\"text-indent:2em;\"\">各位代表：</p><p>现在，我代表县人民政府<br/>向大会报告工作。</p>\"\n";
        let (units, _) = csv_units("h.csv", csv, None).unwrap();
        let Unit::Text { text, .. } = &units[0] else {
            panic!()
        };
        assert_eq!(
            text,
            "某县报告\n各位代表：\n现在，我代表县人民政府\n向大会报告工作。\n"
        );
        // Angle brackets in prose are no markup.
        let csv = "标题,正文\n某县报告,指标<p>为5%，目标<div>待定\n";
        let (units, _) = csv_units("h.csv", csv, None).unwrap();
        let Unit::Text { text, .. } = &units[0] else {
            panic!()
        };
        assert_eq!(text, "某县报告\n指标<p>为5%，目标<div>待定\n");
    }

    #[test]
    fn snake_case_english_headers_and_stated_fields() {
        let csv = "province,year,title,source_url,publish_date,full_text\n\
                   吉林省,2026,2026年吉林省政府工作报告,https://x.cn/1,2026-02-01,\
                   各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。\
                   过去一年，全省经济运行稳中有进，高质量发展扎实推进，民生福祉持续增进。\n";
        let (units, _) = csv_units("p.csv", csv, None).unwrap();
        let Unit::Text { text, given, .. } = &units[0] else {
            panic!()
        };
        assert!(text.starts_with("2026年吉林省政府工作报告\n各位代表"));
        assert_eq!(given.region.as_deref(), Some("吉林省"));
        assert_eq!(given.date.as_deref(), Some("2026-02-01"));
        assert_eq!(given.year.as_deref(), Some("2026"));
        assert_eq!(given.source, None, "a source_url is a link, not a source");
    }

    #[test]
    fn unknown_headers_ask_for_the_text_column_then_import() {
        let csv = "甲,乙\n坊子区推进乡村振兴,济阳区加快发展\n奎文区优化营商环境,坊子区加快转型\n";
        let Err(Rejection::ChooseTextColumn { columns }) = csv_units("u.csv", csv, None) else {
            panic!("a choice expected")
        };
        assert_eq!(
            columns[0],
            ColumnSample {
                name: "甲".into(),
                sample: "坊子区推进乡村振兴".into()
            }
        );
        let choice = ColumnChoice {
            text: Some("乙".into()),
            ..ColumnChoice::default()
        };
        let (units, _) = csv_units("u.csv", csv, Some(&choice)).unwrap();
        assert_eq!(units.len(), 2);
        let Unit::Text { text, .. } = &units[1] else {
            panic!()
        };
        assert_eq!(text, "坊子区加快转型\n");
    }
}
