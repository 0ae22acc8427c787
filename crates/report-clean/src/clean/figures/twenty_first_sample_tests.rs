//! Shapes the twenty-first sample (real web pages: streets, counties,
//! banners, zones, budget and final-accounts reports, yearbooks and
//! chronicles, 1952–2024) found: a figure in brackets before the next
//! figure.
use super::test_support::named_values;

#[test]
fn a_figure_in_brackets_before_the_next_figure_names_nothing() {
    // This used to panic: the name before the brackets ended before the
    // figure inside them.
    let got = named_values("某某街道实现税收2.5亿元，完成全年目标（2.8亿元）89%。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1, 89.0, "{got:?}");
    let got = named_values("某某区工业增加值增长12.5%，高于全市增幅（8.1%）4.4个百分点。");
    assert_eq!(got.len(), 3, "{got:?}");
}
