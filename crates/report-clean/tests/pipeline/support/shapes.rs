//! Reading a made-up page as the app does, and what the shape suites check
//! of the result (`page_shapes.rs`, `header_shapes.rs`).

use report_clean::import::{import_file, KnownReports};
use report_clean::{process_report, Report};

pub fn report(text: &str) -> Report {
    process_report("page.txt", text)
}

pub fn web_page(html: &str) -> Report {
    let file = import_file(
        "page.html",
        html.as_bytes(),
        &mut KnownReports::default(),
        0,
    )
    .result
    .expect("the page imports");
    file.reports.into_iter().next().expect("one report")
}

/// Nothing of `chrome` is in a body paragraph or heading, and all of it is
/// in the noise.
pub fn set_aside(r: &Report, chrome: &[&str]) {
    let shown: Vec<String> = r
        .paragraphs()
        .map(String::from)
        .chain(r.headings())
        .collect();
    for c in chrome {
        assert!(
            !shown.iter().any(|p| p.contains(c)),
            "{c:?} in the body: {shown:#?}"
        );
        assert!(
            r.noise.iter().any(|n| n.text.contains(c)),
            "{c:?} not kept in the noise: {:#?}",
            r.noise
        );
    }
}

/// A line of the report's own prose, to stand between the shapes' chrome.
pub const PROSE: &str = "全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会保持平稳健康发展态势，全年地区生产总值增长6.1%。";

/// A report's body under whatever header a shape puts over it, one
/// paragraph a line (the fifteenth and sixteenth rounds' suites).
pub const BODY: [&str; 6] = [
    "各位代表：",
    "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
    "一、2023年工作回顾",
    "过去一年，全市地区生产总值完成358.6亿元，增长6.2%。",
    "二、2024年工作安排",
    "今年全市地区生产总值增长6%左右。",
];

/// [`BODY`] with `header` lines over it and `footer` lines under it.
pub fn around_body(header: &[&str], footer: &[&str]) -> String {
    header
        .iter()
        .chain(&BODY)
        .chain(footer)
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn headings(r: &Report) -> Vec<String> {
    r.headings().collect()
}

/// The names of the report's region from the top down.
pub fn region_path(r: &Report) -> Vec<String> {
    r.region
        .as_ref()
        .map(|r| r.path().iter().map(|d| d.name.to_string()).collect())
        .unwrap_or_default()
}

/// The report's date where the text states it (not inferred).
pub fn stated_day(r: &Report) -> Option<String> {
    r.date
        .as_ref()
        .filter(|d| !d.inferred)
        .map(|d| d.value.clone())
}

/// The report's first paragraph (empty where it has none).
pub fn first_paragraph(r: &Report) -> &str {
    r.paragraphs().next().unwrap_or_default()
}
