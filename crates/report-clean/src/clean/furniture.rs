//! Page furniture told apart from the report by what a line is made of, the
//! way jusText classifies blocks: control words (print, share, font size),
//! separators, e-paper and counter widgets, image file names and markdown
//! leftovers (a photo's credit makes a caption: `captions.rs`). Each rule
//! looks at the line's shape and the small vocabulary such furniture is
//! built from, never at whole sentences seen on one site.

use report_core::text::dates::find_full_date;
use report_core::text::fold::fold;
use report_core::text::layout::{display_width, has_sentence_end};

use crate::clean::document_notices::{is_document_notice, is_file_facts, is_piece_label};
use crate::clean::page_lists::{is_attachment, is_contents_line};
use crate::clean::site_notices::{is_disclaimer, is_site_footer};

/// The words toolbars, font-size switches, share rows and e-paper navigation
/// are made of. A line that is nothing but these (and separators) is a
/// widget, whatever order they come in.
const CONTROL_WORDS: [&str; 98] = [
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
];

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
const WIDGET_MAX_CHARS: usize = 30;

/// A toolbar, font-size switch, share row, e-paper navigation or a line of
/// separators only: `下载 打印 全屏 收藏`, `【字号：`, `】`, `>`, `第3版 展开通版`.
pub fn is_widget(text: &str) -> bool {
    if is_page_list(text) {
        return true;
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
    // Controls with their counts beside them: `阅读 2345`, `点赞 12 在看 5`.
    let mut controls = 0;
    folded.split(is_separator).all(|w| {
        let control = !w.is_empty()
            && (is_control_run(w)
                || is_page_number(w)
                || !is_count(w) && is_controls_with_counts(w));
        controls += usize::from(control);
        control || w.is_empty() || is_count(w)
    }) && (controls > 0 || folded.chars().all(is_separator))
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

/// Counter and credit labels a page shows beside the article, never part of
/// it: `阅读量：`, `点击数：12`, `审核：王五`.
const WIDGET_LABELS: [&str; 17] = [
    "责编",
    "监制",
    "阅读量",
    "阅读数",
    "阅读次数",
    "点击数",
    "点击量",
    "浏览量",
    "浏览次数",
    "访问量",
    "审核",
    "校对",
    "终审",
    "初审",
    "复审",
    "编审",
    "编辑",
];

const EDIT_NOTE_MAX_CHARS: usize = 40;

/// `阅读量：1234`, `审核：王五`: a short labelled counter or editor credit;
/// also a note of when a post was edited (`本帖最后由 某某 于 2024-3-6 编辑`).
pub fn is_counter_or_credit(text: &str) -> bool {
    let folded = fold(text);
    let edit_note = folded.chars().count() <= EDIT_NOTE_MAX_CHARS
        && folded.ends_with("编辑")
        && find_full_date(&folded).is_some();
    let is_credit = |part: &str| {
        // `(责编：王丹、李萌)`, `【编辑：姚昊】`: a credit in brackets of any
        // kind under the article.
        let part = part
            .trim()
            .trim_matches(['(', ')', '[', ']', '【', '】', '〔', '〕']);
        WIDGET_LABELS.iter().any(|label| {
            part.strip_prefix(label).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(':')
                    || rest.starts_with(|c: char| c.is_ascii_digit())
            })
        })
    };
    // Credits side by side: `责编：符小丽 | 审核：林涛`.
    edit_note || folded.chars().count() <= WIDGET_MAX_CHARS && folded.split('|').all(is_credit)
}

const IMAGE_EXTENSIONS: [&str; 6] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"];

/// An image file name (`W020260127.jpg`) or a markdown image left from a
/// conversion (`![](…)`, `![图片]`).
pub fn is_image_leftover(text: &str) -> bool {
    let folded = fold(text);
    let file_name = !folded.contains(' ')
        && IMAGE_EXTENSIONS.iter().any(|x| folded.ends_with(x))
        && folded.is_ascii();
    file_name || folded.starts_with("![") || is_placeholder(&folded)
}

