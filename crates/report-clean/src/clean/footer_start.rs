//! Where the page's furniture after the article begins. A line such as
//! `相关阅读`, `上一篇：…`, `网友评论` or `为您推荐` starts it
//! ([`starts_footer`]), and everything after it is furniture, unless it
//! labels related links and the article's prose resumes after the few
//! links it heads: a portal sets `相关新闻：` and two links
//! between an article's lead and its text, a government site `相关链接：`
//! and its 一图读懂 over the report. Such a list is set apart alone, and the
//! prose after it stays the article's.

use std::ops::Range;

use crate::clean::noise::{labels_related_links, starts_footer};
use report_core::text::layout::{has_sentence_end, opens_with_outline_number, Line};

/// Most lines a list set inside an article holds after its label.
const INLINE_LIST_MAX_ITEMS: usize = 6;

/// Fewest characters of a line of prose (a sentence, not a link's title).
const PROSE_MIN_CHARS: usize = 20;

/// Fewest lines of prose among the lines after the list, as a share: the
/// article's text is mostly prose, a feed of headlines and times is not.
const RESUMED_MIN_SHARE: f64 = 1.0 / 3.0;

/// Fewest lines of prose after a list for the article to resume there.
const RESUMED_MIN_PROSE: usize = 3;

/// The footer's first line and the lists set inside the article before it.
pub(crate) struct FooterStart {
    /// The index of the footer's first line; `lines.len()` where none.
    pub from: usize,
    inline_lists: Vec<Range<usize>>,
}

impl FooterStart {
    pub fn read(lines: &[Line]) -> Self {
        // A sentence closed by a full stop: a feed's headlines end in ！
        // and ？, an article's and a report's sentences in 。.
        let is_prose = |l: &Line| l.chars() >= PROSE_MIN_CHARS && l.text.contains('。');
        // A link's title: no sentence, no heading's number, no label over
        // what follows (`各位代表：`), no delivery line (`——2024年…`).
        let is_link_like = |l: &Line| {
            !has_sentence_end(&l.text)
                && !opens_with_outline_number(&l.text)
                && !l.text.ends_with(['：', ':'])
                && !l.text.starts_with("——")
        };
        let mut inline_lists = Vec::new();
        let mut prose_before = 0;
        for (i, line) in lines.iter().enumerate() {
            let in_list = inline_lists
                .last()
                .is_some_and(|r: &Range<usize>| r.contains(&i));
            if !in_list && starts_footer(&line.text) {
                // The list is the link-like lines under the label; the
                // article resumes where prose follows a few lines on and
                // outweighs the prose before: a footer's related items with
                // a sentence each, under a longer article, do not. Readers'
                // comments, a feed, a notice of rights: the end.
                let items = lines[i + 1..]
                    .iter()
                    .take(INLINE_LIST_MAX_ITEMS)
                    .take_while(|l| is_link_like(l))
                    .count();
                let at = i + 1 + items;
                let resumes = labels_related_links(&line.text)
                    && lines[at..]
                        .iter()
                        .take(INLINE_LIST_MAX_ITEMS + 1 - items)
                        .any(is_prose)
                    && {
                        let after = lines[at..].iter().filter(|l| is_prose(l)).count();
                        after >= RESUMED_MIN_PROSE.max(2 * prose_before)
                            && after as f64 >= RESUMED_MIN_SHARE * (lines.len() - at) as f64
                    };
                if !resumes {
                    return FooterStart {
                        from: i,
                        inline_lists,
                    };
                }
                inline_lists.push(i..at);
            } else if !in_list && is_prose(line) {
                prose_before += 1;
            }
        }
        FooterStart {
            from: lines.len(),
            inline_lists,
        }
    }

    /// A line of a list set inside the article (its label or an item).
    pub fn in_inline_list(&self, index: usize) -> bool {
        self.inline_lists.iter().any(|r| r.contains(&index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const PROSE: &str =
        "过去一年，全县地区生产总值完成186.5亿元，增长6.1%，一般公共预算收入完成12.3亿元。";

    fn text(parts: &[&str]) -> Vec<Line> {
        read_lines(&parts.join("\n"))
    }

    #[test]
    fn related_links_set_over_the_report_are_no_footer() {
        let lines = text(&[
            "相关链接：",
            "一图读懂2024年某某县政府工作报告",
            PROSE,
            PROSE,
            PROSE,
        ]);
        let start = FooterStart::read(&lines);
        assert_eq!(start.from, lines.len());
        assert!(start.in_inline_list(0) && start.in_inline_list(1));
        assert!(!start.in_inline_list(2));
        // The report's first heading, or its salutation, right under the
        // link is the report's.
        for first in ["一、2023年工作回顾", "各位代表："] {
            let lines = text(&[
                "相关链接：",
                "一图读懂2024年某某县政府工作报告",
                first,
                PROSE,
                PROSE,
                PROSE,
            ]);
            let start = FooterStart::read(&lines);
            assert_eq!(start.from, lines.len());
            assert!(
                start.in_inline_list(1) && !start.in_inline_list(2),
                "{first}"
            );
        }
    }

    #[test]
    fn related_news_between_the_lead_and_the_text_are_no_footer() {
        let lines = text(&[
            PROSE,
            "相关新闻：",
            "某某县召开人代会",
            "县长答记者问",
            PROSE,
            PROSE,
            PROSE,
        ]);
        let start = FooterStart::read(&lines);
        assert_eq!(start.from, lines.len());
        assert!(start.in_inline_list(1) && start.in_inline_list(3));
    }

    #[test]
    fn related_items_under_the_article_are_its_footer() {
        // Items with a sentence each under a longer article: the footer.
        let item = "某某县召开经济工作会议，部署今年重点工作任务和发展目标。";
        let lines = text(&[
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            "相关阅读",
            "某某县经济工作会议",
            item,
            item,
            item,
        ]);
        assert_eq!(FooterStart::read(&lines).from, 4);
        // Links alone after the article: the footer.
        let lines = text(&[
            PROSE,
            PROSE,
            "上一篇：某某县2023年政府工作报告",
            "下一篇：某某县2023年预算报告",
        ]);
        assert_eq!(FooterStart::read(&lines).from, 2);
        // A portal's feed after it: headlines ending in ！ and ？, times.
        let mut feed = vec![PROSE, "相关新闻"];
        for _ in 0..6 {
            feed.extend([
                "国旗在小桥流水的古镇飘扬！这场特别的快闪踏歌而来，全镇群众热情参与！",
                "2019-09-09 18:38 上海",
            ]);
        }
        feed.push(PROSE);
        let lines = text(&feed);
        assert_eq!(FooterStart::read(&lines).from, 1);
        // A feed's label, or readers' comments, however much prose follows:
        // the footer.
        let lines = text(&[
            PROSE,
            "猜你喜欢",
            "某某县召开人代会",
            PROSE,
            PROSE,
            PROSE,
            PROSE,
        ]);
        assert_eq!(FooterStart::read(&lines).from, 1);
        let lines = text(&[PROSE, "网友评论", "用户甲", PROSE, PROSE, PROSE, PROSE]);
        assert_eq!(FooterStart::read(&lines).from, 1);
    }
}
