//! Splitting text into plain and highlighted pieces, and cutting snippets.
//! The app renders each piece as a text node, never as HTML.

use std::borrow::Cow;

use crate::model::Report;
use crate::search::query::Query;
use crate::search::{find_hits, find_hits_folded, Hit};
use crate::sorting;

/// A run of text, highlighted for one term or plain.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Segment {
    pub text: String,
    /// The term this run is a hit of, if it is one.
    pub term: Option<usize>,
    /// This run starts a hit (the first piece of an occurrence), so hit
    /// navigation can count and find it.
    pub hit_start: bool,
    /// The figure (index in the report's figures) this run belongs to.
    pub figure: Option<usize>,
}

/// Splits `text` by its hits. Where hits overlap, the one that starts first
/// keeps the overlap and the later one is shown from where the first ends.
pub fn segments(text: &str, hits: &[Hit]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut pos = 0;
    for hit in hits {
        if hit.end <= pos {
            continue;
        }
        let start = hit.start.max(pos);
        if start > pos {
            out.push(Segment {
                text: text[pos..start].to_string(),
                term: None,
                hit_start: false,
                figure: None,
            });
        }
        out.push(Segment {
            text: text[start..hit.end].to_string(),
            term: Some(hit.term),
            hit_start: true,
            figure: None,
        });
        pos = hit.end;
    }
    if pos < text.len() || out.is_empty() {
        out.push(Segment {
            text: text[pos..].to_string(),
            term: None,
            hit_start: false,
            figure: None,
        });
    }
    out
}

/// For hits sorted as [`find_hits`] sorts them, the ordinal of the mark
/// (the segment with `hit_start`) that shows each hit: a hit inside an earlier
/// one (动能 inside 新旧动能转换) is shown by that earlier mark.
pub fn mark_ordinals(hits: &[Hit]) -> Vec<usize> {
    let mut pos = 0;
    let mut marks = 0;
    hits.iter()
        .map(|hit| {
            if hit.end <= pos && marks > 0 {
                marks - 1
            } else {
                pos = hit.end;
                marks += 1;
                marks - 1
            }
        })
        .collect()
}

/// How many marks the reader shows for a report: the hits a user can step
/// through, counted over [`Report::reader_texts`].
pub fn mark_count(report: &Report, query: &Query) -> usize {
    report
        .reader_texts()
        .into_iter()
        .map(|(_, text)| {
            mark_ordinals(&find_hits(text, query))
                .last()
                .map_or(0, |last| last + 1)
        })
        .sum()
}

/// The term each of the reader's marks shows, in order: what a colour
/// means, said in words (the reader names the current hit's term).
pub fn mark_terms(report: &Report, query: &Query) -> Vec<usize> {
    let mut terms = Vec::new();
    for (_, text) in report.reader_texts() {
        let hits = find_hits(text, query);
        let mut marks = 0;
        for (hit, mark) in hits.iter().zip(mark_ordinals(&hits)) {
            if mark == marks {
                terms.push(hit.term);
                marks += 1;
            }
        }
    }
    terms
}

/// Splits segments where figures start and end, tagging the pieces inside
/// a figure's byte range `(start, end, figure)`. A hit across a figure's
/// edge becomes two pieces; only the first keeps `hit_start`, so hit counts
/// do not change.
pub fn with_figures(segments: Vec<Segment>, figures: &[(usize, usize, usize)]) -> Vec<Segment> {
    if figures.is_empty() {
        return segments;
    }
    let mut out = Vec::with_capacity(segments.len() + 2 * figures.len());
    let mut offset = 0;
    for seg in segments {
        let (start, end) = (offset, offset + seg.text.len());
        offset = end;
        let mut cuts: Vec<usize> = figures
            .iter()
            .flat_map(|&(s, e, _)| [s, e])
            .filter(|&c| c > start && c < end && seg.text.is_char_boundary(c - start))
            .collect();
        sorting::sort(&mut cuts);
        cuts.dedup();
        let mut from = start;
        for to in cuts.into_iter().chain(std::iter::once(end)) {
            let figure = figures
                .iter()
                .find(|&&(s, e, _)| from >= s && from < e)
                .map(|f| f.2);
            out.push(Segment {
                text: seg.text[from - start..to - start].to_string(),
                term: seg.term,
                hit_start: seg.hit_start && from == start,
                figure,
            });
            from = to;
        }
    }
    out
}

/// Highlights `text` for `query`.
pub fn highlight(text: &str, query: &Query) -> Vec<Segment> {
    segments(text, &find_hits(text, query))
}

/// Characters of context on each side of a hit in a snippet.
pub const SNIPPET_CONTEXT_CHARS: usize = 30;

