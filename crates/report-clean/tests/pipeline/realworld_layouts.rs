//! The 31 provincial reports of `../shared/realworld` (beside the clone;
//! see its README) served as web pages in site layouts of our own making:
//! a portal of the 2020s (semantic header, navigation, aside and footer),
//! a site of the 2000s (nested tables, `<font>`, `<br>` lines indented with
//! `&nbsp;`, GB2312 declared and GBK bytes), and an editor's block (one
//! `<div>` of `<br>`-separated lines, styles inside the body, inline runs
//! cutting lines mid-sentence), and two of them saved as one file, as
//! Chrome (`.mhtml`) and Internet Explorer (`.mht`) save a page. The report's words are the page text's,
//! one block per line as the publisher's page gives them; only the markup
//! around them is ours. Each layout must read as the copied page text does
//! (every gold field at 100 %), and the layout's own chrome stays out of the
//! body. Where `../shared` is absent the test says so and passes without
//! judging.

use std::collections::HashMap;

use crate::support::web_archive::{saved_by_chrome, saved_by_internet_explorer};
use crate::support::{import_file_as_user, realworld};
use report_clean::text::fold::fold_for_search;
use report_clean::tools::report_gold::{parse_gold, GoldEntry, GoldKey, Scorecard};
use report_clean::Report;

/// A layout: the page's lines as the bytes of a web page.
type Render = fn(&Page) -> Vec<u8>;

/// A layout's name, the extension its file is saved with, and its render.
type Layout = (&'static str, &'static str, Render);

/// One provincial CSV's row: the page's title and its text, line by line.
struct Page {
    file: String,
    province: String,
    title: String,
    lines: Vec<String>,
}

fn pages(dir: &std::path::Path) -> Vec<Page> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("provincial-2026 readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("CSV readable");
            let text = String::from_utf8_lossy(&bytes);
            let mut reader =
                csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let headers = reader.headers().unwrap().clone();
            let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
            let row = reader.records().next().unwrap().unwrap();
            Page {
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                province: row[column("province")].to_string(),
                title: row[column("title")].to_string(),
                lines: row[column("full_text")]
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
            }
        })
        .collect()
}

/// Text as HTML text: the report's own `<` and `&` stay characters.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Chrome every layout adds around the report; none of it may reach the body.
const OUR_CHROME: [&str; 7] = [
    "网站首页",
    "扫一扫在手机打开当前页",
    "网站标识码",
    "ICP备",
    "相关文章推荐",
    "关于印发年度重点工作分工方案的通知",
    "关于做好春节期间安全生产工作的通知",
];

fn portal(page: &Page) -> Vec<u8> {
    let body: String = page
        .lines
        .iter()
        .map(|l| format!("<p>{}</p>\n", escape(l)))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <title>{title}_{province}人民政府门户网站</title>\
         <script>var _hmt = _hmt || [];</script></head><body>\
         <header><div class=\"logo\">{province}人民政府</div>\
         <nav><ul><li><a href=\"/\">网站首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>\
         <li><a href=\"/hdjl/\">互动交流</a></li></ul></nav></header>\
         <main><div class=\"article\"><div id=\"zoom\">\n{body}</div>\
         <div class=\"qr\">扫一扫在手机打开当前页</div></div>\
         <aside><h3>相关文章推荐</h3><ul><li><a href=\"/a/1\">关于印发年度重点工作分工方案的通知</a></li></ul></aside></main>\
         <footer><p><a href=\"/gywm\">关于我们</a> | <a href=\"/wzdt\">网站地图</a></p>\
         <p>网站标识码：0000000001　ICP备12345678号</p></footer></body></html>",
        title = escape(&page.title),
        province = page.province,
    )
    .into_bytes()
}

