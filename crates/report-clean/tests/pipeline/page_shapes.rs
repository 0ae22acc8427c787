//! Pages of shapes the real-world sets lack, made up for these tests: a
//! government page with its meta tags, an e-paper page, a toolbar after the
//! title, a forum repost, a township's report. The rules must be general.

use crate::support::shapes::{report, set_aside, web_page, PROSE};
use report_clean::{NoiseKind, RegionLevel};

#[test]
fn a_government_page_states_its_metadata_in_meta_tags() {
    let html = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8">
        <meta name="SiteName" content="某某县人民政府">
        <meta name="ColumnName" content="政府工作报告">
        <meta name="ArticleTitle" content="2025年某某县人民政府工作报告">
        <meta name="PubDate" content="2025-02-14 10:12">
        <meta name="ContentSource" content="某某县人民政府办公室">
        <title>2025年某某县人民政府工作报告_某某县人民政府</title></head><body>
        <div class="top-nav"><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/hd">互动交流</a></div>
        <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; 政府工作报告</div>
        <h1>2025年某某县人民政府工作报告</h1>
        <div class="info">发布时间：2025-02-14 来源：某某县人民政府办公室 浏览次数：321</div>
        <p>各位代表：</p><p>{PROSE}</p><h3>一、2024年工作回顾</h3><p>{PROSE}</p>
        <h3>二、2025年工作安排</h3><p>{PROSE}</p>
        <div class="related"><p>相关文章</p><ul><li><a href="/1">2024年某某县人民政府工作报告</a></li></ul></div>
        <footer><p>主办：某某县人民政府办公室 网站标识码：1234567890 ICP备12345678号</p></footer>
        </body></html>"#
    );
    let r = web_page(&html);
    assert_eq!(r.title, "2025年某某县人民政府工作报告");
    assert!(!r.title_is_derived);
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-02-14")
    );
    assert_eq!(r.source.as_deref(), Some("某某县人民政府办公室"));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2024年工作回顾", "二、2025年工作安排"]
    );
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    set_aside(&r, &["政务公开", "相关文章", "网站标识码", "浏览次数"]);
}

#[test]
fn an_e_paper_page_keeps_its_navigation_out() {
    let r = report(&format!(
        "第03版：要闻\n上一版 下一版\n展开通版\n\
         我县召开2025年经济工作会议\n本报记者 张伟\n\
         {PROSE}\n\
         会议强调，要抓好项目建设，扎实做好民生保障工作，确保各项目标任务圆满完成。\n\
         W020250110123456.jpg\n\
         会议现场。 本报记者 张伟 摄\n\
         ![](http://epaper.example.cn/images/2025-01/10/03/a.jpg)\n\
         上一期 下一期 往期回顾\n"
    ));
    assert_eq!(r.title, "我县召开2025年经济工作会议");
    assert_eq!(r.captions, vec!["会议现场。 本报记者 张伟 摄"]);
    assert_eq!(r.paragraphs().count(), 2);
    set_aside(
        &r,
        &[
            "展开通版",
            "上一版",
            "W020250110123456.jpg",
            "![](",
            "往期回顾",
        ],
    );
}

#[test]
fn a_toolbar_after_the_title_is_furniture_and_the_date_is_stated() {
    let r = report(&format!(
        "关于2025年全区重点项目建设情况的报告\n\
         【字体：大 中 小】 打印本页 关闭窗口\n\
         分享到：\n\
         来源：\n区发展和改革局\n\
         发布日期：\n2025-06-03\n\
         阅读次数：1024\n\
         一、总体情况\n{PROSE}\n二、存在问题\n{PROSE}\n\
         审核：王五\n"
    ));
    assert_eq!(r.title, "关于2025年全区重点项目建设情况的报告");
    assert_eq!(r.source.as_deref(), Some("区发展和改革局"));
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2025-06-03", false));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、总体情况", "二、存在问题"]
    );
    set_aside(&r, &["字体", "分享到", "阅读次数", "审核"]);
}

#[test]
fn a_forum_repost_keeps_the_report_and_drops_the_forum() {
    let r = report(&format!(
        "【转帖】某某镇2024年政府工作报告\n\
         发表于 2024-3-5 10:22\n\
         只看该作者 回复 引用\n\
         阅读数：1234 回复数：5\n\
         {PROSE}\n一、过去一年的工作\n{PROSE}\n\
         本帖最后由 老李 于 2024-3-6 09:12 编辑\n\
         回复 引用 举报\n"
    ));
    assert_eq!(r.title, "某某镇2024年政府工作报告");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2024-03-05", false));
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、过去一年的工作"]);
    assert_eq!(r.paragraphs().count(), 2);
    set_aside(
        &r,
        &["【转帖】", "只看该作者", "回复数", "本帖最后由", "举报"],
    );
}

