//! Policy themes: a documented, testable classification of sections (and so
//! of reports) by keywords. The rules are data: each theme lists the words
//! that signal it; a section has a theme when its heading names one of them,
//! or its text uses them at least [`MIN_BODY_HITS`] times in all.

use crate::model::{Report, Section};
use crate::text::fold::fold_for_search;

pub struct ThemeRule {
    /// Stable key, used in the corpus JSON and in links.
    pub key: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub keywords: &'static [&'static str],
}

/// Keyword occurrences in a section's paragraphs that give it a theme.
pub const MIN_BODY_HITS: usize = 3;

pub const THEMES: &[ThemeRule] = &[
    ThemeRule {
        key: "industry",
        name_zh: "产业与招商",
        name_en: "Industry and investment",
        keywords: &[
            "产业",
            "招商",
            "双招双引",
            "招引",
            "制造业",
            "重点项目",
            "项目建设",
            "园区",
            "新旧动能",
            "实体经济",
            "数字经济",
            "科技创新",
        ],
    },
    ThemeRule {
        key: "rural",
        name_zh: "乡村振兴",
        name_en: "Rural revitalisation",
        keywords: &[
            "乡村振兴",
            "农业",
            "农村",
            "农民",
            "三农",
            "脱贫",
            "扶贫",
            "田园综合体",
            "种植",
            "村集体",
        ],
    },
    ThemeRule {
        key: "environment",
        name_zh: "生态环境",
        name_en: "Environment",
        keywords: &[
            "污染防治",
            "生态",
            "环保",
            "环境保护",
            "蓝天",
            "碧水",
            "净土",
            "空气质量",
            "水质",
            "扬尘",
            "节能",
            "减排",
            "绿色",
        ],
    },
    ThemeRule {
        key: "livelihood",
        name_zh: "民生",
        name_en: "People's livelihood",
        keywords: &[
            "民生",
            "就业",
            "教育",
            "学校",
            "幼儿园",
            "医疗",
            "医院",
            "养老",
            "社保",
            "救助",
            "低保",
            "住房",
        ],
    },
    ThemeRule {
        key: "business",
        name_zh: "营商环境",
        name_en: "Business environment",
        keywords: &[
            "营商环境",
            "审批",
            "放管服",
            "政务服务",
            "一网通办",
            "一次办好",
            "市场主体",
            "服务企业",
            "帮办代办",
        ],
    },
    ThemeRule {
        key: "urban",
        name_zh: "城市建设与更新",
        name_en: "Urban construction and renewal",
        keywords: &[
            "城市更新",
            "基础设施",
            "城建",
            "棚改",
            "老旧小区",
            "交通",
            "道路",
            "高速",
            "供热",
            "管网",
            "城市品质",
            "安置区",
            "拆违",
        ],
    },
    ThemeRule {
        key: "party",
        name_zh: "党建",
        name_en: "Party building",
        keywords: &[
            "党建",
            "党组织",
            "党员",
            "党史",
            "从严治党",
            "基层党",
            "党的建设",
            "两个维护",
        ],
    },
    ThemeRule {
        key: "safety",
        name_zh: "风险与安全",
        name_en: "Risk and safety",
        keywords: &[
            "安全生产",
            "风险",
            "应急",
            "防灾",
            "减灾",
            "债务",
            "疫情防控",
            "信访",
            "治安",
            "平安",
            "安全底线",
        ],
    },
];

/// A theme's name as lists show it: Chinese, with the English beside it
/// for English readers (the Chinese is the reports' own vocabulary).
pub fn theme_label(key: &str, lang: crate::i18n::Lang) -> String {
    match (theme(key), lang) {
        (None, _) => key.to_string(),
        (Some(t), crate::i18n::Lang::Zh) => t.name_zh.to_string(),
        (Some(t), crate::i18n::Lang::En) => format!("{} {}", t.name_zh, t.name_en),
    }
}

pub fn theme(key: &str) -> Option<&'static ThemeRule> {
    THEMES.iter().find(|t| t.key == key)
}

fn hits(text: &str, keywords: &[&str]) -> usize {
    keywords.iter().map(|k| text.matches(k).count()).sum()
}

