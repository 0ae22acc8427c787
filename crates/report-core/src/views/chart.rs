//! Scales and layout for the app's SVG bar charts, computed here so they
//! are tested; the app only draws the rectangles it is given.

/// A value axis from zero to a "nice" maximum with evenly spaced ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub max: f64,
    pub ticks: Vec<f64>,
}

/// The axis for values up to `max_value`, with about `target_ticks` steps of
/// 1, 2 or 5 times a power of ten. Zero or invalid data gives 0..1.
pub fn nice_axis(max_value: f64, target_ticks: usize) -> Axis {
    let max_value = if max_value.is_finite() && max_value > 0.0 {
        max_value
    } else {
        1.0
    };
    let raw_step = max_value / target_ticks.max(1) as f64;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw_step)
        .unwrap_or(10.0 * magnitude);
    let steps = (max_value / step - 1e-9).ceil().max(1.0) as usize;
    let ticks = (0..=steps).map(|i| round(i as f64 * step)).collect();
    Axis {
        max: round(steps as f64 * step),
        ticks,
    }
}

fn round(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

impl Axis {
    /// Position of `value` on an axis `length` long.
    pub fn scale(&self, value: f64, length: f64) -> f64 {
        (value.max(0.0) / self.max).min(1.0) * length
    }
}

/// A bar of a horizontal bar chart, in the chart's coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Groups of horizontal bars (one group per row, one bar per series),
/// stacked from the top: `values[row][series]`.
pub fn grouped_bars(
    values: &[Vec<f64>],
    axis: &Axis,
    length: f64,
    bar_height: f64,
    group_gap: f64,
) -> Vec<Vec<Bar>> {
    let mut y = 0.0;
    values
        .iter()
        .map(|row| {
            let bars = row
                .iter()
                .map(|v| {
                    let bar = Bar {
                        y,
                        width: axis.scale(*v, length),
                        height: bar_height,
                    };
                    y += bar_height;
                    bar
                })
                .collect();
            y += group_gap;
            bars
        })
        .collect()
}

/// The width a column of labels needs at `font_px`, with `gap` after it:
/// the longest label, estimated (an SVG is laid out before any text is
/// measured) as 1 em for each wide character (Chinese, full-width forms)
/// and 0.6 em for the others, an estimate on the wide side so no label is
/// cut, whatever the language of the interface.
pub fn label_column_width<S: AsRef<str>>(labels: &[S], font_px: f64, gap: f64) -> f64 {
    let em = |c: char| if is_wide(c) { 1.0 } else { 0.6 };
    let widest = labels
        .iter()
        .map(|l| l.as_ref().chars().map(em).sum::<f64>())
        .fold(0.0, f64::max);
    (widest * font_px).ceil() + gap
}

/// Characters drawn a full em wide: CJK scripts and full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// Height of a grouped bar chart's plot area.
pub fn grouped_height(rows: usize, series: usize, bar_height: f64, group_gap: f64) -> f64 {
    rows as f64 * (series as f64 * bar_height + group_gap)
}

/// A point of a line chart, in the chart's coordinates (y down).
#[derive(Debug, Clone, PartialEq)]
pub struct LinePoint {
    pub year: u16,
    pub value: f64,
    pub x: f64,
    pub y: f64,
}

/// A line chart of values by year: each series as runs of points over
/// consecutive years (a year without reports breaks the line, so no
/// value is drawn where there is none), with the years to label.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub axis: Axis,
    pub series: Vec<Vec<Vec<LinePoint>>>,
    pub year_ticks: Vec<(u16, f64)>,
}

