//! Shapes found reading the State Council's grain figures in the app
//! (`粮食产量` in the figures table over the reports of 1954–2025): a
//! magnitude of two characters, words between a subject and its figure, a
//! clause going on from the figure before, and changes said by their verb
//! alone.
use super::test_support::{figures, names};
use report_core::FigureKind::*;

#[test]
fn ten_thousand_yi_is_one_magnitude_before_any_unit() {
    let f = &figures("粮食产量首次跃上1.4万亿斤新台阶。")[0];
    assert_eq!((f.value, f.unit.as_str()), (1.4, "万亿斤"));
    assert_eq!(f.normalized.as_ref().map(|n| n.value), Some(7e8));
    // `万亿元` is still 万 and the unit 亿元.
    assert_eq!(figures("国内生产总值达到134万亿元。")[0].unit, "万亿元");
    // `台阶` is a step, not 台 (sets): a milestone is no count.
    assert!(figures("地区生产总值迈上5万亿台阶。").is_empty());
}

#[test]
fn a_modal_or_a_level_word_before_the_figure_is_no_part_of_its_name() {
    assert_eq!(names("粮食产量要稳定在5.5亿吨以上。"), ["粮食产量"]);
    assert_eq!(names("全国粮食总产量在4800亿公斤以上。"), ["粮食总产量"]);
    // With the adverb before it.
    assert_eq!(
        names("化学需氧量、氨氮排放都要减少2%左右。"),
        ["化学需氧量、氨氮排放"]
    );
    // Words that end in 要 or 在, and a capital's 都, stay.
    assert_eq!(names("主要农产品需要100万吨。")[0], "主要农产品需要");
    assert_eq!(names("首都要达到4万亿元。")[0], "首都");
}

#[test]
fn a_resolve_opening_the_clause_is_no_part_of_the_name() {
    assert_eq!(names("争取1997年粮食产量达到4.75亿吨。"), ["粮食产量"]);
}

#[test]
fn a_clause_going_on_from_the_figure_before_names_the_next_after_its_list_mark() {
    let got = figures("粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。");
    assert_eq!(
        got.iter()
            .map(|f| (f.indicator.as_str(), f.kind))
            .collect::<Vec<_>>(),
        [("粮食产量", Quantity), ("亩产", Change)]
    );
}

#[test]
fn a_word_of_change_alone_after_a_figure_says_how_much_that_one_changed() {
    let got = figures("全年粮食总产量达到46947万吨，增产3877万吨。");
    assert_eq!(
        got.iter()
            .map(|f| (f.indicator.as_str(), f.value, f.kind))
            .collect::<Vec<_>>(),
        [
            ("粮食总产量", 46947.0, Quantity),
            ("粮食总产量", 3877.0, Change)
        ]
    );
}

#[test]
fn an_adverb_alone_names_nothing_and_the_subject_before_is_taken() {
    assert_eq!(
        names("人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。"),
        ["人民币存款、贷款余额", "人民币存款、贷款余额"]
    );
}
