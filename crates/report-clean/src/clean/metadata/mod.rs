//! Metadata lines ("来源:… 作者:… 发布时间:…"), bylines and datelines.

use crate::clean::document_notices::credits_the_sites_users;
use crate::clean::noise::advertising_prefix;
use report_core::text::dates::{chinese_numeral_date, find_full_date, PartialDate};
use report_core::text::fold::{fold_char, is_han, is_space};
use report_core::text::layout::{has_sentence_end, is_sentence_end, SHORT_LINE_CHARS};
use report_core::text::names::is_person_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Source,
    Author,
    /// When the page was published (发布日期, 时间…).
    Date,
    /// When the document was written or issued (成文日期): a date, but the
    /// publication date wins where the line states both.
    Written,
    /// Editor, read counts, font-size controls: recognised, not kept.
    Other,
}

/// Labels, longest first so that "发布时间" wins over "时间".
const LABELS: [(&str, Field); 52] = [
    ("责任编辑", Field::Other),
    // An article's keywords, as a news or document site lists them.
    (KEYWORDS, Field::Other),
    // The grid over a government's disclosed document (政府信息公开).
    ("索引号", Field::Other),
    ("主题分类", Field::Other),
    ("主题词", Field::Other),
    ("发布机构", Field::Source),
    ("发布单位", Field::Source),
    // Who put the page up: a unit is the source, a person's name no source.
    ("发布者", Field::Source),
    ("发文机关", Field::Source),
    ("发文机构", Field::Source),
    ("成文日期", Field::Written),
    ("发文日期", Field::Written),
    ("文号", Field::Other),
    ("标题", Field::Title),
    ("名称", Field::Title),
    ("发表于", Field::Date),
    ("发表时间", Field::Date),
    ("新闻来源", Field::Source),
    ("发布时间", Field::Date),
    ("发布日期", Field::Date),
    ("更新时间", Field::Date),
    ("信息来源", Field::Source),
    ("文章来源", Field::Source),
    ("稿件来源", Field::Source),
    // News sites' shorter words for the same: where the text came from.
    ("稿源", Field::Source),
    (SUPPLIED, Field::Source),
    // A 范文 site's `来自：www.example.com`, a catalogue's `单位 某某委员会`.
    (FROM, Field::Source),
    (UNIT, Field::Source),
    ("字数", Field::Other),
    ("出处", Field::Source),
    ("浏览次数", Field::Other),
    // Counters a page sets among its fields (`来源：旗政府办浏览量：356`).
    ("浏览量", Field::Other),
    ("阅读量", Field::Other),
    ("访问量", Field::Other),
    ("点击数", Field::Other),
    ("点击量", Field::Other),
    ("来源", Field::Source),
    ("作者", Field::Author),
    ("记者", Field::Author),
    ("时间", Field::Date),
    ("日期", Field::Date),
    ("编辑", Field::Other),
    ("字号", Field::Other),
    ("阅读", Field::Other),
    ("点击", Field::Other),
    // A mirror's English labels (a Hong Kong site's `Source:`).
    ("Source", Field::Source),
    ("From", Field::Source),
    ("Author", Field::Author),
    ("Published", Field::Date),
    ("Updated", Field::Date),
    ("Date", Field::Date),
    // `发布：23-01-15 10:30`: 发布 alone labels a publisher as often as a
    // time, so it labels a date only where figures follow its colon.
    (PUBLISHED, Field::Date),
];

/// The label of an article's keywords: the line it opens lists words,
/// however many (`关键词：某某 某某 …`).
const KEYWORDS: &str = "关键词";

/// Supplied (by): labels what follows only after a colon where it closes
/// a name (see [`label_at`]).
const SUPPLIED: &str = "供稿";

/// The bare verb of publishing as a label (see [`label_at`]).
const PUBLISHED: &str = "发布";

/// `来自`: a label only before a colon; in prose it is a verb (`来自全县`).
const FROM: &str = "来自";

/// `单位`: a label only opening its line before an organ's name, with or
/// without a colon or a space (`单位 某某委员会`); before a unit of
/// measure (`单位：万元`) or in prose (`单位面积`) it is none.
const UNIT: &str = "单位";

