//! What a web page states about itself, apart from its text: meta tags
//! (`ArticleTitle`, `PubDate`, `ContentSource`, Open Graph, JSON-LD), the `<title>`
//! less the site's name, or its most prominent heading.

use scraper::{Html, Selector};

use super::linked_data::linked_data;
use super::Given;
use crate::clean::header::SITE_LINE_MAX_CHARS;
use crate::clean::metadata::{is_organ_line, names_a_site, parse_metadata_line};
use crate::clean::noise::heads_a_reading;
use crate::clean::posting_lines::byline_date;
use crate::clean::title_lines::names_a_document;
use report_core::text::dates::find_full_date;
use report_core::text::fold::loose;
use report_core::text::layout::has_sentence_end;
use report_core::NoiseKind;

/// Meta names (or properties) per field, in order of trust: the tags
/// Chinese government sites carry first, then Open Graph and the like.
const TITLE_METAS: &[&str] = &["articletitle", "og:title", "twitter:title", "title"];
const DATE_METAS: &[&str] = &[
    "pubdate",
    "publishdate",
    "article:published_time",
    "firstpublishedtime",
    "dc.date",
    "date",
];
const SOURCE_METAS: &[&str] = &["contentsource", "source"];
const SITE_METAS: &[&str] = &["sitename", "og:site_name", "application-name"];

/// A headline says something; a heading shorter is a column's name (`要闻`).
const HEADLINE_MIN_CHARS: usize = 5;

/// Separators between a page title's parts: `标题_某某市人民政府`,
/// `某某网 - 要闻 - 标题`.
const TITLE_SEPARATORS: &[char] = &['_', '|', '｜', '-', '—', '–', '－'];

/// How a site's name ends after its owner's: `某某县人民政府门户网站`.
const SITE_WORDS: [&str; 3] = ["门户网站", "网站", "门户"];

/// The organ a page's `<title>` or site name names as running the site:
/// `…_仙居县人民政府`, `某某县人民政府门户网站`.
fn site_owner_in(whole: &str) -> Option<String> {
    whole
        .split(TITLE_SEPARATORS)
        .map(str::trim)
        .find_map(|part| {
            let owner = SITE_WORDS
                .iter()
                .find_map(|w| part.strip_suffix(w))
                .unwrap_or(part);
            is_organ_line(owner).then(|| owner.to_string())
        })
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    selector(css).map_or_else(Vec::new, |s| {
        doc.select(&s)
            .map(|e| {
                let text: String = e.text().collect();
                text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
            })
            .filter(|t| !t.is_empty())
            .collect()
    })
}

/// Heading lines that are the site's logo (`<h1>中国·汉中</h1>` under
/// `<title>中国·汉中门户网站</title>`): a heading naming no document that a
/// part of the `<title>` naming a site (…网站, …门户) holds.
pub(super) fn logo_lines(doc: &Html, text: &str, headings: &[(u8, usize)]) -> Vec<usize> {
    let sites: Vec<String> = texts(doc, "title")
        .iter()
        .flat_map(|whole| whole.split(TITLE_SEPARATORS).map(loose))
        .filter(|part| SITE_WORDS.iter().any(|w| part.ends_with(w)))
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    headings
        .iter()
        .filter_map(|&(_, n)| {
            let heading = loose(lines.get(n.checked_sub(1)?)?);
            let logo = !heading.is_empty()
                && !names_a_document(&heading)
                && sites.iter().any(|site| site.contains(&heading));
            logo.then_some(n)
        })
        .collect()
}

