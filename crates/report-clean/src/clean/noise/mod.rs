//! Recognising web-page noise: navigation, page furniture, contact lines,
//! advertising and injected spam. The word lists are data, each tested.

use crate::clean::channel_prose::{is_prose_paragraph, CHANNEL_WORDS};
use crate::clean::metadata::site_owners;
use crate::clean::region::Gazetteer;
use report_core::text::dates::is_full_date_alone;
use report_core::text::fold::{fold, is_han};
use report_core::text::layout::has_sentence_end;

mod breadcrumb;

use breadcrumb::without_list_number;
pub use breadcrumb::{is_breadcrumb, is_breadcrumb_in_prose, is_path_to_headline, names_a_step_of};

/// Labels over links to other pages, related to the article or next to it
/// in its column: they start the page furniture after an article, and a
/// page may also set them inside it, over the report or between its lead
/// and its text (`clean/footer_start.rs`).
const RELATED_LINK_LABELS: [&str; 10] = [
    "相关报道",
    "相关文章",
    "相关阅读",
    "相关新闻",
    "相关链接",
    "延伸阅读",
    "上一条",
    "下一条",
    "上一篇",
    "下一篇",
];

/// Labels of a feed of other articles the site recommends: everything from
/// one of them on is footer.
const FEED_LABELS: [&str; 6] = [
    "往期推荐",
    "往期回顾",
    "喜欢此内容的人还喜欢",
    "猜你喜欢",
    "相关推荐",
    "推荐阅读",
];

pub fn starts_footer(text: &str) -> bool {
    labels_related_links(text)
        || FEED_LABELS.iter().any(|s| text.starts_with(s))
        || is_rights_notice(text)
        || labels_comments_or_feed(text)
}

/// A label over related links (`相关阅读`, `上一篇：…`): of the footer's
/// starts, the one a page may also set inside the article.
pub fn labels_related_links(text: &str) -> bool {
    RELATED_LINK_LABELS.iter().any(|s| text.starts_with(s))
}

/// Words a site's comment box or feed sets before 评论 or 推荐 in its label
/// (`网友评论`, `为您推荐`, `暂无评论`); a report's own heading ending so
/// (`民主推荐`, `2023年度推荐`) has none of them.
const BOX_LABEL_WORDS: [&str; 12] = [
    "为您", "为你", "精彩", "热门", "热点", "网友", "全部", "发表", "更多", "最新", "暂无", "新闻",
];

/// A line that is only the label of the readers' comments under an article
/// (`网友评论`, `全部评论（3）`, `已有0条评论`, `发表评论`) or of a portal's
/// feed of other articles (`为您推荐`, `精彩推荐`): 评论 or 推荐 alone or after
/// a word a site's box uses, only a count after it (`（3）`, ` 99`) or
/// `已有N条`/`N条` before it set aside. A report's own lines are numbered, or
/// say more.
fn labels_comments_or_feed(text: &str) -> bool {
    let text = text.trim();
    // The count after the label, in brackets (`（3）`, `(12)`) or after a
    // space, as a button shows it (`推荐 99`, `评论 56`).
    let text = text
        .strip_suffix(['）', ')'])
        .and_then(|t| {
            t.trim_end_matches(|c: char| c.is_ascii_digit())
                .strip_suffix(['（', '('])
        })
        .or_else(|| {
            let t = text.trim_end_matches(|c: char| c.is_ascii_digit());
            (t.len() < text.len() && t.ends_with(char::is_whitespace)).then_some(t)
        })
        .map(str::trim_end)
        .unwrap_or(text);
    // The count before it, `已有0条评论`, `12条评论`.
    let counted = text.strip_prefix("已有").unwrap_or(text);
    let digits = counted.trim_start_matches(|c: char| c.is_ascii_digit());
    let label = match digits.strip_prefix('条') {
        Some(rest) if digits.len() < counted.len() => rest.trim_start(),
        _ => text,
    };
    let Some(before) = label
        .strip_suffix("评论")
        .or_else(|| label.strip_suffix("推荐"))
    else {
        return false;
    };
    before.is_empty() || BOX_LABEL_WORDS.contains(&before)
}

/// Words of a piece that reads a report to its readers.
const READING_WORDS: [&str; 6] = ["解读", "读懂", "看懂", "图解", "划重点", "速览"];
const READING_HEADLINE_MAX_CHARS: usize = 40;

