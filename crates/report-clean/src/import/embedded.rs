//! Documents a page holds inside one element: an `<iframe srcdoc>`, which
//! the browser shows in place, a `<noscript>`, which it shows where
//! scripts do not run (a page a script draws keeps its text there for
//! readers and crawlers without them), and a `<noframes>`, which it shows
//! where frames are not drawn (a frameset-era page keeps its text there,
//! its frames' pages being other files).

use report_core::text::dates::find_full_date;
use report_core::text::layout::has_sentence_end;
use scraper::{ElementRef, Html};

/// The markup an element holds as a document of its own, where a reader
/// sees it: an iframe's `srcdoc` always; a `<noscript>`'s or `<noframes>`'s
/// content only where the page shows no prose without it (`read_noscript`),
/// since most pages keep a plea to turn scripts on (or to get a browser
/// that draws frames) there.
pub(super) fn embedded_markup(element: ElementRef, read_noscript: bool) -> Option<String> {
    match element.value().name() {
        "iframe" => element.value().attr("srcdoc").map(str::to_string),
        // With scripting on, as browsers parse, its content is raw text;
        // a plea to turn scripts on is a sentence or two, a page far more.
        "noscript" | "noframes" if read_noscript => {
            let markup: String = element.text().collect();
            let shown = Html::parse_fragment(&markup)
                .root_element()
                .text()
                .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
                .sum::<usize>();
            (shown >= NOSCRIPT_PAGE_MIN_CHARS).then_some(markup)
        }
        _ => None,
    }
}

/// The article a page drawn by a script keeps as data
/// (`<script id="__NEXT_DATA__" type="application/json">`), where the page
/// shows no prose of its own: the longest string of the JSON that holds
/// prose (as markup or as lines), under the `title` its object states
/// beside it, as markup to read in place of the page's body.
pub(super) fn article_in_script_data(doc: &Html) -> Option<String> {
    let selector = scraper::Selector::parse(r#"script[type="application/json"]"#).ok()?;
    let mut best: Option<(usize, String)> = None;
    for script in doc.select(&selector) {
        let data: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&data) else {
            continue;
        };
        longest_prose(&value, &mut best);
    }
    best.map(|(_, markup)| markup)
}

fn longest_prose(value: &serde_json::Value, best: &mut Option<(usize, String)>) {
    use serde_json::Value;
    match value {
        Value::Array(items) => items.iter().for_each(|v| longest_prose(v, best)),
        Value::Object(fields) => {
            for v in fields.values() {
                let Value::String(text) = v else {
                    longest_prose(v, best);
                    continue;
                };
                let markup = if text.contains('<') {
                    text.clone()
                } else {
                    text.lines()
                        .map(|l| format!("<p>{}</p>", escaped(l)))
                        .collect()
                };
                let shown: String = Html::parse_fragment(&markup)
                    .root_element()
                    .text()
                    .collect::<Vec<_>>()
                    .join("\n");
                let chars = shown.chars().filter(|c| !c.is_whitespace()).count();
                if chars < NOSCRIPT_PAGE_MIN_CHARS
                    || !has_prose(&shown)
                    || best.as_ref().is_some_and(|(n, _)| *n >= chars)
                {
                    continue;
                }
                let title = fields
                    .get("title")
                    .and_then(Value::as_str)
                    .filter(|t| {
                        t.chars().count() <= SCRIPT_TITLE_MAX_CHARS
                            && !std::ptr::eq(*t, text.as_str())
                    })
                    .map(|t| format!("<h1>{}</h1>", escaped(t)))
                    .unwrap_or_default();
                *best = Some((chars, title + &stated_beside(fields) + &markup));
            }
        }
        _ => {}
    }
}

/// What the article's object states beside it of its publishing, as a
/// line of labelled fields for the header to read: its source (a key
/// naming a source, `source`, `sourceName`, `来源`) and when it was
/// published (a key naming publishing or release, `publishTime`,
/// `pubDate`, `releaseDate`, or a bare `date`), each a short string; the
/// date only where it reads as one.
fn stated_beside(fields: &serde_json::Map<String, serde_json::Value>) -> String {
    fn short(v: &serde_json::Value) -> Option<&str> {
        v.as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.chars().count() <= SCRIPT_FIELD_MAX_CHARS)
    }
    let source = fields.iter().find_map(|(key, v)| {
        let key = key.to_lowercase();
        (key.contains("source") || key == "来源")
            .then(|| short(v))
            .flatten()
    });
    let published = fields.iter().find_map(|(key, v)| {
        let key = key.to_lowercase();
        let names_publishing = key.starts_with("pub")
            || key.starts_with("release")
            || matches!(key.as_str(), "date" | "time" | "发布时间");
        names_publishing
            .then(|| short(v).filter(|s| find_full_date(s).is_some()))
            .flatten()
    });
    let mut line = Vec::new();
    if let Some(source) = source {
        line.push(format!("来源：{}", escaped(source)));
    }
    if let Some(published) = published {
        line.push(format!("发布时间：{}", escaped(published)));
    }
    if line.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>", line.join(" "))
    }
}

