//! The first screen, as HTML written into the page at build time: the
//! bundled reports' list and a search box that work before the wasm has
//! started (the page's own `index.html` holds it; `report-cli first-screen`
//! writes it). The app replaces it when it mounts, and carries over what
//! was typed into its box (src/mount.rs).
//!
//! It shows what the app's first view shows of each report, in the same
//! words from the same tables: title, district and level, date, source,
//! in both interface languages (web/first-screen.js shows the one the app
//! will start in). A row is a link to the report's fragment, so a click
//! before the app runs opens that report when it does. Every text is
//! escaped: report text never becomes markup.

use crate::i18n::{Key, Lang};
use crate::model::{Corpus, Report};
use crate::views::view_state::ViewState;

/// Rows written: the app's first page of results holds as many.
pub const FIRST_SCREEN_ROWS: usize = 20;

/// The whole first screen: the header with a live search box, the shapes
/// of the tabs and filters, and the list of the corpus's first reports.
pub fn first_screen_html(corpus: &Corpus) -> String {
    let reports = &corpus.reports;
    let total = reports.len();
    let shown = total.min(FIRST_SCREEN_ROWS);
    let mut html = String::new();
    html.push_str("<div class=\"re-skeleton\" data-first-screen>\n");
    html.push_str("  <div class=\"re-skeleton-header\">\n");
    html.push_str(&format!(
        "    <span class=\"re-skeleton-brand\">{}</span>\n",
        escape(Lang::Zh.text(Key::AppName))
    ));
    html.push_str(&format!(
        "    <input class=\"re-skeleton-search\" type=\"search\" data-first-screen-search autocomplete=\"off\" spellcheck=\"false\" \
         aria-label=\"{zh_label}\" placeholder=\"{zh_hint}\" data-label-en=\"{en_label}\" data-placeholder-en=\"{en_hint}\" />\n",
        zh_label = escape(Lang::Zh.text(Key::SearchRegion)),
        zh_hint = escape(Lang::Zh.text(Key::SearchPlaceholder)),
        en_label = escape(Lang::En.text(Key::SearchRegion)),
        en_hint = escape(Lang::En.text(Key::SearchPlaceholder)),
    ));
    html.push_str("  </div>\n");
    html.push_str("  <div class=\"re-skeleton-tabs\" aria-hidden=\"true\"><span></span><span></span><span></span><span></span></div>\n");
    html.push_str("  <p class=\"re-skeleton-text\" role=\"status\"><span lang=\"zh-CN\">正在加载 Report Explorer…</span> / <span lang=\"en\">Loading Report Explorer…</span></p>\n");
    html.push_str("  <div class=\"re-skeleton-body\">\n");
    html.push_str("    <span class=\"re-skeleton-side\" aria-hidden=\"true\"></span>\n");
    // Shown instead of the list when the page opens on a link to another
    // view, whose rows the list would not be.
    html.push_str("    <span class=\"re-skeleton-rows\" aria-hidden=\"true\" hidden>");
    html.push_str(&"<span class=\"re-skeleton-row\"></span>".repeat(5));
    html.push_str("</span>\n");
    html.push_str("    <section class=\"re-first-list\" data-first-screen-list>\n");
    html.push_str(&format!(
        "      <p class=\"re-first-count\">{}</p>\n",
        in_both(|lang| lang.format(Key::ResultsOf, &[("n", &total), ("total", &total)]))
    ));
    html.push_str("      <ol>\n");
    for report in &reports[..shown] {
        html.push_str(&row(report));
    }
    html.push_str("      </ol>\n");
    html.push_str("    </section>\n");
    html.push_str("  </div>\n");
    html.push_str("</div>\n");
    html
}