/// `一图读懂2024年某某市政府工作报告`, `政府工作报告解读`: the headline of
/// another piece, about the report, that a page sets after it. A report
/// never heads a part of itself so.
pub fn heads_a_reading(text: &str) -> bool {
    text.chars().count() <= READING_HEADLINE_MAX_CHARS
        && !has_sentence_end(text)
        && text.contains("报告")
        && READING_WORDS.iter().any(|w| text.contains(w))
}

/// What a notice of rights calls the page it stands under.
const NOTICE_SUBJECTS: [&str; 6] = ["本作品", "本文", "本网站", "本站", "本网", "本页"];
/// What it says of that page's rights.
const RIGHTS_WORDS: [&str; 6] = [
    "著作权",
    "版权",
    "公有领域",
    "许可协议",
    "授权",
    "public domain",
];

/// `本作品…属于公有领域。`, `本网站所有内容版权归…所有`: a notice of the page's
/// rights closes the article; the report never speaks of itself so.
fn is_rights_notice(text: &str) -> bool {
    let folded = fold(text);
    // A link can break the notice before its subject (`》第五条，本作品…`).
    (NOTICE_SUBJECTS.iter().any(|s| folded.starts_with(s)) || folded.contains("本作品"))
        && RIGHTS_WORDS.iter().any(|w| folded.contains(w))
}

/// Single footer lines that can stand anywhere after the body.
const FOOTER_PHRASES: [&str; 14] = [
    "返回顶部",
    "扫码关注",
    "扫一扫",
    "公众号",
    "版权所有",
    "copyright",
    "icp备",
    "分享到",
    "关闭窗口",
    "打印本页",
    "【打印】",
    "责任编辑",
    "网站地图",
    "联系我们",
];

pub fn is_footer_line(text: &str) -> bool {
    let folded = fold(text);
    FOOTER_PHRASES
        .iter()
        .any(|p| folded.contains(p) && !(CHANNEL_WORDS.contains(p) && is_prose_paragraph(&folded)))
        || is_account_id(&folded)
        || is_site_owner_line(text)
}

/// Labels a footer opens on to name who runs the site.
const SITE_OWNER_STARTS: [&str; 2] = ["主办单位", "主办"];

/// `主办：某某县人民政府办公室`, `主办单位：某某街道办事处`: the site's owner,
/// as its footer names it (its address and phone may follow on the line).
fn is_site_owner_line(text: &str) -> bool {
    SITE_OWNER_STARTS.iter().any(|label| {
        text.strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
    }) && !site_owners(std::iter::once(text)).is_empty()
}

/// "ID:chxk365": a social-media account handle.
/// Words a label of a way to reach a site or an office holds.
const CONTACT_LABEL_WORDS: [&str; 4] = ["qq", "电话", "热线", "客服"];
const CONTACT_LABEL_MAX_CHARS: usize = 8;

/// `网站客服QQ:12345678`, `4.咨询电话: 0530-1234567`: a short label naming
/// a way to reach someone, and only the number after its colon. Takes
/// folded text.
fn is_labelled_contact(folded: &str) -> bool {
    let Some((label, number)) = folded.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    label.chars().count() <= CONTACT_LABEL_MAX_CHARS
        && CONTACT_LABEL_WORDS.iter().any(|w| label.contains(w))
        && digits >= 5
        && number
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | '+'))
}

fn is_account_id(folded: &str) -> bool {
    let Some(rest) = folded
        .strip_prefix("id:")
        .or_else(|| folded.strip_prefix("微信号:"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == ' ')
}

/// A line that is only a phone number: "4001893518", "0536-1234567"; a
/// date standing alone (`2024-03-05`) is none.
pub fn is_contact_line(text: &str) -> bool {
    let folded = fold(text);
    if is_labelled_contact(without_list_number(&folded)) {
        return true;
    }
    if is_full_date_alone(&folded) {
        return false;
    }
    let body = folded
        .trim_start_matches("电话")
        .trim_start_matches("联系电话")
        .trim_start_matches(':');
    let digits = body.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | '+'))
}

/// Gambling words that are spam wherever they stand.
const SPAM_WORDS: [&str; 5] = ["百家乐", "老虎机", "时时彩", "真人视讯", "娱乐城"];
/// Gambling words that government text also uses ("棋牌室", "打击非法博彩"):
/// spam only when an injection tail follows ("凯时棋牌的版权").
const SPAM_WORDS_WITH_TAIL: [&str; 4] = ["棋牌", "博彩", "赌场", "彩票"];
const SPAM_TAILS: [&str; 5] = ["的版权", "官网", "平台", "注册", "app"];
const SPAM_BRAND_CHARS: usize = 2;