/// A piece of a longer text around some hits, highlighted, with ellipses
/// where it was cut.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Snippet {
    pub segments: Vec<Segment>,
    pub cut_before: bool,
    pub cut_after: bool,
    /// How many distinct terms the snippet shows, used to rank snippets.
    pub distinct_terms: usize,
}

/// The best snippets for `query` from `texts` (each original text with its
/// folded form): windows around hits, ranked by how many different terms
/// they show, then by reading order. Scanning stops once `limit` snippets
/// show every term, so common terms in long reports stay cheap (and a
/// folded form made on demand is made only for the texts reached).
pub fn best_snippets<'a>(
    texts: impl IntoIterator<Item = (&'a str, Cow<'a, str>)>,
    query: &Query,
    limit: usize,
) -> Vec<Snippet> {
    let all_terms = query.terms.len();
    let mut candidates: Vec<(usize, Snippet)> = Vec::new();
    for (text, folded) in texts {
        if candidates
            .iter()
            .filter(|(_, s)| s.distinct_terms == all_terms)
            .count()
            >= limit
        {
            break;
        }
        let hits = find_hits_folded(text, &folded, query);
        let mut covered_until = 0;
        for hit in &hits {
            if hit.start < covered_until {
                continue;
            }
            let (start, end) = window(text, hit.start, hit.end, SNIPPET_CONTEXT_CHARS);
            let inside: Vec<Hit> = hits
                .iter()
                .filter(|h| h.start >= start && h.end <= end)
                .map(|h| Hit {
                    term: h.term,
                    start: h.start - start,
                    end: h.end - start,
                })
                .collect();
            let mut terms: Vec<usize> = inside.iter().map(|h| h.term).collect();
            sorting::sort(&mut terms);
            terms.dedup();
            candidates.push((
                candidates.len(),
                Snippet {
                    segments: segments(&text[start..end], &inside),
                    cut_before: start > 0,
                    cut_after: end < text.len(),
                    distinct_terms: terms.len(),
                },
            ));
            covered_until = end;
        }
    }
    sorting::sort_by_key(&mut candidates, |(order, s)| {
        (std::cmp::Reverse(s.distinct_terms), *order)
    });
    candidates.into_iter().take(limit).map(|(_, s)| s).collect()
}

/// Punctuation after which a new clause or list item begins.
const CLAUSE_MARKS: [char; 12] = [
    '。', '！', '？', '；', '，', '：', '、', '!', '?', ';', ',', ':',
];

