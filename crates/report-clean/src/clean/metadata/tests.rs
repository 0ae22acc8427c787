//! Tests of the parent module.
use super::*;

#[test]
fn metadata_with_labels() {
    let m = parse_metadata_line("来源:中国网特产中国 作者:阎家鹏 发布时间:2021-02-19").unwrap();
    assert_eq!(m.source.as_deref(), Some("中国网特产中国"));
    assert_eq!(m.authors, vec!["阎家鹏"]);
    assert_eq!(m.date.unwrap().1, "2021-02-19");
}

#[test]
fn metadata_each_field_in_its_brackets() {
    let m = parse_metadata_line("【来源：某某区融媒体中心】【作者：李明】【发布时间：2024-01-05】")
        .unwrap();
    assert_eq!(m.source.as_deref(), Some("某某区融媒体中心"));
    assert_eq!(m.authors, vec!["李明"]);
    assert_eq!(m.date.unwrap().1, "2024-01-05");
}

#[test]
fn metadata_starting_with_a_date_and_an_organisation_as_author() {
    let m = parse_metadata_line(
        "2020-05-14 09:24:00 来源:济南市济阳区政府 作者:济阳区信息新闻中心 责任编辑:康康 字号:T|T",
    )
    .unwrap();
    assert_eq!(m.source.as_deref(), Some("济南市济阳区政府"));
    assert!(m.authors.is_empty());
    assert!(m.date.is_some());
}

#[test]
fn an_organ_credited_as_author_is_the_source() {
    let m = parse_metadata_line("发布时间：2023-02-10 09:12 作者：县政府办 点击数：1024").unwrap();
    assert_eq!(m.source.as_deref(), Some("县政府办"));
    assert!(m.authors.is_empty());
    let m = parse_metadata_line("作者：区发改委 时间：2024-01-05").unwrap();
    assert_eq!(m.source.as_deref(), Some("区发改委"));
    // A labelled source still wins, whichever field stands first.
    let m = parse_metadata_line("作者：县府办　来源：某某县人民政府").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某县人民政府"));
    // A person is an author, never the source.
    let m = parse_metadata_line("作者：李明 时间：2024-01-05").unwrap();
    assert_eq!(m.source, None);
    assert_eq!(m.authors, vec!["李明"]);
}

#[test]
fn metadata_with_glued_body_and_advertising() {
    let m = parse_metadata_line("阅读 · 发布日期 2021-05-31 08:45 · 潍坊网站建设城市建设是一个区域发展水平的重要名片,也是赢得未来竞争的重要优势。").unwrap();
    assert_eq!(m.source, None);
    assert_eq!(m.advertising.as_deref(), Some("潍坊网站建设"));
    assert!(m.trailing_body.unwrap().starts_with("城市建设是一个区域"));
}

#[test]
fn full_width_labels_and_other_sources() {
    let m = parse_metadata_line("成文日期： 2024-01-15 发布日期： 2024-01-22").unwrap();
    assert_eq!(m.date.map(|d| d.1), Some("2024-01-22".to_string()));
    let m = parse_metadata_line("发布日期：二〇二三年一月十六日").unwrap();
    assert_eq!(m.date.map(|d| d.0.day), Some(Some(16)));
    let m = parse_metadata_line("稿源：县政府办 更新时间：2022-01-20").unwrap();
    assert_eq!(m.source.as_deref(), Some("县政府办"));
    let m = parse_metadata_line("信息来源：潍坊日报　发布日期：2022年3月8日").unwrap();
    assert_eq!(m.source.as_deref(), Some("潍坊日报"));
    assert_eq!(m.date.unwrap().1, "2022年3月8日");
}

#[test]
fn a_disclosure_grids_labels_spaced_to_one_width() {
    let m = parse_metadata_line("标    题：大营镇2024年政府工作报告").unwrap();
    assert_eq!(m.title.as_deref(), Some("大营镇2024年政府工作报告"));
    let m = parse_metadata_line("索 引 号：114109/2024-00012  来　　源：镇政府办").unwrap();
    assert_eq!(m.source.as_deref(), Some("镇政府办"));
    // Spaced characters in prose are no label: a colon must follow.
    assert_eq!(parse_metadata_line("我们的标 题是发展"), None);
}

