//! Prose that names an office's channels among its own work (`通过门户网站、
//! 公开栏、微信公众号等渠道`): a footer's words in a paragraph of the report,
//! told from a footer's promotion of the account (`noise::is_footer_line`).

/// Footer words an office's prose can name among its own channels
/// (`通过门户网站、公开栏、微信公众号等渠道`).
pub(crate) const CHANNEL_WORDS: [&str; 1] = ["公众号"];
const CHANNEL_PROSE_MIN_CHARS: usize = 80;
const CHANNEL_PROSE_MIN_PAUSES: usize = 3;

/// How a footer invites its reader to follow the account.
const FOLLOW_INVITATIONS: [&str; 7] = [
    "扫码",
    "扫描",
    "长按",
    "欢迎关注",
    "请关注",
    "敬请关注",
    "关注我们",
];

/// A paragraph of prose: long, a sentence ended in it, its clauses set
/// apart by commas or enumeration commas, and no invitation to follow the
/// account. A footer's promotion of an account is a line or two without
/// such a run of clauses, or invites its reader to scan or follow.
pub(crate) fn is_prose_paragraph(folded: &str) -> bool {
    let pauses = folded
        .chars()
        .filter(|c| matches!(c, ',' | '，' | '、'))
        .count();
    let long_prose = folded.chars().count() >= CHANNEL_PROSE_MIN_CHARS
        && folded.contains('。')
        && pauses >= CHANNEL_PROSE_MIN_PAUSES;
    (long_prose || counts_its_work(folded))
        && !FOLLOW_INVITATIONS.iter().any(|w| folded.contains(w))
        && !PAGE_SELF_WORDS.iter().any(|w| folded.contains(w))
        && (speaks_of_the_report(folded) || !SITE_OWNER_WORDS.iter().any(|w| folded.contains(w)))
}

/// Fewest sentences closed by a full stop in a shorter paragraph that
/// counts an office's work.
const COUNTING_MIN_SENTENCES: usize = 2;
/// Words of a site's tally of its account, not of an office's report.
const TALLY_WORDS: [&str; 3] = ["今日", "粉丝", "今天"];
/// What an office counts of what it published (`信息99条`, `文章12篇`).
const COUNTED_ITEMS: [char; 4] = ['条', '篇', '期', '件'];

/// `2024年，通过公开专栏主动公开信息14条。某某微信公众号主动公开信息99条，
/// 累计阅读量近两万次。`: a disclosure report's account of its channels,
/// shorter than [`CHANNEL_PROSE_MIN_CHARS`]: two sentences or more, each
/// closed by a full stop, counting in figures what was published. A
/// footer's line on the account (`本站公众号：某某`, `扫码关注某某公众号`)
/// is one phrase, and counts nothing so. A site's tally of its account
/// (`网站统计：今日发布信息8条。`, `公众号今日更新3条。已有粉丝12万人。`)
/// sets its counts after labels, by the day or with followers, without a
/// clause mark of the report's sentences.
fn counts_its_work(folded: &str) -> bool {
    if !folded.contains(['，', ',']) || folded.contains(['：', ':']) {
        return false;
    }
    if TALLY_WORDS.iter().any(|w| folded.contains(w)) {
        return false;
    }
    let sentences = folded.split('。').filter(|s| !s.trim().is_empty()).count();
    let chars: Vec<char> = folded.chars().collect();
    let counted = chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && COUNTED_ITEMS.contains(&w[1]));
    sentences >= COUNTING_MIN_SENTENCES && folded.ends_with('。') && counted
}

/// How the report names itself (`本年度报告`, `本报告`).
const REPORT_SELF_WORDS: [&str; 2] = ["本年度报告", "本报告"];

/// `本年度报告…通过门户网站、微信公众号等渠道全文公开。如对本年度报告有任何
/// 疑问，请与某某处联系（地址：…；邮编：…；联系电话：…）。`: a disclosure
/// report's opening, after the template every office follows, names the
/// report itself as what is published, and whom to ask about it. A site's
/// owner line names the site, never the report.
fn speaks_of_the_report(folded: &str) -> bool {
    REPORT_SELF_WORDS.iter().any(|w| folded.contains(w))
}

/// How a site's or an editor's note speaks of the page itself (`本站微信公众号`,
/// `主办…承办…地址`, `编者注：…同步发布`, `本文转自…`): no report's prose.
const PAGE_SELF_WORDS: [&str; 6] = ["本站", "本网", "编者", "转载", "转自", "原标题"];
/// How a site's footer names who runs it and where (`主办…承办…地址`): no
/// report's prose, unless the paragraph speaks of the report itself.
const SITE_OWNER_WORDS: [&str; 4] = ["主办", "承办", "地址", "邮编"];
