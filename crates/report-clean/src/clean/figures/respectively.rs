//! A `分别` list: `A、B投资分别增长x、y` gives one figure per item, the
//! items sharing the last one's head noun, values after 分别 in order.

use report_core::FigureKind;

use super::change_words::ends_in_change;
use super::compared_base::after_a_comparisons_base;
use super::indicator::{closes_a_word, strip_indicator, COMPARISON_BASES, LEADING_ACTIONS};
use super::reading::Found;
use super::subject_elsewhere::ADDITIONS;
use super::{DECLINE_VERBS, GROWTH_VERBS};

/// (27e) Whether the words before a `分别` name only a comparison's base
/// (`同比`, `比上年`, `与上年相比`) or a running total (`累计`).
fn a_base_alone(words: &str) -> bool {
    strip_indicator(words).is_empty()
        && (words.contains("累计")
            || COMPARISON_BASES.iter().any(|b| words.contains(b))
            || after_a_comparisons_base(words).is_some())
}

/// Reads figure `n` of the sentence `s` as one value of a `分别` list, if
/// it is one: its kind and indicator as the list gives them; returns
/// whether its subject stands apart (before other figures) and whether
/// the list's verb is one of decline.
pub(super) fn read_in_list(
    s: &[char],
    found: &[Found],
    n: usize,
    respectively_at: &[usize],
    subjects: &[(usize, String)],
    kind: &mut FigureKind,
    indicator: &mut String,
) -> (bool, bool) {
    let f = &found[n];
    let mut respectively_declines = false;
    let mut subject_apart = false;
    // The values of a `分别` list follow it one after the other (`、`, `和`);
    // a figure past a comma is no longer one of them, (21g) unless the
    // comma alone parts it from the one before (`分别比1988年增长13.2%,7.5%`).
    let in_list = |r: usize| -> Vec<usize> {
        let mut list: Vec<usize> = Vec::new();
        let mut from = r;
        for (g, next) in found.iter().enumerate().filter(|(_, g)| g.start > r) {
            let stretch = &s[from..next.start];
            let comma_alone = !list.is_empty() && matches!(stretch, ['，' | ',']);
            if !comma_alone && stretch.iter().any(|c| matches!(c, '，' | ',' | '；')) {
                break;
            }
            list.push(g);
            from = next.end;
        }
        list
    };
    let last_respectively = respectively_at.iter().rev().copied().find(|r| f.start > *r);
    // `A、B分别为x、y，比上年增长p、q`: as many values in the clause right
    // after the list, its words naming nothing, are of the same items in
    // order; what they say starts at the comma.
    let next_clause = last_respectively.and_then(|r| {
        let first = in_list(r);
        let last_end = Some(found[*first.last()?].end).filter(|&e| e < f.start)?;
        let comma = last_end
            + s[last_end..f.start]
                .iter()
                .position(|c| matches!(c, '，' | ','))?;
        let second = in_list(comma + 1);
        let opens = second.first().map(|&g| &s[comma + 1..found[g].start])?;
        let opens: String = opens.iter().collect();
        (first.len() >= 2
            && second.len() == first.len()
            && second.contains(&n)
            && strip_indicator(&opens).is_empty())
        .then_some((r, comma, second))
    });
    let respectively = last_respectively
        .map(|r| (r, r, in_list(r)))
        .filter(|(_, _, list)| list.contains(&n))
        .or(next_clause);
    if let Some((r, said_from, list)) = respectively {
        let between: String = s[said_from..f.start].iter().collect();
        // `分别提高到88%、83.6%`: the levels reached, not the growth.
        let reaches = ["到", "至", "达"].iter().any(|w| between.contains(w));
        if f.unit == "%" && reaches && !ends_in_change(&between) {
            *kind = FigureKind::Share;
        } else if f.unit == "%"
            && (GROWTH_VERBS.iter().any(|v| between.contains(v)) || *kind == FigureKind::Growth)
        {
            *kind = FigureKind::Growth;
        }
        let clause_before = |r: usize| -> String {
            let text: String = s[..r].iter().collect();
            text.rsplit([',', '，']).next().unwrap_or(&text).to_string()
        };
        // `A和B分别达到x、y，分别增长p、q`: the second list names no items
        // of its own and takes the first one's.
        let mut items_clause = clause_before(r);
        if items_clause.trim().is_empty() {
            if let Some(earlier) = respectively_at.iter().rev().copied().find(|x| *x < r) {
                items_clause = clause_before(earlier);
            }
        }
        let mut items: Vec<&str> = items_clause.split('、').collect();
        if items.len() < list.len() {
            items = items_clause.split(['、', '和']).collect();
        }
        let before_list: String = s[..r].iter().collect();
        if items.len() < list.len() {
            if let Some(pieces) = items_parted_by_commas(&before_list, list.len()) {
                items = pieces;
            }
        }
        let ordinal = list.iter().position(|g| *g == n).unwrap_or(0);
        if items.len() >= 2 && ordinal < items.len() {
            *indicator = item_name(&items, ordinal);
        } else if let Some(name) = item_named_before(&before_list, list.len(), ordinal) {
            *indicator = name;
        }
        // `A x元，B y元，分别增长p和q`: a list that names no items of
        // its own, in a sentence of as many subjects before it, takes
        // them in order; (27e) so does one after a comparison's base alone
        // (`A x人，B y人，同比分别上升p和下降q`) or 累计, not after other
        // words that name nothing (`其中分别调解结案…`, `全年分别完成投资…`).
        if (items_clause.trim().is_empty() || a_base_alone(items_clause.trim())) && list.len() >= 2
        {
            let before: Vec<&String> = subjects
                .iter()
                .filter(|(end, _)| *end <= r)
                .map(|(_, subject)| subject)
                .collect();
            if before.len() >= list.len() {
                *indicator = before[before.len() - list.len() + ordinal].clone();
                subject_apart = true;
            }
        }
        // `城乡居民人均可支配收入分别达到x和y`: one subject of two parts,
        // the towns' value first and the countryside's second.
        if items.len() < 2 && list.len() == 2 {
            if let Some(rest) = strip_indicator(&items_clause).strip_prefix("城乡") {
                let part = if ordinal == 0 { "城镇" } else { "农村" };
                *indicator = format!("{part}{rest}");
            }
        }
        // `一二三产增加值分别增长x、y、z`: the sectors run together by
        // their numbers, one value each.
        if items.len() < 2 && list.len() >= 2 {
            if let Some(name) = numbered_sector(strip_indicator(&items_clause), ordinal, list.len())
            {
                *indicator = name;
            }
        }
        if *kind == FigureKind::Growth && DECLINE_VERBS.iter().any(|v| between.contains(v)) {
            respectively_declines = true;
        }
    }
    (subject_apart, respectively_declines)
}

