//! Reading one figure at a position: the number (Arabic, Chinese or mixed,
//! or a range), the qualifiers around it, its unit and its kind, and the
//! unit's normalisation. What the figure measures is decided by the caller.

use super::change_words::{cut_opens_the_clause, ends_in_change, ends_in_verb_of_change};
use super::chars::{ends_with_at, inside_quotes, starts_with_at};
use super::in_the_clause::{about_a_share, counted_in_the_clause, ranked_in_the_clause};
use super::rates_in_words::{doublings, fraction, tenths_rate, written_rate};
use super::spaced::{past_a_space, spaced_arabic};
use report_core::text::fold::is_han;
use report_core::text::numbers::{
    chinese_digit, parse_arabic, parse_chinese_number, unit_at, MAGNITUDES, UNITS,
};
use report_core::{FigureKind, TRAILING_QUALIFIERS};

pub(super) const PREFIX_QUALIFIERS: [&str; 13] = [
    // Bounds from above as older reports write them (`不到十个`, `不足5%`).
    "不到",
    "不足",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "超过",
    "突破",
    // `接近1400美元`: close to, whole (not 近 alone).
    "接近",
    "近",
    "约",
    "超",
    "逾",
];

/// Units of physical measures (area, length, volume, capacity, weight,
/// energy): a figure in them is a quantity, not a count of things.
const QUANTITY_UNITS: [&str; 26] = [
    // Years of age (`人均预期寿命79.4岁`).
    "岁",
    "微克/立方米",
    "分贝",
    // Electricity in so many 万 or 亿 kWh (`发电量二十八亿度`).
    "度",
    "平方公里",
    "平方米",
    "立方米",
    "公里",
    "千瓦小时",
    "千瓦时",
    "千瓦",
    "千米",
    "公顷",
    "公斤",
    "千克",
    "标准箱",
    "标箱",
    "马力",
    "标准煤",
    "标煤",
    "亩次",
    "亩",
    "吨",
    "斤",
    "担",
    "米",
];
/// Units a rate may be per (`/人`, `/月`, `/百亿元`), longest first.
const PER_UNITS: [&str; 18] = [
    "平方公里",
    "千瓦时",
    "立方米",
    "平方米",
    "人次",
    "小时",
    "公里",
    "人",
    "户",
    "月",
    "年",
    "日",
    "天",
    "亩",
    "吨",
    "元",
    "家",
    "个",
];

/// Rates per so many written with a slash and no unit (`8.2/10万`),
/// longest first.
const PER_MANY: [&str; 5] = ["/10万", "/1万", "/万", "/1000", "/千"];

/// `/百亿元` at `j`: the slash and the unit a rate is per, if any (a
/// magnitude and a known unit).
fn per_unit(s: &[char], j: usize) -> String {
    if s.get(j) != Some(&'/') {
        return String::new();
    }
    let magnitude = s[j + 1..]
        .iter()
        .take_while(|c| "十百千万亿".contains(**c))
        .count();
    let at = j + 1 + magnitude;
    PER_UNITS
        .iter()
        .find(|u| starts_with_at(s, at, u))
        .map(|u| s[j..at].iter().collect::<String>() + u)
        .unwrap_or_default()
}

/// One number found in a sentence, before indicators are assigned.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// Char range of the number (with prefix qualifier) and unit.
    pub(super) start: usize,
    pub(super) num_start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) high: Option<f64>,
    pub(super) unit: String,
    pub(super) qualifier: Option<String>,
    pub(super) kind: FigureKind,
}

/// A number in Chinese numerals as an amount, written as Arabic would
/// write it: a trailing `万`/`亿` (at most two, `一万亿`) is left to the unit
/// (`五百八十六亿元` is 586 亿元 like `586亿元`, `一千一百万人` 1100 万人); a
/// sum in 亿 and 万 is in 亿 with a decimal (`一千三百八十七亿四千万元` is
/// 1387.4 亿元), returned as the magnitude the unit takes. A lone digit
/// counts only before `倍` (`增长两倍`).
pub(super) fn chinese_amount(s: &[char]) -> Option<(f64, usize, &'static str)> {
    let (value, len) = parse_chinese_number(s, s.get(1) == Some(&'倍'))?;
    let trailing = s[..len]
        .iter()
        .rev()
        .take(2)
        .take_while(|c| matches!(c, '万' | '亿'))
        .count()
        .min(len - 1);
    if trailing == 0 {
        return Some((value, len, ""));
    }
    let rest = &s[..len - trailing];
    if trailing == 1 && s[len - 1] == '万' && rest.contains(&'亿') {
        return Some((value / 1e8, len, "亿"));
    }
    let factor: f64 = s[len - trailing..len]
        .iter()
        .map(|c| if *c == '亿' { 1e8 } else { 1e4 })
        .product();
    Some((value / factor, len - trailing, ""))
}

