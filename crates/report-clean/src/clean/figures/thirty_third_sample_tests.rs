//! Shapes the thirty-third sample (real web pages: monthly and quarterly
//! releases, courts' and a procuratorate's data, budgets, a yearbook's
//! entry, towns' summaries, news of a year, traditional copies,
//! 1994–2025) found.
use super::test_support::{named_values, names};
use report_core::FigureKind;

/// (value, unit) of each figure of a paragraph.
fn values(text: &str) -> Vec<(f64, String)> {
    named_values(text).into_iter().map(|f| (f.1, f.2)).collect()
}

#[test]
fn bare_values_of_a_list_share_the_last_ones_unit() {
    // (33a) `分别下降0.72、0.06、7.39个百分点`: each value of the list, not
    // the last alone with the others in its name.
    let got = named_values("上诉率、再审率、申请执行率同比分别下降0.72、0.06、7.39个百分点。");
    let got: Vec<(f64, &str, FigureKind)> = got.iter().map(|f| (f.1, f.2.as_str(), f.3)).collect();
    assert_eq!(
        got,
        vec![
            (-0.72, "个百分点", FigureKind::Change),
            (-0.06, "个百分点", FigureKind::Change),
            (-7.39, "个百分点", FigureKind::Change),
        ]
    );
    assert_eq!(
        names("上诉率、再审率、申请执行率同比分别下降0.72、0.06、7.39个百分点。"),
        vec!["上诉率", "再审率", "申请执行率"]
    );
    // A space copied from the page before the mark, and `和`.
    let got = values("城镇、农村居民收入增速分别提高1.7 、2.8个百分点。");
    assert_eq!(
        got,
        vec![(1.7, "个百分点".into()), (2.8, "个百分点".into())]
    );
    let got = values("城镇、农村居民收入增速分别提高1.7和2.8个百分点。");
    assert_eq!(
        got,
        vec![(1.7, "个百分点".into()), (2.8, "个百分点".into())]
    );
}

#[test]
fn numbers_outside_a_list_of_values_stay_unread() {
    // Counter-cases: numbers of lines before a figure, with no `分别`
    // (`全市1、2号线`), are no values; years before `分别` neither; a
    // list whose values each carry their unit reads as before.
    assert_eq!(
        values("全市1、2号线运营里程达到50公里。"),
        vec![(50.0, "公里".into())]
    );
    // Without `分别` the list is left as it was read (its last value).
    assert_eq!(
        values("城镇、农村居民收入增速提高1.7、2.8个百分点。"),
        vec![(2.8, "个百分点".into())]
    );
    assert_eq!(
        values("2019、2020年分别增长5%和6%。"),
        vec![(5.0, "%".into()), (6.0, "%".into())]
    );
    assert_eq!(
        values("工业、农业分别增长8.2%、5.6%。"),
        vec![(8.2, "%".into()), (5.6, "%".into())]
    );
}
