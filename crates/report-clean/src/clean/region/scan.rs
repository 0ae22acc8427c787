//! Finding division names in a report's texts and weighing each by where
//! it stands.

use super::neighbours::{without_addresses, without_neighbours};
use rustc_hash::FxHashSet;

use super::forms::other_form_suffix;
use super::institutions::{names_a_thing_after_it, names_institution, names_village_organ};
use super::national::national_phrases;
use super::organs::{names_organ, names_township_assembly};
use super::self_names::{own_kinds, speaks_for_a_province};
use super::{Gazetteer, Named, RegionClues, AMBIGUOUS_SHORT, ETHNIC_GROUPS};
use report_core::text::fold::to_simplified;
use report_core::text::numbers::year_digits;
use report_core::{RegionLevel, NATIONAL_NAME};

/// Characters that end a division's name (区, 县) and that with the next
/// character make a common word instead (区域, 县域, 市级, 市场): 和县域 is
/// 和 + 县域, not 和县.
const SUFFIX_CHARS: &str = "省市区县州旗盟";
/// The suffixes a county-level division changes when it is made another
/// kind (县 to 区 or 市).
pub(super) const FORMER_SUFFIXES: &str = "县市区";
const SUFFIX_WORD_ENDS: &str = "域级场位块";

/// Words that may stand right before a place name without being part of
/// it (在和县, 赴高县). Any other Chinese character glued before a name of
/// one character and a suffix makes a longer word (示范县, 提高县).
const BEFORE_NAME: &str = "在和与及对到赴至的是为于从向、将把同由经以往来去";

/// Suffixes of towns, townships and sub-districts, which the gazetteer
/// does not list.
const TOWNSHIP_SUFFIXES: [&str; 4] = ["街道", "苏木", "镇", "乡"];

/// Characters that end the words before a township's name (2024年枣园镇,
/// 关于枣园镇).
const NOT_IN_TOWNSHIP_NAME: &str = "年月日的在和与及于对";
/// Characters that make a common word with a township suffix: 乡镇, 城镇,
/// 城乡, 村镇, 集镇 are not townships.
const NOT_BEFORE_TOWNSHIP_SUFFIX: &str = "乡镇城村集重";

/// Counties whose full names are everyday words: the urban area, the
/// suburbs, a mining area, a new town.
const EVERYDAY_WORD_COUNTIES: [&str; 4] = ["城区", "郊区", "矿区", "新城区"];

/// Where a text stands in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Title,
    Source,
    Front,
    Lead,
    Body,
}

/// One name found, with every division it may be.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    /// The name as the gazetteer spells it.
    pub name: String,
    pub named: Vec<Named>,
    pub weight: u32,
    /// The report names its government here (title, organ, office,
    /// assembly), rather than mentioning a place.
    pub names_government: bool,
    /// The name stands as an organ, office or assembly (兰山区人民政府,
    /// 吉林省省长, 在吉林省第十四届人民代表大会): it says the level. A title
    /// may name a place in passing (在潍坊…中走在前列——奎文…).
    pub organ: bool,
    /// The name only qualifies the next one, a place under it (潍坊市 in
    /// 潍坊市奎文区): no evidence for its own level.
    pub qualifier: bool,
    pub in_title: bool,
    /// The name stands only in the body, short (长治, not 长治市) and as
    /// no organ: a place mentioned in passing, or characters of another
    /// word (长治久安, 重大理论) or of a company's name (江苏某某材料).
    pub bare: bool,
    /// The name stands in the body (its lead or the rest).
    pub in_body: bool,
    /// The name opens its line or follows a small word that brings in a
    /// place (在, 对, 为, 是…: `BEFORE_NAME`), not a list's comma (an item
    /// of a list of companies or projects).
    pub introduced: bool,
    /// How much the place it stands in says whose report it is: the title
    /// (3) over the front (2, the delivery line, the speaker) over the
    /// source and the lead (1), over the body (0).
    pub rank: u8,
}

/// A town or township named as the government (枣园镇, 枣园镇人民政府),
/// with the divisions of a name right before it (兰山区枣园镇).
#[derive(Debug, Clone)]
pub(super) struct Township {
    pub name: String,
    pub after: Vec<Named>,
}

