//! Rates and multiples written in words rather than with a unit after the
//! number: `百分之二十八点二`, `千分之五`, a doubling (`翻一番`), tenths after a
//! word of change (`增长两成`), a fraction (`三分之一`, `1/3`).

use super::change_words::ends_in_change;
use super::chars::{inside_quotes, starts_with_at};
use super::reading::Reading;
use report_core::text::fold::is_han;
use report_core::text::numbers::{chinese_digit, parse_arabic, parse_chinese_number};

/// A rate written in words, its unit before the number: `百分之二十八点二`,
/// `百分之7`, `千分之五`, a range `百分之七至百分之八` or `百分之七到八`.
pub(super) fn written_rate(s: &[char], i: usize) -> Option<Reading> {
    let (prefix, unit) = [("百分之", "%"), ("千分之", "‰")]
        .into_iter()
        .find(|(p, _)| starts_with_at(s, i, p))?;
    let number = |at: usize| {
        let rest = s.get(at..)?;
        parse_arabic(rest).or_else(|| parse_chinese_number(rest, true))
    };
    let (value, len) = number(i + 3)?;
    let mut j = i + 3 + len;
    let mut high = None;
    if matches!(s.get(j), Some('至' | '到' | '-' | '—' | '～' | '~')) {
        let from = if starts_with_at(s, j + 1, prefix) {
            j + 4
        } else {
            j + 1
        };
        if let Some((h, hlen)) = number(from).filter(|(h, _)| *h > value) {
            high = Some(h);
            j = from + hlen;
        }
    }
    Some(Reading {
        value,
        high,
        end: j,
        unit,
        magnitude: "",
        qualifier: None,
        is_rank: false,
    })
}

/// A fraction, `三分之一`, `六分之一`, `1/10`: a share, read as a
/// percentage (`百分之…` and `千分之…` are read by `written_rate`). Written
/// in figures only as a proper fraction of small whole numbers standing
/// alone, so that a date (`2024/1/3`), a rate per unit (`8.2/10万`,
/// `公斤/亩`) or a score is none.
pub(super) fn fraction(s: &[char], i: usize) -> Option<Reading> {
    let (part, whole, end) = match parse_arabic(s.get(i..)?) {
        Some((a, la)) => {
            let b_at = i + la + 1;
            let (b, lb) = (s.get(i + la) == Some(&'/'))
                .then(|| parse_arabic(s.get(b_at..)?))
                .flatten()?;
            let end = b_at + lb;
            let whole_numbers = !s[i..end].contains(&'.') && !s[i..end].contains(&',');
            let stands_alone = !i.checked_sub(1).is_some_and(|k| matches!(s[k], '/' | '.'))
                && !s.get(end).is_some_and(|c| {
                    c.is_ascii_alphanumeric() || "./-万亿千百十年月日".contains(*c)
                });
            (whole_numbers && stands_alone && (2.0..=100.0).contains(&b)).then_some((a, b, end))?
        }
        None => {
            let (b, lb) = parse_chinese_number(s.get(i..)?, true)?;
            if !starts_with_at(s, i + lb, "分之") || b == 100.0 || b == 1000.0 {
                return None;
            }
            let (a, la) = parse_chinese_number(s.get(i + lb + 2..)?, true)?;
            (a, b, i + lb + 2 + la)
        }
    };
    // `不到四分之一世纪的时间`: a span of time, no share.
    if !(part > 0.0 && part < whole) || starts_with_at(s, end, "世纪") {
        return None;
    }
    Some(Reading {
        value: (part / whole * 10_000.0).round() / 100.0,
        high: None,
        end,
        unit: "%",
        magnitude: "",
        qualifier: None,
        is_rank: false,
    })
}

/// A doubling (`翻一番`, `实现翻番`, `翻了两番`): the level reached as a
/// multiple of its base, 2 to the number of doublings, as `是…的2倍` reads.
pub(super) fn doublings(s: &[char], i: usize) -> Option<Reading> {
    // `实现“四个翻番”`, `双翻番`: a slogan's count of doublings, no figure.
    if s.get(i) != Some(&'翻')
        || inside_quotes(s, i)
        || i.checked_sub(1)
            .is_some_and(|b| matches!(s[b], '双' | '个'))
    {
        return None;
    }
    let mut j = i + 1;
    if s.get(j) == Some(&'了') {
        j += 1;
    }
    let times = match s.get(j).copied() {
        // `实现翻倍增长`: doubled, as 翻番.
        Some('番' | '倍') => 1,
        Some(c) => {
            let n = c
                .to_digit(10)
                .or_else(|| chinese_digit(c))
                .filter(|n| (1..=4).contains(n))?;
            j += 1;
            (s.get(j) == Some(&'番')).then_some(n)?
        }
        None => return None,
    };
    Some(Reading {
        value: f64::from(2u32.pow(times)),
        high: None,
        end: j + 1,
        unit: "倍",
        magnitude: "",
        qualifier: None,
        is_rank: false,
    })
}

/// A change given in tenths after its verb (`增长两成`, `下降三成左右`): 成 is
/// a tenth, read as a percentage. Only after a word of change, as
/// `一成不变`, `建成`, `七成新` are no rates.
pub(super) fn tenths_rate(s: &[char], i: usize) -> Option<Reading> {
    let digit = chinese_digit(*s.get(i)?).filter(|d| *d > 0)?;
    if s.get(i + 1) != Some(&'成') {
        return None;
    }
    let after = i + 2;
    let ends_word = s.get(after).is_none_or(|c| !is_han(*c))
        || ["以上", "左右", "多", "余"]
            .iter()
            .any(|w| starts_with_at(s, after, w));
    let lead: String = s[i.saturating_sub(8)..i].iter().collect();
    let lead = lead
        .strip_suffix(|c| matches!(c, '近' | '超' | '约' | '逾'))
        .unwrap_or(&lead);
    if !(ends_word && ends_in_change(lead)) {
        return None;
    }
    let more = ["多", "余"]
        .into_iter()
        .find(|q| starts_with_at(s, after, q));
    Some(Reading {
        value: f64::from(digit * 10),
        high: None,
        end: after + usize::from(more.is_some()),
        unit: "%",
        magnitude: "",
        qualifier: more.map(String::from),
        is_rank: false,
    })
}
