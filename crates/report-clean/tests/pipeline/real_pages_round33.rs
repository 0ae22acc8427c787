//! Made-up pages of the shapes the fifteenth look at real report pages
//! (pages33, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right.

use crate::support::shapes::{first_paragraph, headings, region_path, report};
use report_core::RegionLevel;

fn paragraphs(r: &report_core::Report) -> Vec<&str> {
    r.paragraphs().collect()
}

#[test]
fn a_portals_hot_words_and_mode_switches_over_the_title_are_no_title() {
    // A provincial portal's top: its search box's most searched words, a
    // switch to its English site and out of its large-print mode, its menu
    // as a bulleted list, the path to the page, then the report.
    let text = [
        "热搜词: 社保 公积金 营商环境 户籍 不动产",
        "|",
        "EN",
        "|",
        "退出老年人模式",
        "  • 网站首页",
        "  • 政务公开",
        "  • 互动交流",
        "当前位置:首页 > 通知公告",
        "",
        "某某市人民政府办公室2030年政府信息公开工作年度报告",
        "",
        "2031-01-20 10:00 来源:某某市人民政府办公室",
        "",
        "根据《中华人民共和国政府信息公开条例》规定,编制本报告。本报告中所列数据的统计期限自2030年1月1日起至12月31日止。",
        "",
        "一、总体情况",
        "",
        "2030年,市政府办公室坚持以公开为常态、不公开为例外,扎实推进政务公开工作,公开质量进一步提升。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "某某市人民政府办公室2030年政府信息公开工作年度报告"
    );
    assert_eq!(headings(&r), ["一、总体情况"]);
    assert!(r.captions.is_empty(), "{:?}", r.captions);
}

#[test]
fn what_was_searched_for_in_the_reports_own_words_stays() {
    // A report on its site's year: the searched words in a sentence, a
    // part on them, and a count over a thousand, all the report's.
    let text = [
        "某某区2030年政府网站工作年度报表说明",
        "",
        "一、网站访问情况",
        "",
        "全年网站热搜词: 社保、公积金、营商环境等,均已设置专题页面,方便群众查询。",
        "",
        "(二)热词: 营商环境 优化服务",
        "",
        "全年办理网上事项1000+件,较上年有所增长。",
        "",
        "关怀版页面已全部完成适老化改造,方便老年人浏览。",
    ]
    .join("\n");
    let r = report(&text);
    let body = paragraphs(&r).join("\n");
    assert!(body.contains("全年网站热搜词"), "{body}");
    assert!(body.contains("1000+件"), "{body}");
    assert!(body.contains("关怀版页面"), "{body}");
    let all = format!("{}\n{body}", headings(&r).join("\n"));
    assert!(all.contains("热词: 营商环境 优化服务"), "{all}");
}

#[test]
fn a_sharing_sites_buttons_and_badge_are_no_part_of_the_report() {
    // A document-sharing page: the document's name, a badge, the day it was
    // put up, a capped counter, its size and pages, buttons to make a
    // poster and to complain, then the document's text.
    let text = [
        "2030年某省政府工作报告",
        "VIP专免",
        "2031-06-13",
        "999+",
        "60.39KB",
        "52 页",
        "海报",
        "侵权投诉",
        "2030 年某省政府工作报告",
        "各位代表:",
        "现在,我代表省人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。",
        "一、过去一年工作回顾",
        "过去一年,全省经济运行稳中有进,地区生产总值增长5%,民生保障有力有效,社会大局和谐稳定。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某省政府工作报告");
    assert_eq!(r.subtitle, None);
    assert!(
        first_paragraph(&r).starts_with("各位代表"),
        "{}",
        first_paragraph(&r)
    );
    let all = format!("{}\n{}", headings(&r).join("\n"), paragraphs(&r).join("\n"));
    for chrome in ["999+", "海报", "侵权投诉", "VIP"] {
        assert!(!all.contains(chrome), "{chrome}: {all}");
    }
}

#[test]
fn a_poster_or_a_complaint_in_the_reports_words_stays() {
    let text = [
        "某某镇2030年宣传工作总结",
        "",
        "一、宣传阵地建设",
        "",
        "海报",
        "",
        "全年制作宣传海报200余份,发放至各村各社区,群众知晓率明显提高。",
        "",
        "二、信访工作",
        "",
        "全年受理侵权投诉12件,均已依法办结,群众满意率100%。",
    ]
    .join("\n");
    let r = report(&text);
    let body = paragraphs(&r).join("\n");
    assert!(body.contains("宣传海报200余份"), "{body}");
    assert!(body.contains("受理侵权投诉12件"), "{body}");
    // A PDF's text set a word or two a line: the button's word and a
    // capped figure alone on their lines in the body are the report's.
    let text = [
        "某某镇2030年宣传工作总结",
        "",
        "一、宣传阵地建设",
        "",
        "全年制作各类宣传",
        "海报",
        "200余份,发放至各村各社区,群众知晓率明显提高。",
        "",
        "二、信访工作",
        "",
        "全年受理群众来信来访",
        "999+",
        "件次,均已依法办结。",
    ]
    .join("\n");
    let r = report(&text);
    let all = format!("{}\n{}", headings(&r).join("\n"), paragraphs(&r).join("\n"));
    assert!(all.contains("海报"), "{all}");
    assert!(all.contains("999+"), "{all}");
}

