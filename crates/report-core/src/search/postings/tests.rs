//! The gram index answers exactly what a scan of the folded text answers:
//! on random corpora and queries, and on the cases that break naive
//! indexes (one character, overlaps, folding, line breaks, ends).

use crate::search::postings::term_cache::TERMS_KEPT;
use crate::search::postings::{Postings, TermCache};
use crate::search::query::{parse_query, Query, Term};
use crate::search::{QueryMatcher, SearchIndex};
use crate::test_support::{process_report, Rng};
use crate::text::fold::fold_for_search;

/// Few characters, so that random terms occur, overlap and repeat; with
/// traditional and full-width forms and line breaks.
const ALPHABET: &[&str] = &[
    "哈", "营", "商", "环", "境", "營", "環", "区", "區", "域", "Ｇ", "g", "D", "p", "Ｐ", "\n",
    " ", "，", ",", "发展",
];

fn random_text(rng: &mut Rng, max_pieces: usize) -> String {
    let n = rng.below(max_pieces + 1);
    (0..n).map(|_| *rng.pick(ALPHABET)).collect()
}

/// A random query string in the query language: terms, some negated, some
/// joined by `|`, some quoted (holding a space), some cut from a document.
fn random_query(rng: &mut Rng, docs: &[String]) -> String {
    let mut parts = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let term = if rng.below(2) == 0 && !docs.is_empty() {
            let doc: Vec<char> = rng.pick(docs).chars().collect();
            let start = rng.below(doc.len());
            let len = 1 + rng.below(5);
            doc.iter().skip(start).take(len).collect::<String>()
        } else {
            random_text(rng, 4)
        };
        let term = term.replace('\n', "");
        let term = match rng.below(6) {
            0 => format!("-{term}"),
            1 => format!("\"{term}\""),
            _ => term,
        };
        parts.push(term);
        if rng.below(4) == 0 {
            parts.push("|".into());
        }
    }
    parts.join(" ")
}

/// What scanning each document finds.
fn scanned(docs: &[String], query: &Query) -> Vec<Option<Vec<usize>>> {
    let matcher = QueryMatcher::new(query);
    docs.iter()
        .map(|d| matcher.text_hits(d).map(|h| h.per_term))
        .collect()
}

/// What the postings find, over the same documents.
fn indexed(postings: &Postings, query: &Query) -> Vec<Option<Vec<usize>>> {
    let mut out = vec![None; postings.len()];
    for (doc, hits) in postings.search(query) {
        out[doc as usize] = Some(hits.per_term);
    }
    out
}

fn postings_of(docs: &[String]) -> Postings {
    let mut postings = Postings::new();
    for d in docs {
        postings.add(d);
    }
    postings
}

fn folded_docs(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| fold_for_search(t)).collect()
}

/// A query of one term as given, folded: quotes cannot carry a line break
/// through the query language's trimming, so cross-line terms are built.
fn one_term(text: &str) -> Query {
    Query {
        terms: vec![Term {
            text: text.into(),
            folded: fold_for_search(text),
        }],
        clauses: vec![vec![0]],
        ..Query::default()
    }
}

#[test]
fn random_corpora_and_queries_match_the_scan() {
    let mut rng = Rng(0x5EED_0022);
    for round in 0..300 {
        let texts: Vec<String> = (0..1 + rng.below(12))
            .map(|_| random_text(&mut rng, 40))
            .collect();
        let docs: Vec<String> = texts.iter().map(|t| fold_for_search(t)).collect();
        let postings = postings_of(&docs);
        // Kept over the round's queries, whose terms repeat (few
        // characters) and outnumber what it keeps.
        let mut cache = TermCache::new();
        for _ in 0..40 {
            let input = random_query(&mut rng, &texts);
            let query = parse_query(&input);
            assert_eq!(
                indexed(&postings, &query),
                scanned(&docs, &query),
                "round {round}, query {input:?} over {docs:?}"
            );
            assert_eq!(
                postings.search_cached(&query, &mut cache),
                postings.search(&query),
                "round {round}, query {input:?}, counts kept"
            );
            assert!(cache.len() <= TERMS_KEPT);
            let counting = query.counting_every_term();
            assert_eq!(indexed(&postings, &counting), scanned(&docs, &counting));
        }
    }
}

#[test]
fn random_terms_with_line_breaks_match_the_scan() {
    let mut rng = Rng(0x00B1_2EA4);
    for _ in 0..200 {
        let docs: Vec<String> = (0..1 + rng.below(8))
            .map(|_| fold_for_search(&random_text(&mut rng, 30)))
            .collect();
        let postings = postings_of(&docs);
        for _ in 0..20 {
            let query = one_term(&random_text(&mut rng, 4));
            assert_eq!(
                indexed(&postings, &query),
                scanned(&docs, &query),
                "{query:?}"
            );
        }
    }
}

