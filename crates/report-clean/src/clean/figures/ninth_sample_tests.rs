//! Shapes the ninth sample and its made-up reports (a city of 2008, a
//! street's summary of 2021, a township of 2000, a national budget) found.
use super::test_support::{check, figures, names};
use report_core::FigureKind;
use report_core::FigureStatus;

use FigureKind::*;
use FigureStatus::*;

#[test]
fn cases_lifts_doses_rounds_wells_and_animals_are_counted() {
    check(
        "2020年，加装电梯9部，化解矛盾纠纷86起，接种新冠疫苗5.6万剂次，开展核酸检测3轮，\
         家禽饲养量12万只，新打机井25眼。",
        &[
            ("加装电梯", 9.0, "部", Count, None, Actual, Some("2020年")),
            (
                "化解矛盾纠纷",
                86.0,
                "起",
                Count,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "接种新冠疫苗",
                5.6,
                "万剂次",
                Count,
                None,
                Actual,
                Some("2020年"),
            ),
            ("核酸检测", 3.0, "轮", Count, None, Actual, Some("2020年")),
            (
                "家禽饲养量",
                12.0,
                "万只",
                Count,
                None,
                Actual,
                Some("2020年"),
            ),
            ("新打机井", 25.0, "眼", Count, None, Actual, Some("2020年")),
        ],
    );
    // Words that open on those characters are no units.
    assert!(figures("2020年，5部门联合印发通知，分3部分推进，从5起步。").is_empty());
}

#[test]
fn a_rise_by_a_percentage_is_growth_and_a_rise_to_it_a_level() {
    check(
        "2020年，京津城际全天运能提升超50%，研发投入强度提升至2.6%。",
        &[
            (
                "京津城际全天运能",
                50.0,
                "%",
                Growth,
                Some("超"),
                Actual,
                Some("2020年"),
            ),
            (
                "研发投入强度",
                2.6,
                "%",
                Share,
                None,
                Actual,
                Some("2020年"),
            ),
        ],
    );
}

#[test]
fn a_level_kept_a_total_over_years_and_a_plans_verb_are_no_part_of_the_name() {
    assert_eq!(
        names(
            "2020年，主要河流出境断面水质优良率保持100%，PM2.5年均浓度累计下降17%。\
             全国财政赤字拟按5.8万亿元安排。"
        ),
        ["主要河流出境断面水质优良率", "PM2.5年均浓度", "财政赤字"]
    );
}

#[test]
fn a_measure_after_its_subject_and_a_word_of_change_is_the_change() {
    check(
        "2021年工作目标：农民人均纯收入增加100元，力争达到1960元；增加就业岗位500个。",
        &[
            (
                "农民人均纯收入",
                100.0,
                "元",
                Change,
                None,
                Target,
                Some("2021年"),
            ),
            (
                "农民人均纯收入",
                1960.0,
                "元",
                Amount,
                None,
                Target,
                Some("2021年"),
            ),
            (
                "增加就业岗位",
                500.0,
                "个",
                Count,
                None,
                Target,
                Some("2021年"),
            ),
        ],
    );
}

#[test]
fn going_on_or_again_before_the_verb_and_a_prize_won_after_the_noun_are_no_part_of_the_name() {
    assert_eq!(
        names(
            "2020年，粮食产量继续保持500亿斤以上，边民补助标准再提高1200元，\
             进出口总值五年累计超过3.8万亿元，6部作品获中宣部“五个一工程”奖。"
        ),
        ["粮食产量", "边民补助标准", "进出口总值", "作品"]
    );
}

#[test]
fn a_share_of_the_budget_is_the_sums_before() {
    check(
        "2020年，中央一般公共预算收入81480亿元，为预算的99.6%，增长1.8%。\
         中央一般公共预算支出146270亿元，完成预算的99.1%。",
        &[
            (
                "中央一般公共预算收入",
                81480.0,
                "亿元",
                Amount,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "中央一般公共预算收入",
                99.6,
                "%",
                Share,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "中央一般公共预算收入",
                1.8,
                "%",
                Growth,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "中央一般公共预算支出",
                146270.0,
                "亿元",
                Amount,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "中央一般公共预算支出",
                99.1,
                "%",
                Share,
                None,
                Actual,
                Some("2020年"),
            ),
        ],
    );
}

#[test]
fn a_name_in_quotation_marks_inside_what_money_is_for_belongs_to_it() {
    assert_eq!(
        names("2021年拟发行超长期特别国债1.3万亿元，其中8000亿元用于支持“两重”建设。"),
        ["超长期特别国债", "支持“两重”建设"]
    );
}

#[test]
fn a_plans_first_years_are_those_years() {
    let got = figures("“十一五”前两年，全市生产总值年均增长13.8%。“十三五”以来，粮食总产增长5%。");
    let periods: Vec<_> = got.iter().map(|f| f.period.as_deref()).collect();
    assert_eq!(periods, [Some("2006–2007"), Some("2016–2020")]);
}

