//! Tests of the parent module: what is new in a period, whole words only,
//! ranked by regions, following the facets.
use super::*;
use crate::model::{ReportDate, Section};
use crate::search::SearchIndex;
use crate::test_support::{bundled_corpus, Rng};
use crate::views::compare::repeats::{folded_paragraphs, repeated_strings, CorpusUsage};
use crate::views::trends::Granularity;

/// A report of the bundled corpus's region `template`, given `year` and a
/// body: built from a seed rather than the pipeline, so the test is about
/// the view alone.
fn report(template: &Report, year: u16, body: &str) -> Report {
    let mut r = template.clone();
    r.id = format!("{}-{year}-{}", template.id, body.len());
    r.date = Some(ReportDate {
        value: year.to_string(),
        precision: crate::model::DatePrecision::Year,
        inferred: false,
        evidence: Vec::new(),
    });
    r.sections = vec![Section {
        heading: Vec::new(),
        paragraphs: vec![body.to_string()],
        themes: Vec::new(),
    }];
    r.figures.clear();
    r
}

/// Seed reports of three different counties, as templates.
fn templates() -> Vec<Report> {
    let mut seen = Vec::new();
    bundled_corpus()
        .reports
        .into_iter()
        .filter(|r| {
            let code = r
                .region
                .as_ref()
                .and_then(|g| g.county.as_ref())
                .map(|c| c.code.clone());
            code.is_some_and(|c| {
                !seen.contains(&c) && {
                    seen.push(c);
                    true
                }
            })
        })
        .take(3)
        .collect()
}

/// Two earlier years of shared wording, then a year in which 新质生产力
/// arrives in all three counties and 低空经济 in one, each used in many
/// contexts; 数字经济 is old.
fn corpus() -> Vec<Report> {
    let t = templates();
    assert_eq!(t.len(), 3, "the seeds name three counties");
    let old = "坚持稳中求进,发展数字经济,壮大数字经济,推动数字经济和实体经济融合,数字经济规模扩大。推进乡村振兴,乡村振兴取得成效。";
    let mut reports = Vec::new();
    for year in [2022, 2023] {
        for template in &t {
            reports.push(report(template, year, old));
        }
    }
    let new = [
        "培育新质生产力,发展新质生产力。新质生产力加快形成,以新质生产力推动发展,数字经济稳步增长。打造低空经济示范区,低空经济起步,发展低空经济。",
        "因地制宜发展新质生产力,新质生产力成为引擎。壮大数字经济,乡村振兴推进。",
        "加快形成新质生产力;培育新质生产力。数字经济和乡村振兴并进。",
    ];
    for (template, body) in t.iter().zip(new) {
        reports.push(report(template, 2024, body));
    }
    reports
}

fn listed(reports: &[Report], selection: &Selection, period: Period) -> NewTerms {
    let index = SearchIndex::new(reports);
    new_terms(
        reports,
        &CorpusGrams::new(reports, &index),
        selection,
        period,
        (RegionLevel::County, Granularity::Year),
        NEW_TERMS_LIMIT,
    )
}

#[test]
fn a_new_phrase_is_listed_whole_ranked_by_regions() {
    let reports = corpus();
    let found = listed(&reports, &Selection::default(), Period::Year(2024));
    assert_eq!((found.reports, found.before), (3, 6));
    let terms: Vec<(&str, usize, usize)> = found
        .terms
        .iter()
        .map(|t| (t.term.as_str(), t.regions, t.reports))
        .collect();
    assert_eq!(terms.first(), Some(&("新质生产力", 3, 3)), "{terms:?}");
    assert!(terms.contains(&("低空经济", 1, 1)), "{terms:?}");
    let names: Vec<&str> = terms.iter().map(|t| t.0).collect();
    for old_or_fragment in [
        "数字经济",
        "乡村振兴",
        "质生产力",
        "新质生产",
        "空经济",
        "低空经",
    ] {
        assert!(
            !names.contains(&old_or_fragment),
            "{old_or_fragment} in {names:?}"
        );
    }
    let plain: usize = reports[6..]
        .iter()
        .map(|r| r.sections[0].paragraphs[0].matches("新质生产力").count())
        .sum();
    assert_eq!(found.terms[0].count, plain, "every use in 2024");
}

#[test]
fn nothing_is_new_without_a_period_before() {
    let reports = corpus();
    let first = listed(&reports, &Selection::default(), Period::Year(2022));
    assert_eq!((first.reports, first.before), (3, 0));
    assert!(first.terms.is_empty());
    assert!(listed(&reports, &Selection::default(), Period::Undated)
        .terms
        .is_empty());
    assert!(listed(&reports, &Selection::default(), Period::Year(2030))
        .terms
        .is_empty());
}

