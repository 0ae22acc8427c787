//! Deterministic synthetic corpora for benchmarks: reports recombined from
//! the paragraphs and headings of real ones, with varied regions and dates,
//! either already processed ([`synthesize`]) or as raw source texts to run
//! through the pipeline ([`synthesize_sources`]).

use crate::clean::region::Gazetteer;
use report_core::text::layout::SHORT_LINE_CHARS;
use report_core::text::themes::section_themes;
use report_core::{Corpus, DatePrecision, Region, Report, ReportDate, Section, SCHEMA_VERSION};

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

/// What synthetic reports are recombined from: the seeds' paragraphs,
/// headings and sources, and the gazetteer's counties.
struct Pool<'a> {
    paragraphs: Vec<&'a str>,
    headings: Vec<String>,
    sources: Vec<&'a str>,
    regions: Vec<Region>,
}

impl<'a> Pool<'a> {
    fn new(seeds: &'a [Report]) -> Pool<'a> {
        Pool {
            paragraphs: seeds.iter().flat_map(|r| r.paragraphs()).collect(),
            headings: seeds.iter().flat_map(|r| r.headings()).collect(),
            sources: seeds.iter().filter_map(|r| r.source.as_deref()).collect(),
            regions: Gazetteer::bundled().counties(),
        }
    }

    /// One report's draws, always in the same order, so a seed gives the
    /// same reports whichever form they are written in.
    fn draw(&self, rng: &mut Rng) -> Draft {
        let region = rng.pick(&self.regions).clone();
        let county = region
            .county
            .as_ref()
            .map_or("", |c| c.name.as_str())
            .to_string();
        let mut sections = Vec::new();
        let mut chars = 0;
        while chars < TARGET_CHARS && !self.paragraphs.is_empty() {
            let heading = if self.headings.is_empty() {
                Vec::new()
            } else {
                vec![rng.pick(&self.headings).clone()]
            };
            let mut section = Section {
                heading,
                paragraphs: Vec::new(),
                themes: Vec::new(),
            };
            for _ in 0..3 + rng.below(5) {
                let p = rng.pick(&self.paragraphs);
                chars += p.chars().count();
                section.paragraphs.push(
                    p.replace("坊子区", &county)
                        .replace("奎文区", &county)
                        .replace("济阳区", &county),
                );
            }
            sections.push(section);
        }
        let (year, month, day) = (2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
        let title_heading = self
            .headings
            .get(rng.below(self.headings.len()))
            .map_or("工作报告", |h| h.as_str())
            .to_string();
        let source = (!self.sources.is_empty()).then(|| rng.pick(&self.sources).to_string());
        Draft {
            region,
            county,
            sections,
            date: format!("{year:04}-{month:02}-{day:02}"),
            title_heading,
            source,
        }
    }
}

/// One synthetic report before it is given a form.
struct Draft {
    region: Region,
    county: String,
    /// Headings and paragraphs; themes not yet set.
    sections: Vec<Section>,
    /// `YYYY-MM-DD`.
    date: String,
    title_heading: String,
    source: Option<String>,
}

/// `count` synthetic reports made from `seeds`; the same inputs always give
/// the same corpus. Regions are drawn from the gazetteer's counties.
pub fn synthesize(seeds: &[Report], count: usize, seed: u64) -> Corpus {
    Corpus {
        schema_version: SCHEMA_VERSION,
        reports: synthetic_reports(seeds, count, seed).collect(),
    }
}

/// The reports of [`synthesize`] one at a time, for measuring what holds
/// them without holding them all.
pub fn synthetic_reports(
    seeds: &[Report],
    count: usize,
    seed: u64,
) -> impl Iterator<Item = Report> + '_ {
    let pool = Pool::new(seeds);
    let mut rng = Rng(seed);
    (0..count).map(move |i| {
        let Draft {
            region,
            county,
            mut sections,
            date,
            title_heading,
            source,
        } = pool.draw(&mut rng);
        for section in &mut sections {
            section.themes = section_themes(section);
        }
        let date = ReportDate {
            value: date,
            precision: DatePrecision::Day,
            inferred: false,
            evidence: vec!["synthetic".into()],
        };
        let figures = crate::clean::figures::report_figures(&sections, Some(&date));
        Report {
            id: format!("synthetic-{seed}-{i:06}"),
            origin: format!("synthetic/{i:06}.txt"),
            title: format!("{county}{title_heading}"),
            title_is_derived: false,
            subtitle: None,
            date: Some(date),
            source,
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
}

/// A synthetic raw source, with the region and date it was written for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticSource {
    /// A file name: `synthetic/000042.txt`.
    pub origin: String,
    /// The text as a report file holds it.
    pub text: String,
    /// The county the text is about (no evidence).
    pub region: Region,
    /// The date its metadata line states, `YYYY-MM-DD`.
    pub date: String,
}

/// `count` raw report texts made from `seeds`, in the seeds' own shape: a
/// breadcrumb on every other one, a title naming the city and county, a
/// metadata line with the date and source, then headings and indented
/// paragraphs separated by blank lines. The same inputs always give the same
/// texts, and the same draws as [`synthesize`] with that seed.
pub fn synthesize_sources(seeds: &[Report], count: usize, seed: u64) -> Vec<SyntheticSource> {
    let pool = Pool::new(seeds);
    let mut rng = Rng(seed);
    (0..count)
        .map(|i| {
            let draft = pool.draw(&mut rng);
            // Counties directly under a province (省直辖县级行政区划) are named
            // with the province.
            let name = |d: &Option<report_core::Division>| {
                d.as_ref().map_or(String::new(), |d| d.name.clone())
            };
            let parent = match name(&draft.region.city) {
                c if c.ends_with("行政区划") => name(&draft.region.province),
                c => c,
            };
            let place = format!("{parent}{}", draft.county);
            let mut title = format!("{place}{}", draft.title_heading);
            if title.chars().count() > SHORT_LINE_CHARS {
                title = format!("{place}工作报告");
            }
            let mut text = String::with_capacity(TARGET_CHARS * 3 + 1024);
            if i % 2 == 0 {
                text.push_str("当前位置:首页 > 新闻中心 > 区县动态\n");
            }
            text.push_str(&title);
            text.push_str("\n\n");
            text.push_str(&draft.date);
            text.push_str(" 09:30:00 来源:");
            text.push_str(draft.source.as_deref().unwrap_or(&place));
            text.push_str(" 字号:T|T\n\n");
            for section in &draft.sections {
                for line in &section.heading {
                    text.push_str(line);
                    text.push_str("\n\n");
                }
                for p in &section.paragraphs {
                    text.push_str("\u{3000}\u{3000}");
                    text.push_str(p);
                    text.push_str("\n\n");
                }
            }
            SyntheticSource {
                origin: format!("synthetic/{i:06}.txt"),
                text,
                region: draft.region,
                date: draft.date,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::pipeline::process_report;

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
    fn sources_are_deterministic_and_sized() {
        let a = synthesize_sources(&seeds(), 20, 7);
        assert_eq!(a, synthesize_sources(&seeds(), 20, 7));
        assert_ne!(a, synthesize_sources(&seeds(), 20, 8));
        assert_eq!(a.len(), 20);
        assert!(a.iter().all(|s| s.text.chars().count() >= TARGET_CHARS));
        let origins: std::collections::HashSet<_> = a.iter().map(|s| &s.origin).collect();
        assert_eq!(origins.len(), 20);
        // The same draws as the processed form: same regions and dates.
        let processed = synthesize(&seeds(), 20, 7);
        for (source, report) in a.iter().zip(&processed.reports) {
            assert_eq!(Some(&source.region), report.region.as_ref());
            assert_eq!(source.date, report.date.as_ref().unwrap().value);
        }
    }

    /// The real seeds name other places (潍坊, 济南, their counties), so
    /// this checks that a synthetic source's own region still wins.
    #[test]
    fn processing_a_source_gets_its_region_and_date_back() {
        let seeds = crate::test_support::bundled_corpus();
        for source in synthesize_sources(&seeds.reports, 16, 3) {
            let report = process_report(&source.origin, &source.text);
            let want = source.region.county.as_ref().map(|c| &c.code);
            let got = report.region.as_ref().and_then(|r| r.county.as_ref());
            assert_eq!(
                got.map(|c| &c.code),
                want,
                "{}: {:?} recognised as {:?}",
                source.origin,
                source.region.label(),
                report.region.as_ref().map(|r| r.label())
            );
            let date = report.date.as_ref().expect("a date");
            assert_eq!(date.value, source.date, "{}", source.origin);
            assert!(!date.inferred);
            assert!(!report.title_is_derived, "{}", source.origin);
            assert!(report.body_chars() >= TARGET_CHARS, "{}", source.origin);
        }
    }

    #[test]
    fn counties_cover_the_country() {
        let counties = Gazetteer::bundled().counties();
        assert!(counties.len() > 2800, "{}", counties.len());
        assert!(counties
            .iter()
            .any(|r| r.county.as_ref().unwrap().name == "坊子区"
                && r.city.as_ref().unwrap().name == "潍坊市"));
    }
}