/// What a metadata line says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MetadataLine {
    /// A title the page labels as such (`标题：`, `名称：`).
    pub title: Option<String>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<(PartialDate, String)>,
    /// The date is only when the document was written (成文日期): a
    /// publication date on a later line of the same grid displaces it.
    pub date_is_written: bool,
    /// Article text glued onto the end of the line, as some pages render it.
    pub trailing_body: Option<String>,
    /// An advertising site name found between the fields and the body.
    pub advertising: Option<String>,
}

impl MetadataLine {
    /// Takes `date` where this line has none, or where this one is only
    /// when the document was written and `date` is when it was published
    /// (a disclosure grid's 成文日期 line above its 发布日期 line).
    pub fn merge_date(&mut self, date: Option<(PartialDate, String)>, is_written: bool) {
        let Some(date) = date else { return };
        if self.date.is_none() || self.date_is_written && !is_written {
            self.date = Some(date);
            self.date_is_written = is_written;
        }
    }
}

/// A label at `chars[at..]` that is followed by a value, not part of prose.
/// Returns the characters it spans and its field. A disclosure grid spaces
/// its labels out to one width (`标    题：`, `索 引 号：`); such a label must
/// start the line or follow a space, and be followed by a colon.
fn label_at(chars: &[char], at: usize) -> Option<(usize, Field)> {
    LABELS.iter().find_map(|(label, field)| {
        let mut end = at;
        let mut spaced = false;
        for (n, want) in label.chars().enumerate() {
            while n > 0 && chars.get(end).copied().is_some_and(is_space) {
                end += 1;
                spaced = true;
            }
            if chars.get(end) != Some(&want) {
                return None;
            }
            end += 1;
        }
        let next = chars.get(end).copied().map(fold_char);
        // An English word is a label only as a whole word before a colon.
        let followed = if *label == PUBLISHED {
            next == Some(':')
                && chars[end + 1..]
                    .iter()
                    .find(|c| !is_space(**c))
                    .is_some_and(|c| fold_char(*c).is_ascii_digit())
        } else if label.is_ascii() {
            next == Some(':') && (at == 0 || !chars[at - 1].is_alphanumeric())
        } else if *label == FROM {
            next == Some(':')
        } else if *label == UNIT {
            let value: String = chars[end..].iter().collect();
            let value = value.trim_start_matches(|c: char| is_space(c) || matches!(c, ':' | '：'));
            at == 0 && value.split(is_space).next().is_some_and(names_an_organ)
        } else if *label == SUPPLIED && at > 0 && !is_space(chars[at - 1]) {
            // `某某供稿 摄影/张三`: the word closes the supplier's name
            // before it; only `供稿：` labels what follows.
            next == Some(':')
        } else if spaced {
            next == Some(':') && (at == 0 || is_space(chars[at - 1]))
        } else {
            matches!(next, Some(':') | Some(' ') | Some('·') | None)
                || next.is_some_and(|c| c.is_ascii_digit())
        };
        followed.then_some((end - at, *field))
    })
}

