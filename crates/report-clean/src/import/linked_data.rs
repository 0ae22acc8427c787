//! What a page states of itself as schema.org linked data
//! (`<script type="application/ld+json">`): the article's headline and
//! when it was published, as news portals and newer government sites set
//! them beside (or instead of) their meta tags.

use scraper::{Html, Selector};
use serde_json::Value;

/// The article a page's linked data describes.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct LinkedData {
    pub headline: Option<String>,
    pub published: Option<String>,
}

/// Reads the first object with a headline in the page's JSON-LD blocks (an
/// object, a list of them, or a `@graph`); a block that is no JSON says
/// nothing.
pub(super) fn linked_data(doc: &Html) -> LinkedData {
    let Ok(scripts) = Selector::parse(r#"script[type="application/ld+json"]"#) else {
        return LinkedData::default();
    };
    doc.select(&scripts)
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .flat_map(objects)
        .find_map(|o| {
            let text = |key: &str| {
                o.get(key)
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
            };
            text("headline").map(|headline| LinkedData {
                headline: Some(headline),
                published: text("datePublished"),
            })
        })
        .unwrap_or_default()
}

fn objects(value: Value) -> Vec<Value> {
    match value {
        Value::Array(items) => items.into_iter().flat_map(objects).collect(),
        Value::Object(mut o) => match o.remove("@graph") {
            Some(graph) => objects(graph),
            None => vec![Value::Object(o)],
        },
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> LinkedData {
        linked_data(&Html::parse_document(html))
    }

    #[test]
    fn the_headline_and_date_an_articles_linked_data_states() {
        let one = r#"<script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"2023年某某市人民政府工作报告","datePublished":"2023-02-08T09:00:00+08:00"}</script>"#;
        assert_eq!(
            read(one),
            LinkedData {
                headline: Some("2023年某某市人民政府工作报告".into()),
                published: Some("2023-02-08T09:00:00+08:00".into()),
            }
        );
        let graph = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"某某网"},
            {"@type":"Article","headline":"某某县政府工作报告"}]}</script>"#;
        assert_eq!(read(graph).headline.as_deref(), Some("某某县政府工作报告"));
        let broken = r#"<script type="application/ld+json">{"headline": </script>"#;
        assert_eq!(read(broken), LinkedData::default());
    }
}
