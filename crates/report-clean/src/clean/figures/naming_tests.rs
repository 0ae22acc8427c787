//! What a figure is named: the words before or after its number.
use super::test_support::{check, figures, names};
use report_core::FigureKind;
use report_core::FigureStatus;

use FigureKind::*;
use FigureStatus::*;

#[test]
fn a_scope_with_its_resolve_or_its_own_level_is_not_the_indicator() {
    assert_eq!(
        names("2021年，街道力争完成税收收入4.1亿元，县本级一般公共预算收入28.6亿元。"),
        ["税收收入", "一般公共预算收入"]
    );
    // `本级` before a name no report shares stays in it.
    assert_eq!(
        names("2021年，本级财政安排资金1.2亿元。"),
        ["本级财政安排资金"]
    );
}

#[test]
fn a_plan_or_next_year_before_the_subject_is_no_part_of_its_name() {
    assert_eq!(
        names("一九八七年，工农业总产值计划增长百分之七。明年全县地区生产总值增长6%左右。"),
        ["工农业总产值", "地区生产总值"]
    );
}

#[test]
fn a_share_of_the_target_and_a_multiple_of_last_year_are_about_their_measure() {
    assert_eq!(
        names(
            "2021年，全年完成固定资产投资5.2亿元，完成年度目标的104%；\
             全年固定资产投资完成年度目标的102%，旅游总收入是上年的1.5倍。"
        ),
        ["固定资产投资", "固定资产投资", "固定资产投资", "旅游总收入"]
    );
    // A plan or a task named for what it plans is a name of its own.
    assert_eq!(
        names("2021年，重点项目累计完成投资9.85亿元，占年度投资计划的41.7%。"),
        ["重点项目累计完成投资", "占年度投资计划"]
    );
}

#[test]
fn a_shared_head_noun_starts_after_a_words_end() {
    assert_eq!(
        names("2021年，地表水、近岸海域水质优良率分别为95.2%、98.7%。"),
        ["地表水水质优良率", "近岸海域水质优良率"]
    );
}

#[test]
fn an_average_or_a_share_word_before_the_number_is_no_part_of_the_name() {
    assert_eq!(names("全县城镇调查失业率平均为5.1%。"), ["城镇调查失业率"]);
    assert_eq!(names("其中区外就业占15%以上。"), ["区外就业"]);
}

#[test]
fn an_adverb_of_sequence_before_the_verb_is_no_part_of_the_name() {
    assert_eq!(names("外贸进出口总额首次突破500亿元。"), ["外贸进出口总额"]);
    assert_eq!(
        names("旅游总收入接连突破100亿元、200亿元。"),
        ["旅游总收入", "旅游总收入"]
    );
    assert_eq!(names("两项指标相继达到95%。"), ["两项指标"]);
}

#[test]
fn a_rate_per_person_and_month_belongs_to_the_amount_not_the_name() {
    assert_eq!(
        names("城乡低保标准从每人每月800元提高到850元。"),
        ["城乡低保标准", "城乡低保标准"]
    );
    assert_eq!(
        names("散居孤儿（含困境儿童）从每人每月1200元提高到1250元。"),
        ["散居孤儿", "散居孤儿"]
    );
}

#[test]
fn an_item_after_a_counted_noun_of_the_same_list_is_named_alone() {
    assert_eq!(
        names("新增1个国家级产业集群、规上加工企业20家以上。"),
        ["国家级产业集群", "规上加工企业"]
    );
}

#[test]
fn a_measure_after_a_counted_noun_of_the_same_list_measures_that_noun() {
    assert_eq!(
        names("实施120个省级重点项目、完成投资980亿元。"),
        ["省级重点项目", "省级重点项目完成投资"]
    );
}

#[test]
fn in_all_before_a_verb_is_framing_but_a_word_that_starts_with_it_is_not() {
    assert_eq!(names("共建成标准化厂房30万平方米。"), ["标准化厂房"]);
    assert_eq!(names("共享单车投放量达5万辆。"), ["共享单车投放量"]);
    assert_eq!(names("共接到企业反映问题150个。"), ["接到企业反映问题"]);
}

