//! Shapes the nineteenth sample (real web pages: townships, counties,
//! development zones, budget reports, 1980s–2020s) found: a budget's words
//! of change, its completion of the budget, a growth after a share named by
//! its whole, a list's count opening a clause, a plan's higher goal, a net
//! gain, `分别` before a verb, half-width `!`, and `℅` typed for `%`.
use super::test_support::{figures, named_values, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus;

#[test]
fn care_of_typed_for_a_percent_sign_is_a_percent() {
    let got = named_values("2020年，全县生产总值实现12亿元，同比增长8.5℅。");
    assert_eq!(
        got[1],
        ("生产总值".to_string(), 8.5, "%".to_string(), Growth),
        "{got:?}"
    );
}

#[test]
fn a_budgets_revenue_up_or_down_is_a_change_of_its_subject() {
    let got = named_values("2020年，一般公共预算收入3.2亿元，比上年减收1200万元，下降3.6%。");
    assert_eq!(
        got[1..],
        [
            (
                "一般公共预算收入".to_string(),
                -1200.0,
                "万元".to_string(),
                Change
            ),
            (
                "一般公共预算收入".to_string(),
                -3.6,
                "%".to_string(),
                Growth
            ),
        ],
        "{got:?}"
    );
    let got = named_values("2020年，全镇税收收入2100万元，增收300万元，增长16.7%。");
    assert_eq!(got[1].0, "税收收入", "{got:?}");
    assert_eq!(got[1].3, Change, "{got:?}");
    // What each gained keeps the gain in its name.
    let got = named_values("2020年，全乡转移劳动力3000人，人均增收1800元。");
    assert_eq!(got[1].0, "人均增收", "{got:?}");
}

#[test]
fn the_share_of_its_budget_and_the_change_after_are_the_subjects() {
    let got = named_values(
        "1-4月，一般公共预算收入累计完成2.4亿元，完成年初预算数6亿元的40%，比上年减收1000万元。",
    );
    let names: Vec<_> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "一般公共预算收入",
            "年初预算数",
            "一般公共预算收入",
            "一般公共预算收入"
        ],
        "{got:?}"
    );
}

#[test]
fn a_growth_after_a_share_named_by_its_whole_is_the_subjects() {
    let got =
        named_values("1-5月，全县财政总收入3200万元，占年初预算8000万元的40%，同比下降5.5%。");
    assert_eq!(got[2].0, "财政总收入占年初预算", "{got:?}");
    assert_eq!(
        got[3],
        ("财政总收入".to_string(), -5.5, "%".to_string(), Growth),
        "{got:?}"
    );
    // A change of a share named as a share stays the share's.
    let got = named_values("2020年，服务业增加值占地区生产总值的比重由40%提高到42%，即提高2%。");
    assert!(got.iter().all(|f| f.0.contains("比重")), "{got:?}");
}

#[test]
fn a_lists_count_opening_a_clause_is_no_part_of_the_name() {
    let got = named_values(
        "2020年，财贸工作有了起色。一是社会消费品零售额完成15亿元，增长9%；二是税收收入达到2100万元。",
    );
    let names: Vec<_> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        ["社会消费品零售额", "社会消费品零售额", "税收收入"],
        "{got:?}"
    );
}

#[test]
fn the_higher_goal_a_plan_strives_for_is_a_growth_too() {
    let got =
        figures("今年的主要预期目标是：地区生产总值增长7%、力争8%，财政收入增长6%左右，争取7%。");
    let read: Vec<_> = got
        .iter()
        .map(|f| (f.indicator.as_str(), f.value, f.kind, f.status))
        .collect();
    assert_eq!(
        read,
        [
            ("地区生产总值", 7.0, Growth, FigureStatus::Target),
            ("地区生产总值", 8.0, Growth, FigureStatus::Target),
            ("财政收入", 6.0, Growth, FigureStatus::Target),
            ("财政收入", 7.0, Growth, FigureStatus::Target),
        ],
        "{got:?}"
    );
}

