//! Tests of the parent module.
use super::key_terms::{key_terms, log_likelihood};
use super::*;
use crate::search::query::parse_query;
use crate::test_support::process_report;

fn corpus() -> Vec<Report> {
    [
        "潍坊市奎文区推进城市更新\n发布时间:2021-05-01\n奎文区坚持“城市更新”引领,推进“项目为王”,城市更新成效显著,城市更新项目持续推进。固定资产投资增长6.1%,一般公共预算收入增长10.3%。",
        "潍坊市奎文区优化营商环境\n发布时间:2023-07-06\n奎文区深化“放管服”改革,坚持“项目为王”,城市更新全面提速。1-5月份,固定资产投资增长8%。",
        "潍坊市坊子区推进乡村振兴\n发布时间:2021-02-19\n坊子区坚持“项目为王”,推进“双招双引”,乡村振兴示范区建设加快,乡村振兴成效明显。固定资产投资增长5%,一般公共预算收入增长9%。",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| process_report(&i.to_string(), t))
    .collect()
}

fn units(reports: &[Report]) -> Vec<Unit> {
    district_units(reports, &["奎文区".to_string(), "坊子区".to_string()])
}

#[test]
fn units_by_district_and_by_year() {
    let reports = corpus();
    let u = units(&reports);
    assert_eq!(u[0].reports, vec![0, 1]);
    assert_eq!(u[1].reports, vec![2]);
    let years = year_units(&reports, "奎文区");
    assert_eq!(
        years.iter().map(|y| y.label.as_str()).collect::<Vec<_>>(),
        vec!["奎文区 2021", "奎文区 2023"]
    );
    assert_eq!(
        period_covered(&reports, &u[0]),
        Some(("2021-05-01".into(), "2023-07-06".into()))
    );
}

#[test]
fn log_likelihood_is_zero_for_equal_rates_and_grows_with_difference() {
    assert!(log_likelihood(10.0, 10.0, 100.0, 100.0).abs() < 1e-9);
    assert!(log_likelihood(20.0, 5.0, 100.0, 100.0) > log_likelihood(12.0, 8.0, 100.0, 100.0));
    // A textbook value: 10 in 1,000 against 2 in 1,000.
    assert!((log_likelihood(10.0, 2.0, 1000.0, 1000.0) - 5.82).abs() < 0.01);
}

#[test]
fn distinctive_terms_are_what_a_district_says_more() {
    let reports = corpus();
    let u = units(&reports);
    let kuiwen: Vec<String> = key_terms(&reports, &u[0], 5)
        .into_iter()
        .map(|k| k.term)
        .collect();
    assert!(
        kuiwen.iter().any(|t| t.contains("城市更新") || t == "更新"),
        "{kuiwen:?}"
    );
    let fangzi: Vec<String> = key_terms(&reports, &u[1], 5)
        .into_iter()
        .map(|k| k.term)
        .collect();
    assert!(fangzi.iter().any(|t| t.contains("乡村振兴")), "{fangzi:?}");
    assert!(!fangzi.iter().any(|t| t.contains("城市更新")));
    assert!(
        !kuiwen
            .iter()
            .any(|t| "奎文区".contains(t.as_str()) || "潍坊市".contains(t.as_str())),
        "{kuiwen:?}"
    );
}

#[test]
fn shared_and_unique_slogans() {
    let reports = corpus();
    let s = slogans(&reports, &units(&reports));
    assert_eq!(s[0].phrase, "项目为王");
    assert_eq!(s[0].units, vec![(0, 2), (1, 1)]);
    let unique: Vec<&str> = s
        .iter()
        .filter(|x| x.units.len() == 1)
        .map(|x| x.phrase.as_str())
        .collect();
    assert!(
        unique.contains(&"城市更新") && unique.contains(&"双招双引"),
        "{unique:?}"
    );
    // Three-character slogans are too short to compare.
    assert!(!s.iter().any(|x| x.phrase == "放管服"));
}

#[test]
fn figures_aligned_with_caveats() {
    let reports = corpus();
    let rows = align_figures(&reports, &units(&reports));
    let fixed = rows.iter().find(|r| r.indicator == "固定资产投资").unwrap();
    assert_eq!(fixed.cells[0].len(), 2);
    assert_eq!(fixed.cells[1].len(), 1);
    assert!(
        fixed
            .caveats
            .iter()
            .any(|c| c.differ_in == crate::i18n::LaterKey::DifferentPeriods
                && c.describe(crate::i18n::Lang::En)
                    .starts_with("different periods")),
        "{:?}",
        fixed.caveats
    );
    let budget = rows
        .iter()
        .find(|r| r.indicator == "一般公共预算收入")
        .unwrap();
    assert!(budget.caveats.is_empty(), "{:?}", budget.caveats);
    let statuses = crate::views::compare::Caveat {
        differ_in: crate::i18n::LaterKey::DifferentStatuses,
        values: vec!["actual".into(), "target".into()],
    };
    assert_eq!(
        statuses.describe(crate::i18n::Lang::Zh),
        "状态不同：实际 / 目标"
    );
}

