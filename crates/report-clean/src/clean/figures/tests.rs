//! Tests of the parent module: numbers, units, kinds and statuses.
use super::test_support::{check, figures};
use report_core::FigureKind;
use report_core::FigureStatus;
use report_core::{name_of_key, Normalized};
use FigureKind::*;
use FigureStatus::*;

#[test]
fn growth_rates_with_a_period_from_an_earlier_sentence() {
    check(
        "1-5月份,12项主要经济指标中,8项位列前三名。其中,固定资产投资增长6.1%,规模以上工业增加值增长4%。",
        &[
            ("主要经济指标", 12.0, "项", Count, None, Actual, Some("1-5月份")),
            ("主要经济指标", 8.0, "项", Count, None, Actual, Some("1-5月份")),
            ("固定资产投资", 6.1, "%", Growth, None, Actual, Some("1-5月份")),
            ("规模以上工业增加值", 4.0, "%", Growth, None, Actual, Some("1-5月份")),
        ],
    );
}

#[test]
fn amounts_with_qualifiers_before_and_after() {
    check(
        "帮助166家企业获得银行融资支持约10.5亿元。",
        &[
            ("企业", 166.0, "家", Count, None, Actual, Some("2021")),
            (
                "企业获得银行融资支持",
                10.5,
                "亿元",
                Amount,
                Some("约"),
                Actual,
                Some("2021"),
            ),
        ],
    );
    check(
        "合同投资额突破400亿元。",
        &[(
            "合同投资额",
            400.0,
            "亿元",
            Amount,
            Some("突破"),
            Actual,
            Some("2021"),
        )],
    );
    check(
        "新增市场主体8000多户。",
        &[(
            "新增市场主体",
            8000.0,
            "户",
            Count,
            Some("多"),
            Actual,
            Some("2021"),
        )],
    );
}

#[test]
fn respectively_gives_one_figure_per_item() {
    let f = figures("机械制造、电子信息两大优势产业收入分别增长10.4%和17.3%。");
    assert_eq!(
        f.iter()
            .map(|f| (f.indicator.as_str(), f.value))
            .collect::<Vec<_>>(),
        vec![("机械制造", 10.4), ("电子信息", 17.3)]
    );
    assert!(f.iter().all(|f| f.kind == Growth));
}

#[test]
fn a_town_and_country_subject_splits_into_its_two_parts() {
    let f = figures("城乡常住居民人均可支配收入分别达到38960元和19860元，分别增长4.1%和6.5%。");
    assert_eq!(
        f.iter()
            .map(|f| (f.indicator.as_str(), f.value))
            .collect::<Vec<_>>(),
        vec![
            ("城镇常住居民人均可支配收入", 38960.0),
            ("农村常住居民人均可支配收入", 19860.0),
            ("城镇常住居民人均可支配收入", 4.1),
            ("农村常住居民人均可支配收入", 6.5),
        ]
    );
    // One value for both is the whole's, not the towns'.
    let f = figures("城乡居民人均可支配收入增长6.1%。");
    assert_eq!(f[0].indicator, "城乡居民人均可支配收入");
}

#[test]
fn a_respectively_list_naming_no_items_takes_the_subjects_before_it() {
    let f = figures(
        "全州地区生产总值完成856.6亿元，增长1.2%；城镇常住居民人均可支配收入35268元，农村常住居民人均可支配收入16420元，分别增长3.9%和6.2%。",
    );
    assert_eq!(
        f.iter()
            .map(|f| (f.indicator.as_str(), f.value))
            .collect::<Vec<_>>(),
        vec![
            ("地区生产总值", 856.6),
            ("地区生产总值", 1.2),
            ("城镇常住居民人均可支配收入", 35268.0),
            ("农村常住居民人均可支配收入", 16420.0),
            ("城镇常住居民人均可支配收入", 3.9),
            ("农村常住居民人均可支配收入", 6.2),
        ]
    );
    // Their spans are their values', not stretches over the figures between.
    assert!(f[4].start >= f[3].end && f[5].start >= f[4].end, "{f:?}");
    // Three values after one subject: nothing to pair them with, so they
    // keep the subject they follow.
    let f = figures("粮食产量达到120万吨，分别增长1%、2%和3%。");
    assert!(f.iter().all(|f| f.indicator == "粮食产量"), "{f:?}");
}

