//! Tests of the parent module: counts against a plain scan, dates kept as
//! the reports have them, regions at each level, first uses.
use super::*;
use crate::search::query::parse_query;
use crate::test_support::bundled_corpus;
use crate::test_support::{process_report, Rng};

/// Occurrences of `term` in the report's reader texts, by the reference
/// count (every position tried, no index).
fn plain_count(report: &Report, term: &str) -> usize {
    report_clean::tools::plain_scan::plain_count(
        report.reader_texts().iter().map(|(_, text)| *text),
        term,
    )
}

fn date(value: &str, precision: DatePrecision, inferred: bool) -> Option<ReportDate> {
    Some(ReportDate {
        value: value.into(),
        precision,
        inferred,
        evidence: Vec::new(),
    })
}

/// Reports of three regions in two provinces, dated every way a report
/// can be: a day, a year only, inferred, none.
fn synthetic() -> Vec<Report> {
    let texts = [
        (
            "潍坊市奎文区工作动态",
            "奎文区推进高质量发展,高质量发展势头良好。发展发展发展。",
        ),
        (
            "潍坊市坊子区工作动态",
            "坊子区培育新质生产力,推动高质量发展。",
        ),
        (
            "济南市济阳区工作动态",
            "济阳区發展新質生產力,新质生产力新质生产力。",
        ),
        (
            "潍坊市奎文区年度总结",
            "奎文区新质生产力加快形成,高质量发展取得实效。",
        ),
        ("成都市武侯区工作动态", "武侯区坚持高质量发展。"),
        ("没有地区的报告", "高质量发展是首要任务。"),
    ];
    let dates = [
        date("2023-05-01", DatePrecision::Day, false),
        date("2024", DatePrecision::Year, false),
        date("2024-03-02", DatePrecision::Day, true),
        date("2024-01-10", DatePrecision::Day, false),
        None,
        date("2023-11", DatePrecision::Month, false),
    ];
    texts
        .iter()
        .zip(dates)
        .enumerate()
        .map(|(i, ((title, body), d))| {
            let mut r = process_report(&i.to_string(), &format!("{title}\n{body}"));
            r.date = d;
            r
        })
        .collect()
}

fn run(reports: &[Report], query: &str, level: RegionLevel) -> (Query, Trends) {
    let q = parse_query(query);
    let t = trends(
        reports,
        &body_sizes(reports),
        &SearchIndex::new(reports),
        &q,
        &Selection::default(),
        (level, Granularity::Year),
    );
    (q, t)
}

/// Every row's counts equal the plain scan of its reports.
fn assert_rows_match_plain_scan(
    reports: &[Report],
    q: &Query,
    (rows, granularity): (&[PeriodRow], Granularity),
    admit: impl Fn(&Report) -> bool,
) {
    for row in rows {
        let members: Vec<&Report> = reports
            .iter()
            .filter(|r| admit(r) && period_of(r.date.as_ref(), granularity) == row.period)
            .collect();
        assert_eq!(row.reports, members.len(), "{:?}", row.period);
        assert_eq!(
            row.chars,
            members.iter().map(|r| r.body_chars()).sum::<usize>()
        );
        for (t, term) in q.terms.iter().enumerate() {
            let counts: Vec<usize> = members.iter().map(|r| plain_count(r, &term.text)).collect();
            assert_eq!(
                row.hits[t],
                counts.iter().sum::<usize>(),
                "{} in {:?}",
                term.text,
                row.period
            );
            assert_eq!(row.using[t], counts.iter().filter(|&&n| n > 0).count());
        }
    }
}

#[test]
fn counts_per_year_equal_a_plain_scan_of_synthetic_reports() {
    let reports = synthetic();
    let (q, t) = run(
        &reports,
        "高质量发展 新质生产力 发展",
        RegionLevel::Province,
    );
    assert_eq!(
        t.overall.iter().map(|r| r.period).collect::<Vec<_>>(),
        vec![Period::Year(2023), Period::Year(2024), Period::Undated]
    );
    assert_rows_match_plain_scan(&reports, &q, (&t.overall, t.granularity), |_| true);
    // Overlapping and traditional-script hits count: 發展 and 新質生產力 fold.
    assert_eq!(t.overall[1].hits[1], 5);
    assert_eq!(t.overall[0].hits[2], 2 + 3 + 1);
    for region in &t.regions {
        let admit = |r: &Report| {
            region_at(r, RegionLevel::Province).map(|d| d.code) == Some(region.code.as_str())
        };
        assert_rows_match_plain_scan(&reports, &q, (&region.rows, t.granularity), admit);
    }
}

