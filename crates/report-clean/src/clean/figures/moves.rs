//! A figure's period where it stands in a move (`由…提高到…`) or on a
//! base given as last year's (`由上年的2.51吨`).

use report_core::FigureStatus;

use super::period::Frame;
use super::span_edge::SpanEdge;
use super::year_words::names_its_years;

/// A figure's period, resolved and in words.
type Dated = (Option<String>, Option<String>);

/// A base given as last year's (`由上年的`, `从上一年的`).
const LAST_YEARS: [&str; 2] = ["上年的", "上一年的"];

/// The moves of one sentence so far.
#[derive(Default)]
pub(super) struct Moves {
    /// The edge the figure before marked.
    previous_edge: Option<SpanEdge>,
    /// The last move over years (`从…到…`): its two periods and the frame
    /// its end was read in.
    last_move: Option<(Dated, Dated, Option<*const Frame>)>,
    /// The period the current move started in.
    move_start: Dated,
}

impl Moves {
    /// The period (resolved and in words) and status of a figure after
    /// `lead`, read in `frame` with `status`.
    pub(super) fn date(
        &mut self,
        lead: &str,
        frame: Option<&Frame>,
        status: FigureStatus,
    ) -> (Option<String>, Option<String>, FigureStatus) {
        let edge = SpanEdge::of(lead, self.previous_edge);
        self.previous_edge = edge;
        let period = frame.map(|p| p.resolved.clone().unwrap_or_else(|| p.words.clone()));
        let first_named = frame.is_some_and(|p| names_its_years(&p.words));
        let (mut period, status) = SpanEdge::place(edge, period, status, first_named);
        let mut period_words = frame.map(|p| p.words.clone());
        // `由上年的2.51吨`: a base given as last year's is the year before
        // the one the figure is read in.
        if LAST_YEARS.iter().any(|w| lead.trim_end().ends_with(w)) {
            if let Some(year) = frame.and_then(|p| p.year) {
                period = Some((year - 1).to_string());
                period_words = LAST_YEARS
                    .iter()
                    .find(|w| lead.trim_end().ends_with(**w))
                    .map(|w| w.trim_end_matches('的').to_string());
            }
        }
        // `资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%
        // 下降到0.95%`: a move that names no years of its own after one that
        // does runs over the same years.
        let this_frame = frame.map(std::ptr::from_ref);
        match edge {
            Some(SpanEdge::From) => {
                if let Some((from, to, at)) = &self.last_move {
                    if from.0 != to.0 && *at == this_frame {
                        (period, period_words) = from.clone();
                    }
                }
                self.move_start = (period.clone(), period_words.clone());
            }
            Some(SpanEdge::To) => {
                if let Some((from, to, at)) = &self.last_move {
                    if from.0 != to.0 && *at == this_frame && self.move_start == *from {
                        (period, period_words) = to.clone();
                    }
                }
                self.last_move = Some((
                    self.move_start.clone(),
                    (period.clone(), period_words.clone()),
                    this_frame,
                ));
            }
            None => {}
        }
        (period, period_words, status)
    }
}
