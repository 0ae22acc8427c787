use super::*;

/// (level, province, city, county) of what the title and body are about.
fn region(title: &str, body: &str) -> Option<(RegionLevel, String, String, Option<String>)> {
    Gazetteer::bundled().recognise(title, body).map(summary)
}

fn summary(r: Region) -> (RegionLevel, String, String, Option<String>) {
    let name = |d: Option<Division>| d.map(|d| d.name).unwrap_or_default();
    (
        r.level,
        name(r.province),
        name(r.city),
        r.county.map(|c| c.name),
    )
}

fn clues<'a>(title: &'a str, front: &'a str, body: &'a str) -> Option<Region> {
    Gazetteer::bundled().recognise_in(&RegionClues {
        title,
        source: None,
        front,
        body,
    })
}

#[test]
fn counties_whose_names_simplify_are_found() {
    // fast2s reads 乾 as 干 and 磐 as 盘; the evidence keeps the real name.
    for (title, county, city) in [
        ("松原市乾安县召开会议", "乾安县", "松原市"),
        ("吉林市磐石市加快发展", "磐石市", "吉林市"),
        ("金华市磐安县加快发展", "磐安县", "金华市"),
        ("咸阳市乾县加快发展", "乾县", "咸阳市"),
    ] {
        let r = Gazetteer::bundled().recognise(title, "").expect(title);
        assert_eq!(r.county.as_ref().map(|c| c.name.as_str()), Some(county));
        assert_eq!(r.city.as_ref().unwrap().name, city);
        assert!(r.evidence.iter().any(|e| e == county), "{:?}", r.evidence);
    }
}

#[test]
fn county_with_city() {
    let r = region("", "今年以来,潍坊市奎文区聚焦实体经济。奎文区持续发力。").unwrap();
    assert_eq!(
        r,
        (
            RegionLevel::County,
            "山东省".into(),
            "潍坊市".into(),
            Some("奎文区".into())
        )
    );
}

#[test]
fn county_from_short_city_name_in_title() {
    let r = region(
        "乘风破浪行 坊子奋力开创高质量发展新局面",
        "2020年,坊子区认真贯彻落实。坊子区被评为国家级基地。",
    )
    .unwrap();
    assert_eq!(r.3.as_deref(), Some("坊子区"));
    assert_eq!(r.2, "潍坊市");
}

#[test]
fn ambiguous_county_resolved_by_city() {
    // 朝阳区 is in Beijing and in Changchun.
    let r = region("", "长春市朝阳区召开会议,朝阳区加快发展。").unwrap();
    assert_eq!(r.2, "长春市");
    let r = region("", "北京市朝阳区召开会议,朝阳区加快发展。").unwrap();
    assert_eq!(r.1, "北京市");
    assert_eq!(r.3.as_deref(), Some("朝阳区"));
}

#[test]
fn a_county_qualified_only_in_the_delivery_line_is_its_citys() {
    // 鼓楼区 is in Nanjing, Xuzhou, Fuzhou and Kaifeng; the title names it
    // bare and the line under it qualifies it where the city's own name
    // carries no weight of its own.
    for (city, province) in [
        ("福州市", "福建省"),
        ("开封市", "河南省"),
        ("徐州市", "江苏省"),
    ] {
        let front = format!("——2023年1月9日在{city}鼓楼区第十八届人民代表大会第二次会议上");
        let r = clues(
            "鼓楼区2023年政府工作报告",
            &front,
            "全区地区生产总值增长4.5%。",
        )
        .map(summary)
        .expect(city);
        assert_eq!((r.1.as_str(), r.2.as_str()), (province, city));
        assert_eq!(r.3.as_deref(), Some("鼓楼区"));
    }
}

#[test]
fn codes_come_from_the_gazetteer() {
    let r = Gazetteer::bundled()
        .recognise("", "济南市济阳区加快转型,济阳区。")
        .unwrap();
    assert_eq!(r.code(), "370115");
    assert_eq!(r.city.unwrap().code, "3701");
    assert_eq!(r.province.unwrap().code, "37");
}

