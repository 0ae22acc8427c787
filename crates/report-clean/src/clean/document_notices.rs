//! What a document-sharing or 范文 site sets around the document it offers:
//! the file's facts (its size, pages, words, downloads, the day it was
//! uploaded), the site's notices about the document (uploaded by a member,
//! preview only, download to read the rest, shared by the site's editor)
//! and a bracketed label over a part of the page (`【正文】`). Told by what
//! the line is made of and what it talks about: the file or the site, never
//! the report's matter.

use crate::clean::title_lines::names_a_report;
use report_core::text::dates::find_full_date;
use report_core::text::fold::{fold, is_han};
use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};

/// Words a line names the document or the site by, when it talks about
/// itself rather than about the report's matter.
/// (`为您`: the site addressing its reader with what it did for them,
/// `为您精选`; see [`names_the_document`].)
const DOCUMENT_SUBJECTS: [&str; 8] = [
    "文档",
    "本资料",
    "本站",
    "本网",
    "小编",
    "为您",
    "范文",
    "本文",
];
/// People a site says uploaded the document.
const UPLOADERS: [&str; 3] = ["会员", "网友", "用户"];
/// What a site says is done with the document it offers (gathered,
/// picked out for the reader, put up, shared).
const DOCUMENT_VERBS: [&str; 9] = [
    "上传", "下载", "预览", "整理", "收集", "精选", "分享", "付费", "收益",
];
/// A site's notice is a sentence or two, never a report's paragraph.
const NOTICE_MAX_CHARS: usize = 150;

/// `本文档由用户上传，仅供预览`, `温馨提示：当前文档最多只能预览3页`,
/// `下面小编给大家分享…，一起看一下吧`, `《…》由会员上传分享`: the site
/// speaks of the document (or of itself) and of uploading, previewing,
/// downloading or sharing it. A report's sentence on a service its users
/// download names neither the document nor the site.
pub fn is_document_notice(text: &str) -> bool {
    let folded = fold(text);
    let talks_of_document =
        names_the_document(&folded) && DOCUMENT_VERBS.iter().any(|w| folded.contains(w));
    let uploaded_by = UPLOADERS.iter().any(|w| folded.contains(w)) && folded.contains("上传");
    folded.chars().count() <= NOTICE_MAX_CHARS
        && (talks_of_document || uploaded_by || shared_file_name(text).is_some())
}

/// `《某镇工作报告.docx》由会员分享，可在线阅读，更多相关《某镇工作报告.docx(9页珍藏版)》请在某某文库上搜索。`:
/// a sharing site names the document it offers by its file, the type after
/// the name inside the book-title marks; a report cites a document by its
/// title, never by its file. The file's name less its type.
pub(crate) fn shared_file_name(text: &str) -> Option<&str> {
    text.match_indices('《').find_map(|(open, _)| {
        let inner = &text[open + '《'.len_utf8()..];
        let inner = &inner[..inner.find('》')?];
        let lower = inner.to_ascii_lowercase();
        FILE_TYPES.iter().find_map(|ext| {
            let at = lower.rfind(&format!(".{ext}"))?;
            // The type ends the name, or a bracket of the file's facts
            // follows it (`.docx(21页珍藏版)`).
            let rest = &lower[at + 1 + ext.len()..];
            let ends = rest.is_empty() || rest.starts_with(['(', '（']);
            let name = inner[..at].trim();
            (ends && name.chars().count() >= 4).then_some(name)
        })
    })
}

/// What a 范文 site says it did for its reader just before naming the
/// piece it offers (`小编为大家整理的…`).
const OFFERING_MARKS: [&str; 5] = ["整理的", "分享的", "收集的", "精选的", "带来的"];
/// A piece's name is a title's length.
const PIECE_NAME_CHARS: std::ops::RangeInclusive<usize> = 4..=40;