#[test]
fn a_step_up_or_years_running_before_the_number_are_no_part_of_the_name() {
    assert_eq!(
        names("全县地区生产总值历史性迈上300亿元台阶。"),
        ["地区生产总值"]
    );
    assert_eq!(names("群众安全感连续5年保持在97%以上。"), ["群众安全感"]);
}

#[test]
fn a_name_in_quotation_marks_after_the_unit_is_what_is_counted() {
    assert_eq!(
        names("打造10个以上“好房子”示范项目。"),
        ["“好房子”示范项目"]
    );
}

#[test]
fn a_level_alone_before_the_next_count_shares_its_head_noun() {
    assert_eq!(
        names("建成3个国家级、12个省级区域医疗中心。"),
        ["国家级区域医疗中心", "省级区域医疗中心"]
    );
    assert_eq!(
        names("培育2个世界级、3个国家级、4个区域级产业集群。"),
        ["世界级产业集群", "国家级产业集群", "区域级产业集群"]
    );
    // A level that is the whole name stays as it is.
    assert_eq!(names("新增5个市级、2个县级。"), ["市级", "县级"]);
}

#[test]
fn a_change_from_a_base_takes_its_subject_from_the_clause_before() {
    check(
        "全省小学入学率，由2015年的82%提高到2020年的95%。",
        &[
            ("小学入学率", 82.0, "%", Share, None, Actual, Some("2015年")),
            ("小学入学率", 95.0, "%", Share, None, Actual, Some("2020年")),
        ],
    );
}

#[test]
fn a_share_that_opens_its_clause_is_of_the_noun_after_it() {
    check(
        "培训农民工12万人，超70%学员实现稳定就业。",
        &[
            (
                "培训农民工",
                12.0,
                "万人",
                Count,
                None,
                Actual,
                Some("2021"),
            ),
            ("学员", 70.0, "%", Share, Some("超"), Actual, Some("2021")),
        ],
    );
}

#[test]
fn a_running_total_is_not_the_years_additions() {
    check(
        "新增口袋公园45个，累计达到320个。",
        &[
            (
                "新增口袋公园",
                45.0,
                "个",
                Count,
                None,
                Actual,
                Some("2021"),
            ),
            ("口袋公园", 320.0, "个", Count, None, Actual, Some("2021")),
        ],
    );
}

#[test]
fn a_verb_of_doing_alone_names_nothing() {
    check(
        "小散乱作坊由200多家压减到35家。",
        &[
            (
                "小散乱作坊",
                200.0,
                "家",
                Count,
                Some("多"),
                Actual,
                Some("2021"),
            ),
            ("小散乱作坊", 35.0, "家", Count, None, Actual, Some("2021")),
        ],
    );
    check(
        "棚户区改造住房基本建成3万套、新开工2万套。",
        &[
            (
                "棚户区改造住房基本建成",
                3.0,
                "万套",
                Count,
                None,
                Actual,
                Some("2021"),
            ),
            (
                "棚户区改造住房基本建成",
                2.0,
                "万套",
                Count,
                None,
                Actual,
                Some("2021"),
            ),
        ],
    );
}

#[test]
fn a_proposed_sum_is_a_target() {
    check(
        "市财政拟安排专项资金3亿元。",
        &[(
            "市财政拟安排专项资金",
            3.0,
            "亿元",
            Amount,
            None,
            Target,
            Some("2021"),
        )],
    );
    check(
        "续建项目5个，拟建项目8个。",
        &[
            ("续建项目", 5.0, "个", Count, None, Actual, Some("2021")),
            ("拟建项目", 8.0, "个", Count, None, Actual, Some("2021")),
        ],
    );
    check(
        "建成虚拟仿真实训基地4个。",
        &[(
            "虚拟仿真实训基地",
            4.0,
            "个",
            Count,
            None,
            Actual,
            Some("2021"),
        )],
    );
}

