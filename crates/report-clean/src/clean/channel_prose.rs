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
    folded.chars().count() >= CHANNEL_PROSE_MIN_CHARS
        && folded.contains('。')
        && pauses >= CHANNEL_PROSE_MIN_PAUSES
        && !FOLLOW_INVITATIONS.iter().any(|w| folded.contains(w))
        && !PAGE_SELF_WORDS.iter().any(|w| folded.contains(w))
}

/// How a site's or an editor's note speaks of the page itself (`本站微信公众号`,
/// `主办…承办…地址`, `编者注：…同步发布`, `本文转自…`): no report's prose.
const PAGE_SELF_WORDS: [&str; 10] = [
    "本站",
    "本网",
    "编者",
    "主办",
    "承办",
    "地址",
    "邮编",
    "转载",
    "转自",
    "原标题",
];