/// `下面是小编为大家整理的2023年乡镇年度工作总结，供大家参考。`: a 范文 site's
/// intro names the one piece it offers between what the site did for its
/// reader and the comma before what the reader is to do with it; a tag
/// after it (`【完整版】`) is the site's. A name that counts pieces
/// (`工作总结范文5篇`, a collection) or names no report (`相关资料`) is no
/// title.
fn offered_piece_name(text: &str) -> Option<&str> {
    if !is_document_notice(text) {
        return None;
    }
    let (at, mark) = OFFERING_MARKS
        .iter()
        .filter_map(|m| Some((text.find(m)?, *m)))
        .min_by_key(|(at, _)| *at)?;
    let rest = &text[at + mark.len()..];
    let name = rest[..rest
        .find([',', '，', '。', '!', '！', ';', '；'])
        .unwrap_or(rest.len())]
        .trim();
    let name = match name.strip_suffix('】').and_then(|n| n.rsplit_once('【')) {
        Some((piece, tag)) if tag.chars().count() <= 4 => piece.trim_end(),
        _ => name,
    };
    // `…工作总结(镇乡)`: the kind of office in brackets after the name.
    let core = name
        .strip_suffix([')', '）'])
        .and_then(|n| n.rsplit_once(['(', '（']))
        .map_or(name, |(core, _)| core);
    (PIECE_NAME_CHARS.contains(&name.chars().count())
        && !name.contains('篇')
        && names_a_report(core))
    .then_some(name)
}

/// Lines looked through for the page's own headline under a 范文 intro.
const HEADLINE_LOOKAHEAD: usize = 2;
/// Most characters of a headline (a meeting run into the report's name).
const HEADLINE_MAX_CHARS: usize = 90;

/// The piece a 范文 site's intro offers as the page's title, unless the
/// page's own headline follows: the next line that is not a posting date
/// alone (`2023-12-25`) names a report and holds no sentence, short or
/// long (`2023年1月10日在…会议上…的报告`).
pub(crate) fn offered_piece_title<'a>(text: &'a str, after: &[Line]) -> Option<&'a str> {
    let date_alone = |l: &&Line| {
        find_full_date(&l.text)
            .is_some_and(|(_, said)| !l.text.replacen(said.as_str(), "", 1).chars().any(is_han))
    };
    let headline_follows = after
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(HEADLINE_LOOKAHEAD)
        .find(|l| !date_alone(l))
        .is_some_and(|n| {
            n.text.chars().count() <= HEADLINE_MAX_CHARS
                && !n.text.contains(['。', '，', ',', '！', '？', '；'])
                && names_a_report(&n.text)
        });
    offered_piece_name(text).filter(|_| !headline_follows)
}

/// What a site says its users did with the text it shows (`网友投稿`,
/// `会员上传`).
const USERS_ACTS: [&str; 4] = ["投稿", "上传", "分享", "提供"];

/// `来源：网友投稿`: the site's users put the text up, which names no
/// publisher; a source of its own (`某某日报`) names no uploader.
pub(crate) fn credits_the_sites_users(value: &str) -> bool {
    UPLOADERS.iter().any(|who| {
        value
            .strip_prefix(who)
            .is_some_and(|act| act.is_empty() || USERS_ACTS.contains(&act))
    })
}

/// Whether a line names the document or the site as a word of its own:
/// where nothing of the report's own words is glued before it (the line's
/// or a clause's start, a demonstrative or 的: `该文档`, `当前文档`,
/// `下载后的文档`), or where nothing is glued after it (`免费文档`, a
/// site named after it: `某某范文网`). A subject inside a report's word,
/// glued on both sides, is none (公文档案, 基本文化, 示范文明, 基本网格).
fn names_the_document(folded: &str) -> bool {
    DOCUMENT_SUBJECTS.iter().any(|subject| {
        folded.match_indices(subject).any(|(at, _)| {
            let before = folded[..at].chars().last();
            let after = folded[at + subject.len()..].chars().next();
            before.is_none_or(|c| !is_han(c) || "该此这前的".contains(c))
                || after.is_none_or(|c| !is_han(c) || "网站".contains(c))
                || *subject == "小编"
                // `为您精选`, `为您整理了…篇`: the site's act for its
                // reader; `为您服务` is a report's promise.
                || *subject == "为您"
                    && DOCUMENT_VERBS.iter().any(|v| folded[at + subject.len()..].starts_with(v))
        })
    })
}

