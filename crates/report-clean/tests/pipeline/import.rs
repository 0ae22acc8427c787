//! Importing users' files (tests/fixtures/import, made by its make.py): each
//! format and encoding, each kind of bad input, duplicates, corrections and
//! the workspace round trip.

use crate::support::{bundled_reports, repo_root, seed_text};
use report_clean::i18n::Lang;
use report_clean::import::{
    apply_correction, check_size, import_file, warnings, workspace_json, BinaryKind, Correction,
    Field, FileImport, Format, ImportMessage, ImportRequest, ImportWarning, KnownReports,
    NotImported, Rejection, RunImport, MAX_FILE_BYTES,
};
use report_clean::{DatePrecision, Report};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_root().join("tests/fixtures/import").join(name)).expect("fixture")
}

fn import(name: &str, known: &mut KnownReports) -> Result<FileImport, Rejection> {
    import_file(name, &fixture(name), known, 1).result
}

fn imported_one(name: &str) -> Report {
    let mut known = KnownReports::new(&bundled_reports());
    let file = import(name, &mut known).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(file.reports.len(), 1, "{name}");
    file.reports.into_iter().next().unwrap()
}

fn region_label(r: &Report) -> Option<&str> {
    r.region.as_ref().map(|r| r.label())
}

#[test]
fn gbk_text_goes_through_the_whole_pipeline() {
    let r = imported_one("qingzhou-gbk.txt");
    assert_eq!(r.title, "青州市扎实推进乡村振兴 农业总产值突破百亿元");
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2022-03-15")
    );
    assert_eq!(r.source.as_deref(), Some("青州市融媒体中心"));
    assert_eq!(region_label(&r), Some("青州市"));
    assert!(r
        .sections
        .iter()
        .any(|s| s.heading_text().as_deref() == Some("一、做强特色产业")));
    assert!(r.figures.iter().any(|f| f.text.contains("102.6亿元")));
    let imported = r.imported.as_ref().unwrap();
    assert_eq!(
        (imported.format, imported.encoding.as_str()),
        (Format::Text, "gb18030")
    );
    assert_eq!(imported.file, "qingzhou-gbk.txt");
    assert!(warnings(&r).is_empty(), "{:?}", warnings(&r));
}

#[test]
fn utf16_text_without_a_stated_date_says_so() {
    let r = imported_one("shouguang-utf16.txt");
    assert_eq!(r.title, "寿光市蔬菜产业高质量发展纪实");
    assert_eq!(r.imported.as_ref().unwrap().encoding, "UTF-16LE");
    assert_eq!(region_label(&r), Some("寿光市"));
    assert!(warnings(&r).contains(&ImportWarning::DateInferred {
        value: "2022".into()
    }));
}

#[test]
fn saved_web_pages_lose_their_scripts_and_keep_their_text() {
    let r = imported_one("zhucheng.html");
    assert_eq!(r.title, "诸城市：项目建设跑出加速度");
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-04-20")
    );
    assert_eq!(r.source.as_deref(), Some("诸城日报"));
    let all = serde_json::to_string(&r).unwrap();
    for gone in [
        "__importScriptRan",
        "pwned",
        "background",
        "onerror",
        "innerHTML",
    ] {
        assert!(!all.contains(gone), "{gone} survived");
    }
    // Escaped markup in the text is text.
    assert!(r
        .paragraphs()
        .any(|p| p.contains("<script>这段是正文里的文字")));
    assert_eq!(r.imported.as_ref().unwrap().format, Format::Html);
}