#[test]
fn an_accounts_article_drops_its_column_name_and_its_chrome() {
    let html = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>权威发布｜2023年某某州政府工作报告全文</title></head><body>
        <h1 class="rich_media_title">权威发布｜2023年某某州政府工作报告全文</h1>
        <div id="meta_content"><span>原创</span> <a>某某发布</a> <em>2023-01-12 18:30</em> <span>发表于吉林</span></div>
        <div id="js_content"><p>点击蓝字 关注我们</p><p>各位代表：</p><p>{PROSE}</p>
        <p>一、2022年工作回顾</p><p>{PROSE}</p>
        <p>编辑：某某</p><p>分享 收藏 点赞 在看</p></div></body></html>"#
    );
    let r = web_page(&html);
    assert_eq!(r.title, "2023年某某州政府工作报告全文");
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-01-12")
    );
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2022年工作回顾"]);
    set_aside(&r, &["权威发布｜"]);
    // Two halves of one headline are not a column and its headline.
    let r = report(&format!(
        "奋进新征程｜建功新时代
{PROSE}
"
    ));
    assert_eq!(r.title, "奋进新征程｜建功新时代");
}

#[test]
fn a_township_report_with_run_in_sub_headings() {
    let r = report(&format!(
        "某某镇2025年工作总结和2026年工作计划\n\
         某某镇人民政府\n\
         二〇二六年一月八日\n\
         一、2025年工作总结\n\
         （一）农业生产稳中有进。{PROSE}\n\
         （二）人居环境持续改善。{PROSE}\n\
         二、2026年工作计划\n\
         到2030年，全镇农村居民人均可支配收入力争翻一番，2035年远景目标全面实现。\n"
    ));
    assert_eq!(r.title, "某某镇2025年工作总结和2026年工作计划");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2026-01-08", false));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2025年工作总结", "二、2026年工作计划"]
    );
    assert!(r
        .paragraphs()
        .next()
        .unwrap()
        .starts_with("（一）农业生产稳中有进。"));
}

#[test]
fn a_speech_dated_by_its_delivery_line_in_chinese_numerals() {
    let r = report(&format!(
        "政府工作报告\n\
         ——二〇二六年一月二十七日在某某市第十七届人民代表大会第五次会议上\n\
         市长 嘎玛泽登\n\
         各位代表：\n{PROSE}\n\
         到2030年，全市地区生产总值迈上新台阶；2035年远景目标如期实现。\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2026-01-27", false));
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    assert!(r
        .noise
        .iter()
        .any(|n| n.kind == NoiseKind::Byline && n.text.contains("嘎玛泽登")));
}

#[test]
fn an_inferred_year_is_never_one_the_text_only_plans_for() {
    let r = report(&format!(
        "{PROSE}\n2024年，全县新建高标准农田5万亩。\n到2030年基本实现农业现代化，2035年远景目标全面实现，力争2028年前完成改造。\n"
    ));
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2024", true));
}

#[test]
fn an_undated_report_takes_the_year_its_title_names_over_a_base_year() {
    // No delivery line, no date on the page; the body's latest past year
    // is the base of a five-year comparison.
    let r = report(&format!(
        "2016年某县人民政府工作报告\n一、“十二五”时期工作回顾\n\
         五年来，地区生产总值由2010年的62.4亿元增加到2015年的108.9亿元，年均增长10.5%。\n{PROSE}\n"
    ));
    assert_eq!(r.title, "2016年某县人民政府工作报告");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2016", true));
}

#[test]
fn a_title_only_in_the_title_element_dates_and_places_the_report() {
    // The headline is a picture: only the `<title>` names the report, its
    // year and its government. The body names a county and a later year.
    let html = format!(
        r#"<html><head><meta charset="utf-8"><title>1988年国务院政府工作报告_中国政府网</title></head>
        <body><div class="article"><p>各位代表：</p><p>{PROSE}</p>
        <p>一、过去五年的回顾</p><p>广东和平县的山区开发取得进展，1990年将在我国举行的亚运会正在筹备。</p>
        <p>{PROSE}</p></div></body></html>"#
    );
    let r = web_page(&html);
    assert_eq!(r.title, "1988年国务院政府工作报告");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("1988", true));
    assert_eq!(
        r.region.as_ref().map(|x| x.level),
        Some(RegionLevel::National)
    );
}