fn tables_of_the_2000s(page: &Page) -> Vec<u8> {
    let body: Vec<String> = page
        .lines
        .iter()
        .map(|l| format!("&nbsp;&nbsp;&nbsp;&nbsp;{}", escape(l)))
        .collect();
    let html = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
         <title>{title}</title><style>td {{ font-size: 12px }}</style></head>\
         <body><center><table width=\"960\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\
         <tr><td colspan=\"2\"><a href=\"/\">网站首页</a> | <a href=\"/zwgk\">政务公开</a></td></tr>\
         <tr><td width=\"200\" valign=\"top\"><table><tr><td>相关文章推荐</td></tr>\
         <tr><td><a href=\"/b\">关于做好春节期间安全生产工作的通知</a></td></tr></table></td>\
         <td valign=\"top\"><table width=\"100%\"><tr><td class=\"content\"><font size=\"3\">\n{body}\n</font></td></tr></table></td></tr>\
         <tr><td colspan=\"2\" align=\"center\">网站标识码：0000000001 ICP备12345678号</td></tr>\
         </table></center></body></html>",
        title = escape(&page.title),
        body = body.join("<br>\n"),
    );
    let (bytes, _, _) = encoding_rs::GBK.encode(&html);
    bytes.into_owned()
}

/// The lines in one editor's block, with the editor's inline runs: the
/// first characters of each line in a styled `<span>`, numbered lines in
/// `<strong>`.
fn editors_block(page: &Page) -> Vec<u8> {
    let body: Vec<String> = page
        .lines
        .iter()
        .map(|l| {
            let cut = l.char_indices().nth(3).map_or(l.len(), |(i, _)| i);
            let (head, tail) = l.split_at(cut);
            let line = format!(
                "<span style=\"font-family: 仿宋\">{}</span>{}",
                escape(head),
                escape(tail)
            );
            if l.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
                && l.contains('、')
            {
                format!("<strong>{line}</strong>")
            } else {
                line
            }
        })
        .collect();
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
         <div class=\"top\"><a href=\"/\">网站首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>\
         <div class=\"view TRS_UEDITOR trs_paper_default\"><style>.TRS_Editor P {{ line-height: 2 }}</style>\n{body}\n</div>\
         <div class=\"bottom\">扫一扫在手机打开当前页<br>网站标识码：0000000001<br>ICP备12345678号</div>\
         </body></html>",
        title = escape(&page.title),
        body = body.join("<br><br>\n"),
    )
    .into_bytes()
}

/// Text pasted from a word processor: each line a `MsoNormal` paragraph
/// indented with ideographic spaces, Latin and digits in runs of their own
/// (`<span lang=EN-US>2025</span><span>年`), empty `<o:p>` marks, CRLF.
fn pasted_from_a_word_processor(page: &Page) -> Vec<u8> {
    let body: String = page
        .lines
        .iter()
        .map(|l| {
            let mut runs = String::new();
            let mut latin = None;
            for c in l.chars() {
                let is_latin = c.is_ascii_alphanumeric() || c == '.' || c == '%';
                if latin != Some(is_latin) {
                    if latin.is_some() {
                        runs.push_str("</span>");
                    }
                    runs.push_str(if is_latin {
                        "<span lang=\"EN-US\" style=\"font-family:Times New Roman\">"
                    } else {
                        "<span style=\"font-family:仿宋_GB2312\">"
                    });
                    latin = Some(is_latin);
                }
                runs.push_str(&escape(&c.to_string()));
            }
            runs.push_str("</span>");
            format!(
                "<p class=\"MsoNormal\" style=\"text-indent:32pt\">&#12288;&#12288;{runs}<span lang=\"EN-US\"><o:p></o:p></span></p>\r\n"
            )
        })
        .collect();
    format!(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\">\r\n\
         <title>{title}</title></head><body>\r\n<div class=\"nav\"><a href=\"/\">网站首页</a></div>\r\n\
         <div class=\"Section1\" style=\"layout-grid:15.6pt\">\r\n{body}</div>\r\n\
         <div class=\"foot\">网站标识码：0000000001 ICP备12345678号</div></body></html>",
        title = escape(&page.title),
    )
    .into_bytes()
}

/// Lines as `<div>`s with links inside sentences, as wiki-like and
/// news pages link names and terms in the running text.
fn links_inside_sentences(page: &Page) -> Vec<u8> {
    let body: String = page
        .lines
        .iter()
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let mut line = String::new();
            for (i, chunk) in chars.chunks(12).enumerate() {
                let chunk: String = chunk.iter().collect();
                if i % 2 == 1 {
                    line.push_str(&format!("<a href=\"/wiki/{i}\">{}</a>", escape(&chunk)));
                } else {
                    line.push_str(&escape(&chunk));
                }
            }
            format!("<div class=\"para\">{line}</div>\n")
        })
        .collect();
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
         <div id=\"nav\"><ul><li><a href=\"/\">网站首页</a></li></ul></div>\
         <div id=\"content\">{body}</div><div id=\"foot\">网站标识码：0000000001</div></body></html>",
        title = escape(&page.title),
    )
    .into_bytes()
}