#[test]
fn cases_that_break_naive_indexes() {
    let docs = folded_docs(&[
        "哈哈哈哈",
        "優化營商環境，ＧＤＰ增长",
        "优化营商环境,gdp增长",
        "营商\n环境",
        "境营商环",
        "",
        "商",
    ]);
    let postings = postings_of(&docs);
    for q in [
        "哈",
        "哈哈",
        "哈哈哈",
        "哈哈哈哈哈",
        "营商環境",
        "營商環境",
        "ＧＤＰ",
        "gdp增",
        "商",
        "境",
        "优化",
        "增长",
        "环境 -ＧＤＰ",
        "哈哈 | 商",
        "营商 环境",
        "不存在",
        "营商 | 不存在 -哈",
        "\"商环境\"",
    ] {
        let query = parse_query(q);
        assert_eq!(indexed(&postings, &query), scanned(&docs, &query), "{q}");
    }
    // Overlapping occurrences all count: 哈哈哈 twice in 哈哈哈哈, 哈哈 three times.
    assert_eq!(
        indexed(&postings, &parse_query("哈哈哈 哈哈"))[0],
        Some(vec![2, 3])
    );
    // Across the line break, as the joined text holds it.
    assert_eq!(indexed(&postings, &one_term("商\n环"))[3], Some(vec![1]));
    assert_eq!(
        indexed(&postings, &one_term("商\n环")),
        scanned(&docs, &one_term("商\n环"))
    );
}

#[test]
fn the_app_index_searches_as_it_scans() {
    let reports = vec![
        process_report(
            "a",
            "优化营商环境\n奎文区持续优化营商环境,推进乡村振兴,营商环境指数位居全市前列。",
        ),
        process_report("b", "推進鄉村振興\n濟陽區大力推進鄉村振興,建設田園綜合體。"),
        process_report(
            "c",
            "标题\n\n全力抓好总投资\n\n760多亿元的120个重点项目建设。",
        ),
    ];
    let index = SearchIndex::new(&reports);
    for q in [
        "营商环境",
        "乡村振兴 -田园",
        "总投资760多亿元",
        "区",
        "建设 | 营商",
        "标题",
        "。",
    ] {
        let query = parse_query(q);
        let matcher = QueryMatcher::new(&query);
        let scan: Vec<_> = (0..index.len())
            .map(|i| index.report_hits(i, &matcher))
            .collect();
        assert_eq!(index.search(&query), scan, "{q}");
    }
}

#[test]
fn appending_reports_indexes_only_the_new_ones_and_equals_a_fresh_index() {
    let mut reports = vec![process_report("a", "营商环境\n优化营商环境。")];
    let first = SearchIndex::new(&reports);
    reports.push(process_report(
        "b",
        "乡村振兴\n推进乡村振兴，优化营商环境。",
    ));
    let appended = SearchIndex::updated(Some(&first), &reports);
    assert_eq!(appended, SearchIndex::new(&reports));
    let query = parse_query("营商环境");
    assert_eq!(
        appended.search(&query),
        vec![
            Some(crate::search::ReportHits { per_term: vec![2] }),
            Some(crate::search::ReportHits { per_term: vec![1] })
        ]
    );
}

/// Long documents: hundreds of positions per bigram and gaps past 127
/// characters (two-byte deltas), so documents are passed a word at a time
/// and a common bigram (发展) is read only as far as a rarer one's starts
/// need; terms of three to seven characters, common and rare parts mixed.
/// Runs of documents without the pieces between them make gaps of 128
/// documents and more (a two-byte document delta right after positions).
#[test]
fn long_documents_with_common_and_rare_bigrams_match_the_scan() {
    let mut rng = Rng(0x1049_0022);
    let pieces = [
        "发展",
        "高质量发展",
        "质量",
        "高",
        "推动",
        "营商环境",
        "，",
        "\n",
    ];
    let filler =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能而子说";
    let filler: Vec<char> = filler.chars().collect();
    for round in 0..12 {
        let docs: Vec<String> = (0..1 + rng.below(6))
            .flat_map(|_| {
                let gap = if rng.below(2) == 0 {
                    128 + rng.below(200)
                } else {
                    0
                };
                let mut text = String::new();
                for _ in 0..rng.below(600) {
                    if rng.below(3) == 0 {
                        text.push_str(pieces[rng.below(pieces.len())]);
                    } else {
                        // Runs of filler, some longer than a one-byte delta.
                        let run = if rng.below(8) == 0 {
                            130 + rng.below(300)
                        } else {
                            rng.below(6)
                        };
                        text.extend((0..run).map(|_| *rng.pick(&filler)));
                    }
                }
                std::iter::repeat_n(String::new(), gap).chain([fold_for_search(&text)])
            })
            .collect();
        let postings = postings_of(&docs);
        for q in [
            "高质量发展",
            "推动高质量发展",
            "质量发展",
            "高质量",
            "发展高质量发展",
            "营商环境，发展",
            "发展发展",
            "高高质",
            "量发展 -营商环境",
        ] {
            let query = parse_query(q);
            assert_eq!(
                indexed(&postings, &query),
                scanned(&docs, &query),
                "round {round}, {q}"
            );
        }
        let query = one_term("发展\n高质");
        assert_eq!(indexed(&postings, &query), scanned(&docs, &query));
    }
}