#[test]
fn the_headline_is_the_line_over_the_metadata_not_the_site_name() {
    let r = report(&format!(
        "今天是2025年4月2日 星期三 晴 12℃~20℃\n\
         某某县人民政府门户网站\n\
         政务公开\n\
         某某县召开2025年一季度经济运行分析会\n\
         发布时间：2025-04-01 来源：县政府办公室\n\
         {PROSE}\n"
    ));
    assert_eq!(r.title, "某某县召开2025年一季度经济运行分析会");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2025-04-01", false));
    assert_eq!(r.source.as_deref(), Some("县政府办公室"));
    assert_eq!(r.headings().count(), 0);
    set_aside(&r, &["门户网站", "政务公开", "星期三"]);
}

#[test]
fn a_title_and_its_subtitle_over_the_metadata_stay_as_they_are() {
    let r = report(&format!(
        "奋力谱写高质量发展新篇章\n\
         ——某某区2024年经济社会发展综述\n\
         来源：某某日报 发布时间：2025-01-05\n\
         {PROSE}\n"
    ));
    assert_eq!(r.title, "奋力谱写高质量发展新篇章");
    assert_eq!(r.date.as_ref().unwrap().value, "2025-01-05");
}

#[test]
fn a_disclosed_document_under_its_information_grid() {
    let r = report(&format!(
        "政府信息公开\n\
         索引号：\n11370700MB2851234X/2025-00042\n\
         主题分类：\n综合政务\n\
         发布机构：\n某某县人民政府办公室\n\
         成文日期：\n2025-03-18\n\
         文号：\n某政办字〔2025〕5号\n\
         标题：\n某某县人民政府办公室关于做好春季农业生产工作的通知\n\
         某某县人民政府办公室关于做好春季农业生产工作的通知\n\
         各乡镇人民政府、街道办事处，县直有关部门：\n{PROSE}\n"
    ));
    assert_eq!(
        r.title,
        "某某县人民政府办公室关于做好春季农业生产工作的通知"
    );
    assert_eq!(r.source.as_deref(), Some("某某县人民政府办公室"));
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2025-03-18", false));
    assert!(r.paragraphs().next().unwrap().starts_with("各乡镇人民政府"));
    set_aside(&r, &["索引号", "综合政务", "某政办字", "政府信息公开"]);
}

/// A table-laid page as older county and township sites still serve:
/// no semantic elements, pinyin class names, the metadata in one cell.
const TABLE_PAGE: &str = r##"<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>某某镇2025年政府工作报告-某某县人民政府</title></head>
<body><table width="100%"><tr><td><img src="logo.png"></td><td>某某县人民政府</td></tr></table>
<table class="top"><tr><td><a href="/">首页</a></td><td><a href="/xw">新闻中心</a></td><td><a href="/gk">信息公开</a></td><td><a href="/fw">政务服务</a></td><td><a href="/hd">政民互动</a></td></tr></table>
<div class="dqwz">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/gk">信息公开</a>&gt;&gt;<a href="/gk/bg">政府工作报告</a></div>
<table><tr><td class="title">某某镇2025年政府工作报告</td></tr>
<tr><td>发布时间：2025-03-02 &nbsp; 作者：党政办 &nbsp; 来源：某某镇人民政府 &nbsp; 浏览：<span id="hits">128</span> &nbsp;【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><p>　　——2025年2月20日在某某镇第十八届人民代表大会第五次会议上</p>
<p>　　镇长 王某某</p>
<p>各位代表：</p>
<p>　　现在，我代表镇人民政府向大会报告工作，请予审议。</p>
<p><strong>一、2024年工作回顾</strong></p>
<p>　　过去一年，全镇实现地区生产总值12.5亿元，增长6.2%，农村居民人均可支配收入2.1万元。</p>
<p><strong>二、2025年工作安排</strong></p>
<p>　　今年全镇经济社会发展的主要预期目标是：地区生产总值增长6%左右。</p>
</td></tr></table>
<table><tr><td><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>
<div class="bottom"><p>主办单位：某某县人民政府办公室 地址：某某县人民路1号 电话：0537-1234567</p><p>网站标识码：3708000000 鲁ICP备05000000号</p></div>
</body></html>
"##;