/// Everything the texts say about places.
#[derive(Debug, Default)]
pub(super) struct Evidence {
    pub mentions: Vec<Mention>,
    /// Phrases naming the country as the government.
    pub national: Vec<String>,
    pub townships: Vec<Township>,
    /// Divisions named in full somewhere (坊子区), which a short name
    /// (坊子) needs to be trusted.
    pub named_in_full: FxHashSet<usize>,
    /// The kinds of division the body calls its own government (全市,
    /// 我县), most often said first.
    pub own_kinds: Vec<&'static str>,
    /// The speech says it is given for a province's government
    /// (`我代表自治区人民政府`).
    pub speaks_for_a_province: bool,
}

impl Evidence {
    /// `addresses`: whether an office's street address counts (only where
    /// nothing else names a place).
    pub fn gather(g: &Gazetteer, clues: &RegionClues, addresses: bool) -> Evidence {
        let mut evidence = Evidence::default();
        let title = to_simplified(clues.title);
        let front = to_simplified(clues.front);
        let body = to_simplified(clues.body);
        // The places a township or county says it borders are not its own.
        let read = without_neighbours(&body);
        let read = if addresses {
            read
        } else {
            without_addresses(&read)
        };
        let (lead, rest) = read.split_once('\n').unwrap_or((&read, ""));
        evidence.scan(g, &title, Place::Title);
        if let Some(source) = clues.source {
            evidence.scan(g, &to_simplified(source), Place::Source);
        }
        evidence.scan(g, &front, Place::Front);
        evidence.scan(g, lead, Place::Lead);
        evidence.scan(g, rest, Place::Body);
        evidence.own_kinds = own_kinds(&body);
        evidence.speaks_for_a_province = speaks_for_a_province(&body);
        evidence.national = national_phrases(&title, &front, &body);
        evidence
    }