#[test]
fn themes_and_term_rates() {
    let reports = corpus();
    let u = units(&reports);
    let index = SearchIndex::new(&reports);
    let q = parse_query("城市更新 乡村振兴");
    let grams = CorpusGrams::new(&reports, &index);
    let cmp = compare(&reports, &index, &grams, u, &q);
    assert!(cmp.term_rates[0][0] > 0.0 && cmp.term_rates[1][0] == 0.0);
    assert!(cmp.term_rates[1][1] > 0.0);
    let urban = |u: usize| cmp.themes[u].iter().find(|(k, _)| *k == "urban").unwrap().1;
    assert!(urban(0) >= urban(1));
    let csv = comparison_csv(&reports, &cmp, &q, crate::i18n::Lang::En);
    assert!(
        csv.contains("shared slogan,,项目为王,2,奎文区 ×2; 坊子区 ×1"),
        "{csv}"
    );
    assert!(csv.contains("per 10k characters,奎文区,城市更新,"));
    assert!(csv.contains(" here, "), "{csv}");
    // In the Chinese interface the rows speak Chinese.
    let zh = comparison_csv(&reports, &cmp, &q, crate::i18n::Lang::Zh);
    assert!(zh.contains("共同口号,,项目为王,2,"), "{zh}");
    assert!(zh.contains("每万字,奎文区,城市更新,"), "{zh}");
    assert!(zh.contains("此处 ") && !zh.contains(" here, "), "{zh}");
}

#[test]
fn reports_read_in_ascending_order_are_those_holding_each_position() {
    // A report with no paragraph holds no position: the cursor steps over it.
    let mut reports = corpus();
    reports.insert(
        1,
        process_report("empty", "潍坊市奎文区\n发布时间:2022-01-01\n"),
    );
    let index = SearchIndex::new(&reports);
    let grams = CorpusGrams::new(&reports, &index);
    let holder = |at: usize| (0..reports.len()).find(|&i| grams.report_range(i).contains(&at));
    let every: Vec<usize> = (1..grams.ids().len()).collect();
    // Every position, then every fifth: each step lands in the next report
    // or jumps over some.
    for step in [1, 5] {
        let mut cursor = grams.reports_ascending();
        for &at in every.iter().step_by(step) {
            assert_eq!(Some(cursor.report_of(at)), holder(at), "position {at}");
        }
    }
    let mut cursor = grams.reports_ascending();
    let last = grams.ids().len() - 1;
    assert_eq!(Some(cursor.report_of(last)), holder(last));
}

#[test]
fn key_term_counts_elsewhere_are_the_rest_of_the_corpus_counted_in_full() {
    // The fast path counts only candidate strings once over the corpus and
    // subtracts; it must agree with a plain count over the rest.
    let seeds = crate::test_support::bundled_corpus();
    let reports = crate::test_support::synthesize(&seeds.reports, 30, 3).reports;
    let index = SearchIndex::new(&reports);
    let mut districts: Vec<String> = reports
        .iter()
        .filter_map(|r| district_of(r).map(String::from))
        .collect();
    districts.dedup();
    let units = district_units(&reports, &districts[..3]);
    let listed = key_terms_of_units(
        &reports,
        &index,
        &CorpusGrams::new(&reports, &index),
        &units,
        50,
    );
    let all: Vec<usize> = (0..reports.len()).collect();
    let folded: Vec<String> = unit_texts(&reports, &all).collect();
    for (unit, terms) in units.iter().zip(&listed) {
        assert!(!terms.is_empty(), "{} lists terms", unit.label);
        let rest: Vec<usize> = (0..reports.len())
            .filter(|i| !unit.reports.contains(i))
            .collect();
        // Occurrences found one after the other, overlapping ones included.
        let count = |indices: &[usize], term: &str| -> usize {
            indices
                .iter()
                .map(|&i| {
                    let text = &folded[i];
                    let mut from = 0;
                    std::iter::from_fn(|| {
                        let at = from + text[from..].find(term)?;
                        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
                        Some(at)
                    })
                    .count()
                })
                .sum()
        };
        for t in terms {
            assert_eq!(
                t.here,
                count(&unit.reports, &t.term),
                "{} in {}",
                t.term,
                unit.label
            );
            assert_eq!(
                t.elsewhere,
                count(&rest, &t.term),
                "{} outside {}",
                t.term,
                unit.label
            );
        }
    }
}