#[test]
fn a_written_date_gives_way_to_a_published_one_on_a_later_line() {
    let m = parse_metadata_line("发文机关：大营镇人民政府    成文日期：2024年02月20日").unwrap();
    assert!(m.date_is_written);
    let mut grid = m;
    let published = parse_metadata_line("发布日期：2024年02月26日").unwrap();
    assert!(!published.date_is_written);
    grid.merge_date(published.date, published.date_is_written);
    assert_eq!(grid.date.unwrap().1, "2024年02月26日");
    // A first published date stays.
    let mut first = parse_metadata_line("发布日期：2024-01-05").unwrap();
    first.merge_date(
        parse_metadata_line("更新时间：2024-03-01").unwrap().date,
        false,
    );
    assert_eq!(first.date.unwrap().1, "2024-01-05");
}

#[test]
fn a_bureau_head_delivers_the_plan_or_the_budget() {
    assert_eq!(
        parse_speaker_line("宁乡市发展和改革局局长 周 明").as_deref(),
        Some("周明")
    );
    assert_eq!(
        parse_speaker_line("省财政厅厅长 王 强").as_deref(),
        Some("王强")
    );
    assert_eq!(parse_speaker_line("局长带头抓落实"), None);
    // The day the speaker's line may carry in brackets.
    assert_eq!(
        parse_speaker_line("县长　王小明（2024年1月5日）").as_deref(),
        Some("王小明")
    );
    assert_eq!(parse_speaker_line("县长 王小明（代）"), None);
}

#[test]
fn the_court_the_procuratorate_and_a_sumu_deliver_reports_too() {
    assert_eq!(
        parse_speaker_line("某某市中级人民法院院长 赵 建").as_deref(),
        Some("赵建")
    );
    assert_eq!(
        parse_speaker_line("某某县人民检察院检察长  钱明").as_deref(),
        Some("钱明")
    );
    assert_eq!(
        parse_speaker_line("苏木达  巴特尔").as_deref(),
        Some("巴特尔")
    );
    assert_eq!(parse_speaker_line("院长带队深入基层督查"), None);
}

#[test]
fn datelines_standing_alone_and_editors_notes() {
    let d = standalone_dateline("（新华社北京3月12日电）").unwrap();
    assert_eq!(d.source.as_deref(), Some("新华社"));
    assert_eq!(d.month_day, Some((3, 12)));
    assert_eq!(
        standalone_dateline("中新网3月5日电")
            .and_then(|d| d.source)
            .as_deref(),
        Some("中新网")
    );
    // A dateline that opens a paragraph of news is not one alone.
    assert!(standalone_dateline("新华社北京3月12日电 十四届全国人大二次会议12日闭幕。").is_none());
    assert!(is_editor_note("【编者按】现将全文刊发如下。"));
    assert!(is_editor_note("编者按：1月16日，市长作政府工作报告。"));
    assert!(!is_editor_note("编制按期完成。"));
}

#[test]
fn prose_is_not_metadata() {
    assert_eq!(parse_metadata_line("坊子区坚持就业是最大的民生，"), None);
    assert_eq!(
        parse_metadata_line("做优做强三大产业 重点打造五大片区"),
        None
    );
}

#[test]
fn bylines() {
    assert_eq!(parse_byline("□刘华强 吕宣龙 牟峻莹").unwrap().len(), 3);
    assert_eq!(parse_byline("(阎家鹏)").unwrap(), vec!["阎家鹏"]);
    assert_eq!(parse_byline("（记者 张伟）").unwrap(), vec!["张伟"]);
    assert_eq!(
        parse_byline("本报记者 张伟 通讯员 刘洋").unwrap(),
        vec!["张伟", "刘洋"]
    );
    assert_eq!(
        parse_byline("记者 李四 实习生王五").unwrap(),
        vec!["李四", "王五"]
    );
    assert_eq!(parse_byline("记者 通讯员"), None);
    assert!(is_document_number("某政发〔2023〕3号"));
    assert!(is_document_number("某办字[2024]12号"));
    assert!(!is_document_number("2023年3号"));
    assert!(!is_document_number("一、落实〔2023〕号"));
    assert_eq!(parse_byline("(资料图)"), None);
    assert_eq!(parse_byline("航天城"), None);
    let (rest, names, byline) =
        split_trailing_byline("确保如期全面建成小康社会。 (孟强 门波)").unwrap();
    assert_eq!(rest, "确保如期全面建成小康社会。");
    assert_eq!(names, vec!["孟强", "门波"]);
    assert_eq!(byline, "(孟强 门波)");
    assert_eq!(split_trailing_byline("泰华城封顶(资料图)"), None);
}

