//! Shapes the twenty-seventh sample (real web pages: townships, counties,
//! prefectures, audits, censuses, procuratorates, NPC reports, yearbook
//! entries, 1949–2026) found.
use super::test_support::{named_values, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn an_age_band_before_a_count_is_no_figure() {
    // A population by age band: the bounds are no measures of years.
    let got = named_values(
        "全镇总人口12000人，14岁以下1800人，占15%；15~64岁8400人，占70%；65岁及以上1800人，占15%。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (12000.0, "人"),
            (1800.0, "人"),
            (15.0, "%"),
            (8400.0, "人"),
            (70.0, "%"),
            (1800.0, "人"),
            (15.0, "%")
        ]
    );
    // The band names the people counted.
    assert_eq!(
        names("全镇总人口12000人，14岁以下1800人，占15%；15~64岁8400人，占70%。"),
        vec!["总人口", "14岁以下", "14岁以下占", "15~64岁", "15~64岁占"]
    );
    // Bands listed before what is said of each.
    let got =
        named_values("与上年相比，0—14岁、15—59岁人口的比重分别上升0.5个百分点、下降1.2个百分点。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, vec![(0.5, "个百分点"), (-1.2, "个百分点")]);
    // An age said of a measure is still read.
    let got = named_values("人均预期寿命达到79.5岁，比上年提高0.2岁。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, vec![(79.5, "岁"), (0.2, "岁")]);
}