#[test]
fn toggling_a_district_adds_or_removes_it_up_to_the_most_compared() {
    let mut list = Vec::new();
    toggle_district(&mut list, "奎文区");
    toggle_district(&mut list, "坊子区");
    assert_eq!(list, ["奎文区", "坊子区"]);
    toggle_district(&mut list, "奎文区");
    assert_eq!(list, ["坊子区"]);
    for d in ["甲区", "乙区", "丙区", "丁区"] {
        toggle_district(&mut list, d);
    }
    assert_eq!(list.len(), MAX_UNITS);
    assert!(
        !list.contains(&"丁区".to_string()),
        "a full list takes no more"
    );
}

#[test]
fn distinctive_terms_of_the_seeds_are_not_fragments_of_words() {
    // Fragments the 2-4-character n-grams ranked high on the seeds: parts
    // of 党史学习教育, 现代农业, 城市更新, 动力突破, and strings across a
    // word boundary (的奎文, 区将).
    let fragments = [
        "史学习教",
        "现代农",
        "体建设工",
        "市更",
        "力突",
        "的奎文",
        "区将",
        "代产业体",
    ];
    let reports = crate::test_support::bundled_corpus().reports;
    let index = SearchIndex::new(&reports);
    let districts: Vec<String> = crate::model::district_counts(&reports)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    let units = district_units(&reports, &districts);
    let listed = key_terms_of_units(
        &reports,
        &index,
        &CorpusGrams::new(&reports, &index),
        &units,
        20,
    );
    for (unit, terms) in units.iter().zip(&listed) {
        assert!(terms.len() >= 10, "{} lists {terms:?}", unit.label);
        for t in terms {
            assert!(
                !fragments.contains(&t.term.as_str()),
                "{} lists {}",
                unit.label,
                t.term
            );
        }
    }
    let all: Vec<&str> = listed.iter().flatten().map(|t| t.term.as_str()).collect();
    assert!(
        all.contains(&"党史学习教育") && all.contains(&"固定资产投资"),
        "{all:?}"
    );
}

#[test]
fn a_word_in_many_contexts_is_kept_and_its_fragment_dropped() {
    // 数字经济 follows and precedes many characters; 字经 and 数字经 are
    // always inside it; 党史学习教育 is always whole, so 史学习教 never
    // stands alone. A phrase in every report is boilerplate.
    let body = |extra: &str| {
        format!("各地坚持新发展理念。{extra}经济运行稳中向好,经济总量扩大,发展数字经济,壮大数字经济,数字经济规模增长,推动数字经济和实体经济融合。开展党史学习教育,党史学习教育走深走实。")
    };
    let reports: Vec<Report> = [
        "潍坊市奎文区",
        "潍坊市坊子区",
        "济南市济阳区",
        "济南市历下区",
    ]
    .iter()
    .map(|r| {
        process_report(
            r,
            &format!(
                "{r}工作动态\n{}",
                body(if *r == "潍坊市奎文区" {
                    ""
                } else {
                    "推进乡村振兴。"
                })
            ),
        )
    })
    .collect();
    let index = SearchIndex::new(&reports);
    let units = district_units(&reports, &["奎文区".to_string()]);
    let terms = key_terms_of_units(
        &reports,
        &index,
        &CorpusGrams::new(&reports, &index),
        &units,
        20,
    )
    .remove(0);
    let names: Vec<&str> = terms.iter().map(|t| t.term.as_str()).collect();
    assert!(names.contains(&"数字经济"), "{names:?}");
    for fragment in ["字经", "数字经", "史学习教", "党史学习教"] {
        assert!(!names.contains(&fragment), "{fragment} in {names:?}");
    }
    let stock = terms.iter().find(|t| t.term == "数字经济").expect("listed");
    assert!(stock.boilerplate, "in every report");
}

#[test]
fn canonical_indicators_line_up_one_row_per_kind() {
    let reports = crate::test_support::bundled_corpus().reports;
    let rows = align_figures(&reports, &units(&reports));
    let key_projects: Vec<Option<FigureKind>> = rows
        .iter()
        .filter(|r| r.indicator == "重点项目")
        .map(|r| r.kind)
        .collect();
    // The count of key projects and their total investment are two rows;
    // 省级重点项目 is another measure and joins neither.
    assert_eq!(
        key_projects,
        [Some(FigureKind::Amount), Some(FigureKind::Count)]
    );
    let count = rows
        .iter()
        .find(|r| r.indicator == "重点项目" && r.kind == Some(FigureKind::Count))
        .unwrap();
    // One district's reports count key projects three times (奎文区's
    // `4个重点项目建设` among them), the other's once.
    assert_eq!(count.cells.iter().map(Vec::len).collect::<Vec<_>>(), [3, 1]);
    assert_eq!(count.label(crate::i18n::Lang::Zh), "重点项目 · 数量");
}