#[test]
fn datelines() {
    let d = parse_dateline("·闪电新闻7月6日讯 6日,记者从潍坊市获悉").unwrap();
    assert_eq!(d.source.as_deref(), Some("闪电新闻"));
    assert_eq!(d.month_day, Some((7, 6)));
    assert_eq!(d.text, "·闪电新闻7月6日讯");
    assert_eq!(d.rest, "6日,记者从潍坊市获悉");
    let d = parse_dateline("本报讯 近日,我区召开会议。").unwrap();
    assert_eq!(d.source, None);
    assert_eq!(d.rest, "近日,我区召开会议。");
    let d = parse_dateline("本报潍坊3月7日讯 今年以来，寒亭区坚持项目为王。").unwrap();
    assert_eq!(d.source, None);
    assert_eq!(d.month_day, Some((3, 7)));
    let d = parse_dateline("本报讯（记者 张伟 通讯员 刘洋）3月6日，某某县召开会议。").unwrap();
    assert_eq!(d.authors, vec!["张伟", "刘洋"]);
    assert_eq!(d.text, "本报讯（记者 张伟 通讯员 刘洋）");
    assert_eq!(d.rest, "3月6日，某某县召开会议。");
    let d = parse_dateline("【大众网3月2日讯】记者获悉").unwrap();
    assert_eq!(d.source.as_deref(), Some("大众网"));
    assert_eq!(d.rest, "记者获悉");
    assert_eq!(parse_dateline("今年以来,我区经济持续向好。"), None);
    assert_eq!(
        parse_dateline("坊子区坚持就业是最大的民生，全面落实就业优先政策"),
        None
    );
}

#[test]
fn a_datelines_credit_naming_how_its_people_worked_or_an_office() {
    // The whole bracket is the dateline's; its people are authors, an
    // office none; the paragraph keeps no half of it.
    let d =
        parse_dateline("某某网10月4日讯（记者陈智 整合） 国庆长假过半，外媒关注某市。").unwrap();
    assert_eq!(d.authors, vec!["陈智"]);
    assert_eq!(d.rest, "国庆长假过半，外媒关注某市。");
    let d = parse_dateline("本报讯（记者王佳 通讯员李明 整理）某某县召开会议。").unwrap();
    assert_eq!(d.authors, vec!["王佳", "李明"]);
    assert_eq!(d.rest, "某某县召开会议。");
    let d = parse_dateline("本报讯（县委办 供稿）某某县召开会议。").unwrap();
    assert!(d.authors.is_empty());
    assert_eq!(d.text, "本报讯（县委办 供稿）");
    assert_eq!(d.rest, "某某县召开会议。");
}

#[test]
fn supplied_closing_a_name_labels_nothing_after_it() {
    // `某某供稿 摄影/张三`: the photographer is no source; `供稿：` still labels.
    let m = parse_metadata_line("县委宣传部、县融媒体中心供稿 摄影/张三 编辑/李四");
    assert_eq!(m.and_then(|m| m.source), None);
    let m = parse_metadata_line("供稿：县委宣传部").unwrap();
    assert_eq!(m.source.as_deref(), Some("县委宣传部"));
}

#[test]
fn english_labels_of_a_mirror() {
    let m = parse_metadata_line("Source: 广州市人民政府办公厅  Date: 2024-01-22").unwrap();
    assert_eq!(m.source.as_deref(), Some("广州市人民政府办公厅"));
    assert_eq!(m.date.map(|(d, _)| d.year), Some(Some(2024)));
    // A word inside a longer one, or without its colon, is no label.
    assert!(parse_metadata_line("Open Sources of growth").is_none());
    assert!(parse_metadata_line("Resource: 某某").is_none());
}

#[test]
fn english_labels_of_a_sites_english_interface() {
    // `Updated:` dates the page, `From:` names its publisher; a name in
    // Latin letters keeps its words.
    let m = parse_metadata_line("Updated: 2023-01-18   From: 东莞市人民政府办公室").unwrap();
    assert_eq!(m.source.as_deref(), Some("东莞市人民政府办公室"));
    assert_eq!(m.date.map(|(d, _)| d.day), Some(Some(18)));
    let m = parse_metadata_line("Source: Zhangjiagang Municipal Government   Updated: 2024-01-25")
        .unwrap();
    assert_eq!(
        m.source.as_deref(),
        Some("Zhangjiagang Municipal Government")
    );
    assert_eq!(m.date.map(|(d, _)| d.month), Some(Some(1)));
    assert!(parse_metadata_line("Where it came from: 某某").is_none());
}