/// Longest source or date stated beside the article in a page's data.
const SCRIPT_FIELD_MAX_CHARS: usize = 30;

/// Longest title stated beside the article in a page's data.
const SCRIPT_TITLE_MAX_CHARS: usize = 80;

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a reader is shown in place of an element whose text the page's
/// markup does not hold as text: the date a script writes where it stands
/// (`<script>document.write('2023-01-05')</script>`, how old publishing
/// systems print a page's time), and the day a `<time>` states in its
/// `datetime` where its own text gives no full date (`1月28日`, `3天前`).
pub(super) fn shown_in_place(element: ElementRef) -> Option<String> {
    match element.value().name() {
        "script" => written_date(&element.text().collect::<String>()),
        "time" => {
            let shown: String = element.text().collect();
            if find_full_date(&shown).is_some() {
                return None;
            }
            machine_date(element.value().attr("datetime")?)
        }
        _ => None,
    }
}

/// What a script writes with `document.write` or sets as an element's
/// text (`.innerHTML = …`): string literals, joined by `+`, or a variable
/// the script sets to one (`var pubtime = "2023-01-05"; ….innerHTML =
/// pubtime;`), nothing computed; where it is a date, its text, markup
/// read off.
fn written_date(script: &str) -> Option<String> {
    let literals = assigned_literals(script);
    let mut written = String::new();
    for call in script.split("document.write").skip(1) {
        let rest = call.strip_prefix("ln").unwrap_or(call).trim_start();
        let (text, rest) = concatenation(rest.strip_prefix('(')?, &literals)?;
        rest.starts_with(')').then_some(())?;
        written.push_str(&text);
    }
    for property in [".innerHTML", ".innerText", ".textContent"] {
        for set in script.split(property).skip(1) {
            let Some(value) = set.trim_start().strip_prefix('=') else {
                continue;
            };
            match concatenation(value, &literals) {
                Some((text, _))
                    if !value.starts_with('=') && text.chars().count() <= SET_TEXT_MAX_CHARS =>
                {
                    written.push_str(&text)
                }
                _ => {}
            }
        }
    }
    let text: String = Html::parse_fragment(&written)
        .root_element()
        .text()
        .collect();
    find_full_date(&text).map(|_| text.trim().to_string())
}

/// Most characters of what a script sets as an element's text to be read
/// as a date shown in place: a label and a date, not a list drawn by it.
const SET_TEXT_MAX_CHARS: usize = 40;

/// String literals joined by `+`, or variables set to one, opening `rest`:
/// their text and what follows them.
fn concatenation<'a>(rest: &'a str, literals: &[(&str, &str)]) -> Option<(String, &'a str)> {
    let mut rest = rest.trim_start();
    let mut text = String::new();
    loop {
        if let Some(quote) = rest.chars().next().filter(|c| matches!(c, '\'' | '"')) {
            let end = rest[1..].find(quote)? + 1;
            text.push_str(&rest[1..end]);
            rest = rest[end + 1..].trim_start();
        } else {
            let name_len = identifier_len(rest);
            let value = literals
                .iter()
                .find(|(name, _)| name_len > 0 && *name == &rest[..name_len])?;
            text.push_str(value.1);
            rest = rest[name_len..].trim_start();
        }
        match rest.strip_prefix('+') {
            Some(more) => rest = more.trim_start(),
            None => return Some((text, rest)),
        }
    }
}

fn identifier_len(text: &str) -> usize {
    text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(text.len())
}

/// The variables a script sets to a string literal (`var pubtime =
/// "2023-01-05"`), with their values.
fn assigned_literals(script: &str) -> Vec<(&str, &str)> {
    let mut literals = Vec::new();
    for keyword in ["var ", "let ", "const "] {
        for declared in script.split(keyword).skip(1) {
            let declared = declared.trim_start();
            let name = &declared[..identifier_len(declared)];
            let Some(value) = declared[name.len()..].trim_start().strip_prefix('=') else {
                continue;
            };
            let value = value.trim_start();
            let Some(quote) = value.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
                continue;
            };
            if let Some(end) = value[1..].find(quote) {
                if !name.is_empty() {
                    literals.push((name, &value[1..=end]));
                }
            }
        }
    }
    literals
}