/// Reads a metadata line, or returns `None` when the line is not one.
/// A metadata line has a labelled field or starts with a full date.
pub fn parse_metadata_line(text: &str) -> Option<MetadataLine> {
    let (fields_text, body) = split_trailing_body(text);
    let chars: Vec<char> = fields_text.chars().collect();
    let mut labels: Vec<(usize, usize, Field)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((len, field)) = label_at(&chars, i) {
            labels.push((i, len, field));
            i += len;
        } else {
            i += 1;
        }
    }
    // A date opening the line, set apart from what follows: a headline
    // that starts with its day (`2024年1月3日某某县召开…`) is no metadata.
    // A date in figures run into its publisher's name, as adjacent spans
    // leave it (`2024-01-22某某区人民政府办公室`), is.
    let opening_date = find_full_date(fields_text).map(|(_, s)| s);
    let starts_with_date = opening_date.as_deref().is_some_and(|s| {
        fields_text.strip_prefix(s).is_some_and(|rest| {
            !rest.starts_with(is_han) || s.is_ascii() && unlabelled_publisher(rest).is_some()
        })
    });
    if labels.is_empty() && !starts_with_date {
        return None;
    }
    let lists_keywords = labels.len() == 1
        && labels[0].0 == 0
        && chars[..labels[0].1].iter().collect::<String>() == KEYWORDS;
    if body.is_none() && chars.len() > 2 * SHORT_LINE_CHARS && !lists_keywords {
        return None;
    }
    let mut meta = MetadataLine::default();
    let mut published = None;
    let mut written = None;
    let mut organ_author = None;
    for (n, &(at, len, field)) in labels.iter().enumerate() {
        let end = labels.get(n + 1).map_or(chars.len(), |l| l.0);
        let value: String = chars[at + len..end].iter().collect();
        let value =
            // `【来源：某某】【作者：某某】`: each field in its own brackets.
            value.trim_matches(|c: char| {
                is_space(c) || matches!(c, ':' | '：' | '·' | '|' | '【' | '】' | '[' | ']')
            });
        // A bracket opening after the value starts the page's controls
        // (`来源：县政府办【字体：大 中 小】`), no part of the value.
        let value = value.split(['【', '[']).next().unwrap_or(value).trim_end();
        // `（来源：某某新闻网）`: the field in brackets of its own, whose
        // closing one is no part of the value: more close than open in it
        // (`某某网（某某县））` keeps its own pair).
        let count = |marks: [char; 2]| value.chars().filter(|c| marks.contains(c)).count();
        let value = match value.strip_suffix(['）', ')']) {
            Some(open) if count(['）', ')']) > count(['（', '(']) => open.trim_end(),
            _ => value,
        };
        match field {
            Field::Title if !value.is_empty() => {
                meta.title.get_or_insert_with(|| value.to_string());
            }
            // `来源： 分享到：`: the value is the next control's label.
            Field::Source if !value.is_empty() && !value_is_a_label(&chars[at + len..end]) => {
                // A name in Latin letters is its words (`Zhangjiagang
                // Municipal Government`); a Chinese one ends at a space or
                // the bar before the next field (`网络整理| 查看：265`).
                let latin = value
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || is_space(c));
                let first = match value.split(|c| is_space(c) || c == '|').next() {
                    Some(first) if !latin => first,
                    _ => value,
                };
                if !is_person_name(first)
                    && !SELF_REFERENCES.contains(&first)
                    && !credits_the_sites_users(first)
                {
                    meta.source.get_or_insert_with(|| first.to_string());
                }
            }
            // `张工作政府工作报告。新华社记者 李四`: a sentence before the
            // credit says what a picture shows; who took it wrote nothing.
            Field::Author if chars[..at].iter().any(|c| is_sentence_end(*c)) => {}
            Field::Author => {
                if let Some(names) = names_between_roles(value) {
                    meta.authors.extend(names);
                } else if let Some(name) = parse_speaker_line(value) {
                    // `作者：某某省省长 张某某`: the speaker's line as the
                    // author's value, an office before the name.
                    meta.authors.push(name);
                } else if organ_author.is_none() {
                    organ_author = value
                        .split(is_space)
                        .next()
                        .filter(|first| names_an_organ(first))
                        .map(str::to_string);
                }
            }
            // `发布日期：二〇二三年一月十六日`: the date in Chinese numerals too.
            Field::Date | Field::Written if published.is_none() => {
                let stated = find_full_date(value)
                    .or_else(|| chinese_numeral_date(value))
                    .or_else(|| english_month_date(value))
                    .or_else(|| figures_only_date(value));
                if field == Field::Date {
                    published = stated;
                } else {
                    written = written.or(stated);
                }
            }
            _ => {}
        }
    }
    // `作者：县政府办`: an organ credited as author published the page.
    meta.source = meta.source.or(organ_author);
    // `2024-01-15 08:30 | 汝城县人民政府 | 浏览：1203`: a date-led line
    // names its publisher unlabelled, a field set apart by bars or spaces.
    if meta.source.is_none() && starts_with_date {
        let unlabelled: String = chars[..labels.first().map_or(chars.len(), |l| l.0)]
            .iter()
            .collect();
        let said = opening_date.as_deref().unwrap_or_default();
        meta.source = unlabelled_publisher(&unlabelled.replacen(said, " ", 1));
    }
    // A date under no date label (`2024-01-08 来源：…`) is the posting's.
    meta.date_is_written = published.is_none() && written.is_some();
    meta.date = published
        .or(written)
        .or_else(|| find_full_date(fields_text));
    if let Some(body) = body {
        match advertising_prefix(&body) {
            Some(len) => {
                meta.advertising = Some(body[..len].to_string());
                meta.trailing_body = Some(body[len..].trim_start().to_string());
            }
            None => meta.trailing_body = Some(body),
        }
    }
    Some(meta)
}

