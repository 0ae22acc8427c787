//! Shapes the twelfth sample (local pages and the State Council's reports
//! of 1954–2025) and its made-up reports (a city's monthly economic
//! bulletin, a county's targets, a banner of 1997, a health bureau's
//! summary) found.
use super::test_support::{check, figures, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

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
        names("2020年婴儿死亡率和5岁以下儿童死亡率分别为2.6‰和3.8‰。"),
        ["婴儿死亡率", "5岁以下儿童死亡率"]
    );
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

#[test]
fn an_account_of_the_year_so_far_is_that_years() {
    let got = read_report(
        "江阳市2024年1—11月经济运行情况\n发布时间：2024-12-20\n一、工业生产\n1—11月，全市规模以上工业增加值同比增长6.8%。前三季度，全市社会消费品零售总额1023.6亿元。\n",
    );
    let want = [("2024-01–2024-11", 6.8), ("2024-Q1–Q3", 1023.6)];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((_, value, status, period), (want_period, want_value)) in got.iter().zip(want) {
        assert_eq!(
            (*value, *status, period.as_str()),
            (want_value, report_core::FigureStatus::Actual, want_period)
        );
    }
    // A title that plans as well is no account.
    let plan = read_report(
        "江阳市2024年上半年工作总结和下半年工作计划\n2024-07-10\n全年全市地区生产总值增长6%左右。\n",
    );
    assert_eq!(plan[0].2, report_core::FigureStatus::Target, "{plan:?}");
}

#[test]
fn the_last_few_years_are_a_span() {
    let periods = |text: &str| -> Vec<(Option<String>, report_core::FigureStatus)> {
        figures(text)
            .into_iter()
            .map(|f| (f.period, f.status))
            .collect()
    };
    let span = |p: &str| (Some(p.to_string()), report_core::FigureStatus::Actual);
    assert_eq!(
        periods("近三年农村新建房屋达9亿平方米。"),
        [span("2018–2020")]
    );
    assert_eq!(
        periods("两年中投入生产的工业建设单位有136个，新增生产能力有：钢42万吨。"),
        [span("2019–2020"), span("2019–2020")]
    );
    assert_eq!(
        names("近三年淘汰落后炼钢炼铁产能9000多万吨。中等职业学校在校生总数三年来增加两倍。"),
        ["淘汰落后炼钢炼铁产能", "中等职业学校在校生总数"]
    );
    // Years counted another way stay as they were read.
    assert_eq!(
        names("2007年中、高等职业教育在校生分别达到2000万人和1000万人。")[0],
        "中等职业教育在校生"
    );
    assert_eq!(
        periods("用两年时间新建学校12所。")[0].0.as_deref(),
        Some("2021")
    );
}

#[test]
fn a_month_onwards_runs_to_the_years_end() {
    let got = figures("2020年9月份以来，全市新增签约居民12.6万人。10月以后新增就业1200人。");
    let periods: Vec<_> = got.iter().map(|f| f.period.as_deref()).collect();
    assert_eq!(periods, [Some("2020-09–2020-12"), Some("2020-10–2020-12")]);
}

#[test]
fn an_item_after_a_figure_not_read_is_named_alone() {
    assert_eq!(
        names("2020年淘汰水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。"),
        ["淘汰水泥", "电解铝"]
    );
    // A name with a number of its own keeps it.
    assert_eq!(
        names("2020年PM2.5、PM10平均浓度下降8%。"),
        ["PM2.5、PM10平均浓度"]
    );
    assert_eq!(
        names("2020年65岁以上老年人、2型糖尿病患者规范管理率达到66%。"),
        ["65岁以上老年人、2型糖尿病患者规范管理率"]
    );
}

#[test]
fn a_share_of_a_qualified_noun_is_of_the_noun() {
    assert_eq!(
        names("今年在60%政府举办的基层医疗卫生机构实施基本药物制度。"),
        ["政府举办的基层医疗卫生机构"]
    );
}

#[test]
fn a_list_before_de_is_said_of_the_noun_after_it() {
    assert_eq!(
        names("2020年解决了3200户、1.4万人的饮水困难。"),
        ["饮水困难", "饮水困难"]
    );
    assert_eq!(
        names("2020年惠及120万户和350万人的农村改厕工程已经完成。"),
        ["农村改厕工程惠及", "农村改厕工程惠及"]
    );
}

#[test]
fn a_speed_compared_with_months_before_is_the_figure_befores() {
    check(
        "1—11月，全市规模以上工业增加值同比增长6.8%，增速比1—10月加快0.3个百分点。",
        &[
            (
                "规模以上工业增加值",
                6.8,
                "%",
                Growth,
                None,
                Actual,
                Some("1—11月"),
            ),
            (
                "规模以上工业增加值",
                0.3,
                "个百分点",
                Change,
                None,
                Actual,
                Some("1—11月"),
            ),
        ],
    );
}

#[test]
fn a_short_note_in_brackets_inside_a_name_is_part_of_it() {
    assert_eq!(
        names("2020年每千人口执业（助理）医师3.1人。"),
        ["每千人口执业（助理）医师"]
    );
    // A note after the subject, before what it does, still ends no clause.
    assert_eq!(names("2020年检查企业(单位)6039家。"), ["检查企业"]);
}

#[test]
fn the_copula_is_no_part_of_a_name() {
    assert_eq!(
        names("今年工业建设项目是116个，其他建设项目是24个。"),
        ["工业建设项目", "其他建设项目"]
    );
}