#[test]
fn year_only_and_inferred_dates_are_kept_as_such() {
    let reports = synthetic();
    let (_, t) = run(&reports, "新质生产力", RegionLevel::Province);
    let y2024 = &t.overall[1];
    assert_eq!((y2024.reports, y2024.year_only, y2024.inferred), (3, 1, 1));
    let y2023 = &t.overall[0];
    assert_eq!((y2023.reports, y2023.year_only, y2023.inferred), (2, 0, 0));
    assert_eq!(
        t.overall[2].reports, 1,
        "the undated report is counted apart"
    );
    // The year-only report (2024) is not taken as 1 January: the report
    // of 2024-01-10 in another region came first.
    let firsts = &t.uptake[0].first_uses;
    assert_eq!(firsts.len(), 1, "both using regions are in Shandong");
    let (_, t) = run(&reports, "新质生产力", RegionLevel::County);
    let order: Vec<(&str, Option<&str>)> = t.uptake[0]
        .first_uses
        .iter()
        .map(|f| (f.region.as_str(), f.date.as_ref().map(|d| d.value.as_str())))
        .collect();
    assert_eq!(
        order,
        vec![
            ("奎文区", Some("2024-01-10")),
            ("济阳区", Some("2024-03-02")),
            ("坊子区", Some("2024"))
        ]
    );
}

#[test]
fn regions_at_each_level_and_the_first_use_opens_its_hit() {
    let reports = synthetic();
    let (_, by_city) = run(&reports, "高质量发展", RegionLevel::City);
    let cities: Vec<&str> = by_city.regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(cities, vec!["成都市", "济南市", "潍坊市"]);
    let (_, by_county) = run(&reports, "高质量发展", RegionLevel::County);
    assert_eq!(by_county.regions.len(), 4);
    // 奎文区 used it first in 2023; 武侯区's undated report comes last.
    let firsts = &by_county.uptake[0].first_uses;
    assert_eq!(firsts.first().map(|f| f.region.as_str()), Some("奎文区"));
    assert_eq!(firsts.last().map(|f| f.region.as_str()), Some("武侯区"));
    let kuiwen = &firsts[0];
    assert_eq!(kuiwen.report, 0);
    assert_eq!(kuiwen.line.keyword, "高质量发展");
    assert_eq!(kuiwen.line.mark, 0);
    // A term only in the second report of a region points to that report.
    let (_, t) = run(&reports, "加快形成", RegionLevel::County);
    assert_eq!(t.uptake[0].first_uses[0].report, 3);
}

#[test]
fn counts_on_the_seeds_equal_a_plain_scan_and_follow_the_facets() {
    let reports = bundled_corpus().reports;
    let (q, t) = run(
        &reports,
        "高质量发展 营商环境 乡村振兴",
        RegionLevel::County,
    );
    assert!(t.overall.iter().any(|r| r.hits.iter().sum::<usize>() > 0));
    assert_rows_match_plain_scan(&reports, &q, (&t.overall, t.granularity), |_| true);
    assert_eq!(
        t.overall.iter().map(|r| r.reports).sum::<usize>(),
        reports.len()
    );
    let code = reports
        .iter()
        .find_map(|r| r.region.as_ref()?.county.as_ref().map(|c| c.code.clone()))
        .expect("a seed names its county");
    let selection = Selection {
        regions: [code.clone()].into(),
        ..Selection::default()
    };
    let only = trends(
        &reports,
        &body_sizes(&reports),
        &SearchIndex::new(&reports),
        &q,
        &selection,
        (RegionLevel::County, Granularity::Year),
    );
    assert_rows_match_plain_scan(&reports, &q, (&only.overall, only.granularity), |r| {
        selection.admits(r)
    });
    assert!(only.regions.iter().all(|r| r.code == code));
}

#[test]
fn no_terms_still_counts_reports() {
    let reports = synthetic();
    let (_, t) = run(&reports, "", RegionLevel::City);
    assert_eq!(t.overall.iter().map(|r| r.reports).sum::<usize>(), 6);
    assert!(t.uptake.is_empty());
    assert_eq!(level_from_key("city"), Some(RegionLevel::City));
    assert_eq!(level_from_key("national"), None);
    assert_eq!(level_from_key("village"), None);
}