#[test]
fn city_only_and_nothing() {
    let r = region("", "潍坊市召开会议,潍坊加快发展。").unwrap();
    assert_eq!(
        (r.0, r.2.as_str(), r.3),
        (RegionLevel::City, "潍坊市", None)
    );
    assert_eq!(region("", "今年以来经济运行稳中有进。"), None);
}

#[test]
fn a_county_name_inside_a_common_word_is_no_county() {
    // 范县 in 示范县, 高县 in 提高县域, 和县 in 和县域: words, not places. A
    // provincial report full of them stays the province's.
    let body = "坚持示范县创建，提高县域经济水平，推动城市和县域协调发展。\
                创建示范县十个，示范县带动明显。";
    let r = region("2026年吉林省政府工作报告", body).unwrap();
    assert_eq!(
        r,
        (RegionLevel::Province, "吉林省".into(), String::new(), None)
    );
    assert_eq!(region("", body), None, "{body}");
    // The same names standing as places are found.
    let r = region("", "在和县召开现场会，和县加快发展，马鞍山市支持和县。").unwrap();
    assert_eq!(r.3.as_deref(), Some("和县"));
    let r = region("", "宜宾市高县召开会议，高县项目开工。").unwrap();
    assert_eq!(r.3.as_deref(), Some("高县"));
    // A year before the name, as a title dates its report.
    let body = "全县地区生产总值增长6.3%。";
    let r = region("2024年泸县人民政府工作报告", body).unwrap();
    assert_eq!(r.3.as_deref(), Some("泸县"));
    let r = region("一九九八年沛县人民政府工作报告", body).unwrap();
    assert_eq!(r.3.as_deref(), Some("沛县"));
}

#[test]
fn a_place_counts_only_where_its_province_agrees() {
    // A county of another province, named in passing, does not pull the
    // report there; a passing mention never lowers the level.
    let body = "学习借鉴浙江省安吉县经验，支持长春市、吉林市发展。全省经济稳中向好。";
    let r = clues(
        "政府工作报告",
        "——2026年1月27日在吉林省第十四届人民代表大会第五次会议上",
        body,
    )
    .unwrap();
    assert_eq!(r.level, RegionLevel::Province);
    assert_eq!(r.province.unwrap().name, "吉林省");
    assert_eq!((r.city, r.county), (None, None));
}

#[test]
fn the_speaker_office_and_organ_name_the_government() {
    let r = clues(
        "政府工作报告",
        "云南省省长 王某",
        "各位代表：昆明市、大理州加快发展。",
    )
    .unwrap();
    assert_eq!((r.level, r.label()), (RegionLevel::Province, "云南省"));
    let r = Gazetteer::bundled()
        .recognise_in(&RegionClues {
            title: "2025年政府工作报告",
            source: Some("兰山区人民政府"),
            front: "",
            body: "各位代表：过去一年，全区经济持续向好，临沂市支持力度加大。",
        })
        .unwrap();
    assert_eq!((r.level, r.label()), (RegionLevel::County, "兰山区"));
    assert_eq!(r.city.unwrap().name, "临沂市");
}

#[test]
fn a_city_report_is_the_citys() {
    let body = "各位代表：过去一年，坊子区、奎文区、寿光市加快发展，全市经济增长6%。\
                坊子区新增项目十个。奎文区营商环境持续优化。";
    let r = clues(
        "潍坊市2024年政府工作报告",
        "——在潍坊市第十八届人民代表大会第三次会议上",
        body,
    )
    .unwrap();
    assert_eq!((r.level, r.label()), (RegionLevel::City, "潍坊市"));
    assert_eq!(r.path().len(), 2);
    assert_eq!(r.province.unwrap().name, "山东省");
}

