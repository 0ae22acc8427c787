//! Pages of shapes the fourteenth round of docs/quality-rounds-14-15.md found wanting.

use crate::support::shapes::{region_path, report, web_page};

/// A report's body under whatever header a shape puts over it.
const BODY: &str = "<p>各位代表：</p>\
     <p>现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。</p>\
     <p>一、2023年工作回顾</p><p>过去一年，全区地区生产总值完成358.6亿元，增长6.2%。</p>\
     <p>二、2024年工作安排</p><p>今年全区地区生产总值增长6%左右。</p>";

#[test]
fn a_framesets_report_in_its_noframes() {
    let r = web_page(&format!(
        "<html><head><title>某某县人民政府</title></head><frameset rows=\"120,*\">\
         <frame src=\"top.htm\"><frame src=\"main.htm\"><noframes><body>\
         <p align=\"center\"><font size=\"4\"><b>2003年阜平县人民政府工作报告</b></font></p>\
         <p>——2003年2月18日在阜平县第十二届人民代表大会第一次会议上</p><p>县长 刘振山</p>\
         {BODY}</body></noframes></frameset></html>"
    ));
    assert_eq!(r.title, "2003年阜平县人民政府工作报告");
    assert_eq!(r.authors, ["刘振山"]);
    assert!(r.paragraphs().all(|p| !p.contains('<')));
}

#[test]
fn a_namesake_placed_by_the_site_its_title_or_meta_tag_names() {
    // 鼓楼区 of 南京, 徐州, 福州 and 开封; 朝阳区 of 北京 and 长春: the
    // page names the district alone, the site's owner names the city.
    for (head, city) in [
        ("<title>鼓楼区2023年政府工作报告_徐州市鼓楼区人民政府</title>", "徐州市"),
        (
            "<meta name=\"SiteName\" content=\"长春市朝阳区人民政府\"><title>朝阳区政府工作报告</title>",
            "长春市",
        ),
    ] {
        let district = if city == "徐州市" { "鼓楼区" } else { "朝阳区" };
        let r = web_page(&format!(
            "<html><head>{head}</head><body><h1>{district}2023年政府工作报告</h1>\
             <p>——2023年1月5日在{district}第十二届人民代表大会第三次会议上</p><p>区长 刘明</p>{BODY}</body></html>"
        ));
        assert_eq!(region_path(&r)[1..], [city, district], "{head}");
    }
    // A site's owner naming the district alone tells no namesake from
    // another: the footer's fuller name stands.
    let r = web_page(&format!(
        "<html><head><title>新城区2022年政府工作报告_新城区人民政府</title></head><body>\
         <h1>新城区2022年政府工作报告</h1><p>——2022年1月10日在新城区第十八届人民代表大会第二次会议上</p>{BODY}\
         <div class=\"footer\">主办单位：西安市新城区人民政府办公室</div></body></html>"
    ));
    assert_eq!(region_path(&r)[1..], ["西安市", "新城区"]);
    // Where the site's owner is no namesake, what the page names stands.
    let r = web_page(&format!(
        "<html><head><title>鼓楼区2023年政府工作报告_某某新闻网</title></head><body>\
         <h1>鼓楼区2023年政府工作报告</h1><p>——2023年1月5日在南京市鼓楼区第十二届人民代表大会第三次会议上</p>{BODY}</body></html>"
    ));
    assert_eq!(region_path(&r)[1..], ["南京市", "鼓楼区"]);
}

#[test]
fn an_ethnic_townships_report_with_its_county_in_the_delivery_line() {
    let r = report(
        "2020年大河边苗族乡人民政府工作报告\n\
         ——2020年1月6日在丹寨县大河边苗族乡第十四届人民代表大会第五次会议上\n乡长 杨再兴\n\
         各位代表：\n现在，我代表乡人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(
        region_path(&r),
        ["贵州省", "黔东南苗族侗族自治州", "丹寨县", "大河边苗族乡"]
    );
}

#[test]
fn a_delivery_line_at_the_end_of_the_speech() {
    let r = report(
        "2010年某某市人民政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n\
         一、2009年工作回顾\n过去一年，全市地区生产总值完成158.6亿元，增长12.2%。\n\
         各位代表！让我们团结奋斗，为全面建成小康社会而努力奋斗！\n\
         （2010年1月18日在某某市第十五届人民代表大会第四次会议上，市长 邓军民）\n",
    );
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2010-01-18", false));
    assert_eq!(r.authors, ["邓军民"]);
    assert!(r.paragraphs().all(|p| !p.contains("会议上")));
}

#[test]
fn a_delivery_line_under_the_title_naming_its_speaker_after_a_comma() {
    let r = report(
        "2010年某某市人民政府工作报告\n\
         （2010年1月18日在某某市第十五届人民代表大会第四次会议上，市长 邓军民）\n\
         各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n",
    );
    assert_eq!(r.date.as_ref().unwrap().value, "2010-01-18");
    assert_eq!(r.authors, ["邓军民"]);
}