impl LineChart {
    /// The SVG `points` of a run.
    pub fn points_attr(run: &[LinePoint]) -> String {
        run.iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// How wide to draw a line chart's plot for `years` (ascending): room for
/// each year of the span (`per_year`), within `min` and `max`, so seventy
/// years of reports are not pressed into the width of ten.
pub fn line_plot_width(years: &[u16], min: f64, per_year: f64, max: f64) -> f64 {
    let span = match (years.first(), years.last()) {
        (Some(first), Some(last)) => f64::from(last - first),
        _ => 0.0,
    };
    (span * per_year).clamp(min, max)
}

/// Lays out `values[series][i]` for `years[i]` (ascending) on a plot
/// `width` by `height`: years placed by their distance, so gaps show.
pub fn line_chart(
    years: &[u16],
    values: &[Vec<Option<f64>>],
    width: f64,
    height: f64,
) -> LineChart {
    let max = values
        .iter()
        .flatten()
        .flatten()
        .copied()
        .fold(0.0, f64::max);
    let axis = nice_axis(max, 4);
    let (first, last) = (
        years.first().copied().unwrap_or(0),
        years.last().copied().unwrap_or(0),
    );
    let x = |year: u16| {
        if last == first {
            width / 2.0
        } else {
            f64::from(year - first) / f64::from(last - first) * width
        }
    };
    let series = values
        .iter()
        .map(|row| {
            let mut runs: Vec<Vec<LinePoint>> = Vec::new();
            let mut previous: Option<u16> = None;
            for (&year, value) in years.iter().zip(row) {
                let Some(value) = *value else {
                    previous = None;
                    continue;
                };
                let point = LinePoint {
                    year,
                    value,
                    x: x(year),
                    y: height - axis.scale(value, height),
                };
                match (previous, runs.last_mut()) {
                    (Some(p), Some(run)) if year == p + 1 => run.push(point),
                    _ => runs.push(vec![point]),
                }
                previous = Some(year);
            }
            runs
        })
        .collect();
    // About eight labels, every 1, 2, 5, 10… years.
    let span = usize::from(last - first);
    let step = [1, 2, 5, 10, 20, 25, 50]
        .into_iter()
        .find(|s| span / s <= 8)
        .unwrap_or(100);
    // Over the whole span, years without reports too: a gap in the line
    // is read against the axis (1954 to 2025 with no report in 1974 still
    // labels 1974).
    let year_ticks = (first..=last)
        .filter(|&y| usize::from(y - first) % step == 0)
        .map(|y| (y, x(y)))
        .collect();
    LineChart {
        axis,
        series,
        year_ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_columns_fit_the_longest_label_in_either_script() {
        // 4 characters at 11 px, 6 px after.
        assert_eq!(label_column_width(&["产业招商", "民生"], 11.0, 6.0), 50.0);
        // 30 Latin characters: 0.6 em each.
        assert_eq!(
            label_column_width(
                &["Urban construction and renewal", "Environment"],
                11.0,
                6.0
            ),
            (30.0 * 0.6 * 11.0_f64).ceil() + 6.0
        );
        // Mixed, and full-width letters count as wide.
        assert_eq!(
            label_column_width(&["ＧＤＰ增长 of"], 11.0, 0.0),
            (5.0 * 11.0 + 3.0 * 0.6 * 11.0_f64).ceil()
        );
        assert_eq!(label_column_width::<&str>(&[], 11.0, 6.0), 6.0);
    }

    #[test]
    fn nice_axes() {
        assert_eq!(
            nice_axis(0.37, 4),
            Axis {
                max: 0.4,
                ticks: vec![0.0, 0.1, 0.2, 0.3, 0.4]
            }
        );
        assert_eq!(
            nice_axis(7.0, 5),
            Axis {
                max: 8.0,
                ticks: vec![0.0, 2.0, 4.0, 6.0, 8.0]
            }
        );
        assert_eq!(nice_axis(100.0, 5).max, 100.0);
        assert_eq!(nice_axis(0.0, 5).max, 1.0);
        assert_eq!(nice_axis(f64::NAN, 5).max, 1.0);
        let a = nice_axis(12_345.0, 5);
        assert!(a.max >= 12_345.0 && a.ticks.len() <= 8);
    }

    #[test]
    fn scaling_clamps() {
        let a = nice_axis(10.0, 5);
        assert_eq!(a.scale(5.0, 200.0), 100.0);
        assert_eq!(a.scale(-1.0, 200.0), 0.0);
        assert_eq!(a.scale(99.0, 200.0), 200.0);
    }

    #[test]
    fn grouped_layout() {
        let a = nice_axis(1.0, 5);
        let bars = grouped_bars(&[vec![0.5, 1.0], vec![0.25, 0.0]], &a, 100.0, 10.0, 6.0);
        assert_eq!(
            bars[0][0],
            Bar {
                y: 0.0,
                width: 50.0,
                height: 10.0
            }
        );
        assert_eq!(
            bars[0][1],
            Bar {
                y: 10.0,
                width: 100.0,
                height: 10.0
            }
        );
        assert_eq!(
            bars[1][0],
            Bar {
                y: 26.0,
                width: 25.0,
                height: 10.0
            }
        );
        assert_eq!(grouped_height(2, 2, 10.0, 6.0), 52.0);
    }

    #[test]
    fn lines_break_where_a_year_has_no_value_and_years_are_placed_by_distance() {
        let chart = line_chart(
            &[2000, 2001, 2002, 2010],
            &[
                vec![Some(1.0), Some(4.0), None, Some(2.0)],
                vec![Some(0.5), Some(0.5), Some(0.5), Some(0.5)],
            ],
            100.0,
            40.0,
        );
        assert_eq!(chart.axis.max, 4.0);
        let runs = &chart.series[0];
        assert_eq!(runs.len(), 2);
        assert_eq!(
            runs[0].iter().map(|p| p.year).collect::<Vec<_>>(),
            vec![2000, 2001]
        );
        assert_eq!((runs[0][1].x, runs[0][1].y), (10.0, 0.0));
        assert_eq!((runs[1][0].x, runs[1][0].y), (100.0, 20.0));
        // 2002 to 2010 is not consecutive: a new run.
        assert_eq!(chart.series[1].len(), 2);
        assert_eq!(LineChart::points_attr(&runs[0]), "0.0,30.0 10.0,0.0");
        // Ten years: a label every second year, with reports or not.
        assert_eq!(
            chart.year_ticks,
            vec![
                (2000, 0.0),
                (2002, 20.0),
                (2004, 40.0),
                (2006, 60.0),
                (2008, 80.0),
                (2010, 100.0)
            ]
        );
        let one = line_chart(&[2024], &[vec![Some(3.0)]], 100.0, 40.0);
        assert_eq!(one.series[0][0][0].x, 50.0);
    }

    #[test]
    fn a_long_span_of_years_gets_a_wider_plot_within_bounds() {
        // Ten years or one: the least width.
        assert_eq!(line_plot_width(&[2015, 2025], 520.0, 11.0, 1000.0), 520.0);
        assert_eq!(line_plot_width(&[2025], 520.0, 11.0, 1000.0), 520.0);
        assert_eq!(line_plot_width(&[], 520.0, 11.0, 1000.0), 520.0);
        // 1954 to 2025: 71 years at 11 px.
        assert_eq!(
            line_plot_width(&[1954, 1988, 2025], 520.0, 11.0, 1000.0),
            781.0
        );
        // A century and more: the most.
        assert_eq!(line_plot_width(&[1900, 2025], 520.0, 11.0, 1000.0), 1000.0);
    }
}
