//! Toolbars, font-size switches, share rows, e-paper navigation, pagers and
//! lines of separators: a line made of nothing but control words.

use crate::clean::posting_lines::is_domain;
use report_core::text::fold::{fold, is_han};
use report_core::text::layout::display_width;

/// The words toolbars, font-size switches, share rows and e-paper navigation
/// are made of. A line that is nothing but these (and separators) is a
/// widget, whatever order they come in.
const CONTROL_WORDS: [&str; 110] = [
    // A skip link, the first stop of a page read from the keyboard (內,
    // the traditional form, is not folded).
    "跳至主要内容",
    "跳到主要内容",
    "跳至主要內容",
    "下载",
    "打印",
    "全屏",
    "收藏",
    "分享到",
    "分享至",
    "分享",
    "字号",
    "字体",
    "加大",
    "减小",
    "还原",
    "放大",
    "缩小",
    "默认",
    "大",
    "中",
    "小",
    "关闭窗口",
    "关闭",
    "返回顶部",
    "返回",
    "首页",
    "纠错",
    "评论",
    "点赞",
    "转发",
    "复制链接",
    "微信",
    "微博",
    "qq空间",
    "qq",
    // The switch between the page's simplified and traditional script.
    "简体",
    "繁体",
    "繁体字",
    "繁體",
    "朗读",
    "播报",
    "听新闻",
    "本页",
    "打印本页",
    "保存",
    "分享本页",
    "上一版",
    "下一版",
    // An e-paper's article pager and its way back to the page's list of
    // headlines (`3 上一篇 下一篇 4`, `回到首页 | 标题导航`).
    "上一篇",
    "下一篇",
    "标题导航",
    "回到首页",
    // A paged article's pager: `共2页: 上一页 1 2 下一页`.
    "上一页",
    "下一页",
    "尾页",
    "末页",
    // A gallery's pager: `2/6 上一张 下一张`.
    "上一张",
    "下一张",
    "上一期",
    "下一期",
    "展开通版",
    "通版",
    "版面导航",
    // A narrow screen's menu button: `导航菜单`, `菜单`.
    "导航菜单",
    "导航",
    "菜单",
    "pdf版",
    "pdf",
    "往期回顾",
    "视力保护色",
    "朋友圈",
    "扫一扫",
    // Messaging-app articles.
    "阅读原文",
    "阅读",
    "在看",
    "写留言",
    "留言",
    "赞",
    "喜欢",
    "原创",
    // What the app's page says around an article, copied with it.
    "预览时标签不可点",
    "轻点两下取消赞",
    "轻点两下取消在看",
    "继续滑动看下一个",
    "向上滑动看下一个",
    "知道了",
    "小程序",
    "视频",
    // A mirror's share row in English (`Share: Facebook Twitter WhatsApp`).
    "share",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "email",
    "print",
    // Forum threads.
    "只看该作者",
    "回复",
    "引用",
    "举报",
    "楼主",
    "收起",
    "展开",
    // A portal's switch to its large-print mode for the elderly, and out
    // of it (`退出老年人模式`); the switch to its English site (`EN`).
    // Each alone on a line is a control in the header only.
    LARGE_PRINT_SWITCHES[0],
    LARGE_PRINT_SWITCHES[1],
    LARGE_PRINT_SWITCHES[2],
    LARGE_PRINT_SWITCHES[3],
    LARGE_PRINT_SWITCHES[4],
    LARGE_PRINT_SWITCHES[5],
    LARGE_PRINT_SWITCHES[6],
    "en",
];

/// A portal's switches to its large-print mode and out of it. Alone on a
/// line they are a control over the report only: a report's part on its
/// site's large-print mode names it on a line of its own (so does a part
/// on its English channel, `EN`).
const LARGE_PRINT_SWITCHES: [&str; 7] = [
    "老年人模式",
    "长者模式",
    "关怀模式",
    "关怀版",
    "退出老年人模式",
    "退出长者模式",
    "退出关怀版",
];

/// A line that is one large-print switch, or the switch to English, and
/// separators.
fn is_switch_alone(text: &str) -> bool {
    let switch = text.trim_matches(is_separator);
    LARGE_PRINT_SWITCHES.contains(&switch) || switch.eq_ignore_ascii_case("en")
}

/// A government site's first links, over its headline: the one that skips
/// the menu (`跳过导航`, `跳過導航`) and the portal's to the sites of its
/// group (`站群导航`). Below the headline a report on its site names them
/// as its own features (`二、网站建设` over `站群导航`, a list of new
/// features holding `跳过导航`), so they are no control words anywhere.
const PAGE_TOP_LINKS: [&str; 3] = ["跳过导航", "跳過導航", "站群导航"];

