//! Times the import of one report in the awkward shapes real pages come in,
//! at growing sizes, to show that time grows with the text and not with its
//! square: a paragraph with no stops (a page flattened with its punctuation
//! lost), one with half-width punctuation, text broken into short lines (a
//! PDF copy), a flattened page with spaces for its breaks, and a web page
//! with a long table. The texts are made up, deterministic, made before the
//! clock starts; figures are printed, never asserted:
//! `cargo run --release -p report-clean --example shapes_timing`.

use std::time::Instant;

use report_clean::import::{import_file, KnownReports};

/// Clauses of made-up report prose, each with figures, cycled to the size.
const CLAUSES: [&str; 6] = [
    "全县地区生产总值完成123.4亿元",
    "同比增长6.5%",
    "一般公共预算收入达到8.9亿元",
    "新建农村公路120公里",
    "城镇新增就业2150人",
    "粮食总产量稳定在45万吨以上",
];

/// A shape's name, its file's extension and how to make it of a size.
type Shape = (&'static str, &'static str, fn(usize) -> String);

const HEAD: &str = "2024年示例县政府工作报告\n各位代表：\n";

fn clauses(count: usize) -> impl Iterator<Item = &'static str> {
    CLAUSES.iter().copied().cycle().take(count)
}

fn no_stops(count: usize) -> String {
    format!("{HEAD}{}\n", clauses(count).collect::<String>())
}

fn half_width(count: usize) -> String {
    let body: Vec<String> = clauses(count)
        .enumerate()
        .map(|(k, c)| format!("{c}{}", if k % 3 == 2 { "." } else { "," }))
        .collect();
    format!("{HEAD}{}\n", body.concat())
}

fn short_lines(count: usize) -> String {
    let text: String = clauses(count).map(|c| format!("{c}，")).collect();
    let chars: Vec<char> = text.chars().collect();
    let lines: Vec<String> = chars.chunks(13).map(|line| line.iter().collect()).collect();
    format!("{HEAD}{}\n", lines.join("\n"))
}

fn spaced(count: usize) -> String {
    let body: Vec<String> = clauses(count).map(|c| format!("{c}。")).collect();
    format!("{} {}\n", HEAD.replace('\n', " "), body.join(" "))
}

fn table_page(count: usize) -> String {
    let rows: String = (0..count)
        .map(|k| {
            format!(
                "<tr><td>指标{k}</td><td>{}亿元</td><td>增长{}%</td></tr>",
                100 + k % 900,
                1 + k % 9
            )
        })
        .collect();
    format!(
        "<html><head><title>2024年示例县政府工作报告</title></head><body>\
         <h1>2024年示例县政府工作报告</h1><p>各位代表：</p><table>{rows}</table></body></html>"
    )
}

fn main() {
    let shapes: [Shape; 5] = [
        ("one paragraph, no stops", "txt", no_stops),
        ("half-width punctuation", "txt", half_width),
        ("lines of 13 characters", "txt", short_lines),
        ("flattened with spaces", "txt", spaced),
        ("a web page's long table", "html", table_page),
    ];
    let sizes = [250, 1_000, 4_000];
    println!(
        "| shape | {} | growth |",
        sizes.map(|n| format!("{n} ×")).join(" | ")
    );
    println!("| --- |{} ---: |", " ---: |".repeat(sizes.len()));
    for (name, extension, make) in shapes {
        let mut cells = Vec::new();
        let mut times = Vec::new();
        for &count in &sizes {
            let text = make(count);
            let characters = text.chars().count();
            let started = Instant::now();
            let outcome = import_file(
                &format!("shape.{extension}"),
                text.as_bytes(),
                &mut KnownReports::default(),
                0,
            );
            let seconds = started.elapsed().as_secs_f64();
            std::hint::black_box(outcome);
            times.push(seconds);
            cells.push(format!(
                "{:.0} ms ({}k chars)",
                seconds * 1000.0,
                characters / 1000
            ));
        }
        // time ∝ size^k between the smallest and the largest size
        let growth = (times[times.len() - 1] / times[0]).ln()
            / (sizes[sizes.len() - 1] as f64 / sizes[0] as f64).ln();
        println!("| {name} | {} | size^{growth:.2} |", cells.join(" | "));
    }
}
