//! A saved web page read with a real HTML parser (scraper, on html5ever):
//! its text one block per line, the lines its structure marks as page
//! furniture, and the metadata the page states about itself.
//!
//! Never a DOM in the browser: the page is parsed as data, so nothing in it
//! can run. Scripts, styles and other non-text elements are dropped whole;
//! attributes are read only for what they say (meta tags, class names).

use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};

use super::Given;
use crate::clean::metadata::names_a_site;
use report_core::text::dates::find_full_date;
use report_core::text::fold::loose;
use report_core::text::layout::has_sentence_end;
use report_core::NoiseKind;

/// Elements whose content is not text a reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas",
    "select", "button", "title",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "form",
    "main",
    "aside",
    "figure",
    "figcaption",
    "body",
    "center",
    "address",
    "caption",
];

/// Whether `text` looks like HTML rather than plain text (for pasted text and
/// files without a telling extension).
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || ["<html", "<body", "<head", "<p>", "<div", "<meta"]
            .iter()
            .any(|tag| head.contains(tag))
}

/// A web page as the cleaning pipeline takes it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WebPage {
    /// The readable text, one block per line.
    pub text: String,
    /// 1-based lines of `text` that the markup marks as page furniture
    /// (navigation, footers, side bars, rows of links), with their kind.
    pub furniture: Vec<(usize, NoiseKind)>,
    /// What the page's own metadata states: title, date, source.
    pub given: Given,
    /// The 1-based line the stated headline stands on, where the page shows it.
    pub headline: Option<usize>,
}

/// Extracts the readable text of an HTML document.
pub fn html_to_text(html: &str) -> String {
    read_web_page(html).text
}

/// Reads a web page: text, furniture lines and stated metadata.
pub fn read_web_page(html: &str) -> WebPage {
    let doc = Html::parse_document(html);
    let mut lines = Lines::default();
    walk(doc.root_element(), &mut lines, Place::default());
    let headings = std::mem::take(&mut lines.headings);
    let (text, furniture) = lines.finish();
    let given = stated_metadata(&doc, &text, &furniture, &headings);
    let headline = given.title.as_deref().and_then(|title| {
        let title = loose(title);
        (1..)
            .zip(text.lines())
            .find(|(n, line)| !furniture.iter().any(|(f, _)| f == n) && loose(line) == title)
            .map(|(n, _)| n)
    });
    WebPage {
        text,
        furniture,
        given,
        headline,
    }
}

/// Where in the page a piece of text stands.
#[derive(Debug, Default, Clone, Copy)]
struct Place {
    preformatted: bool,
    in_link: bool,
    furniture: Option<NoiseKind>,
}

/// Words in class names and ids that mark page furniture, as boilerplate
/// removers read them: `main-nav`, `breadcrumb`, `bdsharebuttonbox`.
const FURNITURE_CLASS_WORDS: &[(&str, NoiseKind)] = &[
    ("breadcrumb", NoiseKind::Breadcrumb),
    ("crumb", NoiseKind::Breadcrumb),
    ("position", NoiseKind::Breadcrumb),
    ("location", NoiseKind::Breadcrumb),
    ("navbar", NoiseKind::Breadcrumb),
    ("menu", NoiseKind::Breadcrumb),
    ("share", NoiseKind::Metadata),
    ("toolbar", NoiseKind::Metadata),
    ("fontsize", NoiseKind::Metadata),
    ("sidebar", NoiseKind::Footer),
    ("footer", NoiseKind::Footer),
    ("copyright", NoiseKind::Footer),
    ("related", NoiseKind::Footer),
    ("comment", NoiseKind::Footer),
];
/// Short words that must stand as a whole token of a class name (`nav`,
/// not the `nav` of `canvas`).
const FURNITURE_CLASS_TOKENS: &[(&str, NoiseKind)] = &[
    ("nav", NoiseKind::Breadcrumb),
    ("foot", NoiseKind::Footer),
    ("bottom", NoiseKind::Footer),
    ("ad", NoiseKind::Advertising),
    ("ads", NoiseKind::Advertising),
];

