//! Offices of China's governments that more than one reading needs.

/// The head of a government at each level, titled after the place's name
/// (吉林省省长, 兰山区区长, 自治区主席): the region scan reads a place named
/// with its head as that government, and the speaker's line under a title
/// names who delivered the report by these and the other offices that do.
pub const HEADS_OF_GOVERNMENT: [&str; 10] = [
    "省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "镇长", "乡长", "主席",
];

/// Offices that deliver a report besides a government's head
/// (`HEADS_OF_GOVERNMENT`): a party secretary or a congress's chair, a
/// prefecture's 行署专员, a 苏木's 苏木达, the head of the bureau, department or
/// ministry that reports on the plan or the budget, or of the court or the
/// procuratorate that reports beside the government (院长, 检察长); and the
/// heads who report to a meeting that is no government's (a company's
/// 职工代表大会, a school's 教职工代表大会: 总经理, 董事长, 校长), a state
/// forest's or farm's 场长 to its workers' congress, a 嘎查's 嘎查达; the
/// chair of the national assembly's standing committee (委员长, 副委员长),
/// who reports on it as a province's 主任 does.
pub const OTHER_OFFICES: [&str; 19] = [
    "总理",
    "书记",
    "主任",
    "委员长",
    "长官",
    "局长",
    "厅长",
    "部长",
    "专员",
    "院长",
    "检察长",
    "苏木达",
    "经理",
    "董事长",
    "校长",
    // A 兵团 division's and regiment's heads (`团长 刘建军`).
    "师长",
    "团长",
    // A state forest's or farm's head (`场长 陈智`), a 嘎查's (`嘎查达 宝音`).
    "场长",
    "嘎查达",
];