/// The portal's page saved by Chrome as one file.
fn portal_saved_by_chrome(page: &Page) -> Vec<u8> {
    saved_by_chrome(
        &portal(page),
        "https://www.example.gov.cn/art/2026/1/27/art_1229_1.html",
    )
}

/// The 2000s site's page (GBK bytes) saved by Internet Explorer.
fn tables_saved_by_internet_explorer(page: &Page) -> Vec<u8> {
    saved_by_internet_explorer(
        &tables_of_the_2000s(page),
        "gb2312",
        "http://www.example.gov.cn/zwgk/content.htm",
    )
}

/// A report's headings and paragraphs in order.
fn body(report: &Report) -> Vec<String> {
    report
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs).cloned())
        .collect()
}

/// The layout that prints the report's lines at a width.
const PRINTED: &str = "printed lines";

/// Paragraphs hard-wrapped with `<br>` at a printed width of 76 columns
/// (38 full-width characters, digits and Latin half as wide), as pages
/// converted from print or PDF keep the printed lines, with the
/// paragraphs' indent lost (editors trim leading spaces): a number or a
/// Latin word is never broken, and no line opens on a closing mark (the
/// character before goes down with it).
fn hard_wrapped(page: &Page) -> Vec<u8> {
    const WIDTH: usize = 76;
    let body: String = page
        .lines
        .iter()
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let mut words: Vec<String> = Vec::new();
            for (i, &c) in chars.iter().enumerate() {
                let latin = |c: char| c.is_ascii_alphanumeric() || c == '.';
                match words.last_mut() {
                    Some(w) if i > 0 && latin(chars[i - 1]) && latin(c) => w.push(c),
                    _ => words.push(c.to_string()),
                }
            }
            let width = |w: &str| {
                w.chars()
                    .map(|c| if c.is_ascii() { 1 } else { 2 })
                    .sum::<usize>()
            };
            let (mut lines, mut line): (Vec<Vec<String>>, Vec<String>) = (Vec::new(), Vec::new());
            for word in words {
                let used: usize = line.iter().map(|w| width(w)).sum();
                if used + width(&word) > WIDTH {
                    let mut next = Vec::new();
                    if word.starts_with([
                        '，', '。', '、', '；', '：', '？', '！', '”', '’', '）', '》', '%',
                    ]) {
                        next.extend(line.pop());
                    }
                    lines.push(std::mem::replace(&mut line, next));
                }
                line.push(word);
            }
            lines.push(line);
            let lines: Vec<String> = lines.iter().map(|l| escape(&l.concat())).collect();
            format!("<p>{}</p>\n", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\
         <div id=\"content\">{body}</div><div id=\"foot\">网站标识码：0000000001</div></body></html>",
        title = escape(&page.title),
    )
    .into_bytes()
}

/// A layout read: the gold's scorecard, and every way its body differs
/// from the copied text's or holds the layout's own chrome.
struct Judged {
    layout: &'static str,
    card: Scorecard,
    differences: Vec<String>,
}

