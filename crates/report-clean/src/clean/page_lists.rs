//! Lines that list what else a site or a document offers, never the
//! report's own words: the site's menu copied as one line, a download
//! under the article, a table of contents. Each is read by its shape (short
//! names set apart, a file's extension, dots leading to a page number).

use crate::clean::metadata::{is_organ_line, parse_speaker_line};
use crate::clean::title_lines::names_a_report;
use report_core::text::fold::{fold, is_han};
use report_core::text::layout::{has_sentence_end, Line};
use report_core::text::names::is_person_name;
use report_core::{Noise, NoiseKind};

/// Marks that separate the items of a menu written out as text:
/// `首页 | 政府信息 | 政务动态`, `网站首页 · 机构概况 · 政务公开`.
const MENU_MARKS: [char; 6] = ['|', '｜', '·', '•', '/', '丨'];
/// A menu item is a short name: `首页`, `政务公开`, `走进鄂托克`.
const MENU_ITEM_CHARS: std::ops::RangeInclusive<usize> = 2..=8;
/// How many items make a menu: with marks between them, three; set apart
/// by spaces only, four (two or three spaced words are a title or a byline).
const MENU_MIN_MARKED: usize = 3;
const MENU_MIN_SPACED: usize = 4;
/// A row this long is a menu though an item or two read as names.
const MENU_MIN_LONG: usize = 5;

/// A site's menu as a line of text, copied from the page's top bar:
/// several short names set apart, no sentence, no figure, mostly no
/// person's name.
/// Read by its shape, not by the names sites give their columns.
pub fn is_menu_row(text: &str) -> bool {
    let marked = text.contains(MENU_MARKS);
    let items: Vec<String> = text
        .split(|c: char| MENU_MARKS.contains(&c))
        .flat_map(|part| {
            let words: Vec<&str> = part
                .split(|c: char| c.is_whitespace() || c == '\u{3000}')
                .filter(|w| !w.is_empty())
                .collect();
            // A column's name letter-spaced between marks (`学 者`) is one
            // item, its characters one by one.
            let spaced = marked
                && words.len() > 1
                && words
                    .iter()
                    .all(|w| w.chars().count() == 1 && w.chars().all(is_han));
            if spaced {
                vec![words.concat()]
            } else {
                words.into_iter().map(str::to_string).collect()
            }
        })
        .collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let enough = items.len()
        >= if marked {
            MENU_MIN_MARKED
        } else {
            MENU_MIN_SPACED
        };
    // A column's name may read as a person's (`时政`, `文明`) in a long
    // row; a row of names (`张三 李四 王五 赵六`) is mostly names, and a
    // speaker's line (`地区行署专员 艾尔肯·吐尼亚孜`) holds one.
    let names = items.iter().filter(|item| is_person_name(item)).count();
    let names_allowed = if items.len() >= MENU_MIN_LONG {
        (items.len() - 1) / 2
    } else {
        0
    };
    // A site's top bar names its other versions in English beside the
    // Chinese columns (`Home | English | 无障碍 | 长者模式`): a Latin word
    // is an item where marks set the row apart and most items are Chinese.
    let han_item =
        |item: &&str| MENU_ITEM_CHARS.contains(&item.chars().count()) && item.chars().all(is_han);
    let latin_item = |item: &&str| {
        marked
            && LATIN_ITEM_CHARS.contains(&item.len())
            && item.chars().all(|c| c.is_ascii_alphabetic())
    };
    let han_items = items.iter().filter(|item| han_item(item)).count();
    // A speaker's name transliterated with its dot (`努尔兰·阿合买提`) is
    // no row of items.
    enough
        && parse_speaker_line(text).is_none()
        && names <= names_allowed
        && 2 * han_items > items.len()
        && items.iter().all(|item| han_item(item) || latin_item(item))
}

/// A Latin word in a site's top bar: `Home`, `English`, `EN`.
const LATIN_ITEM_CHARS: std::ops::RangeInclusive<usize> = 2..=12;

