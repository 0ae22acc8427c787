//! Deterministic synthetic corpora for benchmarks: reports recombined from
//! the paragraphs and headings of real ones, with varied regions and dates.

use crate::model::{Corpus, DatePrecision, Report, ReportDate, Section, SCHEMA_VERSION};
use crate::region::Gazetteer;
use crate::themes::section_themes;

/// Characters of body text per synthetic report, about what a long report
/// has (1,000 of them make roughly ten million characters).
pub const TARGET_CHARS: usize = 10_000;

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// `count` synthetic reports made from `seeds`; the same inputs always give
/// the same corpus. Regions are drawn from the gazetteer's counties.
pub fn synthesize(seeds: &[Report], count: usize, seed: u64) -> Corpus {
    let paragraphs: Vec<&str> = seeds.iter().flat_map(|r| r.paragraphs()).collect();
    let headings: Vec<String> = seeds.iter().flat_map(|r| r.headings()).collect();
    let sources: Vec<&str> = seeds.iter().filter_map(|r| r.source.as_deref()).collect();
    let regions = Gazetteer::bundled().counties();
    let mut rng = Rng(seed);
    let reports = (0..count)
        .map(|i| {
            let region = rng.pick(&regions).clone();
            let county = region
                .county
                .as_ref()
                .map_or("", |c| c.name.as_str())
                .to_string();
            let mut sections = Vec::new();
            let mut chars = 0;
            while chars < TARGET_CHARS && !paragraphs.is_empty() {
                let heading = if headings.is_empty() {
                    Vec::new()
                } else {
                    vec![rng.pick(&headings).clone()]
                };
                let mut section = Section {
                    heading,
                    paragraphs: Vec::new(),
                    themes: Vec::new(),
                };
                for _ in 0..3 + rng.below(5) {
                    let p = rng.pick(&paragraphs);
                    chars += p.chars().count();
                    section.paragraphs.push(
                        p.replace("坊子区", &county)
                            .replace("奎文区", &county)
                            .replace("济阳区", &county),
                    );
                }
                section.themes = section_themes(&section);
                sections.push(section);
            }
            let (year, month, day) = (2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
            let figures = crate::figures::report_figures(&sections, Some(year as u16));
            Report {
                id: format!("synthetic-{seed}-{i:06}"),
                origin: format!("synthetic/{i:06}.txt"),
                title: format!(
                    "{county}{}",
                    headings
                        .get(rng.below(headings.len()))
                        .map_or("工作报告", |h| h.as_str())
                ),
                title_is_derived: false,
                subtitle: None,
                date: Some(ReportDate {
                    value: format!("{year:04}-{month:02}-{day:02}"),
                    precision: DatePrecision::Day,
                    inferred: false,
                    evidence: vec!["synthetic".into()],
                }),
                source: (!sources.is_empty()).then(|| rng.pick(&sources).to_string()),
                authors: Vec::new(),
                people: Vec::new(),
                region: Some(region),
                sections,
                captions: Vec::new(),
                figures,
                noise: Vec::new(),
                imported: None,
            }
        })
        .collect();
    Corpus {
        schema_version: SCHEMA_VERSION,
        reports,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::process_report;

    fn seeds() -> Vec<Report> {
        vec![process_report(
            "s",
            "坊子区加快发展\n坊子区持续优化营商环境,打造一流营商环境,企业满意度持续提升,营商环境指数位居全市前列。\n招商引资\n坊子区大力开展双招双引,引进项目30个,总投资120亿元,为经济发展增添了新的动能和活力。",
        )]
    }

    #[test]
    fn deterministic_sized_and_varied() {
        let a = synthesize(&seeds(), 20, 7);
        let b = synthesize(&seeds(), 20, 7);
        assert_eq!(a, b);
        assert_eq!(a.reports.len(), 20);
        assert!(a.reports.iter().all(|r| r.body_chars() >= TARGET_CHARS));
        let regions: std::collections::HashSet<_> = a
            .reports
            .iter()
            .map(|r| r.region.as_ref().unwrap().label().to_string())
            .collect();
        assert!(regions.len() > 10);
        assert_ne!(synthesize(&seeds(), 20, 8), a);
    }

    #[test]
    fn counties_cover_the_country() {
        let counties = Gazetteer::bundled().counties();
        assert!(counties.len() > 2800, "{}", counties.len());
        assert!(counties
            .iter()
            .any(|r| r.county.as_ref().unwrap().name == "坊子区" && r.city.name == "潍坊市"));
    }
}