/// (33b) `农副食品加工业,金属制品业,计算机、通信和其他电子设备制造业,汽车制造业
/// 增加值分别增长…`: items parted by commas (some holding `、` of their own),
/// as many as the values, each of them a bare name ending as the last item
/// does before its measure (`…业`). At least three, or one holding `、`.
/// Not clauses that say something (a number, a verb of change), nor a
/// clause before that ends unlike (`工业平稳,制造业增加值分别增长…`).
fn items_parted_by_commas(before: &str, count: usize) -> Option<Vec<&str>> {
    let pieces: Vec<&str> = before.split([',', '，']).collect();
    let items = &pieces[pieces.len().checked_sub(count)?..];
    let last = items.last()?.trim();
    let stem = measure_at_end(last).map_or(last, |m| &last[..last.len() - m.len()]);
    let end = stem.chars().last()?;
    let bare = |item: &&str| {
        let n = item.trim().chars().count();
        (2..=16).contains(&n)
            && !item.chars().any(|c| c.is_ascii_digit())
            && !GROWTH_VERBS
                .iter()
                .chain(&DECLINE_VERBS)
                .any(|v| item.contains(v))
    };
    let named = items[..count - 1]
        .iter()
        .all(|item| bare(item) && item.trim().ends_with(end));
    (count >= 2 && named && bare(&stem) && (count >= 3 || items.iter().any(|i| i.contains('、'))))
        .then(|| items.iter().map(|i| i.trim()).collect())
}

/// (33b) `上诉率、再审率、执行率明显趋优,同比分别下降…`, `A产业、B产业保持增长,
/// 增速分别为…`: a clause before the list's that is a `、` list of as many
/// items, the items before the last ending alike (`…率`), names them; the
/// last item ends where that ending last stands (`执行率`, not its
/// predicate), and the list's own words, unless a base alone (`同比`), go
/// after each (`A产业增速`). Not a clause with a number, nor items that end
/// unlike (`投资、消费稳步增长`).
fn item_named_before(before: &str, count: usize, ordinal: usize) -> Option<String> {
    let mut clauses = before.rsplit([',', '，']);
    let own = clauses.next()?.trim();
    let previous = clauses.next()?.trim();
    let items: Vec<&str> = previous.split('、').collect();
    if count < 2 || items.len() != count || previous.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let end = items[0].chars().last()?;
    let alike = items[..count - 1]
        .iter()
        .all(|item| item.ends_with(end) && (2..=16).contains(&item.chars().count()));
    let last = items[count - 1];
    let last = &last[..last.rfind(end)? + end.len_utf8()];
    if !alike || last.chars().count() < 2 {
        return None;
    }
    let item = strip_indicator(if ordinal + 1 == count {
        last
    } else {
        items[ordinal]
    });
    let words = strip_indicator(own);
    Some(if words.is_empty() || a_base_alone(own) {
        item.to_string()
    } else {
        format!("{item}{words}")
    })
}