/// Extensions of the files a page offers for download.
const DOCUMENT_EXTENSIONS: [&str; 10] = [
    ".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".ofd", ".zip", ".rar", ".txt",
];
const ATTACHMENT_MAX_CHARS: usize = 80;

/// A download offered under an article: `相关附件：2022年政府工作报告.pdf`,
/// `附件下载：报告全文.docx`, a bare file name. The report's own text never
/// ends in a file extension.
pub fn is_attachment(text: &str) -> bool {
    let folded = fold(text).to_lowercase();
    let folded = without_size_and_count(&folded);
    let folded = folded.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ')' | '）'));
    folded.chars().count() <= ATTACHMENT_MAX_CHARS
        && !has_sentence_end(folded)
        && DOCUMENT_EXTENSIONS.iter().any(|x| folded.ends_with(x))
}

/// A file's name less what a download list sets after it: how often it
/// was fetched (`下载次数：12`, `下载：3次`) and its size in brackets
/// (`（56.2KB）`, `(1.2 MB)`). Takes folded text.
fn without_size_and_count(text: &str) -> &str {
    let mut text = text.trim_end();
    if let Some(at) = text.rfind("下载") {
        let count = text[at..]
            .trim_start_matches("下载")
            .trim_start_matches("次数")
            .trim_start_matches([':', '：'])
            .trim_end_matches('次');
        if !count.is_empty() && count.trim().chars().all(|c| c.is_ascii_digit()) {
            text = text[..at].trim_end();
        }
    }
    if let Some(inner) = text.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let size = inner[open + 1..]
                .trim()
                .trim_end_matches(['b', 'k', 'm', 'g'])
                .trim_end();
            let unit = inner[open + 1..].trim()[size.len()..].trim();
            if !size.is_empty()
                && size.chars().all(|c| c.is_ascii_digit() || c == '.')
                && matches!(unit, "b" | "k" | "kb" | "m" | "mb" | "g" | "gb")
            {
                text = inner[..open].trim_end();
            }
        }
    }
    text
}

/// A label over a page's downloads is a few words: `附件：`, `相关附件：`.
const ATTACHMENT_LABEL_MAX_CHARS: usize = 8;

/// A short label ending in a colon over a download (`附件：` over
/// `1. 报告全文.pdf`): the page's list of files, not the report's appendix,
/// which goes on in words. A label that names downloads (`附件下载：`) and
/// ends the text heads the files its page set aside as links.
pub fn heads_attachments(text: &str, next: Option<&str>) -> bool {
    let text = text.trim();
    text.ends_with([':', '：'])
        && text.chars().count() <= ATTACHMENT_LABEL_MAX_CHARS
        && match next {
            Some(next) => is_attachment(next),
            None => text.contains("下载"),
        }
}

/// Characters that lead from a contents entry to its page number.
fn is_leader(c: char) -> bool {
    matches!(c, '…' | '.' | '·' | '．' | '-' | '—' | '－' | '⋯' | ' ')
}
const CONTENTS_ENTRY_MAX_CHARS: usize = 80;
/// A run of leaders at least this long: `……` or `....`, not a decimal point.
const LEADER_RUN: usize = 2;

/// A table of contents, as a PDF or Word copy carries it: its heading
/// (`目录`, `目  录`) and its entries, each led to a page number by dots
/// (`一、2022年工作回顾……………………1`). Never the report's own text.
pub fn is_contents_line(text: &str) -> bool {
    if is_contents_heading(text) {
        return true;
    }
    let without_page = text.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let page_given = without_page.len() < text.trim_end().len();
    let run: String = {
        let mut run: Vec<char> = without_page
            .chars()
            .rev()
            .take_while(|c| is_leader(*c))
            .collect();
        run.reverse();
        run.into_iter().collect()
    };
    // Dashes set apart one by one are a table's empty cells (`— — 10`), no
    // leader: a leader runs on, or is made of dots.
    let dashes_apart = run
        .split(' ')
        .filter(|piece| !piece.is_empty())
        .all(|piece| piece.chars().count() == 1 && matches!(piece, "-" | "—" | "－"));
    page_given
        && run.chars().count() >= LEADER_RUN
        && !(dashes_apart && run.contains(' '))
        && without_page.chars().any(is_han)
        && text.chars().count() <= CONTENTS_ENTRY_MAX_CHARS
}

