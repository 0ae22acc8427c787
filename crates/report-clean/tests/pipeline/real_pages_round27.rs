//! Made-up pages of the shapes the ninth look at real report pages
//! (pages27, docs/quality-real-pages.md) found read wrong.

use crate::support::shapes::{first_paragraph, headings, report, stated_day};

#[test]
fn a_delivery_line_whose_day_lost_its_year_and_month_signs_still_dates_the_speech() {
    // `2031年1月5日` copied as `203115日`, the line broken before the
    // congress; the speaker's name alone under it.
    let text = [
        "2030年政府工作报告",
        "203115日在某某市某某区第六届",
        "人民代表大会第四次会议上",
        "张某某",
        "各位代表:",
        "现在,我代表区人民政府向大会报告工作,请予审议。",
        "一、2030年工作回顾",
        "过去一年,全区地区生产总值增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2031-01-05"));
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(headings(&r), ["一、2030年工作回顾"]);
    // `--2030831在…`: only 8-31 splits `831` into a date.
    let text = [
        "某某区人民政府关于某某区2029年财政决算(草案)的报告",
        "--2030831在区第十七届人大常委会第三十一次会议上",
        "主任、各位副主任,各位委员:",
        "受区人民政府委托,现将某某区2029年财政决算(草案)报告如下,请予审查。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-08-31"));
    // `2031115日` is 1-15 or 11-5: the speech is dated to its year only,
    // not to the day the site posted it.
    let text = [
        "某某省人民检察院工作报告",
        "发布时间:2031-01-18 浏览次数:9341",
        "——2031115日在某某省第七届人民代表大会第一次会议上",
        "各位代表:",
        "现在,我代表省人民检察院向大会报告工作,请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    let date = r.date.expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2031", false));
}

#[test]
fn a_tag_of_figures_and_letters_or_a_slogan_after_one_ending_every_line_is_a_watermark() {
    for tag in ["xq7", "k3m某某网--为某某服务"] {
        let text = [
            "政 府 工 作 报 告",
            "2031年1月22日在某某镇第十七届人民代表大会第九次会议上",
            "张某某",
            "各位代表:",
            "现在,我代表镇人民政府向大会作工作报告,请予以审议。",
            "一、2030年主要工作",
            "全年实现财政收入3793.5万元,完成年度任务108.7%。",
        ]
        .map(|line| format!("{line}{tag}"))
        .join("\n");
        let r = report(&text);
        assert_eq!(r.authors, ["张某某"], "{tag}");
        assert_eq!(headings(&r), ["一、2030年主要工作"], "{tag}");
        assert_eq!(
            first_paragraph(&r),
            "各位代表:现在,我代表镇人民政府向大会作工作报告,请予以审议。",
            "{tag}"
        );
        assert_eq!(stated_day(&r).as_deref(), Some("2031-01-22"), "{tag}");
    }
}

#[test]
fn a_header_run_on_where_the_copy_left_marks_for_lost_spaces_is_cut_into_its_parts() {
    // The delivery line, the speaker and the salutation run into one
    // paragraph; `?` and `;` stand where the copy lost a space.
    for speaker in ["某某区人民政府区长? 张?某", "区人民政府区长;张某某"] {
        let text = [
            "【某某区招商】2031年某某区政府工作报告".to_string(),
            format!(
                "2030年12月26日在某某市某某区第五届人民代表大会第七次会议上{speaker}各位代表:现在,我代表区人民政府向大会报告工作,请予审议。"
            ),
        ]
        .join("\n");
        let r = report(&text);
        assert_eq!(stated_day(&r).as_deref(), Some("2030-12-26"), "{speaker}");
        let name = if speaker.contains('?') {
            "张某"
        } else {
            "张某某"
        };
        assert_eq!(r.authors, [name], "{speaker}");
        assert_eq!(
            first_paragraph(&r),
            "各位代表:现在,我代表区人民政府向大会报告工作,请予审议。",
            "{speaker}"
        );
    }
}

#[test]
fn a_speakers_line_under_the_delivery_line_with_marks_for_lost_spaces_names_the_speaker() {
    let text = [
        "政府工作报告",
        "——2031年1月6日在某某县第十八届人民代表大会第二次会议上",
        "某某县人民政府县长? 王?某",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).authors, ["王某"]);
}

