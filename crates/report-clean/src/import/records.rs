//! JSON records: a JSON array of objects, or JSON Lines (one object a
//! line), each a report with fields such as `content`/`text`, `title`,
//! `date`/`year`, `region`, `source`, recognised as a CSV's columns are.

use serde_json::Value;

use super::columns::recognise;
use super::csv_rows::record_unit;
use super::Unit;
use report_core::import::{ColumnChoice, NotImported, Rejection};

/// The objects of a file of JSON records, and the lines of a JSON Lines
/// file that held no object (cut off, or not JSON), by line number.
#[derive(Debug, Default)]
pub struct Records {
    pub objects: Vec<serde_json::Map<String, Value>>,
    pub unreadable_lines: Vec<usize>,
}

/// The records of `text` if it is JSON records (an array of objects, one
/// object that is not a corpus, or JSON Lines), else `None`. A JSON Lines
/// file keeps the lines that are objects when only its last line is not
/// one (a download cut off) or they outnumber those that are not (a line
/// mangled by hand): the rest are named, not the whole file refused.
pub fn parse_records(text: &str) -> Option<Records> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .map(|v| match v {
                Value::Object(o) => Some(o),
                _ => None,
            })
            .collect::<Option<_>>()
            .map(|objects| Records {
                objects,
                unreadable_lines: Vec::new(),
            }),
        Ok(Value::Object(o)) if !o.contains_key("schema_version") => Some(Records {
            objects: vec![o],
            unreadable_lines: Vec::new(),
        }),
        Ok(_) => None,
        Err(_) => json_lines(text),
    }
}

fn json_lines(text: &str) -> Option<Records> {
    let mut records = Records::default();
    let mut last_line = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        last_line = i + 1;
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => records.objects.push(o),
            _ => records.unreadable_lines.push(last_line),
        }
    }
    let cut_off = records.unreadable_lines == [last_line];
    let readable = !records.objects.is_empty()
        && (cut_off || records.objects.len() > records.unreadable_lines.len());
    readable.then_some(records)
}

/// A field's value as text: strings as they are, numbers written out
/// (`"year": 2025`), anything else empty.
fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// One unit per record with text; records without are reported by
/// number, lines that held no record by line.
pub fn record_units(
    file: &str,
    records: &Records,
    chosen: Option<&ColumnChoice>,
) -> Result<(Vec<Unit>, Vec<NotImported>), Rejection> {
    let Records {
        objects: records,
        unreadable_lines,
    } = records;
    // Every field any record has, in order of first appearance.
    let mut names: Vec<String> = Vec::new();
    for r in records {
        for key in r.keys() {
            if !names.contains(key) {
                names.push(key.clone());
            }
        }
    }
    let table: Vec<Vec<String>> = records
        .iter()
        .map(|r| names.iter().map(|n| cell(r.get(n))).collect())
        .collect();
    let rows: Vec<Vec<&str>> = table
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let columns = recognise(&names, &rows, chosen)
        .map_err(|columns| Rejection::ChooseTextColumn { columns })?;
    let mut units = Vec::new();
    let mut skipped: Vec<NotImported> = unreadable_lines
        .iter()
        .map(|&line| NotImported::UnreadableLine { line })
        .collect();
    for (i, cells) in rows.iter().enumerate() {
        let record = i + 1;
        match record_unit(&columns, cells) {
            Some((text, given)) => units.push(Unit::Text {
                origin: format!("{file} (record {record})"),
                text,
                given,
            }),
            None => skipped.push(NotImported::EmptyRecord { record }),
        }
    }
    Ok((units, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。";

    /// A JSON Lines file cut off mid-record keeps its whole records and
    /// names the line it lost; a file mostly of other lines is no records.
    #[test]
    fn json_lines_cut_off_keep_their_whole_records() {
        let record = format!("{{\"title\": \"某某县政府工作报告\", \"content\": \"{BODY}\"}}");
        let half: String = record.chars().take(40).collect();
        let cut = format!("{record}\n\n{record}\n{half}");
        let records = parse_records(&cut).expect("the whole lines are records");
        assert_eq!(records.objects.len(), 2);
        assert_eq!(records.unreadable_lines, vec![4]);
        let (units, skipped) = record_units("cut.jsonl", &records, None).unwrap();
        assert_eq!(units.len(), 2);
        assert_eq!(skipped, vec![NotImported::UnreadableLine { line: 4 }]);

        let one_and_cut = format!("{record}\n{half}");
        assert_eq!(parse_records(&one_and_cut).unwrap().unreadable_lines, [2]);
        let mangled = format!("{record}\nnot json\n{record}\n{record}\n");
        assert_eq!(parse_records(&mangled).unwrap().unreadable_lines, [2]);
        let mostly_other = format!("{record}\nnot json\n[1, 2]\n");
        assert!(parse_records(&mostly_other).is_none());
        let pretty_corpus_cut = "{\n  \"schema_version\": 3,\n  \"reports\": [\n    {";
        assert!(parse_records(pretty_corpus_cut).is_none());
    }

    #[test]
    fn json_lines_and_arrays_of_objects() {
        let lines = format!(
            "{{\"title\": \"2024年政府工作报告\", \"url\": \"https://x\", \"content\": \"{BODY}\", \"year\": 2024}}\n\
             \n\
             {{\"title\": \"决议\", \"content\": \"{BODY}决议\", \"year\": null}}\n"
        );
        let records = parse_records(&lines).expect("JSON Lines");
        assert!(records.unreadable_lines.is_empty());
        let (units, skipped) = record_units("n.jsonl", &records, None).unwrap();
        assert!(skipped.is_empty());
        assert_eq!(units.len(), 2);
        let Unit::Text {
            origin,
            text,
            given,
        } = &units[0]
        else {
            panic!()
        };
        assert_eq!(origin, "n.jsonl (record 1)");
        assert!(text.starts_with("2024年政府工作报告\n各位代表"));
        assert_eq!(given.year.as_deref(), Some("2024"));
        let Unit::Text { given, .. } = &units[1] else {
            panic!()
        };
        assert_eq!(given.year, None);

        let array = format!(
            "[{{\"标题\": \"甲\", \"正文\": \"{BODY}\", \"地区\": \"潍坊市\", \"日期\": \"2023-07-06\"}}, \
              {{\"标题\": \"乙\", \"正文\": \"\"}}]"
        );
        let records = parse_records(&array).expect("an array of objects");
        let (units, skipped) = record_units("a.json", &records, None).unwrap();
        assert_eq!(units.len(), 1);
        assert_eq!(skipped, vec![NotImported::EmptyRecord { record: 2 }]);
        let Unit::Text { given, .. } = &units[0] else {
            panic!()
        };
        assert_eq!(given.region.as_deref(), Some("潍坊市"));
        assert_eq!(given.date.as_deref(), Some("2023-07-06"));
    }

    #[test]
    fn a_corpus_or_other_json_is_no_records() {
        assert!(parse_records("{\"schema_version\": 4, \"reports\": []}").is_none());
        assert!(parse_records("[1, 2]").is_none());
        assert!(parse_records("not json\n{}").is_none());
    }
}
