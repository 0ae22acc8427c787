//! Text as characters and lines, below any notion of a report's cleaning:
//! folding for search (one char for one char), reading lines and their
//! layout, telling Chinese personal names, dates and numbers as written,
//! characters read as pinyin, and policy themes by keyword. Public:
//! report-clean's stages read text with these, and the views read typed
//! dates, numbers and theme names.

pub mod characters;
pub mod dates;
pub mod fold;
pub mod layout;
pub mod names;
pub mod numbers;
pub mod pinyin;
pub mod simplified;
pub mod themes;
