//! Shapes the twenty-seventh sample (real web pages: townships, counties,
//! prefectures, audits, censuses, procuratorates, NPC reports, yearbook
//! entries, 1949–2026) found.
use super::test_support::{named_values, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn an_age_band_before_a_count_is_no_figure() {
    // A population by age band: the bounds are no measures of years.
    let got = named_values(
        "全镇总人口12000人，14岁以下1800人，占15%；15~64岁8400人，占70%；65岁及以上1800人，占15%。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (12000.0, "人"),
            (1800.0, "人"),
            (15.0, "%"),
            (8400.0, "人"),
            (70.0, "%"),
            (1800.0, "人"),
            (15.0, "%")
        ]
    );
    // The band names the people counted.
    assert_eq!(
        names("全镇总人口12000人，14岁以下1800人，占15%；15~64岁8400人，占70%。"),
        vec!["总人口", "14岁以下", "14岁以下占", "15~64岁", "15~64岁占"]
    );
    // Bands listed before what is said of each.
    let got =
        named_values("与上年相比，0—14岁、15—59岁人口的比重分别上升0.5个百分点、下降1.2个百分点。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, vec![(0.5, "个百分点"), (-1.2, "个百分点")]);
    // An age said of a measure is still read.
    let got = named_values("人均预期寿命达到79.5岁，比上年提高0.2岁。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, vec![(79.5, "岁"), (0.2, "岁")]);
}

#[test]
fn xiangbi_after_a_base_is_no_counted_noun() {
    // `与…的N人相比`: the base of a comparison; what is counted is the
    // subject before 与.
    assert_eq!(
        names("全县常住人口为50万人，与上次普查的48万人相比，增加2万人，增长4.2%。"),
        vec!["常住人口", "常住人口", "常住人口", "常住人口"]
    );
}

#[test]
fn framing_words_before_a_name_are_no_part_of_it() {
    assert_eq!(
        names("全乡城镇人口420人，另有流动人口50人。全年审议法律草案30件，包括制定法律5件。现已建成蔬菜基地3500亩。包括农民工在内的城镇新增就业1.2万人。"),
        vec!["城镇人口", "流动人口", "审议法律草案", "制定法律", "蔬菜基地", "包括农民工在内的城镇新增就业"]
    );
}

#[test]
fn renminbi_before_an_amount_is_no_part_of_the_name() {
    let got = named_values(
        "今年推介重大项目总投资不低于人民币500亿元，投资总额达人民币3亿元，年末存款余额中人民币2000亿元。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        vec![
            ("推介重大项目总投资", 500.0),
            ("投资总额", 3.0),
            ("年末存款余额中人民币", 2000.0)
        ]
    );
}

#[test]
fn a_goal_named_before_is_no_plan_for_the_figures_after_it() {
    // `围绕…这一目标`: the goal the year's work served, not a target for
    // the figures the sentence reports.
    let got = read_report(
        "某某镇政府工作报告\n\n2030年工作回顾\n\n一年来，全镇上下紧紧围绕建设“工业强镇”这一目标，团结一致，全镇工农业总产值达12.5亿元，农民人均纯收入8200元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(read, vec![(12.5, Actual), (8200.0, Actual)], "{got:?}");
}

#[test]
fn a_comparisons_base_alone_names_nothing() {
    // `比历史最高的1998年增长…`, `比战前的1936年下降…`, `比上次普查减少…`:
    // the base of the comparison; the change is the subject's.
    assert_eq!(
        names("全县粮食总产量25000吨，比上年增长2.5%，比历史最高的1998年增长10.6%。全区工农业总产值为2260万元，比战前的1936年下降20%。平均每户人口为2.6人，比上次普查减少0.4人。"),
        vec!["粮食总产量", "粮食总产量", "粮食总产量", "工农业总产值", "工农业总产值", "平均每户人口", "平均每户人口"]
    );
    // A sum after the base alone is still by how much it changed (its name
    // left to the report's names, `name_from_the_sentence`); a name that
    // opens on 比 or 与 and names no base stays.
    let got = named_values("全年社会商品零售总额，比上一年增加5亿元。比亚迪产量30万辆，与共建国家贸易额80亿元，比改革前减轻企业负担50亿元。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("", 5.0, Change),
            ("比亚迪产量", 30.0, Count),
            ("与共建国家贸易额", 80.0, Amount),
            ("比改革前减轻企业负担", 50.0, Amount)
        ]
    );
}

#[test]
fn a_respectively_list_after_a_comparisons_base_takes_the_subjects_before() {
    let got = named_values(
        "全年批准逮捕各类犯罪嫌疑人7.3万人，提起公诉16.1万人，同比分别上升3.6%和下降3.4%。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        vec![
            ("批准逮捕各类犯罪嫌疑人", 7.3),
            ("提起公诉", 16.1),
            ("批准逮捕各类犯罪嫌疑人", 3.6),
            ("提起公诉", -3.4)
        ]
    );
}

