//! `report-cli split --shards` writes what the app reads: a catalogue that
//! parses as a sharded one, every shard it names, read back and answering
//! as the whole index, and text parts holding every report in order.

use std::path::Path;
use std::process::{Command, Output};

use report_core::{
    parse_corpus, parse_corpus_file, parse_query, query_shards, read_shard, search_all,
    search_shards, shard_file, CorpusFile, SearchIndex, Shard, TermCache,
};

fn split(folder: &Path, options: &[&str]) -> Output {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    Command::new(env!("CARGO_BIN_EXE_report-cli"))
        .args(["split", "data/corpus.json"])
        .arg(folder)
        .arg("--shards")
        .args(options)
        .current_dir(root)
        .output()
        .expect("run report-cli")
}

#[test]
fn the_files_written_answer_as_the_corpus() {
    let folder = std::env::temp_dir().join(format!("shards-{}", std::process::id()));
    let output = split(&folder, &["--shard-count", "4", "--per-text", "2"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |file: &str| std::fs::read(folder.join(file)).expect(file);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/corpus.json");
    let corpus = parse_corpus(&std::fs::read_to_string(root).unwrap()).unwrap();

    let catalogue = match parse_corpus_file(&String::from_utf8(read("corpus.json")).unwrap()) {
        Ok(CorpusFile::Sharded(catalogue)) => catalogue,
        other => panic!("not a sharded catalogue: {other:?}"),
    };
    assert_eq!(catalogue.shards, 4);
    let texts: Vec<_> = catalogue
        .texts
        .iter()
        .flat_map(|part| {
            parse_corpus(&String::from_utf8(read(&part.file)).unwrap())
                .unwrap()
                .reports
        })
        .collect();
    assert_eq!(texts, corpus.reports);

    let shards: Vec<Shard> = (0..4)
        .map(|n| read_shard(&read(&shard_file(n))).unwrap())
        .collect();
    let whole = SearchIndex::new(&corpus.reports);
    for q in [
        "营商环境",
        "乡村振兴 -营商环境",
        "区",
        "高质量发展 | 城市更新",
    ] {
        let query = parse_query(q);
        let needed: Vec<&Shard> = query_shards(&query, 4)
            .into_iter()
            .map(|n| &shards[n as usize])
            .collect();
        assert_eq!(
            search_shards(
                &needed,
                4,
                corpus.reports.len(),
                &query,
                &mut TermCache::new()
            )
            .unwrap(),
            search_all(&whole, &query),
            "{q}"
        );
    }
    std::fs::remove_dir_all(&folder).ok();
}

#[test]
fn a_bad_option_is_said() {
    let folder = std::env::temp_dir().join(format!("shards-bad-{}", std::process::id()));
    let output = split(&folder, &["--per-text", "0"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--per-text takes a number above 0"));
    let output = split(&folder, &["--shards-count", "3"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown option"));
}