#[test]
fn csv_rows_become_reports_with_their_columns() {
    let mut known = KnownReports::default();
    let file = import("weifang-reports.csv", &mut known).unwrap();
    assert_eq!(file.not_imported, vec![NotImported::EmptyRow { row: 4 }]);
    assert_eq!(file.not_imported[0].describe(Lang::Zh), "第 4 行：正文为空");
    let [anqiu, gaomi] = file.reports.as_slice() else {
        panic!("two reports expected, got {}", file.reports.len());
    };
    assert_eq!(anqiu.title, "安丘市推动县域经济高质量发展");
    assert_eq!(anqiu.origin, "weifang-reports.csv (row 2)");
    assert_eq!(anqiu.date.as_ref().unwrap().value, "2023-08-02");
    assert_eq!(region_label(anqiu), Some("安丘市"));
    assert_eq!(anqiu.source.as_deref(), Some("安丘市人民政府"));
    let date = gaomi.date.as_ref().unwrap();
    assert_eq!(
        (date.value.as_str(), date.precision),
        ("2023-12", DatePrecision::Month)
    );
    assert_eq!(region_label(gaomi), Some("高密市"));
    assert!(!gaomi.figures.is_empty());
}

#[test]
fn damaged_utf8_is_kept_with_a_warning() {
    let r = imported_one("damaged-utf8.txt");
    assert!(warnings(&r).contains(&ImportWarning::DamagedBytes { count: 1 }));
    assert!(r.title.starts_with("寿光市蔬菜产业"));
}

#[test]
fn a_page_saved_without_its_text_is_kept_and_says_so() {
    // A site that loads the article with a script, saved before it ran:
    // navigation, a notice and the footer, no report text.
    let page = "<html><head><title>某某县人民政府</title></head><body>\
        <nav>首页 | 政务公开 | 政策文件 | 互动交流</nav>\
        <p>您当前的位置：首页 > 政务公开 > 政府工作报告</p>\
        <footer>主办单位：某某县人民政府办公室 联系电话：0000-1234567 版权所有</footer>\
        </body></html>";
    let file = import_file(
        "saved.html",
        page.as_bytes(),
        &mut KnownReports::default(),
        1,
    )
    .result
    .unwrap();
    let r = &file.reports[0];
    assert!(!r.has_body() && !r.noise.is_empty(), "{r:?}");
    assert_eq!(warnings(r).first(), Some(&ImportWarning::NoBody));
    // Its title was made from no sentence: that is not said as well.
    assert!(!warnings(r).contains(&ImportWarning::TitleDerived));
    assert!(ImportWarning::NoBody
        .describe(Lang::Zh)
        .starts_with("没有报告正文"));
    // Nor a file of a title alone: nothing of it was set aside.
    let title = import_file(
        "title.txt",
        "某某县政府工作报告".as_bytes(),
        &mut KnownReports::default(),
        1,
    )
    .result
    .unwrap();
    assert!(!warnings(&title.reports[0]).contains(&ImportWarning::NoBody));
    // A report with text of its own is not warned so.
    assert!(!warnings(&imported_one("qingzhou-gbk.txt")).contains(&ImportWarning::NoBody));
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let cases = [
        ("empty.txt", "the file is empty"),
        ("image.png", "this is a PNG image, not text"),
        ("reports.zip", "this is a ZIP archive"),
        ("latin1.txt", "UTF-8, UTF-16, GBK/GB18030, Big5"),
        (
            "no-text-column.csv",
            "no column is clearly the report text (columns: 地区, 数值)",
        ),
    ];
    let newer = format!(
        "schema version 99; this version of Report Explorer reads version {}",
        report_clean::SCHEMA_VERSION
    );
    for (name, expected) in cases
        .into_iter()
        .chain([("newer-schema.json", newer.as_str())])
    {
        let why = import(name, &mut KnownReports::default())
            .expect_err(name)
            .to_string();
        assert!(why.contains(expected), "{name}: {why}");
    }
    let why = import_file("empty.csv", b"\n", &mut KnownReports::default(), 1)
        .result
        .unwrap_err();
    assert_eq!(why, Rejection::Empty);
}

#[test]
fn files_over_the_cap_are_refused_before_reading() {
    let fifty_mb = 50 * 1024 * 1024;
    let why = check_size(fifty_mb).unwrap_err().to_string();
    assert_eq!(
        why,
        "the file is 50.0 MB; files up to 20 MB can be imported (split it into smaller files)"
    );
    assert!(check_size(MAX_FILE_BYTES).is_ok());
    let just_over = vec![b'a'; MAX_FILE_BYTES as usize + 1];
    assert!(matches!(
        import_file("big.txt", &just_over, &mut KnownReports::default(), 1).result,
        Err(Rejection::TooLarge { .. })
    ));
}