fn judge_layout(
    (layout, extension, render): Layout,
    gold: &[GoldEntry],
    pages: &[Page],
    copied: &HashMap<&String, Vec<String>>,
) -> Judged {
    let mut failures = Vec::new();
    let mut card = Scorecard::default();
    for entry in gold {
        let GoldKey::File(file) = &entry.key else {
            panic!("the provincial gold names files")
        };
        let page = pages.iter().find(|p| &p.file == file).expect("a page");
        let html_name = file.replace(".csv", extension);
        let reports = import_file_as_user(&html_name, &render(page));
        assert_eq!(reports.len(), 1, "{layout}: {html_name}: one report");
        card.score(entry, reports.first());
        // The report's words as the copied text gives them: no space put
        // between inline runs, no line joined or split otherwise.
        let (got, want) = (body(&reports[0]), &copied[file]);
        if &got != want {
            let at = got.iter().zip(want).position(|(a, b)| a != b);
            failures.push(format!(
                "{layout}: {html_name}: body differs from the copied text's at paragraph {at:?}: {:?} against {:?}",
                at.map(|i| &got[i]),
                at.map(|i| &want[i])
            ));
        }
        for section in &reports[0].sections {
            for text in section.heading.iter().chain(&section.paragraphs) {
                for chrome in OUR_CHROME {
                    if text.contains(chrome) {
                        failures.push(format!("{layout}: {html_name}: {chrome} in {text}"));
                    }
                }
            }
        }
    }
    let fields: Vec<String> = card
        .fields()
        .iter()
        .map(|(field, judged, right)| format!("{} {right}/{judged}", field.name()))
        .collect();
    eprintln!("{layout}: {}", fields.join(", "));
    Judged {
        layout,
        card,
        differences: failures,
    }
}