/// Words that open on a one-character unit (部, 起, 只, 眼, 轮): after a
/// number they are no unit (`5部门联合`, `3部分`, `从5起步`).
const UNIT_OPENED_WORDS: [&str; 30] = [
    "部门", "部分", "部署", "部委", "部长", "部位", "部级", "部队", "起步", "起点", "起草", "起飞",
    "起源", "起诉", "起来", "起到", "只有", "只是", "只要", "只能", "眼光", "轮车", "担任", "担当",
    "担保", "担负", "担心", "担子", "担忧", "台阶",
];

/// A number read with its unit, before what it measures is known.
pub(super) struct Reading {
    pub(super) value: f64,
    pub(super) high: Option<f64>,
    /// Where the unit (or a range's top) ends.
    pub(super) end: usize,
    pub(super) unit: &'static str,
    /// `万`, `亿` between number and unit, kept in the unit as written.
    pub(super) magnitude: &'static str,
    pub(super) qualifier: Option<String>,
    pub(super) is_rank: bool,
}

/// A number, its magnitude and its unit as written (`586亿元`, `五百八十六亿元`,
/// `1万多户`, `第3位`): `None` for dates, names and numbers without a unit.
fn number_and_unit(s: &[char], i: usize) -> Option<Reading> {
    let number = |from: &[char]| {
        parse_arabic(from)
            .map(|(v, len)| (v, len, ""))
            .or_else(|| chinese_amount(from))
    };
    let (mut value, len, mut multiplier_text) = spaced_arabic(s, i)
        .map(|(v, len)| (v, len, ""))
        .or_else(|| number(&s[i..]))?;
    let mut j = i + len;
    let mut high = None;
    if matches!(s.get(j), Some('至' | '-' | '～' | '~' | '到' | '—')) {
        if let Some((h, hlen, _)) = number(&s[j + 1..]).filter(|(_, _, m)| *m == multiplier_text) {
            if h > value {
                high = Some(h);
                j += 1 + hlen;
            }
        }
    }
    if high.is_none() && s[i].is_ascii_digit() && s[..i].iter().any(|c| !c.is_whitespace()) {
        j = past_a_space(s, j);
    }
    // Dates, years, months, slogans, names: not figures.
    let next = s.get(j).copied();
    if matches!(
        next,
        Some('年' | '月' | '日' | '时' | '大' | '强' | '期' | '号' | '版' | '届' | '周' | '点')
    ) {
        return None;
    }
    if next.is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    if inside_quotes(s, i) {
        return None;
    }
    let mut qualifier: Option<String> = None;
    // `760多亿元`, `1万多户`, `5100余名`: qualifier and magnitude in any order.
    for _ in 0..2 {
        if let Some(q) = ["多", "余"].iter().find(|q| starts_with_at(s, j, q)) {
            qualifier = Some(q.to_string());
            j += 1;
        }
        // `1.4万亿斤`: ten thousand 亿, the one magnitude of two characters
        // (`万亿元` reads as 万 and the unit 亿元).
        if multiplier_text.is_empty()
            && starts_with_at(s, j, "万亿")
            && !UNITS.iter().any(|u| starts_with_at(s, j + 1, u))
        {
            multiplier_text = "万亿";
            j += 2;
        }
        if multiplier_text.is_empty() {
            if let Some((m, _)) = MAGNITUDES.iter().find(|(m, _)| {
                starts_with_at(s, j, m) && !UNITS.iter().any(|u| starts_with_at(s, j, u))
            }) {
                multiplier_text = m;
                j += 1;
            }
        }
    }
    // `5万至8万个`: a range with its magnitude on both ends and the unit
    // after the top.
    if high.is_none()
        && !multiplier_text.is_empty()
        && matches!(s.get(j), Some('至' | '-' | '～' | '~' | '—'))
    {
        if let Some((h, hlen, "")) = number(&s[j + 1..]) {
            if h > value && starts_with_at(s, j + 1 + hlen, multiplier_text) {
                high = Some(h);
                j += 1 + hlen + multiplier_text.chars().count();
            }
        }
    }
    // `一亿一千四百多万吨`: words under 亿 before `多万` count 万s, as
    // `一亿一千四百万` is 11400 万 (not 100001400 万).
    let whole_yi = (value / 1e8).floor();
    let under_yi = value - whole_yi * 1e8;
    if multiplier_text == "万"
        && !s[i].is_ascii_digit()
        && whole_yi >= 1.0
        && under_yi > 0.0
        && under_yi < 1e4
    {
        value = whole_yi * 1e4 + under_yi;
    }
    let is_rank = ends_with_at(s, i, "第");
    // (28a) `第1季`: a quarter, no rank; (review) nor a season of a show,
    // a league or a crop (`《…》第1季`, `联赛第3季`).
    if is_rank && s.get(j) == Some(&'季') {
        return None;
    }
    // `5部门`, `3部分`, `起步`: a one-character unit that opens a word.
    if UNIT_OPENED_WORDS.iter().any(|w| starts_with_at(s, j, w)) {
        return None;
    }
    let unit = match unit_at(s, j) {
        Some(u) => u,
        // `发电量二十八亿度`, `节电1000万度`: kWh, only after a magnitude (a
        // degree of heat or of an angle has none).
        None if !multiplier_text.is_empty() && s.get(j) == Some(&'度') => "度",
        // `人均预期寿命达到79.4岁`: years of age, only as a measure said
        // of its name (not a class of people, `65岁以上老年人`).
        None if multiplier_text.is_empty()
            && s.get(j) == Some(&'岁')
            && an_age_said(s, i, j + 1, high.is_some() || ends_a_range(s, i)) =>
        {
            "岁"
        }
        // `孕产妇死亡率为8.2/10万`: a rate per so many.
        None if !is_rank && PER_MANY.iter().any(|p| starts_with_at(s, j, p)) => PER_MANY
            .iter()
            .find(|p| starts_with_at(s, j, p))
            .copied()
            .unwrap_or_default(),
        None if is_rank => "",
        None => return None,
    };
    // `第十三次党代会`, `第十五个五年规划`: an ordinal in a name, not a rank;
    // nor a percentile (`第90百分位数`).
    if is_rank && (!matches!(unit, "" | "位" | "名") || !multiplier_text.is_empty()) {
        return None;
    }
    j += unit.chars().count();
    Some(Reading {
        value,
        high,
        end: j,
        unit,
        magnitude: multiplier_text,
        qualifier,
        is_rank,
    })
}

