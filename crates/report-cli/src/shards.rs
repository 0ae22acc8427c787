//! `report-cli split --shards`: a corpus laid out for a static host
//! (`report_core::shard_corpus` decides the layout; this writes the files).

use std::path::Path;

use report_core::{parse_corpus, shard_corpus, REPORTS_PER_TEXT};

/// `[--shards-count N] [--per-text N]` after `--shards`.
pub fn split_sharded(corpus: &Path, folder: &Path, options: &[&str]) -> Result<(), String> {
    let number = |flag: &str, value: &str| {
        value
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("{flag} takes a number above 0, not {value}"))
    };
    let (mut shards, mut per_text) = (None, REPORTS_PER_TEXT);
    for pair in options.chunks(2) {
        match pair {
            ["--shard-count", n] => shards = Some(number("--shard-count", n)? as u32),
            ["--per-text", n] => per_text = number("--per-text", n)?,
            _ => {
                return Err(format!(
                    "unknown option for split --shards: {}",
                    pair.join(" ")
                ))
            }
        }
    }
    let json = std::fs::read_to_string(corpus)
        .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let whole = parse_corpus(&json).map_err(|e| format!("{}: {e}", corpus.display()))?;
    drop(json);
    let laid = shard_corpus(&whole, shards, per_text);
    drop(whole);
    for dir in ["index", "texts"] {
        std::fs::create_dir_all(folder.join(dir))
            .map_err(|e| format!("cannot create {}: {e}", folder.join(dir).display()))?;
    }
    let mut index_bytes = 0;
    for (file, bytes) in &laid.shards {
        write_bytes(&folder.join(file), bytes)?;
        index_bytes += bytes.len();
    }
    let mut text_bytes = 0;
    for (file, part) in &laid.texts {
        let json = serde_json::to_string(part).map_err(|e| e.to_string())?;
        write_bytes(&folder.join(file), json.as_bytes())?;
        text_bytes += json.len();
    }
    let catalogue = serde_json::to_string(&laid.catalogue).map_err(|e| e.to_string())?;
    write_bytes(&folder.join("corpus.json"), catalogue.as_bytes())?;
    eprintln!(
        "{} reports: catalogue {} ({} bytes), {} index shards ({index_bytes} bytes), {} text parts ({text_bytes} bytes)",
        laid.catalogue.reports.len(),
        folder.join("corpus.json").display(),
        catalogue.len(),
        laid.shards.len(),
        laid.texts.len(),
    );
    Ok(())
}

fn write_bytes(out: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
