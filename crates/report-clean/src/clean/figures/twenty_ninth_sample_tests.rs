//! Shapes the twenty-ninth sample (real web pages: townships' half-year
//! summaries, streets, departments, courts, procuratorates, bulletins,
//! chronicles and plans, 1742–2026) found.
use super::indicator::strip_indicator;
use super::test_support::names;

#[test]
fn an_items_number_opens_no_name() {
    assert_eq!(
        names("1、完成工业总产值3.2亿元，同比增长6%。"),
        vec!["工业总产值", "工业总产值"]
    );
    assert_eq!(names("2．实现财政收入800万元。"), vec!["财政收入"]);
    // Not a list of numbers, nor a decimal.
    assert_eq!(strip_indicator("3、5月份降水量"), "3、5月份降水量");
    assert_eq!(strip_indicator("12、13号楼建筑面积"), "12、13号楼建筑面积");
    assert_eq!(strip_indicator("1.5级以上地震"), "1.5级以上地震");
}

#[test]
fn a_notes_mark_closes_no_name() {
    assert_eq!(
        names("全年地区生产总值[2]1250亿元，比上年增长5.1%。年末常住人口［3］88.6万人。"),
        vec!["地区生产总值", "地区生产总值", "年末常住人口"]
    );
    // Not a year or words in the brackets.
    assert_eq!(strip_indicator("基金[2023]"), "基金[2023]");
    assert_eq!(strip_indicator("支出[注]"), "支出[注]");
}
