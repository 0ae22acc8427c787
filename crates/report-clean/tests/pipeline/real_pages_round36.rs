//! Made-up pages of the shapes the eighteenth look at real report pages
//! (pages36, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right, which the rules leave alone.

use crate::support::shapes::{headings, report};

fn paragraphs(r: &report_core::Report) -> Vec<&str> {
    r.paragraphs().collect()
}

/// A standing committee's report under the lines of `top`.
fn standing_committee_page(top: &[&str]) -> String {
    let mut lines = top.to_vec();
    lines.extend([
        "2031年某某市人民代表大会常务委员会工作报告",
        "——2031年1月10日在某某市第九届人民代表大会第五次会议上",
        "某某市人民代表大会常务委员会主任 李明华",
        "各位代表：",
        "我受市人大常委会委托，向大会报告工作，请予审议。",
        "2030年的主要工作",
        "过去一年，常委会认真履行法定职权，制定地方性法规3件，听取审议专项工作报告20项。",
        "一、提高立法质量",
        "一年来，常委会坚持针对问题立法，项目所在位置：某某镇某某村的水利设施条例审议通过。",
    ]);
    lines.join("\n")
}

#[test]
fn the_readers_place_glued_to_its_path_is_the_sites_path() {
    // `您当前的位置 :` and the path's steps on one line, over the title.
    let r = report(&standing_committee_page(&[
        "您当前的位置 :政务公开 > 工作报告 > 部门工作报告 正文",
    ]));
    assert_eq!(
        r.title.as_str(),
        "2031年某某市人民代表大会常务委员会工作报告",
        "{:?} / {:?}",
        r.title,
        r.subtitle
    );
    assert_eq!(r.subtitle, None);
}

#[test]
fn a_place_named_after_the_label_and_the_label_alone_read_as_before() {
    // The label alone over the title, a path after `当前位置：`: the site's,
    // as before; a place named after 所在位置 in the text stays the text's.
    for top in ["您当前的位置：", "当前位置：首页 > 工作报告"] {
        let r = report(&standing_committee_page(&[top]));
        assert_eq!(
            r.title.as_str(),
            "2031年某某市人民代表大会常务委员会工作报告",
            "{top}"
        );
    }
    let r = report(&standing_committee_page(&[]));
    assert!(
        paragraphs(&r)
            .iter()
            .any(|p| p.contains("项目所在位置：某某镇某某村")),
        "{:#?}",
        paragraphs(&r)
    );
}

/// A city's government work report without its title, under the lines of
/// `top`.
fn untitled_page(top: &[&str]) -> String {
    let mut lines = top.to_vec();
    lines.extend([
        "2031年1月10日在某某市第九届人民代表大会第五次会议上",
        "某某市市长 李明华",
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
        "一、2030年工作回顾",
        "过去的一年，全市地区生产总值增长6%，地方一般公共预算收入增长5%。",
        "请登录网站：",
        "www.example.gov.cn",
    ]);
    lines.join("\n")
}

#[test]
fn a_sites_host_alone_over_the_page_is_no_title() {
    for host in ["rd.example.gov.cn", "https://www.example.cn/"] {
        let r = report(&untitled_page(&[host]));
        let title = r.title.as_str();
        assert!(!title.contains("example"), "{host}: {title}");
        assert_eq!(r.authors, ["李明华"], "{host}");
        assert_eq!(
            r.date.as_ref().map(|d| d.value.as_str()),
            Some("2031-01-10"),
            "{host}"
        );
    }
}

#[test]
fn a_host_in_the_text_and_a_latin_headline_stay() {
    // A host the text leads to stays its words, as before.
    let r = report(&untitled_page(&[]));
    assert!(
        paragraphs(&r)
            .iter()
            .any(|p| p.contains("www.example.gov.cn")),
        "{:#?}",
        paragraphs(&r)
    );
    // A headline in capitals with a full stop is no host.
    let r = report(&untitled_page(&["Report.GOV 2031"]));
    assert_eq!(r.title.as_str(), "Report.GOV 2031");
}