/// Labels a document's facts are listed under (`大小：44.50 KB`,
/// `页数：21页`) and the counters beside them (`下载3`, `浏览609`).
const FACT_LABELS: [&str; 10] = [
    "大小", "页数", "字数", "格式", "下载", "浏览", "收藏", "点赞", "评分", "举报",
];
/// Labels of when and where the file was put up: beside its facts only.
const UPLOAD_LABELS: [&str; 2] = ["发布", "时间"];
/// Units of a file's size and of its length.
const FACT_UNITS: [&str; 9] = ["kb", "mb", "gb", "k", "m", "b", "页", "千字", "字"];
/// File types a sharing site names its documents by.
pub(crate) const FILE_TYPES: [&str; 7] = ["doc", "docx", "pdf", "ppt", "pptx", "txt", "wps"];
/// A file's facts stand on a short line.
const FACTS_MAX_CHARS: usize = 80;

/// A number, with `约` before it (`约4.99`), or `-` where a rating is none.
fn is_amount(word: &str) -> bool {
    let word = word.strip_prefix('约').unwrap_or(word);
    word == "-"
        || !word.is_empty()
            && word.chars().all(|c| c.is_ascii_digit() || c == '.')
            && word.starts_with(|c: char| c.is_ascii_digit())
}

#[derive(PartialEq)]
enum Fact {
    /// A bare number.
    Amount,
    /// A size, a length, a file type, a counter: only a file has these.
    OfTheFile,
    /// A day or a place of upload, beside the file's facts.
    Beside,
}

/// One item of a file's facts: an amount, an amount with its unit
/// (`17.39kb`, `52页`, `约4.99千字`), a file type, a label with its amount
/// (`下载3`, `页数:21页`), a date, a label of upload (`发布于某省`).
fn fact(word: &str) -> Option<Fact> {
    if is_amount(word) {
        return Some(Fact::Amount);
    }
    let word = word.trim_start_matches('约');
    let amount_and_unit = FACT_UNITS.iter().any(|u| {
        word.strip_suffix(u)
            .is_some_and(|n| n.is_empty() || is_amount(n))
    });
    let labelled = FACT_LABELS.iter().any(|l| {
        word.strip_prefix(l).is_some_and(|rest| {
            let rest = rest.trim_start_matches(':');
            rest.is_empty() || fact(rest).is_some_and(|f| f != Fact::Beside)
        })
    });
    if amount_and_unit || labelled || FILE_TYPES.contains(&word) {
        return Some(Fact::OfTheFile);
    }
    let upload = UPLOAD_LABELS.iter().any(|l| {
        word.strip_prefix(l).is_some_and(|rest| {
            let rest = rest.trim_start_matches(':');
            rest.is_empty()
                || find_full_date(rest).is_some()
                || rest.strip_prefix('于').is_some_and(|place| {
                    (1..=4).contains(&place.chars().count()) && place.chars().all(is_han)
                })
        })
    });
    let date = find_full_date(word).is_some() && !word.chars().any(is_han);
    (upload || date).then_some(Fact::Beside)
}

/// `• 17.39 KB`, `• 约 11页`, `大小：44.50 KB`, `DOCX 52页 下载3 2023-05-23
/// 浏览609`, `• 0`: a line of nothing but a file's size, length, type and
/// counts (with the day it was put up beside them), as a sharing site
/// lists them over the document; a bare number only after a list's bullet.
pub fn is_file_facts(text: &str) -> bool {
    let folded = fold(text).to_lowercase();
    if folded.chars().count() > FACTS_MAX_CHARS {
        return false;
    }
    let bulleted = folded.trim_start().starts_with(['•', '·']);
    // `17.39 KB`, `约 11页`: the amount and its unit one item.
    let mut items: Vec<String> = Vec::new();
    for word in folded
        .split(|c: char| c.is_whitespace() || matches!(c, '•' | '·' | '|' | '>' | '/'))
        .filter(|w| !w.is_empty())
    {
        let joins = items
            .last()
            .is_some_and(|last| last == "约" || FACT_UNITS.contains(&word) && is_amount(last));
        match items.last_mut() {
            Some(last) if joins => last.push_str(word),
            _ => items.push(word.to_string()),
        }
    }
    let facts: Option<Vec<Fact>> = items.iter().map(|w| fact(w)).collect();
    facts.is_some_and(|facts| {
        facts.contains(&Fact::OfTheFile)
            || bulleted && !facts.is_empty() && facts.iter().all(|f| *f == Fact::Amount)
    })
}

