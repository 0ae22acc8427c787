//! What a page's markup names furniture: the element (`<nav>`, `<footer>`,
//! `<aside>`, `<marquee>`) or the words of its class and id (`main-nav`,
//! `breadcrumb`, `bdsharebuttonbox`), as boilerplate removers read them.

use scraper::node::Element;

use report_core::NoiseKind;

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
    let names = element
        .attr("class")
        .into_iter()
        .chain(element.attr("id"))
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
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