/// A table of contents' heading: `目录`, `目  录`, `Contents`.
fn is_contents_heading(text: &str) -> bool {
    let bare: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    bare == "目录" || bare.eq_ignore_ascii_case("contents")
}

/// An entry under a contents heading, its page number set apart by a space
/// only (`一、2023年工作回顾 1`): no sentence, a number at its end.
fn is_spaced_contents_entry(text: &str) -> bool {
    let Some((entry, page)) = text.trim_end().rsplit_once(char::is_whitespace) else {
        return false;
    };
    !page.is_empty()
        && page.chars().all(|c| c.is_ascii_digit())
        && entry.chars().count() <= CONTENTS_ENTRY_MAX_CHARS
        && entry.chars().any(is_han)
        && !has_sentence_end(entry)
}

/// Most entries a contents heading lists before the text starts over.
const CONTENTS_MAX_ENTRIES: usize = 60;

/// Where a contents heading's entries give no page numbers at all (a web
/// page's copy): the short lines under it up to the line that repeats its
/// first entry, where the text itself starts (`目录` / `第一部分 报告` /
/// `第二部分 …` / … / `第一部分 报告` / the report). Without that repeat
/// nothing is taken: the lines may be the report's own.
fn unnumbered_contents(lines: &[Line]) -> Vec<bool> {
    let mut entries = vec![false; lines.len()];
    // A salutation (`各位代表：`) or any line over a colon is the text's.
    let is_entry = |l: &Line| {
        l.is_short() && !has_sentence_end(&l.text) && !l.text.trim_end().ends_with([':', '：'])
    };
    for (i, line) in lines.iter().enumerate() {
        let first = i + 1;
        if !is_contents_heading(&line.text) || !lines.get(first).is_some_and(is_entry) {
            continue;
        }
        let repeat = lines
            .iter()
            .enumerate()
            .skip(first + 1)
            .take(CONTENTS_MAX_ENTRIES)
            .take_while(|(_, l)| is_entry(l))
            .find(|(_, l)| l.text.trim() == lines[first].text.trim())
            .map(|(k, _)| k);
        if let Some(k) = repeat.filter(|k| k - first >= 2) {
            entries[first..k].iter_mut().for_each(|e| *e = true);
        }
    }
    entries
}

/// Sets aside the entries a contents heading (`目  录`) stands over where
/// they give their page numbers after a space, not dots: only right under
/// that heading, while every line is such an entry; or where they give
/// none, up to the line where the text starts over (`unnumbered_contents`).
pub fn set_aside_spaced_contents(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let unnumbered = unnumbered_contents(&lines);
    let mut under_contents = false;
    lines
        .into_iter()
        .zip(unnumbered)
        .filter(|(line, unnumbered)| {
            if is_contents_heading(&line.text) {
                under_contents = true;
                return true;
            }
            under_contents &= is_spaced_contents_entry(&line.text);
            let under_contents = under_contents || *unnumbered;
            if under_contents {
                noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: line.text.clone(),
                    line: line.number,
                });
            }
            !under_contents
        })
        .map(|(line, _)| line)
        .collect()
}

/// A menu's items set one per line, as a side column or a toolbar copies:
/// this many in a row at least (two or three short lines are a title, a
/// speaker's office over the name).
const MENU_COLUMN_MIN: usize = 4;