#[test]
fn a_date_led_line_names_its_publisher_between_bars() {
    let m = parse_metadata_line("2024-01-15 08:30 | 某某县人民政府 | Views: 1203").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某县人民政府"));
    assert_eq!(m.date.unwrap().1, "2024-01-15");
    let m = parse_metadata_line("2023年5月6日 某某日报 浏览次数：88").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某日报"));
    // A labelled source wins; a field of other words is no publisher.
    let m = parse_metadata_line("2024-01-15 | 某某新闻网 | 来源：某某县融媒体中心").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某县融媒体中心"));
    let m = parse_metadata_line("2024-01-15 | 阅读全文 | 打印").unwrap();
    assert_eq!(m.source, None);
}

#[test]
fn the_pages_controls_run_onto_the_source_end_it() {
    let m = parse_metadata_line("发布时间：2021-02-03 来源：县政府办【字体：大 中 小】").unwrap();
    assert_eq!(m.source.as_deref(), Some("县政府办"));
    let m = parse_metadata_line("来源：某某日报[打印][关闭]").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某日报"));
}

#[test]
fn a_counter_run_onto_the_source_ends_it() {
    let m = parse_metadata_line("发布时间：2024-01-22来源：旗政府办浏览量：356").unwrap();
    assert_eq!(m.source.as_deref(), Some("旗政府办"));
    let m = parse_metadata_line("来源：某某县融媒体中心 点击数：1024").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某县融媒体中心"));
}

#[test]
fn who_put_the_page_up_is_its_source_unless_a_person() {
    let m = parse_metadata_line("发布者：县政府办　发布日期：2003-03-05　阅读次数：88").unwrap();
    assert_eq!(m.source.as_deref(), Some("县政府办"));
    let m = parse_metadata_line("发布者：张伟 发布日期：2003-03-05").unwrap();
    assert_eq!(m.source, None);
}

#[test]
fn a_delivery_line_without_its_dash_or_with_a_two_digit_year() {
    assert!(is_undated_delivery_line(
        "在某某县第十一届人民代表大会第四次会议上"
    ));
    // A sentence opening on 在 and ending on 上 is none.
    assert!(!is_undated_delivery_line("在县委的坚强领导下，全县上下"));
    assert!(!is_undated_delivery_line("在全县经济工作会议上，书记强调"));
    let (date, said) =
        parse_delivery_line("（24年1月在某某县第十八届人民代表大会第四次会议上）").unwrap();
    assert_eq!((date.year, date.month), (Some(2024), Some(1)));
    assert_eq!(said, "24年1月");
    let (date, _) =
        parse_delivery_line("（88年3月在某某县第十届人民代表大会第一次会议上）").unwrap();
    assert_eq!(date.year, Some(1988));
}

#[test]
fn a_date_in_figures_run_into_its_publishers_name() {
    let m = parse_metadata_line("2024-01-22某某区人民政府办公室").unwrap();
    assert_eq!(m.source.as_deref(), Some("某某区人民政府办公室"));
    assert_eq!(m.date.unwrap().1, "2024-01-22");
    // A headline opening on its day stays a headline.
    assert!(parse_metadata_line("2024年1月3日某某区人民政府召开常务会议").is_none());
    assert!(parse_metadata_line("2024-01-03某某区召开全区经济工作会议").is_none());
}

#[test]
fn a_source_naming_only_the_site_itself_is_none() {
    let m = parse_metadata_line("2024-01-22 10:30 来源：本站 【字号：大 中 小】 打印").unwrap();
    assert_eq!(m.source, None);
    assert_eq!(m.date.unwrap().1, "2024-01-22");
    let m = parse_metadata_line("来源：本站原创 发布时间：2024-01-22").unwrap();
    assert_eq!(m.source, None);
}

