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
