//! Figures in a table the text keeps as rows of cells, a row to a
//! paragraph (`指标 单位 完成值 增长（%）` over `地区生产总值 亿元 558.2 4.8`):
//! each number of a row measures what the row's first cell names, in the
//! unit its row or its column states; a column of change (`增长（%）`) gives
//! rates, a column of plans (`2024年目标`) or of a year after the report's
//! targets, a year in a column's name its period, else the period the table stands under.

use super::chars::figure_chars;
use super::period::{Frame, Tense};
use super::reading::read_figure;
use super::sub_year::quarter_at;
use report_core::text::fold::is_han;
use report_core::text::layout::has_sentence_end;
use report_core::text::numbers::normalize;
use report_core::{Figure, FigureKind, FigureStatus};

/// The name of a column that holds each row's unit.
const UNIT_HEADERS: [&str; 2] = ["单位", "计量单位"];
/// Words in a column's name that make its numbers rates of change.
const CHANGE_HEADERS: [&str; 5] = ["增长", "增速", "增幅", "同比", "±"];
/// Words in a column's name that make its numbers plans, or estimates.
const TARGET_HEADERS: [&str; 3] = ["目标", "计划", "预期"];
const ESTIMATE_HEADERS: [&str; 1] = ["预计"];
/// A row of column names has at least this many cells.
const TABLE_MIN_COLUMNS: usize = 3;

/// A table's columns, as its row of names states them.
pub(super) struct Table {
    columns: Vec<String>,
    unit_column: Option<usize>,
    /// The units a line over the table states for all of it (`单位：亿元、%`).
    stated_units: Vec<String>,
    /// (31a) The column of the second table's names, where two stand side
    /// by side (`收入 执行数 支出 执行数`).
    second_names: Option<usize>,
}

/// Labels of a line that gives a table's units (`单位：亿元、%`).
const UNIT_LINE_LABELS: [&str; 2] = ["单位：", "单位:"];
/// Verbs of change a cell may open with (`增长5.5%`); the falls are negative.
const CELL_RISES: [&str; 3] = ["同比增长", "增长", "增"];
const CELL_FALLS: [&str; 4] = ["同比下降", "下降", "减少", "降"];