/// Byte range of up to `context` characters each side of `start..end`,
/// moved in to a clause's edge where one lies in the outer half of either
/// side: a snippet then begins where a clause or list item begins (not in
/// the middle of a word, as `…柱产业，支持…` did) and ends on the mark that
/// closes one, keeping at least half its context.
fn window(text: &str, start: usize, end: usize, context: usize) -> (usize, usize) {
    let before = text[..start]
        .char_indices()
        .rev()
        .nth(context.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let after = text[end..]
        .char_indices()
        .nth(context)
        .map_or(text.len(), |(i, _)| end + i);
    let outer = context / 2;
    let before = if before == 0 {
        0
    } else {
        text[before..start]
            .char_indices()
            .take(outer)
            .find(|&(_, c)| CLAUSE_MARKS.contains(&c))
            .map_or(before, |(i, c)| before + i + c.len_utf8())
    };
    let after = if after == text.len() {
        after
    } else {
        text[end..after]
            .char_indices()
            .rev()
            .take(outer)
            .find(|&(_, c)| CLAUSE_MARKS.contains(&c))
            .map_or(after, |(i, c)| end + i + c.len_utf8())
    };
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s.term {
                Some(t) => format!("[{t}:{}]", s.text),
                None => s.text.clone(),
            })
            .collect()
    }

    #[test]
    fn marks_each_term() {
        let q = parse_query("营商 环境");
        assert_eq!(
            render(&highlight("优化营商环境,改善环境", &q)),
            "优化[0:营商][1:环境],改善[1:环境]"
        );
    }

    #[test]
    fn overlapping_hits_share_the_text() {
        let q = parse_query("新旧动能 动能转换");
        assert_eq!(
            render(&highlight("推动新旧动能转换", &q)),
            "推动[0:新旧动能][1:转换]"
        );
    }

    #[test]
    fn term_inside_another_term() {
        let q = parse_query("动能 新旧动能转换");
        assert_eq!(render(&highlight("新旧动能转换", &q)), "[1:新旧动能转换]");
    }

    #[test]
    fn figures_split_segments_without_changing_hits() {
        let text = "固定资产投资增长6.1%,收入增长";
        let segs = with_figures(
            highlight(text, &parse_query("增长6")),
            &[(0, text.find(',').unwrap(), 7)],
        );
        let rendered: Vec<(String, Option<usize>, Option<usize>, bool)> = segs
            .iter()
            .map(|s| (s.text.clone(), s.term, s.figure, s.hit_start))
            .collect();
        assert_eq!(
            rendered,
            vec![
                ("固定资产投资".into(), None, Some(7), false),
                ("增长6".into(), Some(0), Some(7), true),
                (".1%".into(), None, Some(7), false),
                (",收入增长".into(), None, None, false),
            ]
        );
    }

    #[test]
    fn mark_ordinals_follow_the_segments() {
        let text = "新旧动能转换,动能";
        let hits = find_hits(text, &parse_query("动能 新旧动能转换"));
        let marks = segments(text, &hits).iter().filter(|s| s.hit_start).count();
        assert_eq!(marks, 2);
        assert_eq!(mark_ordinals(&hits), vec![0, 0, 1]);
    }

    #[test]
    fn mark_terms_name_the_term_of_every_mark_the_reader_shows() {
        let seeds = crate::test_support::bundled_corpus();
        // Overlapping terms (one inside another, one across another) too.
        for query in [
            "营商环境 环境",
            "动能 新旧动能转换",
            "发展 高质量 质量发展",
            "无此词",
        ] {
            let q = parse_query(query);
            for report in &seeds.reports {
                let shown: Vec<usize> = report
                    .reader_texts()
                    .into_iter()
                    .flat_map(|(_, text)| highlight(text, &q))
                    .filter(|s| s.hit_start)
                    .filter_map(|s| s.term)
                    .collect();
                let terms = mark_terms(report, &q);
                assert_eq!(terms, shown, "{query} in {}", report.title);
                assert_eq!(terms.len(), mark_count(report, &q));
            }
        }
    }

    #[test]
    fn no_hits_is_one_plain_segment() {
        let segs = highlight("文本", &parse_query("无"));
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].term, None);
        assert_eq!(highlight("", &parse_query("无")).len(), 1);
    }

    #[test]
    fn markup_stays_text() {
        let q = parse_query("script");
        assert_eq!(
            render(&highlight("<script>x</script>", &q)),
            "<[0:script]>x</[0:script]>"
        );
    }

    #[test]
    fn snippets_prefer_more_terms() {
        let long = "甲".repeat(100);
        let texts = [format!("{long}营商{long}"), format!("{long}营商环境{long}")];
        let folded: Vec<String> = texts
            .iter()
            .map(|t| crate::text::fold::fold_for_search(t))
            .collect();
        let pairs = texts
            .iter()
            .map(String::as_str)
            .zip(folded.iter().map(|f| Cow::Borrowed(f.as_str())));
        let snippets = best_snippets(pairs, &parse_query("营商 环境"), 2);
        assert_eq!(snippets.len(), 2);
        assert_eq!(snippets[0].distinct_terms, 2);
        assert!(snippets[0].cut_before && snippets[0].cut_after);
        let chars: usize = snippets[0]
            .segments
            .iter()
            .map(|s| s.text.chars().count())
            .sum();
        // The window is centred on the first hit, 营商; 环境 falls inside it.
        assert_eq!(chars, 2 + 2 * SNIPPET_CONTEXT_CHARS);
    }

    fn snippet_text(text: &str, query: &str) -> String {
        let folded = crate::text::fold::fold_for_search(text);
        let snippets = best_snippets([(text, Cow::Owned(folded))], &parse_query(query), 1);
        render(&snippets[0].segments)
    }

    #[test]
    fn snippets_begin_and_end_at_a_clause_edge_in_their_outer_half() {
        // Cut at 30 characters, the snippet would begin in 支柱产业 and end
        // in 战略性新兴产业; the comma and the enumeration mark in the outer
        // halves move its edges in.
        let text = "做强传统优势产业和新兴支柱产业，支持新材料、新能源、集成电路、航空航天、低空经济、生物医药、视觉健康等新兴产业集群发展，战略性新兴产业增加值增长百分之十以上";
        let shown = snippet_text(text, "低空经济");
        assert!(shown.starts_with("支持新材料"), "{shown}");
        assert!(shown.ends_with("集群发展，"), "{shown}");
    }

    #[test]
    fn a_clause_edge_near_the_hit_does_not_cut_the_context_short() {
        // The only marks lie next to the hit (inner half): the window stays
        // its full width on both sides.
        let text = format!("{}，低空经济，{}", "甲".repeat(40), "乙".repeat(40));
        let shown = snippet_text(&text, "低空经济");
        assert_eq!(
            shown.chars().count(),
            "[0:低空经济]".chars().count() + 2 * SNIPPET_CONTEXT_CHARS
        );
        assert!(shown.starts_with('甲') && shown.ends_with('乙'), "{shown}");
    }
}
