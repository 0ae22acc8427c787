//! Tests of the parent module: the listing, counted only as far as it
//! reads down, against every candidate counted in full and sorted.
use super::super::district_units;
use super::super::keyness_order::listing_order;
use super::*;
use crate::test_support::{bundled_corpus, process_report, synthesize, Rng};

/// The listing as it is defined: every candidate's use read in full, each
/// overused one judged as a word, all sorted, then listed.
fn rank_every_candidate(
    reports: &[Report],
    unit: &Unit,
    here: &FxHashMap<&str, usize>,
    (usage, _): (&CorpusUsage, &CorpusGrams),
    (c, d): (f64, f64),
    limit: usize,
) -> Vec<KeyTerm> {
    let own_names = own_names(reports, unit);
    let mut terms: Vec<KeyTerm> = here
        .iter()
        .filter(|(_, &a)| a >= MIN_KEY_COUNT)
        .filter(|(term, _)| !own_names.iter().any(|n| n.contains(**term)))
        .filter_map(|(&term, &a)| {
            let b = usage
                .strings
                .get(term)
                .map_or(0, |u| u.count.saturating_sub(a));
            let overused = a as f64 / c > b as f64 / d;
            (overused && usage.is_word(term)).then(|| KeyTerm {
                term: term.to_string(),
                here: a,
                elsewhere: b,
                keyness: log_likelihood(a as f64, b as f64, c, d),
                boilerplate: usage.is_boilerplate(term),
            })
        })
        .collect();
    terms.sort_by(|x, y| listing_order((x.keyness, &x.term), (y.keyness, &y.term)));
    list_key_terms(terms.into_iter(), usage, limit)
}

/// Both listings of `units` at each limit, asserted equal (terms, order,
/// counts and scores); the number of terms compared.
fn assert_same_listing(reports: &[Report], units: &[Unit], limits: &[usize], what: &str) -> usize {
    let index = SearchIndex::new(reports);
    let grams = CorpusGrams::new(reports, &index);
    let mut compared = 0;
    for &limit in limits {
        let fast = key_terms_of_units(reports, &index, &grams, units, limit);
        let full = key_terms_ranked_by(reports, &index, &grams, units, limit, rank_every_candidate);
        assert_eq!(fast, full, "{what}, limit {limit}");
        compared += full.iter().map(Vec::len).sum::<usize>();
    }
    compared
}

/// Words, parts of words and grammar, so that strings repeat, overlap,
/// tie in count and keyness, and stand inside longer ones.
const PIECES: &[&str] = &[
    "数字经济",
    "经济",
    "发展",
    "高质量发展",
    "乡村振兴",
    "振兴",
    "城市更新",
    "更新",
    "新质生产力",
    "生产",
    "我区",
    "将",
    "的",
    "和",
    "推进",
    "坚持",
    "项目",
    "为王",
    "12",
    "个",
    "，",
    "，",
    "。",
    "、",
    "\n",
];

/// What sets a report's style apart: each report draws on one style
/// besides the common pieces, and a unit holds mostly reports of one, so
/// its terms range from distinctive to shared.
const STYLES: &[&[&str]] = &[
    &["产业集聚", "金融", "数字经济", "研发平台"],
    &["脱贫攻坚", "扶贫", "乡村振兴", "两不愁三保障"],
    &["老旧小区", "城市更新", "拆出", "更新改造"],
];

#[test]
fn the_listing_counted_as_far_as_it_reads_is_every_candidate_sorted_on_random_reports() {
    let places = [
        "潍坊市奎文区",
        "潍坊市坊子区",
        "济南市济阳区",
        "成都市武侯区",
    ];
    let mut rng = Rng(0x0022_C0DE);
    let mut compared = 0;
    for round in 0..30 {
        let styles: Vec<usize> = (0..4 + rng.below(10))
            .map(|_| rng.below(STYLES.len()))
            .collect();
        let reports: Vec<Report> = styles
            .iter()
            .enumerate()
            .map(|(i, &style)| {
                let own_share = rng.below(4);
                let body: String = (0..20 + rng.below(200))
                    .map(|_| match rng.below(8) < own_share {
                        true => *rng.pick(STYLES[style]),
                        false => *rng.pick(PIECES),
                    })
                    .collect();
                let title = format!("{}工作动态", rng.pick(&places));
                process_report(&format!("{round}-{i}"), &format!("{title}\n{body}"))
            })
            .collect();
        let units: Vec<Unit> = (0..1 + rng.below(4))
            .map(|u| Unit {
                label: u.to_string(),
                reports: (0..reports.len())
                    .filter(|&i| styles[i] == u % STYLES.len() || rng.below(4) == 0)
                    .collect(),
            })
            .collect();
        compared += assert_same_listing(
            &reports,
            &units,
            &[0, 1, 3, 12, 40, usize::MAX],
            &format!("round {round}"),
        );
    }
    assert!(compared > 1000, "only {compared} terms compared");
}

#[test]
fn the_listing_counted_as_far_as_it_reads_is_every_candidate_sorted_on_synthetic_reports() {
    let seeds = bundled_corpus().reports;
    let mut compared = 0;
    for (count, seed) in [(24, 5), (60, 9)] {
        let reports = synthesize(&seeds, count, seed).reports;
        let districts: Vec<String> = crate::model::district_counts(&reports)
            .into_iter()
            .map(|(d, _)| d)
            .collect();
        for chunk in districts.chunks(3).take(2) {
            let units = district_units(&reports, chunk);
            compared += assert_same_listing(
                &reports,
                &units,
                &[1, 12, 60],
                &format!("{count} reports, {chunk:?}"),
            );
        }
    }
    assert!(compared > 200, "only {compared} terms compared");
}

/// A key term of `here` uses in the unit, for the listing alone.
fn listed_term(term: &str, here: usize) -> KeyTerm {
    KeyTerm {
        term: term.to_string(),
        here,
        elsewhere: 0,
        keyness: here as f64,
        boilerplate: false,
    }
}

#[test]
fn a_term_nearly_always_inside_a_longer_listed_one_gives_way_to_it() {
    // 谱写城区篇章 is used three times, twice in 奋力谱写城区篇章, and never
    // begins a clause: the longer phrase takes its place. 文化润城, three
    // times in 深入推进文化润城 of four, once begins a clause: it stands
    // apart, and both are listed.
    let corpus: Vec<String> = [
        "奋力谱写城区篇章,奋力谱写城区篇章。为谱写城区篇章作贡献。",
        "深入推进文化润城,深入推进文化润城,深入推进文化润城。文化润城成效明显。",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    let (candidates, _) = super::super::repeats::repeated_strings(&corpus, 2);
    let usage = CorpusUsage::read(candidates.keys().copied(), corpus.iter().cloned());
    let words = [
        listed_term("谱写城区篇章", 3),
        listed_term("文化润城", 4),
        listed_term("奋力谱写城区篇章", 2),
        listed_term("深入推进文化润城", 3),
    ];
    let listed: Vec<String> = list_key_terms(words.into_iter(), &usage, 10)
        .into_iter()
        .map(|t| t.term)
        .collect();
    assert_eq!(listed, ["奋力谱写城区篇章", "文化润城", "深入推进文化润城"]);
}
