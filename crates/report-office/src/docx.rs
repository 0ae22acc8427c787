//! Word (.docx): a ZIP archive of XML parts. The body (`word/document.xml`)
//! becomes one line per paragraph and per table row; a heading's number
//! from Word's numbering (一、 （一） 1.) is written before its text, as a
//! typed report would have it, so the pipeline finds the same headings;
//! the core properties (`docProps/core.xml`) give title, dates and author.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use report_clean::import::{DocumentProblem, Extracted, Given, Rejection};
use report_core::Format;
use roxmltree::{Document, Node};

use crate::numbering::{Counters, Numbering};
use crate::properties::{plausible_date, plausible_source, plausible_title};

/// What an XML part may grow to when inflated: far more than any report,
/// little enough that a ZIP bomb cannot exhaust a phone's memory.
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn damaged(detail: impl ToString) -> Rejection {
    Rejection::Document {
        problem: DocumentProblem::DamagedZip {
            detail: detail.to_string(),
        },
    }
}

/// The text and stated properties of a .docx. `Ok(None)` when the archive
/// is readable but holds no Word body (another kind of ZIP).
pub fn extract(bytes: &[u8]) -> Result<Option<Extracted>, Rejection> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let Some(body) = read_part(&mut archive, "word/document.xml")? else {
        return Ok(None);
    };
    let styles = read_part(&mut archive, "word/styles.xml")?;
    let numbering = read_part(&mut archive, "word/numbering.xml")?;
    let core = read_part(&mut archive, "docProps/core.xml")?;
    let styles = styles.as_deref().map(parse).transpose()?;
    let numbering = numbering.as_deref().map(parse).transpose()?;
    let headings = styles.as_ref().map(heading_styles).unwrap_or_default();
    let numbering = numbering.as_ref().map(Numbering::read).unwrap_or_default();
    let body = parse(&body)?;
    let mut lines = Lines {
        out: Vec::new(),
        headings: &headings,
        numbering: &numbering,
        counters: Counters::default(),
    };
    if let Some(body) = child(body.root_element(), "body") {
        lines.blocks(body);
    }
    let given = core
        .as_deref()
        .map(parse)
        .transpose()?
        .map(|doc| core_properties(&doc))
        .unwrap_or_default();
    Ok(Some(Extracted {
        format: Format::Docx,
        text: lines.out.join("\n"),
        given,
    }))
}

fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, Rejection> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(damaged(e)),
    };
    let mut text = String::new();
    file.take(MAX_PART_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| damaged(format!("{name}: {e}")))?;
    Ok(Some(text))
}

fn parse(xml: &str) -> Result<Document<'_>, Rejection> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    Document::parse_with_options(xml, options).map_err(damaged)
}

fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(*n, name))
}

fn val<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

/// Style id → outline level (0 = top) of the styles that are headings: by
/// an outline level, else by the built-in name ("heading 2"), following
/// `basedOn` for styles derived from one.
fn heading_styles(styles: &Document) -> HashMap<String, u8> {
    let mut own = HashMap::new();
    let mut based_on = HashMap::new();
    for style in styles.root_element().children().filter(|n| is(*n, "style")) {
        let Some(id) = style.attribute((W, "styleId")) else {
            continue;
        };
        let outline = child(style, "pPr")
            .and_then(|p| child(p, "outlineLvl"))
            .and_then(val)
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|level| *level < 9);
        let by_name = child(style, "name")
            .and_then(val)
            .and_then(|name| {
                name.to_ascii_lowercase()
                    .strip_prefix("heading ")?
                    .parse::<u8>()
                    .ok()
            })
            .and_then(|n| n.checked_sub(1));
        if let Some(level) = outline.or(by_name) {
            own.insert(id.to_string(), level);
        }
        if let Some(base) = child(style, "basedOn").and_then(val) {
            based_on.insert(id.to_string(), base.to_string());
        }
    }
    let mut levels = own.clone();
    for id in based_on.keys() {
        let mut current = id;
        // A chain of derived styles, cut short if it loops.
        for _ in 0..8 {
            if let Some(level) = own.get(current) {
                levels.entry(id.clone()).or_insert(*level);
                break;
            }
            match based_on.get(current) {
                Some(base) => current = base,
                None => break,
            }
        }
    }
    levels
}