#[test]
fn a_township_report_has_its_county() {
    let r = clues(
        "兰山区枣园镇2024年政府工作报告",
        "枣园镇人民政府",
        "各位代表：过去一年，全镇上下推进乡村振兴，城乡融合发展。",
    )
    .unwrap();
    assert_eq!(r.level, RegionLevel::Township);
    assert_eq!(r.township.as_ref().unwrap().name, "枣园镇");
    assert_eq!(r.county.as_ref().unwrap().name, "兰山区");
    assert_eq!(r.city.as_ref().unwrap().name, "临沂市");
    assert_eq!(r.label(), "枣园镇");
    assert!(r.code().starts_with("371302/"));
    // The county named only before the township's assembly in the
    // delivery line, the township's name holding its people's (藏族乡).
    let r = clues(
        "2023年白马藏族乡人民政府工作报告",
        "——2023年2月15日在平武县白马藏族乡第十二届人民代表大会第三次会议上",
        "各位代表：全乡上下推进乡村振兴。",
    )
    .unwrap();
    assert_eq!(r.level, RegionLevel::Township);
    assert_eq!(r.county.as_ref().unwrap().name, "平武县");
    assert_eq!(r.label(), "白马藏族乡");
    // 乡村, 城乡, 乡镇 are words, not townships.
    let r = clues("兰山区推进乡镇工作和城乡融合", "", "兰山区加快发展。").unwrap();
    assert_eq!(r.level, RegionLevel::County);
}

#[test]
fn a_townships_peoples_do_not_count_in_its_names_length() {
    // 大河边 is the name, 苗族 the people a 民族乡 names: five characters
    // before 乡, as 布依族苗族 makes more.
    for (title, township) in [
        ("2020年大河边苗族乡人民政府工作报告", "大河边苗族乡"),
        ("2020年摆金布依族苗族乡人民政府工作报告", "摆金布依族苗族乡"),
    ] {
        let front = format!("——2020年1月6日在丹寨县{township}第十四届人民代表大会第五次会议上");
        let r = clues(title, &front, "各位代表：全乡上下推进乡村振兴。").unwrap();
        assert_eq!(r.level, RegionLevel::Township, "{title}");
        assert_eq!(r.county.as_ref().unwrap().name, "丹寨县");
        assert_eq!(r.label(), township);
    }
    // Five characters of no people are more than a township's name.
    let r = clues(
        "2020年大河边口子乡人民政府工作报告",
        "——2020年1月6日在丹寨县大河边口子乡第十四届人民代表大会第五次会议上",
        "各位代表：全乡上下推进乡村振兴。",
    );
    assert!(r.is_none_or(|r| r.level != RegionLevel::Township));
}

#[test]
fn a_townships_name_before_a_year_in_numerals_ends_there() {
    for title in [
        "城厢镇二〇二四年政府工作报告",
        "城厢镇二O二四年政府工作报告",
    ] {
        let r = clues(
            title,
            "——二〇二四年一月五日在仙游县城厢镇第十八届人民代表大会第四次会议上",
            "各位代表：全镇上下推进乡村振兴。",
        )
        .unwrap();
        assert_eq!(r.level, RegionLevel::Township, "{title}");
        assert_eq!(r.label(), "城厢镇");
    }
}

#[test]
fn a_township_named_like_a_place_is_the_township() {
    // 新华 is the short name of several 新华区; with a suffix of its own it
    // names the street, placed under the district whose site carries it.
    let r = clues(
        "新华街道2024年工作报告",
        "版权所有：武汉市武昌区人民政府",
        "各位代表：过去一年，街道上下推进基层治理。",
    )
    .unwrap();
    assert_eq!(r.level, RegionLevel::Township);
    assert_eq!(r.label(), "新华街道");
    assert_eq!(r.county.as_ref().unwrap().name, "武昌区");
    // With no county anywhere, no level the evidence does not give.
    assert_eq!(
        clues("新华街道2024年工作报告", "", "各位代表：推进基层治理。"),
        None
    );
    // 朝阳 (朝阳市) opens the street's name with a character more before its
    // suffix: the street of the district its source names.
    let r = Gazetteer::bundled()
        .recognise_in(&RegionClues {
            title: "朝阳门街道2025年工作总结及2026年工作计划",
            source: Some("东城区朝阳门街道办事处"),
            front: "",
            body: "2025年，朝阳门街道在区委、区政府的坚强领导下，全面完成各项目标任务。",
        })
        .unwrap();
    assert_eq!(r.label(), "朝阳门街道");
    assert_eq!(r.county.as_ref().unwrap().name, "东城区");
    assert_eq!(r.province.as_ref().unwrap().name, "北京市");
}