#[test]
fn the_csv_holds_the_table_with_dates_as_the_reports_have_them() {
    let reports = synthetic();
    let (q, t) = run(&reports, "新质生产力", RegionLevel::County);
    let csv = trends_csv(&t, &q, crate::i18n::Lang::En);
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().collect();
    assert_eq!(
        lines[0],
        "Region,Year,Reports,Characters,Dated by year only,Date inferred,新质生产力: hits,新质生产力: reports,\"新质生产力: per 10,000 characters\""
    );
    let y2024 = &t.overall[1];
    assert_eq!(
        lines[2],
        format!(
            "All reports,2024,3,{},1,1,5,3,{:.2}",
            y2024.chars,
            y2024.rate(0)
        )
    );
    assert_eq!(
        lines.len(),
        1 + t.overall.len() + t.regions.iter().map(|r| r.rows.len()).sum::<usize>()
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("All reports,undated,1,")));
    let first = &t.uptake[0].first_uses[2];
    assert_eq!(
        first_use_date(first.date.as_ref(), crate::i18n::Lang::En),
        "2024 (year only)"
    );
    assert_eq!(
        first_use_date(
            t.uptake[0].first_uses[1].date.as_ref(),
            crate::i18n::Lang::Zh
        ),
        "2024-03-02（推断）"
    );
}

#[test]
fn a_report_above_the_level_stands_for_its_own_government() {
    let mut reports = synthetic();
    let mut national = process_report(
        "n",
        "政府工作报告\n国务院总理在第十四届全国人民代表大会上。新质生产力加快发展。",
    );
    national.region = Some(crate::model::Region::national(Vec::new()));
    national.date = date("2024-03-05", DatePrecision::Day, false);
    reports.push(national);
    let (_, t) = run(&reports, "新质生产力", RegionLevel::County);
    let names: Vec<&str> = t.regions.iter().map(|r| r.name.as_str()).collect();
    assert!(names.contains(&crate::model::NATIONAL_NAME), "{names:?}");
    // At province level the districts' reports are their provinces'.
    let (_, t) = run(&reports, "新质生产力", RegionLevel::Province);
    let names: Vec<&str> = t.regions.iter().map(|r| r.name.as_str()).collect();
    assert!(
        names.contains(&"山东省") && !names.contains(&"奎文区"),
        "{names:?}"
    );
}

#[test]
fn months_hold_only_reports_that_state_their_month() {
    let reports = synthetic();
    let q = parse_query("新质生产力 高质量发展");
    let t = trends(
        &reports,
        &body_sizes(&reports),
        &SearchIndex::new(&reports),
        &q,
        &Selection::default(),
        (RegionLevel::County, Granularity::Month),
    );
    // 2024 (year only) and 2024-03-02 (inferred) are in no month; the
    // 2023-11 report states its month.
    assert_eq!(
        t.overall.iter().map(|r| r.period).collect::<Vec<_>>(),
        vec![
            Period::Month(2023, 5),
            Period::Month(2023, 11),
            Period::Month(2024, 1),
            Period::MonthUnknown(2024),
            Period::Undated
        ]
    );
    let unknown = &t.overall[3];
    assert_eq!(
        (unknown.reports, unknown.year_only, unknown.inferred),
        (2, 1, 1)
    );
    assert_rows_match_plain_scan(&reports, &q, (&t.overall, t.granularity), |_| true);
    let steps: Vec<u16> = t.on_axis().iter().map(|(s, _)| *s).collect();
    assert_eq!(steps.len(), 3);
    assert_eq!(
        Period::at_step(steps[2], Granularity::Month),
        Period::Month(2024, 1)
    );
    assert_eq!(steps[1] - steps[0], 6, "May to November");
    let csv = trends_csv(&t, &q, crate::i18n::Lang::En);
    assert!(
        csv.contains("\nAll reports,2024 (month not known),2,"),
        "{csv}"
    );
    assert!(csv.lines().next().unwrap().contains(",Month,"));
}

