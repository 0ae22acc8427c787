//! Shapes the fifteenth sample (local pages and the State Council's
//! reports of 1954–2025) and its made-up reports (a township's report, an
//! education bureau's statistics, a transport bureau's summary, a county's
//! report of 1979) found.
use super::test_support::{figures, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

/// (indicator, value, high, unit, kind, qualifier) of a figure.
type Read = (
    String,
    f64,
    Option<f64>,
    String,
    report_core::FigureKind,
    Option<String>,
);

fn read(text: &str) -> Vec<Read> {
    figures(text)
        .into_iter()
        .map(|f| (f.indicator, f.value, f.high, f.unit, f.kind, f.qualifier))
        .collect()
}

#[test]
fn lamps_and_standard_containers_are_units() {
    let got = read("2020年，新安装路灯420盏。");
    assert_eq!(
        (got[0].1, got[0].3.as_str(), got[0].4),
        (420.0, "盏", Count)
    );
    let got = read("2020年，集装箱吞吐量达到512万标箱，增长9.8%。");
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].0.as_str(), got[0].3.as_str(), got[0].4),
        ("集装箱吞吐量", "万标箱", Quantity)
    );
    assert_eq!((got[1].0.as_str(), got[1].4), ("集装箱吞吐量", Growth));
}

#[test]
fn horsepower_is_a_quantity_not_bolts_of_cloth() {
    let got = read("1955年，拖拉机的总动力达到五十四万匹马力。");
    assert_eq!((got[0].3.as_str(), got[0].4), ("万匹马力", Quantity));
}

#[test]
fn the_size_of_each_thing_counted_is_no_statistic() {
    let got = read("1955年，每年出产五十四匹马力的拖拉机一万五千台。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3.as_str()), ("拖拉机", "台"));
    // A total said of the things (`铺设三千多公里的铁路`) stays.
    assert_eq!(read("1955年，每年铺设三千多公里的铁路。").len(), 1);
}

#[test]
fn a_range_with_its_magnitude_on_both_ends_is_one_figure() {
    let got = read("2021年，建设充电桩5万至8万个。");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].0.as_str(), got[0].1, got[0].2, got[0].3.as_str()),
        ("充电桩", 5.0, Some(8.0), "万个")
    );
}

#[test]
fn real_before_a_verb_of_change_is_no_part_of_a_name() {
    assert_eq!(
        names("2020年，农村居民人均纯收入达到2090元，年均实际增长5.4%。"),
        ["农村居民人均纯收入", "农村居民人均纯收入"]
    );
    assert_eq!(
        names("2020年，城镇居民人均可支配收入实际增长5%。"),
        ["城镇居民人均可支配收入"]
    );
    // Nor is the span it was over (`五年来`).
    assert_eq!(
        names("1997年，城镇居民人均可支配收入达到5160元，五年来年均实际增长6%。"),
        ["城镇居民人均可支配收入", "城镇居民人均可支配收入"]
    );
    // A name that opens on it keeps it.
    assert_eq!(names("2020年，实际使用外资20亿美元。"), ["实际使用外资"]);
}

#[test]
fn on_the_whole_and_all_before_the_verb_are_no_part_of_a_name() {
    assert_eq!(
        names("2020年，293项年度改革任务基本完成。"),
        ["年度改革任务"]
    );
    assert_eq!(
        names("2020年，行政村集体经济收入全部超过10万元。"),
        ["行政村集体经济收入"]
    );
}

#[test]
fn already_inside_a_name_is_no_part_of_it() {
    assert_eq!(
        names("2020年，安全产业园已入驻企业26家。"),
        ["安全产业园入驻企业"]
    );
    assert_eq!(
        names("2020年，重灾区已经完成投资800亿元。"),
        ["重灾区完成投资"]
    );
    // A word with 已 stays (`已婚`).
    assert_eq!(
        names("2020年，城镇已婚育龄妇女3万人。"),
        ["城镇已婚育龄妇女"]
    );
}

#[test]
fn a_number_after_jie_is_a_sessions_ordinal() {
    assert_eq!(
        names("2021年，按照市委十二届十一次全会部署，地区生产总值增长5%。"),
        ["地区生产总值"]
    );
}

#[test]
fn places_in_a_ranking_are_ranks() {
    let got = read("2021年，集团在世界500强排名由369位上升到235位。");
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|f| f.4 == Rank), "{got:?}");
    // By how many places it moved.
    assert_eq!(read("2021年，创新能力排名提升4位。")[0].4, Change);
    // People in 位 are counted (`聘请专家30位`).
    assert_eq!(read("2021年，聘请专家30位。")[0].4, Count);
}