/// A machine-readable date (`2021-01-28`, `2021-01-28T09:30:00+08:00`) as
/// a page would show it, `2021-01-28 09:30`: China's time or a time with
/// no zone only, since another zone's day may not be China's.
fn machine_date(value: &str) -> Option<String> {
    let value = value.trim();
    let day = value.get(..10)?;
    let well_formed = day.char_indices().all(|(i, c)| match i {
        4 | 7 => c == '-',
        _ => c.is_ascii_digit(),
    });
    let rest = &value[10..];
    if !well_formed {
        return None;
    }
    if rest.is_empty() {
        return Some(day.to_string());
    }
    let clock = rest.strip_prefix(['T', ' '])?;
    let zone_at = clock.find(['Z', '+', '-']).unwrap_or(clock.len());
    if !matches!(&clock[zone_at..], "" | "+08:00" | "+0800") {
        return None;
    }
    let hours_minutes = clock
        .get(..5)
        .filter(|hm| hm.as_bytes().get(2) == Some(&b':'));
    Some(hours_minutes.map_or_else(|| day.to_string(), |hm| format!("{day} {hm}")))
}

/// Fewest characters of a page a `<noscript>` holds.
const NOSCRIPT_PAGE_MIN_CHARS: usize = 80;

/// Fewest characters of a line of prose, a sentence and no label.
const PROSE_MIN_CHARS: usize = 15;

/// Whether a page's text holds a line of prose.
pub(super) fn has_prose(text: &str) -> bool {
    text.lines()
        .any(|line| line.chars().count() >= PROSE_MIN_CHARS && has_sentence_end(line))
}

#[cfg(test)]
mod tests {
    use super::super::html_text::read_web_page;