#[test]
fn a_past_year_opening_a_sentence_goes_on_in_a_paragraph_nothing_frames() {
    check(
        "2019年全县粮食获得丰收。油料产量比2018年增长12%。",
        &[("油料产量", 12.0, "%", Growth, None, Actual, Some("2019年"))],
    );
    // A year ahead does not.
    check(
        "到2025年建成示范区。油料产量增长12%。",
        &[("油料产量", 12.0, "%", Growth, None, Actual, Some("2021"))],
    );
}

#[test]
fn a_share_named_by_its_whole_is_of_the_figure_before() {
    check(
        "预备费3.2亿元，占本级支出的1.5%。",
        &[
            ("预备费", 3.2, "亿元", Amount, None, Actual, Some("2021")),
            (
                "预备费占本级支出",
                1.5,
                "%",
                Share,
                None,
                Actual,
                Some("2021"),
            ),
        ],
    );
}

#[test]
fn a_change_in_tenths_is_a_percentage() {
    check(
        "进出口总额比上年增长两成，农产品出口下降三成多。",
        &[
            ("进出口总额", 20.0, "%", Growth, None, Actual, Some("2021")),
            (
                "农产品出口",
                -30.0,
                "%",
                Growth,
                Some("多"),
                Actual,
                Some("2021"),
            ),
        ],
    );
    // Not after a word of change: a saying, a share of new goods.
    assert!(figures("工作方法一成不变，七成新的设备建成投用。").is_empty());
}

#[test]
fn a_rise_in_prices_is_the_rate_of_the_prices() {
    assert_eq!(
        names("居民消费价格上涨0.1%，城镇调查失业率平均为4.2%。"),
        ["居民消费价格", "城镇调查失业率"]
    );
}

#[test]
fn a_note_in_half_width_brackets_after_the_subject_ends_no_clause() {
    assert_eq!(
        names("引进科研平台9个、高端技术人才(团队)76名。"),
        ["科研平台", "高端技术人才"]
    );
}

#[test]
fn a_count_grown_to_is_the_count_of_the_things() {
    assert_eq!(
        names("中国绿色铸造企业发展到5家，全区现代农业园区发展至85家。"),
        ["中国绿色铸造企业", "现代农业园区"]
    );
}

#[test]
fn a_modal_or_an_estimate_before_the_verb_is_no_part_of_the_name() {
    assert_eq!(
        names("工农业总产值预计可以达到二千二百亿元，钢产量能够达到一千万吨。"),
        ["工农业总产值", "钢产量"]
    );
}

#[test]
fn an_item_of_a_list_is_named_by_its_label() {
    assert_eq!(
        names("第二个五年计划的主要指标是：粮食：达到三千八百五十六亿斤；棉花：达到二百四十万吨。"),
        ["粮食", "棉花"]
    );
}

#[test]
fn a_budget_line_named_by_its_verb_is_the_treasurys_funds() {
    assert_eq!(
        names("今年中央财政将安排2762亿元。省财政每年安排140亿元。"),
        ["中央财政资金", "省财政资金"]
    );
}

#[test]
fn a_number_of_years_alone_names_nothing() {
    assert_eq!(
        names("国内生产总值增加到121万亿元，五年年均增长5.2%。"),
        ["国内生产总值", "国内生产总值"]
    );
}

#[test]
fn a_verb_of_change_after_the_unit_is_no_noun() {
    assert_eq!(
        names("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米，原煤产量由六亿二千万吨增加到八亿五千万吨。"),
        ["城镇居民人均住房建筑面积", "城镇居民人均住房建筑面积", "原煤产量", "原煤产量"]
    );
}

#[test]
fn about_before_the_verb_is_no_part_of_the_name() {
    assert_eq!(
        names("一九五四年社会零售总额增长百分之四十，工业产值比一九五二年大约增长百分之四十一。"),
        ["社会零售总额", "工业产值"]
    );
}

