//! Made-up pages of the shapes the twelfth look at real report pages
//! (pages30, docs/quality-real-pages.md) found read wrong.

mod support;

use support::shapes::{first_paragraph, report};

fn paragraphs(r: &report_core::Report) -> Vec<&String> {
    r.sections.iter().flat_map(|s| &s.paragraphs).collect()
}

#[test]
fn a_grids_empty_cells_leave_the_headline_and_the_body() {
    // A disclosure page's layout table as text: the headline's cell and
    // the grid's empty cells after it, then lines of bars alone.
    let bars = "|".repeat(300);
    let text = [
        format!("某某区某某街道2030年政府信息公开工作年度报告 {bars}"),
        "信息来源:某某区某某街道办事处".to_string(),
        "发布时间:2031-01-05 11:19".to_string(),
        "|".to_string(),
        bars.clone(),
        "---|---|---|".to_string(),
        "一、总体情况".to_string(),
        "2030年,街道认真贯彻落实区委、区政府关于政府信息公开工作的部署。".to_string(),
        "二、主动公开政府信息情况".to_string(),
        "全年主动公开信息42条。".to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某区某某街道2030年政府信息公开工作年度报告");
    assert!(!r.title_is_derived);
    for p in paragraphs(&r) {
        assert!(!p.contains("|||"), "{p}");
    }
    assert!(
        first_paragraph(&r).starts_with("2030年"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn a_table_rows_empty_cells_stay() {
    // A row of the report's own table keeps its empty cells: only a run of
    // them after a lone cell is the page's grid.
    let text = [
        "某某县2030年政府信息公开工作年度报告",
        "一、主动公开政府信息情况",
        "规范性文件 | 3 | 1 | 12 | | |",
        "全年主动公开信息42条。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        paragraphs(&r)
            .iter()
            .any(|p| p.as_str() == "规范性文件 | 3 | 1 | 12 | | |"),
        "{:?}",
        paragraphs(&r)
    );
}

