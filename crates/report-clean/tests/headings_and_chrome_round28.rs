//! Made-up pages of the shapes the headings-and-chrome look over the 301
//! judged real pages (headings28, docs/quality-rounds.md) found read wrong.

mod support;

use support::shapes::{headings, report, set_aside, stated_day};

#[test]
fn a_bilingual_texts_short_and_wrapped_english_lines_go_with_its_translation() {
    // Each Chinese paragraph followed by its English, wrapped at a width:
    // no English line is running prose of twelve words.
    let text = [
        "某某市政府工作报告",
        "——2031年1月10日在某某市第九届人民代表大会第三次会议上",
        "市长 张某某",
        "Report on the Work of the Government",
        "各位代表:",
        "Fellow Deputies,",
        "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。",
        "On behalf of the municipal government, I will now",
        "report to you on the work of the government.",
        "一、2030年工作回顾",
        "I. A Review of Our Work in 2030",
        "过去一年,全市地区生产总值增长5.2%,一般公共预算收入增长4.1%,城乡居民收入稳步增长。",
        "Last year the gross regional product grew by 5.2",
        "percent and general public budget revenue by 4.1",
        "percent, with steady growth in personal income.",
        "二、2031年工作安排",
        "II. Our Work for 2031",
        "今年全市地区生产总值预期增长5%左右,城镇新增就业一万人以上。",
        "This year we aim for growth of around 5 percent.",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(
        &r,
        &["Fellow Deputies", "I. A Review", "percent", "II. Our Work"],
    );
    assert_eq!(headings(&r), ["一、2030年工作回顾", "二、2031年工作安排"]);
    // A Chinese text with a few Latin lines of its own keeps them.
    let text = [
        "某某县政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
        "一、2030年工作回顾",
        "过去一年,全县地区生产总值增长5.2%,一般公共预算收入增长4.1%,城乡居民收入稳步增长。",
        "PM2.5",
        "全县细颗粒物平均浓度下降8%,优良天数比例达到92%,生态环境持续改善。",
        "Smart City Expo",
        "全县成功举办智慧城市博览会,签约项目二十个,总投资五十亿元。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(!r.noise.iter().any(|n| n.text.contains("Smart City Expo")));
}

#[test]
fn a_report_cut_off_under_its_numbered_heading_ends_on_that_heading() {
    // An excerpt (or a paged copy's first page) stops under `二、…`, a few
    // words of its first sentence after it.
    let text = [
        "某某县人民法院工作报告",
        "各位代表:",
        "现在,我代表县人民法院向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
        "一、2030年主要工作",
        "过去一年,全县法院共受理各类案件八千件,审结七千九百件,结案率同比提高两个百分点。",
        "二、坚持司法为民,提升审判质效",
        "(一)民事审判",
        "过去一年,全院坚持",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        headings(&r),
        [
            "一、2030年主要工作",
            "二、坚持司法为民,提升审判质效 (一)民事审判"
        ]
    );
    set_aside(&r, &["全院坚持"]);
}

#[test]
fn a_page_number_or_a_watermarks_piece_alone_between_lines_of_prose_is_set_aside() {
    // A bare page number where a PDF's page broke a sentence: the sentence
    // is one again.
    let text = [
        "某某区政府工作报告",
        "各位代表:",
        "现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。",
        "一、2030年工作回顾",
        "全年实现地区生产总值80亿元,同比增长6%;实现固定资产投资20亿元,同比增长9%;实现财政一般预算收入4.2",
        "1",
        "亿元,同比增长8.5%;实际利用外资1200万美元,同比增长12%。",
        "工业经济稳步增长。全年实现工业增加值30亿元,同比增长7.5%,规模以上工业企业达到一百二十家。",
        "k",
        "项目建设成效明显。全年实施重点项目四十个,完成投资十五亿元,一批重点项目建成投产。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2030年工作回顾"]);
    assert!(
        r.paragraphs()
            .any(|p| p.contains("一般预算收入4.2亿元,同比增长8.5%")),
        "{:#?}",
        r.sections
    );
}

#[test]
fn a_wrapped_paragraphs_first_line_under_a_numbered_heading_opens_the_paragraph() {
    // A printed copy wrapped at one width; the width reader finds too few
    // full lines in so short a text.
    let text = [
        "某某县政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
        "一、2030年工作回顾",
        "2030年,我们坚持以新发展理念为引领,深入推进各项改革,全",
        "面完成了县十八届人大五次会议确定的目标任务,经济运行稳中向好。",
        "二、2031年工作安排",
        "今年全县地区生产总值预期增长5%左右。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2030年工作回顾", "二、2031年工作安排"]);
    assert!(r
        .paragraphs()
        .any(|p| p.starts_with("2030年,我们坚持") && p.ends_with("稳中向好。")));
    // A heading's second line over a paragraph of a web page, one line.
    let text = [
        "某某县政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
        "一、坚持创新驱动",
        "加快建设科技强县,推动产业转型升级",
        "过去一年,全县研究与试验发展经费投入增长12%,新增高新技术企业二十家,科技成果转化项目三十项,创新能力持续提升。",
    ]
    .join("\n");
    assert_eq!(
        headings(&report(&text)),
        ["一、坚持创新驱动 加快建设科技强县,推动产业转型升级"]
    );
}

#[test]
fn a_wikis_box_dated_by_its_year_is_set_aside_and_names_the_report() {
    // The lead repeated over the box, the box's time a year alone.
    let text = [
        "2030年是某某县发展极不平凡的一年,全县经济社会保持平稳健康发展。",
        "基本介绍",
        "- 中文名:2031年某某县政府工作报告",
        "- 时间:2031年",
        "- 地址:某某县",
        "- 内容:稳中求进推动高质量发展",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
        "一、2030年工作回顾",
        "2030年是某某县发展极不平凡的一年,全县地区生产总值增长5.5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2030年工作回顾"]);
    assert_eq!(r.title, "2031年某某县政府工作报告");
    assert!(!r.title_is_derived);
    // Its report's day dates the report.
    let text = [
        "即将过去的2030年,是某某县农业丰收的一年,也是全县经济社会长足进步的一年。",
        "基本介绍",
        "- 中文名:2031年某某县政府工作报告",
        "- 汇报单位:某某县人民政府",
        "- 报告时间:2030年12月20日",
        "二〇三〇年政府工作回顾",
        "即将过去的2030年,是某某县农业丰收的一年,也是全县经济社会长足进步的一年。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2031年某某县政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2030-12-20"));
}

#[test]
fn a_pages_grid_row_under_the_header_before_the_prose_is_set_aside() {
    // A notice that 印发 the report, under the site's name; the page's
    // disclosure grid as one row of labelled fields naming and dating it.
    let text = [
        "某某县人民政府",
        "首页 >> 公开信息内容",
        "某某县人民政府关于印发2031年政府工作报告的通知",
        "索引号:1153-/2031-0210001 公文目录:政府工作报告 发文日期:2031年02月10日 主题词:政府工作报告 文  号:某政发〔2031〕6号 成文日期:2031年02月10日",
        "各乡镇人民政府,县直各部门:",
        "2031年《政府工作报告》已经某某县第十八届人民代表大会第一次会议审议通过,现予印发,请认真贯彻落实。",
        "某某县人民政府",
        "2031年2月9日",
        "政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和列席同志提出意见。",
        "一、2030年工作回顾",
        "过去一年,全县地区生产总值增长5.5%,一般公共预算收入增长4%。",
    ]
    .join("\n");
    set_aside(&report(&text), &["公文目录"]);
}