/// What the page states about itself: `<meta name="ArticleTitle">`,
/// `PubDate`, `ContentSource`, Open Graph; else the `<title>` less the
/// site's name, or the one `<h1>`, where the text shows that line.
pub(super) fn stated_metadata(
    doc: &Html,
    text: &str,
    furniture: &[(usize, NoiseKind)],
    headings: &[(u8, usize)],
) -> Given {
    let metas: Vec<(String, String)> = selector("meta").map_or_else(Vec::new, |s| {
        doc.select(&s)
            .filter_map(|m| {
                let e = m.value();
                let key = e.attr("name").or_else(|| e.attr("property"))?;
                let content = e.attr("content")?.trim();
                (!content.is_empty()).then(|| (key.to_ascii_lowercase(), content.to_string()))
            })
            .collect()
    });
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    };
    let site = meta(SITE_METAS);
    let in_furniture = |n: usize| furniture.iter().any(|(f, _)| *f == n);
    let text_lines: Vec<&str> = text.lines().collect();
    // The lines a reader sees as the article's, not its navigation.
    let shown_lines = || {
        (1..)
            .zip(&text_lines)
            .filter(|(n, _)| !in_furniture(*n))
            .map(|(_, line)| line.trim())
    };
    let shown: Vec<String> = shown_lines().map(loose).collect();
    let on_the_page = |candidate: &str| shown.contains(&loose(candidate));
    let not_site = |part: &str| {
        site.as_deref()
            .is_none_or(|s| loose(part) != loose(s) && !loose(s).contains(&loose(part)))
    };
    let page_title = texts(doc, "title").into_iter().next().unwrap_or_default();
    // A heading of the page that extends a line at its front: the headline
    // (`2022年某某县人民政府工作报告`) where the `<title>` gives its tail
    // (`政府工作报告`), which the page may show elsewhere, as a field's value.
    // Never the headline of a piece reading the report (`一图读懂…`), which
    // ends with the report's whole title too.
    let heading_extending = |shown: &str| {
        headings
            .iter()
            .filter(|(_, n)| !in_furniture(*n))
            .filter_map(|&(_, n)| text_lines.get(n - 1).map(|t| t.trim()))
            .find(|t| {
                let t = loose(t);
                t.len() > loose(shown).len()
                    && t.ends_with(&loose(shown))
                    && !has_sentence_end(&t)
                    && !heads_a_reading(&t)
            })
            .map(str::to_string)
    };
    // The whole `<title>` where the page shows it (`栏目｜标题` as its
    // headline too), else its first part shown that is not the site's.
    let from_title_element = || {
        texts(doc, "title").into_iter().find_map(|whole| {
            std::iter::once(whole.as_str())
                .chain(whole.split(TITLE_SEPARATORS).map(str::trim))
                .find(|part| !part.is_empty() && not_site(part) && on_the_page(part))
                .map(|part| heading_extending(part).unwrap_or_else(|| part.to_string()))
        })
    };
    // A headline the `<title>` extends at its end by a column's or site's
    // name after a space (`标题 东区办事处_中山网`, `标题 某某医院`): the
    // longest line the page shows that a part of the `<title>` starts with,
    // leaving only such a name.
    let shown_as_head = || {
        texts(doc, "title").into_iter().find_map(|whole| {
            whole.split(TITLE_SEPARATORS).find_map(|part| {
                let part = part.trim();
                shown_lines()
                    .filter(|line| {
                        let rest = part.strip_prefix(line).unwrap_or_default();
                        line.chars().count() >= HEADLINE_MIN_CHARS
                            && rest.starts_with(char::is_whitespace)
                            && rest.trim().chars().count() <= SITE_LINE_MAX_CHARS
                            && !has_sentence_end(line)
                            && !names_a_site(line)
                    })
                    .max_by_key(|line| line.chars().count())
                    .map(str::to_string)
            })
        })
    };
    // A headline the `<title>` extends at its front: sites put the year and
    // place before what the page shows (`2026年某某省政府工作报告` over a
    // page showing `政府工作报告`), and an old site's side column may stand
    // above it with no markup to tell it from the headline.
    let shown_as_tail = || {
        texts(doc, "title").into_iter().find_map(|whole| {
            whole
                .split(TITLE_SEPARATORS)
                .map(loose)
                .filter(|part| !part.is_empty() && not_site(part))
                .find_map(|part| {
                    shown_lines()
                        .filter(|line| {
                            line.chars().count() >= HEADLINE_MIN_CHARS
                                && !has_sentence_end(line)
                                && !names_a_site(line)
                                && part.ends_with(&loose(line))
                        })
                        .max_by_key(|line| line.chars().count())
                        .map(str::to_string)
                })
        })
    };
    // Without a stated title, the most prominent heading of the page (an
    // e-paper sets its headline in an `h3`, a portal in an `h2`): the one
    // the `<title>` echoes, or the only one at that level.
    let from_heading = || {
        let candidates: Vec<(u8, &str)> = headings
            .iter()
            .filter(|(_, n)| !in_furniture(*n))
            .filter_map(|&(level, n)| Some((level, text_lines.get(n - 1)?.trim())))
            .filter(|(_, t)| {
                t.chars().count() >= HEADLINE_MIN_CHARS
                    && !has_sentence_end(t)
                    && not_site(t)
                    && !names_a_site(t)
            })
            .collect();
        // The heading right over the page's byline (`发布时间：2019-05-18`) is
        // the article's, whatever its level: side boxes carry none.
        let bylined = headings
            .iter()
            .filter(|(_, n)| !in_furniture(*n))
            .find(|&&(_, n)| {
                let next = text_lines.get(n..).into_iter().flatten().map(|l| l.trim());
                let stated = next
                    .filter(|l| !l.is_empty())
                    .take(1)
                    .any(|l| byline_date(l).is_some());
                // A headline may end in `！` or `？`, never in `。`.
                let headline = text_lines.get(n - 1).map_or("", |t| t.trim());
                stated
                    && headline.chars().count() >= HEADLINE_MIN_CHARS
                    && !headline.ends_with('。')
                    && not_site(headline)
                    && !names_a_site(headline)
            });
        if let Some(&(_, n)) = bylined {
            return text_lines.get(n - 1).map(|t| t.trim().to_string());
        }
        let top = candidates.iter().map(|c| c.0).min()?;
        let at_top: Vec<&str> = candidates
            .iter()
            .filter(|c| c.0 == top)
            .map(|c| c.1)
            .collect();
        let echoed = at_top
            .iter()
            .find(|t| loose(&page_title).contains(&loose(t)));
        match (echoed, at_top.as_slice()) {
            (Some(t), _) | (None, [t]) => Some(t.to_string()),
            _ => None,
        }
    };
    let linked = linked_data(doc);
    let date = meta(DATE_METAS).or(linked.published).and_then(|d| {
        find_full_date(&d).and_then(|(date, _)| date.to_report_date(false, Vec::new()))
    });
    // A headline set in a picture leaves only the `<title>`: its first
    // part that is not the site's name, or, after a column's name
    // (`某县人民政府_政府信息公开_2023年某县政府工作报告`), the part that
    // names a document.
    let title_if_none = texts(doc, "title").into_iter().find_map(|whole| {
        let parts: Vec<&str> = whole
            .split(TITLE_SEPARATORS)
            .map(str::trim)
            .filter(|part| {
                part.chars().count() >= HEADLINE_MIN_CHARS && not_site(part) && !names_a_site(part)
            })
            .collect();
        let document = parts.iter().find(|part| names_a_document(part));
        document.or(parts.first()).map(|part| part.to_string())
    });
    // Or only in the picture's alternative text, where that names a
    // document (`<img alt="2025年某某市政府工作报告">`), not a photo's scene.
    let alt_headline = || {
        let images = selector("img[alt]")?;
        doc.select(&images)
            .filter_map(|img| img.value().attr("alt"))
            .map(str::trim)
            .find(|alt| {
                alt.chars().count() >= HEADLINE_MIN_CHARS
                    && !has_sentence_end(alt)
                    && names_a_document(alt)
                    && not_site(alt)
                    && !names_a_site(alt)
            })
            .map(str::to_string)
    };
    let title_if_none = title_if_none.or_else(alt_headline);
    Given {
        title_if_none,
        date_if_none: None,
        site_owner: texts(doc, "title")
            .into_iter()
            .chain(site.clone())
            .find_map(|whole| site_owner_in(&whole)),
        source_if_none: None,
        // A stated title the page's headline extends at its front
        // (`ArticleTitle` `政府工作报告` over `<h1>2019年某某县政府工作报告`):
        // the headline, as for the `<title>`'s part.
        title: meta(TITLE_METAS)
            .filter(|t| not_site(t))
            .or(linked.headline.filter(|t| not_site(t)))
            .map(|t| heading_extending(&t).unwrap_or(t))
            .or_else(from_title_element)
            .or_else(shown_as_head)
            .or_else(shown_as_tail)
            .or_else(from_heading),
        date: date.map(|d| d.value),
        year: None,
        region: None,
        // A value may carry its label and a tag as the page's line does
        // (`来源：人民网-文化频道 原创稿`): read as that line is.
        source: meta(SOURCE_METAS).map(|value| {
            parse_metadata_line(&value)
                .and_then(|m| m.source)
                .unwrap_or(value)
        }),
        fills_gaps: false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::html_text::read_web_page;
    use report_core::NoiseKind;

    #[test]
    fn a_title_element_is_a_title_only_where_it_names_more_than_the_site() {
        let page = read_web_page(
            "<html><head><title>政府工作报告--汝阳县人民政府</title></head><body><p>正文。</p></body></html>",
        );
        assert_eq!(page.given.title_if_none.as_deref(), Some("政府工作报告"));
        let page = read_web_page(
            "<html><head><title>汝阳县人民政府门户网站</title></head><body><p>正文。</p></body></html>",
        );
        assert_eq!(page.given.title_if_none, None);
    }

    #[test]
    fn a_headline_set_in_a_picture_from_its_alternative_text() {
        let page = read_web_page(
            "<html><head><title>工作报告</title></head><body><div class=\"title\">\
             <img src=\"logo.png\" alt=\"某某市人民政府\"><img src=\"p.jpg\" alt=\"会议现场\">\
             <img src=\"t.png\" alt=\"2025年某某市政府工作报告\"></div><p>正文。</p></body></html>",
        );
        assert_eq!(
            page.given.title_if_none.as_deref(),
            Some("2025年某某市政府工作报告")
        );
    }

    #[test]
    fn government_meta_tags_are_stated_metadata() {
        let html = r#"<html><head>
            <meta name="SiteName" content="某某县人民政府">
            <meta name="ColumnName" content="政府工作报告">
            <meta name="ArticleTitle" content="2026年某某县政府工作报告">
            <meta name="PubDate" content="2026-01-20 09:30">
            <meta name="ContentSource" content="某某县人民政府办公室">
            <title>2026年某某县政府工作报告_某某县人民政府</title></head>
            <body><div class="share">分享到：微信 微博</div>
            <h1>2026年某某县政府工作报告</h1><p>各位代表：</p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(
            page.given.title.as_deref(),
            Some("2026年某某县政府工作报告")
        );
        assert_eq!(page.given.date.as_deref(), Some("2026-01-20"));
        assert_eq!(page.given.source.as_deref(), Some("某某县人民政府办公室"));
        assert_eq!(page.furniture, vec![(1, NoiseKind::Metadata)]);
    }

    #[test]
    fn a_stated_title_the_headline_extends_gives_way_to_the_headline() {
        let html = r#"<html><head><meta name="ArticleTitle" content="政府工作报告">
            <title>政府工作报告</title></head><body><h1>2019年某某县政府工作报告</h1>
            <p>各位代表：</p><p>政府工作报告</p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(
            page.given.title.as_deref(),
            Some("2019年某某县政府工作报告")
        );
    }

    #[test]
    fn a_source_meta_carrying_its_label_and_a_tag_is_read_as_its_line() {
        let html = r#"<html><head><meta name="source" content="来源：某某网-时政频道 原创稿">
            <title>某某县召开全县经济工作会议</title></head>
            <body><h1>某某县召开全县经济工作会议</h1><p>会议总结了去年工作。</p></body></html>"#;
        assert_eq!(
            read_web_page(html).given.source.as_deref(),
            Some("某某网-时政频道")
        );
    }

    #[test]
    fn a_headline_the_title_element_extends_by_a_name_after_a_space() {
        // An old template sets the headline in a table cell with no heading
        // markup; a column's name the page also shows must not win.
        for (title, column) in [
            ("某某街道召开辖区企业座谈会 东区办事处_某某网", "东区办事处"),
            (
                "【不忘初心 牢记使命】某某街道召开辖区企业座谈会 某某县人民医院",
                "某某县人民医院",
            ),
        ] {
            let headline = title
                .split(['_'])
                .next()
                .unwrap()
                .trim_end_matches(column)
                .trim();
            let html = format!(
                "<html><head><title>{title}</title></head><body><table><tr><td>{column}</td></tr>\
                 <tr><td><span class=\"Title\"><b>{headline}</b></span></td></tr>\
                 <tr><td><p>2019年2月27日下午，街道召开辖区企业座谈会，听取企业意见建议。</p></td></tr></table></body></html>"
            );
            assert_eq!(
                read_web_page(&html).given.title.as_deref(),
                Some(headline),
                "{title}"
            );
        }
    }

    #[test]
    fn the_heading_over_the_byline_is_the_headline_whatever_its_level() {
        // A side box's heading sits higher in the outline (`h4`) than the
        // article's (`h5`), which ends in `！`; only the article's has a byline.
        let html = "<html><head><title>新闻动态--某某学会官网</title></head><body>\
            <h3>首页 - 新闻动态</h3><h5>2019年某某学术年会在某某大学成功举行！</h5>\
            <div class=\"ly\">发布时间：2019-05-18 来源：某某学会</div>\
            <p>5月10日至12日，2019年某某学术年会在某某大学举行，600余名专家学者参加。</p>\
            <h4>新闻排行榜 更多+</h4><ul><li>某某学术研讨会召开</li></ul></body></html>";
        assert_eq!(
            read_web_page(html).given.title.as_deref(),
            Some("2019年某某学术年会在某某大学成功举行！")
        );
    }

    #[test]
    fn the_page_title_less_the_site_name_where_the_text_shows_it() {
        let html = r#"<html><head><meta property="og:site_name" content="某某日报">
            <meta property="article:published_time" content="2025-03-02T08:00:00+08:00">
            <title>某某日报 - 要闻 - 春耕生产全面铺开</title></head><body>
            <ul class="menu"><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li></ul>
            <p>春耕生产全面铺开</p><p>全镇完成播种一万亩。</p>
            <p><a href="/1">上一篇：某某</a> <a href="/2">下一篇：某某</a></p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(page.given.title.as_deref(), Some("春耕生产全面铺开"));
        assert_eq!(page.given.date.as_deref(), Some("2025-03-02"));
        assert_eq!(page.given.source, None);
        let lines: Vec<usize> = page.furniture.iter().map(|f| f.0).collect();
        assert_eq!(lines, vec![1, 2, 5], "{}", page.text);
    }

    #[test]
    fn a_heading_extending_the_titles_part_at_its_front_is_the_headline() {
        // The `<title>`'s part shows on the page as a grid's value; the
        // page's heading states the year and place before it.
        let html = r#"<html><head><title>政府工作报告-某某县人民政府</title></head><body>
            <dl><dt>主题分类：</dt><dd>政府工作报告</dd></dl>
            <h1>2022年某某县人民政府工作报告</h1><p>各位代表：现在，我代表县人民政府向大会报告工作。</p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(
            page.given.title.as_deref(),
            Some("2022年某某县人民政府工作报告")
        );
        // A piece reading the report ends with its whole stated title: the
        // stated title stays.
        let html = r#"<html><head><meta name="ArticleTitle" content="2024年某某县政府工作报告">
            </head><body><p>各位代表：现在，我代表县人民政府向大会报告工作。</p>
            <h3>一图读懂2024年某某县政府工作报告</h3><p>图片</p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(
            page.given.title.as_deref(),
            Some("2024年某某县政府工作报告")
        );
    }

    #[test]
    fn without_a_stated_title_the_most_prominent_heading_the_title_echoes() {
        let html = r#"<html><head><title>某某新闻网</title></head><body>
            <h2>本地要闻</h2><h3>全市春耕备耕工作全面展开</h3><h4>配图</h4>
            <p>全市春耕备耕工作全面展开，各地抓住有利天气组织生产。</p>
            <h3>热点推荐榜单专栏</h3></body></html>"#;
        let page = read_web_page(html);
        // The h2 is a column's name, too short for a headline; two h3s and
        // no echo in the <title>: none is taken.
        assert_eq!(page.given.title, None);
        let echoed = html.replace(
            "<title>某某新闻网</title>",
            "<title>全市春耕备耕工作全面展开_某某新闻网</title>",
        );
        let page = read_web_page(&echoed);
        assert_eq!(
            page.given.title.as_deref(),
            Some("全市春耕备耕工作全面展开")
        );
        assert_eq!(page.headline, Some(2));
    }

    #[test]
    fn a_logo_heading_is_no_headline() {
        let html = r#"<html><head><title>某某市人民政府</title></head><body>
            <h1>某某市人民政府门户网站</h1><h2>全市春耕备耕工作全面展开</h2>
            <p>全市春耕备耕工作全面展开，各地抓住有利天气组织生产。</p></body></html>"#;
        let page = read_web_page(html);
        assert_eq!(
            page.given.title.as_deref(),
            Some("全市春耕备耕工作全面展开")
        );
        assert_eq!(page.headline, Some(2));
    }

    #[test]
    fn a_logo_the_sites_title_names_is_chrome() {
        let html = r#"<html><head><title>中国·某某门户网站</title></head><body>
            <h1>中国·某某</h1><p>——2024年1月10日在某某市第四届人民代表大会第五次会议上</p>
            <p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p></body></html>"#;
        let page = read_web_page(html);
        assert!(page.furniture.contains(&(1, NoiseKind::Advertising)));
        assert_eq!(page.given.title, None);
        // A headline the `<title>` holds beside the site's name stays.
        let html = r#"<html><head><title>2024年某某市政府工作报告_中国·某某门户网站</title></head>
            <body><h1>2024年某某市政府工作报告</h1><p>各位代表：</p></body></html>"#;
        let page = read_web_page(html);
        assert!(page.furniture.is_empty());
        assert_eq!(
            page.given.title.as_deref(),
            Some("2024年某某市政府工作报告")
        );
    }
}
