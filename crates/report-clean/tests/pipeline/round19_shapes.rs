//! Pages and texts of shapes the nineteenth round of docs/quality-rounds-18-19.md
//! found wanting.

use crate::support::shapes::{
    around_body, headings, region_path, report, set_aside, stated_day, web_page, BODY, PROSE,
};

/// [`BODY`] as a page's paragraphs.
fn body_paragraphs() -> String {
    BODY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

#[test]
fn a_speech_given_over_two_days_is_dated_to_its_first() {
    let r = report(&around_body(
        &[
            "当前的经济形势和今后经济建设的方针",
            "——一九八一年十一月三十日和十二月一日在第五届全国人民代表大会第四次会议上的政府工作报告",
            "国务院总理 赵紫阳",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("1981-11-30"));
    assert_eq!(r.authors, ["赵紫阳"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_portals_feed_after_the_article_is_set_aside() {
    let r = web_page(&format!(
        r#"<html><head><meta charset="utf-8"><title>2023年南漳县政府工作报告_网易订阅</title></head><body>
        <div class="post_main"><h1>2023年南漳县政府工作报告</h1><div>2023-01-16 09:21:05 来源: 南漳发布</div>
        {}</div><div class="post_box"><h3>为您推荐</h3>
        <p>寒潮来袭！湖北多地迎来降雪</p><p>极目新闻 刚刚</p>
        <p>南漳县召开2023年经济工作会议，部署全年工作任务。</p></div></body></html>"#,
        body_paragraphs()
    ));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(
        &r,
        &["为您推荐", "寒潮来袭", "南漳县召开2023年经济工作会议"],
    );
}

#[test]
fn readers_comments_copied_under_the_text_are_set_aside() {
    let r = report(&around_body(
        &[
            "2020年宁化县政府工作报告",
            "发布时间：2020-01-08 来源：宁化县人民政府",
        ],
        &[
            "全部评论（3）",
            "宁化老乡",
            "工作报告接地气，为家乡点赞！",
            "2020-01-08 12:31 回复 点赞(12)",
            "发表评论",
        ],
    ));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["全部评论", "宁化老乡", "为家乡点赞", "发表评论"]);
}

#[test]
fn a_reports_heading_ending_in_a_box_word_keeps_its_prose() {
    // `民主推荐` heads a summary of cadre selection, not a feed: no word
    // of a site's box before 推荐, so the prose under it stays.
    let prose = "全年组织民主推荐干部32批次，推荐程序规范，群众满意度达到98%。";
    let r = report(&around_body(
        &["2023年某某县政府工作报告"],
        &["民主推荐", prose],
    ));
    assert!(r.paragraphs().any(|p| p.contains("群众满意度")), "{r:#?}");
}

#[test]
fn a_date_written_by_a_script_or_stated_by_a_time_element() {
    let page = |info: &str| {
        web_page(&format!(
            r#"<html><head><meta charset="utf-8"><title>2023年临泽县政府工作报告</title></head><body>
            <h1>2023年临泽县政府工作报告</h1><div class="info">{info}</div>
            <p>——在临泽县第十八届人民代表大会第二次会议上</p>{}</body></html>"#,
            body_paragraphs()
        ))
    };
    let r =
        page("发布时间：<script>document.write('2023-01-05');</script> 来源：临泽县人民政府办公室");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-05"));
    assert_eq!(r.source.as_deref(), Some("临泽县人民政府办公室"));
    let r = page(r#"<time datetime="2023-01-28T09:30:00+08:00">1月28日</time>"#);
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-28"));
}

#[test]
fn a_stated_title_the_headline_extends_gives_way_to_the_headline() {
    let r = web_page(&format!(
        r#"<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="政府工作报告">
        <title>政府工作报告_蒙城县人民政府</title></head><body>
        <h1>2019年蒙城县政府工作报告</h1><div>发布时间：2019-01-21 来源：蒙城县政府办</div>{}</body></html>"#,
        body_paragraphs()
    ));
    assert_eq!(r.title, "2019年蒙城县政府工作报告");
    assert_eq!(region_path(&r), ["安徽省", "亳州市", "蒙城县"]);
}

#[test]
fn a_viewers_line_numbers_are_no_part_of_the_text() {
    let text = around_body(
        &[
            "2023年汝城县政府工作报告",
            "——2023年1月6日在汝城县第十八届人民代表大会第二次会议上",
            "县长 朱 华",
        ],
        &[],
    )
    .lines()
    .enumerate()
    .map(|(i, line)| format!("{:>3}  {line}", i + 1))
    .collect::<Vec<_>>()
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2023年汝城县政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-06"));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_pdf_copys_running_title_and_numbers_cut_at_a_line_end() {
    // The text as a PDF converter lays it out: 28 characters a line, cut
    // wherever the line is full, the page's number and the report's title
    // as its running head between the pages.
    let prose = [
        "过去的一年，面对复杂严峻的形势，全县预计地区生产总值完成了128.6亿元，增长6.2%；实施的重点项目达到86个，完成投资65.3亿元，新增规模以上工业企业12家。",
        "二、2019年主要目标任务",
        "2019年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入与经济增长基本同步。",
        "我们将坚持把发展经济的着力点放在实体经济上，推动传统产业转型升级，培育壮大新兴产业，办好十件民生实事，新增城镇就业3500人，改造老旧小区25个。",
        "我们将坚持城乡融合发展，扎实推进乡村振兴，粮食总产量稳定在21.5万吨以上，新建高标准农田3.2万亩，农村居民人均可支配收入增长7%以上。",
        "各位代表！新的征程已经开启，让我们凝心聚力、真抓实干，为奋力谱写高质量发展新篇章而努力奋斗！",
    ];
    let mut lines: Vec<String> = Vec::new();
    let mut page = 1;
    let header = [
        "2019年隆回县政府工作报告",
        "——2019年1月10日在隆回县第十七届人民代表大会第四次会议上",
        "县长 罗 勇",
        "各位代表：",
        "一、2018年工作回顾",
    ];
    // A line holds 56 columns: 28 Chinese characters, or more where
    // half-width digits stand among them.
    let printed = |paragraph: &str| {
        let mut pieces = vec![String::new()];
        let mut width = 0;
        for c in paragraph.chars() {
            let w = if c.is_ascii() { 1 } else { 2 };
            if width + w > 56 {
                pieces.push(String::new());
                width = 0;
            }
            width += w;
            pieces.last_mut().expect("a piece").push(c);
        }
        pieces
    };
    for paragraph in header.into_iter().chain(prose) {
        for piece in printed(paragraph) {
            lines.push(piece);
            if lines.len().is_multiple_of(12) {
                lines.extend([
                    String::new(),
                    format!("— {page} —"),
                    String::new(),
                    "2019年隆回县政府工作报告".to_string(),
                ]);
                page += 1;
            }
        }
    }
    let r = report(&lines.join("\n"));
    assert_eq!(r.title, "2019年隆回县政府工作报告");
    let paragraphs: Vec<&str> = r.paragraphs().collect();
    assert!(
        prose
            .iter()
            .filter(|p| !p.starts_with("二、"))
            .all(|p| paragraphs.contains(p)),
        "{paragraphs:#?}"
    );
}

#[test]
fn a_drafts_mark_after_the_title_is_set_aside() {
    let r = report(&around_body(
        &[
            "2021年西吉县人民政府工作报告（征求意见稿）",
            "——2021年1月8日在西吉县第十八届人民代表大会第五次会议上",
            "县长 马 宁",
        ],
        &[],
    ));
    assert_eq!(r.title, "2021年西吉县人民政府工作报告");
    assert!(r.noise.iter().any(|n| n.text == "（征求意见稿）"));
}

#[test]
fn a_report_run_together_on_one_line_is_read_as_its_lines() {
    let text = around_body(
        &[
            "2016年武功县政府工作报告",
            "——2016年1月12日在武功县第十七届人民代表大会第六次会议上",
            "县长 刘 强",
        ],
        &[
            PROSE,
            PROSE,
            "各位代表，让我们凝心聚力、真抓实干，为奋力谱写高质量发展新篇章而努力奋斗！",
        ],
    )
    .replace('\n', " ");
    let r = report(&text);
    assert_eq!(r.title, "2016年武功县政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2016-01-12"));
    assert_eq!(r.authors, ["刘强"]);
    assert!(headings(&r).contains(&"一、2023年工作回顾".to_string()));
}
