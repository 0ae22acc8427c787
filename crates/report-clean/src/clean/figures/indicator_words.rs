//! Words the indicator reader strips or stops at: adverbs between a
//! subject and its verb, verbs before a counted object, words of comparison
//! and rank, relative measures, verbs of doing, comparison bases and period
//! phrases (split out of `indicator.rs`).

/// Adverbs of sequence or frequency between a subject and its verb
/// (`进出口总额首次突破`, `接连突破8万亿元、9万亿元`): they say when or how
/// often, never what is measured.
// `继续保持`, `持续提升`, `再提高`, `逐步扩大`: going on, again or step
// by step, before the verb.
// `粮食仍然连年增产`, `机床又比1955年增加`: still, again, already.
// `年均实际增长5.4%`, `改革任务基本完成`, `收入全部超过10万元`: in real
// terms, on the whole, all of them.
pub(super) const ADVERBS_BEFORE_VERB: [&str; 25] = [
    "首次", "接连", "相继", "先后", "连续", "连年", "再次", "双双", "继续", "持续", "再", "逐步",
    "不断", "稳步", "仍然", "依然", "已经", "又", "仍", "已", "实际", "基本", "全部", "全面",
    // (26c) `初步建立`: a first step.
    "初步",
];

/// Characters that make a word with 共 before them (共享, 共建, 共济,
/// 共同, 共治, 共富, 共识, 共性, 共产, 共商, 共用, 共生, 共赢): there 共
/// is no "in all".
pub(super) const WORDS_AFTER_GONG: [char; 13] = [
    '享', '建', '济', '同', '治', '富', '识', '性', '产', '商', '用', '生', '赢',
];

/// Verbs that a count's noun follows (`新建3个产业扶贫项目`): when the words
/// before a count end in one, the indicator is the noun after it.
// (26c) `初步建立现代企业制度`, `建立12个服务站`: set up.
pub(super) const VERBS_BEFORE_OBJECT: [&str; 41] = [
    "建设", "建成", "启用", "新建", "增建", "引进", "培育", "打造", "实施", "完成", "签约", "储备",
    "改造", "增加", "开工", "抓好", "推进", "组织", "举办", "开展", "设立", "创建", "带动", "吸引",
    "惠及", "服务", "覆盖", "化解", "解决", "落实", "招引", "新上", "配套", "提供", "新增", "办好",
    "办理", "出台", "认定", "推介", "建立",
];
/// Words that open a rank or a comparison: it is about the figure before.
pub(super) const COMPARISONS: [&str; 17] = [
    "居全", "居前", "居第", "居中", "居西", "居东", "居各", "居首", "位居", "位列", "排名", "排在",
    "高于", "低于", "快于", "慢于", "领先",
];
/// Words that measure something else and name nothing alone (`其中税收收入
/// 26.1亿元，占比80.3%`, `增速居全市第2位`): the thing measured is the
/// previous figure's.
/// So are a total and a scale (`…增长4.6%，总量首次突破1900亿元`).
pub(super) const RELATIVE_MEASURES: [&str; 10] = [
    "占比",
    "比重",
    "增速",
    "增幅",
    // (20c) `同比减952万元，减幅1.49%`: the rate of the fall before.
    "减幅",
    "降幅",
    "占",
    "排名",
    "总量",
    "总规模",
];
/// Verbs of doing that stand before what a figure measures (`新改建农村公路
/// 10988公里`): not part of its name.
pub(super) const LEADING_ACTIONS: [&str; 29] = [
    // Bonds issued, or to be (`拟发行超长期特别国债1.3万亿元`).
    "拟发行",
    "发行",
    "新改建",
    "新建",
    "改建",
    "改造",
    "提升",
    "建设",
    "建成",
    "完成",
    "实施",
    "推广",
    "种植",
    "筹集",
    "发放",
    "落实",
    "出台",
    "培育",
    "开展",
    "推动",
    "引进",
    "压减",
    "压缩",
    "削减",
    "缩减",
    "办理",
    "认定",
    "高质量",
    "分类",
];
/// Comparison bases: a clause of only these has no noun of its own.
pub(super) const COMPARISON_BASES: [&str; 6] =
    ["比年初", "比上年", "较上年", "比去年", "同比", "环比"];

/// Period phrases that may open an indicator's words.
pub(super) const PERIOD_PHRASES: [&str; 23] = [
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "上半年",
    "下半年",
    "今年以来",
    "去年",
    "全年",
    // `同年中央五个工业部的产品成本`: the year just named.
    "同年",
    "当年",
    // (33c) `当月全省汽车产量14.2万辆`: the month just named, as a monthly
    // release writes it; the month, no part of the name.
    "当月",
    "本月",
    // `本年预算共支出…`: this year, as older reports write 今年.
    "本年度",
    "本年内",
    "本年",
    // `去年同期则完成24%`: the same part of last year, a period.
    "同期",
    "五年内",
];