#[test]
fn an_estimate_said_of_a_subject_holds_for_its_item_alone() {
    let statuses =
        |text: &str| -> Vec<FigureStatus> { figures(text).iter().map(|f| f.status).collect() };
    assert_eq!(
        statuses(
            "2020年，数字经济增加值预计达3.4万亿元，居全国第一梯队；\
             绿色产业不断涌现，清洁能源装机比重达66.1%。"
        ),
        [Estimate, Actual]
    );
    // One that opens the sentence holds over its items.
    assert_eq!(
        statuses("预计2020年，地区生产总值增长6%；财政收入增长3%。"),
        [Estimate, Estimate]
    );
}

#[test]
fn a_count_right_before_another_counts_the_same_things() {
    check(
        "2020年，累计培育形成21批173项制度集成创新案例。",
        &[
            (
                "制度集成创新案例",
                21.0,
                "批",
                Count,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "制度集成创新案例",
                173.0,
                "项",
                Count,
                None,
                Actual,
                Some("2020年"),
            ),
        ],
    );
}

#[test]
fn a_share_that_opens_its_clause_before_的_is_of_the_noun_after() {
    let got = figures(
        "2020年，治理废弃矿山16.4万亩、小流域面积401万亩，基本实现雨污合流管网清零，\
         61%的城市污水处理厂完成提标改造。",
    );
    let last = got.last().unwrap();
    assert_eq!(
        (last.indicator.as_str(), last.value),
        ("城市污水处理厂", 61.0)
    );
    let text = "2020年，治理废弃矿山16.4万亩、小流域面积401万亩，基本实现雨污合流管网清零，\
         61%的城市污水处理厂完成提标改造。";
    assert_eq!(&text[last.start..last.end], "61%");
}

#[test]
fn a_count_of_milestones_crossed_measures_the_subject() {
    assert_eq!(
        names("2020年，经济总量连续跨过3个万亿元大关，占全国比重由2015年的7.2%提升至7.4%。"),
        ["经济总量", "经济总量占全国比重", "经济总量占全国比重"]
    );
    assert_eq!(
        names("2020年，人民币存款余额连跨4个万亿元台阶。"),
        ["人民币存款余额"]
    );
}

#[test]
fn a_sum_between_a_doing_and_its_object_is_the_objects() {
    assert_eq!(
        names("2020年，国家创业投资引导基金在大湾区设立超500亿元区域基金。"),
        ["区域基金"]
    );
    // A sum that classes the things then counted is no statistic.
    assert_eq!(
        names("2021年力争签约引进10亿元项目10个、过亿元项目50个。"),
        ["签约引进10亿元项目", "过亿元项目"]
    );
    // A doing between them is no class (`投资10亿元改扩建10所学校`).
    assert_eq!(
        names("2020年，投资10亿元改扩建10所学校。"),
        ["投资", "学校"]
    );
}

#[test]
fn a_total_or_a_scale_alone_is_the_figures_before() {
    assert_eq!(
        names("2020年，一般公共预算收入增长4.6%，总量首次突破1900亿元。"),
        ["一般公共预算收入", "一般公共预算收入总量"]
    );
}

#[test]
fn a_prize_won_more_than_a_level_and_a_school_end_or_keep_the_noun() {
    assert_eq!(
        names("2020年，4个单位荣获首届质量奖，95%以上的村集体经营性收入超过10万元，67.5%的初中毕业生就读普通高中，获奖数量创新高。"),
        ["单位", "村集体经营性收入", "村集体经营性收入", "初中毕业生就读普通高中"]
    );
    // A count before a measure (`129天超1亿千瓦`) is not of the same things.
    assert_ne!(
        names("2020年，成功应对全网用电负荷129天超1亿千瓦考验。")[0],
        "考验"
    );
}

#[test]
fn a_rise_year_by_year_a_widening_and_the_plan_as_first_set() {
    check(
        "一九八○年，城乡居民的消费水平提高百分之二十二，平均每年递增百分之四点一。",
        &[
            (
                "城乡居民的消费水平",
                22.0,
                "%",
                Growth,
                None,
                Actual,
                Some("一九八○年"),
            ),
            (
                "城乡居民的消费水平",
                4.1,
                "%",
                Growth,
                None,
                Actual,
                Some("一九八○年"),
            ),
        ],
    );
    // The level a widening reaches is of what widened.
    assert_eq!(
        names("建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。"),
        ["覆盖面"]
    );
    check(
        "一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。",
        &[
            (
                "工业投资额",
                65.5,
                "亿元",
                Amount,
                None,
                Actual,
                Some("一九五七年"),
            ),
            (
                "工业投资额超过原定的年度计划",
                4.1,
                "%",
                Growth,
                None,
                Actual,
                Some("一九五七年"),
            ),
        ],
    );
}
