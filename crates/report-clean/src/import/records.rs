//! JSON records: a JSON array of objects, or JSON Lines (one object a
//! line), each a report with fields such as `content`/`text`, `title`,
//! `date`/`year`, `region`, `source`, recognised as a CSV's columns are.

use serde_json::Value;

use super::columns::recognise;
use super::csv_rows::record_unit;
use super::Unit;
use report_core::import::{ColumnChoice, NotImported, Rejection};

/// The objects of `text` if it is JSON records (an array of objects, one
/// object that is not a corpus, or JSON Lines), else `None`.
pub fn parse_records(text: &str) -> Option<Vec<serde_json::Map<String, Value>>> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .map(|v| match v {
                Value::Object(o) => Some(o),
                _ => None,
            })
            .collect(),
        Ok(Value::Object(o)) if !o.contains_key("schema_version") => Some(vec![o]),
        Ok(_) => None,
        Err(_) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| match serde_json::from_str::<Value>(l) {
                Ok(Value::Object(o)) => Some(o),
                _ => None,
            })
            .collect(),
    }
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

/// One unit per record with text; records without are reported by number.
pub fn record_units(
    file: &str,
    records: &[serde_json::Map<String, Value>],
    chosen: Option<&ColumnChoice>,
) -> Result<(Vec<Unit>, Vec<NotImported>), Rejection> {
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
    let mut skipped = Vec::new();
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

    #[test]
    fn json_lines_and_arrays_of_objects() {
        let lines = format!(
            "{{\"title\": \"2024年政府工作报告\", \"url\": \"https://x\", \"content\": \"{BODY}\", \"year\": 2024}}\n\
             \n\
             {{\"title\": \"决议\", \"content\": \"{BODY}决议\", \"year\": null}}\n"
        );
        let records = parse_records(&lines).expect("JSON Lines");
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