#[test]
fn a_sentences_first_figure_without_a_name_takes_the_subject_before() {
    assert_eq!(names("小学生，一九五二年有五千一百多万人。"), ["小学生"]);
}

#[test]
fn a_base_year_before_the_figure_is_no_name() {
    assert_eq!(
        names("每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。"),
        ["每吨钢的综合能耗", "每吨钢的综合能耗"]
    );
}

#[test]
fn things_counted_follow_the_threshold_that_qualifies_them() {
    assert_eq!(
        names("新增2个经济总量超百亿、3个过五十亿的县区。"),
        ["经济总量超百亿的县区", "过五十亿的县区"]
    );
}

#[test]
fn a_budget_line_with_no_treasury_is_named_by_what_it_is_for_or_not_at_all() {
    assert_eq!(names("每年安排80亿元支持乡村振兴。"), ["乡村振兴"]);
    assert_eq!(names("全年投入500万元办好民生实事。"), [""]);
}

#[test]
fn the_end_of_a_year_goes_with_the_year() {
    assert_eq!(names("2012年底已达到12.5%。"), [""]);
}

#[test]
fn a_purpose_or_a_reach_before_de_is_said_of_the_noun_after() {
    assert_eq!(
        names("用于1500万人次以上的职工技能提升。惠及2100万人的引水工程启动建设。"),
        ["职工技能提升", "引水工程惠及"]
    );
}

#[test]
fn the_rest_of_a_whole_is_named_by_the_whole() {
    assert_eq!(
        names("基本建设投资占支出总数的55.8%。其他的44.2%，即339亿元。"),
        [
            "基本建设投资占支出总数",
            "支出总数中的其他",
            "支出总数中的其他"
        ]
    );
}

#[test]
fn the_same_period_of_last_year_names_nothing() {
    assert_eq!(
        names("基本建设投资完成年计划的27%，去年同期则完成24%。"),
        ["基本建设投资", "基本建设投资"]
    );
}

#[test]
fn an_excess_over_plan_is_a_growth_of_the_figure_before() {
    let got = figures("工业总产值达到628亿元，超过年度计划百分之四点一。");
    assert_eq!(got[1].indicator, "工业总产值超过年度计划");
    assert_eq!(got[1].kind, Growth);
}

#[test]
fn a_limit_and_a_capacity_in_a_list_of_projects_are_no_statistics() {
    assert!(figures("大中型项目的投资限额为五百万元。").is_empty());
    assert!(figures("推动甲公司60万吨钾肥造粒、乙公司40万吨熔盐装置升级等项目建设。").is_empty());
}

#[test]
fn a_multiple_of_an_earlier_period_is_of_the_subject_before() {
    let got = figures("五年累计完成固定资产投资386亿元，是“十一五”时期的2.3倍。");
    assert_eq!(got[1].indicator, got[0].indicator);
    assert_eq!(got[1].period.as_deref(), Some("2021"));
}

#[test]
fn there_are_and_five_years_within_name_nothing() {
    assert_eq!(names("五年内新建水库的有三百二十个。"), ["水库"]);
}

#[test]
fn calls_of_ships_and_flights_are_their_own_unit() {
    let got = figures("邮轮母港接待邮轮91艘次，保障飞行2061万架次。");
    let units: Vec<_> = got.iter().map(|f| f.unit.as_str()).collect();
    assert_eq!(units, ["艘次", "万架次"]);
}

#[test]
fn a_year_written_without_nian_names_nothing() {
    assert_eq!(names("一九八○比一九七五年增加二百二十六亿元。"), [""]);
}

#[test]
fn a_budget_line_after_its_object_is_named_by_the_object() {
    assert_eq!(
        names("今年中央财政用于“三农”的投入拟安排9884.5亿元。"),
        ["中央财政用于“三农”的投入"]
    );
}