/// A field's value that is only the label of the next control, its colon
/// and nothing after it (`来源： 分享到：`), or the page's controls opening
/// in their bracket on a label of their own (`来源： 【字体：大 中 小】`).
fn value_is_a_label(value: &[char]) -> bool {
    let value: String = value.iter().collect();
    let value = value
        .trim_start_matches(|c: char| is_space(c) || matches!(c, ':' | '：'))
        .trim_end_matches(is_space);
    if let Some(control) = value.strip_prefix(['【', '[']) {
        return control
            .split(['】', ']'])
            .next()
            .is_some_and(|c| c.contains([':', '：']));
    }
    value.ends_with([':', '：']) && !value.contains(is_space) && !value.contains(['【', '['])
}

/// A source that names only the page's own site (`来源：本站`) or says it
/// is the site's own writing names no publisher.
const SELF_REFERENCES: [&str; 6] = ["本站", "本网", "本网站", "网站", "原创", "本站原创"];

/// How the names of papers, stations and accounts that publish end.
const PUBLISHER_ENDINGS: [&str; 6] = ["日报", "晚报", "报社", "融媒体中心", "新闻中心", "电视台"];
const PUBLISHER_MAX_CHARS: usize = 20;

/// A paper's, station's or newsroom's name by how it ends (`某某日报`).
pub fn is_publisher_name(text: &str) -> bool {
    PUBLISHER_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// The field of an info line that names who published the page, where no
/// label says so: an organ (also by its short name, `县政府办`, as a page's
/// author field gives it), a site, a paper or station, set apart by bars
/// (`|`, `｜`, `丨`) or spaces from the date and the counters.
fn unlabelled_publisher(fields: &str) -> Option<String> {
    fields
        .split(|c: char| matches!(c, '|' | '｜' | '丨') || is_space(c))
        .map(str::trim)
        .find(|field| {
            let n = field.chars().count();
            (2..=PUBLISHER_MAX_CHARS).contains(&n)
                && field.chars().all(is_han)
                && (names_a_site(field) || names_an_organ(field) || is_publisher_name(field))
        })
        .map(str::to_string)
}

/// A label standing alone, its value on the next line: `来源：`, `发表时间：`.
pub fn is_bare_label(text: &str) -> bool {
    let chars: Vec<char> = text.trim_end_matches([':', '：', ' ']).chars().collect();
    (0..chars.len()).any(|at| {
        label_at(&chars, at).is_some_and(|(len, _)| at + len == chars.len())
            && chars[..at].iter().all(|c| is_han(*c))
            && at <= 2
    })
}

const DOCUMENT_NUMBER_MAX_CHARS: usize = 24;

/// A document's number standing alone under its title (文号):
/// `某政发〔2023〕3号`, `某办字[2024]12号`.
pub fn is_document_number(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_suffix('号') else {
        return false;
    };
    let Some(open) = rest.find(['〔', '[', '（', '(', '【']) else {
        return false;
    };
    let (prefix, bracketed) = rest.split_at(open);
    let inner: String = bracketed.chars().skip(1).collect();
    let Some(close) = inner.find(['〕', ']', '）', ')', '】']) else {
        return false;
    };
    let year = &inner[..close];
    let number: String = inner[close..].chars().skip(1).collect();
    text.chars().count() <= DOCUMENT_NUMBER_MAX_CHARS
        && prefix.chars().all(is_han)
        && !prefix.is_empty()
        && year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

/// How the names of issuing bodies end: `某某镇人民政府`, `区发展和改革局`,
/// a street's `某某街道办事处`.
const ORGAN_ENDINGS: [&str; 10] = [
    "人民政府",
    "主席团",
    "办事处",
    "政府",
    "委员会",
    "办公室",
    "办公厅",
    "局",
    "人民代表大会",
    "管委会",
];
const ORGAN_MAX_CHARS: usize = 20;

/// A line that only names the body issuing a document, as it stands under
/// the title of a report or a notice.
pub fn is_organ_line(text: &str) -> bool {
    text.chars().count() <= ORGAN_MAX_CHARS
        && text.chars().all(is_han)
        && ORGAN_ENDINGS
            .iter()
            .any(|e| text.ends_with(e) && text.len() > e.len())
}

/// How organs' short names end, as an info line credits them:
/// `县政府办`, `县府办`, `区发改委`, `市统计局`, `街道办事处`.
const ORGAN_SHORT_ENDINGS: [&str; 7] = ["办", "委", "局", "厅", "处", "中心", "政府"];

/// A field's value that names an organ, not a person: an issuing body's
/// name (`某某县人民政府办公室`) or its short form (`县政府办`, `区发改委`).
pub fn names_an_organ(text: &str) -> bool {
    let n = text.chars().count();
    is_organ_line(text)
        || (3..=ORGAN_MAX_CHARS).contains(&n)
            && text.chars().all(is_han)
            && !is_person_name(text)
            && ORGAN_SHORT_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// How the names of sites end: `某某市人民政府门户网站`, `某某新闻网`.
const SITE_NAME_ENDINGS: [&str; 4] = ["网站", "门户", "网", "数字报"];

/// A line that names the site or its owner (a logo, a banner), no headline.
pub fn names_a_site(text: &str) -> bool {
    SITE_NAME_ENDINGS.iter().any(|end| text.ends_with(end)) || is_organ_line(text)
}

/// Labels a site's footer puts beside the organ that runs it.
const SITE_OWNER_LABELS: [&str; 4] = ["版权所有", "主办单位", "主办", "copyright"];

/// The organs a site's footer names as running it, from lines set aside as
/// chrome: `版权所有：新昌县人民政府`, `主办单位：某某县人民政府办公室`,
/// `Copyright 2005 鞍山市人民政府 版权所有` (the name on either side of its
/// label); and an organ's name standing alone there, as a site's name or
/// an undated signature under the text (`宁乡市高桥镇人民政府`).
pub fn site_owners<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut owners: Vec<String> = Vec::new();
    for line in lines {
        let alone = line.trim();
        if is_organ_line(alone) && !owners.iter().any(|o| o == alone) {
            owners.push(alone.to_string());
        }
        let folded: String = line
            .chars()
            .map(fold_char)
            .collect::<String>()
            .to_lowercase();
        for label in SITE_OWNER_LABELS {
            for (at, _) in folded.match_indices(label) {
                let after = folded[at + label.len()..].trim_start_matches(|c: char| !is_han(c));
                let before = folded[..at].trim_end_matches(|c: char| !is_han(c));
                let named_after: String = after.chars().take_while(|c| is_han(*c)).collect();
                let named_before: String = {
                    let run: Vec<char> = before.chars().rev().take_while(|c| is_han(*c)).collect();
                    run.into_iter().rev().collect()
                };
                for name in [named_after, named_before] {
                    if is_organ_line(&name) && !owners.contains(&name) {
                        owners.push(name);
                    }
                }
            }
        }
    }
    owners
}

/// Splits "阅读 · 发布日期 … · 潍坊网站建设城市建设是…。" into the fields and a
/// glued-on stretch of prose: a last part with a sentence end, which no
/// metadata field has.
fn split_trailing_body(text: &str) -> (&str, Option<String>) {
    if let Some(at) = text.rfind(" · ").or_else(|| text.rfind('·')) {
        let sep_len = if text[at..].starts_with(" · ") {
            " · ".len()
        } else {
            '·'.len_utf8()
        };
        let tail = &text[at + sep_len..];
        if has_sentence_end(tail) {
            return (&text[..at], Some(tail.trim().to_string()));
        }
    }
    (text, None)
}

mod bylines;
mod date_values;
mod dateline;
mod delivery;
use bylines::names_between_roles;
pub use bylines::{
    is_masked_speaker_line, parse_byline, parse_speaker_line, split_trailing_byline,
    with_lost_spaces,
};
pub(crate) use date_values::compact_date;
use date_values::{english_month_date, figures_only_date};
pub use dateline::{
    attributed_outlet, is_editor_note, parse_dateline, standalone_dateline, Dateline,
};
pub use delivery::{
    delivery_line_is_open, is_delivery_line, is_undated_delivery_line, parse_delivery_line,
    session_date_in, DELIVERY_DASHES,
};

#[cfg(test)]
mod tests;
