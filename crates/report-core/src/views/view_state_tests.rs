use super::*;

fn state() -> ViewState {
    let mut s = ViewState {
        query: "营商环境 \"a b\" | x&y".into(),
        open: Some("abc123".into()),
        hit: 2,
        view: View::Concordance,
        sort: KwicOrder::Left,
        compare: vec!["坊子区".into(), "奎文区".into()],
        ..ViewState::default()
    };
    s.selection.regions.insert("370705".into());
    s.selection.years.insert(2021);
    s.selection.date_from = Some("2020-05".into());
    s.selection.sources.insert("济南市济阳区政府".into());
    s.selection.themes.insert("rural".into());
    s.selection.has_figures = Some(true);
    s
}

#[test]
fn round_trips() {
    let s = state();
    let fragment = s.to_fragment();
    assert!(fragment.starts_with("q=%E8%90%A5"), "{fragment}");
    assert!(fragment.contains("&hit=3&cmp=%E5%9D%8A%E5%AD%90%E5%8C%BA&cmp=%E5%A5%8E%E6%96%87%E5%8C%BA&view=concordance&sort=left"));
    assert_eq!(ViewState::parse(&format!("#{fragment}")), (s, vec![]));
    assert_eq!(ViewState::default().to_fragment(), "");
    assert_eq!(ViewState::parse(""), (ViewState::default(), vec![]));
    let trends = ViewState {
        view: View::Trends,
        ..ViewState::default()
    };
    assert_eq!(trends.to_fragment(), "view=trends");
    assert_eq!(ViewState::parse("#view=trends"), (trends, vec![]));
}

#[test]
fn the_figures_tables_filters_and_order_are_in_the_link() {
    let mut s = ViewState {
        view: View::Figures,
        ..ViewState::default()
    };
    s.figures.toggle_kind(crate::model::FigureKind::Amount);
    s.figures.min = "1000万元".into();
    s.figures
        .click_sort(crate::views::figure_table::FigureOrder::Value);
    s.figures
        .click_sort(crate::views::figure_table::FigureOrder::Value);
    let fragment = s.to_fragment();
    assert_eq!(
        fragment,
        "view=figures&fkind=amount&fmin=1000%E4%B8%87%E5%85%83&fsort=-value"
    );
    assert_eq!(ViewState::parse(&fragment), (s, vec![]));
}

#[test]
fn the_trends_level_periods_new_terms_period_and_stock_phrases_are_in_the_link() {
    use crate::model::RegionLevel;
    use crate::views::trends::{Granularity, Period};
    let s = ViewState {
        view: View::Trends,
        trends: TrendView {
            level: RegionLevel::County,
            granularity: Granularity::Month,
            new_in: Some(Period::Month(2024, 3)),
        },
        hide_boilerplate: true,
        ..ViewState::default()
    };
    let fragment = s.to_fragment();
    assert_eq!(
        fragment,
        "view=trends&tlevel=county&tperiod=month&tnew=2024-03&stock=hide"
    );
    assert_eq!(ViewState::parse(&fragment), (s, vec![]));
    let (year, _) = ViewState::parse("tnew=2024");
    assert_eq!(year.trends.new_in, Some(Period::Year(2024)));
    let (bad, ignored) =
        ViewState::parse("tlevel=national&tperiod=week&tnew=2024-13&tnew=24&stock=maybe");
    assert_eq!(bad.trends, TrendView::default());
    assert!(!bad.hide_boilerplate);
    assert_eq!(
        described(&ignored, Lang::En),
        [
            "tlevel=national",
            "tperiod=week",
            "tnew=2024-13",
            "tnew=24",
            "stock=maybe"
        ]
    );
}

fn described(parts: &[IgnoredPart], lang: Lang) -> Vec<String> {
    parts.iter().map(|p| p.describe(lang)).collect()
}

#[test]
fn garbage_is_dropped_and_reported() {
    let (s, ignored) = ViewState::parse("#q=%E8%90%A5%E5%95%86&year=abc&year=2021&region=xyz&theme=nonsense&view=map&sort=up&hit=0&bogus=1&q2&open=%ZZ");
    assert_eq!(s.query, "营商");
    assert_eq!(s.selection.years, [2021].into());
    assert!(s.selection.regions.is_empty() && s.selection.themes.is_empty());
    assert_eq!(s.view, View::Reports);
    assert_eq!(
        described(&ignored, Lang::En),
        vec![
            "year=abc",
            "region=xyz",
            "theme=nonsense",
            "view=map",
            "sort=up",
            "hit=0",
            "bogus=1",
            "q2",
            "open (badly encoded)"
        ]
    );
}

