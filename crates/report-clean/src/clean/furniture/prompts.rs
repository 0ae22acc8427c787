//! Prompts to scan a code, follow an account or open an app to read on, and
//! a site's login wall.

use report_core::text::layout::has_sentence_end;

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
