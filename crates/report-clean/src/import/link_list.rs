//! A page that is only a list of links to other pages: a column's index
//! (`2024年某某县政府工作报告 2024-01-20`, one item a line) saved, or copied
//! as text, in place of the report it lists. It is refused saying so, rather than read as a
//! report of no paragraphs.

use super::embedded::has_prose;
use super::html_text::WebPage;
use crate::clean::noise::is_breadcrumb;
use crate::clean::title_lines::names_a_document;
use report_core::text::dates::find_full_date;
use report_core::text::fold::is_han;
use report_core::text::layout::has_sentence_end;

/// Fewest dated items that make a list of a column's pages.
const LIST_MIN_ITEMS: usize = 5;

/// Fewest Han characters of an item's headline beside its date.
const ITEM_MIN_HAN: usize = 6;

/// How many dated items a page lists, where it is nothing but such a list:
/// no line of prose outside what the markup set aside as furniture, and
/// at least [`LIST_MIN_ITEMS`] lines that are each a headline (no
/// sentence) beside a full date.
pub(super) fn listed_items(page: &WebPage) -> Option<usize> {
    let furniture = |n: usize| page.furniture.iter().any(|(f, _)| *f == n);
    let own: Vec<&str> = (1..)
        .zip(page.text.lines())
        .filter(|(n, _)| !furniture(*n))
        .map(|(_, line)| line)
        .collect();
    listed(&own.join("\n"), &page.text).or_else(|| linked_documents(page, &own))
}

/// Fewest links to documents, undated, that make a list of a column's pages.
const LINKED_MIN_ITEMS: usize = 3;

/// A page with no prose at all whose links, set aside as furniture, are
/// [`LINKED_MIN_ITEMS`] or more documents' titles (`2023年某某县政府工作报告`):
/// a column's index that shows no dates.
fn linked_documents(page: &WebPage, own: &[&str]) -> Option<usize> {
    if own.iter().any(|line| has_prose(line)) || has_prose(&page.text) {
        return None;
    }
    let items = (1..)
        .zip(page.text.lines())
        .filter(|(n, line)| {
            page.furniture.iter().any(|(f, _)| f == n)
                && names_a_document(line)
                && !is_breadcrumb(line)
                && !has_sentence_end(line)
                && line.chars().filter(|c| is_han(*c)).count() >= ITEM_MIN_HAN
        })
        .count();
    (items >= LINKED_MIN_ITEMS).then_some(items)
}

/// The same of a page copied as text: no line of prose in it at all.
pub(super) fn listed_items_in_text(text: &str) -> Option<usize> {
    listed(text, text)
}

fn listed(own: &str, whole: &str) -> Option<usize> {
    if has_prose(own) {
        return None;
    }
    let items = whole
        .lines()
        .filter(|line| {
            let Some((_, said)) = find_full_date(line) else {
                return false;
            };
            let headline = line.replacen(&said, "", 1);
            !has_sentence_end(&headline)
                && headline.chars().filter(|c| is_han(*c)).count() >= ITEM_MIN_HAN
        })
        .count();
    (items >= LIST_MIN_ITEMS).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::read_web_page;

    /// A column's index page of `items` links to reports, each dated
    /// beside it or not, with `prose` above the list.
    fn index_of(items: usize, prose: &str, dated: bool) -> String {
        let list: String = (0..items)
            .map(|i| {
                let year = 2024 - i;
                let day = if dated {
                    format!("<span>{year}-01-20</span>")
                } else {
                    String::new()
                };
                format!("<li><a href=\"{i}.html\">{year}年某某县政府工作报告</a>{day}</li>")
            })
            .collect();
        format!(
            "<html><head><title>政府工作报告_某某县人民政府</title></head><body>\
             <div class=\"crumb\">当前位置：首页 &gt; 政务公开</div>{prose}<ul class=\"list\">{list}</ul>\
             <div class=\"pager\">共{items}条 首页 上一页 1 下一页 尾页</div></body></html>"
        )
    }

    fn index(items: usize, prose: &str) -> String {
        index_of(items, prose, true)
    }

    #[test]
    fn a_columns_index_of_dated_links_is_a_list() {
        assert_eq!(listed_items(&read_web_page(&index(6, ""))), Some(6));
        // Too few items (three links to documents are a list, undated or
        // not, below), or a report's prose beside its list of related pages.
        assert_eq!(listed_items(&read_web_page(&index(2, ""))), None);
        let prose = "<p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>";
        assert_eq!(listed_items(&read_web_page(&index(6, prose))), None);
    }

    #[test]
    fn a_columns_index_of_undated_links_to_documents_is_a_list() {
        let undated = |items: usize, prose: &str| index_of(items, prose, false);
        assert_eq!(listed_items(&read_web_page(&undated(4, ""))), Some(4));
        // The breadcrumb naming the column is no item.
        let crumb = undated(3, "").replace("政务公开", "政务公开 &gt; 2024年政府工作报告");
        assert_eq!(listed_items(&read_web_page(&crumb)), Some(3));
        assert_eq!(listed_items(&read_web_page(&undated(2, ""))), None);
        let prose = "<p>各位代表：现在，我代表县人民政府向大会报告工作，请予审议。</p>";
        assert_eq!(listed_items(&read_web_page(&undated(4, prose))), None);
    }

    #[test]
    fn an_index_copied_as_text_is_a_list() {
        let list: String = (2019..=2024)
            .map(|y| format!("{y}年某某县政府工作报告 {y}-01-20\n"))
            .collect();
        assert_eq!(
            listed_items_in_text(&format!(
                "政府工作报告\n{list}共6条 首页 上一页 1 下一页 尾页"
            )),
            Some(6)
        );
        // A report's prose under dated lines (a grid, a related list): none.
        let report = format!("{list}各位代表：现在，我代表县人民政府向大会报告工作，请予审议。\n");
        assert_eq!(listed_items_in_text(&report), None);
    }
}