#[test]
fn a_headline_ending_on_its_day_in_brackets_under_a_menu_button_is_the_title() {
    // A narrow screen's menu button over a repost's headline, the report's
    // bare title and a broken delivery line under it.
    let text = [
        "导航菜单",
        "(某某省)某某藏族自治州人民政府工作报告(2031年3月1日)",
        "政 府 工 作 报 告",
        "——2031年3月1日在某某藏族自治州第十五届",
        "人民代表大会第四次会议上",
        "州 长 张某某",
        "各位代表:",
        "现在,我代表自治州人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某藏族自治州人民政府工作报告");
    assert_eq!(r.authors, ["张某某"]);
    // A bracket of the day and a name of no known surname is the
    // headline's annotation: set aside, and no speaker read from it.
    let text = [
        "某某藏族自治州政府工作报告(2031年2月22日 某杰)",
        "2031年03月16日 15:54 来源:某某州人民政府",
        "——2031年2月22日在某某藏族自治州第十五届人民代表大会第二次会议上",
        "各位代表:",
        "现在,我代表州人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某藏族自治州政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2031-02-22"));
    // A page's note on its copy after a day is no name: the bracket is the
    // title's, the day no speech's.
    for note in ["更新", "截止", "草案", "修改版"] {
        let text = [
            format!("某某县统计数据报告(2030年9月30日 {note})"),
            "发布时间:2031-02-20".to_string(),
            "全县地区生产总值增长5%。".to_string(),
        ]
        .join("\n");
        let r = report(&text);
        assert_eq!(stated_day(&r).as_deref(), Some("2031-02-20"), "{note}");
    }
}

#[test]
fn the_issuing_organs_field_under_the_headline_is_the_source_not_the_title() {
    let text = [
        "某某路街道2030年工作总结",
        "  • 发文机构:某某市某某区人民政府某某路街道办事处",
        "  • 发布日期:2031-02-02",
        "",
        "2030年是全面贯彻落实党的二十大精神的关键一年。某某路街道坚持稳中求进工作总基调,奋力完成年度各项目标任务。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某路街道2030年工作总结");
    assert_eq!(
        r.source.as_deref(),
        Some("某某市某某区人民政府某某路街道办事处")
    );
}

#[test]
fn figures_run_together_before_at_date_a_speech_only_before_its_session() {
    // A count before 在 (`20000在校生`) is no day: the posting date stands.
    let text = [
        "某某市人民政府关于做好2031年高校毕业生就业工作的通知",
        "发布时间：2031-03-05",
        "200000在校生",
        "各区县人民政府：",
        "为做好就业工作，现通知如下。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2031-03-05"));
    // With no `日`, `12` after the year is 1-2 or December: the year alone.
    let text = [
        "某某县人民政府工作报告",
        "——203012在某某县第五届人民代表大会第三次会议上",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    let date = report(&text).date.expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2030", false));
}

#[test]
fn codes_of_figures_and_capitals_the_text_writes_are_no_watermark() {
    // A table of pollutants flattened one cell a line: PM10 ends line
    // upon line, and is written inside the text's sentences too.
    let text = [
        "某某市2030年环境状况公报",
        "全市环境空气中PM10年均浓度为58微克/立方米，同比下降3%。",
        "甲县",
        "PM10",
        "乙县",
        "PM10",
        "丙县主要污染物为PM10",
        "丁县主要污染物为PM10",
        "PM10和PM2.5年均浓度均达到二级标准。",
    ]
    .join("\n");
    let r = report(&text);
    let body: String = r.paragraphs().collect();
    assert_eq!(body.matches("PM10").count(), 2, "{body}");
    assert!(r.noise.iter().all(|n| n.text != "PM10"));
}

#[test]
fn a_mark_before_a_second_persons_office_parts_two_people() {
    // `;` before 副市长 parts the mayor from his deputy: no lost space, so
    // the deputy is never read as the speaker.
    for line in ["市长 王某某;副市长 李某某", "代理市长?王某;市长助理?李某"]
    {
        let text = [
            "某某市人民政府工作报告",
            "——2031年1月5日在某某市第五届人民代表大会第三次会议上",
            line,
            "各位代表:",
            "现在,我代表市人民政府向大会报告工作,请予审议。",
        ]
        .join("\n");
        let r = report(&text);
        assert!(
            r.authors.iter().all(|a| !a.contains('李')),
            "{line}: {:?}",
            r.authors
        );
    }
}
