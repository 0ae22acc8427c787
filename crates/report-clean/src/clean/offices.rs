//! Offices of China's governments that more than one reading needs.

/// The head of a government at each level, titled after the place's name
/// (吉林省省长, 兰山区区长, 自治区主席): the region scan reads a place named
/// with its head as that government, and the speaker's line under a title
/// names who delivered the report by these and the other offices that do.
pub const HEADS_OF_GOVERNMENT: [&str; 10] = [
    "省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "镇长", "乡长", "主席",
];
