//! Writing CSV (RFC 4180) for exports that go into spreadsheets.

/// Quotes a cell where needed, and defuses cells a spreadsheet would run as
/// a formula (`=`, `+`, `-`, `@` first) by prefixing an apostrophe.
pub fn cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// A whole table: header row then rows, CRLF line ends, with a UTF-8 byte
/// order mark so spreadsheet programs read Chinese correctly.
pub fn table<R: AsRef<[String]>>(header: &[&str], rows: &[R]) -> String {
    let mut out = String::from('\u{FEFF}');
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| cell(h)).collect()));
    for row in rows {
        out.push_str(&line(row.as_ref().iter().map(|c| cell(c)).collect()));
    }
    out
}

/// Columns that cite a report in every export: title, date, whether the
/// date was inferred, province, city, district, source.
pub const CITATION_HEADER: [&str; 7] = [
    "report_title",
    "date",
    "date_inferred",
    "province",
    "city",
    "district",
    "source",
];

fn division_name(division: Option<&crate::model::Division>) -> String {
    division.map(|d| d.name.clone()).unwrap_or_default()
}

/// The [`CITATION_HEADER`] cells of a report.
pub fn citation_cells(report: &crate::model::Report) -> Vec<String> {
    let region = report.region.as_ref();
    vec![
        report.title.clone(),
        report
            .date
            .as_ref()
            .map(|d| d.value.clone())
            .unwrap_or_default(),
        report
            .date
            .as_ref()
            .map_or("", |d| if d.inferred { "yes" } else { "no" })
            .to_string(),
        division_name(region.and_then(|r| r.province.as_ref())),
        division_name(region.and_then(|r| r.city.as_ref())),
        crate::model::district_of(report)
            .unwrap_or_default()
            .to_string(),
        report.source.clone().unwrap_or_default(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_formulas() {
        assert_eq!(cell("营商环境"), "营商环境");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("他说\"好\""), "\"他说\"\"好\"\"\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn table_has_bom_header_and_crlf() {
        let t = table(&["a", "b"], &[vec!["1".to_string(), "x,y".to_string()]]);
        assert_eq!(t, "\u{FEFF}a,b\r\n1,\"x,y\"\r\n");
    }
}
