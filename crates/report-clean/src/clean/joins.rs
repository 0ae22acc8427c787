//! Two pieces of one sentence that a line end or a page break cut apart,
//! made one line again: the body's broken lines, a PDF copy's page breaks
//! and the soft breaks `soft_breaks.rs` joins before the header is read
//! join the same way ([`join_broken`]); lines a printed width cut
//! ([`join_at_width`]) differ only where the cut falls inside a number in a
//! Chinese sentence, which joins with no space.

/// Joins two pieces of one sentence broken across lines: CJK text joins
/// directly; Latin words or numbers keep a space between them.
pub(crate) fn join_broken(left: &mut String, right: &str) {
    let needs_space = left
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && right
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    if needs_space {
        left.push(' ');
    }
    left.push_str(right);
}

/// Joins two lines of a text wrapped at a printed width, which cuts
/// wherever a line is full: a number cut inside a Chinese sentence
/// (`完成12` / `8.6亿元`, `项目8` / `6个`) is one number again, as Chinese
/// prose never spaces digits. Lines broken anywhere else are joined by
/// [`join_broken`]: there two numbers apart may be two things (a headline's
/// `前20` over a dateline's `9月25日`, as a page's lines come).
pub(crate) fn join_at_width(left: &mut String, right: &str) {
    if number_cut_in_chinese(left, right) {
        left.push_str(right);
    } else {
        join_broken(left, right);
    }
}

/// The left piece ends in digits that a Chinese character stands right
/// before, and the right piece opens with a digit.
fn number_cut_in_chinese(left: &str, right: &str) -> bool {
    let before_digits = left
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .chars()
        .last();
    left.ends_with(|c: char| c.is_ascii_digit())
        && right.starts_with(|c: char| c.is_ascii_digit())
        && before_digits.is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(left: &str, right: &str) -> String {
        let mut left = left.to_string();
        join_at_width(&mut left, right);
        left
    }

    #[test]
    fn a_number_cut_inside_a_chinese_sentence_is_one_number_again() {
        assert_eq!(
            joined("预计地区生产总值完成12", "8.6亿元"),
            "预计地区生产总值完成128.6亿元"
        );
        assert_eq!(joined("全年实施重点项目8", "6个"), "全年实施重点项目86个");
        // Latin words, or numbers a space already parts, keep their space.
        assert_eq!(joined("GDP grew by 7", "percent"), "GDP grew by 7 percent");
        assert_eq!(joined("in 2019", "2020 saw"), "in 2019 2020 saw");
        assert_eq!(joined("增长6.2%", "，"), "增长6.2%，");
        assert_eq!(joined("全县", "地区"), "全县地区");
    }
}