#[test]
fn unknown_to_this_corpus() {
    let report = crate::test_support::process_report(
        "r",
        "潍坊市奎文区优化营商环境\n奎文区持续优化营商环境,深化审批制度改革,市场主体持续增加。",
    );
    let mut s = state();
    let ignored = s.retain_known(&[report]);
    assert_eq!(
        described(&ignored, Lang::En),
        vec![
            "open=abc123 (no such report)",
            "cmp=坊子区 (not in this corpus)",
            "source=济南市济阳区政府 (not in this corpus)"
        ]
    );
    // Said in the reader's language: no English in the Chinese interface.
    assert_eq!(
        described(&ignored, Lang::Zh),
        vec![
            "open=abc123（没有这篇报告）",
            "cmp=坊子区（本语料中没有）",
            "source=济南市济阳区政府（本语料中没有）"
        ]
    );
    assert_eq!(s.open, None);
    assert_eq!(s.selection.regions.len(), 1);
}

#[test]
fn dates_are_read_as_people_type_them() {
    let cases = [
        ("2021-03-01", Some("2021-03-01")),
        ("2021/3/1", Some("2021-03-01")),
        ("2021.3", Some("2021-03")),
        ("2020年", Some("2020")),
        ("2021年3月1日", Some("2021-03-01")),
        ("２０２２年１２月", Some("2022-12")),
        (" 2023 ", Some("2023")),
        ("2021-13", None),
        ("2021-02-30", None),
        ("21/3/1", None),
        ("去年", None),
        ("2021-03-01-05", None),
        ("", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(normalise_date_input(typed).as_deref(), expected, "{typed}");
    }
    assert_eq!(
        normalise_date_input("2024-02-29").as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(normalise_date_input("2023-02-29"), None);
}

#[test]
fn a_range_is_reversed_only_when_it_starts_after_it_ends() {
    assert!(!is_reversed_range("2021-03", "2021"));
    assert!(!is_reversed_range("2020", "2020"));
    assert!(!is_reversed_range("2020-05-01", "2021-01"));
    assert!(is_reversed_range("2022", "2021-06"));
    assert!(is_reversed_range("2021-03-02", "2021-03-01"));
}

#[test]
fn a_link_written_by_hand_is_read_as_meant() {
    // A range the wrong way round is swapped, as the date boxes swap it.
    let (view, ignored) = ViewState::parse("#from=2030&to=1990-05");
    assert!(ignored.is_empty());
    assert_eq!(view.selection.date_from.as_deref(), Some("1990-05"));
    assert_eq!(view.selection.date_to.as_deref(), Some("2030"));
    // A query string's `?` or a router's `/?` before the fragment's parts.
    for fragment in [
        "#?q=%E8%90%A5%E5%95%86&view=trends",
        "#/?q=%E8%90%A5%E5%95%86&view=trends",
    ] {
        let (view, ignored) = ViewState::parse(fragment);
        assert!(ignored.is_empty(), "{fragment}: {ignored:?}");
        assert_eq!((view.query.as_str(), view.view), ("营商", View::Trends));
    }
}

#[test]
fn percent_coding() {
    assert_eq!(percent_encode("a b&c=营"), "a%20b%26c%3D%E8%90%A5");
    assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
    assert_eq!(percent_decode("%E8%90"), None);
    assert_eq!(percent_decode("%4"), None);
}

#[test]
fn a_query_string_names_a_view_and_says_whether_it_was_all_the_views() {
    let (view, all_ours) =
        ViewState::from_query_string("?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83+x&view=trends")
            .expect("a view");
    assert_eq!(view.query, "营商环境 x");
    assert_eq!(view.view, View::Trends);
    assert!(all_ours);
    let (view, all_ours) = ViewState::from_query_string("?utm_source=mail&q=abc").expect("a view");
    assert_eq!(view.query, "abc");
    assert!(!all_ours, "the campaign's tag is the page's");
    // Nothing of the view: none.
    assert_eq!(ViewState::from_query_string("?utm_source=mail"), None);
    assert_eq!(ViewState::from_query_string(""), None);
}
