//! Canonical indicators: the handful of measures every report states and
//! names in its own way (`全省生产总值`, `经济总量`, `GDP` are all
//! 地区生产总值), so the comparison and the figures table can line up the
//! same measure across districts and years.

/// A canonical indicator: its name, the words that name it, and words that
/// make a phrase another measure (`人均地区生产总值`, `占地区生产总值比重`).
struct Canonical {
    name: &'static str,
    variants: &'static [&'static str],
    not_with: &'static [&'static str],
}

/// Words that turn any measure into another: a share of it, a per-head or
/// per-unit value, a part of it.
const DERIVED: [&str; 9] = [
    "占",
    "比重",
    "单位",
    "每",
    "万元",
    "民间",
    "工业投资",
    "技改",
    "其中",
];

const CANONICAL: [Canonical; 20] = [
    Canonical {
        name: "地区生产总值",
        variants: &["地区生产总值", "生产总值", "经济总量", "经济增长", "GDP"],
        not_with: &["人均", "产业", "增速差"],
    },
    Canonical {
        name: "一般公共预算收入",
        variants: &["一般公共预算收入", "一般预算收入"],
        not_with: &["税收"],
    },
    Canonical {
        name: "固定资产投资",
        variants: &["固定资产投资"],
        not_with: &["项目", "产业", "制造业", "基础设施", "房地产"],
    },
    Canonical {
        name: "社会消费品零售总额",
        variants: &[
            "社会消费品零售总额",
            "社会消费品零售额",
            "社零总额",
            "社零额",
        ],
        not_with: &["限上", "网络"],
    },
    Canonical {
        name: "进出口总额",
        variants: &[
            "进出口总额",
            "进出口总值",
            "外贸进出口",
            "货物进出口",
            "进出口",
        ],
        not_with: &["服务", "跨境电商", "企业", "民营", "东盟", "对", "新三样"],
    },
    Canonical {
        name: "城镇新增就业",
        variants: &["城镇新增就业", "新增城镇就业"],
        not_with: &[],
    },
    Canonical {
        name: "城镇调查失业率",
        variants: &["城镇调查失业率"],
        not_with: &[],
    },
    Canonical {
        name: "城镇居民人均可支配收入",
        variants: &["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
        not_with: &[],
    },
    Canonical {
        name: "农村居民人均可支配收入",
        variants: &[
            "农村居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "农民人均可支配收入",
        ],
        not_with: &[],
    },
    Canonical {
        name: "居民人均可支配收入",
        variants: &["居民人均可支配收入", "人均可支配收入"],
        not_with: &["城镇", "农村", "脱贫", "城乡"],
    },
    Canonical {
        name: "规上工业增加值",
        variants: &["规模以上工业增加值", "规上工业增加值"],
        not_with: &["高技术", "制造业", "战略性"],
    },
    Canonical {
        name: "研发投入强度",
        variants: &[
            "研发投入强度",
            "研发经费投入强度",
            "R&D经费投入强度",
            "研究与试验发展经费投入强度",
        ],
        not_with: &[],
    },
    Canonical {
        name: "常住人口城镇化率",
        variants: &["常住人口城镇化率", "城镇化率"],
        not_with: &["户籍"],
    },
    Canonical {
        name: "居民消费价格",
        variants: &["居民消费价格", "CPI"],
        not_with: &[],
    },
    Canonical {
        name: "实际使用外资",
        variants: &["实际使用外资", "实际利用外资"],
        not_with: &[],
    },
    Canonical {
        name: "网络零售额",
        variants: &["网络零售额", "网上零售额"],
        not_with: &["农村", "跨境"],
    },
    Canonical {
        name: "税收收入",
        variants: &["税收收入"],
        not_with: &[],
    },
    Canonical {
        name: "经营主体",
        variants: &["经营主体", "市场主体"],
        not_with: &["民营", "外资", "返乡", "个体"],
    },
    Canonical {
        name: "重点项目",
        variants: &["重点项目"],
        not_with: &["省级", "市级", "国家"],
    },
    Canonical {
        name: "粮食产量",
        variants: &["粮食总产量", "粮食产量"],
        not_with: &["单产"],
    },
];

/// Every canonical indicator's name, in the order the comparison shows them.
pub fn canonical_names() -> impl Iterator<Item = &'static str> {
    CANONICAL.iter().map(|c| c.name)
}

/// Whether a text opens with a word that names a canonical indicator
/// (`地区生产总值…`, `税收收入…`).
pub fn starts_with_canonical(text: &str) -> bool {
    CANONICAL
        .iter()
        .flat_map(|c| c.variants)
        .any(|v| text.starts_with(v))
}

/// The canonical indicator an indicator names, if any: it contains one of
/// the variants and no word that makes it another measure.
pub fn canonical_indicator(indicator: &str) -> Option<&'static str> {
    if DERIVED.iter().any(|w| indicator.contains(w)) {
        return None;
    }
    CANONICAL
        .iter()
        .find(|c| {
            c.variants.iter().any(|v| indicator.contains(v))
                && !c.not_with.iter().any(|w| indicator.contains(w))
        })
        .map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::canonical_indicator;

    #[test]
    fn variants_name_one_measure_and_derived_measures_none() {
        for (indicator, canonical) in [
            ("全省地区生产总值", Some("地区生产总值")),
            ("经济总量", Some("地区生产总值")),
            ("经济增长", Some("地区生产总值")),
            ("全市GDP", Some("地区生产总值")),
            ("人均地区生产总值", None),
            ("制造业增加值占地区生产总值比重", None),
            ("单位地区生产总值能耗", None),
            ("地方一般公共预算收入", Some("一般公共预算收入")),
            ("税收占一般公共预算收入比重", None),
            ("全社会固定资产投资", Some("固定资产投资")),
            ("民间投资占固定资产投资比重", None),
            ("社会消费品零售额", Some("社会消费品零售总额")),
            ("限上消费品零售额", None),
            ("外贸进出口总额", Some("进出口总额")),
            ("服务贸易进出口", None),
            ("城镇新增就业人数", Some("城镇新增就业")),
            ("城镇常住居民人均可支配收入", Some("城镇居民人均可支配收入")),
            ("全体居民人均可支配收入", Some("居民人均可支配收入")),
            ("脱贫人口人均可支配收入", None),
            ("规模以上工业增加值", Some("规上工业增加值")),
            ("规上高技术制造业增加值", None),
            ("全社会研发经费投入强度", Some("研发投入强度")),
            ("常住人口城镇化率", Some("常住人口城镇化率")),
            ("居民消费价格总水平上涨幅度", Some("居民消费价格")),
            ("粮食总产量", Some("粮食产量")),
            ("新能源汽车产量", None),
            ("新增市场主体", Some("经营主体")),
            ("实施重点项目", Some("重点项目")),
        ] {
            assert_eq!(canonical_indicator(indicator), canonical, "{indicator}");
        }
    }
}
