//! Figures written in Chinese numerals, as reports before about 2000 write
//! them, read exactly as their Arabic twins are (only the words differ).
use super::*;
use report_core::FigureKind;

fn figures(text: &str) -> Vec<Figure> {
    paragraph_figures(text, 0, 0, Some("1990"))
}

/// Every field the table shows but the words the figure and its period were
/// read from.
fn fields(f: &Figure) -> String {
    format!(
        "{} {} {:?} {} {:?} {:?} {:?} {:?} {:?}",
        f.indicator, f.value, f.high, f.unit, f.normalized, f.kind, f.qualifier, f.status, f.period
    )
}

fn same_as_arabic(chinese: &str, arabic: &str) {
    let got: Vec<String> = figures(chinese).iter().map(fields).collect();
    let want: Vec<String> = figures(arabic).iter().map(fields).collect();
    assert!(!want.is_empty(), "{arabic}");
    assert_eq!(got, want, "{chinese}");
}

#[test]
fn amounts_keep_the_magnitude_they_are_written_with() {
    same_as_arabic(
        "全国工业总产值达到五百八十六亿元，粮食产量达到三千六百五十亿斤，钢产量四百四十六万吨。",
        "全国工业总产值达到586亿元，粮食产量达到3650亿斤，钢产量446万吨。",
    );
    same_as_arabic(
        "国内生产总值达到七万九千五百五十三亿元，城镇新增就业一千一百万人以上。",
        "国内生产总值达到79553亿元，城镇新增就业1100万人以上。",
    );
    same_as_arabic("财政收入突破一万亿元。", "财政收入突破1万亿元。");
    same_as_arabic("新建住宅八千多万平方米。", "新建住宅8000多万平方米。");
    same_as_arabic(
        "工农业总产值达到一千三百八十七亿四千万元，全国人口六亿多人。",
        "工农业总产值达到1387.4亿元，全国人口6亿多人。",
    );
    same_as_arabic(
        "工程技术人员十七万五千人，比一九五二年增长两倍。",
        "工程技术人员175000人，比1952年增长2倍。",
    );
    let steel = &figures("钢产量四百四十六万吨。")[0];
    assert_eq!((steel.value, steel.unit.as_str()), (446.0, "万吨"));
}

#[test]
fn rates_written_in_words_are_percentages() {
    same_as_arabic(
        "农业总产值比上年增长百分之四点五左右，物价上涨幅度控制在百分之六至百分之八。",
        "农业总产值比上年增长4.5%左右，物价上涨幅度控制在6%至8%。",
    );
    same_as_arabic(
        "财政收入占国民收入的比重为百分之二十五，棉花产量下降百分之二点五。",
        "财政收入占国民收入的比重为25%，棉花产量下降2.5%。",
    );
    same_as_arabic(
        "人口自然增长率控制在千分之十二以内。",
        "人口自然增长率控制在12‰以内。",
    );
    same_as_arabic("工业生产增长百分之7。", "工业生产增长7%。");
    let rise = &figures("出口增长百分之十到十五。")[0];
    assert_eq!(
        (rise.value, rise.high, rise.kind),
        (10.0, Some(15.0), FigureKind::Growth)
    );
}

#[test]
fn years_in_chinese_numerals_are_periods() {
    same_as_arabic(
        "一九五六年，全国工业总产值达到五百八十六亿元，比一九五五年增长百分之二十八点二。",
        "1956年，全国工业总产值达到586亿元，比1955年增长28.2%。",
    );
    for year in ["二〇二三年", "二零二三年", "二○二三年"] {
        let f = &figures(&format!("{year}，粮食产量达到六千九百五十亿公斤。"))[0];
        assert_eq!(f.period.as_deref(), Some("2023"), "{year}");
        assert_eq!(f.period_words.as_deref(), Some(year));
    }
}

#[test]
fn lone_digits_and_digit_strings_are_no_figures() {
    // `一批`, `两个`: a lone digit counts nothing read here; a year spelled
    // digit by digit is no amount.
    for text in ["建成一批项目，打好两个基础。", "一九九八年", "一点点进步。"]
    {
        assert!(figures(text).is_empty(), "{text}");
    }
}

#[test]
fn full_width_digits_and_thousands_separators() {
    same_as_arabic(
        "１９５５年本年收入合计２７，２０３，３１９，０００元，比上年增长３．６８％。",
        "1955年本年收入合计27203319000元，比上年增长3.68%。",
    );
    let f = &figures("１９５５年收入增长３．６８％。")[0];
    assert_eq!(f.text, "３．６８％");
    assert_eq!(f.period_words.as_deref(), Some("１９５５年"));
    // Three digits after a comma continue the number; other lengths are a
    // new clause's.
    let counts: Vec<f64> = figures("新建学校１２，３４５所。")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(counts, vec![12345.0]);
    let counts: Vec<f64> = figures("学校12所，医院3456所。")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(counts, vec![12.0, 3456.0]);
}

#[test]
fn comparisons_with_a_base_year_and_annual_averages_name_their_subject() {
    same_as_arabic(
        "农业总产值比一九六四年增长百分之五左右。",
        "农业总产值比1964年增长5%左右。",
    );
    let names =
        |text: &str| -> Vec<String> { figures(text).into_iter().map(|f| f.indicator).collect() };
    assert_eq!(
        names("农业总产值比一九六四年增长百分之五左右。"),
        ["农业总产值"]
    );
    assert_eq!(names("钢产量较2020年下降3%。"), ["钢产量"]);
    assert_eq!(
        names("过去五年，国民收入达到九千一百五十三亿元，平均每年增长百分之十点七。"),
        ["国民收入", "国民收入"]
    );
    let average = &figures("过去五年，国民收入达到9153亿元，平均每年增长10.7%。")[1];
    assert_eq!(average.period.as_deref(), Some("1985–1989"));
}

#[test]
fn words_under_yi_before_more_than_wan_count_wan() {
    same_as_arabic(
        "原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨。",
        "原煤产量达到77000多万吨，原油达到11400多万吨。",
    );
}

#[test]
fn a_range_with_the_unit_on_both_ends() {
    same_as_arabic(
        "粮食总产量要达到七千二百亿斤到七千五百亿斤，人均收入一百五十元至二百元。",
        "粮食总产量要达到7200亿斤到7500亿斤，人均收入150元至200元。",
    );
    let range = &figures("粮食总产量要达到七千二百亿斤到七千五百亿斤。")[0];
    assert_eq!((range.value, range.high), (7200.0, Some(7500.0)));
    // A move from one level to another is no range.
    let moved = figures("消费水平从一百七十五元到二百八十八元。");
    assert_eq!(moved.len(), 2);
}