/// The units a line over a table states for its numbers: `单位：亿元、%`.
pub(super) fn stated_units(line: &str) -> Vec<String> {
    UNIT_LINE_LABELS
        .iter()
        .find_map(|label| line.trim().strip_prefix(label))
        .map(|units| {
            units
                .split(['、', '，', ',', '/', ' '])
                .filter(|u| !u.is_empty() && reads_as_unit(u))
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A cell holding a figure with its unit (`84.6亿元`, `增长4.8%`,
/// `下降1.2%`): its value, signed, its unit and whether it is a change.
fn figure_cell(cell: &str) -> Option<(f64, String, FigureKind)> {
    let (sign, change, rest) =
        if let Some(rest) = CELL_FALLS.iter().find_map(|w| cell.strip_prefix(w)) {
            (-1.0, true, rest)
        } else if let Some(rest) = CELL_RISES.iter().find_map(|w| cell.strip_prefix(w)) {
            (1.0, true, rest)
        } else {
            (1.0, false, cell)
        };
    let s = figure_chars(rest);
    let (found, end) = read_figure(&s, 0)?;
    if end != s.len() || found.unit.is_empty() || found.high.is_some() {
        return None;
    }
    let kind = if change && found.unit == "%" {
        FigureKind::Growth
    } else {
        found.kind
    };
    Some((sign * found.value, found.unit, kind))
}

/// Where the rows of a table stand: their place in the report and the
/// period the table is under.
pub(super) struct RowPlace<'a> {
    pub(super) section: usize,
    pub(super) paragraph: usize,
    pub(super) context: Option<&'a Frame>,
    pub(super) fallback: Option<&'a str>,
    /// The report's year: a column of a year after it holds plans.
    pub(super) now: Option<u16>,
}

/// A paragraph's cells, set apart by spaces, with their byte offsets;
/// (31e) not the rules that set them apart (`| 国内生产总值 | 386762 |`),
/// which a row may open on where its header does not.
fn cells(text: &str) -> Vec<(usize, &str)> {
    let mut cells = spaced_cells(text);
    cells.retain(|(_, c)| !is_rule(c));
    cells
}

/// A paragraph's cells, set apart by spaces, with their byte offsets.
fn spaced_cells(text: &str) -> Vec<(usize, &str)> {
    let mut cells = Vec::new();
    let mut start = None;
    for (b, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                cells.push((s, &text[s..b]));
                start = None;
            }
            (false, None) => start = Some(b),
            _ => {}
        }
    }
    cells
}

/// A cell that is a number alone, with its sign: `558.2`, `-2.6`, `+3`.
fn signed_number(cell: &str) -> Option<(f64, &str)> {
    let (sign, digits) = match cell.strip_prefix(['-', '−', '－']) {
        Some(rest) => (-1.0, rest),
        None => (1.0, cell.strip_prefix('+').unwrap_or(cell)),
    };
    let plain = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.starts_with(|c: char| c.is_ascii_digit());
    plain
        .then(|| digits.parse::<f64>().ok().map(|v| (sign * v, digits)))
        .flatten()
}

/// The unit a column's name gives in brackets: `增长（%）`, `总量(亿元)`.
fn bracketed_unit(name: &str) -> Option<&str> {
    let open = name.find(['（', '('])?;
    let inner = &name[open + name[open..].chars().next()?.len_utf8()..];
    let unit = &inner[..inner.find(['）', ')'])?];
    reads_as_unit(unit).then_some(unit)
}

/// Whether a number followed by `unit` reads as a figure, the unit whole.
fn reads_as_unit(unit: &str) -> bool {
    let s = figure_chars(&format!("1{unit}"));
    read_figure(&s, 0).is_some_and(|(f, end)| end == s.len() && !f.unit.is_empty())
}

/// Whether a column's year (`2025年`) is after the report's: its numbers
/// are what a plan sets (`指标 2020年 2025年` in a plan of 2021).
fn ahead(year: Option<&str>, now: Option<u16>) -> bool {
    year.and_then(|y| y[..4].parse::<u16>().ok())
        .zip(now)
        .is_some_and(|(y, now)| y > now)
}

/// The first year a column's name states (`2024年目标`), as written.
fn year_in(name: &str) -> Option<&str> {
    let at = name.find(|c: char| c.is_ascii_digit())?;
    let year = name.get(at..at + "2024年".len())?;
    (year.ends_with('年') && year[..4].chars().all(|c| c.is_ascii_digit())).then_some(year)
}

/// A cell that only rules the columns apart (`|`).
fn is_rule(cell: &str) -> bool {
    cell.chars().all(|c| c == '|' || c == '｜')
}

/// (31a) `收入 | 执行数 | 支出 | 执行数`: two tables side by side, a budget's
/// revenue beside its spending, each a column of names and the same
/// columns of numbers after it; the index of the second's names. Not a
/// header whose names do not repeat (`指标 2023年 2024年 增长`); (review)
/// nor one whose middle column measures (`2025年(亿元)`, `增长`) or ranks
/// (`县区 增速(%) 位次 增速(%)`): no names stand under it.
fn side_by_side(columns: &[String]) -> Option<usize> {
    let half = columns.len() / 2;
    let repeated =
        columns.len().is_multiple_of(2) && half >= 2 && columns[1..half].eq(&columns[half + 1..]);
    let names = &columns[half];
    let measures = bracketed_unit(names).is_some()
        || year_in(names).is_some()
        || [
            &CHANGE_HEADERS[..],
            &TARGET_HEADERS,
            &ESTIMATE_HEADERS,
            &RANK_HEADERS,
        ]
        .concat()
        .iter()
        .any(|w| names.contains(w));
    (repeated && !measures).then_some(half)
}

/// (31a, review) Words of a column of ranks (`位次`, `排名`).
const RANK_HEADERS: [&str; 4] = ["位次", "排名", "名次", "排位"];

/// (31a, review) A rank in a cell (`第一`, `第3位`): no name.
fn is_a_rank(cell: &str) -> bool {
    cell.strip_prefix('第').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    })
}

