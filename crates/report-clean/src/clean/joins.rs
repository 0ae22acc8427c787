//! Two pieces of one sentence that a line end or a page break cut apart,
//! made one line again: the body's broken lines and a PDF copy's page
//! breaks join the same way.

/// Joins two pieces of one sentence broken across lines: CJK text joins
/// directly; Latin words or numbers keep a space between them.
pub(crate) fn join_broken(left: &mut String, right: &str) {
    let needs_space = left
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && right
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    if needs_space {
        left.push(' ');
    }
    left.push_str(right);
}