/// One report's row: a link that opens it, and the line under its title.
fn row(report: &Report) -> String {
    let view = ViewState {
        open: Some(report.id.clone()),
        ..ViewState::default()
    };
    let district = match &report.region {
        Some(region) => format!(
            "<span lang=\"zh-CN\">{}</span> · {}",
            escape(region.label()),
            in_both(|lang| lang.text(region.level.name()).to_string())
        ),
        None => in_both(|lang| lang.text(Key::RegionUnknown).to_string()),
    };
    let date = match &report.date {
        Some(date) if date.inferred => in_both(|lang| date.label_in(lang)),
        Some(date) => escape(&date.value),
        None => in_both(|lang| lang.text(Key::Undated).to_string()),
    };
    let source = match &report.source {
        Some(source) => format!("<span lang=\"zh-CN\">{}</span>", escape(source)),
        None => in_both(|lang| lang.text(Key::SourceNotNamed).to_string()),
    };
    format!(
        "        <li><a href=\"#{href}\" lang=\"zh-CN\">{title}</a><p>{district} · {date} · {source}</p></li>\n",
        href = escape(&view.to_fragment()),
        title = escape(&report.title),
    )
}

/// A text in both interface languages, each in a span the page shows only
/// in its language (web/first-screen.js, style/_skeleton.scss).
fn in_both(text: impl Fn(Lang) -> String) -> String {
    let (zh, en) = (text(Lang::Zh), text(Lang::En));
    if zh == en {
        return escape(&zh);
    }
    format!(
        "<span class=\"re-ui-zh\" lang=\"zh-CN\">{}</span><span class=\"re-ui-en\" lang=\"en\">{}</span>",
        escape(&zh),
        escape(&en)
    )
}

/// Text as HTML text or a quoted attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::bundled_corpus;

    #[test]
    fn lists_the_first_reports_in_corpus_order_with_links_that_open_them() {
        let corpus = bundled_corpus();
        let html = first_screen_html(&corpus);
        let mut at = 0;
        for report in &corpus.reports {
            let link = format!("href=\"#open={}\"", report.id);
            let found = html[at..]
                .find(&link)
                .unwrap_or_else(|| panic!("no {link} after byte {at}"));
            at += found + link.len();
            assert!(
                html[at..].starts_with(&format!(" lang=\"zh-CN\">{}</a>", escape(&report.title)))
            );
        }
        assert!(html.contains("共 5 篇报告，列出 5 篇"));
        assert!(html.contains("5 of 5 reports"));
    }

    #[test]
    fn says_each_row_in_both_languages() {
        let corpus = bundled_corpus();
        let html = first_screen_html(&corpus);
        // An inferred date, a county and an unnamed source, as the app's
        // list says them.
        assert!(html.contains("<span class=\"re-ui-en\" lang=\"en\">county</span>"));
        assert!(html.contains("<span class=\"re-ui-en\" lang=\"en\">source not named</span>"));
        assert!(html.contains("2021 (inferred)"));
        assert!(html.contains(&escape(
            &Lang::Zh.format(Key::DateInferredLabel, &[("date", &"2021")])
        )));
    }

    #[test]
    fn report_text_never_becomes_markup() {
        let mut corpus = bundled_corpus();
        let report = &mut corpus.reports[0];
        report.title = "<img src=x onerror=\"alert(1)\">标题 & '引号'".into();
        report.source = Some("</ol><script>alert(2)</script>".into());
        report.id = "a\"b".into();
        let html = first_screen_html(&corpus);
        assert!(!html.contains("<img"));
        assert!(!html.contains("<script"));
        assert!(html
            .contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;标题 &amp; &#39;引号&#39;"));
        assert!(html.contains("&lt;/ol&gt;&lt;script&gt;"));
        assert!(!html.contains("a\"b"));
    }

    #[test]
    fn writes_no_more_rows_than_the_first_page() {
        let mut corpus = bundled_corpus();
        let one = corpus.reports[0].clone();
        corpus.reports = (0..FIRST_SCREEN_ROWS + 7)
            .map(|i| Report {
                id: format!("r{i}"),
                ..one.clone()
            })
            .collect();
        let html = first_screen_html(&corpus);
        assert_eq!(html.matches("<li>").count(), FIRST_SCREEN_ROWS);
        assert!(html.contains(&format!(
            "共 {} 篇报告，列出 {} 篇",
            FIRST_SCREEN_ROWS + 7,
            FIRST_SCREEN_ROWS + 7
        )));
    }
}