#[test]
fn a_table_laid_township_page_with_its_site_around_it() {
    let r = web_page(TABLE_PAGE);
    assert_eq!(r.title, "某某镇2025年政府工作报告");
    // The day the report was given, not the day the page was posted.
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2025-02-20", false));
    assert_eq!(r.source.as_deref(), Some("某某镇人民政府"));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2024年工作回顾", "二、2025年工作安排"]
    );
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    assert_eq!(r.paragraphs().count(), 3);
    set_aside(
        &r,
        &[
            "新闻中心",
            "您现在的位置",
            "打印本页",
            "主办单位",
            "网站标识码",
            "镇长",
        ],
    );
}

#[test]
fn the_same_page_copied_as_text_with_its_menu_line_by_line() {
    let r = report(
        "某某县人民政府\n首页\n新闻中心\n信息公开\n政务服务\n政民互动\n\
         您现在的位置：首页>>信息公开>>政府工作报告\n\
         某某镇2025年政府工作报告\n\
         发布时间：2025-03-02   作者：党政办   来源：某某镇人民政府   浏览：128   【大 中 小】\n\
         ——2025年2月20日在某某镇第十八届人民代表大会第五次会议上\n\
         镇长 王某某\n各位代表：\n\
         现在，我代表镇人民政府向大会报告工作，请予审议。\n\
         一、2024年工作回顾\n\
         过去一年，全镇实现地区生产总值12.5亿元，增长6.2%，农村居民人均可支配收入2.1万元。\n\
         【打印本页】 【关闭窗口】\n\
         主办单位：某某县人民政府办公室 地址：某某县人民路1号 电话：0537-1234567\n",
    );
    assert_eq!(r.title, "某某镇2025年政府工作报告");
    assert_eq!(r.date.as_ref().unwrap().value, "2025-02-20");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2024年工作回顾"]);
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    set_aside(&r, &["新闻中心", "政民互动", "打印本页", "主办单位"]);
    assert!(r
        .noise
        .iter()
        .any(|n| n.line == 1 && n.text == "某某县人民政府"));
}

#[test]
fn source_and_editor_credits_after_the_article() {
    let r = report(&format!(
        "某某区召开安全生产工作会议\n发布时间：2025-05-06\n{PROSE}\n\
         会议要求，要加强隐患排查整治，落实企业主体责任。\n\
         来源：某某区应急管理局\n编辑：张三 审核：李四 终审：王五\n（责任编辑：赵六）\n\
         扫一扫在手机打开当前页\n"
    ));
    assert_eq!(r.source.as_deref(), Some("某某区应急管理局"));
    assert_eq!(r.headings().count(), 0);
    assert_eq!(r.paragraphs().count(), 2);
    set_aside(&r, &["来源", "审核", "责任编辑", "扫一扫"]);
}

#[test]
fn a_notice_keeps_its_time_and_place() {
    let r = report(&format!(
        "关于召开全县春耕生产现场会的通知\n各乡镇人民政府：\n{PROSE}\n\
         时间：2025年3月5日上午9时\n地点：县政府三楼会议室\n"
    ));
    let shown: Vec<String> = r
        .paragraphs()
        .map(String::from)
        .chain(r.headings())
        .collect();
    assert!(
        shown
            .iter()
            .any(|p| p.contains("时间：2025年3月5日上午9时")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|p| p.contains("地点：县政府三楼会议室")),
        "{shown:?}"
    );
}

#[test]
fn an_article_copied_from_a_messaging_app() {
    let r = report(&format!(
        "某某县：春耕备耕正当时\n\
         原创 某某发布 2025-03-12 18:30 发表于山东\n\
         {PROSE}\n\
         全县农机具检修率达到95%以上，化肥、种子等农资储备充足。\n\
         阅读原文\n赞 在看 写留言\n"
    ));
    assert_eq!(r.title, "某某县：春耕备耕正当时");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2025-03-12", false));
    assert_eq!(r.subtitle, None);
    assert_eq!(r.paragraphs().count(), 2);
    set_aside(&r, &["发表于山东", "阅读原文", "写留言"]);
}