/// A line that is nothing but one of the links over a site's headline
/// (read in the header only, never in the body).
pub fn is_page_top_link(text: &str) -> bool {
    PAGE_TOP_LINKS.contains(&text.trim_matches(is_separator))
}

/// A sharing site's buttons and badge over the document: make a poster of
/// it, complain of an infringement, free for members (`VIP专免`).
const SHARING_BUTTONS: [&str; 3] = ["海报", "侵权投诉", "vip专免"];

/// A control read in the header only: a sharing site's button or badge,
/// or a counter it caps (`999+`), alone on a line over the document (a
/// PDF's text set one word a line holds `海报` or `999+` in its
/// sentences); a portal's hot search words (a report lists the words its
/// site's users searched for on a line of their own); a large-print or
/// English switch alone (a report's part on it names it alone).
pub fn is_header_control(text: &str) -> bool {
    SHARING_BUTTONS.contains(&text.trim().to_lowercase().as_str())
        || is_capped_count(text)
        || is_hot_words(text)
        || is_switch_alone(text)
        || is_site_host(text)
}

/// The top-level domains a Chinese public body's site or a paper's ends
/// on: a lower-case name ending on another word (`the.report`,
/// `zfgzbg.pdf`) is no host.
const HOST_TLDS: [&str; 16] = [
    "cn", "com", "net", "org", "gov", "edu", "int", "info", "top", "cc", "hk", "mo", "tw", "io",
    "xyz", "vip",
];

/// A site's host name alone on a line, with its scheme or without
/// (`rd.example.gov.cn`, `https://www.example.cn/`): the header a browser
/// prints over a saved page, never a headline. Lower case only, as hosts
/// are written: a name with a full stop (`Mr.Smith`) is none, nor a
/// figure (`1.5`), nor an address with its path (`reference_chrome.rs`).
fn is_site_host(text: &str) -> bool {
    let text = text.trim();
    let host = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    is_domain(host)
        && !host.bytes().any(|b| b.is_ascii_uppercase())
        && host
            .trim_end_matches('/')
            .rsplit('.')
            .next()
            .is_some_and(|tld| HOST_TLDS.contains(&tld))
}

/// Characters that only separate or frame controls: "【字号： 加大 】", "首页 > 要闻".
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '【' | '】'
                | '['
                | ']'
                | '|'
                | '｜'
                | '/'
                | '>'
                | '＞'
                | '»'
                | '›'
                | '<'
                | '·'
                | ':'
                | '：'
                | '-'
                | '—'
                | '、'
                | ','
                | '，'
                | '('
                | ')'
                | '（'
                | '）'
                | '•'
                // A rule of asterisks under a headline (`*****`).
                | '*'
        )
}

/// Whether `word` is one or more control words run together ("加大还原减小").
fn is_control_run(word: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    CONTROL_WORDS
        .iter()
        .any(|c| word.strip_prefix(c).is_some_and(is_control_run))
}

/// "第3版", "第A02版": an e-paper's page number; "共2页", "第1页": a paged
/// article's; "共5条", "共12篇": a column's list's count by its pager.
fn is_page_number(word: &str) -> bool {
    let number = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric());
    word.strip_prefix('第')
        .and_then(|w| w.strip_suffix('版'))
        .is_some_and(is_edition_page)
        || word
            .strip_prefix(['第', '共'])
            .and_then(|w| w.strip_suffix('页'))
            .is_some_and(|n| number(n) && n.chars().all(|c| c.is_ascii_digit()))
        || word
            .strip_prefix('共')
            .and_then(|w| w.strip_suffix(['条', '篇']))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// What stands between 第 and 版 in a newspaper's page: `2`, `04`, `A02`,
/// `三`, `十二`.
pub(crate) fn is_edition_page(number: &str) -> bool {
    !number.is_empty()
        && number.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || c == '十'
                || report_core::text::numbers::chinese_digit(c).is_some()
        })
}

/// A page's section name in an e-paper's page list is short (`要闻`, `经济·民生`).
const PAGE_NAME_MAX_CHARS: usize = 8;

/// An e-paper's list of pages, however many: `第01版：头版 第02版：要闻 …`,
/// every word a page number or the short name right after one.
fn is_page_list(text: &str) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .collect();
    let pages = words.iter().filter(|w| is_page_number(w)).count();
    pages >= 2
        && words.iter().enumerate().all(|(i, w)| {
            is_page_number(w)
                || (i > 0
                    && is_page_number(words[i - 1])
                    && w.chars().count() <= PAGE_NAME_MAX_CHARS)
        })
}