#[test]
fn the_provincial_reports_read_the_same_in_every_site_layout() {
    let Some(dir) = realworld() else { return };
    let set = dir.join("provincial-2026");
    let gold_text = std::fs::read_to_string(set.join("gold.jsonl")).expect("gold readable");
    let gold = parse_gold(&gold_text).expect("gold parses");
    let pages = pages(&set);
    assert_eq!(pages.len(), 31);
    let layouts = LAYOUTS;
    // Each page's body as a user's copy of its text (.txt) gives it.
    let copied: HashMap<&String, Vec<String>> = pages
        .iter()
        .map(|page| {
            let name = page.file.replace(".csv", ".txt");
            (
                &page.file,
                body(&import_file_as_user(&name, page.lines.join("\n").as_bytes())[0]),
            )
        })
        .collect();
    // One thread per layout: the suite's longest native test otherwise.
    let judged: Vec<Judged> = std::thread::scope(|scope| {
        let running: Vec<_> = layouts
            .iter()
            .map(|&layout| {
                let (gold, pages, copied) = (&gold, &pages, &copied);
                scope.spawn(move || judge_layout(layout, gold, pages, copied))
            })
            .collect();
        running
            .into_iter()
            .map(|j| j.join().expect("a layout judged"))
            .collect()
    });
    let mut failures = Vec::new();
    for j in &judged {
        // Printed lines change the text's lines, not only its markup: the
        // body is joined again by the lines' width (`clean/wrap.rs`), which
        // cannot tell every paragraph's end (a full line ending on a
        // sentence's end, with no indent to say a paragraph begins), so
        // only the gold's fields are asked of it, not the same paragraphs.
        if j.layout != PRINTED {
            failures.extend(j.differences.iter().cloned());
        }
        failures.extend(j.card.misses.iter().map(|m| format!("{}: {m}", j.layout)));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every layout, with the extension its file is saved with.
const LAYOUTS: [Layout; 8] = [
    ("portal", ".html", portal),
    ("tables of the 2000s", ".html", tables_of_the_2000s),
    ("editor's block", ".html", editors_block),
    (
        "pasted from a word processor",
        ".html",
        pasted_from_a_word_processor,
    ),
    ("links inside sentences", ".html", links_inside_sentences),
    (PRINTED, ".html", hard_wrapped),
    ("portal saved by Chrome", ".mhtml", portal_saved_by_chrome),
    (
        "tables saved by Internet Explorer",
        ".mht",
        tables_saved_by_internet_explorer,
    ),
];

/// A State Council report as a page of lines: its paragraphs (blocks the
/// wiki's blank lines set apart, its link breaks joined), its title only
/// in `<title>`, as a page whose headline is a picture gives it.
fn national_page(line: usize, record: &serde_json::Value) -> Page {
    Page {
        file: format!("national-{line}.csv"),
        province: "中华人民共和国".into(),
        title: record["title"].as_str().expect("a title").to_string(),
        lines: record["content"]
            .as_str()
            .expect("a content")
            .split("\n\n")
            .map(|block| block.replace('\n', "").trim().to_string())
            .filter(|block| !block.is_empty())
            .collect(),
    }
}

/// What a State Council report's lines give as a text file (`.txt`): its
/// headline where it shows one, and its headings.
struct AsText {
    headline: Option<String>,
    headings: Vec<String>,
}

/// One layout's misses over the State Council's reports: the gold year,
/// the national level, the report's headline (else the `<title>`) as the
/// title, and the headings the same lines give as text, but in printed
/// lines (see above).
fn judge_national_layout(
    (layout, extension, render): Layout,
    pages: &[(Page, &str)],
    copied: &[AsText],
    half: usize,
) -> Vec<String> {
    let mut misses = Vec::new();
    let every_other = pages.iter().zip(copied).skip(half).step_by(2);
    for ((page, year), as_text) in every_other {
        let name = page.file.replace(".csv", extension);
        let report = &import_file_as_user(&name, &render(page))[0];
        let got_year = report.date.as_ref().map(|d| d.value[..4].to_string());
        let level = report.region.as_ref().map(|r| r.level.label());
        if got_year.as_deref() != Some(*year) || level != Some("national") {
            misses.push(format!(
                "{layout}: {name}: {got_year:?} {level:?}, want {year}"
            ));
        }
        // Folded, as the reports of the 1950s are in traditional characters.
        let want_title = as_text.headline.as_deref().unwrap_or(&page.title);
        if fold_for_search(&report.title) != fold_for_search(want_title) {
            misses.push(format!("{layout}: {name}: title {:?}", report.title));
        }
        let headings: Vec<String> = report
            .sections
            .iter()
            .flat_map(|s| s.heading.clone())
            .collect();
        if layout != PRINTED && headings != as_text.headings {
            misses.push(format!("{layout}: {name}: headings differ from the text's"));
        }
    }
    let asked = if layout == PRINTED {
        "year, level and title"
    } else {
        "year, level, title and headings"
    };
    eprintln!(
        "national, {layout}: {} of {} with {asked}",
        pages.len() - misses.len().min(pages.len()),
        pages.len()
    );
    misses
}

#[test]
fn the_national_reports_read_the_same_in_every_site_layout() {
    let Some(dir) = realworld() else { return };
    let set = dir.join("national");
    let records = std::fs::read_to_string(set.join("government_work_reports.jsonl"))
        .expect("JSON Lines readable");
    let records: Vec<serde_json::Value> = records
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let gold = std::fs::read_to_string(set.join("gold.jsonl")).expect("gold readable");
    let gold: Vec<serde_json::Value> = gold
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a gold line"))
        .collect();
    let pages: Vec<(Page, &str)> = gold
        .iter()
        .map(|g| {
            let line = g["line"].as_u64().expect("a line number") as usize;
            (
                national_page(line, &records[line - 1]),
                g["year"].as_str().expect("a year"),
            )
        })
        .collect();
    assert!(pages.len() >= 50);
    // Each report's headline and headings as its lines give them in a
    // text file (a title derived from the first sentence is no headline).
    let copied: Vec<AsText> = pages
        .iter()
        .map(|(page, _)| {
            let text = page.lines.join("\n");
            let report =
                &import_file_as_user(&page.file.replace(".csv", ".txt"), text.as_bytes())[0];
            AsText {
                headline: (!report.title_is_derived).then(|| report.title.clone()),
                headings: report
                    .sections
                    .iter()
                    .flat_map(|s| s.heading.clone())
                    .collect(),
            }
        })
        .collect();
    let misses: Vec<String> = std::thread::scope(|scope| {
        // The pages saved as one file wrap the same markup in MIME: the
        // provincial test asks them; here they would only add time. To keep
        // CI short too, each layout reads every other report (from 1954 to
        // 2025 either way), so each report is read in three layouts.
        let running: Vec<_> = LAYOUTS
            .iter()
            .filter(|(_, extension, _)| *extension == ".html")
            .enumerate()
            .map(|(k, &layout)| {
                let (pages, copied) = (&pages, &copied);
                scope.spawn(move || judge_national_layout(layout, pages, copied, k % 2))
            })
            .collect();
        running
            .into_iter()
            .flat_map(|j| j.join().expect("a layout judged"))
            .collect()
    });
    assert!(misses.is_empty(), "{misses:#?}");
}