#[test]
fn a_date_with_its_months_english_name() {
    // An English interface's date (`Jan 18, 2023`), under an English or a
    // Chinese label, with a clock time after it or a field.
    let m = parse_metadata_line("Updated: Jan 18, 2023  From: 东莞市人民政府办公室").unwrap();
    assert_eq!(m.source.as_deref(), Some("东莞市人民政府办公室"));
    let (date, said) = m.date.unwrap();
    assert_eq!(
        (date.year, date.month, date.day),
        (Some(2023), Some(1), Some(18))
    );
    assert_eq!(said, "Jan 18, 2023");
    let m =
        parse_metadata_line("Source: Kunshan Municipal Government | Date: March 2, 2021").unwrap();
    assert_eq!(
        m.date.map(|(d, _)| (d.month, d.day)),
        Some((Some(3), Some(2)))
    );
    let m = parse_metadata_line("发布日期：18 January 2022 10:30  来源：淮安市人民政府").unwrap();
    assert_eq!(
        m.date.map(|(d, _)| (d.year, d.day)),
        Some((Some(2022), Some(18)))
    );
    // No month's name, no order of figures guessed.
    let m = parse_metadata_line("Updated: 3/2/2021  From: 某某").unwrap();
    assert_eq!(m.date, None);
}

#[test]
fn a_speaker_reporting_for_another_or_to_a_meeting_of_no_government() {
    // The deputy who delivers the report for the head is the speaker.
    assert_eq!(
        parse_speaker_line("县人民政府常务副县长 李明（受县长王强委托）").as_deref(),
        Some("李明")
    );
    assert_eq!(
        parse_speaker_line("副市长 张华(受市长委托)").as_deref(),
        Some("张华")
    );
    // A bracket of anything else is no commission.
    assert_eq!(parse_speaker_line("县长 王小明（受伤）"), None);
    // The heads who report to a company's or a school's congress.
    assert_eq!(
        parse_speaker_line("总经理 刘志强").as_deref(),
        Some("刘志强")
    );
    assert_eq!(parse_speaker_line("校长 周创兵").as_deref(), Some("周创兵"));
    assert_eq!(
        parse_speaker_line("集团公司董事长 王建").as_deref(),
        Some("王建")
    );
}

#[test]
fn an_organs_name_alone_in_the_chrome_names_the_owner() {
    // Labelled, or alone on its line (a site's name, an undated signature).
    assert_eq!(
        super::site_owners(["主办：宁乡市人民政府办公室", "宁乡市高桥镇人民政府"].into_iter()),
        ["宁乡市人民政府办公室", "宁乡市高桥镇人民政府"]
    );
    // A line of more than the organ's name is none.
    assert!(super::site_owners(["宁乡市高桥镇人民政府欢迎您"].into_iter()).is_empty());
}

#[test]
fn a_date_led_line_names_its_publisher_by_a_short_name() {
    // `<time>2021年02月03日</time> <span>县政府办</span>`: an organ's short
    // name set apart from the date.
    let m = parse_metadata_line("2021年02月03日 县政府办").unwrap();
    assert_eq!(m.source.as_deref(), Some("县政府办"));
    let m = parse_metadata_line("2024-01-15 08:30 | 区发改委 | 浏览：120").unwrap();
    assert_eq!(m.source.as_deref(), Some("区发改委"));
    // A person's name is no publisher.
    let m = parse_metadata_line("2021年02月03日 王小明").unwrap();
    assert_eq!(m.source, None);
}

#[test]
fn a_speakers_name_with_another_dot_or_with_particulars() {
    // Any dot between the parts of a name is its middle dot.
    for line in [
        "市长 买买提•艾力",
        "市长 买买提．艾力",
        "市长 买买提・艾力",
        "市长 买买提‧艾力",
    ] {
        assert_eq!(
            parse_speaker_line(line).as_deref(),
            Some("买买提·艾力"),
            "{line}"
        );
    }
    // A dot that stands between no two Han characters is none.
    assert_eq!(parse_speaker_line("市长 买买提•"), None);
    // A bracket of the speaker's sex, nationality or year of birth.
    assert_eq!(
        parse_speaker_line("县长 向 红（女，土家族）").as_deref(),
        Some("向红")
    );
    assert_eq!(
        parse_speaker_line("旗长 巴特尔（蒙古族，1968年生）").as_deref(),
        Some("巴特尔")
    );
    // Any other bracket stays the line's.
    assert_eq!(parse_speaker_line("县长 王小明（受伤）"), None);
    assert_eq!(parse_speaker_line("县长 王小明（女儿）"), None);
    // A 兵团 regiment's head.
    assert_eq!(parse_speaker_line("团长 刘建军").as_deref(), Some("刘建军"));
    // A state forest's or farm's head, a 嘎查's.
    assert_eq!(parse_speaker_line("场长 陈 智").as_deref(), Some("陈智"));
    assert_eq!(parse_speaker_line("嘎查达 宝 音").as_deref(), Some("宝音"));
}

