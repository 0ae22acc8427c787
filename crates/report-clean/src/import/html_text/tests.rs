//! Tests of reading a web page's text, furniture and headline.
use super::*;

#[test]
fn blocks_become_lines_and_scripts_vanish() {
    let html = r#"<!DOCTYPE html><html><head><title>页面标题_政府网</title>
        <style>p { color: red }</style><script>alert("<p>x</p>")</script></head>
        <body onload="steal()"><div class="nav">首页 &gt; 新闻</div>
        <h1>坊子区召开  工作会议</h1>
        <p>　　会议指出，<b>全年</b>地区生产总值增长6.5%。</p>
        <p><img src=x onerror="alert(1)">第二段&nbsp;文字&#x4E2D;&#25991;&amp;&unknown;</p>
        <!-- <p>注释</p> --><SCRIPT type="text/javascript">document.write('<p>坏</p>')</SCRIPT>
        <noscript><p>请启用脚本</p></noscript><table><tr><td>甲</td><td>乙</td></tr></table>
        <pre>一行
二行</pre></body></html>"#;
    let page = read_web_page(html);
    assert_eq!(
        page.text,
        "首页 > 新闻\n坊子区召开 工作会议\n　　会议指出，全年地区生产总值增长6.5%。\n第二段 文字中文&&unknown;\n甲 乙\n一行\n二行\n"
    );
    assert_eq!(page.furniture, vec![(1, NoiseKind::Breadcrumb)]);
    assert_eq!(page.given.title.as_deref(), Some("坊子区召开 工作会议"));
}

#[test]
fn info_fields_set_side_by_side_stand_apart_and_a_sentence_runs_on() {
    let page = read_web_page(
        "<div class=\"info\"><span>发布时间：2024-01-22</span><span>来源：旗政府办</span>\
         <span>浏览量：356</span></div>\
         <p><label>发布时间：</label><span>2023-01-16</span><label>信息来源：</label>\
         <span>区政府办</span></p>\
         <p>会议指出：<strong>全年</strong>地区生产总值增长，<a href=\"/x\">详见：</a>附表。</p>",
    );
    assert_eq!(
        page.text,
        "发布时间：2024-01-22 来源：旗政府办 浏览量：356\n\
         发布时间：2023-01-16 信息来源：区政府办\n\
         会议指出：全年地区生产总值增长，详见：附表。\n"
    );
}

#[test]
fn a_sentence_an_inline_run_cuts_before_words_and_a_colon_runs_on() {
    let page = read_web_page(
        "<p>我们要重点把握好5<span>个方面：</span>一是聚焦经济建设。</p>\
         <p>会议要求：具体抓好以<a href=\"/x\">下工作：</a>壮大实体经济。</p>",
    );
    assert_eq!(
        page.text,
        "我们要重点把握好5个方面：一是聚焦经济建设。\n\
         会议要求：具体抓好以下工作：壮大实体经济。\n"
    );
}

#[test]
fn a_layout_cell_of_lines_stands_apart_from_the_cell_beside_it() {
    let page = read_web_page(
        "<table><tr><td>相关文章推荐<br><a href=\"/b\">某某通知</a></td>\
         <td><font>各位代表：<br>现在，我代表县人民政府报告工作。</font></td></tr>\
         <tr><td>发布时间</td><td>2022-03-01</td></tr></table>",
    );
    assert_eq!(
        page.text,
        "相关文章推荐\n某某通知\n各位代表：\n现在，我代表县人民政府报告工作。\n发布时间 2022-03-01\n"
    );
}

#[test]
fn a_word_processors_table_keeps_its_rows() {
    let page = read_web_page(
        "<table class=\"MsoNormalTable\"><tr><td><p class=\"MsoNormal\">指标</p></td>\
         <td><p class=\"MsoNormal\">单位</p></td><td><p>完成值</p></td></tr>\
         <tr><td><p class=\"MsoNormal\"><span>地区生产总值</span></p></td>\
         <td><p class=\"MsoNormal\">亿元</p></td><td><p>558.2</p></td></tr></table>\
         <table><tr><td><h1>某某县政府工作报告</h1></td></tr></table>",
    );
    assert_eq!(
        page.text,
        "指标 单位 完成值\n地区生产总值 亿元 558.2\n某某县政府工作报告\n"
    );
    assert_eq!(page.given.title.as_deref(), Some("某某县政府工作报告"));
}

#[test]
fn a_headline_broken_by_a_line_break_is_one_line() {
    let page = read_web_page(
        "<html><body><h1>某某市某某区<br>2024年政府工作报告</h1><p>各位代表：</p></body></html>",
    );
    assert_eq!(page.text, "某某市某某区2024年政府工作报告\n各位代表：\n");
    assert_eq!(
        page.given.title.as_deref(),
        Some("某某市某某区2024年政府工作报告")
    );
    // Lines of prose a heading holds stay apart.
    let page = read_web_page(
        "<html><body><h2>一、工作回顾<br>过去一年，全区经济稳中向好。</h2></body></html>",
    );
    assert_eq!(page.text, "一、工作回顾\n过去一年，全区经济稳中向好。\n");
}

#[test]
fn a_scrolling_banner_is_furniture() {
    let page = read_web_page(
        "<html><body><marquee>欢迎访问某某市人民政府网站！</marquee><p>2005年某某市政府工作报告</p></body></html>",
    );
    assert_eq!(page.furniture, vec![(1, NoiseKind::Advertising)]);
}

