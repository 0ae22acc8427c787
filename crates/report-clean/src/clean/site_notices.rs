//! What a site says of itself under every page: its footer (who runs it,
//! its registration numbers) and a publisher's notice on the text it
//! carries (views, rights, copying). Furniture by its marks and the turns
//! such notices take, never by a site's own wording.

use report_core::text::fold::fold;
use report_core::text::layout::has_sentence_end;

/// Marks only a site's footer carries.
const SITE_FOOTER_MARKS: [&str; 5] = ["网站标识码", "公网安备", "icp备", "技术支持:", "版权所有"];
/// Labels a site's footer lists, two of them together: who runs it and how
/// to reach them.
const SITE_FOOTER_LABELS: [&str; 7] = [
    "主办单位",
    "承办单位",
    "主办:",
    "承办:",
    "地址:",
    "电话:",
    "邮编:",
];
const SITE_FOOTER_MAX_CHARS: usize = 120;

/// `主办单位：某某县人民政府办公室 地址：… 电话：…`, `网站标识码：…`.
pub fn is_site_footer(text: &str) -> bool {
    let folded = fold(text);
    folded.chars().count() <= SITE_FOOTER_MAX_CHARS
        && (SITE_FOOTER_MARKS.iter().any(|m| folded.contains(m))
            || !has_sentence_end(&folded)
                && SITE_FOOTER_LABELS
                    .iter()
                    .filter(|l| folded.contains(*l))
                    .count()
                    >= 2)
}

/// Words by which a publisher speaks of the text it carries or of itself.
const DISCLAIMER_SUBJECTS: [&str; 8] = [
    "本文",
    "该文",
    "文章",
    "本网",
    "本站",
    "本平台",
    "本号",
    "作者",
];
/// What a publisher's notice claims of that text: whose views it holds,
/// who owns it, how it may be copied.
const DISCLAIMER_CLAIMS: [&str; 6] = ["观点", "立场", "版权", "侵权", "转载", "出处"];
/// The turns only a notice takes: it disowns, asks or forbids.
const DISCLAIMER_TURNS: [&str; 9] = [
    "仅代表",
    "不代表",
    "请注明",
    "联系删除",
    "请联系",
    "未经授权",
    "未经许可",
    "禁止转载",
    "不得转载",
];
const DISCLAIMER_MAX_CHARS: usize = 200;

/// A publisher's notice under a repost: `本文为…作者上传并发布，仅代表该
/// 作者观点…`, `转载请注明出处`, `如有侵权请联系删除`. It disowns, asks or
/// forbids, of the text's views, rights or copying; a report does not.
pub fn is_disclaimer(text: &str) -> bool {
    text.chars().count() <= DISCLAIMER_MAX_CHARS
        && DISCLAIMER_TURNS.iter().any(|w| text.contains(w))
        && DISCLAIMER_CLAIMS
            .iter()
            .chain(&DISCLAIMER_SUBJECTS)
            .any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_footers() {
        assert!(is_site_footer(
            "主办单位：某某县人民政府办公室 地址：某某县人民路1号 电话：0537-1234567"
        ));
        assert!(is_site_footer("网站标识码：3708000000 鲁ICP备05000000号"));
        assert!(!is_site_footer(
            "本次活动由县文旅局主办，各乡镇承办，吸引游客两万人次。地址在县城广场。"
        ));
    }

    #[test]
    fn publishers_notices() {
        for line in [
            "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。",
            "转载请注明出处",
            "声明：本文来源于网络，版权归原作者所有，如有侵权请联系删除。",
            "未经授权，禁止转载本站内容。",
        ] {
            assert!(is_disclaimer(line), "{line}");
        }
        for line in [
            "加强版权保护，严厉打击侵权盗版行为。",
            "做好山水文章，坚持生态优先的观点。",
            "各位代表，请予审议。",
        ] {
            assert!(!is_disclaimer(line), "{line}");
        }
    }
}