/// A name cell without the unit it states in brackets
/// (`固定资产投资（亿元）`), and that unit.
fn name_and_unit(name: &str) -> (&str, Option<&str>) {
    let named_unit = bracketed_unit(name);
    match (named_unit, name.find(['（', '('])) {
        (Some(_), Some(open)) => (&name[..open], named_unit),
        _ => (name, named_unit),
    }
}

impl Table {
    /// A row of column names: three or more cells, none a number and no
    /// sentence, one of them naming the rows' unit or a unit in brackets,
    /// or under a line stating the table's units; else any such row, whose
    /// rows then give only the cells that carry their unit (`84.6亿元`).
    pub(super) fn header(paragraph: &str, stated_units: Vec<String>) -> Option<Table> {
        let cells = cells(paragraph);
        // (31e) `| 绝对额(亿元) | 比去年同期增长(%) |`: a header that leaves
        // out the names' column, every column stating its unit.
        let names_left_out =
            cells.len() >= 2 && cells.iter().all(|(_, c)| bracketed_unit(c).is_some());
        // (review) The rules count as they did (`项目 | 金额(万元)`, two
        // columns): a row of two cells and a rule is a header.
        if spaced_cells(paragraph).len() < TABLE_MIN_COLUMNS && !names_left_out
            || has_sentence_end(paragraph)
            || cells
                .iter()
                .any(|(_, c)| signed_number(c).is_some() || figure_cell(c).is_some())
        {
            return None;
        }
        let unit_column = cells.iter().position(|(_, c)| UNIT_HEADERS.contains(c));
        let columns: Vec<String> = names_left_out
            .then(String::new)
            .into_iter()
            .chain(cells.iter().map(|(_, c)| c.to_string()))
            .collect();
        Some(Table {
            second_names: side_by_side(&columns),
            columns,
            unit_column,
            stated_units,
        })
    }

    /// The unit a line over the table gives a column: `%` for a column of
    /// change, the other unit for the rest (`单位：亿元、%`).
    fn stated_unit(&self, column: &str) -> Option<&str> {
        let changes = CHANGE_HEADERS.iter().any(|w| column.contains(w));
        let percent = self.stated_units.iter().find(|u| *u == "%" || *u == "％");
        let other = self.stated_units.iter().find(|u| *u != "%" && *u != "％");
        if changes {
            percent.or(other)
        } else {
            other.or(percent)
        }
        .map(String::as_str)
    }