/// A compilation's label over one of its pieces, `篇一 某县政府工作报告
/// 2850字`: the piece's number, its name and how many characters it has.
/// A plan's part (`第一篇 创新驱动发展`) counts no characters.
pub fn is_piece_label(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix('篇') else {
        return false;
    };
    let numbered =
        rest.starts_with(|c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit());
    let Some(count) = text.strip_suffix('字') else {
        return false;
    };
    let digits = count.chars().rev().take_while(char::is_ascii_digit).count();
    numbered && digits > 0 && text.chars().count() <= 60
}

/// A bracketed label alone on its line over a part of the page, `【正文】`,
/// `【概述】`, `[摘要]`: a few characters in brackets, no numeral, no
/// sentence. A report's heading says what the part is about at more length
/// or carries its number.
pub fn is_part_label(text: &str) -> bool {
    let text = text.trim();
    let inner = [('【', '】'), ('[', ']'), ('〔', '〕')]
        .iter()
        .find_map(|(open, close)| text.strip_prefix(*open)?.strip_suffix(*close));
    inner.is_some_and(|inner| {
        (2..=4).contains(&inner.chars().count())
            && inner
                .chars()
                .all(|c| is_han(c) && !"一二三四五六七八九十".contains(c))
    })
}

/// What a meeting's papers are called on the label over each of them.
const PAPERS: [&str; 2] = ["材料", "文件"];

/// The label a meeting sets over each of its papers, with the paper's
/// number (`某某县第十五届人民代表大会第四次会议材料(九)`, `大会文件之三`):
/// the meeting's file, over the report's own title, no title itself.
pub(crate) fn labels_meeting_papers(text: &str) -> bool {
    let text = text.trim();
    let numbered = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十〇零".contains(c))
    };
    let bare = [('(', ')'), ('（', '）')]
        .iter()
        .find_map(|(open, close)| {
            let inner = text.strip_suffix(*close)?;
            let at = inner.rfind(*open)?;
            numbered(&inner[at + open.len_utf8()..]).then(|| &inner[..at])
        })
        .or_else(|| {
            let at = text.rfind('之')?;
            numbered(&text[at + '之'.len_utf8()..]).then(|| &text[..at])
        });
    bare.is_some_and(|bare| {
        PAPERS.iter().any(|p| bare.ends_with(p)) && (bare.contains("会议") || bare.contains("大会"))
    })
}

/// The mark a journal index sets where an article's text starts.
const TEXT_MARK: &str = "<正>";
/// A label before that mark (`简介：`, `摘要`) is a word or two.
const MARK_LABEL_MAX_CHARS: usize = 4;