fn furniture_of(element: &Element) -> Option<NoiseKind> {
    match element.name() {
        "nav" => return Some(NoiseKind::Breadcrumb),
        "footer" | "aside" => return Some(NoiseKind::Footer),
        _ => {}
    }
    let names = element
        .attr("class")
        .into_iter()
        .chain(element.attr("id"))
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    FURNITURE_CLASS_WORDS
        .iter()
        .find(|(word, _)| names.contains(word))
        .or_else(|| {
            FURNITURE_CLASS_TOKENS.iter().find(|(word, _)| {
                names
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|token| token == *word)
            })
        })
        .map(|(_, kind)| *kind)
}

fn walk(element: ElementRef, out: &mut Lines, place: Place) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.text(text, place),
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                let Some(child_element) = ElementRef::wrap(child) else {
                    continue;
                };
                let inner = Place {
                    preformatted: place.preformatted || name == "pre",
                    in_link: place.in_link || name == "a",
                    furniture: place.furniture.or_else(|| furniture_of(e)),
                };
                let block = BLOCKS.contains(&name);
                if block {
                    out.break_line();
                }
                let lines_before = out.done.len();
                walk(child_element, out, inner);
                if block {
                    out.break_line();
                }
                if let Some(level) = heading_level(name).filter(|_| inner.furniture.is_none()) {
                    if out.done.len() > lines_before {
                        out.headings.push((level, lines_before + 1));
                    }
                }
                if block {
                } else if name == "td" || name == "th" {
                    out.text(" ", place);
                }
            }
            _ => {}
        }
    }
}

/// `h1`…`h6`: 1…6.
fn heading_level(name: &str) -> Option<u8> {
    let level = name.strip_prefix('h')?.parse::<u8>().ok()?;
    (1..=6).contains(&level).then_some(level)
}

/// A line made mostly of link text, without a sentence, is a row of links.
const LINK_DENSITY: f64 = 0.5;

/// The text being collected: HTML whitespace collapsed within a line,
/// ideographic spaces (paragraph indents in Chinese text) kept; per line,
/// how many characters stood in links and in furniture.
#[derive(Default)]
struct Lines {
    done: Vec<String>,
    furniture: Vec<(usize, NoiseKind)>,
    current: String,
    chars: usize,
    link_chars: usize,
    furniture_chars: usize,
    furniture_kind: Option<NoiseKind>,
    /// Headings outside furniture: level and 1-based line.
    headings: Vec<(u8, usize)>,
}

impl Lines {
    fn text(&mut self, raw: &str, place: Place) {
        if place.preformatted {
            for (i, part) in raw.split('\n').enumerate() {
                if i > 0 {
                    self.break_line();
                }
                self.push(part, place);
            }
            return;
        }
        let mut collapsed = String::with_capacity(raw.len());
        for c in raw.chars() {
            if c.is_ascii_whitespace() || c == '\u{a0}' {
                let ends_in_space = collapsed.ends_with(' ')
                    || (collapsed.is_empty()
                        && (self.current.is_empty() || self.current.ends_with(' ')));
                if !ends_in_space {
                    collapsed.push(' ');
                }
            } else {
                collapsed.push(c);
            }
        }
        self.push(&collapsed, place);
    }

    fn push(&mut self, text: &str, place: Place) {
        let n = text.chars().filter(|c| !c.is_whitespace()).count();
        self.chars += n;
        if place.in_link {
            self.link_chars += n;
        }
        if let Some(kind) = place.furniture {
            self.furniture_chars += n;
            self.furniture_kind = Some(kind);
        }
        self.current.push_str(text);
    }