    /// The figures of one row: as many cells as the table has columns, the
    /// first naming what they measure. `None` for a paragraph that is no
    /// row of this table.
    pub(super) fn row_figures(&self, paragraph: &str, place: &RowPlace) -> Option<Vec<Figure>> {
        let cells = cells(paragraph);
        let (_, name) = *cells.first()?;
        if cells.len() != self.columns.len() || !name.chars().any(is_han) {
            return None;
        }
        // (31e, review) `| 一季度 | 820.5 | 5.4 |`: a row of a column of
        // periods names no measure; a row of the table, with no figure.
        if names_a_period(name) {
            return Some(Vec::new());
        }
        // `固定资产投资（亿元）`: the row states its unit beside its name.
        let (first_name, first_unit) = name_and_unit(name);
        // (31a) Two tables side by side: the numbers after the second's
        // names measure what they name (`二、转移性收入 605349 结转下年支出
        // 106106`).
        let second = self
            .second_names
            .map(|k| (k, name_and_unit(cells[k].1)))
            .filter(|(_, (name, _))| name.chars().any(is_han) && !is_a_rank(name));
        let mut figures = Vec::new();
        for (k, (at, cell)) in cells.iter().enumerate().skip(1) {
            if Some(k) == self.unit_column || second.is_some_and(|(s, _)| s == k) {
                continue;
            }
            let (name, named_unit) = match second {
                Some((s, named)) if k > s => named,
                _ => (first_name, first_unit),
            };
            let row_unit = self.unit_column.map(|k| cells[k].1).or(named_unit);
            let column = self.columns[k].as_str();
            let changes = CHANGE_HEADERS.iter().any(|w| column.contains(w));
            let (value, unit, kind) = if let Some((value, digits)) = signed_number(cell) {
                let Some(unit) = bracketed_unit(column)
                    .or(row_unit)
                    .or_else(|| self.stated_unit(column))
                else {
                    continue;
                };
                let s = figure_chars(&format!("{digits}{unit}"));
                let Some((found, _)) = read_figure(&s, 0) else {
                    continue;
                };
                let kind = if changes && found.unit == "%" {
                    FigureKind::Growth
                } else {
                    found.kind
                };
                (value, found.unit, kind)
            } else if let Some(read) = figure_cell(cell) {
                read
            } else {
                continue;
            };
            // (31e, review) `| 2024年(亿元) | 增长(%) | 2025年(亿元) | 增长(%) |`:
            // a change beside a year's column, among years, is that year's;
            // not beside a part of it (`2024年1-9月`): the table's period.
            let year = year_in(column).or_else(|| {
                let before = name_and_unit(&self.columns[k - 1]).0;
                let a_year_alone = year_in(before).filter(|y| *y == before);
                (changes && self.years_apart())
                    .then_some(a_year_alone)
                    .flatten()
            });
            let status = if ESTIMATE_HEADERS.iter().any(|w| column.contains(w)) {
                FigureStatus::Estimate
            } else if TARGET_HEADERS.iter().any(|w| column.contains(w))
                || year.is_none() && place.context.and_then(|f| f.tense) == Some(Tense::Ahead)
                || ahead(year, place.now)
            {
                FigureStatus::Target
            } else {
                FigureStatus::Actual
            };
            let (period, period_words) = match year {
                Some(year) => (Some(year[..4].to_string()), Some(year.to_string())),
                None => (
                    place
                        .context
                        .and_then(|f| f.resolved.clone())
                        .or(place.fallback.map(String::from)),
                    place.context.map(|f| f.words.clone()),
                ),
            };
            figures.push(Figure {
                indicator: name.to_string(),
                value,
                high: None,
                normalized: normalize(value, None, &unit),
                unit,
                kind,
                qualifier: None,
                status,
                period,
                period_words,
                text: cell.to_string(),
                section: place.section,
                paragraph: place.paragraph,
                start: *at,
                end: at + cell.len(),
            });
        }
        (!figures.is_empty()).then_some(figures)
    }

    /// Whether two columns name different years (`2024年 增长 2025年 增长`).
    fn years_apart(&self) -> bool {
        let mut years = self.columns.iter().filter_map(|c| year_in(c));
        years.next().is_some_and(|first| years.any(|y| y != first))
    }
}

