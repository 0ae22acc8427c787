//! Made-up pages of the shapes the sixth look at real report pages
//! (pages24, docs/quality-real-pages.md) found read wrong: a collection's
//! piece number and a copy's page number on the title; rows of a page's
//! grid whose labels nothing knew (a weather line, a table's cells between
//! bars) taken for the title; the guests of a salutation read as a city;
//! an autonomous region's report placed in the city its body names.

use crate::support::shapes::{headings, region_path, report, set_aside};

#[test]
fn a_collections_piece_number_is_no_part_of_the_title() {
    let text = [
        "第1篇 某某区人大常委会工作报告",
        "各位代表：",
        "我受某某区人民代表大会常务委员会委托，向大会报告工作，请予审议。",
        "一、围绕中心，服务大局",
        "一年来，常委会共举行会议九次，审议议题二十三项。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某区人大常委会工作报告");
    set_aside(&r, &["第1篇"]);
    let text = [
        "第一篇：某某社区居委会工作汇报",
        "各位楼组长、居民代表：",
        "一年来，我们居委会在街道党工委、办事处的领导下，较好地完成了各项工作。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "某某社区居委会工作汇报");
}

#[test]
fn a_copys_page_number_after_the_title_is_set_aside() {
    let text = [
        "某某街道办事处年终总结(3)",
        "时间: 01-19",
        "（五）城市建设城市管理步入正轨。一是做好背街小巷整治，提升了城区品位。",
        "（六）社区建设渐入佳境。我们建成了服务大厅，实行一门式服务。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某街道办事处年终总结");
    set_aside(&r, &["(3)"]);
    // A bracket of words is the title's own.
    let text = [
        "某某县2030年政府工作报告（摘要）",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "某某县2030年政府工作报告（摘要）");
}

#[test]
fn a_weather_line_over_the_headline_is_no_title() {
    let text = [
        "温度:20-28℃ 天气现象:多云转晴 风向风速:东南风2级",
        "2030年某某市政府工作报告",
        "——2030年1月20日在某某市第九届人民代表大会第三次会议上",
        "某某市市长 张某某",
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请予审议。",
        "一、2029年工作回顾",
        "过去一年，全市地区生产总值增长百分之六。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某某市政府工作报告");
    assert_eq!(r.subtitle, None);
    set_aside(&r, &["温度:20-28℃ 天气现象:多云转晴 风向风速:东南风2级"]);
}

#[test]
fn a_grid_of_cells_between_bars_over_the_headline_is_the_pages() {
    let text = [
        "索引号 | 11330000000000000X/2030-00001 |",
        "公开方式 | 主动公开 |",
        "成文日期: | 2030-03-12 |",
        "组配分类: | 政府工作报告 | 公开范围: | 面向全社会 |",
        "某某高新区2029年工作总结和2030年工作安排报告 |",
        "一、2029年工作回顾",
        "2029年，高新区各项工作取得显著成绩，全年营业总收入增长百分之八。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某高新区2029年工作总结和2030年工作安排报告");
    assert_eq!(headings(&r), ["一、2029年工作回顾"]);
    set_aside(&r, &["公开方式 | 主动公开 |"]);
}

#[test]
fn rows_of_unknown_fields_under_a_toolbar_give_way_to_the_headline() {
    let text = [
        "• 微信",
        "• 微博",
        "• 繁体字",
        "• 索引号: 000000--2030-0165 主题分类: 综合政务",
        "发布机构: 某某区审计局 生成日期: 2030-11-08 15:29",
        "文件编号: 有效性: 有效",
        "公开范围: 面向全社会 公开方式: 主动公开",
        "分享到:",
        "关于2029年度区本级预算执行和其他财政收支的审计报告",
        "• 浏览量:",
        "根据审计法的规定，区审计局派出审计组，对区本级预算执行情况进行了审计。",
        "一、预算执行情况",
        "2029年，区一般公共预算收入完成十五亿元，比上年增长百分之三。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "关于2029年度区本级预算执行和其他财政收支的审计报告"
    );
    assert_eq!(headings(&r), ["一、预算执行情况"]);
    set_aside(&r, &["文件编号: 有效性: 有效"]);
}

#[test]
fn the_guests_a_salutation_addresses_are_no_city() {
    // However the guests are addressed or wished well (review: the first
    // rule took off only a salutation opening its paragraph).
    for (salutation, wish) in [
        ("尊敬的各位领导、来宾：", "谢谢大家！"),
        ("各位来宾、同志们：", "谢谢大家！"),
        (
            "女士们、先生们、来宾们：",
            "祝各位领导、来宾身体健康，工作顺利！",
        ),
    ] {
        let text = [
            "某某社区居委会工作总结",
            salutation,
            "大家好！某某社区位于某某街道东部，社区内有居民住宅楼六十一幢。",
            "一年来，社区居委会在街道的领导下，较好地完成了各项工作。",
            wish,
        ]
        .join("\n");
        assert!(
            region_path(&report(&text)).is_empty(),
            "{salutation} {wish}"
        );
    }
    // The city named in full is still the city.
    let text = [
        "来宾市人民政府工作报告",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert_eq!(
        region_path(&report(&text)).last().map(String::as_str),
        Some("来宾市")
    );
}

#[test]
fn an_autonomous_regions_report_stays_above_the_capital_its_body_names() {
    let text = [
        "政府工作报告",
        "各位代表：",
        "现在，我代表自治区人民政府，向大会作政府工作报告，请予审议。",
        "五年来，是我区经济发展最快的五年，城乡面貌变化最大。",
        "城市建设大规模展开，呼和浩特市的建设框架全面拉开，辐射带动作用增强。",
    ]
    .join("\n");
    assert_eq!(region_path(&report(&text)), ["内蒙古自治区"]);
}

/// The review's: a district's report in an autonomous region says 全区
/// too; without a speech given for the region's government it goes down
/// to the city its body names, as before.
#[test]
fn a_districts_report_in_an_autonomous_region_goes_down_to_its_city() {
    let text = [
        "政府工作报告",
        "各位代表：",
        "过去一年，在南宁市委、市政府的坚强领导下，全区上下团结奋进。",
        "全区地区生产总值增长6%，全区固定资产投资增长8%。",
        "南宁市下达的各项任务全面完成，全区民生持续改善，全区社会大局稳定。",
        "我们将全力支持南宁市建设，南宁市的发展就是我们的发展，南宁市重点项目落地。",
    ]
    .join("\n");
    assert_eq!(
        region_path(&report(&text)).last().map(String::as_str),
        Some("南宁市")
    );
}

#[test]
fn a_title_opening_on_an_assemblys_name_alone_goes_on_with_its_term() {
    let text = [
        "中国人民政治协商会议",
        "第七届某某县委员会常务委员会工作报告",
        "（2030年3月7日在政协第七届某某县委员会第五次会议上）",
        "张某某",
        "各位委员：",
        "我受政协第七届某某县委员会常务委员会的委托，向大会报告工作，请予审议。",
        "一、服务大局",
        "一年来，县政协常委会围绕中心工作议政建言。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "中国人民政治协商会议第七届某某县委员会常务委员会工作报告"
    );
    assert_eq!(r.authors, ["张某某"]);
    // A term in Arabic numerals goes on alike.
    let arabic = text.replace(
        "第七届某某县委员会常务委员会工作报告",
        "第10届某某县委员会常务委员会工作报告",
    );
    assert_eq!(
        report(&arabic).title,
        "中国人民政治协商会议第10届某某县委员会常务委员会工作报告"
    );
    // A government's or a meeting's name is no assembly's: the next line
    // is a title of its own (the review's).
    for (first, second) in [
        (
            "某某市人民政府",
            "第十八届人民代表大会第四次会议政府工作报告",
        ),
        ("全市经济工作会议", "第十届常务委员会工作报告"),
    ] {
        let text = [
            first,
            second,
            "各位代表：",
            "现在，我向大会报告工作，请予审议。",
        ]
        .join("\n");
        let title = report(&text).title;
        assert!(!title.starts_with(first), "{title}");
    }
}

#[test]
fn a_governments_name_and_a_persons_under_the_title_name_the_speaker() {
    let text = [
        "2030年某某自治区人民政府工作报告",
        "自治区政府 某某提·某某尔",
        "2030年1月9日在某某自治区第十二届人民代表大会第五次会议上",
        "各位代表：",
        "现在，我代表自治区人民政府向大会报告工作，请予审议。",
        "一、2029年工作回顾",
        "过去一年，全区经济平稳增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["某某提·某某尔"]);
    // A government's name and no person's is no speaker's line, nor a
    // page's word that opens with a surname (the review's: 解读, 全文).
    for after in ["办公室", "解读", "全文", "石化"] {
        let text = [
            "2030年某某县政府工作报告".to_string(),
            format!("某某县人民政府 {after}"),
            "各位代表：".to_string(),
            "现在，我代表县人民政府向大会报告工作，请予审议。".to_string(),
        ]
        .join("\n");
        assert!(report(&text).authors.is_empty(), "{after}");
    }
}

#[test]
fn a_page_opening_on_its_first_part_has_no_stated_title() {
    let text = [
        "(2030年1月21日)",
        "一、2029年工作总结",
        "2029年，我们矢志创新、奋勇攻坚，高质量发展基础更加夯实。",
        "主园区预计实现地区生产总值二百六十亿元，增长百分之八。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived, "{}", r.title);
    assert_eq!(headings(&r), ["一、2029年工作总结"]);
}

#[test]
fn an_outline_of_parts_over_the_headline_leaves_the_headline_the_title() {
    let text = [
        "一、2029年工作回顾",
        "二、2030年目标任务和重点工作",
        "三、全面加强政府自身建设",
        "2030年某某县政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议。",
        "一、2029年工作回顾",
        "过去的一年，全县地区生产总值增长百分之七。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "2030年某某县政府工作报告");
}