/// What a copied post leaves for an image or a video, or its closing mark,
/// alone on a line and bracketed or not: `图片`, `[视频]`, `END`, `- END -`.
const PLACEHOLDERS: [&str; 5] = ["图片", "图", "视频", "end", "the end"];

fn is_placeholder(folded: &str) -> bool {
    let bare = folded.trim_matches(|c: char| !(c.is_alphanumeric() || c == ' '));
    PLACEHOLDERS.contains(&bare.trim())
}

/// Prompts to scan a code, follow an account or open the site's app to read
/// on (`剩余80%未读，打开APP阅读全文`), kept short by nature.
const PROMPT_WORDS: [&str; 8] = [
    "二维码",
    "扫码",
    "长按识别",
    "关注我们",
    "下载客户端",
    "点击",
    "打开app",
    "打开客户端",
];
const PROMPT_MAX_CHARS: usize = 24;

pub fn is_prompt(text: &str) -> bool {
    // `点击数：1568` counts clicks, a label among the page's fields
    // (`发布时间：2008年2月26日 点击数：1568`), no prompt to click.
    let lower = text.to_ascii_lowercase();
    let prompts = |w: &&str| {
        lower
            .match_indices(*w)
            .any(|(at, _)| !lower[at + w.len()..].starts_with(['数', '量', '次', '率']))
    };
    text.chars().count() <= PROMPT_MAX_CHARS
        && (!has_sentence_end(text) && PROMPT_WORDS.iter().any(prompts) || is_login_wall(text))
}

/// What a login wall holds back: the reader is asked to log in to read,
/// see or browse (`阅读`, `查看`, `浏览`) the rest (`全文`, `全部`, `更多`).
const WALL_READING: [&str; 3] = ["阅读", "查看", "浏览"];
const WALL_REST: [&str; 4] = ["全文", "全部", "更多", "内容"];

/// A site's wall before the rest of the text (`(阅读全部图文内容,您需要先
/// 登录!)`, `登录后查看全文`, `请先登录`): the whole line asks the reader to
/// log in, and 登录 ends it or is followed by what logging in shows. A
/// report's own line on a service (`申请人可登录网站在线提交申请`,
/// `网上申请须先登录政务服务网`) or a reform's name (`一次登录、全部通办`)
/// goes on from 登录 to what is done there.
fn is_login_wall(text: &str) -> bool {
    let reads_on =
        WALL_READING.iter().any(|w| text.contains(w)) && WALL_REST.iter().any(|w| text.contains(w));
    text.match_indices("登录").any(|(at, w)| {
        let before = &text[..at];
        let after = &text[at + w.len()..];
        let closes = after.chars().all(|c| !c.is_alphanumeric());
        let shows = after
            .strip_prefix('后')
            .is_some_and(|rest| WALL_READING.iter().any(|w| rest.starts_with(w)));
        (closes && (before.ends_with('先') || reads_on)) || (shows && reads_on)
    })
}

/// What a weather and date widget shows besides the date: the weekday and
/// the sky.
const WIDGET_DAY_AND_SKY: [&str; 13] = [
    "星期",
    "周",
    "今天是",
    "农历",
    "晴",
    "多云",
    "阴",
    "小雨",
    "中雨",
    "大雨",
    "雨",
    "雪",
    "转",
];

/// `2026年2月1日 星期日 晴 -3℃~5℃`: today's date and weather, standing
/// alone. A date with its weekday and nothing else is a widget only if
/// it also says the sky or a temperature, or calls itself today.
pub fn is_date_widget(text: &str) -> bool {
    let folded = fold(text);
    if folded.chars().count() > WIDGET_MAX_CHARS {
        return false;
    }
    let weather = folded.contains('℃') || folded.contains("今天是");
    let mut rest = match find_full_date(&folded) {
        Some((_, said)) => folded.replacen(&said, "", 1),
        None => folded.clone(),
    };
    for word in WIDGET_DAY_AND_SKY {
        rest = rest.replace(word, "");
    }
    let leftover = rest.chars().filter(|c| {
        !(c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(
                c,
                '℃' | '~'
                    | '～'
                    | '-'
                    | '/'
                    | ':'
                    | '|'
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '日'
                    | '天'
                    | '年'
                    | '月'
            ))
    });
    weather && leftover.count() == 0
}

