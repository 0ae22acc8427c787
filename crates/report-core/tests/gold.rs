//! The seed reports against `tests/gold/seeds.json`, every field the gold
//! file gives, with its matching rules (tests/gold/README.md). Each failure is
//! collected so one run lists everything that is off.

use report_core::{loose, process_report, Report};
use serde_json::Value;
use support::{repo_root, seed_text};

mod support;

fn gold() -> Value {
    let text =
        std::fs::read_to_string(repo_root().join("tests/gold/seeds.json")).expect("gold file");
    serde_json::from_str(&text).expect("gold JSON")
}

fn seed(file: &str) -> Report {
    process_report(file, &seed_text(file))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// A gold heading is a string, or a list of lines making one heading.
fn heading_text(v: &Value) -> String {
    match v {
        Value::String(s) => loose(s),
        Value::Array(lines) => lines.iter().filter_map(Value::as_str).map(loose).collect(),
        _ => String::new(),
    }
}

struct Check<'a> {
    file: &'a str,
    failures: Vec<String>,
}

impl Check<'_> {
    fn expect(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.failures.push(format!("{}: {}", self.file, what()));
        }
    }
}

fn check_report(file: &str, g: &Value, r: &Report, c: &mut Check) {
    let body: Vec<String> = r.paragraphs().map(loose).collect();
    let headings: Vec<String> = r
        .sections
        .iter()
        .filter(|s| !s.heading.is_empty())
        .map(|s| s.heading.iter().map(|l| loose(l)).collect())
        .collect();

    if let Some(title) = g.get("title") {
        match title.as_str() {
            Some(t) => c.expect(loose(&r.title) == loose(t) && !r.title_is_derived, || {
                format!("title {:?} != {t:?}", r.title)
            }),
            None => c.expect(r.title_is_derived, || {
                format!("title {:?} should be marked derived", r.title)
            }),
        }
    }
    if let Some(prefix) = g.get("title_prefix").and_then(Value::as_str) {
        c.expect(loose(&r.title).starts_with(&loose(prefix)), || {
            format!("title {:?} lacks prefix {prefix:?}", r.title)
        });
    }
    if let Some(derived) = g.get("title_is_derived").and_then(Value::as_bool) {
        c.expect(r.title_is_derived == derived, || {
            format!("title_is_derived {} != {derived}", r.title_is_derived)
        });
    }
    if let Some(sub) = g.get("subtitle").and_then(Value::as_str) {
        c.expect(r.subtitle.as_deref().map(loose) == Some(loose(sub)), || {
            format!("subtitle {:?} != {sub:?}", r.subtitle)
        });
    }
    if let Some(date) = g.get("date") {
        let got = r.date.as_ref();
        let value = date["value"].as_str();
        c.expect(got.map(|d| d.value.as_str()) == value, || {
            format!("date {:?} != {value:?}", got.map(|d| &d.value))
        });
        let precision = date["precision"].as_str();
        let got_precision = got.map(|d| serde_json::to_value(d.precision).unwrap());
        c.expect(
            got_precision.as_ref().and_then(Value::as_str) == precision,
            || format!("precision {got_precision:?} != {precision:?}"),
        );
        let inferred = date["inferred"].as_bool();
        c.expect(got.map(|d| d.inferred) == inferred, || {
            format!("inferred {:?} != {inferred:?}", got.map(|d| d.inferred))
        });
        if inferred == Some(true) {
            c.expect(got.is_some_and(|d| !d.evidence.is_empty()), || {
                "an inferred date keeps its evidence".into()
            });
        }
    }
    if let Some(source) = g.get("source") {
        let want = source.as_str().map(loose);
        c.expect(r.source.as_deref().map(loose) == want, || {
            format!("source {:?} != {want:?}", r.source)
        });
    }
    if let Some(authors) = g.get("authors") {
        let mut want = strings(authors);
        let mut got = r.authors.clone();
        want.sort();
        got.sort();
        c.expect(got == want, || format!("authors {got:?} != {want:?}"));
    }
    if let Some(region) = g.get("region") {
        let got = r.region.as_ref();
        for (field, name) in [
            ("province", got.map(|x| x.province.name.as_str())),
            ("city", got.map(|x| x.city.name.as_str())),
            (
                "district",
                got.and_then(|x| x.county.as_ref().map(|k| k.name.as_str())),
            ),
        ] {
            let want = region[field].as_str();
            c.expect(name == want, || {
                format!("region {field} {name:?} != {want:?}")
            });
        }
        c.expect(
            got.is_some_and(|x| x.province.code.len() == 2 && x.city.code.len() == 4),
            || "region codes".into(),
        );
    }
    if let Some(want) = g.get("headings").and_then(Value::as_array) {
        let want: Vec<String> = want.iter().map(heading_text).collect();
        c.expect(headings == want, || {
            format!("headings {headings:?} != {want:?}")
        });
    }
    if let Some(n) = g.get("body_paragraphs").and_then(Value::as_u64) {
        c.expect(body.len() as u64 == n, || {
            format!("{} body paragraphs != {n}", body.len())
        });
    }
    for s in strings(&g["contiguous"]) {
        c.expect(body.iter().any(|p| p.contains(&loose(&s))), || {
            format!("not contiguous in one paragraph: {s:?}")
        });
    }
    for s in strings(&g["not_in_body"]) {
        let s = loose(&s);
        c.expect(
            !body.iter().chain(&headings).any(|p| p.contains(&s)),
            || format!("in the body: {s:?}"),
        );
    }
    for s in strings(&g["not_a_paragraph"]) {
        c.expect(!body.contains(&loose(&s)), || {
            format!("is a paragraph: {s:?}")
        });
    }
    let everything = serde_json::to_string(r).unwrap();
    for s in strings(&g["not_anywhere"]) {
        c.expect(
            !everything.contains(&s) && !loose(&everything).contains(&loose(&s)),
            || format!("shown or exported: {s:?}"),
        );
    }
    let captions: Vec<String> = r.captions.iter().map(|s| loose(s)).collect();
    for s in strings(&g["captions"]) {
        c.expect(captions.contains(&loose(&s)), || {
            format!("not a caption: {s:?} (captions: {captions:?})")
        });
    }
    if let Some(start) = g.get("first_paragraph_starts").and_then(Value::as_str) {
        c.expect(
            body.first().is_some_and(|p| p.starts_with(&loose(start))),
            || {
                format!(
                    "first paragraph {:?} does not start with {start:?}",
                    body.first()
                )
            },
        );
    }
    for person in g["people"].as_array().into_iter().flatten() {
        let (name, role) = (
            person["name"].as_str().unwrap_or(""),
            person["role"].as_str().unwrap_or(""),
        );
        c.expect(
            r.people.iter().any(|p| p.name == name && p.role == role),
            || format!("person {name} ({role}) not found in {:?}", r.people),
        );
    }
    let _ = file;
}

#[test]
fn seed_reports_meet_every_gold_expectation() {
    let gold = gold();
    let reports = gold["reports"].as_object().expect("reports object");
    assert_eq!(reports.len(), 5, "the gold file covers the five seeds");
    let mut all_failures = Vec::new();
    for (file, expectations) in reports {
        let report = seed(file);
        let mut check = Check {
            file,
            failures: Vec::new(),
        };
        check_report(file, expectations, &report, &mut check);
        all_failures.extend(check.failures);
    }
    assert!(
        all_failures.is_empty(),
        "{} gold failures:\n{}",
        all_failures.len(),
        all_failures.join("\n")
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
        .filter(|n| n.kind == report_core::NoiseKind::Spam)
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
    let eval = report_core::tools::figure_gold::evaluate(&gold_json, &reports).unwrap();
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
