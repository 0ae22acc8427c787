//! Where a figure stands in a move over a span of years.

use super::period::{Frame, Marker, Scope};
use super::years_in_names::time_point_at_end;
use report_core::FigureStatus;

/// Where a figure stands in a move over a span of years (`五年来，…由55.4亿元
/// 增加到81.2亿元`, the span 2016–2020): the start is the year before the
/// span, the end its last year. Other figures keep the span.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SpanEdge {
    From,
    To,
}

/// Scopes a rank is taken in (`由全国第12位`).
const SCOPES_OF_RANK: [&str; 5] = ["全国", "全省", "全市", "全区", "全球"];

impl SpanEdge {
    /// The edge a figure marks by the words before it: `由`/`从` a start,
    /// `到`/`至` the end of a move that started with the figure before.
    pub(super) fn of(lead: &str, previous: Option<SpanEdge>) -> Option<SpanEdge> {
        let lead = lead.trim_end().trim_end_matches('第');
        // `从2007年底的8.4%`, `到去年底的13.3%`: the time point stands between.
        let lead = lead.strip_suffix('的').map_or(lead, |rest| {
            time_point_at_end(rest).map_or(lead, |at| {
                let point = &rest[at..];
                let word = point.chars().next().filter(|c| "从由到至".contains(*c));
                word.map_or(lead, |w| &rest[..at + w.len_utf8()])
            })
        });
        // `由每人每年50元提高到100元`: so may a rate's base.
        let lead = lead
            .rfind(['由', '从'])
            .map(|b| b + '由'.len_utf8())
            .filter(|&b| lead[b..].starts_with('每') && lead[b..].chars().count() <= 5)
            .map_or(lead, |b| &lead[..b]);
        // `由全国第12位跃升至第9位`: a scope may stand between.
        let unscoped = SCOPES_OF_RANK
            .iter()
            .find_map(|w| lead.strip_suffix(w))
            .unwrap_or(lead);
        if unscoped.ends_with(['由', '从']) {
            Some(SpanEdge::From)
        } else {
            let reaches = lead.ends_with(['到', '至']);
            (reaches && previous == Some(SpanEdge::From)).then_some(SpanEdge::To)
        }
    }

    /// The period and status of a figure at `edge` of its span: the year of
    /// the edge, and where a plan's move starts stands already.
    /// `first_named`: the span names its first year, where the move starts.
    pub(super) fn place(
        edge: Option<SpanEdge>,
        period: Option<String>,
        status: FigureStatus,
        first_named: bool,
    ) -> (Option<String>, FigureStatus) {
        let Some(edge) = edge else {
            return (period, status);
        };
        let year = period.as_deref().and_then(|span| {
            let (first, last) = span.split_once('–')?;
            let (first, last): (i32, i32) = (first.parse().ok()?, last.parse().ok()?);
            Some(match edge {
                SpanEdge::From if first_named => first,
                SpanEdge::From => first - 1,
                SpanEdge::To => last,
            })
        });
        // A plan's move within one year (`今年将补助标准由40元提高到80元`)
        // starts where things stand: a result of the year before.
        let one_year = period
            .as_deref()
            .filter(|_| year.is_none() && edge == SpanEdge::From && status == FigureStatus::Target)
            .and_then(|p| p.parse::<i32>().ok());
        let year = year.or(one_year.map(|y| y - 1));
        let status = match (edge, status) {
            (SpanEdge::From, FigureStatus::Target) if year.is_some() => FigureStatus::Actual,
            (_, status) => status,
        };
        (year.map(|y| y.to_string()).or(period), status)
    }
}

/// A period of several years (`2017–2021`).
pub(super) fn is_span(period: &str) -> bool {
    period.contains('–')
}

/// An annual average (`年均增长7.2%`) is over years: where the nearest
/// marker names one year (`2021年达到…，年均增长7.2%`), the span of years
/// that reaches it before (`过去五年，…`) is its period.
pub(super) fn spanning_frame(found: &[Marker], sentence_start: usize, at: usize) -> Option<&Frame> {
    found
        .iter()
        .rev()
        .filter(|m| m.frame.resolved.as_deref().is_some_and(is_span))
        .find(|m| {
            m.end <= at
                && match m.scope {
                    Scope::Next => false,
                    Scope::Sentence => m.start >= sentence_start,
                    Scope::Paragraph | Scope::Block => true,
                }
        })
        .map(|m| &m.frame)
}