/// A clock time alone on its line (`09:05`, `10:30:15`): a live report's
/// stamp of the post under it, as a page's time is its metadata; never a
/// heading of the report.
fn is_clock_time(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split([':', '：']).collect();
    let number = |p: &str, max: u32| {
        (1..=2).contains(&p.len())
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| n <= max)
    };
    (2..=3).contains(&parts.len())
        && number(parts[0], 23)
        && parts[1..].iter().all(|p| p.len() == 2 && number(p, 59))
}

/// Any furniture line this module recognises.
pub fn is_furniture(text: &str) -> bool {
    is_clock_time(text)
        || is_widget(text)
        || is_counter_or_credit(text)
        || is_image_leftover(text)
        || is_attachment(text)
        || is_contents_line(text)
        || is_prompt(text)
        || is_date_widget(text)
        || is_site_footer(text)
        || is_disclaimer(text)
        || is_document_notice(text)
        || is_file_facts(text)
        || is_piece_label(text)
}

#[cfg(test)]
mod tests {

    use super::*;

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
    fn a_clock_time_alone_is_a_posts_stamp() {
        assert!(is_furniture("09:05"));
        assert!(is_furniture("10：30：15"));
        assert!(!is_furniture("25:10"));
        assert!(!is_furniture("9:5"));
        assert!(!is_furniture("09:05 大会开始"));
        assert!(!is_furniture("1:2:3"));
    }

    #[test]
    fn a_lists_pager_and_a_gallerys_are_widgets() {
        assert!(is_widget("共5条 首页 上一页 1 下一页 尾页"));
        assert!(is_widget("2/6 上一张 下一张"));
        assert!(!is_widget("共5条措施"));
    }

    #[test]
    fn counters_credits_images_and_prompts() {
        assert!(is_counter_or_credit("阅读量："));
        assert!(is_counter_or_credit("点击数：1024"));
        assert!(is_counter_or_credit("审核：王五"));
        assert!(is_counter_or_credit("(责编：王丹、李萌)"));
        assert!(is_counter_or_credit("（编辑：张三）"));
        assert!(is_counter_or_credit("【编辑：张三】"));
        assert!(is_counter_or_credit("〔责编：张三〕"));
        assert!(!is_counter_or_credit("（审核制度改革）"));
        assert!(is_counter_or_credit(
            "本帖最后由 老李 于 2024-3-6 09:12 编辑"
        ));
        assert!(!is_counter_or_credit(
            "审核制度改革全面推开，群众办事更方便。"
        ));
        assert!(is_image_leftover("W020260127384512.jpg"));
        assert!(is_image_leftover("![](https://example.org/a.png)"));
        assert!(!is_image_leftover("全市新建5G基站1.2万个。"));
        assert!(is_prompt("扫描二维码 关注我们"));
        assert!(is_prompt("》》点击图片进入专题《《"));
        // A prompt to open the site's app to read the rest.
        assert!(is_prompt("剩余80%未读，打开APP阅读全文"));
        assert!(is_prompt("打开客户端 查看更多"));
        assert!(!is_prompt("推动政务服务App与客户端整合。"));
        // A click counter among the page's fields is no prompt.
        assert!(!is_prompt("发布时间：2008年2月26日 点击数：1568"));
        assert!(is_furniture("点击数：1568"));
        assert!(!is_prompt(
            "全面推行政务服务“扫码办”，实现企业群众办事少跑腿、快办结。"
        ));
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

    #[test]
    fn date_and_weather_widgets() {
        assert!(is_date_widget("2026年2月1日 星期日 晴 -3℃~5℃"));
        assert!(is_date_widget("今天是：2026年2月1日 星期日"));
        assert!(!is_date_widget("2026年2月1日 星期日"));
        assert!(!is_date_widget("发布时间：2026-02-01"));
        assert!(!is_date_widget("气温最低达到-3℃，全县启动防寒预案。"));
    }
}
