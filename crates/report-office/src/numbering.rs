//! Word's automatic numbering (`word/numbering.xml`): the numbers a list
//! or heading shows but its text does not hold (一、 （二） 3.). Written
//! back into the text so the pipeline sees what a reader sees.

use std::collections::HashMap;

use roxmltree::{Document, Node};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// Each list's levels, by the `numId` paragraphs name.
#[derive(Debug, Default)]
pub struct Numbering {
    /// numId → abstractNumId.
    lists: HashMap<String, String>,
    /// abstractNumId → its levels, by `ilvl`.
    levels: HashMap<String, Vec<Level>>,
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn val<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.children().find(|n| is(n, name))?.attribute((W, "val"))
}

impl Numbering {
    pub fn read(doc: &Document) -> Numbering {
        let mut numbering = Numbering::default();
        for node in doc.root_element().children() {
            if is(&node, "abstractNum") {
                let Some(id) = node.attribute((W, "abstractNumId")) else {
                    continue;
                };
                let mut levels = vec![Level::default(); 9];
                for lvl in node.children().filter(|n| is(n, "lvl")) {
                    let Some(i) = lvl
                        .attribute((W, "ilvl"))
                        .and_then(|v| v.parse::<usize>().ok())
                        .filter(|i| *i < 9)
                    else {
                        continue;
                    };
                    levels[i] = Level {
                        format: val(lvl, "numFmt").unwrap_or("decimal").to_string(),
                        text: val(lvl, "lvlText").unwrap_or("").to_string(),
                        start: val(lvl, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    };
                }
                numbering.levels.insert(id.to_string(), levels);
            } else if is(&node, "num") {
                if let (Some(id), Some(abstract_id)) =
                    (node.attribute((W, "numId")), val(node, "abstractNumId"))
                {
                    numbering
                        .lists
                        .insert(id.to_string(), abstract_id.to_string());
                }
            }
        }
        numbering
    }
}

/// Where each list's counting stands as the document is read.
#[derive(Debug, Default)]
pub struct Counters {
    counts: HashMap<String, [u32; 9]>,
}

impl Counters {
    /// The label of the next item at `level` of list `num_id` ("一、"),
    /// counting it; `None` for no such list (numId 0 turns numbering off).
    pub fn next(&mut self, numbering: &Numbering, num_id: &str, level: usize) -> Option<String> {
        let abstract_id = numbering.lists.get(num_id)?;
        let levels = numbering.levels.get(abstract_id)?;
        let level = level.min(8);
        let counts = self.counts.entry(abstract_id.clone()).or_insert([0; 9]);
        counts[level] = if counts[level] == 0 {
            levels[level].start
        } else {
            counts[level] + 1
        };
        // A new item restarts the levels below it.
        for deeper in counts.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        let mut label = levels[level].text.clone();
        for (i, lvl) in levels.iter().enumerate().take(level + 1) {
            let count = if counts[i] == 0 { lvl.start } else { counts[i] };
            label = label.replace(&format!("%{}", i + 1), &format_number(&lvl.format, count));
        }
        if levels[level].format == "bullet" || levels[level].format == "none" {
            return Some(String::new());
        }
        Some(label)
    }
}

/// `n` in one of Word's number formats.
fn format_number(format: &str, n: u32) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographDigital" => chinese(n),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "ideographTraditional" if (1..=10).contains(&n) => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth(n as usize - 1)
            .map_or_else(String::new, String::from),
        "upperLetter" | "lowerLetter" => {
            let letter = char::from(b'A' + ((n.max(1) - 1) % 26) as u8);
            if format == "lowerLetter" {
                letter.to_ascii_lowercase().to_string()
            } else {
                letter.to_string()
            }
        }
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "none" | "bullet" => String::new(),
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999).
fn chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 || n > 999 {
        return n.to_string();
    }
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push(DIGITS[hundreds as usize]);
        out.push('百');
    }
    if tens > 0 {
        if !(hundreds == 0 && tens == 1) {
            out.push(DIGITS[tens as usize]);
        }
        out.push('十');
    } else if hundreds > 0 && ones > 0 {
        out.push('零');
    }
    if ones > 0 {
        out.push(DIGITS[ones as usize]);
    }
    out
}

fn roman(n: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, letters) in PARTS {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_roman_numbers() {
        let got: Vec<String> = [1, 10, 12, 20, 105, 110].map(chinese).to_vec();
        assert_eq!(got, ["一", "十", "十二", "二十", "一百零五", "一百一十"]);
        assert_eq!(roman(14), "XIV");
        assert_eq!(format_number("decimalEnclosedCircle", 3), "③");
    }
}