/// The code of the county a template's report is in.
fn county_code(report: &Report) -> String {
    let region = report.region.as_ref().expect("a seed's region");
    region.county.as_ref().expect("a county").code.clone()
}

#[test]
fn new_terms_follow_the_facets() {
    // Within one county, 低空经济 is new in 2024 only where it is used,
    // and a county that used 新质生产力 in 2023 has nothing new in it in 2024.
    let mut reports = corpus();
    let county = county_code(&reports[6]);
    reports[3].sections[0].paragraphs[0].push_str("探索新质生产力,新质生产力萌芽。");
    let selection = Selection {
        regions: [county.clone()].into(),
        ..Selection::default()
    };
    let found = listed(&reports, &selection, Period::Year(2024));
    assert_eq!((found.reports, found.before), (1, 2));
    let names: Vec<&str> = found.terms.iter().map(|t| t.term.as_str()).collect();
    assert!(names.contains(&"低空经济"), "{names:?}");
    let everyone = listed(&reports, &Selection::default(), Period::Year(2024));
    assert!(
        !everyone.terms.iter().any(|t| t.term == "新质生产力"),
        "used in 2023"
    );
}

#[test]
fn stock_phrases_of_the_new_period_are_marked() {
    // A phrase every report of a corpus uses is a stock phrase even where
    // it is new: here the whole corpus but the first year says it (12 of
    // 15 reports, the share that makes a stock phrase).
    let mut reports = corpus();
    let later: Vec<Report> = reports[6..]
        .iter()
        .flat_map(|r| {
            [2025, 2026].map(|y| {
                let mut r = r.clone();
                r.date.as_mut().unwrap().value = y.to_string();
                r
            })
        })
        .collect();
    reports.extend(later);
    for r in reports.iter_mut().skip(3) {
        r.sections[0].paragraphs[0]
            .push_str("深入学习贯彻全会精神,全会精神落地见效。全会精神引领。");
    }
    for r in reports.iter_mut().take(3) {
        r.sections[0].paragraphs[0].push_str("全会召开。");
    }
    let found = listed(&reports, &Selection::default(), Period::Year(2023));
    let stock: Vec<&str> = found
        .terms
        .iter()
        .filter(|t| t.boilerplate)
        .map(|t| t.term.as_str())
        .collect();
    assert!(stock.contains(&"全会精神"), "{:?}", found.terms);
}

#[test]
fn the_periods_asked_of_are_the_dated_ones_the_facets_leave_oldest_first() {
    let t = &templates()[0];
    let mut undated = report(t, 2023, "无日期");
    undated.date = None;
    let reports = vec![
        report(t, 2024, "甲"),
        report(t, 2022, "乙乙"),
        undated,
        report(t, 2024, "丙丙丙"),
    ];
    let years = dated_periods(&reports, &Selection::default(), Granularity::Year);
    let keys: Vec<String> = years.iter().filter_map(|p| p.key()).collect();
    assert_eq!(keys, ["2022", "2024"]);
}

/// The new terms by reading every report whole, as first written: the
/// period's repeated strings, the whole corpus read for their use (the
/// reports before the period first, so a string first seen there is not
/// new), each report of the period searched for each word. What the
/// corpus read once must give.
fn tallies_by_reading_everything(
    reports: &[Report],
    (within, before): (&[usize], &[usize]),
    level: RegionLevel,
) -> Vec<NewTerm> {
    let index = SearchIndex::new(reports);
    let texts: Vec<String> = within
        .iter()
        .map(|&i| folded_paragraphs(reports, &index, i))
        .collect();
    let (counts, _) = repeated_strings(&texts, MIN_NEW_COUNT);
    let rest = (0..reports.len()).filter(|i| !before.contains(i) && !within.contains(i));
    let order: Vec<usize> = before.iter().chain(within).copied().chain(rest).collect();
    let usage = CorpusUsage::read(
        counts.keys().copied(),
        order.iter().map(|&i| folded_paragraphs(reports, &index, i)),
    );
    counts
        .iter()
        .filter(|(term, _)| usage.strings[*term].first_report >= Some(before.len()))
        .filter(|(term, _)| usage.is_word(term))
        .map(|(&term, &count)| {
            let using: Vec<usize> = (0..within.len())
                .filter(|&w| texts[w].contains(term))
                .collect();
            let regions: FxHashSet<&str> = using
                .iter()
                .filter_map(|&w| region_at(&reports[within[w]], level).map(|s| s.code))
                .collect();
            NewTerm {
                term: term.to_string(),
                regions: regions.len(),
                reports: using.len(),
                count,
                total: usage.strings[term].count,
                boilerplate: usage.is_boilerplate(term),
            }
        })
        .collect()
}