#[test]
fn months_are_offered_only_where_the_reports_are_dense() {
    let base = synthetic();
    let sparse = MonthDensity::of(&base, &Selection::default());
    // Three reports state their month (2023-05, 2023-11, 2024-01).
    assert_eq!((sparse.reports, sparse.span), (3, 9));
    assert!(!sparse.dense());
    assert_eq!(sparse.granularity(Granularity::Month), Granularity::Year);
    assert!(sparse
        .sparse_note(crate::i18n::Lang::En)
        .is_some_and(|n| n.contains("3 over 9 months")));
    // Twelve months with a report each, stated: dense.
    let month = |m: usize| {
        let mut r = base[0].clone();
        r.date = date(&format!("2025-{m:02}-15"), DatePrecision::Day, false);
        r
    };
    let dense: Vec<Report> = (1..=12).map(month).collect();
    let density = MonthDensity::of(&dense, &Selection::default());
    assert!(density.dense(), "{density:?}");
    assert_eq!(density.granularity(Granularity::Month), Granularity::Month);
    assert_eq!(density.sparse_note(crate::i18n::Lang::En), None);
    // The same twelve spread over four years are too thin.
    let spread: Vec<Report> = (0..12)
        .map(|i| {
            let mut r = base[0].clone();
            r.date = date(
                &format!("{}-{:02}-01", 2020 + i / 3, 1 + (i % 3) * 4),
                DatePrecision::Day,
                false,
            );
            r
        })
        .collect();
    assert!(!MonthDensity::of(&spread, &Selection::default()).dense());
}

#[test]
fn periods_read_and_write_their_link_names_and_sort_in_time() {
    for key in ["2024", "2024-03", "1954"] {
        assert_eq!(
            Period::from_key(key).and_then(Period::key).as_deref(),
            Some(key)
        );
    }
    for bad in [
        "24",
        "2024-3",
        "2024-13",
        "2024-00",
        "abcd",
        "2024-03-01",
        "",
    ] {
        assert_eq!(Period::from_key(bad), None, "{bad}");
    }
    let mut periods = vec![
        Period::Undated,
        Period::MonthUnknown(2024),
        Period::Month(2024, 12),
        Period::Month(2025, 1),
        Period::Month(2024, 1),
    ];
    periods.sort();
    assert_eq!(
        periods,
        vec![
            Period::Month(2024, 1),
            Period::Month(2024, 12),
            Period::MonthUnknown(2024),
            Period::Month(2025, 1),
            Period::Undated
        ]
    );
    assert_eq!(
        Period::MonthUnknown(2024).label(crate::i18n::Lang::Zh),
        "2024（月份不详）"
    );
}

/// Pieces of report text: traditional and full-width forms, overlaps
/// (发展发展), line breaks (new paragraphs), places that name regions.
const PIECES: &[&str] = &[
    "高质量发展",
    "發展",
    "发展",
    "新質生產力",
    "新质生产力",
    "ＧＤＰ",
    "gdp",
    "，",
    "。",
    "\n",
    "奎文区",
    "坊子区",
    "济阳区",
    "武侯区",
    "质量",
    "展",
];

/// Trends read their counts from the gram index (`SearchIndex::search`):
/// on random reports and queries, every row equals a plain scan of its
/// reports, overall and per region at each level.
#[test]
fn counts_from_the_index_equal_a_plain_scan_on_random_reports() {
    let mut rng = Rng(0x7E4D_5023);
    let places = [
        "潍坊市奎文区",
        "潍坊市坊子区",
        "济南市济阳区",
        "成都市武侯区",
    ];
    for round in 0..8 {
        let reports: Vec<Report> = (0..3 + rng.below(8))
            .map(|i| {
                let body: String = (0..1 + rng.below(40)).map(|_| *rng.pick(PIECES)).collect();
                let title = format!("{}工作动态", rng.pick(&places));
                let mut r = process_report(&format!("{round}-{i}"), &format!("{title}\n{body}"));
                r.date = date(
                    &format!("{}", 2020 + rng.below(4)),
                    DatePrecision::Year,
                    false,
                );
                r
            })
            .collect();
        for _ in 0..6 {
            let terms: Vec<&str> = (0..1 + rng.below(3)).map(|_| *rng.pick(PIECES)).collect();
            let query = terms.join(" ").replace(['\n', '，', '。'], "展");
            for level in [RegionLevel::Province, RegionLevel::County] {
                let (q, t) = run(&reports, &query, level);
                assert_rows_match_plain_scan(&reports, &q, (&t.overall, t.granularity), |_| true);
                for region in &t.regions {
                    let admit = |r: &Report| {
                        region_at(r, level).map(|d| d.code) == Some(region.code.as_str())
                    };
                    assert_rows_match_plain_scan(
                        &reports,
                        &q,
                        (&region.rows, t.granularity),
                        admit,
                    );
                }
            }
        }
    }
}