#[test]
fn a_threshold_names_a_class_and_a_relative_measure_takes_its_subject() {
    let f = figures("引进亿元以上项目45个，其中10亿元以上项目8个。");
    assert_eq!(
        f.iter()
            .map(|f| (f.indicator.as_str(), f.value, f.unit.as_str()))
            .collect::<Vec<_>>(),
        vec![("亿元以上项目", 45.0, "个"), ("10亿元以上项目", 8.0, "个")]
    );
    let f = figures("一般公共预算收入完成32.5亿元，其中税收收入26.1亿元，占比80.3%。");
    assert_eq!(f[2].indicator, "税收收入占比");
    let f = figures("实现地区生产总值385亿元，同比增长6.5%，增速居全市第2位。");
    assert_eq!(f[2].indicator, "地区生产总值增速");
    // A figure of its own, with 以上 ending it, stays.
    let f = figures("完成投资150亿元以上，新建项目20个。");
    assert_eq!(
        (f[0].value, f[0].qualifier.as_deref()),
        (150.0, Some("以上"))
    );
}

#[test]
fn air_quality_and_per_mille_rates() {
    let f = figures("PM2.5平均浓度下降到32微克/立方米，人口自然增长率控制在5‰以内。");
    assert_eq!(
        f.iter()
            .map(|f| (f.indicator.as_str(), f.value, f.unit.as_str(), f.kind))
            .collect::<Vec<_>>(),
        vec![
            ("PM2.5平均浓度", 32.0, "微克/立方米", Quantity),
            ("人口自然增长率", 5.0, "‰", Share)
        ]
    );
}

#[test]
fn change_in_points_inherits_the_indicator() {
    let f = figures("截至2020年11月,全区高新技术产业产值占比达到59.6%,比年初提高了8.3个百分点。");
    assert_eq!(f[0].indicator, "高新技术产业产值占比");
    assert_eq!(
        (f[0].kind, f[0].period_words.as_deref()),
        (Share, Some("截至2020年11月"))
    );
    assert_eq!(
        (f[1].indicator.as_str(), f[1].kind, f[1].value),
        ("高新技术产业产值占比", Change, 8.3)
    );
}

#[test]
fn total_investment_of_projects_and_their_count() {
    let f = figures("全力抓好总投资760多亿元的120个重点项目建设。");
    assert_eq!(
        (f[0].indicator.as_str(), f[0].value, f[0].kind),
        ("重点项目建设总投资", 760.0, Amount)
    );
    assert_eq!(f[0].normalized.as_ref().unwrap().value, 760.0e8);
    assert_eq!(
        (f[1].indicator.as_str(), f[1].value, f[1].kind),
        ("重点项目建设", 120.0, Count)
    );
}

#[test]
fn targets_estimates_and_ranges() {
    let f = figures("签约项目26个,力争年内签约引进10亿元项目10个,到位省外资金90亿元。");
    assert_eq!(f[0].status, Actual);
    assert_eq!(f.last().unwrap().status, Target);
    assert_eq!(
        figures("预计年内实现固定资产投资12.7亿元。")[0].status,
        Estimate
    );
    let r = &figures("配套建设15至20处嵌入式养老服务驿站。")[0];
    assert_eq!(
        (r.value, r.high, r.status, r.indicator.as_str()),
        (15.0, Some(20.0), Target, "嵌入式养老服务驿站")
    );
    assert_eq!(figures("新增城镇就业3360人以上。")[0].status, Target);
    assert_eq!(
        figures("全要素生产率提高2倍以上,完成转型任务。")[0].status,
        Actual
    );
}

#[test]
fn purpose_and_shares_and_declines() {
    assert_eq!(
        figures("去年,我区拿出40多亿元用于改善社会民生。")[0].indicator,
        "改善社会民生"
    );
    let f = &figures("全区不良贷款率降至0.77%。")[0];
    assert_eq!((f.indicator.as_str(), f.kind), ("不良贷款率", Share));
    let f = &figures("能耗下降3.5%。")[0];
    assert_eq!((f.value, f.kind), (-3.5, Growth));
    assert_eq!(figures("占年度投资计划的41.7%。")[0].kind, Share);
}