    /// Records the longest name at each position, then skips past it.
    /// Candidates are slices of the text (no allocation), and only as long
    /// as a name starting with that character can be.
    fn scan(&mut self, g: &Gazetteer, text: &str, place: Place) {
        let chars: Vec<char> = text.chars().collect();
        // Byte offset of each character, and of the end.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()))
            .collect();
        let mut previous_end = usize::MAX;
        let mut previous_named: Vec<Named> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            // The country's name holds a county's short name (共和 for
            // 共和县).
            if text[bounds[i]..].starts_with(NATIONAL_NAME) {
                i += NATIONAL_NAME.chars().count();
                continue;
            }
            let longest = g
                .longest_from
                .get(&chars[i])
                .map_or(0, |&n| n.min(chars.len() - i));
            let found = (2..=longest).rev().find_map(|len| {
                let candidate = &text[bounds[i]..bounds[i + len]];
                g.by_name
                    .get(candidate)
                    .map(|named| (len, candidate, named))
            });
            let Some((len, candidate, named)) = found else {
                if matches!(place, Place::Title | Place::Front | Place::Source) {
                    self.township_at(&chars, i, previous_end, &previous_named);
                }
                i += 1;
                continue;
            };
            let end = i + len;
            let after_place = previous_end == i;
            // A place's short name that a township's suffix ends (新华街道,
            // 朝阳镇), or a few characters and the suffix (朝阳门街道), is
            // the township's own name, not the place's.
            if named.iter().all(|n| !n.full) {
                if let Some((stem_end, suffix_len)) = township_ending_short_name(&chars, i, end) {
                    let end = stem_end;
                    if matches!(place, Place::Title | Place::Front | Place::Source) {
                        self.townships.push(Township {
                            name: chars[i..end + suffix_len].iter().collect(),
                            after: if after_place {
                                previous_named.clone()
                            } else {
                                Vec::new()
                            },
                        });
                    }
                    i = end + suffix_len;
                    continue;
                }
            }
            if glued(&chars, i, end, after_place, named.iter().any(|n| n.full)) {
                i += 1;
                continue;
            }
            // A name qualified by the place before it (福州市鼓楼区) is that
            // place's division of the name, not every division so named.
            let qualified: Vec<Named> = if after_place {
                named
                    .iter()
                    .copied()
                    .filter(|n| {
                        g.ancestry(n.division)
                            .skip(1)
                            .any(|a| previous_named.iter().any(|p| p.division == a))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let named = if qualified.is_empty() {
                named
            } else {
                &qualified
            };
            // A county's short name before 区 where the county is a 县 (安新
            // of 安新县 in 雄安新区): a 县 was never a 区, so the name stands
            // inside another one.
            if named.iter().all(|n| {
                !n.full
                    && g.level[n.division] == RegionLevel::County
                    && g.divisions[n.division].name.ends_with('县')
            }) && chars.get(end) == Some(&'区')
            {
                i += 1;
                continue;
            }
            // A county renamed since (藁城县, now 藁城区; 撤县设区, 撤县设市)
            // keeps its short name: the short name with a county's suffix
            // the gazetteer does not know is that county under its old name.
            // An autonomous area is named by its suffix without its peoples
            // too (凉山州, 新疆自治区). Not where the name's last character
            // makes a word with the suffix and the name is glued to the
            // word before (大城 in 超大城市: 城市).
            let other_form: Vec<(Named, usize)> = if named.iter().all(|n| !n.full)
                && !(AMBIGUOUS_SHORT.contains(&chars[end - 1].to_string().as_str())
                    && glued_before(&chars, i, after_place))
            {
                named
                    .iter()
                    .filter_map(|n| {
                        other_form_suffix(g, n.division, &chars[end..])
                            .map(|len| (Named { full: true, ..*n }, len))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let former: Vec<Named> = other_form
                .iter()
                .filter(|(_, len)| Some(*len) == other_form.first().map(|f| f.1))
                .map(|(n, _)| *n)
                .collect();
            // Where one of them bears that suffix now (河口县 for 河口瑶族自治县,
            // not 河口区: an autonomous county is a 县), it is that one.
            let bears_it: Vec<Named> = chars.get(end).map_or_else(Vec::new, |suffix| {
                former
                    .iter()
                    .copied()
                    .filter(|n| g.divisions[n.division].name.ends_with(*suffix))
                    .collect()
            });
            let former = if bears_it.is_empty() {
                former
            } else {
                bears_it
            };
            let (named, end) = match other_form.first() {
                None => (named, end),
                Some((_, len)) => (&former, end + len),
            };
            if names_a_thing_after_it(&text[bounds[end]..]) {
                i = end;
                continue;
            }
            let organ =
                names_organ(&text[bounds[end]..]) || names_township_organ(&text[bounds[end]..]);
            // A place that opens a company's or a school's name
            // (某市公共交通集团有限公司, 某某大学) says where it stands, not
            // whose government reports: its report names no government.
            let institution = !organ && names_institution(&text[bounds[end]..]);
            // A county whose full name is an everyday word (城区 as in
            // `城区面貌`, `老城区`) stands in the body as the word, unless a
            // place before it qualifies it or it names an organ.
            let qualified_here = after_place && !qualified.is_empty();
            if matches!(place, Place::Lead | Place::Body)
                && !organ
                && !qualified_here
                && EVERYDAY_WORD_COUNTIES.contains(&candidate)
            {
                i = end;
                continue;
            }
            let (weight, names_government) = match place {
                Place::Title | Place::Front | Place::Source if institution => (0, false),
                Place::Title => (8, true),
                Place::Source | Place::Front | Place::Lead if organ => (8, true),
                Place::Source => (4, false),
                Place::Front => (0, false),
                Place::Body if organ => (2, false),
                Place::Lead => (2, false),
                Place::Body => (1, false),
            };
            for n in named.iter().filter(|n| n.full) {
                self.named_in_full.insert(n.division);
            }
            if after_place && weight > 0 {
                if let Some(previous) = self.mentions.last_mut() {
                    previous.qualifier |= previous.named.iter().any(|p| {
                        named
                            .iter()
                            .any(|n| g.parent[n.division] == Some(p.division))
                    });
                }
            }
            if weight > 0 {
                let name = g.spelling.get(candidate).map_or(candidate, String::as_str);
                self.mentions.push(Mention {
                    name: name.to_string(),
                    named: named.clone(),
                    weight,
                    names_government,
                    organ: organ && names_government,
                    qualifier: false,
                    in_title: place == Place::Title,
                    in_body: matches!(place, Place::Lead | Place::Body),
                    bare: matches!(place, Place::Lead | Place::Body)
                        && !organ
                        && named.iter().all(|n| !n.full),
                    introduced: i == 0
                        || chars[i - 1] == '\n'
                        || (chars[i - 1] != '、' && BEFORE_NAME.contains(chars[i - 1])),
                    rank: match place {
                        Place::Title => 3,
                        Place::Front => 2,
                        Place::Source | Place::Lead => 1,
                        Place::Body => 0,
                    },
                });
            }
            previous_end = end;
            previous_named.clone_from(named);
            i = end;
        }
    }

    /// A township name ending at `at` (枣园镇 in 兰山区枣园镇人民政府), when its
    /// name starts right after a division's name or at a word's start and
    /// what follows ends the name.
    fn township_at(
        &mut self,
        chars: &[char],
        at: usize,
        previous_end: usize,
        previous_named: &[Named],
    ) {
        let Some(suffix_len) = township_suffix_ending_name(&chars[at..]) else {
            return;
        };
        let suffix: String = chars[at..at + suffix_len].iter().collect();
        // A 民族乡 names its people before the suffix (大河边苗族乡): the
        // name's own characters end before them.
        let own_end = at - ethnic_groups_ending(&chars[..at]);
        // The name's own characters: back to the previous place name, or
        // to the start of the run of Chinese characters.
        let after_place = previous_end <= own_end
            && own_end - previous_end.min(own_end) <= TOWNSHIP_STEM_MAX_CHARS;
        let start = if after_place {
            previous_end
        } else {
            let run = chars[..own_end]
                .iter()
                .rev()
                .take_while(|c| is_han(**c) && !NOT_IN_TOWNSHIP_NAME.contains(**c))
                .count();
            own_end - run
        };
        let stem = &chars[start..own_end];
        if !(1..=TOWNSHIP_STEM_MAX_CHARS).contains(&stem.len())
            || !stem
                .iter()
                .all(|c| is_han(*c) && !NOT_IN_TOWNSHIP_NAME.contains(*c))
            || (own_end == at && NOT_BEFORE_TOWNSHIP_SUFFIX.contains(stem[stem.len() - 1]))
        {
            return;
        }
        let name: String = chars[start..at]
            .iter()
            .copied()
            .chain(suffix.chars())
            .collect();
        self.townships.push(Township {
            name,
            after: if after_place {
                previous_named.to_vec()
            } else {
                Vec::new()
            },
        });
    }
}

/// Where a township's suffix after the short name at `start..end` starts,
/// and its length: right after it (新华街道) or after the rest of the
/// township's own name (朝阳门街道), the stem no longer than a township's.
fn township_ending_short_name(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    let room = TOWNSHIP_STEM_MAX_CHARS.saturating_sub(end - start);
    (end..=end + room)
        .take_while(|&at| at <= chars.len())
        .find_map(|at| {
            let stem_rest = &chars[end..at];
            let fits = stem_rest
                .iter()
                .all(|c| is_han(*c) && !NOT_IN_TOWNSHIP_NAME.contains(*c))
                && stem_rest
                    .last()
                    .is_none_or(|c| !NOT_BEFORE_TOWNSHIP_SUFFIX.contains(*c));
            let suffix_len = township_suffix_ending_name(&chars[at..])?;
            fits.then_some((at, suffix_len))
        })
}

/// The length in characters of a township's suffix opening `rest`, where
/// what follows ends the name (枣园镇人民政府, 枣园镇工作报告, 新华街道2024年).
fn township_suffix_ending_name(rest: &[char]) -> Option<usize> {
    let rest: String = rest.iter().take(20).collect();
    let suffix = TOWNSHIP_SUFFIXES.iter().find(|s| rest.starts_with(**s))?;
    let after_suffix = &rest[suffix.len()..];
    let ends_name = after_suffix.is_empty()
        || names_organ(after_suffix)
        || names_village_organ(after_suffix)
        || after_suffix.starts_with("工作报告")
        || names_township_assembly(after_suffix)
        || after_suffix.starts_with(|c: char| !is_han(c))
        || opens_on_a_year_in_numerals(after_suffix);
    ends_name.then(|| suffix.chars().count())
}

/// `二〇二四年`, `二O二四年` (a zero typed as a letter): a title's year in
/// numerals after a township's name, as `2024年` is.
fn opens_on_a_year_in_numerals(text: &str) -> bool {
    let chars: Vec<char> = text
        .chars()
        .take(5)
        .map(|c| if "○零ＯOo".contains(c) { '〇' } else { c })
        .collect();
    year_digits(&chars).is_some_and(|(_, len)| chars.get(len) == Some(&'年'))
}

pub(super) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether the name at `start..end` is part of a longer word: its suffix
/// makes a word with what follows (县域), or a name of one character and a
/// suffix (范县, 高县) is glued to the character before it (示范县, 提高县).
/// A short name of two characters (广州 of 广州市) is no such name.
fn glued(chars: &[char], start: usize, end: usize, after_place: bool, full: bool) -> bool {
    let last = chars[end - 1];
    let is_suffix = SUFFIX_CHARS.contains(last);
    if is_suffix
        && chars
            .get(end)
            .is_some_and(|c| SUFFIX_WORD_ENDS.contains(*c))
    {
        return true;
    }
    let one_character_name = end - start == 2 && is_suffix && full;
    one_character_name && glued_before(chars, start, after_place)
}

/// Whether the character before `start` is one of a longer word: a
/// Chinese character that is neither a small function word nor the end of
/// another place name (濮阳市范县) or of a year (2024年泸县).
pub(super) fn glued_before(chars: &[char], start: usize, after_place: bool) -> bool {
    !after_place
        && start > 0
        && is_han(chars[start - 1])
        && !BEFORE_NAME.contains(chars[start - 1])
        && !after_a_year(chars, start)
}

/// A year written before the name (`2024年泸县`, `一九九八年沛县`), as a
/// title dates its report: the 年 ends the year, no word with the name.
fn after_a_year(chars: &[char], start: usize) -> bool {
    start >= 2
        && chars[start - 1] == '年'
        && (chars[start - 2].is_ascii_digit()
            || ('０'..='９').contains(&chars[start - 2])
            || "〇○零一二三四五六七八九".contains(chars[start - 2]))
}

/// Characters a township's own name holds at most before its suffix and
/// the peoples it names (白马 in 白马藏族乡).
const TOWNSHIP_STEM_MAX_CHARS: usize = 4;

/// Whether `after` is a township's organ (白马乡人民代表大会 in
/// 在平武县白马乡第十二届人民代表大会): the place before it is the county
/// whose government the township's is under.
fn names_township_organ(after: &str) -> bool {
    let chars: Vec<(usize, char)> = after
        .char_indices()
        .take_while(|(_, c)| is_han(*c))
        .take(TOWNSHIP_STEM_MAX_CHARS + ETHNIC_GROUPS_MAX_CHARS + 1)
        .collect();
    let stem: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    chars.iter().enumerate().skip(1).any(|(n, (k, _))| {
        n - ethnic_groups_ending(&stem[..n]) <= TOWNSHIP_STEM_MAX_CHARS
            && TOWNSHIP_SUFFIXES
                .iter()
                .find_map(|s| after[*k..].strip_prefix(s))
                .is_some_and(names_organ)
    })
}

/// Most characters of the peoples a 民族乡 names (布依族, 苗族侗族).
const ETHNIC_GROUPS_MAX_CHARS: usize = 8;

/// How many characters at the end of `stem` name peoples (`苗族` of
/// 大河边苗族, `苗族侗族` of 某某苗族侗族), as a 民族乡's or 民族镇's name does
/// before its suffix; none where the stem has no name of its own before them.
fn ethnic_groups_ending(stem: &[char]) -> usize {
    let mut len = 0;
    while let Some((&'族', before)) = stem[..stem.len() - len].split_last() {
        let Some(group) = ETHNIC_GROUPS
            .iter()
            .map(|g| g.chars().count())
            .filter(|&n| n < before.len())
            .find(|&n| {
                let group = &before[before.len() - n..];
                ETHNIC_GROUPS
                    .iter()
                    .any(|g| g.chars().eq(group.iter().copied()))
            })
        else {
            break;
        };
        len += group + 1;
    }
    len.min(ETHNIC_GROUPS_MAX_CHARS)
}
