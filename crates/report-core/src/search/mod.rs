//! Exact substring matching on folded text.
//!
//! Chinese has no spaces between words, so search never tokenises: a term
//! matches wherever its folded characters occur, inside longer words too, and
//! overlapping occurrences all count. Reports are folded once, into a
//! [`SearchIndex`], which also indexes them by character grams
//! ([`postings`]): a query over all reports reads postings, not text
//! ([`SearchIndex::search`]); the folded text gives one shown report's hit
//! positions ([`find_hits_folded`]). Scanning one report
//! ([`SearchIndex::report_hits`]) finds the same, and is what the index is
//! tested against.

pub mod abbreviations;
pub mod date_spellings;
pub mod figure_spellings;
pub mod near_miss;
mod offers;
pub mod postings;
pub mod query;
pub mod quote_spellings;
pub mod sharded;
pub mod shards;
pub mod spellings;
pub mod typed_in_pinyin;
pub mod typed_initials;
pub mod written_in_full;

use memchr::memmem::Finder;

use crate::model::Report;
use crate::search::postings::Postings;
use crate::search::query::{Query, Term};
use crate::sorting;
use crate::sorting::SortedMap;
use crate::text::fold::fold_for_search;

/// One occurrence of a term: byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    pub term: usize,
    pub start: usize,
    pub end: usize,
}

/// Start offsets (in `haystack`) of every occurrence of the finder's
/// needle, overlapping ones included.
fn occurrences<'a>(haystack: &'a str, finder: &'a Finder<'a>) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if finder.needle().is_empty() {
            return None;
        }
        let at = from + finder.find(haystack.as_bytes().get(from..)?)?;
        from = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// A prebuilt substring finder per term: built once per query, reused over
/// every report.
fn finders(terms: &[Term]) -> Vec<Finder<'_>> {
    terms
        .iter()
        .map(|t| Finder::new(t.folded.as_bytes()))
        .collect()
}

/// Every occurrence of every term in `text`, sorted by start (longer first
/// on ties).
pub fn find_hits(text: &str, query: &Query) -> Vec<Hit> {
    if query.terms.is_empty() {
        return Vec::new();
    }
    find_hits_folded(text, &fold_for_search(text), query)
}

/// [`find_hits`] for a text already folded (as a [`SearchIndex`] holds it).
pub fn find_hits_folded(text: &str, folded: &str, query: &Query) -> Vec<Hit> {
    let finders = finders(&query.terms);
    if !finders
        .iter()
        .any(|f| !f.needle().is_empty() && f.find(folded.as_bytes()).is_some())
    {
        return Vec::new();
    }
    let map = OffsetMap::new(text, folded);
    let mut hits = Vec::new();
    for (term, (t, finder)) in query.terms.iter().zip(&finders).enumerate() {
        for start in occurrences(folded, finder) {
            hits.push(Hit {
                term,
                start: map.original(start),
                end: map.original(start + t.folded.len()),
            });
        }
    }
    sorting::sort_by_key(&mut hits, |h| (h.start, std::cmp::Reverse(h.end)));
    hits
}

/// Byte offsets in folded text mapped back to the original. Folding keeps
/// one char for one char, so the n-th char boundary of one is the n-th of
/// the other.
struct OffsetMap {
    /// (folded byte offset, original byte offset) at each char boundary.
    pairs: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn new(original: &str, folded: &str) -> Self {
        let mut pairs: Vec<(usize, usize)> = folded
            .char_indices()
            .map(|(f, _)| f)
            .zip(original.char_indices().map(|(o, _)| o))
            .collect();
        pairs.push((folded.len(), original.len()));
        OffsetMap { pairs }
    }

    fn original(&self, folded: usize) -> usize {
        match self.pairs.binary_search_by_key(&folded, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(i) => self.pairs[i.min(self.pairs.len() - 1)].1,
        }
    }
}

/// A query ready to run over many reports: its finders are built once.
pub struct QueryMatcher<'q> {
    query: &'q Query,
    terms: Vec<Finder<'q>>,
    excluded: Vec<Finder<'q>>,
}

