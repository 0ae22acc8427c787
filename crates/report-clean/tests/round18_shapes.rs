//! Pages and texts of shapes the eighteenth round of docs/quality-rounds.md
//! found wanting.

mod support;

use support::shapes::{around_body, region_path, report};

#[test]
fn a_delivery_line_with_the_era_written_before_its_year() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "——公元二〇〇五年一月十八日在岳西县第十四届人民代表大会第三次会议上",
            "县长 储 诚",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2005-01-18", false));
    assert_eq!(r.authors, ["储诚"]);
    assert_eq!(region_path(&r), ["安徽省", "安庆市", "岳西县"]);
}

#[test]
fn a_delivery_line_dated_by_the_lunar_calendar_gives_its_year() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "——2019年农历腊月十八在尖扎县第十七届人民代表大会第四次会议上",
            "县长 才 让",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2019", false));
    assert_eq!(r.authors, ["才让"]);
    assert!(r.headings().all(|h| !h.contains("农历")));
}