/// An e-paper's page around a procuratorate's report, its controls as
/// `controls` gives them.
fn e_paper_page(controls: [&str; 3]) -> String {
    [
        controls[0],
        "标题导航",
        controls[1],
        "2031年03月20日 星期三",
        controls[2],
        "某某市人民检察院工作报告",
        "——2031年1月24日在某某市第九届人民代表大会第二次会议上",
        "某某市人民检察院检察长 李明华",
        "各位代表：",
        "现在，我向大会报告市人民检察院工作，请予审议，并请市政协委员和其他列席人员提出意见。",
        "2030年，全市检察机关坚持服务大局，共办理各类案件9000余件。",
        "一、坚持服务大局，依法履行检察职责",
        "全年起诉各类犯罪1000余人，办理公益诉讼案件200余件。",
    ]
    .join("\n")
}

#[test]
fn an_e_papers_page_line_and_pager_are_its_controls() {
    let r = report(&e_paper_page([
        "第05版:综合 上一版4  6下一版",
        "回到首页 | 标题导航",
        "5 上一篇  下一篇 6 放大 缩小 默认",
    ]));
    assert_eq!(r.title.as_str(), "某某市人民检察院工作报告");
    assert!(
        !paragraphs(&r)
            .iter()
            .any(|p| p.contains("上一篇") || p.contains("导航")),
        "{:#?}",
        paragraphs(&r)
    );
    assert!(
        !headings(&r).iter().any(|h| h.contains("导航")),
        "{:?}",
        headings(&r)
    );
}

#[test]
fn an_e_papers_page_line_alone_and_its_known_controls_read_as_before() {
    // The page and its section's name alone, the pager and the
    // zoom row: controls on main already, the title read as before (a page
    // line naming a headline is none: the widgets' unit test).
    let r = report(&e_paper_page([
        "第05版：综合",
        "上一期 下一期",
        "放大 缩小 默认",
    ]));
    assert_eq!(r.title.as_str(), "某某市人民检察院工作报告");
    assert_eq!(headings(&r), ["一、坚持服务大局，依法履行检察职责"]);
}

// The review's counter-cases (review36): shapes the rules first took and
// main read as the text's.

#[test]
fn a_place_glued_to_where_it_leads_in_the_prose_stays_the_texts() {
    // After the report's prose has begun, a place named after 所在位置 and
    // where it leads (`→`, `>`) are the text's words, as on main.
    for line in [
        "线路所在位置：某某镇→某某乡",
        "当前所在位置：规划审批>施工招标",
    ] {
        let page = standing_committee_page(&[]) + "\n" + line + "\n全长18公里，今年建成通车。";
        let r = report(&page);
        assert!(
            headings(&r).iter().any(|h| h.contains(line))
                || paragraphs(&r).iter().any(|p| p.contains(line)),
            "{line}: {:?} {:#?}",
            headings(&r),
            paragraphs(&r)
        );
    }
}

#[test]
fn a_lower_case_name_on_no_sites_domain_reads_as_before() {
    // `the.report` ends on no top-level domain a site's host ends on: no
    // host, the page's first line as on main.
    let r = report(&untitled_page(&["the.report"]));
    assert_eq!(r.title.as_str(), "the.report");
}

#[test]
fn a_page_a_name_and_a_figure_without_page_controls_stay_the_texts() {
    // A contents' line (`第一版 总则 1`) has no 上一版 or 下一版 beside
    // the page's name: the text's, as on main.
    for line in ["第一版 总则 1", "第2版 要闻 3"] {
        let page = standing_committee_page(&[]) + "\n" + line + "\n本规划第一版自2025年起实施。";
        let r = report(&page);
        assert!(
            paragraphs(&r).iter().any(|p| p.contains(line)),
            "{line}: {:#?}",
            paragraphs(&r)
        );
    }
}