#[test]
fn survives_broken_markup() {
    assert_eq!(html_to_text("a < b <p>c"), "a < b\nc\n");
    assert_eq!(html_to_text("<p>text<div class=\"unterminated"), "text\n");
    assert_eq!(html_to_text("<script>never closed <p>x"), "\n");
    assert_eq!(
        html_to_text("<svg><svg></svg><text>t</text></svg>after"),
        "after\n"
    );
    assert_eq!(
        html_to_text("<head><title>t</title><body><p>正文"),
        "正文\n"
    );
}

#[test]
fn recognises_html() {
    assert!(looks_like_html("  <!DOCTYPE html><html>"));
    assert!(looks_like_html("<p>段落</p>"));
    assert!(!looks_like_html("潍坊市 < 济南市"));
}

#[test]
fn the_lines_a_figcaption_holds_are_named_captions() {
    let page = read_web_page(
        "<html><body><h1>某县政府工作报告</h1><figure><img src=\"a.jpg\">\
         <figcaption>1月26日，某县第十三届人民代表大会第四次会议开幕。</figcaption></figure>\
         <p>各位代表：</p><footer><figure><figcaption>网站标识</figcaption></figure></footer></body></html>",
    );
    let lines: Vec<&str> = page.text.lines().collect();
    assert_eq!(page.captions, [2]);
    assert_eq!(
        lines[1],
        "1月26日，某县第十三届人民代表大会第四次会议开幕。"
    );
}

#[test]
fn a_block_its_class_names_a_pictures_caption_beside_a_picture() {
    let page = read_web_page(
        "<html><body><h1>某县政府工作报告</h1>\
         <div class=\"pic\"><img src=\"a.jpg\"><p class=\"pic-title\">大会开幕。</p></div>\
         <div class=\"pic\"><img src=\"b.jpg\"><p class=\"img_desc\">代表们认真听取政府工作报告。</p></div>\
         <p class=\"pic-title\">各位代表：现在，我代表县人民政府向大会报告工作。</p>\
         <div><img src=\"c.jpg\"><p class=\"article-text\">过去一年，全县经济稳中向好。</p></div></body></html>",
    );
    // No picture beside it, or a class naming no caption: no caption.
    assert_eq!(page.captions, [2, 3]);
}

#[test]
fn letters_a_page_hides_inside_a_sentence_are_not_read() {
    let html = r#"<p>过去的一年，面对<span style="display:none">ab3x</span>复杂严峻的形势，<font style="DISPLAY: none">奇趣</font>全县经济<i hidden>x</i>稳中向好。</p>
<div style="display:none"><p>一图读懂政府工作报告</p></div>"#;
    assert_eq!(
        html_to_text(html),
        "过去的一年，面对复杂严峻的形势，全县经济稳中向好。\n一图读懂政府工作报告\n"
    );
}

#[test]
fn a_box_named_furniture_that_holds_the_page_is_its_wrapper() {
    // A layout that names the page's container by its grid (`int-nav`):
    // masthead, article and footer all inside it.
    let paragraph =
        "<p>过去一年，全县地区生产总值完成186.5亿元，增长6.1%；一般公共预算收入完成12.3亿元，\
                     增长5.2%；城乡居民人均可支配收入分别达到41280元和21560元。</p>";
    let html = format!(
        "<html><body><div id=\"container\" class=\"site-int-nav\">\
         <div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw\">政务公开</a></div>\
         <h1>2024年某某县政府工作报告</h1>{}\
         <div class=\"footer\">主办：某某县人民政府办公室</div></div></body></html>",
        paragraph.repeat(3)
    );
    let page = read_web_page(&html);
    let line = |text: &str| {
        (1..)
            .zip(page.text.lines())
            .find(|(_, l)| l.contains(text))
            .unwrap()
            .0
    };
    let kind = |n: usize| {
        page.furniture
            .iter()
            .find(|(f, _)| *f == n)
            .map(|(_, k)| *k)
    };
    assert_eq!(kind(line("过去一年")), None);
    assert_eq!(kind(line("2024年某某县政府工作报告")), None);
    // The boxes inside it that are furniture stay so.
    assert_eq!(kind(line("首页")), Some(NoiseKind::Breadcrumb));
    assert_eq!(kind(line("主办")), Some(NoiseKind::Footer));
    // A menu holding a few lines of a page's prose is still a menu.
    let menu = format!(
        "<html><body><div class=\"menu\"><p>本站导航：点击栏目名称即可进入相应页面，欢迎访问。</p></div>{}</body></html>",
        paragraph.repeat(3)
    );
    let page = read_web_page(&menu);
    assert_eq!(page.furniture.first().map(|(n, _)| *n), Some(1));
}

#[test]
fn a_wrapper_in_an_embedded_document_weighs_against_that_document() {
    // The page's own prose, then a document it holds in place (an iframe's
    // srcdoc) whose container is named for a navigation layout: that
    // container wraps its own document, whatever the page around holds.
    let prose = "过去一年，全县地区生产总值完成186.5亿元，增长6.1%；一般公共预算收入完成12.3亿元，增长5.2%。";
    let inner = format!("<div class='site-int-nav'><p>{}</p></div>", prose.repeat(4));
    let html = format!(
        "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><p>{}</p>\
         <iframe srcdoc=\"{inner}\"></iframe></body></html>",
        prose.repeat(6)
    );
    let page = read_web_page(&html);
    let last = page.text.lines().count();
    assert!(page.text.lines().last().unwrap().starts_with("过去一年"));
    assert!(!page.furniture.iter().any(|(n, _)| *n == last));
}