/// Lines at most this long can be a widget; furniture is terse. Counted in
/// Chinese characters: a Latin letter takes half the width of one
/// (`Share: Facebook Twitter WhatsApp` is as terse as `分享到 微信 微博`).
pub(super) const WIDGET_MAX_CHARS: usize = 30;

/// A toolbar, font-size switch, share row, e-paper navigation or a line of
/// separators only: `下载 打印 全屏 收藏`, `【字号：`, `】`, `>`, `第3版 展开通版`.
pub fn is_widget(text: &str) -> bool {
    if is_page_list(text) || is_empty_selector(text) {
        return true;
    }
    if is_switch_alone(text) {
        return false;
    }
    if display_width(text) > WIDGET_MAX_CHARS * 2 {
        return false;
    }
    let folded = fold(text).to_lowercase();
    let mut words = folded.split(is_separator).filter(|w| !w.is_empty());
    // "第03版：要闻": an e-paper page and its section's name.
    if words.next().is_some_and(is_page_number) && words.clone().count() <= 1 {
        return true;
    }
    // Controls with their counts beside them: `阅读 2345`, `点赞 12 在看 5`;
    // an e-paper's page, its section's name and the page's controls with
    // the pages' numbers on them (`第03版：要闻 上一版3 4下一版`). A page's
    // name needs such a control beside it: a page, a name and a figure
    // alone (`第一版 总则 1`) are a contents' line.
    let mut controls = 0;
    let mut after_page = false;
    let mut names = 0;
    let mut pager = false;
    folded.split(is_separator).all(|w| {
        if w.is_empty() {
            return true;
        }
        let page = is_page_number(w);
        let named = after_page && w.chars().count() <= PAGE_NAME_MAX_CHARS && w.chars().all(is_han);
        let worded = is_control_run(w) || !is_count(w) && is_controls_with_counts(w);
        let control = worded || page;
        after_page = page;
        pager |= worded;
        controls += usize::from(control);
        names += usize::from(named && !control);
        control || named || is_count(w)
    }) && (controls > 0 || folded.chars().all(is_separator))
        && (names == 0 || pager)
}

/// Most characters of a selector's label (`选择区域`, `切换城市`).
const SELECTOR_LABEL_MAX_CHARS: usize = 6;

/// `选择区域:>>`: a selector's label, its colon and the arrows that open
/// its list, nothing chosen: a collecting site's control over the report.
/// A heading's colon (`一、总体情况：`) has no arrows after it.
fn is_empty_selector(text: &str) -> bool {
    let Some((label, rest)) = text.trim().split_once([':', '：']) else {
        return false;
    };
    let rest = rest.trim();
    (2..=SELECTOR_LABEL_MAX_CHARS).contains(&label.chars().count())
        && label.chars().all(is_han)
        && !rest.is_empty()
        && rest.chars().all(|c| matches!(c, '>' | '＞' | '»' | '》'))
}

/// How a portal's search box labels the words most searched for.
const HOT_WORD_LABELS: [&str; 6] = [
    "热搜词",
    "热搜",
    "热门搜索",
    "热门关键词",
    "热词",
    "搜索热词",
];
/// A searched word is a few characters (`营商环境`, `桂惠贷`).
const HOT_WORD_MAX_CHARS: usize = 8;

/// `热搜词: 营商环境 学籍 社保 公积金`: a portal's search box and the words
/// most searched for, each a link, two or more after the label's colon and
/// no sentence among them. A report's sentence on what its site's users
/// searched for (`热搜词包括营商环境、社保等。`) has no colon after the label,
/// or a sentence after it.
fn is_hot_words(text: &str) -> bool {
    let Some((label, words)) = text.trim().split_once([':', '：']) else {
        return false;
    };
    let words: Vec<&str> = words.split_whitespace().collect();
    HOT_WORD_LABELS.contains(&label.trim())
        && words.len() >= 2
        && words.iter().all(|w| {
            w.chars().count() <= HOT_WORD_MAX_CHARS
                && w.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        })
}

/// `999+`: a counter capped by the site (more than it shows), alone on its
/// line beside a document's controls.
fn is_capped_count(text: &str) -> bool {
    let text = text.trim();
    text.ends_with('+') && is_count(text) && text.chars().filter(char::is_ascii_digit).count() >= 2
}