impl<'q> QueryMatcher<'q> {
    pub fn new(query: &'q Query) -> Self {
        QueryMatcher {
            query,
            terms: finders(&query.terms),
            excluded: finders(&query.excluded),
        }
    }

    /// Hits per term in one folded text, or `None` when it does not match
    /// the query (a clause with no hit, or an excluded term present).
    pub fn text_hits(&self, text: &str) -> Option<ReportHits> {
        if self
            .excluded
            .iter()
            .any(|f| f.find(text.as_bytes()).is_some())
        {
            return None;
        }
        // Most texts match nothing: tell that first, stopping at the first
        // clause without a hit, and count (and allocate) only for a match.
        let found = |i: usize| {
            let f = &self.terms[i];
            !f.needle().is_empty() && f.find(text.as_bytes()).is_some()
        };
        let satisfied = self
            .query
            .clauses
            .iter()
            .all(|clause| clause.iter().any(|&i| found(i)));
        satisfied.then(|| ReportHits {
            per_term: self
                .terms
                .iter()
                .map(|f| occurrences(text, f).count())
                .collect(),
        })
    }
}

/// Each report's reader texts, folded once and joined by newlines (which no
/// term contains, so no hit spans two texts). See [`Report::reader_texts`].
/// Report `i` is document `i` of the postings, which index that joined text
/// character for character (the newlines too, so a quoted term holding one
/// is found exactly where a scan finds it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    /// Each report's id and title (which a user may correct), to reuse its
    /// folded text in [`SearchIndex::updated`].
    keys: Vec<(String, String)>,
    /// The size of each report's reader texts as indexed ([`TextSize`]).
    sizes: Vec<TextSize>,
    reports: Vec<String>,
    /// Reports held whose texts grew after they were indexed, id and title
    /// unchanged (a sharded corpus's text replacing its catalogue entry,
    /// which the shards count): their current texts, folded once when they
    /// arrive, for snippets and the reader ([`SearchIndex::folded_texts`]).
    /// The postings keep the texts indexed.
    newer: SortedMap<usize, (TextSize, String)>,
    postings: Postings,
}

/// How many reader texts a report has and their bytes: what tells a
/// report's text changed when its id and title did not.
type TextSize = (usize, usize);

fn text_size(report: &Report) -> TextSize {
    let mut size = (1, report.title.len());
    let mut add = |text: &String| {
        size.0 += 1;
        size.1 += text.len();
    };
    report.subtitle.iter().for_each(&mut add);
    for section in &report.sections {
        section.heading.iter().for_each(&mut add);
        section.paragraphs.iter().for_each(&mut add);
    }
    report.captions.iter().for_each(&mut add);
    size
}

impl SearchIndex {
    pub fn new(reports: &[Report]) -> Self {
        SearchIndex::updated(None, reports)
    }