struct Lines<'a> {
    out: Vec<String>,
    headings: &'a HashMap<String, u8>,
    numbering: &'a Numbering,
    counters: Counters,
}

impl Lines<'_> {
    fn blocks(&mut self, parent: Node) {
        for node in parent.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "p" => self.paragraph(node),
                "tbl" => self.table(node),
                // Content controls and tracked insertions wrap blocks.
                "sdt" | "sdtContent" | "customXml" | "ins" => self.blocks(node),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: Node) {
        let properties = child(p, "pPr");
        let style = properties.and_then(|pr| child(pr, "pStyle")).and_then(val);
        let outline = properties
            .and_then(|pr| child(pr, "outlineLvl"))
            .and_then(val)
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|level| *level < 9);
        let heading = outline.or_else(|| style.and_then(|s| self.headings.get(s).copied()));
        let mut text = String::new();
        runs_text(p, &mut text);
        let number = properties
            .and_then(|pr| child(pr, "numPr"))
            .and_then(|num| {
                let id = child(num, "numId").and_then(val)?;
                let level = child(num, "ilvl")
                    .and_then(val)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                Some((id.to_string(), level))
            });
        let label = number
            .and_then(|(id, level)| self.counters.next(self.numbering, &id, level))
            .unwrap_or_default();
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        // A numbered heading keeps its number as typed text would; a
        // numbered list item too (①, 1.), a bullet does not.
        let line =
            if label.is_empty() || heading.is_none() && !label.chars().any(char::is_alphanumeric) {
                text.to_string()
            } else {
                format!("{label}{text}")
            };
        self.out.push(line);
    }

    /// One line per row, cells apart (a tab), so figures in neighbouring
    /// cells never run together.
    fn table(&mut self, table: Node) {
        for row in table.children().filter(|n| is(*n, "tr")) {
            let cells: Vec<String> = row
                .children()
                .filter(|n| is(*n, "tc"))
                .map(|cell| {
                    let mut text = String::new();
                    for p in cell.descendants().filter(|n| is(*n, "p")) {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        runs_text(p, &mut text);
                    }
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                })
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                self.out.push(cells.join("\t"));
            }
        }
    }
}

/// A paragraph's visible text: runs, tabs and breaks; not deleted text,
/// field codes, or text boxes' own paragraphs (rare in reports).
fn runs_text(p: Node, out: &mut String) {
    for node in p.children().filter(Node::is_element) {
        match node.tag_name().name() {
            "t" => out.push_str(node.text().unwrap_or("")),
            "tab" => out.push(' '),
            "br" | "cr" => out.push(' '),
            "noBreakHyphen" => out.push('-'),
            "del" | "instrText" | "delText" | "txbxContent" | "pict" | "drawing" | "pPr"
            | "rPr" => {}
            _ => runs_text(node, out),
        }
    }
}

/// Title, a date and the author from `docProps/core.xml`, each only when
/// plausible (not "Microsoft Word - x.doc", not a template's 1601 date,
/// not "Administrator").
fn core_properties(core: &Document) -> Given {
    let field = |name: &str| {
        core.root_element()
            .children()
            .find(|n| is(*n, name))
            .and_then(|n| n.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    Given {
        title_if_none: None,
        date_if_none: None,
        site_owner: None,
        source_if_none: None,
        title: field("title").and_then(plausible_title),
        date: field("created")
            .and_then(plausible_date)
            .or_else(|| field("modified").and_then(plausible_date)),
        year: None,
        region: None,
        source: field("creator").and_then(plausible_source),
        fills_gaps: true,
    }
}