#[test]
fn a_national_report_is_the_countrys() {
    let body = "各位代表：现在，我代表国务院，向大会报告政府工作。支持西藏、新疆发展，\
                推进雄安新区建设，海南自由贸易港建设。";
    let r = clues(
        "政府工作报告",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        body,
    )
    .unwrap();
    assert_eq!(r.level, RegionLevel::National);
    assert_eq!((r.province.as_ref(), r.label()), (None, "中华人民共和国"));
    let r = region("2025年中华人民共和国国务院政府工作报告", body).unwrap();
    assert_eq!(r.0, RegionLevel::National);
    // A province's report that carries out the State Council's decisions
    // is still the province's.
    let r = region(
        "2026年吉林省政府工作报告",
        "坚决贯彻党中央、国务院决策部署。",
    )
    .unwrap();
    assert_eq!(r.0, RegionLevel::Province);
}

#[test]
fn autonomous_regions_go_by_their_short_names() {
    assert_eq!(short_name("广西壮族自治区"), Some("广西"));
    assert_eq!(short_name("新疆维吾尔自治区"), Some("新疆"));
    assert_eq!(short_name("内蒙古自治区"), Some("内蒙古"));
    assert_eq!(short_name("黔东南苗族侗族自治州"), Some("黔东南"));
    assert_eq!(short_name("长白朝鲜族自治县"), Some("长白"));
    // Every minority people's name, with or without 族.
    assert_eq!(short_name("沧源佤族自治县"), Some("沧源"));
    assert_eq!(short_name("双江拉祜族佤族布朗族傣族自治县"), Some("双江"));
    assert_eq!(short_name("塔什库尔干塔吉克自治县"), Some("塔什库尔干"));
    assert_eq!(short_name("管城回族区"), Some("管城"));
    // A people's name as a name's last character, not autonomous: its own.
    assert_eq!(short_name("六盘水市"), Some("六盘水"));
    let r = region("", "宁夏加快发展，宁夏回族自治区人民政府部署。").unwrap();
    assert_eq!(
        (r.0, r.1.as_str()),
        (RegionLevel::Province, "宁夏回族自治区")
    );
}

#[test]
fn a_municipality_is_a_province() {
    let r = region("2026年北京市政府工作报告", "朝阳区、海淀区加快发展。").unwrap();
    assert_eq!(
        r,
        (RegionLevel::Province, "北京市".into(), String::new(), None)
    );
}

#[test]
fn a_provincial_report_on_a_citys_site_is_the_provinces() {
    let r = Gazetteer::bundled()
        .recognise_in(&RegionClues {
            title: "2026年吉林省政府工作报告",
            source: Some("长春市人民政府"),
            front: "",
            body: "各位代表：全省经济稳中向好，长春市、吉林市加快发展。",
        })
        .unwrap();
    assert_eq!((r.level, r.label()), (RegionLevel::Province, "吉林省"));
    // Where the title names no government, the delivery line does.
    let r = Gazetteer::bundled()
        .recognise_in(&RegionClues {
            title: "政府工作报告",
            source: Some("潍坊市人民政府"),
            front: "——在坊子区第十九届人民代表大会第四次会议上",
            body: "各位代表：全区经济稳中向好。",
        })
        .unwrap();
    assert_eq!((r.level, r.label()), (RegionLevel::County, "坊子区"));
}