/// Byte ranges of injected spam phrases in `text`, such as "凯时棋牌的版权",
/// including up to two Han characters of brand name before the word.
pub fn spam_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let words = SPAM_WORDS
        .iter()
        .map(|w| (w, false))
        .chain(SPAM_WORDS_WITH_TAIL.iter().map(|w| (w, true)));
    for (word, needs_tail) in words {
        for (at, _) in text.match_indices(word) {
            let end = at + word.len();
            let tail = SPAM_TAILS
                .iter()
                .find(|t| fold(&text[end..]).starts_with(*t));
            if needs_tail && tail.is_none() {
                continue;
            }
            spans.push((brand_start(text, at), end + tail.map_or(0, |t| t.len())));
        }
    }
    merge_spans(spans)
}

/// Extends a match back over up to [`SPAM_BRAND_CHARS`] Han characters.
fn brand_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .take(SPAM_BRAND_CHARS)
        .take_while(|(_, c)| is_han(*c))
        .last()
        .map_or(at, |(i, _)| i)
}

/// Businesses that advertise themselves as "<place>网站建设" in page chrome.
const ADVERTISED_BUSINESSES: [&str; 7] = [
    "网站建设",
    "网站制作",
    "网站设计",
    "网站优化",
    "网络推广",
    "seo优化",
    "网站推广",
];

/// Site names that only advertise a web-design or promotion business:
/// "潍坊网站建设". Returns the byte length of such a name at the start of
/// `text`: a place name from the gazetteer followed by the business.
pub fn advertising_prefix(text: &str) -> Option<usize> {
    let head: String = text.chars().take(12).collect();
    let folded = fold(&head);
    ADVERTISED_BUSINESSES.iter().find_map(|b| {
        let at = folded.find(b)?;
        let place = &folded[..at];
        Gazetteer::bundled().is_place_name(place).then(|| {
            let chars = place.chars().count() + b.chars().count();
            text.char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i)
        })
    })
}