    fn break_line(&mut self) {
        let line = self.current.trim_end_matches(' ').to_string();
        let (chars, links, furniture) = (self.chars, self.link_chars, self.furniture_chars);
        let kind = self.furniture_kind.take();
        self.current.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.furniture_chars = 0;
        if line.trim().is_empty() {
            return;
        }
        self.done.push(line);
        let number = self.done.len();
        let mostly = |part: usize| part as f64 > LINK_DENSITY * chars as f64;
        if mostly(furniture) {
            self.furniture
                .push((number, kind.unwrap_or(NoiseKind::Footer)));
        } else if mostly(links) && !has_sentence_end(&self.done[number - 1]) {
            self.furniture.push((number, NoiseKind::Breadcrumb));
        }
    }

    fn finish(mut self) -> (String, Vec<(usize, NoiseKind)>) {
        self.break_line();
        let mut text = self.done.join("\n");
        text.push('\n');
        (text, self.furniture)
    }
}

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

/// What the page states about itself: `<meta name="ArticleTitle">`,
/// `PubDate`, `ContentSource`, Open Graph; else the `<title>` less the
/// site's name, or the one `<h1>`, where the text shows that line.
fn stated_metadata(
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
    // The lines a reader sees as the article's, not its navigation.
    let shown: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| !furniture.iter().any(|(n, _)| *n == i + 1))
        .map(|(_, line)| loose(line))
        .collect();
    let on_the_page = |candidate: &str| shown.contains(&loose(candidate));
    let not_site = |part: &str| {
        site.as_deref()
            .is_none_or(|s| loose(part) != loose(s) && !loose(s).contains(&loose(part)))
    };
    let page_title = texts(doc, "title").into_iter().next().unwrap_or_default();
    let from_title_element = || {
        texts(doc, "title").into_iter().find_map(|whole| {
            whole
                .split(TITLE_SEPARATORS)
                .map(str::trim)
                .find(|part| !part.is_empty() && not_site(part) && on_the_page(part))
                .map(str::to_string)
        })
    };
    // A headline the `<title>` extends at its front: sites put the year and
    // place before what the page shows (`2026年某某省政府工作报告` over a
    // page showing `政府工作报告`), and an old site's side column may stand
    // above it with no markup to tell it from the headline.
    let shown_as_tail = || {
        let original: Vec<&str> = text.lines().collect();
        texts(doc, "title").into_iter().find_map(|whole| {
            whole
                .split(TITLE_SEPARATORS)
                .map(loose)
                .filter(|part| !part.is_empty() && not_site(part))
                .find_map(|part| {
                    (1..)
                        .zip(&original)
                        .filter(|(n, _)| !furniture.iter().any(|(f, _)| f == n))
                        .map(|(_, line)| line.trim())
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
    let text_lines: Vec<&str> = text.lines().collect();
    let from_heading = || {
        let candidates: Vec<(u8, &str)> = headings
            .iter()
            .filter(|(_, n)| !furniture.iter().any(|(f, _)| f == n))
            .filter_map(|&(level, n)| Some((level, text_lines.get(n - 1)?.trim())))
            .filter(|(_, t)| {
                t.chars().count() >= HEADLINE_MIN_CHARS
                    && !has_sentence_end(t)
                    && not_site(t)
                    && !names_a_site(t)
            })
            .collect();
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
    let date = meta(DATE_METAS).and_then(|d| {
        find_full_date(&d).and_then(|(date, _)| date.to_report_date(false, Vec::new()))
    });
    // A headline set in a picture leaves only the `<title>`: its first
    // part that is not the site's name.
    let title_if_none = texts(doc, "title").into_iter().find_map(|whole| {
        whole
            .split(TITLE_SEPARATORS)
            .map(str::trim)
            .find(|part| {
                part.chars().count() >= HEADLINE_MIN_CHARS && not_site(part) && !names_a_site(part)
            })
            .map(str::to_string)
    });
    Given {
        title_if_none,
        title: meta(TITLE_METAS)
            .filter(|t| not_site(t))
            .or_else(from_title_element)
            .or_else(shown_as_tail)
            .or_else(from_heading),
        date: date.map(|d| d.value),
        year: None,
        region: None,
        source: meta(SOURCE_METAS),
        fills_gaps: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn recognises_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<p>段落</p>"));
        assert!(!looks_like_html("潍坊市 < 济南市"));
    }
}