    #[test]
    fn a_date_a_script_writes_or_a_time_element_states_is_shown_in_place() {
        let page = |info: &str| {
            read_web_page(&format!(
                "<html><body><h1>2023年某某县政府工作报告</h1><div>{info}</div>\
                 <p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p></body></html>"
            ))
            .text
        };
        let text =
            page("发布时间：<script>document.write('2023-01-05');</script> 来源：某某县人民政府");
        assert!(
            text.contains("发布时间：2023-01-05 来源：某某县人民政府"),
            "{text}"
        );
        let text = page(r#"<script>document.write("发布日期：" + "2016-02-03");</script>"#);
        assert!(text.contains("发布日期：2016-02-03"), "{text}");
        // A variable set to a date, then written or set as an element's text.
        let text = page(
            r#"发布时间：<span id="pt"></span><script>var pubtime = "2018-01-30 16:20:11"; document.getElementById("pt").innerHTML = pubtime;</script>"#,
        );
        assert!(text.contains("2018-01-30 16:20:11"), "{text}");
        let text =
            page(r#"<script>var d = '2019-02-01'; document.write('发布日期：' + d);</script>"#);
        assert!(text.contains("发布日期：2019-02-01"), "{text}");
        let text = page(r#"<time datetime="2021-01-28T09:30:00+08:00">1月28日</time>"#);
        assert!(text.contains("2021-01-28 09:30"), "{text}");
        // A script that writes no date, one that computes, a time in another
        // zone or whose text gives its date: as before.
        for (info, not) in [
            (
                "<script>document.write('<a href=/>首页</a>');</script>",
                "首页",
            ),
            (
                "<script>document.write(d.getFullYear() + '-01-05');</script>",
                "01-05",
            ),
            // A variable set by a computation, a long list drawn in.
            (
                "<script>var t = new Date(); el.innerHTML = '2023-01-05 ' + t;</script>",
                "2023-01-05",
            ),
            (
                "<script>el.innerHTML = '<li>2023-01-05 某某县召开全县经济工作会议暨项目建设推进会议</li>';</script>",
                "2023-01-05",
            ),
            (
                r#"<time datetime="2021-01-27T22:30:00Z">1月28日</time>"#,
                "2021-01-27",
            ),
            (
                r#"<time datetime="2021-01-28">2021年1月28日</time>"#,
                "2021-01-28",
            ),
        ] {
            assert!(!page(info).contains(not), "{info}");
        }
    }

    #[test]
    fn a_page_drawn_from_its_data_is_read_from_the_data() {
        let body = "<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>\
                    <p>过去一年，全市地区生产总值完成1580.6亿元，增长6.2%；一般公共预算收入完成93.2亿元，增长8.1%。</p>";
        let data = serde_json::json!({"props": {"pageProps": {"article": {
            "title": "2024年某某市政府工作报告", "source": "某某市人民政府", "content": body}}}});
        let html = format!(
            r#"<html><head><title>某某新闻网</title></head><body><div id="__next"></div>
            <script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"#
        );
        let page = read_web_page(&html);
        assert_eq!(
            page.text,
            "2024年某某市政府工作报告\n来源：某某市人民政府\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n\
             过去一年，全市地区生产总值完成1580.6亿元，增长6.2%；一般公共预算收入完成93.2亿元，增长8.1%。\n"
        );
        // A page that shows its prose keeps it, whatever its data holds.
        let shown = format!(
            "<html><body><p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>\
            <script type=\"application/json\">{data}</script></body></html>"
        );
        assert!(!read_web_page(&shown).text.contains("某某市"));
    }

    #[test]
    fn the_source_and_time_beside_a_pages_article_in_its_data() {
        let body = "<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>\
                    <p>过去一年，全市地区生产总值完成1580.6亿元，增长6.2%；一般公共预算收入完成93.2亿元，增长8.1%。</p>";
        let data = serde_json::json!({"detail": {"title": "2024年某某市政府工作报告",
            "sourceName": "某某日报", "publishTime": "2024-01-22 09:00:00",
            "updateTime": "2024-02-01 10:00:00", "content": body}});
        let html = format!(
            r#"<html><body><div id="app"></div><script type="application/json">{data}</script></body></html>"#
        );
        let text = read_web_page(&html).text;
        assert!(
            text.starts_with(
                "2024年某某市政府工作报告\n来源：某某日报 发布时间：2024-01-22 09:00:00\n各位代表"
            ),
            "{text}"
        );
        // A time that reads as no date, and a long value, are not stated.
        let data = serde_json::json!({"a": {"pubTime": "刚刚", "source": "x".repeat(40), "content": body}});
        let html =
            format!(r#"<html><body><script type="application/json">{data}</script></body></html>"#);
        assert!(read_web_page(&html).text.starts_with("各位代表"));
    }

    #[test]
    fn an_iframes_srcdoc_is_read_in_place() {
        let html = r#"<html><body><div>首页 政务公开</div>
            <iframe srcdoc="<h2>某某市政府工作报告</h2><p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>"></iframe>
            <div>主办：某某市人民政府办公室</div></body></html>"#;
        let page = read_web_page(html);
        assert!(page.text.contains("\n某某市政府工作报告\n各位代表：现在"));
        assert!(page
            .text
            .ends_with("请予审议。\n主办：某某市人民政府办公室\n"));
    }

    #[test]
    fn a_noscript_is_read_only_where_the_page_shows_no_prose_without_it() {
        let drawn_by_script = r#"<html><body><div id="app"></div><script>render()</script>
            <noscript><h1>某某市政府工作报告</h1><p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>
            <p>过去一年，全市地区生产总值完成1580.6亿元，增长6.2%；一般公共预算收入完成93.2亿元，增长8.1%。</p></noscript>
            </body></html>"#;
        let page = read_web_page(drawn_by_script);
        assert_eq!(
            page.text,
            "某某市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n\
             过去一年，全市地区生产总值完成1580.6亿元，增长6.2%；一般公共预算收入完成93.2亿元，增长8.1%。\n"
        );
        let with_prose = r#"<html><body><p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议。</p>
            <noscript><p>您的浏览器不支持脚本，请启用脚本后浏览本页面。</p></noscript></body></html>"#;
        assert!(!read_web_page(with_prose).text.contains("脚本"));
        // A page of pictures and their captions, a plea in its noscript.
        let pictures = r#"<html><body><img src="a.png"><p>图1 主要经济指标</p>
            <noscript>您的浏览器不支持脚本，请启用脚本后浏览本页面。</noscript></body></html>"#;
        assert!(!read_web_page(pictures).text.contains("脚本"));
    }

    #[test]
    fn a_framesets_noframes_is_read_where_the_page_shows_no_prose_without_it() {
        let frameset = r#"<html><head><title>某某县人民政府</title></head>
            <frameset rows="120,*"><frame src="top.htm"><frame src="main.htm">
            <noframes><body><p align="center"><font size="4"><b>2003年某某县人民政府工作报告</b></font></p>
            <p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>
            <p>过去一年，全县地区生产总值完成18.6亿元，增长9.2%；财政收入完成1.3亿元，增长8.1%。</p></body></noframes>
            </frameset></html>"#;
        let page = read_web_page(frameset);
        assert_eq!(
            page.text,
            "2003年某某县人民政府工作报告\n各位代表：现在，我代表县人民政府向大会报告工作，请予审议。\n\
             过去一年，全县地区生产总值完成18.6亿元，增长9.2%；财政收入完成1.3亿元，增长8.1%。\n"
        );
        // Beside the page's prose, a plea for a browser that draws frames
        // is no text of the page, nor is its markup.
        let with_prose = r#"<html><body><p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>
            <noframes><p>您的浏览器不支持框架，请升级浏览器后浏览本页面。</p></noframes></body></html>"#;
        let text = read_web_page(with_prose).text;
        assert!(!text.contains("框架") && !text.contains("<p>"), "{text}");
    }
}
