//! Text wrapped at a printed width: a PDF or a printed page copied as text
//! breaks every line of a paragraph but its last at one width (公文 print 28
//! characters a line). Read from the lines' widths, so the body joins such
//! lines back into their paragraphs instead of taking each for a heading.
//! Some tools wrap at a count of characters instead, a digit counting as a
//! character (every line exactly 30 characters, its width varying with its
//! digits): where that count fills more lines than any width, the text was
//! wrapped by it.

use report_core::text::layout::{
    display_width, ends_sentence, has_sentence_end, opens_with_outline_number, Line,
};

/// Lines narrower than this (in half-width columns) say nothing of a
/// wrapping width: headings, captions, a paragraph's last line.
const WRAP_MIN_WIDTH: usize = 20;
/// A line this close to the wrapping width fills it.
const WRAP_SLACK: usize = 3;
/// Lines needed at the width before the text is read as wrapped.
const WRAP_MIN_FULL_LINES: usize = 6;
/// A paragraph's indent, two full-width spaces, in columns.
const INDENT_WIDTH: usize = 4;

/// How a text's lines are measured against the width they were wrapped at:
/// in printed columns (a Han character two, a digit one), or in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Columns,
    Chars,
}

impl Measure {
    /// How long a line is, its indent included.
    fn of(self, line: &Line) -> usize {
        let indent = if line.indented { INDENT_WIDTH } else { 0 };
        match self {
            Measure::Columns => display_width(&line.text) + indent,
            Measure::Chars => line.chars() + indent / 2,
        }
    }

    /// How far under the width a line may end and still fill it (a
    /// character count cuts at the count, give or take a mark kept off a
    /// line's start).
    fn slack(self) -> usize {
        match self {
            Measure::Columns => WRAP_SLACK,
            Measure::Chars => 1,
        }
    }

    /// Lines shorter than this say nothing of a wrapping width.
    fn min_width(self) -> usize {
        match self {
            Measure::Columns => WRAP_MIN_WIDTH,
            Measure::Chars => WRAP_MIN_WIDTH / 2,
        }
    }
}

/// The width the text was wrapped at, how it is measured, and whether its
/// paragraphs start with an indent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wrap {
    width: usize,
    measure: Measure,
    indents: bool,
}

impl Wrap {
    /// How the lines were wrapped, if they were: at least half the lines of
    /// some width fill one width, and hardly any is wider; lines of web
    /// text, one a paragraph, vary far too much for that. Paragraphs are
    /// marked by their indent where most full lines have none. Measured in
    /// printed columns, or in characters where a count of characters fills
    /// more lines.
    pub(crate) fn read(lines: &[Line]) -> Option<Wrap> {
        let by_columns = Self::read_by(lines, Measure::Columns);
        let by_chars = Self::read_by(lines, Measure::Chars);
        match (by_columns, by_chars) {
            (Some((_, columns)), Some((wrap, chars))) if chars > columns => Some(wrap),
            (None, Some((wrap, _))) => Some(wrap),
            (by_columns, _) => by_columns.map(|(wrap, _)| wrap),
        }
    }

    /// The wrap read in one measure, and how many lines fill its width.
    fn read_by(lines: &[Line], measure: Measure) -> Option<(Wrap, usize)> {
        let widths: Vec<usize> = lines
            .iter()
            .map(|l| measure.of(l))
            .filter(|w| *w >= measure.min_width())
            .collect();
        // Lines by width, so that each width is weighed once (a long text
        // has thousands of lines but few widths).
        let mut by_width: std::collections::BTreeMap<usize, usize> = Default::default();
        for w in &widths {
            *by_width.entry(*w).or_default() += 1;
        }
        let filling = |width: usize| -> usize {
            by_width
                .range(width.saturating_sub(measure.slack())..=width)
                .map(|(_, n)| n)
                .sum()
        };
        // The widest of the widths most lines fill.
        let width = by_width.keys().copied().max_by_key(|w| (filling(*w), *w))?;
        let full = filling(width);
        let wider = widths.iter().filter(|w| **w > width + 1).count();
        if full < WRAP_MIN_FULL_LINES || full * 2 < widths.len() || wider * 20 > widths.len() {
            return None;
        }
        let wrap = Wrap {
            width,
            measure,
            indents: false,
        };
        let full_lines: Vec<&Line> = lines.iter().filter(|l| wrap.fills(l)).collect();
        let indents = full_lines.iter().filter(|l| !l.indented).count() * 2 > full_lines.len()
            && lines.iter().any(|l| l.indented);
        Some((Wrap { indents, ..wrap }, full))
    }

    /// A line that fills the width runs on into the next one: mid-sentence
    /// always; at a sentence's end, where paragraphs are marked by their
    /// indent and the next line has none.
    pub(crate) fn runs_on(&self, line: &Line, next: Option<&Line>) -> bool {
        self.fills(line)
            && (!ends_sentence(&line.text) || self.indents && next.is_some_and(|n| !n.indented))
    }

