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

#[test]
fn items_parted_by_commas_name_the_values() {
    // (33b) Items parted by commas, some holding `、` of their own, as many
    // as the values: each names its value, sharing the last one's measure.
    assert_eq!(
        names("重点行业中，农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，汽车制造业增加值分别增长10.2%、11.4%、67.4%、42.0%。"),
        vec![
            "农副食品加工业增加值",
            "金属制品业增加值",
            "计算机、通信和其他电子设备制造业增加值",
            "汽车制造业增加值",
        ]
    );
    // Two, one of them holding `、`.
    assert_eq!(
        names("酒、饮料和精制茶制造业，汽车制造业分别增长3.1%、4.2%。"),
        vec!["酒、饮料和精制茶制造业", "汽车制造业"]
    );
}

#[test]
fn a_clause_before_that_says_something_names_no_item() {
    // Counter-cases: a clause that says something (a verb of change, a
    // number) or ends unlike the last item is no item; two items with no
    // `、` are not taken either.
    let got = names("全市经济增长较快，工业，农业，服务业分别增长5%、6%、7%。");
    assert_eq!(got, vec!["工业", "农业", "服务业"]);
    let got = names("全市大力发展服务业，农业增加值分别增长5%、6%。");
    assert!(got.iter().all(|n| !n.contains("发展服务业")), "{got:?}");
    let got = names("工业稳中有进，采矿业、制造业增加值分别增长5%、6%。");
    assert_eq!(got, vec!["采矿业增加值", "制造业增加值"]);
}

#[test]
fn the_month_just_named_is_no_part_of_the_name() {
    // (33c) `当月全省汽车产量14.2万辆`: 当月 is the month the release is of.
    assert_eq!(
        names("当月全省汽车产量14.2万辆，同比增长8.6%。"),
        vec!["汽车产量", "汽车产量"]
    );
    assert_eq!(names("本月工业用电量3.2亿千瓦时。"), vec!["工业用电量"]);
    // Counter-cases: words that open on 当 or 月 but name no month stay.
    assert_eq!(names("当期损益调整额3.2亿元。"), vec!["当期损益调整额"]);
    assert_eq!(names("月均用电量3.2亿千瓦时。"), vec!["月均用电量"]);
    // (review) Nor 本月 going on as a point or span of the month: cut, it
    // would leave `末…`, `份…`, `止…` opening the name.
    for text in [
        "本月末全市存款余额5620亿元。",
        "本月份全县税收收入3.6亿元。",
        "本月止累计完成投资86.2亿元。",
    ] {
        let got = names(text);
        assert!(
            got.iter().all(|n| !n.starts_with(['末', '份', '止'])),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_list_named_in_the_clause_before_names_the_values() {
    // (33b) A `、` list closing the clause before the `分别` names the
    // values: the last item without its predicate, the list's own words
    // after each unless a base alone (`同比`).
    assert_eq!(
        names("上诉率、再审率、申请执行率明显趋优，同比分别下降0.72、0.06、7.39个百分点。"),
        vec!["上诉率", "再审率", "申请执行率"]
    );
    assert_eq!(
        names("新材料产业、电子信息产业、生物医药产业保持增长，增速分别为4.6%、2.2%和0.5%。"),
        vec!["新材料产业增速", "电子信息产业增速", "生物医药产业增速"]
    );
    assert_eq!(
        names("全市工业、农业平稳增长，分别增长5%、6%。"),
        vec!["工业", "农业"]
    );
    // Counter-cases: items that end unlike (`投资、消费稳步增长`), or a
    // clause before with a number, name nothing.
    let got = names("投资、消费稳步增长，两项指标分别增长5%、6%。");
    assert!(got.iter().all(|n| !n.contains("消费")), "{got:?}");
    let got = names("工业、农业增加值达到5亿元，同比分别增长5%、6%。");
    assert!(got.iter().skip(1).all(|n| !n.contains("亿元")), "{got:?}");
}
