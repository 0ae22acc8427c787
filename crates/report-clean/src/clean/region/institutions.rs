//! The names a place opens that are no government's: a company's, a
//! school's or a hospital's (某市公共交通集团有限公司, 某某大学), and the
//! organs of a village or a city's community after a township's name
//! (城关镇大柳树村村民委员会); and the things named after a place that stand
//! anywhere: a street (北京路, 中山大道) and the country's time (北京时间).

use super::organs::ORGAN_WORDS;
use super::scan::is_han;

/// How the names of companies, schools and hospitals end.
const INSTITUTION_ENDINGS: [&str; 8] = [
    "公司", "集团", "大学", "学院", "学校", "中学", "医院", "银行",
];

/// Characters after a place that a company's or a school's name holds
/// at most before its ending.
const INSTITUTION_STEM_MAX_CHARS: usize = 8;

/// Whether `after` (the text right after a place name) goes on into the
/// name of a company, school or hospital (公共交通集团有限公司, 大学): the
/// ending within a few Chinese characters, no organ's word before it.
pub(super) fn names_institution(after: &str) -> bool {
    let run: String = after
        .chars()
        .take_while(|c| is_han(*c))
        .take(INSTITUTION_STEM_MAX_CHARS + 2)
        .collect();
    run.char_indices().any(|(at, _)| {
        INSTITUTION_ENDINGS.iter().any(|e| run[at..].starts_with(e))
            && !ORGAN_WORDS.iter().any(|w| run[..at].contains(w))
    })
}

/// Characters a village's or a community's own name holds at most.
const VILLAGE_STEM_MAX_CHARS: usize = 5;

/// The organs of a village (村民委员会, 村民代表大会) or of a city's
/// community (居民委员会, 居委会), after the village's name and 村 or 社区.
const VILLAGE_ORGANS: [&str; 6] = [
    "村民委员会",
    "居民委员会",
    "村委会",
    "居委会",
    "村民代表大会",
    "居民代表大会",
];

/// Whether `after` (the text right after a township's suffix) names a
/// village's or community's organ (城关镇大柳树村村民委员会,
/// 三里庵街道和平社区居民委员会): the township is the division the village
/// is under, and its name ends there.
pub(super) fn names_village_organ(after: &str) -> bool {
    let stem_ends = after
        .char_indices()
        .skip(1)
        .take(VILLAGE_STEM_MAX_CHARS)
        .take_while(|(_, c)| is_han(*c))
        .map(|(at, _)| at);
    stem_ends.into_iter().any(|at| {
        ["村", "社区"].iter().any(|unit| {
            after[at..]
                .strip_prefix(unit)
                .is_some_and(|rest| VILLAGE_ORGANS.iter().any(|o| rest.starts_with(o)))
        })
    })
}

/// What a place's name with these after it names: a street of any city
/// (广州的北京路, 中山路), and the time of the whole country (北京时间).
const NAMED_AFTER_A_PLACE: [&str; 4] = ["路", "大街", "大道", "时间"];

/// Words that open on a street's 路 and are none: a roadshow held in the
/// place (上海路演), a place's path (深圳路径, 路子, 路线) and roads (路网).
const NOT_A_STREET: [&str; 5] = ["路演", "路径", "路子", "路线", "路网"];

/// Whether `after` (the text right after a place name) makes it the name of
/// a street or of the country's time, which say nothing of where a report
/// stands: a Guangzhou article's 北京路, a wire story's 北京时间.
pub(super) fn names_a_thing_after_it(after: &str) -> bool {
    NAMED_AFTER_A_PLACE.iter().any(|w| after.starts_with(w))
        && !NOT_A_STREET.iter().any(|w| after.starts_with(w))
}