/// Reads the number at `i` and what follows; `None` if it is not a figure.
pub(super) fn read_figure(s: &[char], i: usize) -> Option<(Found, usize)> {
    let before = i.checked_sub(1).map(|b| s[b]);
    let named_by_an_acronym = an_acronym_before(s, i);
    if !named_by_an_acronym
        && before.is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '.' | '．')
                || chinese_digit(c).is_some()
                || "十百千万亿".contains(c)
        })
    {
        return None;
    }
    // `每50公斤提高5到7元`, `每10万人口`: the base a rate is per, no figure.
    if before == Some('每') {
        return None;
    }
    // `十二届十一次全会`: a number right after a term's 届 is a session's
    // ordinal.
    if before == Some('届') {
        return None;
    }
    let reading = match written_rate(s, i)
        .or_else(|| tenths_rate(s, i))
        .or_else(|| doublings(s, i))
        .or_else(|| fraction(s, i))
    {
        Some(rate) => rate,
        None => number_and_unit(s, i)?,
    };
    let Reading {
        value,
        mut high,
        end: mut j,
        unit,
        magnitude: multiplier_text,
        mut qualifier,
        is_rank,
    } = reading;
    // `连续13个月`, `5个工作日`: a span of time, not a count.
    if unit == "个"
        && (starts_with_at(s, j, "月")
            || starts_with_at(s, j, "工作日")
            || starts_with_at(s, j, "小时"))
    {
        return None;
    }
    // `区十五次党代会`, `省十一次全会`: a session's ordinal, written without
    // 第 right after the body that holds it, is no count.
    if unit == "次"
        && before.is_some_and(|c| "区市县省镇乡州旗党".contains(c))
        && ["党代会", "代表大会", "人代会", "全会"]
            .iter()
            .any(|w| starts_with_at(s, j, w))
    {
        return None;
    }
    // `排名前1%`, `前10名`: a threshold, not a statistic.
    if ends_with_at(s, i, "前") && matches!(unit, "%" | "％" | "名" | "位") {
        return None;
    }
    // `4.5%—5%`, `七千二百亿斤到七千五百亿斤`: a range written with the
    // unit on both ends, in either numerals.
    // `从175元到288元` is a move, not a range.
    let a_move = s[i.saturating_sub(8)..i]
        .iter()
        .any(|c| matches!(c, '从' | '由'));
    let to = match s.get(j) {
        Some('至' | '-' | '～' | '~' | '—') => true,
        Some('到') => !a_move,
        _ => false,
    };
    if high.is_none() && to {
        let top = parse_arabic(&s[j + 1..]).or_else(|| {
            chinese_amount(&s[j + 1..])
                .filter(|(_, _, m)| m.is_empty())
                .map(|(h, hlen, _)| (h, hlen))
        });
        let written_unit = format!("{multiplier_text}{unit}");
        if let Some((h, hlen)) = top {
            if h > value && starts_with_at(s, j + 1 + hlen, &written_unit) {
                high = Some(h);
                j += 1 + hlen + written_unit.chars().count();
            }
        }
    }
    // `10亿元以上项目8个`, `5000万元以下的企业`: a sum or a measure over
    // which a class of things is named, the noun right after it, is no
    // statistic (while `30个以上传统产业集群` counts the clusters).
    let measured = unit.ends_with('元') || QUANTITY_UNITS.iter().any(|u| unit.ends_with(u));
    if measured
        && ["以上", "以下"].iter().any(|q| starts_with_at(s, j, q))
        && s.get(j + 2)
            .is_some_and(|c| is_han(*c) && !"和与及并且".contains(*c))
    {
        return None;
    }
    let trailing_qualifier =
        |j: usize| TRAILING_QUALIFIERS.iter().find(|q| starts_with_at(s, j, q));
    // `提高到70% 以上`: a space copied from a page may stand before the bound.
    let spaced = usize::from(s.get(j).is_some_and(|c| matches!(c, ' ' | '\u{3000}')));
    if let Some(q) = trailing_qualifier(j + spaced) {
        qualifier = Some(q.to_string());
        j += spaced + q.chars().count();
    }
    let mut start = i;
    // `增长-1.2%`, `增速为-0.8%`: a minus written before the number (not a
    // range's dash, `1-5月`, nor a word's hyphen).
    let minus = i
        .checked_sub(1)
        .is_some_and(|b| matches!(s[b], '-' | '－' | '−'))
        && !i
            .checked_sub(2)
            .is_some_and(|b| s[b].is_ascii_alphanumeric() || matches!(s[b], '%' | '.' | '-'));
    let (value, high) = if minus {
        start = i - 1;
        (-value, high.map(|h| -h))
    } else {
        (value, high)
    };
    // `增长 36.8%`, `超过 5%`: a space copied from a page between the words
    // and the number is no break between them.
    if start >= 2 && matches!(s[start - 1], ' ' | '\u{3000}') && is_han(s[start - 2]) {
        start -= 1;
    }
    // (27c) `不低于人民币2000亿元`, `达人民币3亿元`: the currency after a
    // bound or a verb of reach, before the number, is the amount's, not the
    // name's; not a part named by it (`存款余额中人民币2000亿元`).
    if start >= 4
        && ends_with_at(s, start, "人民币")
        && (PREFIX_QUALIFIERS
            .iter()
            .any(|q| ends_with_at(s, start - 3, q))
            || "为达计共至到".contains(s[start - 4]))
    {
        start -= 3;
    }
    if let Some(q) = PREFIX_QUALIFIERS.iter().find(|q| ends_with_at(s, start, q)) {
        qualifier = Some(q.to_string());
        start -= q.chars().count();
    } else if qualifier.is_none()
        && start >= 2
        && s[start - 2] == '约'
        && matches!(s[start - 1], '有' | '为' | '达' | '占')
    {
        // `约有1个百分点`, `约为…`: about, before the verb.
        qualifier = Some("约".to_string());
    } else if qualifier.is_none() && about_a_share(s, start) {
        qualifier = Some("约".to_string());
    }
    // `其中超50万元的村5个`, `营业收入超10亿元的企业达120家`: a bound over
    // which a class of things is counted is no statistic.
    if measured
        && matches!(
            qualifier.as_deref(),
            Some("超" | "超过" | "逾" | "不到" | "不足" | "突破")
        )
        && s.get(j) == Some(&'的')
        && counted_in_the_clause(s, j + 1)
    {
        return None;
    }
    // `增长3倍多`: more than, after the multiple.
    if unit == "倍" && qualifier.is_none() && s.get(j) == Some(&'多') {
        qualifier = Some("多".to_string());
        j += 1;
    }
    let mut unit = format!("{multiplier_text}{}", if unit == "％" { "%" } else { unit });
    // `0.6人/百亿元`: a rate per so much of something is no count.
    let per = per_unit(s, j);
    if !per.is_empty() && !unit.contains('%') {
        j += per.chars().count();
        unit.push_str(&per);
        // `控制在0.6人/百亿元以下`: the bound follows the whole unit.
        if let Some(q) = trailing_qualifier(j).filter(|_| qualifier.is_none()) {
            qualifier = Some(q.to_string());
            j += q.chars().count();
        }
    }
    let lead: String = s[start.saturating_sub(8)..start].iter().collect();
    let ranked = unit == "位" && ranked_in_the_clause(s, start);
    let kind = if ranked && ends_in_verb_of_change(&lead) {
        // `排名提升4位`: by how many places it moved.
        FigureKind::Change
    } else if is_rank || ranked {
        FigureKind::Rank
    } else if unit.ends_with("百分点") || unit.ends_with("千分点") {
        FigureKind::Change
    } else if unit == "%" {
        if ends_in_change(&lead) || cut_opens_the_clause(s, start) {
            FigureKind::Growth
        } else {
            FigureKind::Share
        }
    } else if unit == "‰" || unit.starts_with('/') {
        FigureKind::Share
    } else if unit == "倍" {
        FigureKind::Growth
    } else if unit.split('/').next().is_some_and(|u| u.ends_with('元')) {
        FigureKind::Amount
    } else if QUANTITY_UNITS.iter().any(|u| unit.ends_with(u)) || !per.is_empty() {
        FigureKind::Quantity
    } else {
        FigureKind::Count
    };
    Some((
        Found {
            start,
            num_start: i,
            end: j,
            value,
            high,
            unit,
            qualifier,
            kind,
        },
        j,
    ))
}

