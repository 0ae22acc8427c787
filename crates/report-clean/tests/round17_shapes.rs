//! Pages and texts of shapes the seventeenth round of docs/quality-rounds.md
//! found wanting.

mod support;

use support::shapes::{around_body, region_path, report};

#[test]
fn a_delivery_line_dated_to_its_month_in_chinese_numerals() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "（二〇一九年一月在桦甸市第十八届人民代表大会第四次会议上）",
            "市长 李 伟",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2019-01", false));
    assert_eq!(r.authors, ["李伟"]);
    assert_eq!(region_path(&r), ["吉林省", "吉林市", "桦甸市"]);
}
