//! What asking whether a word of the search names a region costs at each
//! keystroke (`RegionTree::named_by`, run in the page for every term), over
//! a tree the size of a province's every county over a decade and more:
//! 31 provinces, 15 cities each, 12 counties each (6,076 divisions).
//! `cargo run --release -p report-core --example regions_named_timing`
use std::time::Instant;

use report_core::{PathStep, RegionLevel, RegionTree};

fn main() {
    let name = |n: usize, kind: &str| {
        let syllables = [
            '东', '西', '南', '北', '安', '平', '河', '山', '阳', '宁', '华', '兴',
        ];
        format!("{}{}{kind}", syllables[n % 12], syllables[(n / 12) % 12])
    };
    let mut paths: Vec<Vec<(String, String, RegionLevel)>> = Vec::new();
    for p in 0..31 {
        let province = (format!("{}", 11 + p), name(p, "省"), RegionLevel::Province);
        for c in 0..15 {
            let city = (
                format!("{}{:02}", 11 + p, c + 1),
                name(p * 15 + c, "市"),
                RegionLevel::City,
            );
            for k in 0..12 {
                let county = (
                    format!("{}{:02}{:02}", 11 + p, c + 1, k + 1),
                    name(p * 180 + c * 12 + k + 7, "县"),
                    RegionLevel::County,
                );
                paths.push(vec![province.clone(), city.clone(), county]);
            }
        }
    }
    let steps: Vec<Vec<PathStep>> = paths
        .iter()
        .map(|path| {
            path.iter()
                .map(|(code, name, level)| PathStep {
                    code,
                    name,
                    level: *level,
                })
                .collect()
        })
        .collect();
    let tree = RegionTree::new(steps.iter().map(Vec::as_slice));
    println!("{} divisions", tree.len());
    for typed in ["乡村振兴", "东西", "南北县", "高质量发展"] {
        let runs = 200;
        let start = Instant::now();
        let mut named = 0;
        for _ in 0..runs {
            named = tree.named_by(typed).len();
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!("{typed}: {ms:.3} ms a keystroke, {named} named");
    }
}
