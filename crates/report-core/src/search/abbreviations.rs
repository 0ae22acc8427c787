//! One measure, two names. People type the Latin abbreviation of a
//! statistic or a programme (`GDP`, `CPI`, `PM2.5`, `R&D`), as the press
//! and other search tools have taught them; Chinese reports mostly write
//! its Chinese name (国内生产总值, 居民消费价格, 细颗粒物, 研究与试验发展),
//! giving the abbreviation at most once, in brackets. Search matches what
//! is written, so the abbreviation alone finds a fraction of the reports
//! that speak of the measure: [`written_otherwise`] writes the term with
//! the Chinese names, to be offered beside it.
//!
//! The table holds the abbreviations national statistics and government
//! reports gloss in brackets, each with the names reports write for it; it
//! is a glossary of the field, as a search engine's synonym file is.

/// Each abbreviation, folded (lower case), with the names reports write
/// for it, the most usual first. Not `ai` (人工智能): typed in lower case
/// it is as often the pinyin of 爱 or 艾.
const NAMES: &[(&str, &[&str])] = &[
    ("gdp", &["国内生产总值", "地区生产总值"]),
    ("gnp", &["国民生产总值"]),
    ("gep", &["生态系统生产总值"]),
    ("cpi", &["居民消费价格"]),
    ("ppi", &["工业生产者出厂价格", "工业品出厂价格"]),
    ("pmi", &["采购经理指数"]),
    ("r&d", &["研究与试验发展", "研发"]),
    ("pm2.5", &["细颗粒物"]),
    ("pm10", &["可吸入颗粒物"]),
    ("cod", &["化学需氧量"]),
    ("so2", &["二氧化硫"]),
    ("nox", &["氮氧化物"]),
    ("ppp", &["政府和社会资本合作"]),
    ("fdi", &["外商直接投资"]),
    ("ipo", &["首次公开发行"]),
    ("m2", &["广义货币"]),
    ("iot", &["物联网"]),
    ("vr", &["虚拟现实"]),
    ("lng", &["液化天然气"]),
    ("etc", &["电子不停车收费"]),
    ("cbd", &["中央商务区"]),
    ("wto", &["世贸组织", "世界贸易组织"]),
    ("apec", &["亚太经合组织", "亚太经济合作组织"]),
    ("g20", &["二十国集团"]),
    ("rcep", &["区域全面经济伙伴关系协定"]),
];

/// Characters an abbreviation is written with (`pm2.5`, `r&d`, `so2`).
fn in_abbreviation(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '&' | '.')
}

/// Whether the folded `term` may hold an abbreviation: a run of two of
/// its characters or more with a Latin letter. What the page asks before
/// fetching the code (and the table) that writes a term otherwise.
pub fn may_hold_one(term: &str) -> bool {
    term.split(|c: char| !in_abbreviation(c))
        .any(|run| run.len() >= 2 && run.contains(|c: char| c.is_ascii_alphabetic()))
}

/// The folded `term` with an abbreviation in it written as each name
/// reports write for it (`gdp增长` → `国内生产总值增长`, `地区生产总值增长`).
/// An abbreviation is a whole run of Latin letters, figures, `&` and `.`
/// (`gdp` in `gdp增长`, not in `gdpr`); a term with none gives nothing.
pub fn written_otherwise(term: &str) -> Vec<String> {
    let mut spellings = Vec::new();
    let mut rest = term;
    let mut before = 0;
    while let Some(start) = rest.find(in_abbreviation) {
        let run_len = rest[start..]
            .find(|c: char| !in_abbreviation(c))
            .unwrap_or(rest.len() - start);
        let run = &rest[start..start + run_len];
        // A full stop closing the run is the sentence's (`gdp.`).
        let abbreviation = run.trim_end_matches('.');
        if let Some((_, names)) = NAMES.iter().find(|(a, _)| *a == abbreviation) {
            let (head, tail) = (
                &term[..before + start],
                &term[before + start + abbreviation.len()..],
            );
            spellings.extend(names.iter().map(|name| format!("{head}{name}{tail}")));
        }
        before += start + run_len;
        rest = &rest[start + run_len..];
    }
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_written_as_the_names_reports_use() {
        assert_eq!(
            written_otherwise("gdp"),
            vec!["国内生产总值", "地区生产总值"]
        );
        assert_eq!(
            written_otherwise("gdp增长"),
            vec!["国内生产总值增长", "地区生产总值增长"]
        );
        assert_eq!(written_otherwise("pm2.5浓度"), vec!["细颗粒物浓度"]);
        assert_eq!(
            written_otherwise("r&d经费"),
            vec!["研究与试验发展经费", "研发经费"]
        );
        assert_eq!(written_otherwise("全省cpi"), vec!["全省居民消费价格"]);
        assert_eq!(
            written_otherwise("gdp."),
            vec!["国内生产总值.", "地区生产总值."]
        );
    }

    #[test]
    fn only_a_whole_run_is_an_abbreviation() {
        // Part of a longer word or code, or a word of no table: nothing.
        for term in ["gdpr", "aiq", "jiuye", "xczx", "2gdp", "就业", "pm25", ""] {
            assert!(written_otherwise(term).is_empty(), "{term}");
        }
        // Each run is read apart: the second is one.
        assert_eq!(written_otherwise("x cpi"), vec!["x 居民消费价格"]);
    }

    #[test]
    fn the_page_asks_for_a_run_with_a_letter() {
        // Every abbreviation of the table, alone or in a term.
        for (abbreviation, _) in NAMES {
            assert!(may_hold_one(abbreviation), "{abbreviation}");
            assert!(
                may_hold_one(&format!("全省{abbreviation}增长")),
                "{abbreviation}"
            );
        }
        for term in ["就业", "1958年", "1,234.5万元", "a", "增长5%"] {
            assert!(!may_hold_one(term), "{term}");
        }
    }
}