/// The themes of a section, in [`THEMES`] order.
pub fn section_themes(section: &Section) -> Vec<String> {
    let heading = fold_for_search(&section.heading.join(""));
    let body = fold_for_search(&section.paragraphs.join("\n"));
    THEMES
        .iter()
        .filter(|t| hits(&heading, t.keywords) > 0 || hits(&body, t.keywords) >= MIN_BODY_HITS)
        .map(|t| t.key.to_string())
        .collect()
}

/// A report's themes: those of any of its sections, in [`THEMES`] order.
pub fn report_themes(report: &Report) -> Vec<String> {
    THEMES
        .iter()
        .filter(|t| {
            report
                .sections
                .iter()
                .any(|s| s.themes.iter().any(|k| k == t.key))
        })
        .map(|t| t.key.to_string())
        .collect()
}

/// Share of a report's body characters in sections of each theme (a section
/// of several themes counts for each), in [`THEMES`] order.
#[cfg(test)] // used by tests only: the app takes shares of several reports at once
pub fn theme_shares(report: &Report) -> Vec<(&'static str, f64)> {
    theme_shares_of(std::iter::once(report))
}

/// [`theme_shares`] over several reports taken together.
pub fn theme_shares_of<'a>(
    reports: impl Iterator<Item = &'a Report> + Clone,
) -> Vec<(&'static str, f64)> {
    let total = reports
        .clone()
        .map(Report::body_chars)
        .sum::<usize>()
        .max(1) as f64;
    let section_chars = |s: &Section| {
        s.paragraphs
            .iter()
            .map(|p| p.chars().count())
            .sum::<usize>()
    };
    THEMES
        .iter()
        .map(|t| {
            let chars: usize = reports
                .clone()
                .flat_map(|r| &r.sections)
                .filter(|s| s.themes.iter().any(|k| k == t.key))
                .map(section_chars)
                .sum();
            (t.key, chars as f64 / total)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(heading: &str, body: &str) -> Section {
        Section {
            heading: if heading.is_empty() {
                vec![]
            } else {
                vec![heading.to_string()]
            },
            paragraphs: vec![body.to_string()],
            themes: vec![],
        }
    }

    fn check(heading: &str, body: &str, expect: &[&str]) {
        assert_eq!(
            section_themes(&section(heading, body)),
            expect,
            "{heading} / {body}"
        );
    }

    #[test]
    fn one_rule_each() {
        check("“双招双引”激活经济新动能", "", &["industry"]);
        check("乡村振兴探索坊子新模式", "", &["rural"]);
        check(
            "",
            "持续推进污染防治,空气质量综合指数同比改善,水质持续提升,生态环境明显好转。",
            &["environment"],
        );
        check("民生事业全面发展", "", &["livelihood"]);
        check("营商环境持续优化", "", &["business"]);
        check("聚焦城市更新,在培育城市发展动能上加力提效", "", &["urban"]);
        check("坚持党建引领", "", &["party"]);
        check(
            "",
            "压实安全生产责任,防范化解重大风险,提升应急处置能力。",
            &["safety"],
        );
    }

    #[test]
    fn one_body_mention_is_not_enough() {
        check("", "全区产业稳中有进,产业信心增强。", &[]);
    }

    #[test]
    fn traditional_text_is_classified_too() {
        check("優化營商環境", "", &["business"]);
    }

    #[test]
    fn several_themes_and_shares() {
        let mut report = crate::test_support::process_report("t", "标题\n营商环境持续优化\n深化审批制度改革,企业开办时间压缩至一个工作日,市场主体持续增加,政务服务不断提升。\n坚持党建引领\n加强基层党组织建设,党员队伍不断壮大,党史学习教育扎实开展,全面从严治党。");
        for s in &mut report.sections {
            s.themes = section_themes(s);
        }
        assert_eq!(report_themes(&report), vec!["business", "party"]);
        let shares = theme_shares(&report);
        let business = shares.iter().find(|(k, _)| *k == "business").unwrap().1;
        assert!(business > 0.4 && business < 0.6, "{business}");
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = THEMES.iter().map(|t| t.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), THEMES.len());
    }
}