#[test]
fn an_e_paper_page_headline_is_its_most_prominent_heading() {
    // No <h1>, a <title> that names only the paper and the page: the
    // headline is the article's <h3>, the banner and page list are chrome,
    // the dateline's day takes its year from the banner's date.
    let html = r#"<html><head><meta charset="utf-8"><title>某某日报 - 数字报 - 第02版:要闻</title></head><body>
        <div class="banner">某某日报数字报 2024年01月03日 星期三</div>
        <div class="pagelist">第01版：头版 第02版：要闻 第03版：经济 第04版：民生 第05版：文化</div>
        <div>上一期 下一期 往期回顾 展开通版</div>
        <div class="article"><h3>某某县：冬季农业生产有序推进</h3><h4>设施蔬菜种植面积稳中有增</h4>
        <p>本报记者 王磊 通讯员 赵敏</p>
        <p>本报某某12月29日讯 入冬以来，某某县抓好设施农业生产，全县设施蔬菜种植面积达到5.2万亩。</p>
        <p>县农业农村局有关负责人表示，将继续做好技术指导服务，保障蔬菜稳产保供。</p></div>
        <div>版权所有 某某日报社 ICP备12345678号</div></body></html>"#;
    let r = web_page(html);
    assert_eq!(r.title, "某某县：冬季农业生产有序推进");
    assert_eq!(r.subtitle.as_deref(), Some("设施蔬菜种植面积稳中有增"));
    assert_eq!(r.authors, ["王磊", "赵敏"]);
    // The day falls after the issue's date: the year before.
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-12-29")
    );
    // 本报某某 is this paper's city, no source; the banner names the paper
    // (round 17).
    assert_eq!(r.source.as_deref(), Some("某某日报"));
    assert_eq!(r.headings().count(), 0, "{:#?}", r.sections);
    assert!(r.paragraphs().next().unwrap().starts_with("入冬以来"));
    set_aside(&r, &["第01版", "某某日报数字报", "往期回顾", "ICP备"]);
}

#[test]
fn a_publication_date_under_the_article_is_stated() {
    let r = report(&format!(
        "某某镇2023年政府工作报告\n各位代表：\n{PROSE}\n一、过去一年工作回顾\n{PROSE}\n\
         二、2023年工作安排\n{PROSE}\n发布时间：2023-02-10 09:30:00\n来源：某某镇人民政府\n\
         【打印本页】【关闭窗口】\n"
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2023-02-10", false));
    assert_eq!(r.source.as_deref(), Some("某某镇人民政府"));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、过去一年工作回顾", "二、2023年工作安排"]
    );
    set_aside(&r, &["发布时间", "打印本页"]);
}

#[test]
fn a_messaging_app_article_with_a_long_account_line_and_its_counters() {
    let r = report(&format!(
        "某某县召开2023年一季度经济运行分析会\n\
         原创 某某县融媒体中心 某某发布 2023-05-06 08:00 发表于山东\n{PROSE}\n\
         会议强调，要抓好项目建设，扎实做好民生保障工作，确保各项目标任务圆满完成。\n\
         阅读 2345\n点赞 12\n在看 5\n"
    ));
    assert_eq!(r.subtitle, None);
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-05-06")
    );
    assert_eq!(r.headings().count(), 0, "{:#?}", r.sections);
    set_aside(&r, &["阅读 2345", "点赞 12", "在看 5", "发表于山东"]);
}

#[test]
fn a_pdf_copy_keeps_its_page_numbers_and_running_headers_out() {
    let r = report(&format!(
        "某某县人民政府工作报告\n——2023年1月10日在某某县第十八届人民代表大会第三次会议上\n\
         县长 刘强\n各位代表：\n{PROSE}\n某某县第十八届人民代表大会第三次会议文件\n- 2 -\n\
         一、2022年工作回顾\n{PROSE}\n某某县第十八届人民代表大会第三次会议文件\n— 3 —\n\
         二、2023年工作安排\n{PROSE}\n第 4 页 共 10 页\n{PROSE}\n"
    ));
    assert_eq!(r.title, "某某县人民政府工作报告");
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2022年工作回顾", "二、2023年工作安排"]
    );
    set_aside(&r, &["- 2 -", "— 3 —", "第 4 页", "会议文件"]);
}

#[test]
fn a_notice_with_its_title_over_two_lines_its_number_and_its_signature() {
    let r = report(&format!(
        "某某市人民政府关于印发\n某某市2023年重点工作任务分解方案的通知\n某政发〔2023〕3号\n\
         各县（市、区）人民政府，市政府各部门：\n{PROSE}\n某某市人民政府\n2023年3月1日\n"
    ));
    assert_eq!(
        r.title,
        "某某市人民政府关于印发某某市2023年重点工作任务分解方案的通知"
    );
    let date = r.date.as_ref().expect("the signature's date");
    assert_eq!((date.value.as_str(), date.inferred), ("2023-03-01", false));
    assert_eq!(r.source.as_deref(), Some("某某市人民政府"));
    assert_eq!(r.headings().count(), 0, "{:#?}", r.sections);
    set_aside(&r, &["某政发〔2023〕3号", "2023年3月1日"]);
}

