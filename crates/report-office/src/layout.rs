//! From text placed on pages to lines of a report: shows grouped into
//! lines by position, page furniture dropped (running heads and feet that
//! repeat across pages, page numbers), and the lines of one paragraph
//! joined as a web page's would be, so the pipeline reads paragraphs.

use std::collections::HashMap;

/// One text show: where it starts (PDF units, y upwards) and its size.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub text: String,
}

/// A line of a page.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    start: f32,
    /// Where it ends, estimated from its characters.
    end: f32,
    y: f32,
    size: f32,
}

/// The width of `text` at `size`: CJK and full-width characters are an em
/// wide, others about half (glyph widths are not read).
pub fn estimated_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum::<f32>()
        * size
}

/// Lines of the whole document, furniture dropped, paragraphs joined.
pub fn page_lines(pages: Vec<Vec<Placed>>) -> Vec<String> {
    let mut pages: Vec<Vec<Line>> = pages.into_iter().map(lines_of).collect();
    drop_furniture(&mut pages);
    join_paragraphs(&pages)
}

fn lines_of(mut placed: Vec<Placed>) -> Vec<Line> {
    placed.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut rows: Vec<Vec<Placed>> = Vec::new();
    for p in placed {
        match rows.last_mut() {
            Some(row) if (row[0].y - p.y).abs() < 0.5 * row[0].size.min(p.size) => row.push(p),
            _ => rows.push(vec![p]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut end = row[0].x;
            for p in &row {
                let gap = p.x - end;
                let after_latin = text
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
                let before_latin = p
                    .text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
                if !text.is_empty() && gap > 1.5 * p.size {
                    // Apart like table cells: kept apart, so figures in
                    // neighbouring cells never run together.
                    text.push('\t');
                } else if after_latin && before_latin && gap > 0.15 * p.size {
                    text.push(' ');
                }
                text.push_str(&p.text);
                end = end.max(p.x + estimated_width(&p.text, p.size));
            }
            let size = row.iter().map(|p| p.size).fold(0.0, f32::max);
            Line {
                text: text.trim().to_string(),
                start: row[0].x,
                end,
                y: row[0].y,
                size,
            }
        })
        .filter(|l| !l.text.is_empty())
        .collect()
}

/// How many lines at the top and the bottom of a page may be furniture.
const EDGE_LINES: usize = 2;

/// A line's shape with its numbers blanked: "第 3 页" and "第 4 页" agree.
fn shape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// A page number as printed: "12", "- 12 -", "—12—", "第12页", "第 3 页 共 10 页",
/// "3/10", "Page 3 of 10".
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let rest: String = lower
        .replace("page", "")
        .replace("of", "")
        .chars()
        .filter(|c| !c.is_whitespace() && !"-—–－·/|()（）第页共".contains(*c))
        .collect();
    !rest.is_empty() && rest.len() <= 8 && rest.chars().all(|c| c.is_ascii_digit())
}

fn edge_indices(len: usize) -> impl Iterator<Item = usize> {
    let top = 0..EDGE_LINES.min(len);
    let bottom = len.saturating_sub(EDGE_LINES).max(EDGE_LINES.min(len))..len;
    top.chain(bottom)
}

/// Where a line sits on its page, to a few units: running heads and feet
/// are drawn at the same place on every page, repeated body lines are not.
fn place_of(line: &Line) -> (String, i32) {
    (shape(&line.text), (line.y / 4.0).round() as i32)
}

/// Drops page numbers at a page's top or bottom, and lines there whose
/// shape recurs at the same place on at least half the pages (two at
/// least).
fn drop_furniture(pages: &mut [Vec<Line>]) {
    let mut seen: HashMap<(String, i32), usize> = HashMap::new();
    for page in pages.iter() {
        let mut places: Vec<(String, i32)> = edge_indices(page.len())
            .map(|i| place_of(&page[i]))
            .collect();
        places.sort();
        places.dedup();
        for place in places {
            *seen.entry(place).or_default() += 1;
        }
    }
    let repeats = (pages.len() / 2).max(2);
    for page in pages.iter_mut() {
        let furniture: Vec<usize> = edge_indices(page.len())
            .filter(|&i| {
                is_page_number(&page[i].text)
                    || seen.get(&place_of(&page[i])).is_some_and(|n| *n >= repeats)
            })
            .collect();
        for i in furniture.into_iter().rev() {
            page.remove(i);
        }
    }
}

