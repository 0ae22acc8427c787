//! Shapes the twelfth sample (local pages and the State Council's reports
//! of 1954–2025) and its made-up reports (a city's monthly economic
//! bulletin, a county's targets, a banner of 1997, a health bureau's
//! summary) found.
use super::test_support::names;

#[test]
fn a_list_shares_the_measure_its_last_item_ends_in() {
    assert_eq!(
        names("2020年，新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%。"),
        ["新能源汽车产量", "集成电路产量", "工业机器人产量"]
    );
    assert_eq!(
        names("2020年，战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。"),
        ["战略性新兴产业增加值", "高新技术产业增加值"]
    );
    assert_eq!(
        names("2020年，化学需氧量和二氧化硫排放量分别下降3.2%和5.6%。"),
        ["化学需氧量排放量", "二氧化硫排放量"]
    );
    assert_eq!(
        names("2020年，集成电路、汽车零配件、锂电池出口分别增长12%、8%、20%。"),
        ["集成电路出口", "汽车零配件出口", "锂电池出口"]
    );
    // Items that name their own measure share none.
    assert_eq!(
        names("2020年，接待游客人次和旅游收入分别增长17.6%、16.8%。"),
        ["接待游客人次", "旅游收入"]
    );
    assert_eq!(
        names("2020年，规上工业增加值、固定资产投资、社会消费品零售总额分别增长6.1%、5.2%、4.3%。"),
        ["规上工业增加值", "固定资产投资", "社会消费品零售总额"]
    );
    // A head the items' lengths give still stands where no measure ends the list.
    assert_eq!(
        names("2020年，地表水、近岸海域水质优良比例分别达96.9%、98%。"),
        ["地表水水质优良比例", "近岸海域水质优良比例"]
    );
}