/// How many characters before an age may name it as one (`平均年龄为`).
const AGE_NAMED_WITHIN: usize = 5;

/// Whether a count of people starts at `at`: a number and a unit that
/// counts them (`1800人`, `1.2万名`, `300户`).
fn a_count_at(s: &[char], at: usize) -> bool {
    let digits = s[at.min(s.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let mut k = at + digits;
    if s.get(k).is_some_and(|c| "万千百".contains(*c)) {
        k += 1;
    }
    digits > 0 && s.get(k).is_some_and(|c| "人名户位个家".contains(*c))
}

/// Whether the number at `i` closes a range (`0—14`, `15~64`).
fn ends_a_range(s: &[char], i: usize) -> bool {
    i >= 2 && matches!(s[i - 1], '—' | '-' | '~' | '～' | '至') && s[i - 2].is_ascii_digit()
}

/// Whether years of age ending at `after` are said of a measure: what
/// follows (past a bound, `以上`, `左右`) ends the clause or moves the
/// figure on (`82.4岁提升至83.9岁`); not a class of people the age
/// marks out (`3岁以下婴幼儿`, `0—6岁儿童`, `满3岁即入园`). (27a) Nor an
/// age band a count of people follows (`14岁以下1800人`, `15~64岁8400人`),
/// nor a band of a list of them (`0—14岁、15—59岁人口的比重`).
///
/// A count is a number with a unit that counts people (`1800人`, `1.2万
/// 名`), not any digit (`6岁以上7岁以下`, `78.9岁2023年…`), and an age
/// named as such (`平均年龄45岁1200名干部`) is a measure before it too.
fn an_age_said(s: &[char], start: usize, after: usize, a_band: bool) -> bool {
    let bound = TRAILING_QUALIFIERS
        .iter()
        .find(|q| starts_with_at(s, after, q))
        .map_or(0, |q| q.chars().count());
    let next = after + bound;
    let an_age_named = {
        let before: String = s[start.saturating_sub(AGE_NAMED_WITHIN)..start]
            .iter()
            .collect();
        ["年龄", "寿命"].iter().any(|w| before.contains(w))
    };
    let a_count_follows = !an_age_named && a_count_at(s, next);
    let bands_listed = a_band && s.get(next) == Some(&'、');
    if a_count_follows || bands_listed {
        return false;
    }
    s.get(next).is_none_or(|c| !is_han(*c))
        || ["提升", "提高", "增加", "延长", "到", "至"]
            .iter()
            .any(|w| starts_with_at(s, next, w))
}

/// (28f) Whether capitals of two or more, a word of their own, stand right
/// before the number at `i` (`实现GDP23.5亿元`, `LNG3万吨`): a measure named
/// by its acronym, its figure after it with no space. A code or a model
/// with a digit in it (`PM2.5`, `SO2`, `G20`) has no unit after its digits,
/// so is still no figure; one capital alone is no name (`C919`, `5G`).
fn an_acronym_before(s: &[char], i: usize) -> bool {
    let k = s[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    k >= 2 && (i == k || !s[i - k - 1].is_ascii_alphanumeric())
}