#[test]
fn the_corpus_read_once_sees_digits_and_enumeration_commas_beside_runs() {
    // The word rule reads whether a number stands before a term and an
    // enumeration comma after it, which the gaps between runs must keep:
    // each report's text starts and ends beside a digit once.
    let t = &templates()[0];
    let bodies = [
        "5项指标达标,12项指标居前,三项指标向好。主要指标优化,考核指标完成,指标体系健全。推进项目,重大项目,项目落地。8",
        "7项指标提升,二中、三中全会精神,二中全会精神,二中、三中全会部署,二中全会部署。",
    ];
    let reports: Vec<Report> = bodies.iter().map(|b| report(t, 2024, b)).collect();
    let index = SearchIndex::new(&reports);
    let texts: Vec<String> = (0..reports.len())
        .map(|i| folded_paragraphs(&reports, &index, i))
        .collect();
    let (counts, _) = repeated_strings(&texts, 2);
    let read = CorpusUsage::read(counts.keys().copied(), texts.iter().cloned());
    let grams = CorpusGrams::new(&reports, &index);
    let looked_up = grams.corpus_usage(reports.len(), counts.keys().copied());
    let mut words: Vec<(&str, bool)> = ["项指标", "指标", "二中"]
        .into_iter()
        .map(|t| (t, read.is_word(t)))
        .collect();
    assert_eq!(words, [("项指标", false), ("指标", true), ("二中", false)]);
    for (term, word) in &mut words {
        assert_eq!(looked_up.strings[*term], read.strings[*term], "{term}");
        *word = looked_up.is_word(term);
    }
    assert_eq!(words, [("项指标", false), ("指标", true), ("二中", false)]);
    assert_eq!(looked_up.char_left, read.char_left);
    assert_eq!(looked_up.char_right, read.char_right);
}

/// Pieces of text that make words (repeated in varied contexts), their
/// fragments, stock phrases and the breaks between them.
const PIECES: &[&str] = &[
    "新质生产力",
    "低空经济",
    "数字经济",
    "乡村振兴",
    "发展",
    "推动",
    "加快",
    "培育",
    "壮大",
    "高质量",
    "城市更新",
    "全会精神",
    "和",
    "的",
    "是",
    "在",
    "新",
    "质",
    "空",
    "区",
    "项指标",
    "个",
    "5",
    "三",
    "二中",
    "全会",
    "，",
    "。",
    "、",
    "Ａ",
    "\n",
];

#[test]
fn the_corpus_read_once_finds_what_reading_everything_finds() {
    let t = templates();
    let mut rng = Rng(0x0023_AE11);
    let mut compared = 0;
    for round in 0..12 {
        let reports: Vec<Report> = (0..6 + rng.below(10))
            .map(|_| {
                let body: String = (0..rng.below(120)).map(|_| *rng.pick(PIECES)).collect();
                let mut r = report(rng.pick(&t), 2020 + rng.below(5) as u16, &body);
                if rng.below(8) == 0 {
                    r.date = None;
                }
                r
            })
            .collect();
        let index = SearchIndex::new(&reports);
        let grams = CorpusGrams::new(&reports, &index);
        let county = county_code(&reports[0]);
        let selections = [
            Selection::default(),
            Selection {
                regions: [county].into(),
                ..Selection::default()
            },
        ];
        for selection in &selections {
            for year in 2020..=2025 {
                let Split { within, before } =
                    split(&reports, selection, Period::Year(year), Granularity::Year);
                for level in [RegionLevel::County, RegionLevel::Province] {
                    let by_term = |mut terms: Vec<NewTerm>| {
                        terms.sort_by(|a, b| a.term.cmp(&b.term));
                        terms
                    };
                    let fast = by_term(tallies(&reports, &grams, (&within, &before), level));
                    let slow = by_term(tallies_by_reading_everything(
                        &reports,
                        (&within, &before),
                        level,
                    ));
                    assert_eq!(fast, slow, "round {round}, {year}, {level:?}");
                    compared += fast.len();
                }
            }
        }
    }
    assert!(compared > 100, "only {compared} new terms compared");
    println!("{compared} new terms compared");
}