#[test]
fn expected_targets_open_their_list_after_a_comma() {
    let got = read_report(
        "某某州政府工作报告\n\n新闻消息（记者某某）2月26日，某某州人大会议开幕。\n\n2029年，全州实现地区生产总值53亿元，同比增长2.7%。\n\n某某州划定发展预期目标，地区生产总值增长3%；固定资产投资增长7%；社会消费品零售总额增长5%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(
        read,
        vec![
            (53.0, Actual),
            (2.7, Actual),
            (3.0, Target),
            (7.0, Target),
            (5.0, Target)
        ],
        "{got:?}"
    );
    // Targets said to be met open no list: the items after the first
    // clause are results (the first clause's own status is the marker
    // rule's, `TARGET_MARKERS`, as on main).
    let got = read_report(
        "某某州政府工作报告\n\n新闻消息（记者某某）2月26日，某某州人大会议开幕。\n\n全州圆满完成年初预期目标，地区生产总值增长3%；固定资产投资增长7%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(read[1], (7.0, Actual), "{got:?}");
}

#[test]
fn a_population_that_increases_changes_by_so_many() {
    let got = named_values("与上次普查相比，汉族人口减少1013人，下降1.7%；回族人口增加3503人，增长24.8%；新增就业人员1200人。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("汉族人口", -1013.0, Change),
            ("汉族人口", -1.7, Growth),
            ("回族人口", 3503.0, Change),
            ("回族人口", 24.8, Growth),
            ("新增就业人员", 1200.0, Count)
        ]
    );
}

#[test]
fn a_communique_published_as_of_a_time_gives_account_of_that_year() {
    // Published the year after; its figures are the census's, of 2030.
    let got = read_report(
        "某某市第八次人口普查公报（第一号）\n\n某某市统计局\n\n2031年6月3日\n\n根据第八次全国人口普查结果，现将2030年11月1日零时我市人口的基本情况公布如下：\n\n一、常住人口\n\n全市常住人口为75万人，共有家庭户25万户。\n\n二、户别人口\n\n平均每个家庭户的人口为2.4人。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![(75.0, "2030"), (25.0, "2030"), (2.4, "2030")],
        "{got:?}"
    );
}

// The review's mends: made-up text the rules misread before them.

#[test]
fn a_respectively_list_after_words_that_name_nothing_keeps_its_own_name() {
    // (27e) 其中, 全年 are no comparison's base: the list names its items.
    let got = named_values("全年共审结民事案件1200件、刑事案件300件，其中分别调解结案800件和50件。全县建成高标准农田2万亩、节水灌溉面积1万亩，全年分别完成投资3亿元和1亿元。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        vec![
            ("审结民事案件", 1200.0),
            ("刑事案件", 300.0),
            ("调解结案", 800.0),
            ("调解结案", 50.0),
            ("高标准农田", 2.0),
            ("节水灌溉面积", 1.0),
            ("投资", 3.0),
            ("投资", 1.0)
        ]
    );
}

#[test]
fn a_goal_to_be_met_still_plans_the_figures() {
    // (27d) Only `围绕…这一目标` names a goal the work served.
    let got = read_report(
        "某某镇召开年度工作会议\n\n会议提出今年的奋斗目标是全镇工农业总产值15亿元。会议提出，为实现这一目标，全县固定资产投资要增长10%，财政收入增长5%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(
        read,
        vec![(15.0, Target), (10.0, Target), (5.0, Target)],
        "{got:?}"
    );
    // A list opened after a comma ends before a past result.
    let got = read_report(
        "某某县召开经济工作会议\n\n会议提出，今年预期目标，地区生产总值增长6%；去年全县完成财政收入5亿元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(read, vec![(6.0, Target), (5.0, Actual)], "{got:?}");
}

#[test]
fn tasks_and_goals_published_are_no_account() {
    // (27g) A year to come, no time the figures are as of: still targets.
    for page in [
        "某某县人民政府公告\n\n2019年3月1日\n\n现将2020年底前完成的脱贫攻坚任务公布如下：\n\n全县新建安置房500套。\n",
        "某某县人民政府公告\n\n2021年1月5日\n\n现将2025年远景目标公布如下：\n\n全县地区生产总值达到500亿元。\n",
    ] {
        let got = read_report(page);
        assert!(got.iter().all(|f| f.2 == Target), "{got:?}");
    }
}

#[test]
fn words_opening_on_yu_or_bi_that_compare_nothing_keep_the_name() {
    // (27b) `与上海市…` is no base; `比对` is no 比 of comparison.
    assert_eq!(
        names("与上海市签约合作项目12个。与上级部门对接项目45个。与前海合作区签约项目8个。比对历年数据5000条。"),
        vec!["与上海市签约合作项目", "与上级部门对接项目", "与前海合作区签约项目", "比对历年数据"]
    );
    // A base with 相比 is stripped, the rest kept: what was added over it,
    // by how much.
    let got = named_values("与去年相比多增加就业岗位1200个。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.3)).collect();
    assert_eq!(got, vec![("就业岗位", Change)]);
}

#[test]
fn an_age_before_digits_that_are_no_count_is_a_measure() {
    // (27a) A count of people follows a band; a year or another age does
    // not, nor a count after an age named as such.
    let got = named_values("在校生年龄均在6岁以上7岁以下。全县人均预期寿命78.9岁2023年将达到79.5岁。全县平均年龄45岁1200名干部参加培训。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (6.0, "岁"),
            (7.0, "岁"),
            (78.9, "岁"),
            (79.5, "岁"),
            (45.0, "岁"),
            (1200.0, "名")
        ]
    );
    // Bands of unlike lengths share their head once.
    assert_eq!(
        names("全县0—6岁、7—14岁儿童人数比上年分别增加1200人、减少800人。"),
        vec!["0—6岁儿童人数", "7—14岁儿童人数"]
    );
}

#[test]
fn a_year_before_yixia_is_no_bound() {
    // (27a) `2022年以下3项工作`: the list's year, not a bound of a class.
    let got = named_values("2022年以下3项工作成效明显：新建道路20公里。");
    let got: Vec<_> = got.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, vec![(20.0, "公里")]);
}

#[test]
fn xianyi_you_is_framing_too() {
    // (27c) `现已有`: "there are by now", 有 with it.
    assert_eq!(names("现已有会员企业120家。"), vec!["会员企业"]);
}
