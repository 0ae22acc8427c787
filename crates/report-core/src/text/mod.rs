//! Text as characters and lines, below any notion of a report: folding
//! for search (one char for one char), reading lines and their layout, and
//! telling Chinese personal names.

pub mod fold;
pub mod layout;
pub mod names;