    /// The width, in the measure the lines were wrapped by.
    pub(crate) fn width(&self) -> usize {
        match self.measure {
            Measure::Columns => self.width,
            Measure::Chars => self.width * 2,
        }
    }

    /// The line is as wide as the width, give or take the slack.
    pub(crate) fn fills(&self, line: &Line) -> bool {
        self.measure.of(line) + self.measure.slack() >= self.width
    }
}

/// Fewest characters of a line of wrapped prose read so without a width.
const WRAPPED_PROSE_MIN_CHARS: usize = 24;
/// Fewest clause marks in it: a sentence's clauses, not a heading's pair.
const WRAPPED_PROSE_MIN_PAUSES: usize = 2;
/// How many characters the next line's length may differ from it.
const WRAPPED_PROSE_SLACK_CHARS: usize = 3;

/// Fewest other lines of the page cut as long as the line or longer (not
/// wider by half), no sentence ended at their end: the page's width, not a
/// heading's chance length.
const CUT_LINES_AS_LONG_MIN: usize = 2;
/// At most one line in this many of a narrow page's lines as long as
/// [`WRAPPED_PROSE_MIN_CHARS`] is wider by half than the cut line.
const NARROW_PAGE_LONG_LINES_PER: usize = 4;

/// `2016年以来，全县上下以…为指导，深入贯彻新` over `发展理念，认真落实…。`: a
/// short line of a narrow printed page (a PDF's text, its width too uneven
/// to be read as [`Wrap`]) cut mid-sentence: its clauses set apart by
/// commas, no sentence ended in it, no outline number before it, and the
/// very next line as long, give or take a few characters, a sentence ended
/// in it, and no heading of its own (a run of slogans one a line, none
/// ended, stays lines of their own). A heading over a paragraph (`坚持稳中求进，推动高质量发展` over
/// a line of a paragraph as long) holds one pause, not the clauses of a
/// sentence; one over a web page's paragraph is far shorter than that line.
/// A web page's heading over a one-line paragraph as long as it stays a
/// heading: so the next line ends its sentence there (no wrapped line
/// running on past it, `…增长12%。工业`; a converter's stray Latin
/// letters after its end aside, `…任务。heK`), the page is narrow, its lines
/// as long as the cut one short lines all but a few, and two other lines
/// or more are cut as long as it (the page's width). Only right under a
/// numbered heading, whose second line it would be read as: after a
/// paragraph's end, an unnumbered heading as wide as the page over a
/// paragraph of one line stays a heading.
pub(crate) fn is_line_of_wrapped_prose(lines: &[Line], i: usize) -> bool {
    let (Some(line), Some(next)) = (lines.get(i), lines.get(i + 1)) else {
        return false;
    };
    let pauses = line
        .text
        .chars()
        .filter(|c| matches!(c, '，' | ',' | '、' | '；' | ';'))
        .count();
    let under_heading = i
        .checked_sub(1)
        .and_then(|h| lines.get(h))
        .is_some_and(|h| h.is_short() && opens_with_outline_number(&h.text));
    under_heading
        && next.number == line.number + 1
        && line.chars() >= WRAPPED_PROSE_MIN_CHARS
        && pauses >= WRAPPED_PROSE_MIN_PAUSES
        && !has_sentence_end(&line.text)
        && !opens_with_outline_number(&line.text)
        && !opens_with_outline_number(&next.text)
        && ends_sentence(
            next.text
                .trim_end_matches(|c: char| c.is_ascii_alphabetic()),
        )
        && next.chars().abs_diff(line.chars()) <= WRAPPED_PROSE_SLACK_CHARS
        && is_narrow_page(lines, line)
        && lines
            .iter()
            .enumerate()
            .filter(|&(j, l)| {
                j != i
                    && j != i + 1
                    && !ends_sentence(&l.text)
                    && !opens_with_outline_number(&l.text)
                    && l.chars() + WRAPPED_PROSE_SLACK_CHARS >= line.chars()
                    && !is_wider(l, line)
            })
            .count()
            >= CUT_LINES_AS_LONG_MIN
}

/// No more than one in [`NARROW_PAGE_LONG_LINES_PER`] of the lines as long
/// as [`WRAPPED_PROSE_MIN_CHARS`] is wider than the cut `line` by half
/// (a web page's paragraphs are lines of a hundred characters and more).
fn is_narrow_page(lines: &[Line], line: &Line) -> bool {
    let full = lines
        .iter()
        .filter(|l| l.chars() >= WRAPPED_PROSE_MIN_CHARS);
    let (wide, all) = full.fold((0, 0), |(wide, all), l| {
        (wide + usize::from(is_wider(l, line)), all + 1)
    });
    wide * NARROW_PAGE_LONG_LINES_PER <= all
}