/// (31e, review) A cell that is a period alone (`一季度`, `2月份`, `1-3月`,
/// `上半年`), after a year or not.
fn names_a_period(name: &str) -> bool {
    let s: Vec<char> = name.chars().collect();
    let from = if year_in(name).is_some_and(|y| name.starts_with(y)) {
        5
    } else {
        0
    };
    let rest: String = s[from..].iter().collect();
    let month = rest.strip_suffix("份").unwrap_or(&rest).strip_suffix('月');
    quarter_at(&s, from).is_some_and(|q| q.0 == s.len())
        || month.is_some_and(|m| {
            !m.is_empty()
                && m.chars()
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十-—－至".contains(c))
        })
        || ["上半年", "下半年", "全年", "前三季度"].contains(&rest.as_str())
        || from > 0 && rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> RowPlace<'static> {
        RowPlace {
            section: 1,
            paragraph: 2,
            context: None,
            fallback: Some("2023"),
            now: Some(2023),
        }
    }

    #[test]
    fn a_row_under_a_header_with_a_unit_column() {
        let table = Table::header("指标 单位 完成值 增长（%）", Vec::new()).expect("a header");
        let figures = table
            .row_figures("一般公共预算收入 亿元 30.1 -2.6", &place())
            .expect("a row");
        let read: Vec<_> = figures
            .iter()
            .map(|f| (f.indicator.as_str(), f.value, f.unit.as_str(), f.kind))
            .collect();
        assert_eq!(
            read,
            [
                ("一般公共预算收入", 30.1, "亿元", FigureKind::Amount),
                ("一般公共预算收入", -2.6, "%", FigureKind::Growth),
            ]
        );
        assert_eq!(figures[1].text, "-2.6");
        assert_eq!(figures[0].period.as_deref(), Some("2023"));
    }

    #[test]
    fn a_column_of_plans_for_a_year_gives_targets_of_that_year() {
        let table = Table::header("项目 2023年完成 2024年目标（%）", Vec::new()).expect("a header");
        let figures = table
            .row_figures("城镇调查失业率 5.1 5.5", &place())
            .expect("a row");
        // The first column states no unit: only the plan's rate is read.
        assert_eq!(figures.len(), 1);
        assert_eq!(figures[0].value, 5.5);
        assert_eq!(figures[0].status, FigureStatus::Target);
        assert_eq!(figures[0].period.as_deref(), Some("2024"));
    }

    #[test]
    fn headings_and_prose_are_no_table() {
        // A heading's phrases set apart read as a header, but no row under
        // them is one.
        let phrases = Table::header("强化创新驱动 提升产业能级 推动高质量发展", Vec::new());
        assert!(phrases
            .expect("a header")
            .row_figures("全面推进产业升级 实现高质量发展 二〇二三年", &place())
            .is_none());
        assert!(Table::header("指标 单位 2023年", Vec::new()).is_some());
        assert!(Table::header("全年 地区生产总值 增长5%", Vec::new()).is_none());
        let table = Table::header("指标 单位 完成值", Vec::new()).expect("a header");
        assert!(table
            .row_figures("各位代表：现在我代表", &place())
            .is_none());
        assert!(table.row_figures("地区生产总值 亿元", &place()).is_none());
    }

    #[test]
    fn cells_that_carry_their_unit_are_read_under_any_header() {
        let table = Table::header("指标名称 2024年目标 完成情况", Vec::new()).expect("a header");
        let figures = table
            .row_figures("一般公共预算收入 82亿元 84.6亿元", &place())
            .expect("a row");
        let read: Vec<_> = figures
            .iter()
            .map(|f| (f.value, f.unit.as_str(), f.status, f.period.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (82.0, "亿元", FigureStatus::Target, Some("2024")),
                (84.6, "亿元", FigureStatus::Actual, Some("2023")),
            ]
        );
        let figures = table
            .row_figures("地区生产总值 增长5.5% 下降1.2%", &place())
            .expect("a row");
        assert_eq!(figures[1].value, -1.2);
        assert!(figures.iter().all(|f| f.kind == FigureKind::Growth));
        // A row naming its unit in brackets gives it to its bare numbers.
        let figures = table
            .row_figures("固定资产投资（亿元） 120 增长6.2%", &place())
            .expect("a row");
        let read: Vec<_> = figures
            .iter()
            .map(|f| (f.indicator.as_str(), f.value, f.unit.as_str()))
            .collect();
        assert_eq!(
            read,
            [("固定资产投资", 120.0, "亿元"), ("固定资产投资", 6.2, "%")]
        );
    }

    #[test]
    fn a_line_over_the_table_states_its_units() {
        let units = stated_units("单位：亿元、%");
        assert_eq!(units, ["亿元", "%"]);
        let table = Table::header("指标 完成值 增长", units).expect("a header");
        let figures = table
            .row_figures("地区生产总值 758.6 4.2", &place())
            .expect("a row");
        let read: Vec<_> = figures
            .iter()
            .map(|f| (f.value, f.unit.as_str(), f.kind))
            .collect();
        assert_eq!(
            read,
            [
                (758.6, "亿元", FigureKind::Amount),
                (4.2, "%", FigureKind::Growth)
            ]
        );
        assert!(stated_units("单位工作").is_empty());
    }
}