#[test]
fn a_county_under_the_name_it_had_before_it_became_a_district() {
    // 藁城县 is 石家庄市's 藁城区 since 2014; a report of 1986 names its
    // assembly by the old name.
    let r = clues(
        "政府工作报告",
        "——一九八六年三月二十日在藁城县第十届人民代表大会第三次会议上\n县长 王振国",
        "各位代表：现在，我代表县人民政府，向大会报告工作。",
    )
    .map(summary);
    assert_eq!(
        r,
        Some((
            RegionLevel::County,
            "河北省".to_string(),
            "石家庄市".to_string(),
            Some("藁城区".to_string())
        ))
    );
    // A name the gazetteer knows in full is read as itself.
    let r = clues("朝阳县2024年政府工作报告", "", "").map(summary);
    assert_eq!(r.and_then(|r| r.3).as_deref(), Some("朝阳县"));
    // A short name two counties share, one a 区 now and one an autonomous
    // 县: with 县 after it, the 县 (云南's 河口瑶族自治县, not 山东's 河口区).
    let r = clues(
        "政府工作报告",
        "在2024年1月10日河口县第十七届人民代表大会第三次会议上\n县长 杨波",
        "",
    )
    .map(summary);
    assert_eq!(
        r.map(|r| (r.1, r.3)),
        Some(("云南省".to_string(), Some("河口瑶族自治县".to_string())))
    );
}

#[test]
fn a_villages_report_is_placed_in_its_township() {
    // The village's organ after the township (signing the report, its
    // source) names the township the village is under, and the county
    // before it.
    let signed = |source: &str| {
        Gazetteer::bundled().recognise_in(&RegionClues {
            title: "大柳树村2023年工作报告",
            source: Some(source),
            front: "",
            body: "各位代表：全村集体经济收入增长。",
        })
    };
    for (source, township) in [
        ("宁陵县城关镇大柳树村村民委员会", "城关镇"),
        ("合肥市蜀山区三里庵街道和平社区居民委员会", "三里庵街道"),
    ] {
        let r = signed(source).unwrap();
        assert_eq!(r.level, RegionLevel::Township, "{source}");
        assert_eq!(r.label(), township);
    }
    // A township's name glued to words that are no village's organ is
    // not read.
    let r = signed("宁陵县城关镇大柳树村民俗文化节");
    assert!(r.is_none_or(|r| r.level != RegionLevel::Township));
}

#[test]
fn a_place_opening_a_companys_or_a_schools_name_names_no_government() {
    // The report of a company's or a school's congress: the place says
    // where the company stands, no government reports.
    for title in [
        "潍坊市公共交通集团有限公司2024年工作报告",
        "南昌大学第八届教职工代表大会第三次会议工作报告",
    ] {
        let r = clues(
            title,
            "——2024年1月20日在第三届职工代表大会第二次会议上",
            "各位代表：",
        );
        assert!(r.is_none(), "{title}: {r:?}");
    }
    // A government's report naming its place before an organ, or a
    // company in passing in its body, is placed as before.
    let r = clues(
        "2024年潍坊市人民政府工作报告",
        "",
        "潍坊市公共交通集团新增公交车200辆。",
    )
    .unwrap();
    assert_eq!(r.label(), "潍坊市");
}

#[test]
fn a_counties_short_name_inside_a_new_areas_name_names_no_county() {
    // 雄安新区 holds 安新 (安新县), which was never a 区.
    let r = region("河北雄安新区2024年工作报告", "新区经济运行稳中向好。").map(|r| r.3);
    assert_ne!(r, Some(Some("安新县".to_string())));
    // The county named as it is, or renamed from a 县 to a 区 (藁城县 → 藁城区), stays.
    assert_eq!(
        region("2024年安新县政府工作报告", "全县经济运行稳中向好。")
            .and_then(|r| r.3)
            .as_deref(),
        Some("安新县")
    );
    assert_eq!(
        region("藁城县一九九五年政府工作报告", "全县经济运行稳中向好。")
            .and_then(|r| r.3)
            .as_deref(),
        Some("藁城区")
    );
}

