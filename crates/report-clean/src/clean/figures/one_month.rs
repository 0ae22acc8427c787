//! (32b) One month as a figure's period: `7月，规模以上工业增加值增长9%`,
//! `2023年7月，…`, `7月份…`. A month with 份 was read before; a bare month
//! only where it opens its clause (alone, or right after the year that
//! opens it) and a comma follows, so a day's date (`7月1日`), a month's end
//! (`7月底`) or a month in passing (`7月召开`) is none. (32c) Nor the base
//! of a comparison (`增速比6月份加快`, `较6月份提高4个位次`): the figures
//! after it are of the month the report is about.

use super::chars::starts_with_at;
use super::sub_year::is_a_months_dash;

/// Where a one-month period that starts at `i` (its number `len` long)
/// ends; `opens` says it opens its clause or follows the year that does.
pub(super) fn one_month_end(
    s: &[char],
    i: usize,
    len: usize,
    comparison: bool,
    opens: bool,
) -> Option<usize> {
    let before = i.checked_sub(1).map(|k| s[k]);
    // The last month of a span (`1-7月`, `1至7月`) is read with the span.
    if comparison || before.is_some_and(|c| is_a_months_dash(c) || c == '至') {
        return None;
    }
    // After a year only where the year opens the clause (`2023年7月，`).
    if before == Some('年') && !opens {
        return None;
    }
    let month = i + len;
    if starts_with_at(s, month, "月份") {
        return Some(month + 2);
    }
    (opens && s.get(month) == Some(&'月') && matches!(s.get(month + 1), Some('，' | ',')))
        .then_some(month + 1)
}
