//! Figures that are no statistic of the report's: a count of a list's
//! parts (`十个方面`, `以下的十项工作`), what would follow on a condition
//! (`只要…就可以`), a case conceded (`即使…`), a limit a rule sets (`投资限额`), the standard a
//! comparison is made against (`超过…的速度`).

use report_core::FigureKind;

use super::byte_index;
use super::chars::starts_with_at;
use super::name_edges::is_numeral;
use super::reading::Found;
use super::sentence::is_clause_break;
use report_core::text::fold::is_han;

/// `推进十个方面重点任务`: a count that only numbers a list's parts,
/// as does one of the parts that follow or a task is divided into
/// (`抓好以下的十项工作`, `分13个领域细化任务`).
pub(super) fn numbers_the_parts(s: &[char], f: &Found) -> bool {
    starts_with_at(s, f.end, "方面")
        || f.kind == FigureKind::Count
            && LIST_OPENERS.iter().any(|w| {
                let w: Vec<char> = w.chars().collect();
                s[..f.start].ends_with(&w) && !bounds_before(s, f.start - w.len())
            })
}

/// (27a) `14岁以下1800人`, `5万元以下320户`: 以下 after a number (and its
/// unit) bounds the class counted next; it opens no list.
/// Not a year (`2022年以下3项工作`), which dates the list.
fn bounds_before(s: &[char], at: usize) -> bool {
    let a_year = at >= 5 && s[at - 1] == '年' && s[at - 5..at - 1].iter().all(char::is_ascii_digit);
    !a_year && s[at.saturating_sub(3)..at].iter().any(char::is_ascii_digit)
}

/// `十个突出亮点：一是…`, `工业生产出现了4个转折。一是…`: a count whose
/// sentence ends on the things counted, the next words opening the list of
/// them, numbers the list's parts: before a colon, or before a full stop
/// where the count says what came about (了 before it). Such a list is
/// short and counted by the generic measure (`个`, `点`): ten parts or
/// fewer. Not a count before the stop itself (`新增企业12家。一是…`), nor
/// things done or to be done, counted by their own measure or by more than
/// ten (`办好15件民生实事：一是…`, `实施了120个重大项目：一是…`,
/// `新建了8所学校：一是…`), whose items the list then tells.
pub(super) fn heads_a_list(chars: &[char], start: usize, end: usize, value: f64) -> bool {
    let rest = chars.get(end..).unwrap_or_default();
    let Some(stop) = rest
        .iter()
        .take(12)
        .position(|c| matches!(c, '。' | '：' | ':'))
    else {
        return false;
    };
    let came_about = start > 0 && chars[start - 1] == '了';
    let generic_measure = matches!(chars.get(end.wrapping_sub(1)), Some('个' | '点'));
    stop >= 1
        && value <= 10.0
        && generic_measure
        && (rest[stop] != '。' || came_about)
        && rest[..stop].iter().all(|c| is_han(*c))
        && ["一是", "其一", "第一，", "第一是", "首先", "一、"]
            .iter()
            .any(|w| starts_with_at(rest, stop + 1, w))
}

/// Words before a count of a list's parts: the ones that follow
/// (`以下的十项`, `如下三个`, `下列`) or a task divided (`分13个领域`).
const LIST_OPENERS: [&str; 7] = ["以下的", "以下", "如下的", "如下", "下列", "分为", "分"];

/// Words that open a condition, and what follows on it (`只要…就可以`).
const CONDITIONS: [&str; 4] = ["只要", "如果", "假如", "倘若"];
/// What a condition would need (`如果人们用来买穿的，就需要增加两千万匹`).
const CONSEQUENCES: [&str; 8] = [
    "就可以",
    "就可",
    "就能",
    "就会",
    "便可",
    "就需要",
    "就要",
    "就必须",
];

/// Whether the figure at char `at` stands after a condition the sentence
/// draws a consequence from: a sum that would be, not one that is.
pub(super) fn is_hypothetical(text: &str, at: usize) -> bool {
    let at = byte_index(text, at);
    CONDITIONS
        .iter()
        .filter_map(|w| text[..at].find(w))
        .min()
        .is_some_and(|c| CONSEQUENCES.iter().any(|w| text[c..].contains(w)))
}

/// Words that concede a case (`即使削减了50%`, `哪怕只增长1%`).
const CONCESSIONS: [&str; 5] = ["即使", "即便", "哪怕", "纵然", "就算"];

/// Whether the figure starting at char `at` stands in a clause that
/// concedes a case (`美苏即使削减了50%的战略核武器，…仍然…`): a case put,
/// not one that is (what the sentence says follows may be real:
/// `即使在…的情况下，仍增长5%`).
pub(super) fn is_conceded(s: &[char], at: usize) -> bool {
    let clause_start = (0..at)
        .rev()
        .find(|&k| is_clause_break(s[k]))
        .map_or(0, |k| k + 1);
    let clause: String = s[clause_start..at].iter().collect();
    CONCESSIONS.iter().any(|w| clause.contains(w))
}

/// `投资限额为六百万元`: the threshold a rule sets. Not the cap on a
/// government's stock of debt (`政府债务限额1280亿元`), a total of its own
/// reported beside the balance (`债务余额`).
pub(super) fn is_a_limit(name: &str) -> bool {
    name.ends_with(LIMIT) && !name.ends_with(DEBT_LIMIT)
}

/// The cap on a stock of debt.
const DEBT_LIMIT: &str = "债务限额";

/// The threshold a rule sets (`投资限额`).
const LIMIT: &str = "限额";

/// `远远超过…二十六年间平均每年增长3.2%的速度`: the standard a comparison
/// is made against, said in passing.
pub(super) fn is_the_standard(s: &[char], end: usize, lead: &str) -> bool {
    STANDARDS.iter().any(|w| starts_with_at(s, end, w))
        && COMPARED_WITH.iter().any(|w| lead.contains(w))
}

/// What follows the standard of a comparison (`…的速度`, `…的水平`).
const STANDARDS: [&str; 3] = ["的速度", "的水平", "的增长速度"];
/// Verbs that compare with a standard.
const COMPARED_WITH: [&str; 6] = ["超过", "高于", "快于", "低于", "慢于", "超出"];

/// The most characters of the class a bound names before it is counted
/// (`养殖小区`, `规模养殖户`).
const CLASS_NAME_MAX: usize = 8;

/// (21c) `养鸡10万只以上的村4个`, `出栏50头以上养殖大户23户`: a count with
/// 以上 or 以下, then a class that is itself counted (a number follows its
/// name in the clause), bounds the class: no statistic. Not a count of the
/// things themselves (`培育30个以上传统产业集群`: nothing counted after;
/// `100家以上特色企业和100个以上…`: the next count is another item's).
pub(super) fn bounds_a_class(s: &[char], f: &Found) -> bool {
    let bounded = matches!(f.qualifier.as_deref(), Some("以上" | "以下"));
    if f.kind != FigureKind::Count || !bounded {
        return false;
    }
    let from = f.end + usize::from(s.get(f.end) == Some(&'的'));
    let name = s[from.min(s.len())..]
        .iter()
        .take_while(|c| is_han(**c) && !is_numeral(**c) && !"和与及并".contains(**c))
        .count();
    (1..=CLASS_NAME_MAX).contains(&name) && s.get(from + name).is_some_and(|c| is_numeral(*c))
}