/// A journal index's mark where the article's text starts, `<正>`, and the
/// label it stands under (`简介：<正>各位代表：…`, or `摘要` alone on the
/// line above): set aside, the text after the mark kept as its line.
pub(crate) fn without_text_marks(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    for mut line in lines {
        let Some(at) = line.text.find(TEXT_MARK) else {
            kept.push(line);
            continue;
        };
        let before = line.text[..at].trim();
        let label = before.trim_end_matches([':', '：']);
        let is_label =
            |text: &str| text.chars().count() <= MARK_LABEL_MAX_CHARS && text.chars().all(is_han);
        // At the line's start, or after a label and its colon.
        if !(before.is_empty() || label.len() < before.len() && is_label(label)) {
            kept.push(line);
            continue;
        }
        // `摘要` alone over the marked line: the same label.
        if kept
            .last()
            .is_some_and(|l| !l.text.is_empty() && is_label(l.text.trim()) && label.is_empty())
        {
            let above = kept.pop().expect("a line above");
            noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: above.text,
                line: above.number,
            });
        }
        let end = at + TEXT_MARK.len();
        noise.push(Noise {
            kind: NoiseKind::Metadata,
            text: line.text[..end].to_string(),
            line: line.number,
        });
        line.text = line.text[end..].trim_start().to_string();
        if !line.text.is_empty() {
            kept.push(line);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meetings_label_names_its_paper_by_number() {
        for label in [
            "某某县第十五届人民代表大会第四次会议材料(九)",
            "某某市人民代表大会第二次会议文件（3）",
            "大会文件之三",
        ] {
            assert!(labels_meeting_papers(label), "{label}");
        }
        for line in [
            "政府工作报告",
            "某某县第十五届人民代表大会第四次会议材料",
            "学习材料(一)",
            "会议材料(附件)",
        ] {
            assert!(!labels_meeting_papers(line), "{line}");
        }
    }

    #[test]
    fn a_sharing_sites_notices_about_its_document() {
        for line in [
            "1、本资料由网友上传，仅供预览，下载后可阅读全文。",
            "温馨提示：当前文档最多只能预览2页，请下载原文档以浏览全部内容。",
            "想看往年的工作报告吗？下面小编为大家分享一篇，一起看看吧！",
            "资源描述：《某镇工作报告》由会员上传分享，免费在线阅读。",
            "说明：文章内容仅供预览，下载后的文档与显示的一致。",
        ] {
            assert!(is_document_notice(line), "{line}");
        }
        for line in [
            "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。",
            "政务服务APP注册用户突破120万，办件量增长30%。",
            "推动优质教育资源共享，建成智慧课堂200间。",
            "会员单位达到350家，行业协会作用进一步发挥。",
        ] {
            assert!(!is_document_notice(line), "{line}");
        }
    }

    #[test]
    fn a_files_facts_over_the_document() {
        for line in [
            "• 36 KB",
            "• 12页",
            "• 约 8页",
            "• 约3.2千字",
            "大小：52.10 KB",
            "页数：18页",
            "DOCX 30页 下载5 2024-03-02 浏览120 收藏0",
            "• 0",
            "• 举报",
            "时间：2024-03-02 大小：36 KB",
        ] {
            assert!(is_file_facts(line), "{line}");
        }
        for line in [
            "2023",
            "2024年3月2日",
            "一、工作回顾",
            "增长6.1%",
            "发布会",
            "发布时间：2024-03-02",
            "• 2024-03-02 发布于河南",
            "3 500",
            "全年完成投资52亿元",
        ] {
            assert!(!is_file_facts(line), "{line}");
        }
    }

    #[test]
    fn a_journal_indexs_mark_where_the_text_starts() {
        let mut noise = Vec::new();
        let lines = report_core::text::layout::read_lines(
            "摘要\n<正>各位代表：我代表县人民政府作工作报告。\n简介：<正>过去一年，全县经济平稳运行。\n他说<正>不是标记",
        );
        let texts: Vec<String> = without_text_marks(lines, &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            texts,
            [
                "各位代表：我代表县人民政府作工作报告。",
                "过去一年，全县经济平稳运行。",
                "他说<正>不是标记"
            ]
        );
        assert_eq!(noise.len(), 3);
    }

    #[test]
    fn a_compilations_label_over_one_piece() {
        assert!(is_piece_label("篇一 2023年某市政府工作报告全文2850字"));
        assert!(is_piece_label("篇二 某县政府工作报告 3100字"));
        assert!(!is_piece_label("第一篇 创新驱动发展"));
        assert!(!is_piece_label("篇幅所限，不再赘述"));
        assert!(!is_piece_label("篇一 某县政府工作报告"));
    }

    #[test]
    fn a_bracketed_label_over_a_part_of_the_page() {
        for line in ["【正文】", "【概述】", "[摘要]"] {
            assert!(is_part_label(line), "{line}");
        }
        for line in [
            "【一】",
            "【2023年工作回顾】",
            "【坚持稳中求进，推动高质量发展】",
            "正文",
        ] {
            assert!(!is_part_label(line), "{line}");
        }
    }
}