#[test]
fn chinese_numerals_and_magnitudes() {
    let f = &figures("新建高标准农田三千亩。")[0];
    assert_eq!((f.value, f.unit.as_str()), (3000.0, "亩"));
    let f = &figures("为1万多户居民打通了办证堵点。")[0];
    assert_eq!(
        (f.value, f.unit.as_str(), f.qualifier.as_deref()),
        (1.0, "万户", Some("多"))
    );
    assert_eq!(f.normalized.as_ref().unwrap().value, 10_000.0);
    let f = &figures("全区实际使用外资9021万美元。")[0];
    assert_eq!(
        (
            f.indicator.as_str(),
            f.normalized.as_ref().unwrap().unit.as_str()
        ),
        ("实际使用外资", "USD")
    );
    let f = &figures("总建筑面积84万平方米。")[0];
    assert_eq!(f.normalized.as_ref().unwrap().value, 840_000.0);
}

#[test]
fn ranks() {
    let f = &figures("入选数量居全市第1。")[0];
    assert_eq!((f.kind, f.value), (Rank, 1.0));
}

#[test]
fn slogans_dates_and_names_are_not_figures() {
    for text in [
        "深入开展“十大攻坚战”,培育发展“8大片区、9大产业、10大园区”。",
        "紧紧围绕“113365”工作思路,在“十四五”规划开局之年。",
        "2020年,坊子区认真贯彻落实。从5月12日到15日。",
        "PM2.5浓度持续下降,与世界500强企业合作,阳光100三期。",
        "打好三大攻坚战,落实“两不愁三保障”,推进“六个一”审批模式。",
        "没有任何数字的句子。",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
}

#[test]
fn spans_cover_indicator_and_number() {
    let text = "其中,固定资产投资增长6.1%,一般公共预算收入增长10.3%。";
    let f = figures(text);
    assert_eq!(&text[f[0].start..f[0].end], "固定资产投资增长6.1%");
    assert_eq!(&text[f[1].start..f[1].end], "一般公共预算收入增长10.3%");
}

#[test]
fn kinds_statuses_and_normalised_units_are_named_in_either_language() {
    use report_core::i18n::Lang;
    assert_eq!(name_of_key("target", Lang::Zh), "目标");
    assert_eq!(name_of_key("amount", Lang::En), "amount");
    assert_eq!(name_of_key("截至4月底", Lang::En), "截至4月底");
    let n = Normalized {
        value: 459_999_999.999_999_94,
        high: None,
        unit: "yuan".into(),
    };
    assert_eq!(n.describe(Lang::Zh), "= 460000000 元");
    assert_eq!(n.describe(Lang::En), "= 460000000 yuan");
}

#[test]
fn the_scope_of_a_government_at_any_level_is_not_the_indicator() {
    for scope in [
        "全街道",
        "全镇",
        "全乡",
        "全旗",
        "全州",
        "本市",
        "我县",
        "全自治区",
    ] {
        let text = format!("2020年，{scope}规上工业产值38.6亿元。");
        let got = figures(&text);
        assert_eq!(got[0].indicator, "规上工业产值", "{text}");
    }
    // A word that goes on after the unit is no scope.
    assert_eq!(
        figures("2020年，全县域旅游收入12亿元。")[0].indicator,
        "全县域旅游收入"
    );
}

#[test]
fn a_rate_word_before_growth_names_nothing() {
    let got = figures("2020年，全市地区生产总值2816.9亿元，年均增长6.5%。");
    assert_eq!(got[1].indicator, "地区生产总值");
    assert_eq!(got[1].kind, FigureKind::Growth);
}

#[test]
fn how_a_figure_was_compared_is_not_its_name() {
    let got = figures(
        "2020年，规模以上工业增加值比上年增长7.1%。一般公共预算收入完成86.5亿元，同口径增长6.3%。地区生产总值按可比价格计算增长4.5%。",
    );
    let names: Vec<&str> = got.iter().map(|f| f.indicator.as_str()).collect();
    assert_eq!(
        names,
        [
            "规模以上工业增加值",
            "一般公共预算收入",
            "一般公共预算收入",
            "地区生产总值"
        ]
    );
}

#[test]
fn a_measure_right_after_a_word_of_change_is_by_how_much_it_changed() {
    check(
        "2020年，粮食总产量达到38.5万吨，比上年减少1.2万吨；农民人均纯收入2185元，比上年增加126元。",
        &[
            ("粮食总产量", 38.5, "万吨", Quantity, None, Actual, Some("2020年")),
            ("粮食总产量", -1.2, "万吨", Change, None, Actual, Some("2020年")),
            ("农民人均纯收入", 2185.0, "元", Amount, None, Actual, Some("2020年")),
            ("农民人均纯收入", 126.0, "元", Change, None, Actual, Some("2020年")),
        ],
    );
    // Less where it fell, in percentage points too; a level reached stays.
    let got = figures("2020年，物流费用与GDP的比率降低1.1个百分点，失业率下降到4.5%。");
    assert_eq!((got[0].value, got[0].kind), (-1.1, Change));
    assert_eq!((got[1].value, got[1].kind), (4.5, Share));
}

#[test]
fn the_grounds_own_name_before_a_measure_every_report_names_is_its_scope() {
    let names =
        |text: &str| -> Vec<String> { figures(text).into_iter().map(|f| f.indicator).collect() };
    assert_eq!(
        names("2020年，新区地区生产总值365.2亿元；全地区生产总值1303.5亿元。"),
        ["地区生产总值", "地区生产总值"]
    );
    assert_eq!(
        names("2020年，街道辖区实现税收收入86.3亿元，全地区农村居民人均可支配收入14256元。"),
        ["税收收入", "农村居民人均可支配收入"]
    );
    // Not before a measure of its own: the name stays whole.
    assert_eq!(names("2020年，新区企业达到360家。"), ["新区企业"]);
}

#[test]
fn a_fall_written_with_a_minus_or_as_negative_growth() {
    check(
        "2020年，地区生产总值增长-1.2%，规模以上工业增加值负增长2.1%，社会消费品零售总额增速为-0.8%，1-5月份税收收入增长3%。",
        &[
            ("地区生产总值", -1.2, "%", Growth, None, Actual, Some("2020年")),
            ("规模以上工业增加值", -2.1, "%", Growth, None, Actual, Some("2020年")),
            ("社会消费品零售总额增速", -0.8, "%", Growth, None, Actual, Some("2020年")),
            ("税收收入", 3.0, "%", Growth, None, Actual, Some("1-5月份")),
        ],
    );
    assert_eq!(figures("增长6.5%-7%")[0].high, Some(7.0));
}

#[test]
fn a_floor_or_a_resolve_before_the_number_is_no_part_of_its_name() {
    let got = figures(
        "2021年，一般公共预算收入增长不低于5%，固定资产投资力争增长8%，城镇新增就业不少于1.2万人。",
    );
    let read: Vec<_> = got
        .iter()
        .map(|f| (f.indicator.as_str(), f.value, f.qualifier.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("一般公共预算收入", 5.0, Some("不低于")),
            ("固定资产投资", 8.0, None),
            ("城镇新增就业", 1.2, Some("不少于")),
        ]
    );
}

#[test]
fn a_rise_or_cut_of_output_or_spending_is_a_change() {
    check(
        "去年粮食增产百分之十二，单位面积产量增高8%，铸造产能压减30%，压缩非生产性开支15%。",
        &[
            ("粮食", 12.0, "%", Growth, None, Actual, Some("去年")),
            ("单位面积产量", 8.0, "%", Growth, None, Actual, Some("去年")),
            ("铸造产能", -30.0, "%", Growth, None, Actual, Some("去年")),
            (
                "非生产性开支",
                -15.0,
                "%",
                Growth,
                None,
                Actual,
                Some("去年"),
            ),
        ],
    );
}

#[test]
fn a_rate_per_unit_is_no_count() {
    check(
        "去年亿元生产总值生产安全事故死亡率降到0.6人/百亿元以下。",
        &[(
            "亿元生产总值生产安全事故死亡率",
            0.6,
            "人/百亿元",
            Quantity,
            // The bound after the whole unit (eighth sample).
            Some("以下"),
            Actual,
            Some("去年"),
        )],
    );
}

#[test]
fn a_capacity_that_names_a_project_is_no_figure() {
    check(
        "推动梅花60万吨赖氨酸等项目释放产能，建设120万吨乙烯转型升级项目，去年粮食产量达到800万吨。",
        &[("粮食产量", 800.0, "万吨", Quantity, None, Actual, Some("去年"))],
    );
}

#[test]
fn a_rate_of_growth_over_years_is_growth() {
    check(
        "去年研发经费投入增速年均超20%。",
        &[(
            "研发经费投入增速",
            20.0,
            "%",
            Growth,
            Some("超"),
            Actual,
            Some("去年"),
        )],
    );
}

#[test]
fn a_class_of_size_is_no_figure() {
    check(
        "去年推进30万吨级、20万吨级航道建设，港口吞吐量达到3亿吨。",
        &[(
            "港口吞吐量",
            3.0,
            "亿吨",
            Quantity,
            None,
            Actual,
            Some("去年"),
        )],
    );
}
