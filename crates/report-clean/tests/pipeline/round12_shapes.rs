//! Pages of shapes the twelfth round of docs/quality-rounds-11-13.md found wanting.

use crate::support::shapes::{report, set_aside, web_page};

/// A county report's body under whatever header a shape puts over it.
const BODY: &str = "<p>各位代表：</p>\
     <p>现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>\
     <p>一、2023年工作回顾</p><p>过去一年，全县地区生产总值完成158.6亿元，增长6.2%。</p>\
     <p>二、2024年工作安排</p><p>今年全县地区生产总值增长6%左右。</p>";

fn date(r: &report_clean::Report) -> Option<&str> {
    r.date.as_ref().map(|d| d.value.as_str())
}

fn headings(r: &report_clean::Report) -> Vec<String> {
    r.sections.iter().flat_map(|s| s.heading.clone()).collect()
}

#[test]
fn the_delivery_lines_day_dates_the_report_over_the_pages() {
    let page = format!(
        "<html><head><title>2024年某某县政府工作报告</title></head><body>\
         <h1>2024年某某县政府工作报告</h1><div>发布时间：2024-01-25 来源：某某县人民政府办公室</div>\
         <p>（2024年1月18日在某某县第十七届人民代表大会第四次会议上）</p><p>某某县人民政府县长 覃 德</p>{BODY}</body></html>"
    );
    let r = web_page(&page);
    assert_eq!(date(&r), Some("2024-01-18"));
    assert_eq!(r.source.as_deref(), Some("某某县人民政府办公室"));
    // A page whose delivery line states no day keeps the page's.
    let r = report(
        "某某县政府工作报告\n（2024年1月）\n发布时间：2024-01-25\n各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(date(&r), Some("2024-01-25"));
}

#[test]
fn a_top_bar_naming_its_english_version_is_chrome() {
    let page = format!(
        "<html><body><div class=\"topbar\">Home | English | 无障碍 | 适老化 | 长者模式 | 登录 | 注册</div>\
         <div class=\"nav\">首页 政务公开 政务服务 互动交流 走进某某</div>\
         <div class=\"zwfw\">政务服务 | 办事指南 | 我要办 | 我要查 | 我要问</div><h1>某某县2024年政府工作报告</h1><div class=\"meta\">发布时间：2024-01-24 来源：县政府办</div>\
         <p>——2024年1月17日在某某县第十八届人民代表大会第四次会议上</p><p>某某县人民政府代县长 林荣华</p>{BODY}</body></html>"
    );
    let r = web_page(&page);
    set_aside(&r, &["English"]);
    assert_eq!(r.authors, ["林荣华"]);
    assert_eq!(date(&r), Some("2024-01-17"));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_report_in_an_iframes_srcdoc_or_a_noscript_is_read() {
    let inner = format!(
        "<h2>2024年某某市政府工作报告</h2><p>——2024年1月11日在某某市第二届人民代表大会第四次会议上</p>{BODY}"
    );
    let framed = format!(
        "<html><body><div>首页 政务公开 政务服务</div><iframe srcdoc=\"{}\"></iframe></body></html>",
        inner.replace('"', "&quot;")
    );
    let r = web_page(&framed);
    assert_eq!(r.title, "2024年某某市政府工作报告");
    assert_eq!(date(&r), Some("2024-01-11"));
    let drawn = format!(
        "<html><body><div id=\"app\"></div><script>render()</script><noscript>{inner}</noscript></body></html>"
    );
    let r = web_page(&drawn);
    assert_eq!(r.title, "2024年某某市政府工作报告");
    assert!(r.sections[0].paragraphs[0].starts_with("各位代表"));
}

#[test]
fn a_sites_logo_is_no_title_and_a_broken_headline_is_one() {
    let logo = format!(
        "<html><head><title>中国·某某门户网站</title></head><body><h1>中国·某某</h1>\
         <p>——2024年1月10日在某某市第四届人民代表大会第五次会议上</p>{BODY}</body></html>"
    );
    let r = web_page(&logo);
    assert!(r.title_is_derived, "{}", r.title);
    set_aside(&r, &["中国·某某"]);
    let broken = format!(
        "<html><head><title>政府工作报告</title></head><body><h1>某某市某某区<br>2024年政府工作报告</h1>{BODY}</body></html>"
    );
    assert_eq!(web_page(&broken).title, "某某市某某区2024年政府工作报告");
    let banner = format!(
        "<html><body><marquee>欢迎访问某某市人民政府网站！今天是2005年3月1日</marquee>\
         <p><b>2005年某某市人民政府工作报告</b></p>{BODY}</body></html>"
    );
    assert_eq!(web_page(&banner).title, "2005年某某市人民政府工作报告");
}

#[test]
fn reports_beside_the_governments_name_their_speakers() {
    let r = report(
        "某某市中级人民法院工作报告\n——2024年1月16日在某某市第八届人民代表大会第四次会议上\n\
         某某市中级人民法院院长 赵建华\n各位代表：\n\
         现在，我代表某某市中级人民法院向大会报告工作，请予审议。\n",
    );
    assert_eq!(r.authors, ["赵建华"]);
    assert!(r.sections.iter().all(|s| s.heading.is_empty()));
    // A year whose zero is typed as a letter, in the delivery line.
    let r = report(
        "某某市二O二四年政府工作报告\n（二O二四年一月十二日在某某市第十七届人民代表大会第四次会议上）\n\
         某某市人民政府市长 邹文伟\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(date(&r), Some("2024-01-12"));
    assert_eq!(r.authors, ["邹文伟"]);
}

#[test]
fn a_notices_issuing_body_over_its_matter_is_one_title() {
    let r = report(
        "某某县人民政府\n关于印发2024年政府工作报告的通知\n某政发〔2024〕1号\n各乡镇人民政府，县直各单位：\n\
         《2024年某某县人民政府工作报告》已经县第十七届人民代表大会第四次会议审议通过，现印发给你们，请认真贯彻执行。\n",
    );
    assert_eq!(r.title, "某某县人民政府关于印发2024年政府工作报告的通知");
    let r = report(
        "「2024年政府工作报告」\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(r.title, "2024年政府工作报告");
}

#[test]
fn a_sessions_name_over_the_report_and_the_speaker_over_its_day_are_no_title() {
    let r = report(
        "某某县第十七届人民代表大会第四次会议\n政府工作报告\n某某县人民政府县长 向东\n2024年1月15日\n\
         各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.authors, ["向东"]);
    assert_eq!(date(&r), Some("2024-01-15"));
    // A speaker's transliterated name is no menu.
    let r = report(
        "某某地区人大工委工作报告\n地区人大工委主任 努尔兰·阿合买提\n各位代表：\n\
         现在，我代表地区人大工委向大会报告工作，请予审议。\n",
    );
    assert_eq!(r.authors, ["努尔兰·阿合买提"]);
}