/// One item of a menu set one per line: a short name of letters only, no
/// figure, mark or space (`机构简介`, `读屏`, `白底黑字蓝链接`), and
/// neither a person's name nor an organ's: a title's block sets those
/// one per line too (`某某县人民政府` / `政府工作报告` / `县长` / `张某某`).
fn is_menu_item(text: &str) -> bool {
    MENU_ITEM_CHARS.contains(&text.chars().count())
        && text.chars().all(|c| is_han(c) || c.is_ascii_alphabetic())
        && !is_person_name(text)
        && !is_organ_line(text)
}

/// Sets aside a site's menu or toolbar set one item per line above the
/// report: `MENU_COLUMN_MIN` or more such items in a row among the lines
/// before the first of prose. A last item naming a report (`政府工作报告`)
/// may be the headline under the menu, and stays, unless a line naming a
/// report follows it (then it is the menu's column of reports).
pub fn set_aside_menu_columns(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let prose = lines
        .iter()
        .position(|l| !l.is_short())
        .unwrap_or(lines.len());
    let mut menu = vec![false; lines.len()];
    let mut i = 0;
    while i < prose {
        let run = lines[i..prose]
            .iter()
            .take_while(|l| is_menu_item(&l.text))
            .count();
        let mut end = i + run;
        let headline_under = lines.get(end).is_some_and(|n| names_a_report(&n.text));
        if run > 0 && names_a_report(&lines[end - 1].text) && !headline_under {
            end -= 1;
        }
        if end - i >= MENU_COLUMN_MIN {
            menu[i..end].iter_mut().for_each(|m| *m = true);
        }
        i += run.max(1);
    }
    lines
        .into_iter()
        .zip(menu)
        .filter_map(|(line, menu)| {
            if menu {
                noise.push(Noise {
                    kind: NoiseKind::Breadcrumb,
                    text: line.text.clone(),
                    line: line.number,
                });
            }
            (!menu).then_some(line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn menus_written_out_as_text() {
        for line in [
            "首页 | 政府信息 | 政务动态 | 办事指南",
            "网站首页 机构概况 政务公开 发改动态 政策法规",
            "网站首页 · 走进鄂托克 · 互动交流",
            "首页｜新闻中心｜政务公开",
            "首页 新闻 时政 财经 地方",
            "Home | English | 无障碍 | 适老化 | 长者模式 | 登录 | 注册",
            // A column's name letter-spaced among marked items.
            "专题研究 | 政治史 | 经济史 | 征文启事 | 学 者",
        ] {
            assert!(is_menu_row(line), "{line}");
        }
        for line in [
            "政府工作报告 | 2024",
            "乡村振兴 城市更新 科技创新",
            "市长 张杰辉",
            "张三 李四 王五 赵六",
            "张三 李四 时政 王五",
            "地区行署专员 艾尔肯·吐尼亚孜",
            "地区人大工委主任 努尔兰·阿合买提",
            "一、2024年工作回顾",
            "指标 单位 2023年 增长",
            "政 府 工 作 报 告",
            "关于2022年计划执行情况的报告 | 铜陵市发改委 | 2023年",
            "Home | English | Contact | 首页",
            "GDP 增长 CPI 上涨",
            "政 | 府 | 工 | 作",
        ] {
            assert!(!is_menu_row(line), "{line}");
        }
    }

    #[test]
    fn downloads_and_contents() {
        assert!(is_attachment("相关附件：2022年政府工作报告.pdf"));
        assert!(is_attachment("附件下载：报告全文.DOCX"));
        assert!(heads_attachments("附件：", Some("1. 报告全文.pdf")));
        assert!(!heads_attachments("附件：", Some("名词解释")));
        assert!(!heads_attachments("附件：", None));
        assert!(heads_attachments("附件下载：", None));
        assert!(!heads_attachments("主要任务：", None));
        // A file's size and its downloads after its name.
        assert!(is_attachment(
            "2024年某县政府工作报告.docx（56.2KB）下载次数：12"
        ));
        assert!(is_attachment("附表：主要经济指标.xls (18 KB)"));
        assert!(is_attachment("报告全文.pdf 下载：3次"));
        assert!(!is_attachment("报告全文（56.2KB）"));
        assert!(!heads_attachments(
            "今年主要预期目标是：",
            Some("1. 报告全文.pdf")
        ));
        assert!(is_attachment("（报告全文.docx）"));
        for line in [
            "目  录",
            "目录",
            "一、2022年工作回顾……………………1",
            "二、2023年工作安排 .......... 12",
            "（一）稳增长·····3",
            "三、附件 —— 21",
        ] {
            assert!(is_contents_line(line), "{line}");
        }
        for line in [
            "增长6.5",
            "一、2022年工作回顾",
            "全年完成投资120亿元……",
            "目录管理改革",
            // A table's row with empty cells.
            "固定资产投资 亿元 — — 10",
        ] {
            assert!(!is_contents_line(line), "{line}");
        }
        assert!(!is_attachment("全面推行电子证照，办事材料精简到一个PDF。"));
        assert!(!is_attachment("一、2021年工作回顾"));
    }

    #[test]
    fn contents_without_page_numbers_up_to_where_the_text_starts() {
        let kept = |text: &str| -> Vec<String> {
            set_aside_spaced_contents(read_lines(text), &mut Vec::new())
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        let text = "目录\n第一部分 报告\n第二部分 预算表格\n一、收支执行情况表\n第一部分 报告\n\
                    关于某县预算执行情况的报告\n各位代表：\n";
        assert_eq!(
            kept(text),
            [
                "目录",
                "第一部分 报告",
                "关于某县预算执行情况的报告",
                "各位代表："
            ]
        );
        // The report's own headings under a 目录 line, its salutation or
        // its prose before the repeat, stay.
        for text in [
            "目录\n一、工作回顾\n二、工作安排\n各位代表：\n一、工作回顾\n",
            "目录\n一、工作回顾\n全年经济平稳运行。\n一、工作回顾\n",
        ] {
            let before: Vec<String> = read_lines(text).into_iter().map(|l| l.text).collect();
            assert_eq!(kept(text), before, "{text}");
        }
    }

    #[test]
    fn contents_with_their_page_numbers_after_a_space() {
        let text = "某县政府工作报告\n目  录\n一、2023年工作回顾 1\n二、2024年工作安排 8\n\
                    各位代表：\n一、2023年工作回顾\n全县实现地区生产总值 562 亿元。\n";
        let mut noise = Vec::new();
        let kept: Vec<String> = set_aside_spaced_contents(read_lines(text), &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(noise.len(), 2);
        assert_eq!(kept.len(), 5);
        // Without a contents heading above, a line ending in a number stays.
        let mut noise = Vec::new();
        set_aside_spaced_contents(read_lines("二、主要指标 2024\n"), &mut noise);
        assert!(noise.is_empty());
    }

    #[test]
    fn a_menu_set_one_item_per_line_above_the_report() {
        let text = "首页\n机构简介\n新闻中心\n政务公开\n工作报告\n2030年某某县人民检察院工作报告\n时间：2031-01-10\n一年来，全县检察机关依法履职，各项工作取得新进展，共受理案件1200件。";
        let mut noise = Vec::new();
        let out = set_aside_menu_columns(read_lines(text), &mut noise);
        assert_eq!(out[0].text, "2030年某某县人民检察院工作报告");
        assert_eq!(noise.len(), 5);
        // Three short lines are no menu; nor are short lines under prose.
        let text = "某某县人民政府\n政府工作报告\n县长\n张某某\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n农业\n工业\n服务业\n教育";
        let mut noise = Vec::new();
        let out = set_aside_menu_columns(read_lines(text), &mut noise);
        assert_eq!(out.len(), 10);
        assert!(noise.is_empty());
    }
}