#[test]
fn the_same_report_twice_is_recognised_in_any_encoding() {
    let bundled = bundled_reports();
    let mut known = KnownReports::new(&bundled);
    assert_eq!(
        import("qingzhou-gbk.txt", &mut known)
            .unwrap()
            .reports
            .len(),
        1
    );
    let again = import("qingzhou-gbk.txt", &mut known).unwrap();
    assert!(again.reports.is_empty());
    let said: Vec<String> = again.not_imported.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        vec!["qingzhou-gbk.txt: already in the corpus as “青州市扎实推进乡村振兴 农业总产值突破百亿元”; not imported again"]
    );
    // A bundled seed, saved as GBK by someone else, is the same report.
    let seed = seed_text("000_cfd317805aaf1808.txt");
    let (gbk, _, _) = encoding_rs::GBK.encode(&seed);
    let file = import_file("copy.txt", &gbk, &mut known, 9).result.unwrap();
    assert!(file.reports.is_empty());
    assert_eq!(file.not_imported.len(), 1);
}

#[test]
fn corrections_are_all_or_nothing_and_clear_their_warnings() {
    let mut r = imported_one("shouguang-utf16.txt");
    let before = r.clone();
    let bad = Correction {
        date: "2022-02-30".into(),
        region: "不存在县".into(),
        ..Correction::of(&r)
    };
    let errors = apply_correction(&mut r, &bad).unwrap_err();
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        vec![Field::Date, Field::Region]
    );
    assert_eq!(r, before);

    let good = Correction {
        date: "2022年6月1日".into(),
        source: "寿光日报".into(),
        ..Correction::of(&r)
    };
    apply_correction(&mut r, &good).unwrap();
    assert_eq!(r.date.as_ref().unwrap().value, "2022-06-01");
    assert!(!r.date.as_ref().unwrap().inferred);
    assert_eq!(r.source.as_deref(), Some("寿光日报"));
    assert_eq!(
        r.imported.as_ref().unwrap().corrected,
        vec![Field::Date, Field::Source]
    );
    assert!(warnings(&r).is_empty(), "{:?}", warnings(&r));

    // The same region under another name is no change.
    let same_place = Correction {
        region: "潍坊市寿光市".into(),
        ..Correction::of(&r)
    };
    apply_correction(&mut r, &same_place).unwrap();
    assert_eq!(
        r.imported.as_ref().unwrap().corrected,
        vec![Field::Date, Field::Source]
    );
}

#[test]
fn the_workspace_exports_and_imports_again_with_nothing_lost() {
    let mut known = KnownReports::new(&bundled_reports());
    let mut workspace: Vec<Report> = Vec::new();
    for (i, name) in [
        "qingzhou-gbk.txt",
        "zhucheng.html",
        "weifang-reports.csv",
        "damaged-utf8.txt",
    ]
    .into_iter()
    .enumerate()
    {
        let bytes = fixture(name);
        let file = import_file(name, &bytes, &mut known, 10 * i as u64)
            .result
            .unwrap();
        workspace.extend(file.reports);
    }
    let edited = Correction {
        title: "诸城市项目建设（校对）".into(),
        ..Correction::of(&workspace[1])
    };
    apply_correction(&mut workspace[1], &edited).unwrap();
    let json = workspace_json(&workspace);

    let mut elsewhere = KnownReports::new(&bundled_reports());
    let again = import_file("workspace.json", json.as_bytes(), &mut elsewhere, 1000)
        .result
        .unwrap();
    assert_eq!(again.format, Format::Corpus);
    assert_eq!(again.reports, workspace);
    assert_eq!(workspace_json(&again.reports), json);
}