/// `l` longer than `line` by more than half its length.
fn is_wider(l: &Line, line: &Line) -> bool {
    2 * l.chars() > 3 * line.chars()
}

/// A line broken before its figure (`…地区生产总值完成380.6亿元，增长` over
/// `6.1%；…`), as a PDF copy breaks lines wherever the page ran out: no
/// heading or paragraph opens on a number with its decimal, `%` or 万/亿,
/// so the line runs on into the next however short it is.
pub(crate) fn broken_before_figure(text: &str, next: Option<&Line>) -> bool {
    let Some(next) = next else { return false };
    let mut rest = next
        .text
        .trim_start()
        .chars()
        .skip_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c));
    let opens_on_figure = next
        .text
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && match rest.next() {
            Some('.' | '．') => rest
                .next()
                .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)),
            Some(c) => matches!(c, '%' | '％' | '‰' | '万' | '亿'),
            None => false,
        };
    opens_on_figure && !ends_sentence(text) && !next_item(text, &next.text)
}

/// `2.2023年…` under `附件：1.名词解释`: the next item of a numbered list
/// (its number one more than the line above opens on, after a label), not
/// a decimal the page broke before.
fn next_item(text: &str, next: &str) -> bool {
    let item_number = |t: &str| -> Option<u32> {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        let after = t[digits.len()..].chars().next();
        matches!(after, Some('.' | '．' | '、'))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let above = text
        .rsplit_once(['：', ':'])
        .map_or(text, |(_, v)| v)
        .trim_start();
    // `2.5%` under `1.…增长` is a rate broken off, whatever the line above.
    let fraction_then = next
        .trim_start()
        .chars()
        .skip_while(char::is_ascii_digit)
        .skip(1)
        .find(|c| !c.is_ascii_digit());
    let a_measure = matches!(fraction_then, Some('%' | '％' | '‰' | '万' | '亿' | '元'));
    match (item_number(above), item_number(next.trim_start())) {
        (Some(n), Some(m)) => m == n + 1 && !a_measure,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::body::{structure_body, Body, Known};
    use report_core::text::layout::read_lines;

    /// `paragraphs` wrapped at `width` columns as a PDF prints them: each
    /// paragraph's first line indented by two full-width spaces (or not),
    /// headings on lines of their own, a page number now and then.
    fn wrapped(paragraphs: &[&str], width: usize, indent: bool) -> String {
        let mut out = Vec::new();
        let mut lines = 0;
        for p in paragraphs {
            let heading = p.chars().count() < 20;
            let mut line = String::from(if indent && !heading { "　　" } else { "" });
            for c in p.chars() {
                if display_width(&line) + display_width(&c.to_string()) > width {
                    out.push(std::mem::take(&mut line));
                    lines += 1;
                    if lines % 4 == 0 {
                        out.push(format!("\n— {} —\n", lines / 4));
                    }
                }
                line.push(c);
            }
            out.push(line);
        }
        out.join("\n")
    }

    const WRAPPED: [&str; 6] = [
        "现在，我代表盟行政公署向大会报告工作，请予审议，并请盟政协委员和其他列席人员提出意见。",
        "一、过去五年工作回顾",
        "过去五年，全盟地区生产总值年均增长4.5%，一般公共预算收入达到60.1亿元，年均增长5.2%。2020年，全盟实现地区生产总值849.4亿元，增长1.5%。",
        "生态环境持续改善。完成造林绿化面积120万亩，草原植被盖度稳定在45%以上，空气质量优良天数比例达到95.6%。",
        "二、今年工作安排",
        "今年全盟经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城乡常住居民人均可支配收入与经济增长基本同步。",
    ];

    #[test]
    fn the_next_item_of_a_numbered_list_is_no_broken_figure() {
        let lines = read_lines(
            "附件：1.名词解释\n2.2023年十件民生实事完成情况\n1.提升产业能级，增长\n2.5%以上\n",
        );
        assert!(!broken_before_figure(&lines[0].text, lines.get(1)));
        assert!(broken_before_figure(&lines[2].text, lines.get(3)));
    }

    #[test]
    fn a_line_broken_before_its_figure_runs_on() {
        let lines = read_lines(
            "一、2023年工作回顾\n过去一年，全县地区生产总值完成380.6亿元，增长\n\
             6.1%；一般公共预算收入完成12.5亿元，增长8.3%。\n二、2024年工作安排\n\
             2024年，全县地区生产总值增长6.5%左右。",
        );
        assert!(broken_before_figure(&lines[1].text, lines.get(2)));
        // A year opening a paragraph is no figure broken off.
        assert!(!broken_before_figure(&lines[3].text, lines.get(4)));
        let body = structure_body(
            &lines,
            &Known {
                title: None,
                subtitle: None,
            },
        );
        let headings: Vec<String> = body
            .sections
            .iter()
            .filter_map(|s| s.heading_text())
            .collect();
        assert_eq!(headings, ["一、2023年工作回顾", "二、2024年工作安排"]);
        assert!(body.sections[0].paragraphs[0]
            .ends_with("增长6.1%；一般公共预算收入完成12.5亿元，增长8.3%。"));
    }

    /// The body's paragraphs, and [`WRAPPED`]'s paragraphs (its headings
    /// left out) that the body should hold.
    fn paragraphs_and_wrapped(b: &Body) -> (Vec<&str>, Vec<&str>) {
        let paragraphs = b
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(String::as_str)
            .collect();
        let expected = WRAPPED
            .iter()
            .copied()
            .filter(|p| p.chars().count() >= 20)
            .collect();
        (paragraphs, expected)
    }

    #[test]
    fn text_wrapped_at_a_printed_width_joins_into_its_paragraphs() {
        for (width, indent) in [(56, true), (56, false), (48, true), (60, false)] {
            // The page numbers go first, as in the pipeline.
            let lines = crate::clean::pages::set_aside_page_furniture(
                read_lines(&wrapped(&WRAPPED, width, indent)),
                &mut Vec::new(),
            );
            let b = structure_body(
                &lines,
                &Known {
                    title: None,
                    subtitle: None,
                },
            );
            let headings: Vec<Vec<String>> = b.sections.iter().map(|s| s.heading.clone()).collect();
            assert_eq!(
                headings,
                [
                    vec![],
                    vec!["一、过去五年工作回顾".to_string()],
                    vec!["二、今年工作安排".to_string()]
                ],
                "width {width}, indent {indent}"
            );
            let (paragraphs, expected) = paragraphs_and_wrapped(&b);
            if indent {
                assert_eq!(paragraphs, expected, "width {width}");
            } else {
                // Without indents a paragraph that ends at a line's end cannot
                // be told from one that goes on: every sentence is whole.
                assert_eq!(paragraphs.concat(), expected.concat(), "width {width}");
                assert!(
                    paragraphs.iter().all(|p| ends_sentence(p)),
                    "width {width}: {paragraphs:?}"
                );
            }
        }
    }

    #[test]
    fn text_wrapped_at_a_count_of_characters_joins_into_its_paragraphs() {
        // Every line 30 characters, digits and all, cut mid-number; the
        // headings on lines of their own.
        let mut lines = Vec::new();
        for p in WRAPPED {
            let chars: Vec<char> = p.chars().collect();
            lines.extend(chars.chunks(30).map(|c| c.iter().collect::<String>()));
        }
        let b = structure_body(
            &read_lines(&lines.join("\n")),
            &Known {
                title: None,
                subtitle: None,
            },
        );
        let headings: Vec<String> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert_eq!(headings, ["一、过去五年工作回顾", "二、今年工作安排"]);
        let (paragraphs, expected) = paragraphs_and_wrapped(&b);
        assert_eq!(paragraphs.concat(), expected.concat());
        assert!(
            paragraphs.iter().all(|p| ends_sentence(p)),
            "{paragraphs:?}"
        );
    }

    const PARAGRAPHS: [&str; 3] = [
        "现在，我代表盟行政公署向大会报告工作，请予审议，并请盟政协委员和其他列席人员提出意见。",
        "过去五年，全盟地区生产总值年均增长4.5%，一般公共预算收入达到60.1亿元，年均增长5.2%。",
        "今年全盟经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
    ];

    #[test]
    fn lines_of_one_width_are_wrapped_and_lines_of_web_text_are_not() {
        let text: String = PARAGRAPHS.concat().repeat(2);
        let chars: Vec<char> = text.chars().collect();
        let cut: Vec<String> = chars.chunks(26).map(|c| c.iter().collect()).collect();
        // Cut every 26 characters, a digit counting as one: read by the count.
        let wrap = Wrap::read(&read_lines(&cut.join("\n"))).expect("wrapped");
        assert_eq!((wrap.width, wrap.measure), (26, Measure::Chars), "{wrap:?}");
        // Cut at 52 printed columns: read by the width.
        let printed = wrapped(&PARAGRAPHS.repeat(2), 52, false);
        let wrap = Wrap::read(&read_lines(&printed)).expect("wrapped");
        assert!((48..=52).contains(&wrap.width), "{wrap:?}");
        assert_eq!(wrap.measure, Measure::Columns);
        // One paragraph a line, of every length: no width most lines fill.
        let web: Vec<String> = (0..8)
            .map(|k| chars[..20 + 10 * k].iter().collect())
            .collect();
        assert_eq!(Wrap::read(&read_lines(&web.join("\n"))), None);
    }
}