#[test]
fn an_e_paper_page_copied_as_text_under_its_date_banner() {
    let r = report(
        "某某日报数字报 2024年01月03日 星期三\n\
         第01版：头版 第02版：要闻 第03版：经济 第04版：民生\n上一期 下一期 往期回顾\n\
         某某县：冬季农业生产有序推进\n设施蔬菜种植面积稳中有增\n本报记者 王磊 通讯员 赵敏\n\
         本报某某1月2日讯 入冬以来，某某县抓好设施农业生产，全县设施蔬菜种植面积达到5.2万亩。\n\
         县农业农村局有关负责人表示，将继续做好技术指导服务，保障蔬菜稳产保供。\n",
    );
    assert_eq!(r.title, "某某县：冬季农业生产有序推进");
    assert_eq!(r.subtitle.as_deref(), Some("设施蔬菜种植面积稳中有增"));
    assert_eq!(r.authors, ["王磊", "赵敏"]);
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2024-01-02", false));
    // The paper the banner names (round 17).
    assert_eq!(r.source.as_deref(), Some("某某日报"));
    set_aside(&r, &["某某日报数字报", "第02版", "往期回顾"]);
}

#[test]
fn a_headline_stating_a_date_is_no_banner() {
    let r = report(&format!("2024年1月3日某某县召开安全生产会议\n{PROSE}\n"));
    assert_eq!(r.title, "2024年1月3日某某县召开安全生产会议");
}

#[test]
fn a_portal_article_copied_with_its_lists_and_comments() {
    let r = report(&format!(
        "某某区召开2024年经济工作会议\n【来源：某某区融媒体中心】【作者：李明】【发布时间：2024-01-05】\n\
         {PROSE}\n热点排行\n1 某某县今年春节假期旅游收入创新高\n2 某某市召开会议\n"
    ));
    assert_eq!(r.source.as_deref(), Some("某某区融媒体中心"));
    assert_eq!(r.authors, ["李明"]);
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-01-05")
    );
    assert_eq!(r.headings().count(), 0, "{:#?}", r.sections);
    set_aside(&r, &["热点排行", "旅游收入创新高"]);
}

#[test]
fn a_dateline_naming_its_reporters_opens_the_article() {
    let r = report(
        "某某县召开安全生产工作会议\n\
         本报讯（记者 张伟 通讯员 刘洋）3月6日，某某县召开安全生产工作会议，部署下一阶段重点工作，全县各乡镇主要负责人参加会议。\n\
         会议强调，要抓好项目建设，扎实做好民生保障工作，确保各项目标任务圆满完成。\n",
    );
    assert_eq!(r.authors, ["张伟", "刘洋"]);
    assert!(
        r.paragraphs()
            .next()
            .unwrap()
            .starts_with("3月6日，某某县召开"),
        "{:#?}",
        r.sections
    );
    assert_eq!(r.paragraphs().count(), 2);
}

#[test]
fn an_old_sites_side_column_above_a_headline_the_title_element_extends() {
    // Nested tables: the side column's box comes first in the source, and
    // the headline shows less than the `<title>`, which adds year and place.
    let html = format!(
        r#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>2025年某某县政府工作报告_某某县人民政府</title></head><body><table>
        <tr><td width="200"><table><tr><td>相关文章推荐</td></tr>
        <tr><td><a href="/b">关于做好春节期间安全生产工作的通知</a></td></tr></table></td>
        <td class="content"><font size="3">政府工作报告<br>
        ——2025年1月8日在某某县第十八届人民代表大会第四次会议上<br>
        &nbsp;&nbsp;&nbsp;&nbsp;各位代表：<br>&nbsp;&nbsp;&nbsp;&nbsp;{PROSE}<br>
        一、2024年工作回顾<br>&nbsp;&nbsp;&nbsp;&nbsp;{PROSE}</font></td></tr></table></body></html>"#
    );
    let r = web_page(&html);
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-01-08")
    );
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2024年工作回顾"]);
    set_aside(&r, &["相关文章推荐", "关于做好春节期间安全生产工作的通知"]);
}
