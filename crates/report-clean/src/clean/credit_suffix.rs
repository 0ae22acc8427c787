//! A copying site's credit stamped at the end of line after line, its
//! address last (`…报告文章源自某某网-https://www.example.com/1.html`): no
//! part of the lines it ends. It is taken off each, a line of it alone
//! dropped, and kept once in the noise.

use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};

/// How many lines must end on the same credit for it to be one.
const CREDIT_MIN_LINES: usize = 3;
/// The longest credit taken, its address included.
const CREDIT_MAX_CHARS: usize = 80;

/// The lines with a credit that ends many of them taken off.
pub(crate) fn without_credit_suffixes(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let Some(credit) = repeated_credit(&lines) else {
        return lines;
    };
    let mut first = None;
    let kept = lines
        .into_iter()
        .filter_map(|mut line| {
            let Some(rest) = line.text.strip_suffix(credit.as_str()) else {
                return Some(line);
            };
            first.get_or_insert(line.number);
            let rest = rest.trim_end();
            if rest.is_empty() {
                return None;
            }
            line.text = rest.to_string();
            Some(line)
        })
        .collect();
    noise.push(Noise {
        kind: NoiseKind::Footer,
        text: credit,
        line: first.unwrap_or_default(),
    });
    kept
}

/// The text that ends at least `CREDIT_MIN_LINES` lines with one web
/// address: what those lines have in common at their end, from where it
/// opens on a Han character after text of the line's own.
fn repeated_credit(lines: &[Line]) -> Option<String> {
    let address = |text: &str| {
        let last = text.rsplit(char::is_whitespace).next()?;
        let at = last.find("http://").or_else(|| last.find("https://"))?;
        Some(last[at..].to_string())
    };
    let mut addresses: Vec<(String, Vec<&str>)> = Vec::new();
    for line in lines {
        let Some(a) = address(&line.text) else {
            continue;
        };
        match addresses.iter_mut().find(|(seen, _)| *seen == a) {
            Some((_, ending)) => ending.push(&line.text),
            None => addresses.push((a, vec![&line.text])),
        }
    }
    let (_, ending) = addresses
        .into_iter()
        .filter(|(_, ending)| ending.len() >= CREDIT_MIN_LINES)
        .max_by_key(|(_, ending)| ending.len())?;
    let common = common_suffix(&ending);
    // A line holding the credit alone is the whole of it; else it is what
    // the lines' ends share.
    // What the lines share may begin with their own last mark (each
    // paragraph ends `。` before the credit): the credit opens on its first
    // Han character.
    let credit = match ending.iter().find(|t| t.len() == common.len()) {
        Some(alone) => alone.to_string(),
        None => common[common.find(is_han)?..].to_string(),
    };
    let chars = credit.chars().count();
    (chars <= CREDIT_MAX_CHARS && credit.chars().any(is_han)).then_some(credit)
}

/// The longest text every one of `texts` ends with, on a character's
/// boundary.
fn common_suffix<'t>(texts: &[&'t str]) -> &'t str {
    let first = texts[0];
    let mut start = 0;
    for (at, _) in first.char_indices() {
        let tail = &first[at..];
        if texts.iter().all(|t| t.ends_with(tail)) {
            start = at;
            break;
        }
        start = first.len();
    }
    &first[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    /// The lines' texts kept, and the noise set aside.
    fn kept(text: &str) -> (Vec<String>, Vec<Noise>) {
        let mut noise = Vec::new();
        let lines = without_credit_suffixes(read_lines(text), &mut noise);
        (lines.into_iter().map(|l| l.text).collect(), noise)
    }

    #[test]
    fn a_credit_ending_many_lines_is_taken_off_each() {
        let text = [
            "某某报告某某网-https://www.example.com/1.html",
            "某某网-https://www.example.com/1.html",
            "各位代表：某某网-https://www.example.com/1.html",
            "现在，我代表市人民政府向大会报告工作。",
        ]
        .join("\n");
        let (texts, noise) = kept(&text);
        assert_eq!(
            texts,
            [
                "某某报告",
                "各位代表：",
                "现在，我代表市人民政府向大会报告工作。"
            ]
        );
        assert_eq!(noise.len(), 1);
    }

    #[test]
    fn each_lines_own_full_stop_stays_with_it() {
        // No line holds the credit alone: what the lines share starts at
        // their own `。`, which is theirs, not the credit's.
        let credit = "文章源自某某网-https://www.example.com/1.html";
        let text = [
            format!("一是全县生产总值增长6%。{credit}"),
            format!("二是新增就业3000人。{credit}"),
            format!("三是完成投资12亿元。{credit}"),
        ]
        .join("\n");
        let (texts, noise) = kept(&text);
        assert_eq!(
            texts,
            [
                "一是全县生产总值增长6%。",
                "二是新增就业3000人。",
                "三是完成投资12亿元。"
            ]
        );
        assert_eq!(noise[0].text, credit);
    }

    #[test]
    fn an_address_ending_two_lines_is_kept() {
        let text = "见某某网 https://www.example.com/1.html\n另见 https://www.example.com/1.html";
        let (texts, noise) = kept(text);
        assert_eq!(texts.len(), 2);
        assert!(noise.is_empty());
    }
}