/// Removes `spans` (sorted, disjoint byte ranges) from `text`, also dropping
/// white space left dangling beside a removed span.
pub fn remove_spans(text: &str, spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end) in spans {
        out.push_str(text[last..start].trim_end_matches(' '));
        last = end;
        while text[last..].starts_with(' ') {
            last += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

fn merge_spans(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breadcrumbs() {
        assert!(is_breadcrumb("当前位置:首页 > 新闻中心 > 新闻报道"));
        assert!(is_breadcrumb("首页 » 要闻"));
        assert!(!is_breadcrumb("首页经济持续发展。"));
        // Columns alone, without the home page.
        assert!(is_breadcrumb("政务公开 >> 政府工作报告"));
        assert!(is_breadcrumb("信息公开 › 规划计划 › 工作报告"));
        assert!(!is_breadcrumb("推动茶叶种植→加工→销售全链条覆盖带动农户"));
        assert!(!is_breadcrumb("种植→加工→销售一体化格局初步形成"));
        assert!(is_path_to_headline(
            "某某网 > 工作计划 > 年度工作计划 > 某某镇2030年工作总结",
            "某某镇2030年工作总结"
        ));
        assert!(!is_path_to_headline(
            "研发 » 中试 » 量产：全年新增产值20亿元",
            "某某县2030年政府工作报告"
        ));
        assert!(!is_breadcrumb("城乡居民收入比>2.5"));
        assert!(!is_breadcrumb("→ 推动经济高质量发展，扎实推进共同富裕"));
        assert!(!is_breadcrumb("一、2022年工作回顾"));
        // A numbered list's items, and the path's last step alone.
        assert!(is_breadcrumb("1. 当前位置:"));
        assert!(is_breadcrumb("3. > 正文"));
        assert!(!is_breadcrumb("1. 全年地区生产总值增长6%"));
        assert!(!is_breadcrumb("1.5 当前位置"));
        // The reader's place glued to its path; a place named after it.
        assert!(is_breadcrumb("您当前的位置 :政务公开 > 工作报告 > 正文"));
        assert!(!is_breadcrumb("项目所在位置：某某镇某某村"));
        assert!(!is_breadcrumb("地理位置：东经 > 110度"));
        // In the report's prose the place glued to where it leads is the
        // text's (review36 r1f, r1j); a path from the home page is not.
        assert!(!is_breadcrumb_in_prose("线路所在位置：某某镇→某某乡"));
        assert!(!is_breadcrumb_in_prose("当前所在位置：规划审批>施工招标"));
        assert!(is_breadcrumb_in_prose(
            "当前位置：首页 > 政务公开 > 工作报告"
        ));
        assert!(is_breadcrumb_in_prose("您的当前位置："));
        // A bulleted heading is no last step of a path.
        assert!(!is_breadcrumb("› 稳增长"));
        assert!(!is_breadcrumb("> 惠民生"));
    }

    #[test]
    fn a_labelled_contact_number_also_as_a_list_item() {
        assert!(is_contact_line("4.网站客服QQ:12345678"));
        assert!(is_contact_line("咨询电话：0530-1234567"));
        assert!(!is_contact_line("电话会议：3次"));
        assert!(!is_contact_line("4.全年接听热线电话12345件，办结率98%"));
    }

    #[test]
    fn footers() {
        assert!(starts_footer("相关推荐"));
        assert!(starts_footer(
            "本作品是中华人民共和国的法律、法规，根据《中华人民共和国著作权法》第五条，属于公有领域。"
        ));
        assert!(starts_footer("本网站所有内容版权归XX市人民政府所有"));
        assert!(starts_footer(
            "》第五条，本作品不适用于该法，所以属于公有领域。"
        ));
        assert!(!starts_footer("加强著作权保护，全市版权登记量增长20%。"));
        assert!(!starts_footer("本文件自印发之日起施行。"));
        // A comment box's or a feed's label, its count aside.
        for label in [
            "网友评论",
            "全部评论（3）",
            "已有0条评论",
            "0条评论",
            "发表评论",
            "为您推荐",
            "精彩推荐",
            "评论（0）",
            "评论(0)",
            "推荐 99",
            "暂无评论",
            "新闻评论",
        ] {
            assert!(starts_footer(label), "{label}");
        }
        for line in [
            "（三）强化评论引导",
            "积极推荐优秀干部到基层任职。",
            "3.群众评论",
            "开展“我为政府工作报告提建议”网友评论活动",
            // A report's own heading ends so too, with no word of a box.
            "民主推荐",
            "2023年度推荐",
            "已有推荐",
        ] {
            assert!(!starts_footer(line), "{line}");
        }
        assert!(heads_a_reading("一图读懂2024年某某市政府工作报告"));
        assert!(heads_a_reading("【解读】2024年某某县政府工作报告"));
        assert!(!heads_a_reading("一、2023年工作回顾"));
        assert!(!heads_a_reading("报告提出，要加强政策解读。"));
        assert!(is_footer_line("扫码关注中国小康网公众号"));
        assert!(is_footer_line("ID:chxk365"));
        assert!(is_footer_line("返回顶部"));
        assert!(is_footer_line("责任编辑:康康"));
        assert!(is_footer_line("主办：某某县人民政府办公室"));
        assert!(is_footer_line(
            "主办单位：某某市某某区某某街道办事处　地址：某某路1号"
        ));
        assert!(!is_footer_line("主办：县文化馆"));
        assert!(!is_footer_line(
            "主办方高度重视，县人民政府办公室派员参加。"
        ));
        assert!(!is_footer_line("坊子区持续优化营商环境。"));
        assert!(!is_footer_line("ID:这是中文"));
    }

    #[test]
    fn contact_lines() {
        assert!(is_contact_line("4001893518"));
        assert!(is_contact_line("电话：0536-1234567"));
        assert!(!is_contact_line("2020"));
        assert!(!is_contact_line("2024-03-05"));
        assert!(!is_contact_line("增长10.4%"));
    }

    #[test]
    fn spam_with_brand_and_tail() {
        let text = "探索“凯时棋牌的版权 ”融合发展,全影网“婚嫁产业凯时棋牌的版权大数据”";
        let spans = spam_spans(text);
        assert_eq!(spans.len(), 2);
        let cleaned = remove_spans(text, &spans);
        assert_eq!(cleaned, "探索“”融合发展,全影网“婚嫁产业大数据”");
        assert!(spam_spans("棋牌室整治行动").is_empty());
        assert!(spam_spans("打击非法博彩活动").is_empty());
        assert_eq!(spam_spans("某某百家乐").len(), 1);
        assert!(spam_spans("发展文旅产业。").is_empty());
    }

    #[test]
    fn advertising_site_names() {
        let text = "潍坊网站建设城市建设是一个区域发展水平的重要名片";
        let len = advertising_prefix(text).unwrap();
        assert_eq!(&text[..len], "潍坊网站建设");
        assert_eq!(advertising_prefix("城市建设是一个区域"), None);
        assert_eq!(advertising_prefix("本市加快网站建设进度"), None);
    }
}