#[test]
fn a_labelled_date_in_figures_only_one_reading_allows() {
    let day = |line: &str| {
        parse_metadata_line(line)
            .and_then(|m| m.date)
            .map(|(d, _)| (d.year, d.month, d.day))
    };
    assert_eq!(
        day("发布日期：20230115 信息来源：新沂市政府办"),
        Some((Some(2023), Some(1), Some(15)))
    );
    assert_eq!(
        day("发布时间：23-01-15 10:30 来源：古蔺县融媒体中心"),
        Some((Some(2023), Some(1), Some(15)))
    );
    assert_eq!(
        day("发布日期：98/3/12"),
        Some((Some(1998), Some(3), Some(12)))
    );
    assert_eq!(
        day("发布日期：15/01/2023 来源：某某"),
        Some((Some(2023), Some(1), Some(15)))
    );
    assert_eq!(
        day("发布日期：01/15/2023 来源：某某"),
        Some((Some(2023), Some(1), Some(15)))
    );
    // Both orders give a date: unread, as before.
    assert_eq!(day("发布日期：03/02/2021 来源：某某"), None);
    // Eight figures that are no date, separators mixed.
    assert_eq!(day("发布日期：20231345 来源：某某"), None);
    assert_eq!(day("发布日期：23-01/15 来源：某某"), None);
}

#[test]
fn publishing_alone_labels_a_date_only_where_figures_follow_its_colon() {
    let m = parse_metadata_line("发布：23-01-15 10:30  来源：某某县融媒体中心").unwrap();
    assert_eq!(
        m.date.map(|(d, _)| (d.year, d.month, d.day)),
        Some((Some(2023), Some(1), Some(15)))
    );
    assert_eq!(m.source.as_deref(), Some("某某县融媒体中心"));
    // A publisher after it, or the verb inside a sentence: no label.
    assert_eq!(parse_metadata_line("发布：某某县人民政府"), None);
    assert_eq!(parse_metadata_line("定期发布2024年重点项目清单"), None);
}

#[test]
fn a_speakers_line_letter_spaced_marked_masked_or_with_a_long_name() {
    // The office spaced out as a title is, under a government's name or none.
    assert_eq!(
        parse_speaker_line("区 长 王勤明").as_deref(),
        Some("王勤明")
    );
    assert_eq!(
        parse_speaker_line("某某市人民政府 市 长 李 某").as_deref(),
        Some("李某")
    );
    // A heading spaced out holds no office.
    assert_eq!(parse_speaker_line("城 市 长 效 管 理"), None);
    // A stray mark of the markup between office and name.
    assert_eq!(
        parse_speaker_line("某某县人民政府县长 & 武 昌").as_deref(),
        Some("武昌")
    );
    // Five characters set apart from the office by a space are the name;
    // run on to the office, they are not.
    assert_eq!(
        parse_speaker_line("自治区主席 乌云其其格").as_deref(),
        Some("乌云其其格")
    );
    assert_eq!(parse_speaker_line("自治区主席乌云其其格"), None);
    // A form of address after the name is none of it.
    assert_eq!(
        parse_speaker_line("代县长 张小明同志").as_deref(),
        Some("张小明")
    );
    // A masked name: the speaker's line, naming no one.
    assert_eq!(parse_speaker_line("旗 长  **"), None);
    assert!(is_masked_speaker_line("旗 长  **"));
    assert!(is_masked_speaker_line("县长 ××"));
    assert!(!is_masked_speaker_line("县长 王小明"));
    assert!(!is_masked_speaker_line("一、**"));
}

#[test]
fn a_delivery_line_whose_date_is_mistyped_or_a_templates_is_one() {
    assert!(is_undated_delivery_line(
        "——20211月12日在某某州第十五届人民代表大会第次会议上"
    ));
    assert!(is_undated_delivery_line(
        "——20xx年1月25日在某某市第十三届人民代表大会第三次会议上"
    ));
    // A month and day alone are no year's places.
    assert!(!is_undated_delivery_line(
        "1月25日在某某市第十三届人民代表大会第三次会议上"
    ));
    // A line of prose that opens on a year, wrapped where a clause ends on
    // 上, is no delivery line: the year is no opener.
    assert!(!is_undated_delivery_line(
        "2023年在县委的正确领导下，全县上下团结一心，各项工作迈上"
    ));
}