/// `一二三产增加值`, item `ordinal` of `count`: the sectors' numbers run
/// together before 产 (`二产增加值`), as many as the values.
fn numbered_sector(name: &str, ordinal: usize, count: usize) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let at = chars.iter().position(|c| *c == '产')?;
    let digits = &chars[at.checked_sub(count)?..at];
    let run = digits
        .windows(2)
        .all(|w| matches!((w[0], w[1]), ('一', '二') | ('二', '三')));
    (run && (at == count || !"一二三".contains(chars[at - count - 1])))
        .then(|| {
            format!(
                "{}{}",
                digits[ordinal],
                chars[at..].iter().collect::<String>()
            )
        })
        .map(|sector| chars[..at - count].iter().collect::<String>() + &sector)
}

/// Words naming the class a list's items are of (`产业`, `行业`): the
/// head the items share starts on one, whatever their lengths.
const CLASS_WORDS: [&str; 2] = ["产业", "行业"];

/// The name of item `ordinal` of a list (`能源、旅游投资` split at `、`):
/// the item, with the head noun the items share where the list ends in
/// one (`能源投资`).
pub(super) fn item_name(items: &[&str], ordinal: usize) -> String {
    // `电子信息两大优势产业收入`: the item before its count.
    let before_count = |item: &str| -> String {
        let chars: Vec<char> = item.chars().collect();
        let cut = (1..chars.len())
            .find(|&k| {
                "两三四五六七八九十".contains(chars[k])
                    && chars.get(k + 1).is_some_and(|c| "大个类项".contains(*c))
            })
            .unwrap_or(chars.len());
        chars[..cut].iter().collect()
    };
    let mut indicator = strip_indicator(&before_count(items[ordinal])).to_string();
    // `能源、旅游投资`: the items share the last one's head noun.
    let last_item = before_count(items[items.len() - 1]);
    let last = strip_indicator(&last_item);
    let before_last = strip_indicator(items[items.len() - 2]);
    let mut head: String = last.chars().skip(before_last.chars().count()).collect();
    // `退役军人、残疾人新增就业`: the head does not start inside a word of
    // doing (`新增`), but on it.
    if let Some(c) = before_last
        .chars()
        .count()
        .checked_sub(1)
        .and_then(|k| last.chars().nth(k))
    {
        let joined = format!("{c}{head}");
        if head.chars().count() >= 2
            && ADDITIONS
                .iter()
                .chain(&LEADING_ACTIONS)
                .any(|w| joined.starts_with(w))
        {
            head = joined;
        }
    }
    // `地表水、近岸海域水质优良率`: the head starts after a word's
    // end, not on it (`水质…`, not `域水质…`).
    while head.chars().count() > 2 && head.starts_with(closes_a_word) {
        head.remove(0);
    }
    // `铁路、高速公路运营里程`: a head that opens on the rest of a word like
    // the item before (`公路`, as `铁路`) starts after it, where a noun of
    // three characters or more is left (`还湖面积` stays); one that holds a
    // closing quotation mark alone (`道德模范、“中国好人”数量`), after it.
    let parallel = head
        .chars()
        .nth(1)
        .is_some_and(|c| before_last.ends_with(c))
        && head.chars().count() > 4;
    if parallel {
        head = head.chars().skip(2).collect();
    }
    // `新一代信息技术、新能源、输变电装备产业产值`: the last item's words
    // of its own end where the class it is of is named (`产业产值`).
    if let Some(at) = CLASS_WORDS
        .iter()
        .filter_map(|w| last.find(w))
        .filter(|&b| last[..b].chars().count() >= 2)
        .min()
    {
        // `人参、食用菌全产业链产值`: the whole chain, `全` with it.
        let at = last[..at].strip_suffix('全').map_or(at, str::len);
        head = last[at..].to_string();
    }
    if let Some(close) = head.rfind('”').filter(|_| !head.contains('“')) {
        head = head[close + '”'.len_utf8()..].to_string();
    }
    // `A、B、C等绿色产品产量`: what the list shares follows 等, or the measure
    // it ends in.
    if let Some((items_end, shared)) = last.rsplit_once('等') {
        let shared = measure_at_end(shared).unwrap_or(shared);
        // Not the 等 of a word (`高等`, `中等`, `同等`, `平等`, `对等`).
        let of_a_word = items_end.ends_with(['高', '中', '初', '同', '平', '对', '均', '相']);
        if shared.chars().count() >= 2 && items_end.chars().count() >= 2 && !of_a_word {
            head = shared.to_string();
            if ordinal + 1 == items.len() {
                indicator = format!("{items_end}{shared}");
            }
        }
    }
    // `新能源汽车、集成电路、工业机器人产量`: a measure the last item
    // ends in is the head where the items' lengths give a piece of
    // a word before it (`人产量`) or cut into it (`加值`); an item
    // that ends in a measure of its own (`规上工业增加值、固定资产
    // 投资、社会消费品零售总额`) shares none. (`城镇、农村居民收入`
    // keeps `居民收入`.)
    // Where the lengths give no head, only a list of things
    // (`集成电路、汽车零配件、锂电池出口`) shares it, not one of
    // measures (`接待游客人次和旅游收入`, `进口货值、…销售额`).
    // (32d) `采矿业、制造业、电力热力燃气及水生产和供应业增加值`: a last item
    // that ends as the one before it (`…业`) and then in a measure shares
    // the measure alone, whatever the items' lengths.
    if let Some(m) = measure_at_end(last).filter(|m| {
        let stem = &last[..last.len() - m.len()];
        stem.chars().count() >= 2
            && before_last
                .chars()
                .last()
                .is_some_and(|c| stem.ends_with(c))
    }) {
        head = m.to_string();
    }
    let things = items[..items.len() - 1]
        .iter()
        .all(|item| !strip_indicator(item).ends_with(MEASURE_ENDS));
    let mut shared_measure = false;
    if let Some(measure) = measure_at_end(last).filter(|m| {
        if head.chars().count() < 2 {
            things
        } else {
            !head.ends_with(*m) || head.chars().count() <= m.chars().count() + 1
        }
    }) {
        head = measure.to_string();
        shared_measure = true;
    }
    // `婴儿死亡率和5岁以下儿童死亡率`: an item that names a rate or
    // a sum of its own takes no head the lengths give.
    let own_measure = measure_at_end(&indicator).is_some()
        || !shared_measure && indicator.ends_with(MEASURE_ENDS);
    if ordinal + 1 < items.len()
        && head.chars().count() >= 2
        && !indicator.ends_with(&head)
        && !own_measure
    {
        // `制造业、数字经济核心产业增加值`: an item that names an industry
        // (…业) needs no 产业 of the head.
        let head = match head.strip_prefix("产业") {
            Some(rest) if indicator.ends_with('业') && rest.chars().count() >= 2 => rest,
            _ => &head,
        };
        // (27a) `0—6岁、7—14岁儿童`: bands of ages of lengths unlike share
        // the head after their unit, not the unit again (`0—6岁岁儿童`).
        let head = match head.strip_prefix('岁') {
            Some(rest) if indicator.ends_with('岁') && rest.chars().count() >= 2 => rest,
            _ => head,
        };
        indicator.push_str(head);
    }
    indicator
}