    /// The index of `reports`, folding only the reports `previous` does
    /// not hold by id, title (which a user may correct) and size of texts
    /// (a sharded corpus's catalogue entry is its report without the
    /// text): adding a part of a corpus or an imported file folds just the
    /// new reports.
    /// When `previous` holds the first reports unchanged (the app appends
    /// imported reports), only the new ones are indexed; otherwise the
    /// postings are built again from the folded texts.
    pub fn updated(previous: Option<&SearchIndex>, reports: &[Report]) -> Self {
        if let Some(previous) = previous.filter(|p| p.holds_first(reports)) {
            let mut index = previous.clone();
            for report in &reports[previous.len()..] {
                index.push(report);
            }
            return index;
        }
        let keys: Vec<(String, String)> = reports
            .iter()
            .map(|r| (r.id.clone(), r.title.clone()))
            .collect();
        let sizes: Vec<TextSize> = reports.iter().map(text_size).collect();
        // What `previous` folded, by id and title, with the size of the
        // texts it folded (a catalogue entry's differs from its report's).
        let known: std::collections::HashMap<(&str, &str), (TextSize, &String)> = previous
            .map(|p| {
                p.keys
                    .iter()
                    .enumerate()
                    .map(|(i, (id, title))| {
                        let held = match p.newer.get(&i) {
                            Some((size, folded)) => (*size, folded),
                            None => (p.sizes[i], &p.reports[i]),
                        };
                        ((id.as_str(), title.as_str()), held)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let folded: Vec<String> = reports
            .iter()
            .zip(&sizes)
            .map(
                |(r, size)| match known.get(&(r.id.as_str(), r.title.as_str())) {
                    Some((held, folded)) if held == size => (*folded).clone(),
                    _ => fold_reader_texts(r),
                },
            )
            .collect();
        let mut postings = Postings::new();
        for text in &folded {
            postings.add(text);
        }
        postings.shrink_to_fit();
        SearchIndex {
            keys,
            sizes,
            reports: folded,
            newer: SortedMap::new(),
            postings,
        }
    }

    /// [`SearchIndex::updated`] taking `previous` by value, and whether its
    /// answers changed: where `previous` holds the first reports by id and
    /// title (a sharded corpus's text replacing its catalogue entry keeps
    /// both), it is kept, not copied; only reports appended after them are
    /// indexed, and a held report whose texts changed is folded once for
    /// [`SearchIndex::folded_texts`], its postings left as they were.
    pub fn update(previous: Option<SearchIndex>, reports: &[Report]) -> (Self, bool) {
        match previous {
            Some(mut index) if index.holds_first(reports) => {
                let held = index.len();
                index.refold_changed(&reports[..held]);
                for report in &reports[held..] {
                    index.push(report);
                }
                (index, reports.len() > held)
            }
            previous => (SearchIndex::updated(previous.as_ref(), reports), true),
        }
    }

    /// Folds again the texts of the held `reports` whose size differs from
    /// what was indexed and last folded.
    fn refold_changed(&mut self, reports: &[Report]) {
        for (i, report) in reports.iter().enumerate() {
            let size = text_size(report);
            if size == self.sizes[i] {
                self.newer.remove(&i);
            } else if self.newer.get(&i).is_none_or(|(folded, _)| *folded != size) {
                self.newer.insert(i, (size, fold_reader_texts(report)));
            }
        }
    }

    /// Whether the reports indexed are the first of `reports`, by id and
    /// title.
    fn holds_first(&self, reports: &[Report]) -> bool {
        self.keys.len() <= reports.len()
            && self
                .keys
                .iter()
                .zip(reports)
                .all(|((id, title), r)| *id == r.id && *title == r.title)
    }

    /// Indexes one more report after those held: its number is the next.
    pub fn push(&mut self, report: &Report) {
        let folded = fold_reader_texts(report);
        self.postings.add(&folded);
        self.reports.push(folded);
        self.keys.push((report.id.clone(), report.title.clone()));
        self.sizes.push(text_size(report));
    }

    /// Gives back what appending reserved beyond what the index holds.
    pub fn shrink_to_fit(&mut self) {
        self.postings.shrink_to_fit();
    }

    /// Every report's hits for `query` (`None`: no match), from the
    /// postings: the same as [`SearchIndex::report_hits`] on each report.
    pub fn search(&self, query: &Query) -> Vec<Option<ReportHits>> {
        let mut out = vec![None; self.reports.len()];
        for (doc, hits) in self.postings.search(query) {
            out[doc as usize] = Some(hits);
        }
        out
    }

    /// The gram index over the reports (report `i` is document `i`).
    pub fn postings(&self) -> &Postings {
        &self.postings
    }

    pub fn len(&self) -> usize {
        self.reports.len()
    }

    /// Report `index`'s folded reader texts, in the order of
    /// [`Report::reader_texts`]: the latest [`SearchIndex::update`] saw.
    pub fn folded_texts(&self, index: usize) -> Vec<&str> {
        self.newer
            .get(&index)
            .map(|(_, newer)| newer)
            .or(self.reports.get(index))
            .map(|t| t.split('\n').collect())
            .unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }

    /// Hits per term in report `index`, or `None` when the report does not
    /// match the query (a clause with no hit, or an excluded term present),
    /// by scanning its folded text. [`SearchIndex::search`] answers for all
    /// reports at once from the postings.
    pub fn report_hits(&self, index: usize, matcher: &QueryMatcher) -> Option<ReportHits> {
        matcher.text_hits(self.reports.get(index)?)
    }

    /// Each report's folded text as held (a text that grew, as it grew).
    pub(crate) fn documents(&self) -> impl Iterator<Item = &str> + Clone {
        (0..self.len()).map(|i| match self.newer.get(&i) {
            Some((_, newer)) => newer.as_str(),
            None => self.reports[i].as_str(),
        })
    }

    /// Bytes of folded text held.
    pub fn folded_bytes(&self) -> usize {
        self.reports.iter().map(String::len).sum()
    }
}

/// A report's reader texts folded and joined by newlines: its document.
fn fold_reader_texts(report: &Report) -> String {
    let texts: Vec<&str> = report.reader_texts().into_iter().map(|(_, t)| t).collect();
    let mut folded = fold_for_search(&texts.join("\n"));
    // Collected char by char, it may hold twice its length.
    folded.shrink_to_fit();
    folded
}

/// Hits in a report, per term, over its reader texts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct ReportHits {
    pub per_term: Vec<usize>,
}

impl ReportHits {
    pub fn total(&self) -> usize {
        self.per_term.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::test_support::process_report;

    fn hit_texts<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_hits(text, &parse_query(query))
            .into_iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    #[test]
    fn matches_folded_width_case_and_script() {
        assert_eq!(
            hit_texts("ＧＤＰ增长，gdp总量", "GDP"),
            vec!["ＧＤＰ", "gdp"]
        );
        assert_eq!(hit_texts("優化區域營商環境", "区域"), vec!["區域"]);
        assert_eq!(hit_texts("优化区域营商环境", "區域"), vec!["区域"]);
        assert_eq!(hit_texts("增长10.4%，同比", "\"4%,\""), vec!["4%，"]);
    }

    #[test]
    fn finds_terms_inside_words_overlapping_and_inside_other_terms() {
        assert_eq!(
            hit_texts("全面推动新旧动能转换", "新旧动能 动能转换"),
            vec!["新旧动能", "动能转换"]
        );
        assert_eq!(hit_texts("啊啊啊", "啊啊"), vec!["啊啊", "啊啊"]);
        assert_eq!(
            hit_texts("新旧动能转换", "动能 新旧动能转换"),
            vec!["新旧动能转换", "动能"]
        );
    }

    #[test]
    fn no_terms_no_hits() {
        assert!(find_hits("文本", &parse_query("")).is_empty());
        assert!(find_hits("", &parse_query("文本")).is_empty());
    }

    fn index() -> (Vec<Report>, SearchIndex) {
        let reports = vec![
            process_report("a", "优化营商环境\n奎文区持续优化营商环境,推进乡村振兴,企业满意度持续提升,营商环境指数位居全市前列。"),
            process_report("b", "推进乡村振兴\n济阳区大力推进乡村振兴,建设田园综合体,农民收入持续增长,乡村面貌焕然一新。"),
        ];
        let index = SearchIndex::new(&reports);
        (reports, index)
    }

    #[test]
    fn index_counts_hits_over_reader_texts() {
        let (_, index) = index();
        let q = parse_query("营商环境");
        let m = QueryMatcher::new(&q);
        assert_eq!(index.report_hits(0, &m).unwrap().per_term, vec![3]);
        assert_eq!(index.report_hits(1, &m), None);
    }

    #[test]
    fn clauses_and_exclusions() {
        let (_, index) = index();
        let hits = |q: &str, i: usize| index.report_hits(i, &QueryMatcher::new(&parse_query(q)));
        assert!(
            hits("营商环境 | 田园综合体", 0).is_some()
                && hits("营商环境 | 田园综合体", 1).is_some()
        );
        assert!(hits("乡村振兴 营商环境", 0).is_some() && hits("乡村振兴 营商环境", 1).is_none());
        assert!(hits("乡村振兴 -营商环境", 0).is_none());
        assert_eq!(hits("乡村振兴 -营商环境", 1).unwrap().per_term, vec![2]);
    }

    #[test]
    fn an_updated_index_equals_a_fresh_one() {
        let (mut reports, index) = index();
        reports.push(process_report("c", "城市更新\n\n城市更新行动稳步推进。"));
        reports[0].title = "营商环境，营商环境".into();
        reports.swap(1, 2);
        let updated = SearchIndex::updated(Some(&index), &reports);
        assert_eq!(updated, SearchIndex::new(&reports));
        let q = parse_query("营商环境");
        assert_eq!(
            updated
                .report_hits(0, &QueryMatcher::new(&q))
                .unwrap()
                .per_term,
            vec![4]
        );
    }

    #[test]
    fn an_index_taken_by_value_is_kept_unless_reports_change() {
        let (mut reports, index) = index();
        // Same ids and titles (a sharded corpus's text arriving): kept, unchanged.
        let (kept, changed) = SearchIndex::update(Some(index.clone()), &reports);
        assert!(!changed);
        assert_eq!(kept, index);
        // A report appended: indexed after the others.
        reports.push(process_report("c", "城市更新\n\n城市更新行动稳步推进。"));
        let (appended, changed) = SearchIndex::update(Some(kept), &reports);
        assert!(changed);
        assert_eq!(appended, SearchIndex::new(&reports));
        // A title corrected: built again.
        reports[0].title = "营商环境，营商环境".into();
        let (corrected, changed) = SearchIndex::update(Some(appended), &reports);
        assert!(changed);
        assert_eq!(corrected, SearchIndex::new(&reports));
        // Reports removed: built again.
        reports.pop();
        let (removed, changed) = SearchIndex::update(Some(corrected), &reports);
        assert!(changed);
        assert_eq!(removed, SearchIndex::new(&reports));
    }

    #[test]
    fn a_text_replacing_its_catalogue_entry_is_folded_once_for_its_snippets() {
        let (full, _) = index();
        let mut reports: Vec<Report> = full
            .iter()
            .map(crate::corpus::sharded::without_text)
            .collect();
        let catalogue = SearchIndex::new(&reports);
        reports[1] = full[1].clone();
        let (kept, changed) = SearchIndex::update(Some(catalogue.clone()), &reports);
        // The postings count what was indexed (the shards count the rest).
        assert!(!changed);
        assert_eq!(kept.postings(), catalogue.postings());
        let fresh = SearchIndex::new(&reports);
        for i in 0..reports.len() {
            assert_eq!(kept.folded_texts(i), fresh.folded_texts(i), "report {i}");
        }
        assert_ne!(kept.folded_texts(1), catalogue.folded_texts(1));
        // Kept again as it is; built again, it indexes the texts it holds.
        let (again, _) = SearchIndex::update(Some(kept.clone()), &reports);
        assert_eq!(again, kept);
        reports.push(process_report("c", "城市更新\n\n城市更新行动稳步推进。"));
        reports.swap(0, 2);
        assert_eq!(
            SearchIndex::updated(Some(&kept), &reports),
            SearchIndex::new(&reports)
        );
    }

    #[test]
    fn hits_across_joined_source_lines() {
        // The source broke "总投资" / "760多亿元" across lines; the paragraph
        // joins them, so a phrase spanning the break is found.
        let r = process_report(
            "c",
            "标题\n\n狠抓重点项目建设。坊子区牢固树立“项目为王”理念,全力抓好总投资\n\n760多亿元的120个重点项目建设,确保项目早日建成达效。",
        );
        let index = SearchIndex::new(&[r]);
        assert!(index
            .report_hits(0, &QueryMatcher::new(&parse_query("总投资760多亿元")))
            .is_some());
    }
}
