//! Numbers as written in Chinese reports and typed by readers: Arabic,
//! Chinese (`三千`, `一万二千`) or mixed, the units figures come in, and a
//! unit's normalisation to base units. report-clean's figure reading uses
//! these; the figures table reads a typed filter value with them.

use crate::model::Normalized;
use crate::text::fold::fold_width;

/// Units, longest first; the magnitude (`万`, `亿`) may stand before them.
pub const UNITS: [&str; 87] = [
    "个百分点",
    // Per mille points (`出生率下降0.4个千分点`).
    "个千分点",
    // Air quality (PM2.5's concentration) and noise (`等效声级为54.3分贝`).
    "微克/立方米",
    "分贝",
    "百分点",
    "千分点",
    "平方公里",
    "平方米",
    "立方米",
    "亿美元",
    "万美元",
    "美元",
    "亿元",
    "万元",
    "千元",
    "元",
    "公里",
    // (22j) Kilowatt-hours written out (`农业用电5.9亿千瓦小时`), before the kilowatt.
    "千瓦小时",
    "千瓦时",
    "千瓦",
    "千米",
    "公顷",
    "公斤",
    "千克",
    "标准箱",
    // Standard containers as ports often shorten them (`512万标箱`).
    "标箱",
    "%",
    "％",
    "‰",
    "倍",
    "人次",
    // Hectares worked over again (`保护性耕作1.19亿亩次`), before the mu itself.
    "亩次",
    // Energy in standard coal (`用能1302万吨标准煤`), before the tonne itself.
    "吨标准煤",
    // (31b) Transport's work, goods or people carried so far (`货物周转量
    // 28亿吨公里`, `旅客周转量5万人公里`), before the tonne and the person.
    "吨公里",
    "人公里",
    "吨标煤",
    // Doses of a vaccine (`接种疫苗5.6万剂次`), before the time itself.
    "剂次",
    // Calls of ships and flights (`接待邮轮91艘次`), before the ship itself.
    "艘次",
    "架次",
    "个",
    "家",
    "户",
    "人",
    "名",
    "项",
    "处",
    "所",
    "天",
    "栋",
    "台",
    "辆",
    "套",
    "件",
    "次",
    "条",
    "座",
    "位",
    "亩",
    "吨",
    "斤",
    "场",
    "批次",
    "批",
    "间",
    "张",
    "支",
    "株",
    "棵",
    "宗",
    "笔",
    // Head of mixed livestock, large and small (`牲畜一百二十六万头只`),
    // before the head itself.
    "头只",
    "头",
    "份",
    "艘",
    "架",
    // Cases (`化解矛盾纠纷86起`), lifts and films (`加装电梯9部`), rounds
    // (`核酸检测3轮`), wells (`新打机井25眼`), animals (`家禽12万只`).
    "起",
    "部",
    "轮",
    "眼",
    "只",
    // Poultry (`家禽出栏420万羽`).
    "羽",
    // A picul of grain or cotton (`棉花四万二千担`), as older reports weigh them.
    "担",
    // Bolts of cloth, spindles, bags of flour (`棉布三百一十万匹`, `纱锭二十一万锭`,
    // `面粉一百八十万袋`), as older reports count output and plant.
    // Horsepower (`五十四匹马力`), before the bolts of cloth.
    "匹马力",
    "匹",
    "锭",
    "袋",
    // Lamps (`新安装路灯420盏`), as a township counts them.
    "盏",
];
pub const MAGNITUDES: [(&str, f64); 4] = [("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2)];

/// (31b, review) The unit that opens `s` at `j`, the longest of [`UNITS`];
/// not tonne- or passenger-kilometres where `公里` opens a word of its own
/// (`3万吨公里管网`, `1.2万人公里数`): the tonne, the person.
pub fn unit_at(s: &[char], j: usize) -> Option<&'static str> {
    UNITS.iter().copied().find(|u| {
        let n = u.chars().count();
        let here = s
            .get(j..j + n)
            .is_some_and(|at| at.iter().copied().eq(u.chars()));
        let opens_a_word = matches!(*u, "吨公里" | "人公里")
            && s.get(j + n).is_some_and(|c| "数管线长程".contains(*c));
        here && !opens_a_word
    })
}

pub fn chinese_digit(c: char) -> Option<u32> {
    match c {
        // `〇`, `○` stand for zero in numerals written digit by digit (`二〇二三`).
        '零' | '〇' | '○' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// A Chinese numeral with at least one of 十百千万亿 (`三千`, `二十`, `一万二千`).
pub fn parse_chinese(s: &[char]) -> Option<(f64, usize)> {
    if !s
        .first()
        .is_some_and(|c| chinese_digit(*c).is_some() || *c == '十')
    {
        return None;
    }
    // Whole 亿 groups, the 万 group within the current 亿, the part below
    // 万, and the digit not yet given a place (`一亿二千万`: 1亿 + 2000万).
    let mut total = 0f64;
    let mut wan = 0f64;
    let mut section = 0f64;
    let mut digit = 0f64;
    let mut len = 0;
    let mut has_magnitude = false;
    for &c in s {
        if let Some(d) = chinese_digit(c) {
            digit = f64::from(d);
        } else {
            match c {
                '十' | '百' | '千' => {
                    let m = match c {
                        '十' => 10.0,
                        '百' => 100.0,
                        _ => 1000.0,
                    };
                    // `十二`: a ten without a digit before it is one ten.
                    section += if digit == 0.0 && m == 10.0 {
                        1.0
                    } else {
                        digit
                    } * m;
                }
                '万' => {
                    wan = (wan + section + digit) * 1e4;
                    section = 0.0;
                }
                '亿' => {
                    total = (total + wan + section + digit) * 1e8;
                    wan = 0.0;
                    section = 0.0;
                }
                _ => break,
            }
            has_magnitude = true;
            digit = 0.0;
        }
        len += 1;
    }
    (has_magnitude && len > 0).then_some((total + wan + section + digit, len))
}

/// A Chinese numeral with a decimal part after `点` (`二十八点二`, `四点八`,
/// `一百点五`) or, failing that, one with a magnitude as [`parse_chinese`]
/// reads it. `bare` also takes a lone digit (`七`, as in `百分之七`), which
/// elsewhere is too often part of a word (`一批`, `两会`) to be a number.
pub fn parse_chinese_number(s: &[char], bare: bool) -> Option<(f64, usize)> {
    let whole = parse_chinese(s).or_else(|| {
        let d = chinese_digit(*s.first()?)?;
        // `一九五六`: a number written digit by digit is a year or a code.
        let lone = s.get(1).is_none_or(|c| chinese_digit(*c).is_none());
        lone.then_some((f64::from(d), 1))
    })?;
    let (value, len) = whole;
    let decimals: Vec<u32> = if s.get(len) == Some(&'点') {
        s[len + 1..]
            .iter()
            .map_while(|c| chinese_digit(*c))
            .collect()
    } else {
        Vec::new()
    };
    if decimals.is_empty() {
        return (bare || len > 1 || s[0] == '十').then_some(whole);
    }
    let fraction: String = decimals.iter().map(|d| d.to_string()).collect();
    let value = format!("{value}.{fraction}").parse().ok()?;
    Some((value, len + 1 + decimals.len()))
}

/// A year written digit by digit at `s[0..]`, in Arabic (`1956`) or Chinese
/// numerals (`一九五六`, `二〇二三`, `二零二三`): four digits of one script,
/// with no digit right after them.
pub fn year_digits(s: &[char]) -> Option<(u32, usize)> {
    let arabic = |c: &char| c.is_ascii_digit().then(|| c.to_digit(10)).flatten();
    // `两` counts things; it never spells a year's digit.
    let chinese = |c: &char| chinese_digit(*c).filter(|_| *c != '两');
    for digit in [&arabic as &dyn Fn(&char) -> Option<u32>, &chinese] {
        let digits: Vec<u32> = s.iter().take(5).map_while(digit).collect();
        if digits.len() == 4 {
            return Some((digits.iter().fold(0, |y, d| y * 10 + d), 4));
        }
    }
    None
}

/// An Arabic number at `s[0..]`: digits, maybe in groups of three after
/// commas, with an optional decimal part.
pub fn parse_arabic(s: &[char]) -> Option<(f64, usize)> {
    let mut len = 0;
    while len < s.len() && s[len].is_ascii_digit() {
        len += 1;
    }
    if len == 0 {
        return None;
    }
    // Thousands separated by commas (`27,203,319,000`): groups of three.
    let grouped = |at: usize| {
        s.get(at) == Some(&',')
            && (1..=3).all(|d| s.get(at + d).is_some_and(char::is_ascii_digit))
            && !s.get(at + 4).is_some_and(char::is_ascii_digit)
    };
    if len <= 3 {
        while grouped(len) {
            len += 4;
        }
    }
    if s.get(len) == Some(&'.') && s.get(len + 1).is_some_and(char::is_ascii_digit) {
        len += 1;
        while len < s.len() && s[len].is_ascii_digit() {
            len += 1;
        }
    }
    let text: String = s[..len].iter().filter(|c| **c != ',').collect();
    text.parse().ok().map(|v| (v, len))
}

pub fn normalize(value: f64, high: Option<f64>, unit: &str) -> Option<Normalized> {
    // The longest known unit at the end (`千瓦` in `亿千瓦`), the magnitude before it.
    // Units whose own name begins with 千 (`亿千瓦` is 10⁸ kW, not 10¹¹ W).
    const THOUSAND_UNITS: [&str; 5] = ["千瓦小时", "千瓦时", "千瓦", "千米", "千克"];
    let base = THOUSAND_UNITS
        .iter()
        .find(|b| unit.ends_with(*b))
        .copied()
        .unwrap_or_else(|| unit.trim_start_matches(['亿', '万', '千', '百']));
    let magnitude: f64 = unit[..unit.len() - base.len()]
        .chars()
        .filter_map(|c| {
            MAGNITUDES
                .iter()
                .find(|(m, _)| m.starts_with(c))
                .map(|(_, f)| *f)
        })
        .product();
    let (factor, base_unit) = match base {
        "元" => (1.0, "yuan"),
        "美元" => (1.0, "USD"),
        "平方米" => (1.0, "m²"),
        "平方公里" => (1e6, "m²"),
        "亩" => (1.0, "mu"),
        "吨" => (1.0, "t"),
        "斤" => (0.0005, "t"),
        "担" => (0.05, "t"),
        "公斤" | "千克" => (0.001, "t"),
        "公顷" => (1e4, "m²"),
        "立方米" => (1.0, "m³"),
        "公里" | "千米" => (1.0, "km"),
        "千瓦" => (1.0, "kW"),
        "千瓦时" | "千瓦小时" | "度" => (1.0, "kWh"),
        "人" | "名" => (1.0, "people"),
        "户" => (1.0, "households"),
        _ if magnitude != 1.0 => (1.0, base),
        // A rate per unit (`元/月`, `人/百亿元`): comparable only as written.
        _ if base.contains('/') => (1.0, base),
        _ => return None,
    };
    let scale = magnitude * factor;
    Some(Normalized {
        value: value * scale,
        high: high.map(|h| h * scale),
        unit: base_unit.to_string(),
    })
}
/// A number as a reader types it, with an optional magnitude and unit
/// (`1000万元`, `5%`, `2.5亿`, `-3`): its value as written and, where the
/// unit allows, in base units.
pub fn read_typed_number(text: &str) -> Option<(f64, Option<Normalized>)> {
    // Typed in an input method's full-width mode: `１０００万元`, `５％`.
    let s: Vec<char> = text.trim().chars().map(fold_width).collect();
    let (sign, from) = match s.first() {
        Some('-' | '−') => (-1.0, 1),
        _ => (1.0, 0),
    };
    let (value, len) = parse_arabic(&s[from..]).or_else(|| parse_chinese(&s[from..]))?;
    let value = sign * value;
    let rest: String = s[from + len..]
        .iter()
        .collect::<String>()
        .trim()
        .to_string();
    if rest.is_empty() {
        return Some((value, None));
    }
    let unit = rest.replace('％', "%");
    let base = unit.trim_start_matches(['亿', '万', '千', '百']);
    let known = base.is_empty() || UNITS.contains(&base) || UNITS.contains(&unit.as_str());
    known.then(|| (value, normalize(value, None, &unit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn chinese_numbers_with_decimals_and_lone_digits() {
        let read = |s: &str, bare: bool| parse_chinese_number(&chars(s), bare);
        assert_eq!(read("二十八点二。", false), Some((28.2, 5)));
        assert_eq!(read("四点八", false), Some((4.8, 3)));
        assert_eq!(read("一百零五点零五", false), Some((105.05, 7)));
        assert_eq!(read("五百八十六亿元", false), Some((586e8, 6)));
        assert_eq!(read("一千三百八十七亿四千万", false), Some((1387.4e8, 11)));
        assert_eq!(read("一亿二千万", false), Some((1.2e8, 5)));
        assert_eq!(read("一万亿", false), Some((1e12, 3)));
        assert_eq!(read("十七万五千", false), Some((175000.0, 5)));
        assert_eq!(read("二千零五十", false), Some((2050.0, 5)));
        assert_eq!(read("七左右", true), Some((7.0, 1)));
        // A lone digit only where the words around it make it a number.
        assert_eq!(read("七左右", false), None);
        assert_eq!(read("一点点", false), None);
        assert_eq!(read("一九五六", true), None);
    }

    #[test]
    fn arabic_numbers_with_thousands_separators() {
        let read = |s: &str| parse_arabic(&chars(s));
        assert_eq!(read("27,203,319,000元"), Some((27_203_319_000.0, 14)));
        assert_eq!(read("1,234.5万"), Some((1234.5, 7)));
        // Not groups of three: the comma ends the number.
        assert_eq!(read("12,34"), Some((12.0, 2)));
        assert_eq!(read("1234,567"), Some((1234.0, 4)));
        assert_eq!(read("1,2345"), Some((1.0, 1)));
    }

    #[test]
    fn years_written_digit_by_digit() {
        let year = |s: &str| year_digits(&chars(s));
        assert_eq!(year("1956年"), Some((1956, 4)));
        assert_eq!(year("一九五六年"), Some((1956, 4)));
        assert_eq!(year("二〇二三年"), Some((2023, 4)));
        assert_eq!(year("二零二三年"), Some((2023, 4)));
        assert_eq!(year("二○二三"), Some((2023, 4)));
        for no in ["19561年", "195年", "一九五六七", "两千年", "19五六年"] {
            assert_eq!(year(no), None, "{no}");
        }
    }

    #[test]
    fn a_rate_per_unit_keeps_its_per_unit() {
        let n = normalize(796.0, None, "元/月").expect("a rate per month");
        assert_eq!((n.value, n.unit.as_str()), (796.0, "元/月"));
        let n = normalize(42.0, None, "万元/人").expect("a rate per person");
        assert_eq!((n.value, n.unit.as_str()), (420000.0, "元/人"));
    }
}