/// Control words and their counts run together, as a page's inline
/// counters come out of its markup: `阅读原文阅读 2345赞 12在看 5` has
/// `2345赞` and `12在看`.
fn is_controls_with_counts(word: &str) -> bool {
    let count_len = word
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(word.len());
    if count_len > 0 {
        return count_len == word.len() || is_controls_with_counts(&word[count_len..]);
    }
    CONTROL_WORDS.iter().any(|c| {
        word.strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || is_controls_with_counts(rest))
    })
}

/// A counter's figure: `2345`, `10万+`, `1.2w`.
fn is_count(word: &str) -> bool {
    let digits = word.trim_end_matches(['万', 'w', '+', '千', 'k']);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// A line that is only separators: `】`, `|`.
pub fn is_separator_line(text: &str) -> bool {
    text.chars().all(is_separator)
}

/// The `>` between breadcrumb steps, standing on its own line.
pub fn is_step_separator(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '>' | '＞' | '»' | '›' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_e_papers_page_line_and_pager_are_widgets() {
        assert!(is_widget("第05版:综合 上一版4  6下一版"));
        assert!(is_widget("5 上一篇  下一篇 6 放大 缩小 默认"));
        assert!(is_widget("回到首页 | 标题导航"));
        // A page line with a headline after its name, a pager's link to
        // an article: none.
        assert!(!is_widget("第3版：要闻 全市经济稳步增长"));
        assert!(!is_widget("上一篇：某某镇召开全体干部大会"));
        // A page, a name and a figure with no page control: a contents'
        // line (review36 r3q).
        assert!(!is_widget("第一版 总则 1"));
        assert!(!is_widget("第2版 要闻 3"));
        assert!(is_widget("第2版 要闻 3 下一版"));
    }

    #[test]
    fn a_sites_host_alone_is_a_header_control() {
        assert!(is_header_control("rd.example.gov.cn"));
        assert!(is_header_control("https://www.example.cn/"));
        for line in [
            "Mr.Smith",
            "1.5",
            "v2.0",
            "a.b",
            "来自：www.example.com",
            // A lower-case name on no site's domain (review36 r2k).
            "the.report",
            "zfgzbg2031.pdf",
        ] {
            assert!(!is_header_control(line), "{line}");
        }
    }

    #[test]
    fn toolbars_font_switches_and_separators_are_widgets() {
        for line in [
            "下载 打印 全屏 收藏",
            "跳至主要內容",
            "***************",
            "【字号：",
            "加大",
            "】",
            "【字体： 大 中 小 】",
            "分享：",
            "首页",
            ">",
            "第03版 展开通版",
            "上一期 下一期 往期回顾",
            "【字号：加大 还原 减小】",
            "第03版：要闻",
            "第01版：头版 第02版：要闻 第03版：要闻 第04版：综合 第05版：经济 第06版：民生",
            "第A01版 第A02版",
            "阅读 2345",
            "点赞 12 在看 5",
            "阅读 10万+",
            "只看该作者 回复 引用",
            "Share: Facebook Twitter WhatsApp",
            "Print | Email",
        ] {
            assert!(is_widget(line), "{line}");
        }
        for line in [
            "大力发展新质生产力",
            "一、总体要求",
            "首页新闻",
            "各位代表：",
            "2024",
            "12 34",
            "Share prosperity",
        ] {
            assert!(!is_widget(line), "{line}");
        }
    }

    #[test]
    fn an_empty_selector_is_a_widget() {
        assert!(is_widget("选择区域:>>"));
        assert!(is_widget("切换城市：》"));
        // A heading's colon, a label and its value, a breadcrumb.
        assert!(!is_widget("一、总体情况："));
        assert!(!is_widget("区域:某某县"));
        assert!(!is_widget("首页 > 统计公报"));
    }

    #[test]
    fn a_lists_pager_and_a_gallerys_are_widgets() {
        assert!(is_widget("共5条 首页 上一页 1 下一页 尾页"));
        assert!(is_widget("2/6 上一张 下一张"));
        assert!(!is_widget("共5条措施"));
    }

    #[test]
    fn a_messaging_apps_page_words_are_widgets() {
        for line in [
            "预览时标签不可点",
            "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看",
            "继续滑动看下一个",
        ] {
            assert!(is_widget(line), "{line}");
        }
        assert!(!is_widget("视频会议系统实现全覆盖"));
        // Counters run together with their words, as inline markup leaves them.
        assert!(is_widget("阅读原文阅读 2345赞 12在看 5"));
        assert!(!is_widget("2023赞扬"));
    }
}
