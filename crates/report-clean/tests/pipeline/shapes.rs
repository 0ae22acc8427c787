//! Reports of other shapes than the seeds, made up for these tests: the rules
//! must be general, not tuned to five files.

use report_clean::{process_report, DatePrecision, NoiseKind, Report};

fn report(text: &str) -> Report {
    process_report("test.txt", text)
}

fn headings(r: &Report) -> Vec<String> {
    r.headings().collect()
}

#[test]
fn dateline_with_year_inferred_from_the_text() {
    let r = report(
        "大众网·海报新闻记者3月2日讯 近日,记者从济南市历城区获悉,2022年历城区固定资产投资增长8.1%,历城区重点项目建设加快推进。\n\
         一、产业发展\n\
         历城区坚持工业强区,大力发展先进制造业,全年新开工项目45个,总投资超过300亿元,为经济发展增添了动力。\n",
    );
    assert!(r.title_is_derived);
    let date = r.date.clone().unwrap();
    assert_eq!(
        (date.value.as_str(), date.precision, date.inferred),
        ("2022-03-02", DatePrecision::Day, true)
    );
    assert_eq!(r.source.as_deref(), Some("大众网·海报新闻记者"));
    assert_eq!(
        r.region.as_ref().unwrap().county.as_ref().unwrap().name,
        "历城区"
    );
    assert_eq!(headings(&r), vec!["一、产业发展"]);
    assert!(r.noise.iter().any(|n| n.kind == NoiseKind::Dateline));
}

#[test]
fn publication_time_line_and_full_width_punctuation() {
    let r = report(
        "青岛市黄岛区：奋力打造开放新高地\n\
         发布时间：２０２２年１２月３０日　　来源：青岛日报　　作者：张伟　李娜\n\
         \u{3000}\u{3000}２０２２年，黄岛区坚持开放引领，ＧＤＰ增长５．２％，实际使用外资达到２０亿美元，开放型经济水平持续提升。\n\
         \u{3000}\u{3000}扩大对外开放\n\
         \u{3000}\u{3000}黄岛区深化与日韩经贸合作，新引进外资项目６０个，进出口总额增长１０％，开放平台建设取得新进展。\n",
    );
    assert_eq!(r.title, "青岛市黄岛区：奋力打造开放新高地");
    assert_eq!(r.date.as_ref().unwrap().value, "2022-12-30");
    assert_eq!(r.source.as_deref(), Some("青岛日报"));
    assert_eq!(r.authors, vec!["张伟", "李娜"]);
    assert_eq!(
        r.region.as_ref().unwrap().county.as_ref().unwrap().name,
        "黄岛区"
    );
    assert_eq!(headings(&r), vec!["扩大对外开放"]);
    assert_eq!(r.paragraphs().count(), 2);
}

#[test]
fn report_without_title_or_date() {
    let r = report(
        "今年以来,全县上下坚持稳中求进工作总基调,扎实推进各项工作,经济社会保持平稳健康发展态势。\n\
         全县完成地区生产总值增长6%,一般公共预算收入增长5%,重点项目建设有力推进。\n",
    );
    assert!(r.title_is_derived);
    assert!(!r.title.is_empty());
    assert_eq!(r.date, None);
    assert_eq!(r.region, None);
    assert_eq!(r.paragraphs().count(), 2);
}

#[test]
fn traditional_characters_keep_their_structure() {
    let r = report(
        "推動高質量發展 建設現代化城區\n\
         發布日期：2021-06-18\n\
         今年以來，濰坊市奎文區堅持新發展理念，推動經濟社會高質量發展，各項工作取得明顯成效，群眾獲得感持續增強。\n\
         優化營商環境\n\
         全區深化「放管服」改革，推行「一窗受理」，企業開辦時間壓縮至一個工作日以內，市場主體持續增加。\n",
    );
    assert_eq!(r.title, "推動高質量發展 建設現代化城區");
    assert_eq!(r.date.as_ref().unwrap().value, "2021-06-18");
    assert_eq!(headings(&r), vec!["優化營商環境"]);
    assert_eq!(
        r.region.as_ref().unwrap().county.as_ref().unwrap().name,
        "奎文区"
    );
    assert_eq!(r.paragraphs().count(), 2);
}

#[test]
fn empty_and_whitespace_input_do_not_panic() {
    for text in ["", "   \n\n\u{3000}", "\u{FEFF}", "。", "a"] {
        let r = report(text);
        assert!(r.title_is_derived || !r.title.is_empty());
    }
}

#[test]
fn every_line_is_accounted_for() {
    // Nothing is silently thrown away: each source line ends up in the title,
    // subtitle, a heading, a paragraph, a caption or the noise list.
    let text = crate::support::seed_text("002_8bfe767dd4a329c4.txt");
    let r = report(&text);
    let kept: String = [r.title.clone(), r.subtitle.clone().unwrap_or_default()]
        .into_iter()
        .chain(r.headings())
        .chain(r.paragraphs().map(String::from))
        .chain(r.captions.iter().cloned())
        .chain(r.noise.iter().map(|n| n.text.clone()))
        .collect();
    let kept = report_clean::loose(&kept);
    for line in text
        .lines()
        .map(report_clean::loose)
        .filter(|l| !l.is_empty())
    {
        let probe: String = line.chars().take(12).collect();
        assert!(kept.contains(&probe), "line starting {probe:?} was lost");
    }
}
