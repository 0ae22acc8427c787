//! What a page's markup names furniture: the element (`<nav>`, `<footer>`,
//! `<aside>`, `<marquee>`) or the words of its class and id (`main-nav`,
//! `breadcrumb`, `bdsharebuttonbox`), as boilerplate removers read them.

use scraper::node::Element;
use scraper::{ElementRef, Node};

use super::SKIPPED;
use report_core::text::fold::is_han;
use report_core::NoiseKind;

/// How many times the text outside it a box must hold to be the page's
/// wrapper.
const WRAPPER_OVER_OUTSIDE: usize = 3;

/// Fewest Han characters of own text that make a box a page's wrapper.
const WRAPPER_MIN_HAN: usize = 100;

/// A box whose name says furniture but which holds most of the page's own
/// text (`<div id="container" class="layout-int-nav">` around masthead,
/// article and footer alike): the name is the layout's, not the box's
/// role, for navigation, footers and side bars hold links and a line or
/// two, never most of a page's prose. Own text is Han characters outside
/// links, outside what no reader sees (scripts, styles) and outside the
/// boxes named furniture within: link text is what menus are made of, and
/// a comment section whose comments are each named so is no wrapper for
/// its size. `outside` is the document's own text, which leaves out every
/// box named furniture, this one too; it is counted once, and only where
/// a page has such a box.
pub(super) fn wraps_the_page(element: ElementRef, outside: usize) -> bool {
    let own = own_text(element);
    own >= WRAPPER_MIN_HAN && own >= WRAPPER_OVER_OUTSIDE * outside
}

/// Han characters of an element's text outside links, unseen elements and
/// boxes named furniture.
pub(super) fn own_text(element: ElementRef) -> usize {
    element
        .children()
        .map(|child| match child.value() {
            Node::Text(text) => text.chars().filter(|c| is_han(*c)).count(),
            Node::Element(e)
                if e.name() == "a" || SKIPPED.contains(&e.name()) || furniture_of(e).is_some() =>
            {
                0
            }
            Node::Element(_) => ElementRef::wrap(child).map_or(0, own_text),
            _ => 0,
        })
        .sum()
}

/// Words in class names and ids that mark page furniture, as boilerplate
/// removers read them: `main-nav`, `breadcrumb`, `bdsharebuttonbox`.
const FURNITURE_CLASS_WORDS: &[(&str, NoiseKind)] = &[
    ("breadcrumb", NoiseKind::Breadcrumb),
    ("crumb", NoiseKind::Breadcrumb),
    ("position", NoiseKind::Breadcrumb),
    ("location", NoiseKind::Breadcrumb),
    ("navbar", NoiseKind::Breadcrumb),
    ("menu", NoiseKind::Breadcrumb),
    ("share", NoiseKind::Metadata),
    ("toolbar", NoiseKind::Metadata),
    ("fontsize", NoiseKind::Metadata),
    ("sidebar", NoiseKind::Footer),
    ("footer", NoiseKind::Footer),
    ("copyright", NoiseKind::Footer),
    ("related", NoiseKind::Footer),
    ("comment", NoiseKind::Footer),
];
/// Short words that must stand as a whole token of a class name (`nav`,
/// not the `nav` of `canvas`).
const FURNITURE_CLASS_TOKENS: &[(&str, NoiseKind)] = &[
    ("nav", NoiseKind::Breadcrumb),
    ("foot", NoiseKind::Footer),
    ("bottom", NoiseKind::Footer),
    ("ad", NoiseKind::Advertising),
    ("ads", NoiseKind::Advertising),
];

pub(super) fn furniture_of(element: &Element) -> Option<NoiseKind> {
    match element.name() {
        "nav" => return Some(NoiseKind::Breadcrumb),
        "footer" | "aside" => return Some(NoiseKind::Footer),
        // A scrolling banner (an old site's welcome, slogan or notices).
        "marquee" => return Some(NoiseKind::Advertising),
        _ => {}
    }
    let names = class_and_id(element);
    FURNITURE_CLASS_WORDS
        .iter()
        .find(|(word, _)| names.contains(word))
        .or_else(|| {
            FURNITURE_CLASS_TOKENS.iter().find(|(word, _)| {
                names
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|token| token == *word)
            })
        })
        .map(|(_, kind)| *kind)
}

/// An element's class and id, lower case, as one string of words: what
/// boilerplate removers read of a box's name.
pub(super) fn class_and_id(element: &Element) -> String {
    element
        .attr("class")
        .into_iter()
        .chain(element.attr("id"))
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
