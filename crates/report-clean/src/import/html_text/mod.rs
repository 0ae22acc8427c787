//! A saved web page read with a real HTML parser (scraper, on html5ever):
//! its text one block per line, the lines its structure marks as page
//! furniture, and the metadata the page states about itself.
//!
//! Never a DOM in the browser: the page is parsed as data, so nothing in it
//! can run. Scripts, styles and other non-text elements are dropped whole;
//! attributes are read only for what they say (meta tags, class names).

use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

mod furniture_marks;

use super::embedded::{article_in_script_data, embedded_markup, has_prose, shown_in_place};
use super::html_meta::{logo_lines, stated_metadata};
use super::page_address::{page_address_date, word_author_office, word_created_date};
use super::Given;
use crate::clean::metadata::is_bare_label;
use furniture_marks::{class_and_id, furniture_of, own_text, wraps_the_page};
use report_core::text::fold::{is_han, loose};
use report_core::text::layout::has_sentence_end;
use report_core::NoiseKind;

/// Elements whose content is not text a reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "noframes", "template", "head", "svg", "math", "iframe",
    "object", "canvas", "select", "button", "title",
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
    /// 1-based lines the markup names as a picture's caption (`<figcaption>`).
    pub captions: Vec<usize>,
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
    if !has_prose(&lines.done.join("\n")) {
        lines = Lines {
            read_noscript: true,
            ..Lines::default()
        };
        walk(doc.root_element(), &mut lines, Place::default());
    }
    if !has_prose(&lines.done.join("\n")) {
        if let Some(markup) = article_in_script_data(&doc) {
            lines = Lines::default();
            walk(
                Html::parse_document(&markup).root_element(),
                &mut lines,
                Place::default(),
            );
        }
    }
    let headings = std::mem::take(&mut lines.headings);
    let captions = std::mem::take(&mut lines.captions);
    let (text, mut furniture) = lines.finish();
    for logo in logo_lines(&doc, &text, &headings) {
        if !furniture.iter().any(|(n, _)| *n == logo) {
            furniture.push((logo, NoiseKind::Advertising));
        }
    }
    furniture.sort_by_key(|(n, _)| *n);
    let mut given = stated_metadata(&doc, &text, &furniture, &headings);
    given.date_if_none = page_address_date(&doc, html).or_else(|| word_created_date(html));
    given.source_if_none = word_author_office(html);
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
        captions,
    }
}

/// Where in the page a piece of text stands.
#[derive(Debug, Default, Clone, Copy)]
struct Place {
    preformatted: bool,
    in_link: bool,
    furniture: Option<NoiseKind>,
    /// Inside a data table's cell: its one paragraph is the cell's text.
    in_data_cell: bool,
}

/// Words of class names and ids that name a picture, and those that name
/// the words under it (`pic-title`, `img_desc`, `photo-txt`).
const PICTURE_CLASS_WORDS: [&str; 4] = ["pic", "img", "image", "photo"];
const CAPTION_CLASS_WORDS: [&str; 7] = ["title", "tit", "txt", "text", "desc", "caption", "note"];

/// A block that names itself a picture's caption by its class or id (a
/// picture's word and a caption's, `<p class="pic-title">`, or `caption`
/// alone) beside a picture: the element right before or after it is an
/// `<img>` or an inline element holding one. As a
/// `<figcaption>` does, its lines are the picture's caption.
fn names_a_caption(element: ElementRef) -> bool {
    let e = element.value();
    let names = class_and_id(e);
    let has = |words: &[&str]| words.iter().any(|w| names.contains(w));
    let named =
        (has(&PICTURE_CLASS_WORDS) && has(&CAPTION_CLASS_WORDS)) || names.contains("caption");
    // The picture itself, or an inline element holding it (`<a><img></a>`):
    // a block beside it is another picture's, or the text's.
    let holds_picture = |sibling: Option<ElementRef>| {
        sibling.is_some_and(|s| {
            !BLOCKS.contains(&s.value().name())
                && s.descendants()
                    .any(|n| n.value().as_element().is_some_and(|e| e.name() == "img"))
        })
    };
    let before = element.prev_siblings().find_map(ElementRef::wrap);
    let after = element.next_siblings().find_map(ElementRef::wrap);
    named && BLOCKS.contains(&e.name()) && (holds_picture(before) || holds_picture(after))
}

