//! What a figure is compared with: the base of a comparison or of a
//! multiple names no period of the figure (`比上年增长`, `是“十一五”时期的
//! 2.3倍`, `比历史上最好的1984年增长6.5%`), nor is it the figure's name
//! (`比抗日战争前`, `与上次普查相比`).

use super::chars::starts_with_at;
use super::indicator_words::COMPARISON_BASES;

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

/// (27b) The words after a comparison's base that a name opens on, if it
/// opens on one: a base of the reports' usual words (`COMPARISON_BASES`:
/// `比上年`, `同比`…); `与…相比` (`与上次普查的48万人相比`, `与去年相比`,
/// not `与上海市签约…`, `与上级部门对接…`, which compare nothing); or
/// words opening on 比 or 较 that are all a base, a time or a sum counted
/// before (`比1954年`, `比抗日战争前`, `较“十三五”末`, `比五年计划原定`,
/// `比上次普查`), which leave nothing. Not words that open on them
/// (`比重`, `较大`, `比对历年数据`, `比改革前减轻企业负担`).
pub(super) fn after_a_comparisons_base(text: &str) -> Option<&str> {
    // `比去年预算`, `比上年年初预算`: all a base, before the usual words
    // (`比去年`) that would leave `预算` as a name.
    let usual = COMPARISON_BASES
        .iter()
        .find(|b| text.starts_with(*b))
        .map(|b| &text[b.len()..]);
    if let Some(rest) = text.strip_prefix('与') {
        let clause = rest.split(['，', ',']).next().unwrap_or(rest);
        if let Some((at, w)) = ["相比", "相较", "比较"]
            .iter()
            .filter_map(|w| clause.find(w).map(|b| (b, w)))
            .min()
        {
            return (at > 0).then(|| &rest[at + w.len()..]);
        }
        // A base whose 相比 the name ends before (`与上次普查的48万人
        // 相比`): one of whole words of time, all of the words.
        let a_time = TIMES_AFTER_YU.iter().any(|w| clause.starts_with(w))
            || clause.chars().take(4).all(|c| c.is_ascii_digit())
                && clause[4.min(clause.len())..].starts_with('年');
        return (a_time && ends_in_a_base(clause)).then_some("");
    }
    let Some(rest) = text.strip_prefix(['比', '较']) else {
        return usual;
    };
    let rest = rest.split(['，', ',']).next().unwrap_or(rest);
    let base = !rest.starts_with([
        '重', '例', '率', '价', '值', '较', '对', '照', '拼', '赛', '武', '选',
    ]) && !rest.contains('的')
        && ends_in_a_base(rest);
    if base {
        Some("")
    } else {
        usual.or_else(|| after_a_years_base(rest))
    }
}

/// (28c) `1962年比1957年粮食总产减少41.2%`: a base that is a year alone,
/// with the subject after it, leaves the subject (`粮食总产`). Not a year
/// with more of the base after it (`比1956年的`, `比1956年同期`, which
/// `ends_in_a_base` reads), nor a year not written in four digits.
fn after_a_years_base(rest: &str) -> Option<&str> {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let after = rest.get(digits..)?.strip_prefix('年')?;
    (digits == 4 && !after.starts_with(['的', '度', '底', '末', '初']) && !ends_in_a_base(after))
        .then_some(after)
}

/// (27b) Whether a clause's words before its figure open on a comparison's
/// base and a word of more (`与去年相比多增加就业岗位1200个`): the figure is
/// by how much its name grew over the base.
pub(super) fn more_after_a_base(lead: &str) -> bool {
    let lead = lead.trim_start_matches(|c: char| !report_core::text::fold::is_han(c));
    after_a_comparisons_base(lead).is_some_and(|rest| {
        let rest = rest.trim_start_matches(['，', ',']);
        MORE_WORDS
            .iter()
            .any(|w| rest.strip_prefix(w).is_some_and(|r| !r.starts_with('的')))
    })
}

/// Words of more after a comparison's base (`多增加`, `增加`).
pub(super) const MORE_WORDS: [&str; 3] = ["多增加", "增加", "多增"];

/// Whether words end no more than a few characters after a word that
/// closes a comparison's base (`BASE_WORDS`).
fn ends_in_a_base(words: &str) -> bool {
    BASE_WORDS
        .iter()
        .filter_map(|w| words.rfind(w).map(|b| words[b + w.len()..].chars().count()))
        .min()
        .is_some_and(|t| t <= BASE_TAIL_MAX)
}

/// Whole words of time a base after 与 opens on (`与上次普查`, `与去年
/// 同期`), not words they open (`上海市`, `上级`, `前海`).
const TIMES_AFTER_YU: [&str; 8] = [
    "上次",
    "上年",
    "上一年",
    "上期",
    "去年",
    "前年",
    "前期",
    "同期",
];

/// The words that close a comparison's base after 比 or 较: a time or a
/// sum counted before (`上一年`, `五年前`, `1954年完成数`, `去年预算`).
/// (28a) A quarter too (`较去年第4季及第1季`).
const BASE_WORDS: [&str; 12] = [
    "年", "前", "期", "末", "初", "季", "普查", "历史", "计划", "预算", "决算", "上次",
];

/// The characters a comparison's base may run on after its last word of
/// time or base (`比五年计划原定`, `比1954年只`).
const BASE_TAIL_MAX: usize = 3;

/// (27b) Whether a clause's words before its figure open on a comparison
/// with a base (`，比上一年增加`, `与去年相比多增加`): what the figure gives
/// is by how much it changed, though the name is the subject's, left out.
pub(super) fn opens_on_a_comparison(lead: &str) -> bool {
    let lead = lead.trim_start_matches(|c: char| !report_core::text::fold::is_han(c));
    after_a_comparisons_base(lead).is_some()
}