#[test]
fn a_street_or_the_countrys_time_named_after_a_place_is_no_mention_of_it() {
    // A wire story's 北京时间 and a city's 北京路 stand anywhere.
    assert_eq!(
        region("", "北京时间9月11日凌晨消息，新品发布会开幕。"),
        None
    );
    assert_eq!(region("", "沿街商铺集中在北京路和中山大道两侧。"), None);
    // A roadshow held there, or the place's path, is the place's.
    let shanghai = region("", "企业赴上海路演，推介重点项目。").unwrap();
    assert_eq!(shanghai.1, "上海市");
    let shenzhen = region("", "学习借鉴深圳路径，推动改革创新。").unwrap();
    assert_eq!(shenzhen.2, "深圳市");
}

#[test]
fn a_short_name_in_passing_is_no_place_of_a_report_that_calls_itself_another_kind() {
    // A town's report: 长治 inside 长治久安, 江苏 opening a company in a list.
    let town = "全镇上下坚持长治久安，稳定发展。\n洽谈引进某某养殖、江苏某某新型材料、某某科技等项目。\n全镇经济平稳。";
    assert_eq!(region("", town), None);
    // A city's report that says 我市: the city named in passing is its own.
    let city = "推进美化广州城的工作。\n全市上下团结一心，我市经济平稳。";
    assert_eq!(region("", city).unwrap().2, "广州市");
}

#[test]
fn a_place_over_the_reports_own_kind_stands_where_a_small_word_brings_it_in() {
    // A zone's report (全区) on the city over it: 为温州, not 、温州.
    let zone = "努力成为温州改革开放的先行区。\n全区上下奋力拼搏，全区经济平稳。";
    assert_eq!(region("", zone).unwrap().2, "温州市");
    let listed = "引进某某、温州某某电气等企业。\n全区上下奋力拼搏，全区经济平稳。";
    assert_eq!(region("", listed), None);
    // One 全省 (a ranking) says nothing of what the report calls itself.
    let ranked = "也是杭州钱塘新区成立之年，增速居全省第一。";
    assert_eq!(region("", ranked).unwrap().3.as_deref(), Some("钱塘区"));
}

#[test]
fn a_superiors_organ_in_the_body_does_not_outrank_the_report_that_calls_itself_a_city() {
    let body = "在党中央、国务院和广东省委、省政府的坚强领导下，全市上下团结奋斗。\n这在深圳经济发展史上是罕见的，我市经济稳定。";
    let r = region("", body).unwrap();
    assert_eq!((r.0, r.2.as_str()), (RegionLevel::City, "深圳市"));
}

#[test]
fn an_autonomous_area_named_by_its_suffix_without_its_peoples() {
    let r = clues(
        "政府工作报告",
        "——2021年3月20日在凉山州第十一届人民代表大会第五次会议上",
        "各位代表：",
    )
    .unwrap();
    assert_eq!(r.city.unwrap().name, "凉山彝族自治州");
    let r = clues("", "2023年新疆自治区政府工作报告", "各位代表：").unwrap();
    assert_eq!(r.province.unwrap().name, "新疆维吾尔自治区");
}

#[test]
fn a_name_whose_last_character_makes_a_word_with_a_suffix_is_not_read_in_another_form() {
    // 大城 + 市 is 城市 (a big city), not 大城县 as a 市.
    assert_eq!(region("", "推动超大城市治理能力现代化。"), None);
    // A 新城 (new town) is no 新城区.
    let r = region("某某新城2020年工作总结", "西安市委、市政府关心新城发展。").unwrap();
    assert_eq!((r.0, r.3), (RegionLevel::City, None));
}

#[test]
fn the_speaker_speaks_for_the_state_council_after_a_pages_intro() {
    let body = "想知道那一年的报告说了什么？下面分享给大家。\n各位代表：\n现在，我代表国务院，向大会报告政府工作。";
    assert_eq!(region("", body).unwrap().0, RegionLevel::National);
    let entrusted =
        "全国人民代表大会常务委员会：\n受国务院委托，我向全国人大常委会报告计划执行情况。";
    assert_eq!(region("", entrusted).unwrap().0, RegionLevel::National);
}
