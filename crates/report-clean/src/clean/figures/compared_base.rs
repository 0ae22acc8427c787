//! What a figure is compared with: the base of a comparison or of a
//! multiple names no period of the figure (`比上年增长`, `是“十一五”时期的
//! 2.3倍`, `比历史上最好的1984年增长6.5%`).

use super::chars::starts_with_at;

/// Words that set a figure as a multiple of a base (`是…的2.3倍`, `等於一九四九年的
/// 十三點七倍`, `相当于…的`).
pub(super) const MULTIPLE_OF: [&str; 4] = ["是", "等于", "等於", "相当于"];

/// The most characters of words that may describe a base between 比 and 的
/// (`比历史上最好的`, `比大丰收的`).
const DESCRIBED_BASE_MAX: usize = 8;

/// Whether the time words at `i` (opened at `at`, before any quotation
/// mark) are what a figure is compared with: right after 较, 比, 相比 or
/// 同, between 与/和 and 相比 (`与2020年相比`), the base of a multiple, or
/// (21b) a base described before it.
pub(super) fn compared_with(s: &[char], i: usize, at: usize) -> bool {
    let before = |n: usize, w: &str| at >= n && starts_with_at(s, at - n, w);
    let base_of_multiple = MULTIPLE_OF.iter().any(|w| before(w.chars().count(), w))
        && s[i..]
            .iter()
            .take_while(|c| !matches!(c, '，' | ',' | '。' | '；'))
            .any(|c| *c == '倍');
    before(1, "较")
        || before(1, "比")
        || before(2, "相比")
        || before(1, "同")
        || (before(1, "与") || before(1, "和")) && compared_after(s, i)
        || base_of_multiple
        || described_base(s, at)
}

/// Words after a base that make 与/和 before it a comparison
/// (`与2020年相比`, `和“十三五”末比较`).
const COMPARED_AFTER: [&str; 3] = ["相比", "相较", "比较"];
/// How far after the time words' start those words may stand.
const COMPARED_AFTER_MAX: usize = 16;

/// Whether the clause from `i` says the time words are compared with
/// (`…年相比`), within a few characters and before any stop.
fn compared_after(s: &[char], i: usize) -> bool {
    let clause: Vec<char> = s[i..]
        .iter()
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':'))
        .take(COMPARED_AFTER_MAX)
        .copied()
        .collect();
    COMPARED_AFTER.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        clause.windows(w.len()).any(|p| p == w.as_slice())
    })
}

/// (21b) `比历史上最好的1984年增长6.5%`, `比大丰收的上年增产`: 比, a few
/// words with no digit and no stop, and 的 right before `at`. Not 较 nor
/// 比较, which are adverbs there (`其中增长较快的“一五”时期`).
fn described_base(s: &[char], at: usize) -> bool {
    let Some(de) = at.checked_sub(1).filter(|&k| s[k] == '的') else {
        return false;
    };
    (1..=DESCRIBED_BASE_MAX)
        .filter_map(|n| de.checked_sub(n + 1))
        .take_while(|&k| is_describing(s[k + 1]))
        .any(|k| s[k] == '比' && s[k + 1] != '较')
}

/// A character of the words describing a base: no digit, stop or bracket.
fn is_describing(c: char) -> bool {
    !c.is_ascii_digit()
        && !c.is_whitespace()
        && report_core::text::numbers::chinese_digit(c).is_none()
        && !"，,。；;：:、！？（）()“”\"".contains(c)
}
