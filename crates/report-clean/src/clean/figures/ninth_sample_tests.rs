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