#[test]
fn there_are_after_the_scope_is_no_part_of_a_name() {
    assert_eq!(names("2023年，全市有普通高中18所。"), ["普通高中"]);
    // A word that opens on 有 keeps it (`有效发明专利`).
    assert_eq!(names("2023年，全市有效发明专利1.2万件。"), ["有效发明专利"]);
}

#[test]
fn a_clause_of_a_verb_of_reach_alone_takes_the_clause_before_as_subject() {
    assert_eq!(
        names("1958年，一九五八年供应社会的商品总量，可以达到500亿元，比上一年增加30亿元。")[0],
        "供应社会的商品总量"
    );
    // Not a note of what is included.
    assert_eq!(
        names("1958年，工业总产值，包括新建企业的在内，预计达到628亿元。")[0],
        ""
    );
}

#[test]
fn a_lists_head_starts_on_the_class_its_items_are_of() {
    assert_eq!(
        names("2021年，新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%。"),
        [
            "新一代信息技术产业产值",
            "新能源产业产值",
            "输变电装备产业产值"
        ]
    );
    assert_eq!(
        names("2021年，制造业、数字经济核心产业增加值分别增长5%、8%。"),
        ["制造业增加值", "数字经济核心产业增加值"]
    );
    assert_eq!(
        names("2021年，人参、食用菌全产业链产值分别达到1230亿元、120亿元。"),
        ["人参全产业链产值", "食用菌全产业链产值"]
    );
}

#[test]
fn sectors_run_together_by_their_numbers_are_items() {
    assert_eq!(
        names("2021年，一二三产增加值分别增长3.5%、6%、5%。"),
        ["一产增加值", "二产增加值", "三产增加值"]
    );
    assert_eq!(
        names("2021年，二三产增加值分别增长6%、5%。"),
        ["二产增加值", "三产增加值"]
    );
}

#[test]
fn a_bound_over_which_things_are_counted_is_no_statistic() {
    let got = read("2023年，行政村集体经济收入全部超过10万元，其中超50万元的村5个。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].1, got[1].3.as_str()), (5.0, "个"));
    assert_eq!(read("2023年，营业收入超10亿元的企业达到120家。").len(), 1);
    // A sum said of something, not a class counted, stays.
    assert_eq!(read("2023年，完成投资超10亿元的重点工程建设。").len(), 1);
}

#[test]
fn a_rate_of_growth_said_of_a_list_is_said_of_each_item() {
    assert_eq!(
        names("2025年，海洋电力、海洋旅游、海洋药物增速保持在10%以上。"),
        ["海洋电力", "海洋旅游", "海洋药物"]
    );
    // Two values are two figures, a group one, a count a sum.
    assert_eq!(
        names("2025年，规上工业增加值、固定资产投资增长5%、8%。").len(),
        2
    );
    assert_eq!(
        names("2025年，社会消费品零售总额、固定资产投资增长4%左右。"),
        ["社会消费品零售总额", "固定资产投资"]
    );
    assert_eq!(names("2025年，电力、旅游等产业增长10%。").len(), 1);
    assert_eq!(names("2025年，工业投资、民间投资等投资增长10%。").len(), 1);
    assert_eq!(names("2025年，电池、光伏“新两样”出口增长10%。").len(), 1);
    assert_eq!(names("2025年，交通运输、仓储和邮政业增长8.5%。").len(), 1);
    assert_eq!(
        names("2025年，高新技术、科技型中小企业数量增长10%。").len(),
        1
    );
    assert_eq!(names("2025年，A中心、B中心达到8家。").len(), 1);
}

#[test]
fn a_name_of_doing_alone_is_the_subject_befores() {
    assert_eq!(
        names("2011年，城镇保障性住房基本建成432万套，新开工建设1043万套。"),
        ["城镇保障性住房基本建成", "城镇保障性住房新开工建设"]
    );
    assert_eq!(
        names("2026年，亿元以上项目新开工43个、竣工38个。")[1],
        "亿元以上项目竣工"
    );
    // Not after a figure of another kind.
    assert_eq!(
        names("2011年，城镇保障性住房投资建设500亿元，新开工建设1043万套。")[1],
        "新开工建设"
    );
}

#[test]
fn a_review_without_a_year_given_late_in_the_year_reviews_to_date() {
    let report = |date: &str| {
        read_report(&format!(
            "关于全县脱贫攻坚工作情况的报告
——{date}在平安县人民代表大会常务委员会会议上
一、脱贫攻坚取得决定性成就
全县开发公益性岗位1860个。
"
        ))
    };
    let got = report("2020年9月22日");
    assert_eq!((got[0].2, got[0].3.as_str()), (Actual, "2020"));
    // In spring it reviews the year before.
    assert_eq!(report("2020年3月22日")[0].3, "2019");
}
