//! The cleaning pipeline's tests against text, files and the gold files,
//! one test binary: one link instead of one per file, and every file's
//! tests share the threads (a long test no longer holds the others back).
//! Each module is one concern (a round of shapes, a look at real pages,
//! the real-world sets where `../shared` is present).

mod support;

mod account_posts;
mod article_in_its_frame;
mod chrome_shapes;
mod figures_provincial;
mod fuzz_pipeline;
mod gold;
mod hard_wrapped;
mod header_shapes;
mod import;
mod news_page_bylines;
mod page_shapes;
mod real_pages_bylines;
mod real_pages_chrome;
mod real_pages_dates;
mod real_pages_front;
mod real_pages_header;
mod real_pages_places;
mod real_pages_round22;
mod real_pages_round23;
mod real_pages_round24;
mod real_pages_round25;
mod real_pages_round26;
mod real_pages_round27;
mod real_pages_round28;
mod real_pages_round29;
mod real_pages_round30;
mod real_pages_round31;
mod real_pages_round32;
mod real_pages_round33;
mod real_pages_round34;
mod real_pages_round35;
mod real_pages_round36;
mod realworld_layouts;
mod realworld_ways_in;
mod robustness;
mod round10_shapes;
mod round11_shapes;
mod round12_shapes;
mod round13_shapes;
mod round14_shapes;
mod round15_shapes;
mod round16_shapes;
mod round17_shapes;
mod round18_shapes;
mod round19_shapes;
mod round20_shapes;
mod round8_shapes;
mod round9_shapes;
mod shapes;
mod trends_realworld;