#[test]
fn a_disclosure_report_without_a_title_is_not_the_countrys() {
    // A township's annual disclosure report set without its title: the
    // lead cites the national regulation, as every such report opens.
    let text = [
        "依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,编制本报告。",
        "一、总体情况",
        "(一)主动公开。我镇全年累计主动公开政府信息100余条,确保信息发布及时、准确、全面。",
        "(二)依申请公开。全年共收到政府信息公开申请6件,均在法定时限内答复。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived);
    assert!(
        r.region
            .as_ref()
            .is_none_or(|g| g.level != RegionLevel::National),
        "{:?}",
        r.region
    );
}

#[test]
fn a_title_citing_a_law_or_a_speech_for_the_state_council_is_still_the_countrys() {
    // The country's own inspection of a law, titled.
    let inspection = [
        "全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国某某法》实施情况的报告",
        "",
        "全国人民代表大会常务委员会:",
        "",
        "根据常委会2030年度监督工作计划,执法检查组对某某法实施情况进行了检查。",
    ]
    .join("\n");
    let r = report(&inspection);
    assert_eq!(
        r.region.as_ref().map(|g| g.level),
        Some(RegionLevel::National)
    );
    // No title, and the speaker speaks for the State Council.
    let speech = [
        "各位代表:",
        "现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。",
        "一、2030年工作回顾",
        "过去一年,我国经济运行总体平稳,发展质量稳步提升。",
    ]
    .join("\n");
    let r = report(&speech);
    assert_eq!(
        r.region.as_ref().map(|g| g.level),
        Some(RegionLevel::National)
    );
    // A county's titled report citing the same regulation is the county's.
    let county = [
        "某某省某某市平阳县2030年政府信息公开工作年度报告",
        "",
        "依据《中华人民共和国政府信息公开条例》规定,平阳县人民政府办公室编制本报告。",
        "",
        "一、总体情况",
        "",
        "2030年,平阳县坚持以公开为常态、不公开为例外,扎实推进政务公开。",
    ]
    .join("\n");
    let r = report(&county);
    assert_ne!(
        r.region.as_ref().map(|g| g.level),
        Some(RegionLevel::National)
    );
    assert!(
        region_path(&r).iter().any(|p| p == "平阳县"),
        "{:?}",
        r.region
    );
}

#[test]
fn a_model_essay_sites_intro_names_the_piece_it_offers() {
    // A 范文 site's page without a headline: its intro names the piece,
    // then the piece.
    let text = [
        "下面是小编为大家整理的2030年某镇第一季度工作总结(镇乡)【完整版】,供大家参考。",
        "今年以来,某镇在市委、市政府的坚强领导下,坚持稳中求进工作总基调,各项工作扎实推进。",
        "一、近期工作进展",
        "(一)扎实推进稳经济举措。本季度实现规模以上工业产值若干万元,高效推进经济社会发展。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某镇第一季度工作总结(镇乡)");
    assert!(!r.title_is_derived);
    assert!(!paragraphs(&r).join("\n").contains("小编"));
}

#[test]
fn an_intro_naming_a_collection_or_no_report_or_under_a_title_names_no_title() {
    let body = [
        "今年以来,某镇在市委、市政府的坚强领导下,坚持稳中求进工作总基调,各项工作扎实推进。",
        "一、近期工作进展",
        "(一)扎实推进稳经济举措。本季度实现规模以上工业产值若干万元,高效推进经济社会发展。",
    ];
    // A collection of pieces, and a name that is no report's.
    for intro in [
        "下面是小编为大家整理的乡镇工作总结范文5篇,供大家参考。",
        "下面是小编为大家整理的相关学习资料,供大家参考。",
    ] {
        let text = std::iter::once(intro)
            .chain(body)
            .collect::<Vec<_>>()
            .join("\n");
        let r = report(&text);
        assert!(r.title_is_derived, "{intro}: {}", r.title);
    }
    // The page's own headline over the intro stays the title.
    let text = [
        "某镇2030年第一季度工作总结",
        "下面是小编为大家整理的某镇季度工作总结,供大家参考。",
    ]
    .into_iter()
    .chain(body)
    .collect::<Vec<_>>()
    .join("\n");
    assert_eq!(report(&text).title, "某镇2030年第一季度工作总结");
    // The page's own headline under the intro is the title too.
    let text = [
        "下面是小编为大家整理的乡镇季度工作总结,供大家参考。",
        "某镇2030年第一季度工作总结",
    ]
    .into_iter()
    .chain(body)
    .collect::<Vec<_>>()
    .join("\n");
    assert_eq!(report(&text).title, "某镇2030年第一季度工作总结");
}

#[test]
fn a_disclosure_reports_opening_naming_its_account_and_address_is_its_text() {
    // A region's department's annual report opens, after the template, on
    // who compiled it, where it is published (the account among the
    // channels) and whom to ask, the office's address in a city's district.
    let text = [
        "自治区某某局2030年政府信息公开工作年度报告",
        "",
        "发布日期: 2031-01-31 16:10",
        "",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求,由广西壮族自治区某某局编制。报告中所列数据的统计时间为2030年1月1日至12月31日。本年度报告通过门户网站、微信公众号、官方微博等渠道全文公开。如对本年度报告有任何疑问,请与办公室联系(地址:南宁市青秀区某某路1号,邮编:530000;联系电话:0771-0000000)。",
        "",
        "一、总体情况",
        "",
        "2030年,我局坚持以公开为常态、不公开为例外,扎实推进政务公开工作。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        first_paragraph(&r).starts_with("本年度报告根据"),
        "{}",
        first_paragraph(&r)
    );
    assert_eq!(
        r.region.as_ref().map(|g| g.level),
        Some(RegionLevel::Province)
    );
    assert_eq!(region_path(&r), ["广西壮族自治区"]);
}

#[test]
fn a_sites_owner_line_or_an_editors_note_naming_the_account_is_still_a_footer() {
    let body = [
        "某某市2030年政府工作报告",
        "",
        "各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。",
        "",
        "一、过去一年工作回顾",
        "",
        "过去一年,全市经济运行稳中有进,民生保障有力有效。",
        "",
    ];
    for footer in [
        // The site's owner, its address and its account: no report named.
        "主办:某某市人民政府办公室,承办:某某市大数据中心,地址:某某市人民路1号,邮编:000000,政务微信公众号“某某发布”同步推送全市政务信息和政策解读,及时回应群众关切,联系电话:0000-0000000。",
        // An editor's note that names the report and the account.
        "(编者注:本报告全文已于2031年1月20日在某某发布微信公众号同步发布,地址:某某市人民路1号,读者可前往查阅全文,如需转发请注明出处,联系电话:0000-0000000。)",
    ] {
        let text = body.iter().copied().chain([footer]).collect::<Vec<_>>().join("\n");
        let r = report(&text);
        assert!(
            !paragraphs(&r).join("\n").contains("公众号"),
            "{footer}: {:?}",
            paragraphs(&r)
        );
    }
}

#[test]
fn an_address_in_the_reports_own_county_leaves_its_region() {
    let text = [
        "平阳县2030年政府信息公开工作年度报告",
        "",
        "本年度报告由平阳县人民政府办公室编制,通过县政府门户网站、微信公众号等渠道全文公开。如对本年度报告有任何疑问,请与县政府办公室联系(地址:平阳县昆阳镇某某路1号,邮编:325400;联系电话:0577-0000000)。",
        "",
        "一、总体情况",
        "",
        "2030年,平阳县坚持以公开为常态、不公开为例外,扎实推进政务公开。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        region_path(&r).iter().any(|p| p == "平阳县"),
        "{:?}",
        r.region
    );
    assert!(
        first_paragraph(&r).starts_with("本年度报告由"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn an_address_that_is_the_only_place_named_still_places_the_report() {
    // A town's report naming no place but in its office's address: where
    // the office sits is the best clue left, as on main.
    let text = [
        "根据《中华人民共和国政府信息公开条例》规定,编制本年度报告。如对本报告有任何疑问,请与镇党政办联系(地址:平阳县鳌江镇某某路1号;电话:0577-0000000)。",
        "一、总体情况",
        "(一)主动公开。我镇全年主动公开政府信息100余条,确保信息发布及时、准确、全面。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        region_path(&r).iter().any(|p| p == "平阳县"),
        "{:?}",
        r.region
    );
}

// The review of round 33: made-up pages of the rules' nearest shapes that
// the rules first read worse than main.

#[test]
fn hot_words_listed_in_the_reports_body_stay() {
    // A site's year report lists its most searched words on a line of
    // their own, after a sentence that introduces them: the report's.
    let text = [
        "某某县人民政府办公室2030年政府网站工作年度报表说明",
        "",
        "2031-01-20 来源:某某县人民政府办公室",
        "",
        "一、用户关注热点",
        "",
        "全年站内搜索共计35.6万次,按搜索次数排列前五位的是:",
        "热搜词:社保查询 公积金 不动产登记 事业单位招聘 医保报销",
        "以上热词反映出群众对民生服务事项的关注度较高,县政府办公室据此优化了办事服务栏目设置。",
        "",
        "二、下一步工作",
        "",
        "持续加强网站内容保障,提升搜索服务精准度。",
    ]
    .join("\n");
    let r = report(&text);
    let all = paragraphs(&r).concat() + &headings(&r).concat();
    assert!(all.contains("不动产登记"), "{all}");
}

#[test]
fn a_large_print_mode_named_alone_in_the_reports_body_stays() {
    // A disclosure report's part on its site's large-print mode, the
    // mode's name a line of its own under the part.
    let text = [
        "某某市人民政府2030年政府信息公开工作年度报告",
        "",
        "发布时间:2031-01-28",
        "",
        "一、总体情况",
        "",
        "(一)推进适老化改造。完成门户网站适老化和无障碍改造,全年关怀版访问量超过12万人次。",
        "老年人模式",
        "门户网站首页右上角设置切换按钮,老年用户点击后即可进入大字版页面,再次点击恢复标准页面。",
        "",
        "二、存在的主要问题及改进情况",
        "",
        "政务公开工作与群众期盼相比仍有差距。",
    ]
    .join("\n");
    let r = report(&text);
    let all = paragraphs(&r).concat() + &headings(&r).concat();
    assert!(all.contains("老年人模式"), "{all}");
}

#[test]
fn a_long_headline_under_a_model_essay_sites_intro_keeps_the_title() {
    // The page's own headline, long (the meeting run into the report's
    // name), right under the intro's generic name.
    let text = [
        "首页 > 工作报告 > 政府工作报告",
        "下面是小编为大家整理的2030年县政府工作报告,供大家参考。",
        "2030年1月10日在某某市第一届人民代表大会第三次会议上某某市人民政府关于2029年国民经济和社会发展计划执行情况与2030年计划草案的报告",
        "各位代表:",
        "受市人民政府委托,现将某某市2029年国民经济和社会发展计划执行情况与2030年计划草案提请大会审议。",
        "一、2029年计划执行情况",
        "全市实现地区生产总值380亿元,增长5.5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title.contains("计划草案的报告"), "{}", r.title);
}

#[test]
fn a_headline_past_a_posting_date_under_the_intro_keeps_the_title() {
    let text = [
        "首页 > 述职报告",
        "下面是小编为大家整理的乡镇长述职报告,供大家参考。",
        "2030-12-25",
        "某某镇镇长2030年度述职述廉报告",
        "各位领导、同志们:",
        "2030年,我在县委、县政府和镇党委的正确领导下,认真履行镇长职责,现将一年来的工作情况报告如下。",
        "一、加强学习,提升能力",
        "全镇完成固定资产投资15亿元,同比增长12%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某镇镇长2030年度述职述廉报告");
}

#[test]
fn a_towns_report_placed_by_its_address_is_not_its_province() {
    // A town's report names its province only as whose rules it follows,
    // and its own place only in its office's address: the address is
    // read, as on main, where the report calls itself a town.
    let text = [
        "镇人民政府2030年政府信息公开工作年度报告",
        "",
        "根据《中华人民共和国政府信息公开条例》和浙江省政务公开工作要点要求,现公布本镇2030年政府信息公开工作年度报告。",
        "",
        "一、总体情况",
        "",
        "2030年,我镇认真贯彻落实省、市、县关于政务公开工作部署,扎实推进政府信息公开。全镇全年公开信息325条。",
        "",
        "二、存在的主要问题及改进情况",
        "",
        "我镇公开内容不够全面,下一步将加强培训。",
        "",
        "联系地址:苍南县灵溪镇人民大道555号,联系电话:0577-64781234。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(region_path(&r), ["浙江省", "温州市", "苍南县"]);
}

#[test]
fn an_en_alone_in_the_reports_body_stays() {
    // A report's part on its site's English channel, the channel's name a
    // line of its own under it.
    let text = [
        "某某区人民政府2030年政府信息公开工作年度报告",
        "",
        "2031-01-26",
        "",
        "一、总体情况",
        "",
        "2030年,某某区扎实推进政务公开,门户网站新增英文版频道,便于外籍人士获取政务信息。",
        "EN",
        "英文频道全年发布信息320条,覆盖投资指南、生活服务等栏目。",
        "",
        "二、存在的主要问题及改进情况",
        "",
        "英文信息更新频率有待提高。",
    ]
    .join("\n");
    let r = report(&text);
    let all = paragraphs(&r).concat() + &headings(&r).concat();
    assert!(all.contains("EN"), "{all}");
}