fn walk(element: ElementRef, out: &mut Lines, place: Place) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.text(text, place),
            Node::Element(e) => {
                let name = e.name();
                let Some(child_element) = ElementRef::wrap(child) else {
                    continue;
                };
                if let Some(shown) = shown_in_place(child_element) {
                    out.text(&shown, place);
                    continue;
                }
                if let Some(markup) = embedded_markup(child_element, out.read_noscript) {
                    out.break_line();
                    // Its boxes weigh against its own text, not the page's.
                    let page_own_text = out.page_own_text.take();
                    walk(Html::parse_document(&markup).root_element(), out, place);
                    out.page_own_text = page_own_text;
                    out.break_line();
                    continue;
                }
                if SKIPPED.contains(&name) || is_hidden_inline(e) {
                    continue;
                }
                let column = is_column_cell(child_element);
                let inner = Place {
                    preformatted: place.preformatted || name == "pre",
                    in_link: place.in_link || name == "a",
                    furniture: place.furniture.or_else(|| {
                        furniture_of(e)
                            .filter(|_| !wraps_the_page(child_element, out.page_own_text(element)))
                    }),
                    in_data_cell: place.in_data_cell
                        || (matches!(name, "td" | "th")
                            && !column
                            && has_a_cell_beside(child_element)),
                };
                let paragraph_in_cell = place.in_data_cell && CELL_PARAGRAPHS.contains(&name);
                let block = (BLOCKS.contains(&name) && !paragraph_in_cell) || column;
                if block {
                    out.break_line();
                } else {
                    out.inline_boundary = true;
                }
                let lines_before = out.done.len();
                walk(child_element, out, inner);
                if block {
                    out.break_line();
                } else {
                    out.inline_boundary = true;
                }
                if (name == "figcaption" || names_a_caption(child_element))
                    && inner.furniture.is_none()
                {
                    out.captions.extend(lines_before + 1..=out.done.len());
                }
                if let Some(level) = heading_level(name).filter(|_| inner.furniture.is_none()) {
                    out.join_broken_heading(lines_before);
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

/// An inline element the page hides (`<span style="display:none">ab3x</span>`,
/// `<font style="DISPLAY: none">`, `hidden`): letters a site slips between
/// a sentence's words against copying, which no reader sees. A hidden
/// block (a tab's panel, a collapsed rest of an article) is left to the
/// rules that read blocks.
fn is_hidden_inline(element: &Element) -> bool {
    if BLOCKS.contains(&element.name()) {
        return false;
    }
    let style: String = element
        .attr("style")
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    element.attr("hidden").is_some()
        || style.contains("display:none")
        || style.contains("visibility:hidden")
}

/// The paragraph a word processor wraps each table cell's text in
/// (`<td><p class="MsoNormal">地区生产总值</p></td>`).
const CELL_PARAGRAPHS: &[&str] = &["p", "div", "center"];

/// A table cell that holds lines of its own (a `<br>`, a nested table, two
/// paragraphs or boxes) is a column of the page's layout, as an old site
/// sets its side box beside its content: it stands apart from the cell
/// beside it. A data row's cells (`发布时间 | 2022-03-01`, a word
/// processor's `<td><p>558.2</p></td>`) stay one line.
fn is_column_cell(cell: ElementRef) -> bool {
    if !matches!(cell.value().name(), "td" | "th") {
        return false;
    }
    let elements = || cell.descendants().filter_map(|n| n.value().as_element());
    let holds_lines = elements().any(|e| matches!(e.name(), "br" | "table" | "tr" | "hr"));
    let paragraphs = cell
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| BLOCKS.contains(&e.value().name()))
        .filter(|e| {
            !e.descendants()
                .skip(1)
                .filter_map(|n| n.value().as_element())
                .any(|d| BLOCKS.contains(&d.name()))
        })
        .count();
    holds_lines || paragraphs >= 2
}

/// Whether a cell shares its row with another cell.
fn has_a_cell_beside(cell: ElementRef) -> bool {
    cell.prev_siblings()
        .chain(cell.next_siblings())
        .filter_map(|n| n.value().as_element())
        .any(|e| matches!(e.name(), "td" | "th"))
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
    /// Lines of a `<figcaption>` outside furniture, 1-based.
    captions: Vec<usize>,
    /// An inline element opened or closed since the last text.
    inline_boundary: bool,
    /// Read what a `<noscript>` holds (the page shows no prose without it).
    read_noscript: bool,
    /// The document's own text (Han characters outside links), counted the
    /// first time a box named furniture asks whether it wraps the page.
    page_own_text: Option<usize>,
}

/// Longest part of a headline a `<br>` breaks.
const HEADING_PART_MAX_CHARS: usize = 30;

/// Longest label of a page's info field (`发布时间`, `信息来源`, `浏览次数`).
const FIELD_LABEL_MAX_CHARS: usize = 6;

/// Text opening on a field's label: a few Han characters and a colon,
/// the label one the metadata reads (`发布时间`, `信息来源`, `浏览次数`), not
/// words of a sentence before its colon (`下工作：`).
fn opens_with_field_label(text: &str) -> bool {
    let text = text.trim_start();
    let label: String = text.chars().take_while(|c| is_han(*c)).collect();
    (2..=FIELD_LABEL_MAX_CHARS).contains(&label.chars().count())
        && matches!(text.chars().nth(label.chars().count()), Some('：' | ':'))
        && is_bare_label(&label)
}

/// Longest value of an info field (`2024-01-22 08:30:15`, a publisher's name).
const FIELD_VALUE_MAX_CHARS: usize = 24;

/// A line of info fields so far, ending on a field's value: it opens on a
/// label and its last value is short, with no clause marks. A sentence
/// that an inline run cuts before words and a colon (`把握好5<span>个方面：`,
/// `抓好以<a>下工作：`) is none.
fn ends_on_a_field_value(line: &str) -> bool {
    let value = line.rsplit(['：', ':']).next().unwrap_or_default().trim();
    opens_with_field_label(line)
        && (1..=FIELD_VALUE_MAX_CHARS).contains(&value.chars().count())
        && !value.contains(['，', '。', '；', '、', ',', ';'])
}

impl Lines {
    /// The own text of the document `inside` belongs to.
    fn page_own_text(&mut self, inside: ElementRef) -> usize {
        *self.page_own_text.get_or_insert_with(|| {
            let root = inside.ancestors().filter_map(ElementRef::wrap).last();
            own_text(root.unwrap_or(inside))
        })
    }

    fn text(&mut self, raw: &str, place: Place) {
        // A browser's text runs inline elements together, as a sentence's
        // `<a>` or `<strong>` must; but a page's info fields set side by
        // side (`<span>发布时间：…</span><span>来源：…</span>`) are fields
        // apart: a label right after a field's value opens another.
        if std::mem::take(&mut self.inline_boundary)
            && opens_with_field_label(raw)
            && ends_on_a_field_value(&self.current)
        {
            self.current.push(' ');
        }
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

    /// A headline a `<br>` sets over two or three lines
    /// (`<h1>某某市某某区<br>2024年政府工作报告</h1>`) is one line: the break
    /// is the layout's, as a title printed over two lines is one title.
    fn join_broken_heading(&mut self, first: usize) {
        let parts = &self.done[first..];
        let joinable = (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| p.chars().count() <= HEADING_PART_MAX_CHARS && !has_sentence_end(p))
            && !self.furniture.iter().any(|(n, _)| *n > first);
        if joinable {
            let joined = self
                .done
                .drain(first..)
                .fold(String::new(), |mut all, part| {
                    let part = part.trim();
                    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                    if latin(all.chars().last()) && latin(part.chars().next()) {
                        all.push(' ');
                    }
                    all.push_str(part);
                    all
                });
            self.done.push(joined);
        }
    }

    fn finish(mut self) -> (String, Vec<(usize, NoiseKind)>) {
        self.break_line();
        let mut text = self.done.join("\n");
        text.push('\n');
        (text, self.furniture)
    }
}

#[cfg(test)]
mod tests;
