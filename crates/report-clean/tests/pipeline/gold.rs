//! The seed reports against `tests/gold/seeds.json`, every field the gold
//! file gives, with its matching rules (tests/gold/README.md) as
//! `report_gold` scores them for `report-cli eval`. Each failure is
//! collected so one run lists everything that is off.

use crate::support::{repo_root, seed_text};
use report_clean::tools::report_gold::{parse_gold, GoldField, GoldKey, Scorecard};
use report_clean::{process_report, Report};

fn seed(file: &str) -> Report {
    process_report(file, &seed_text(file))
}

#[test]
fn seed_reports_meet_every_gold_expectation() {
    let text =
        std::fs::read_to_string(repo_root().join("tests/gold/seeds.json")).expect("gold file");
    let gold = parse_gold(&text).expect("gold JSON");
    assert_eq!(gold.len(), 5, "the gold file covers the five seeds");
    let mut card = Scorecard::default();
    for entry in &gold {
        let GoldKey::File(file) = &entry.key else {
            panic!("seed gold is keyed by file");
        };
        card.score(entry, Some(&seed(file)));
    }
    for field in [
        GoldField::Title,
        GoldField::Date,
        GoldField::Region,
        GoldField::Headings,
    ] {
        assert!(card.accuracy(field).is_some(), "{} judged", field.name());
    }
    let misses: Vec<String> = card.misses.iter().map(ToString::to_string).collect();
    assert!(
        misses.is_empty(),
        "{} gold failures:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn removed_noise_is_kept_aside_with_its_line() {
    let r = seed("000_cfd317805aaf1808.txt");
    let noise: Vec<&str> = r.noise.iter().map(|n| n.text.as_str()).collect();
    for expected in [
        "当前位置:首页 > 新闻中心 > 新闻报道",
        "4001893518",
        "(阎家鹏)",
        "乘风破浪行 坊子奋力开创高",
    ] {
        assert!(
            noise.contains(&expected),
            "{expected:?} not in noise {noise:?}"
        );
    }
    assert!(r.noise.iter().all(|n| n.line > 0));
}

#[test]
fn spam_is_recorded_but_its_text_is_not() {
    let r = seed("004_62fa7aed3e29adb4.txt");
    let spam: Vec<_> = r
        .noise
        .iter()
        .filter(|n| n.kind == report_clean::NoiseKind::Spam)
        .collect();
    assert_eq!(spam.len(), 1);
    assert!(!spam[0].text.contains("棋牌"));
}

#[test]
fn seed_figures_meet_the_gold_figures() {
    let gold_json = std::fs::read_to_string(repo_root().join("tests/gold/seeds.json")).unwrap();
    let files = [
        "000_cfd317805aaf1808.txt",
        "001_fffebd86a6b3d90c.txt",
        "002_8bfe767dd4a329c4.txt",
        "003_4930f4d62478426e.txt",
        "004_62fa7aed3e29adb4.txt",
    ];
    let reports: Vec<Report> = files.iter().map(|f| seed(f)).collect();
    let eval = report_clean::tools::figure_gold::evaluate(&gold_json, &reports).unwrap();
    assert!(eval.gold >= 25, "the gold file lists {} figures", eval.gold);
    assert!(
        eval.misses.is_empty(),
        "{} of {} gold figures missed:\n{}",
        eval.misses.len(),
        eval.gold,
        eval.misses.join("\n")
    );
    assert_eq!(eval.found, eval.gold);
}