/// The browser imports in a worker: the request and every answer cross as
/// JSON, and a long file says how far it is.
#[test]
fn a_worker_request_crosses_as_json_and_reports_progress() {
    let request = ImportRequest {
        file: "weifang-reports.csv".into(),
        text: None,
        known: KnownReports::default(),
        first_sequence: 5,
        columns: None,
    };
    let request: ImportRequest =
        serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    let mut progress = Vec::new();
    let answer = request.run(&fixture("weifang-reports.csv"), |done, total| {
        progress.push((done, total))
    });
    assert_eq!(progress, [(1, 2), (2, 2)]);
    let answer_again: ImportMessage =
        serde_json::from_str(&serde_json::to_string(&answer).unwrap()).unwrap();
    assert_eq!(answer_again, answer);
    let ImportMessage::Finished { result: Ok(file) } = answer else {
        panic!("expected an imported file, got {answer:?}");
    };
    let sequences: Vec<u64> = file
        .reports
        .iter()
        .map(|r| r.imported.as_ref().unwrap().sequence)
        .collect();
    assert_eq!(sequences, [5, 6]);
    assert_eq!(file.not_imported, [NotImported::EmptyRow { row: 4 }]);

    let picture = ImportRequest {
        file: "image.png".into(),
        text: None,
        known: KnownReports::default(),
        first_sequence: 1,
        columns: None,
    };
    let ImportMessage::Finished { result: Err(why) } =
        picture.run(&fixture("image.png"), |_, _| {})
    else {
        panic!("a PNG must be rejected");
    };
    assert_eq!(
        why,
        Rejection::Binary {
            kind: BinaryKind::Png
        }
    );
    assert!(why.to_string().contains("a PNG image"), "{why}");
    assert!(why.describe(Lang::Zh).contains("PNG 图片"), "{why}");
}

#[test]
fn a_request_beside_the_page_numbers_after_its_imports_and_knows_its_reports() {
    let csv = fixture("weifang-reports.csv");
    let first = ImportRequest::beside("weifang-reports.csv", None, &[]);
    assert_eq!(first.first_sequence, 1);
    let ImportMessage::Finished { result: Ok(file) } = first.run(&csv, |_, _| {}) else {
        panic!("the CSV imports");
    };
    let again = ImportRequest::beside("copy.csv", None, &file.reports);
    assert_eq!(again.first_sequence, 3, "after the two imported reports");
    let ImportMessage::Finished { result: Ok(copy) } = again.run(&csv, |_, _| {}) else {
        panic!("the copy is read");
    };
    assert!(copy.reports.is_empty(), "both rows are duplicates");
    let duplicates = copy
        .not_imported
        .iter()
        .filter(|n| matches!(n, NotImported::Duplicate { .. }))
        .count();
    assert_eq!(duplicates, 2, "{:?}", copy.not_imported);
}

#[test]
fn warnings_stored_before_the_interface_spoke_two_languages_still_read() {
    let stored = r#"{"kind":"value_ignored","field":"date","value":"去年","why":"write a date as 2023, 2023-07 or 2023-07-06"}"#;
    let warning: ImportWarning = serde_json::from_str(stored).unwrap();
    assert_eq!(
        warning.describe(Lang::Zh),
        "日期“去年”未采用：日期请写作 2023、2023-07 或 2023-07-06"
    );
    assert_eq!(
        warning.to_string(),
        "date “去年” ignored: write a date as 2023, 2023-07 or 2023-07-06"
    );
}

