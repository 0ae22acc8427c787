//! Where a paragraph's sentences end, for reading its figures.

/// The most characters read as one sentence. Reading a sentence's figures
/// looks back over the words before each figure, so a paragraph with no
/// stops (a page flattened with its punctuation lost) would cost the square
/// of its length. Real sentences stay whole: the longest of the provincial
/// and national reports between stops is about 500 characters.
pub(super) const LONGEST_SENTENCE: usize = 600;

/// One past the end of the sentence that starts at `start`: its stop
/// (`。！？；;`) included; or, where none comes within `LONGEST_SENTENCE`
/// characters, just after the last clause mark of the run's second half,
/// else between two characters that are no part of a number.
pub(super) fn sentence_end(chars: &[char], start: usize) -> usize {
    let limit = chars.len().min(start + LONGEST_SENTENCE);
    if let Some(k) = (start..limit).find(|&k| ends_a_sentence(chars, k)) {
        return k + 1;
    }
    if limit == chars.len() {
        return limit;
    }
    let half = start + LONGEST_SENTENCE / 2;
    (half..limit)
        .rev()
        .find(|&k| matches!(chars[k], '，' | ',' | '、' | '：' | ':' | ' ' | '\u{3000}'))
        .map(|k| k + 1)
        .or_else(|| {
            (half..limit)
                .rev()
                .find(|&k| !in_a_number(chars[k - 1]) && !in_a_number(chars[k]))
        })
        .unwrap_or(limit)
}

/// Whether the character at `k` ends a sentence as figures are read:
/// a full stop, or a `；` that sets one statement apart from the next.
pub(super) fn ends_a_sentence(chars: &[char], k: usize) -> bool {
    is_full_stop(chars, k) || matches!(chars[k], '；' | ';')
}

/// Whether the character at `k` ends a sentence: `。！？`, or a half-width
/// `.` set between no letters or digits (`增长6%.全年…`, as pages that make
/// their punctuation half-width write it), never a decimal point, a list
/// number's (`1.加快`) or an address's (`www.gov.cn`).
pub(super) fn is_full_stop(chars: &[char], k: usize) -> bool {
    match chars[k] {
        // Half-width `!` and `?` as pages that make their punctuation
        // half-width write them.
        '。' | '！' | '？' | '!' | '?' => true,
        '.' => {
            let beside = |c: Option<&char>| c.is_some_and(char::is_ascii_alphanumeric);
            !beside(k.checked_sub(1).and_then(|b| chars.get(b))) && !beside(chars.get(k + 1))
        }
        _ => false,
    }
}

fn in_a_number(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '.' | '%' | '点' | '百' | '千' | '万' | '亿')
        || report_core::text::numbers::chinese_digit(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str) -> Vec<usize> {
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        let mut out = Vec::new();
        while at < chars.len() {
            at = sentence_end(&chars, at);
            out.push(at);
        }
        out
    }

    #[test]
    fn a_sentence_ends_at_its_stop() {
        assert_eq!(ends("增长6%。完成投资3亿元；新建学校2所"), vec![5, 13, 19]);
    }

    #[test]
    fn a_half_width_stop_ends_a_sentence_but_no_number_or_address() {
        assert_eq!(ends("增长6%.完成投资3亿元.新建"), vec![5, 13, 15]);
        assert_eq!(ends("增长6.5%,网址www.gov.cn,1.加快"), vec![24]);
    }

    #[test]
    fn a_run_without_stops_is_cut_at_a_clause_mark() {
        let clause = "全县生产总值完成12.5亿元，";
        let run = clause.repeat(100);
        let cuts = ends(&run);
        let n = clause.chars().count();
        assert!(cuts.len() > 1, "{cuts:?}");
        for &k in &cuts {
            assert_eq!(k % n, 0, "cut inside a clause at {k}");
            assert!(k <= LONGEST_SENTENCE * cuts.len());
        }
    }

    #[test]
    fn a_run_without_any_mark_is_cut_outside_its_numbers() {
        let run = "生产总值完成12.5亿元".repeat(100);
        let chars: Vec<char> = run.chars().collect();
        let end = sentence_end(&chars, 0);
        assert!(
            end <= LONGEST_SENTENCE && end > LONGEST_SENTENCE / 2,
            "{end}"
        );
        assert!(
            !in_a_number(chars[end - 1]) && !in_a_number(chars[end]),
            "{end}"
        );
    }

    #[test]
    fn a_half_width_stop_ends_an_estimate() {
        let read = crate::clean::figures::test_support::figures(
            "预计全年地区生产总值增长6%.去年新建学校3所.",
        );
        let status: Vec<_> = read
            .iter()
            .map(|f| (f.indicator.as_str(), f.status))
            .collect();
        assert_eq!(
            status,
            [
                ("地区生产总值", report_core::FigureStatus::Estimate),
                ("学校", report_core::FigureStatus::Actual)
            ]
        );
    }

    #[test]
    fn a_paragraph_without_stops_keeps_every_figure() {
        let clause = "全县地区生产总值完成123.4亿元同比增长6.5%";
        let one_line = crate::clean::figures::test_support::figures(&clause.repeat(60));
        let values: Vec<f64> = one_line.iter().map(|f| f.value).collect();
        assert_eq!(values, [123.4, 6.5].repeat(60));
    }
}
