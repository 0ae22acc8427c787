//! Text in the shapes Chinese statistical writing takes, made at random
//! for the fuzz tests: sentences from a small grammar (figures, ranges,
//! Chinese numerals, ranks, years, 分别 lists) with brackets, punctuation,
//! full-width, traditional and odd characters dropped in; the grammar's
//! pieces in any order; and real text with random insertions, deletions
//! and swaps.

use super::rng::Rng;

const SUBJECTS: &[&str] = &[
    "全区生产总值",
    "地区生產總值",
    "一般公共预算收入",
    "规模以上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "城镇居民人均可支配收入",
    "进出口总额",
    "粮食产量",
    "ＧＤＰ",
    "R&D经费",
    "完成全年目标",
    "高於全國增幅",
    "其中",
    "城乡居民收入",
];
const VERBS: &[&str] = &[
    "达到", "完成", "实现", "突破", "约", "近", "为", "达", "增至", "累计", "",
];
const UNITS: &[&str] = &[
    "亿元", "万元", "元", "万吨", "万人", "个", "家", "项", "公里", "億元", "%", "％", "",
];
const CHANGES: &[&str] = &[
    "增长",
    "下降",
    "同比增长",
    "提高",
    "回落",
    "增長",
    "分别增长",
    "",
];
const TAILS: &[&str] = &[
    "%",
    "％",
    "个百分点",
    "個百分點",
    "倍",
    "左右",
    "以上",
    "翻番",
    "翻一番",
    "",
];
const NUMERALS: &[&str] = &[
    "一千二百万",
    "三百",
    "两千",
    "十二",
    "五成",
    "三分之一",
    "百分之八",
    "一",
    "〇",
    "零点五",
];
const YEARS: &[&str] = &[
    "2019年",
    "2020年",
    "“十四五”",
    "“十三五”时期",
    "2021年1-5月",
    "一季度",
    "上半年",
    "今年",
    "2035年",
    "2021年2月19日",
];
const PUNCT: &[&str] = &[
    "、", "，", "。", "；", "：", "！", "？", "…", "……", "—", "——", "·", ",", ".", ";", ":", "!",
    "?", "-", "~", "～", "/",
];
const BRACKETS: &[(&str, &str)] = &[
    ("（", "）"),
    ("(", ")"),
    ("【", "】"),
    ("《", "》"),
    ("“", "”"),
    ("「", "」"),
    ("[", "]"),
];
const ODD: &[&str] = &[
    " ", "  ", "\u{3000}", "\n", "\n\n", "\r\n", "\t", "😀", "🇨🇳", "é", "\u{200B}", "\u{FEFF}",
    "\u{0}", "ａ", "Ｚ", "①", "Ⅲ", "㎡", "℃", "\u{301}", "𠀀",
];

/// What a page's header and footer carry: labels, dates, places, bylines.
const HEADER: &[&str] = &[
    "来源：",
    "来源:",
    "发布时间：",
    "发布日期:2021-02-1９ ",
    "作者：",
    "编辑：",
    "当前位置：首页 > ",
    "》",
    "【字体：大 中 小】",
    "日期：2021年2月",
    "——在",
    "区长",
    "市长 ",
    "政府工作报告",
    "潍坊市奎文区",
    "坊子区人民政府",
    "第十八届人民代表大会第",
    "次会议上",
    "（2021年1月",
    "日）",
    "返回顶部",
    "打印本页",
    "责任编辑",
    "一、",
    "（一）",
    "1.",
    "二〇二一年",
];

/// A number in one of its written forms.
fn number(rng: &mut Rng) -> String {
    let n = rng.below(100_000);
    let text = match rng.below(7) {
        0 => n.to_string(),
        1 => format!("{}.{}", n % 1000, rng.below(100)),
        2 => rng.pick(NUMERALS).to_string(),
        3 => format!("{}-{}", n % 20, n % 20 + rng.below(5)),
        4 => format!("{}%-{}%", n % 20, n % 20 + rng.below(5)),
        5 => "9".repeat(1 + rng.below(30)),
        _ => format!("{},{:03}", n % 1000, rng.below(1000)),
    };
    if rng.chance(15) {
        full_width(&text)
    } else {
        text
    }
}

fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// One clause: subject + verb + number + unit, with a change and a
/// percentage or a rank or a 分别 list.
fn clause(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(30) {
        s += rng.pick(YEARS);
    }
    s += rng.pick(SUBJECTS);
    s += rng.pick(VERBS);
    s += &number(rng);
    s += rng.pick(UNITS);
    match rng.below(5) {
        0 => s += &format!("，居全省第{}位", number(rng)),
        1 => {
            s += "，分别";
            for i in 0..1 + rng.below(4) {
                if i > 0 {
                    s += rng.pick(&["、", "和", "，"]);
                }
                s += rng.pick(CHANGES);
                s += &number(rng);
                s += rng.pick(TAILS);
            }
        }
        _ => {
            s += rng.pick(CHANGES);
            s += &number(rng);
            s += rng.pick(TAILS);
        }
    }
    s
}

/// A line of clauses, with brackets, punctuation and odd characters
/// dropped in at random.
fn line(rng: &mut Rng) -> String {
    let mut s = String::new();
    let clauses = if rng.chance(3) {
        60 + rng.below(200)
    } else {
        rng.below(6)
    };
    for _ in 0..clauses {
        let c = clause(rng);
        if rng.chance(25) {
            let (open, close) = BRACKETS[rng.below(BRACKETS.len())];
            if rng.chance(50) {
                s += open;
                s += &c;
                s += close;
            } else {
                s += &c;
                s += open;
                s += &number(rng);
                s += rng.pick(TAILS);
                if !rng.chance(10) {
                    s += close;
                }
                s += &number(rng);
                s += rng.pick(TAILS);
            }
        } else {
            s += &c;
        }
        s += rng.pick(PUNCT);
        while rng.chance(15) {
            s += rng.pick(ODD);
        }
    }
    s
}

pub fn grammar_text(rng: &mut Rng) -> String {
    let mut lines = Vec::new();
    if rng.chance(50) {
        lines.push(format!(
            "{}政府工作报告",
            rng.pick(&["坊子区", "潍坊市", ""])
        ));
    }
    for _ in 0..rng.below(8) {
        lines.push(line(rng));
    }
    lines.join(rng.pick(&["\n", "\n\n", "\r\n", "\n\u{3000}\u{3000}"]))
}

/// Any of the grammar's pieces in any order: what no grammar writes.
pub fn soup(rng: &mut Rng) -> String {
    let lists: &[&[&str]] = &[
        SUBJECTS, VERBS, UNITS, CHANGES, TAILS, NUMERALS, YEARS, PUNCT, ODD, HEADER,
    ];
    let mut s = String::new();
    for _ in 0..rng.below(80) {
        match rng.below(lists.len() + 2) {
            k if k < lists.len() => s += rng.pick(lists[k]),
            k if k == lists.len() => s += &number(rng),
            _ => {
                let (open, close) = BRACKETS[rng.below(BRACKETS.len())];
                s += rng.pick(&[open, close]);
            }
        }
    }
    s
}

/// A seed report with random insertions, deletions and swaps of characters.
pub fn mutated_seed(rng: &mut Rng, seeds: &[Vec<char>]) -> String {
    let mut chars = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(12) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(4) {
            0 => {
                let end = (at + 1 + rng.below(40)).min(chars.len());
                chars.drain(at..end);
            }
            1 => {
                let other = rng.below(chars.len());
                chars.swap(at, other);
            }
            2 => {
                let piece = match rng.below(5) {
                    4 => format!("{}\n", rng.pick(HEADER)),
                    0 => rng.pick(ODD).to_string(),
                    1 => rng.pick(PUNCT).to_string(),
                    2 => {
                        let (open, close) = BRACKETS[rng.below(BRACKETS.len())];
                        rng.pick(&[open, close]).to_string()
                    }
                    _ => number(rng),
                };
                chars.splice(at..at, piece.chars());
            }
            _ => {
                let piece = clause(rng);
                chars.splice(at..at, piece.chars());
            }
        }
    }
    chars.into_iter().collect()
}