/// A file's own fields are stated: a year gives way only to a day the text
/// states within it, a province only to a county the text names inside it.
#[test]
fn stated_fields_give_way_only_to_finer_statements_within_them() {
    let body = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。过去一年，经济回升向好。";
    let lines = |year: u16| {
        format!(
            "{}\n",
            serde_json::json!({"title": format!("{year}年政府工作报告"), "content": body, "year": year})
        )
    };
    let one = |name: &str, text: String| {
        let file = import_file(name, text.as_bytes(), &mut KnownReports::default(), 1)
            .result
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(file.format, Format::Json);
        file.reports.into_iter().next().unwrap()
    };
    let report = one("n.jsonl", lines(2024));
    assert_eq!(report.date.as_ref().unwrap().value, "2024-03-05");
    assert_eq!(report.title, "2024年政府工作报告");
    // The country is recognised from its organs: no warning of a guess.
    assert!(!warnings(&report)
        .iter()
        .any(|w| matches!(w, ImportWarning::RegionGuessed { .. })));
    let report = one("n.jsonl", lines(2025));
    assert_eq!(report.date.as_ref().unwrap().value, "2025");

    let csv = "省份,标题,正文\n山东省,坊子区2024年工作报告,\
               坊子区人民政府向大会报告工作。坊子区经济持续向好，潍坊市支持坊子区加快发展，全区上下团结奋进。\n";
    let file = import_file("c.csv", csv.as_bytes(), &mut KnownReports::default(), 1)
        .result
        .unwrap();
    let region = file.reports[0].region.as_ref().unwrap();
    assert_eq!(
        region.label(),
        "坊子区",
        "the county inside the stated province"
    );
    let csv = csv.replace("山东省", "吉林省");
    let file = import_file("c.csv", csv.as_bytes(), &mut KnownReports::default(), 1)
        .result
        .unwrap();
    let region = file.reports[0].region.as_ref().unwrap();
    assert_eq!(
        region.label(),
        "吉林省",
        "a stated region the text does not fit wins"
    );
}

#[test]
fn a_page_saved_by_chrome_as_one_file_is_the_page_it_holds() {
    let page = "<html><head><title>2024年白塔镇政府工作报告_仙居县人民政府</title></head>\n\
        <body><div class=\"nav\"><a href=\"/\">网站首页</a></div>\n\
        <h1>2024年白塔镇政府工作报告</h1>\n\
        <p>各位代表：现在，我代表镇人民政府，向大会报告工作，请予审议。</p>\n\
        <p>一、2023年工作回顾</p><p>过去一年，全镇农业总产值增长6.5%。</p></body></html>";
    let bytes = crate::support::web_archive::saved_by_chrome(
        page.as_bytes(),
        "https://www.zjxj.gov.cn/art/2024/1/15/art_1229_1.html",
    );
    let mut known = KnownReports::default();
    let file = import_file("白塔镇.mhtml", &bytes, &mut known, 1)
        .result
        .expect("imported");
    assert_eq!(file.format, Format::Html);
    let report = &file.reports[0];
    assert_eq!(report.title, "2024年白塔镇政府工作报告");
    assert_eq!(region_label(report), Some("白塔镇"));
    // No date in the text: the day the page's address files it under.
    assert_eq!(
        report.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-01-15")
    );
    let body: String = report
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
        .cloned()
        .collect();
    assert!(body.contains("全镇农业总产值增长6.5%"), "{body}");
    assert!(!body.contains("=E") && !body.contains("网站首页"), "{body}");
}

/// Twelfth sample (12b): the 1954 report's growth was read as a share with
/// its verb once the JSON import's year column gave it its date again.
#[test]
fn a_report_in_traditional_characters_given_its_year_is_read_from_its_copy() {
    use report_clean::import::{import_file, KnownReports};
    // One JSON record whose year column gives the report's date again.
    let body = "一九五三年的工作\\n一九五三年，我國的經濟建設取得了很大的成就。\
                中等專業學校學生數增長了百分之七十五，即達到六十七萬人。\
                高等學校學生數增長了百分之四十，國營工業總產值比一九五二年增長了百分之三十一。\
                這一年全國的糧食產量達到了三千二百億斤，棉花產量達到了二千三百萬擔。";
    let line =
        format!("{{\"title\": \"1954年政府工作報告\", \"content\": \"{body}\", \"year\": 1954}}\n");
    let imported = import_file("r.jsonl", line.as_bytes(), &mut KnownReports::default(), 0)
        .result
        .expect("the record imports");
    let figures = &imported.reports[0].figures;
    let growth = figures
        .iter()
        .find(|f| f.value == 75.0)
        .expect("the growth is read");
    assert_eq!(
        (growth.indicator.as_str(), growth.kind),
        ("中等專業學校學生數", report_core::FigureKind::Growth)
    );
}