/// The left margin of a page's text: its most common line start, table
/// rows aside (a table is often indented).
fn left_margin(page: &[Line]) -> f32 {
    let mut starts: HashMap<i32, usize> = HashMap::new();
    for line in page.iter().filter(|l| !l.text.contains('\t')) {
        *starts.entry(line.start.round() as i32).or_default() += 1;
    }
    starts
        .into_iter()
        .max_by_key(|(x, n)| (*n, -x))
        .map_or(0.0, |(x, _)| x as f32)
}

/// The right edge of the text: where the longest lines end, over the
/// whole document (a last page may hold only short lines), ignoring the
/// few whose estimate runs long.
fn right_edge(pages: &[Vec<Line>]) -> f32 {
    let mut ends: Vec<f32> = pages.iter().flatten().map(|l| l.end).collect();
    ends.sort_by(f32::total_cmp);
    ends.get(ends.len().saturating_sub(1) * 95 / 100)
        .copied()
        .unwrap_or(0.0)
}

/// Marks that end a sentence, or a heading's or list item's lead-in.
const SENTENCE_ENDS: [char; 8] = ['。', '！', '？', '；', '：', '.', '!', '?'];

/// A line continues the paragraph before it when that one ran to the
/// right edge and this one starts at the margin (no indent), at the same
/// size, close below it or at the top of the next page.
fn join_paragraphs(pages: &[Vec<Line>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut previous: Option<&Line> = None;
    let right = right_edge(pages);
    for page in pages {
        let left = left_margin(page);
        for (i, line) in page.iter().enumerate() {
            let continues = previous.is_some_and(|before| {
                // Ran to the edge; or nearly, and broken mid-sentence (a
                // line broken before a number that did not fit).
                let full = before.end >= right - 2.0 * before.size
                    || before.end - left >= 0.8 * (right - left)
                        && !before.text.ends_with(SENTENCE_ENDS);
                let flush = (line.start - left).abs() < 0.5 * line.size;
                let same_size = (line.size - before.size).abs() < 0.15 * before.size;
                let close = i == 0 || before.y - line.y < 2.2 * line.size;
                full && flush
                    && same_size
                    && close
                    && !line.text.contains('\t')
                    && !before.text.contains('\t')
            });
            match out.last_mut() {
                Some(last) if continues => join_broken(last, &line.text),
                _ => out.push(line.text.clone()),
            }
            previous = Some(line);
        }
    }
    out
}

/// CJK text joins directly; Latin words or numbers keep a space.
fn join_broken(left: &mut String, right: &str) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(left.chars().last()) && latin(right.chars().next()) {
        left.push(' ');
    }
    left.push_str(right);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(x: f32, y: f32, text: &str) -> Placed {
        Placed {
            x,
            y,
            size: 10.0,
            text: text.to_string(),
        }
    }

    /// A page of 20-character lines at x 50 (so the right edge is 250),
    /// a running head at the top and a page number at the foot.
    fn page(n: usize, body: &[(f32, &str)]) -> Vec<Placed> {
        let mut shows = vec![
            placed(50.0, 800.0, "某县人民政府公报"),
            placed(140.0, 40.0, &format!("- {n} -")),
        ];
        let mut y = 700.0;
        for (x, text) in body {
            shows.push(placed(*x, y, text));
            y -= 15.0;
        }
        shows
    }

    #[test]
    fn drops_running_heads_and_page_numbers_and_joins_paragraph_lines() {
        let pages = vec![
            page(
                1,
                &[
                    (50.0, "一、总体情况"),
                    (70.0, "全年地区生产总值增长百分之六点五，"),
                    (50.0, "比上年提高一点二个百分点，其中第一产业"),
                ],
            ),
            page(2, &[(50.0, "增加值增长百分之四。")]),
            page(3, &[(50.0, "二、主要工作")]),
        ];
        let lines = page_lines(pages);
        assert_eq!(
            lines,
            [
                "一、总体情况",
                "全年地区生产总值增长百分之六点五，比上年提高一点二个百分点，其中第一产业增加值增长百分之四。",
                "二、主要工作",
            ]
        );
    }

    #[test]
    fn keeps_table_cells_apart() {
        let row = vec![
            placed(50.0, 500.0, "地区生产总值"),
            placed(200.0, 500.0, "1234.5"),
            placed(300.0, 500.0, "6.5"),
        ];
        assert_eq!(page_lines(vec![row]), ["地区生产总值\t1234.5\t6.5"]);
    }

    #[test]
    fn page_number_shapes() {
        for n in [
            "12",
            "- 12 -",
            "—12—",
            "第12页",
            "第 3 页 共 10 页",
            "3/10",
            "Page 3 of 10",
        ] {
            assert!(is_page_number(n), "{n}");
        }
        for n in ["2023年", "一、总体情况", "6.5%", ""] {
            assert!(!is_page_number(n), "{n}");
        }
    }
}