/// What output, trade, money and emissions are measured by: a list's last
/// item that ends in one shares it with the items before (`A、B、C产量`,
/// `A和B排放量`), and an item that ends in one has its own. Rates and
/// shares (`率`, `比例`) are not here: their names need what stands before.
const MEASURES: [&str; 22] = [
    "增加值",
    "产量",
    "产值",
    "产能",
    "出口额",
    "进口额",
    "出口",
    "进口",
    "进出口额",
    "进出口",
    "排放量",
    "销售额",
    "零售额",
    "总额",
    "交易额",
    "营业收入",
    "收入",
    "利润",
    "投资",
    "销量",
    "用量",
    "装机",
];

/// Characters a measure's name ends in (`货值`, `人数`, `人次`, `零售额`,
/// `排放量`, `达标率`).
const MEASURE_ENDS: [char; 7] = ['值', '额', '量', '数', '次', '率', '价'];

/// Whether `name` ends in a measure of its own (`工业投资`, `零售总额`).
pub(super) fn ends_in_a_measure(name: &str) -> bool {
    measure_at_end(name).is_some() || name.ends_with(MEASURE_ENDS)
}

/// The measure `name` ends in, if it names something before it (at least
/// two characters).
fn measure_at_end(name: &str) -> Option<&'static str> {
    MEASURES
        .iter()
        .filter(|m| {
            name.strip_suffix(**m)
                .is_some_and(|rest| rest.chars().count() >= 2)
        })
        .max_by_key(|m| m.len())
        .copied()
}