#[test]
fn a_net_gain_alone_is_of_the_things_added_before() {
    let got = named_values("2020年，新增市场主体1200户，净增800户。");
    assert_eq!(got[1].0, "新增市场主体", "{got:?}");
    // A net gain with its noun keeps both.
    let got = named_values("2020年，净增市场主体800户。");
    assert_eq!(got[0].0, "净增市场主体", "{got:?}");
}

#[test]
fn each_in_turn_before_a_verb_is_no_part_of_the_name() {
    let got = named_values("2018年至2020年，分别完成地区生产总值120亿元、135亿元、150亿元。");
    assert!(got.iter().all(|f| f.0 == "地区生产总值"), "{got:?}");
    let got = named_values("2020年，两个乡的粮食亩产分别达到了800斤、900斤。");
    assert!(got.iter().all(|f| !f.0.starts_with('了')), "{got:?}");
}

#[test]
fn a_half_width_exclamation_mark_ends_a_sentence() {
    let got = named_values("2020年，园区发挥了重要作用!园区完成税收收入8亿元。");
    assert_eq!(got[0].0, "税收收入", "{got:?}");
}

#[test]
fn people_after_the_unit_are_what_is_counted() {
    let got = named_values("全县50万人民齐心协力，奋力拼搏。");
    assert_eq!(got[0].0, "人民", "{got:?}");
    assert_eq!(got[0].1, 50.0, "{got:?}");
}

#[test]
fn a_verb_marked_done_ends_the_noun_counted() {
    let got = named_values("2020年，在120个村庄推行了“积分制”管理。");
    assert_eq!(got[0].0, "村庄", "{got:?}");
    // Two verbs joined before 了: both go.
    let got = named_values("1990年，我国同12个国家建立或恢复了外交关系。");
    assert_eq!(got[0].0, "国家", "{got:?}");
    // A verb of one character.
    let got = named_values("2020年，8个县区通了天然气。");
    assert_eq!(got[0].0, "县区", "{got:?}");
}

#[test]
fn a_count_that_heads_the_list_after_it_is_no_statistic() {
    assert!(named_values("工业生产出现了3个转折。一是企业扭亏为盈。").is_empty());
    assert!(named_values("过去一年取得了五个突破：一是项目建设提速。").is_empty());
    // A plan's count of what it will do stays; so does a count before the stop.
    let got = named_values("今年再办好12件民生实事。一是新建幼儿园5所。");
    assert_eq!(got[0].0, "民生实事", "{got:?}");
    let got = named_values("2020年，新增规上企业12家。一是加大培育力度。");
    assert_eq!(got.len(), 1, "{got:?}");
    // Things done or to be done, counted by their own measure or by more
    // than ten, stay before a colon too.
    for (text, name) in [
        ("今年将办好15件民生实事：一是新建幼儿园5所。", "民生实事"),
        (
            "全市共实施了120个重大项目：一是基础设施项目60个。",
            "重大项目",
        ),
        ("去年新建了8所学校：一是城区小学3所。", "学校"),
    ] {
        let got = named_values(text);
        assert_eq!(
            got.first().map(|g| g.0.as_str()),
            Some(name),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_heading_naming_no_time_sets_no_period_where_the_year_is_unknown() {
    let got = read_report(
        "一、一般公共预算收支完成情况\n\n全县一般公共预算收入累计完成2.1亿元，下降3.2%。\n\n二、政府性基金收支完成情况\n\n全县政府性基金收入累计完成3000万元，下降5.2%。\n",
    );
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|f| !f.3.contains("情况")), "{got:?}");
}

#[test]
fn a_rate_base_in_a_unit_of_area_is_no_part_of_the_name() {
    let got = named_values("1988年，全市人口密度为每平方公里520人。");
    assert_eq!(got[0].0, "人口密度", "{got:?}");
}

#[test]
fn the_items_after_a_plans_targets_are_targets_where_the_year_is_unknown() {
    let got = super::paragraph_figures(
        "今年发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业1.2万人左右；居民消费价格涨幅3%左右。",
        0,
        0,
        None,
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter().all(|f| f.status == FigureStatus::Target),
        "{got:?}"
    );
}
