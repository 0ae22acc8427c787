//! Page furniture told apart from the report by what a line is made of, the
//! way jusText classifies blocks: control words (print, share, font size),
//! separators, e-paper and counter widgets, image file names and markdown
//! leftovers (a photo's credit makes a caption: `captions.rs`). Each rule
//! looks at the line's shape and the small vocabulary such furniture is
//! built from, never at whole sentences seen on one site.

mod dates;
mod labels;
mod prompts;
mod widgets;

use crate::clean::document_notices::{is_document_notice, is_file_facts, is_piece_label};
use crate::clean::page_lists::{is_attachment, is_contents_line};
use crate::clean::site_notices::{is_disclaimer, is_site_footer};

use dates::is_clock_time;
pub use dates::is_date_widget;
pub use labels::{is_counter_or_credit, is_image_leftover};
pub use prompts::is_prompt;
pub(crate) use widgets::is_edition_page;
pub use widgets::{
    is_header_control, is_page_top_link, is_separator_line, is_step_separator, is_widget,
};

/// Any furniture line this module recognises.
pub fn is_furniture(text: &str) -> bool {
    is_clock_time(text)
        || is_widget(text)
        || is_counter_or_credit(text)
        || is_image_leftover(text)
        || is_attachment(text)
        || is_contents_line(text)
        || is_prompt(text)
        || is_date_widget(text)
        || is_site_footer(text)
        || is_disclaimer(text)
        || is_document_notice(text)
        || is_file_facts(text)
        || is_piece_label(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_alone_is_a_posts_stamp() {
        assert!(is_furniture("09:05"));
        assert!(is_furniture("10：30：15"));
        assert!(!is_furniture("25:10"));
        assert!(!is_furniture("9:5"));
        assert!(!is_furniture("09:05 大会开始"));
        assert!(!is_furniture("1:2:3"));
    }

    #[test]
    fn counters_credits_images_and_prompts() {
        assert!(is_counter_or_credit("阅读量："));
        assert!(is_counter_or_credit("点击数：1024"));
        assert!(is_counter_or_credit("审核：王五"));
        assert!(is_counter_or_credit("(责编：王丹、李萌)"));
        assert!(is_counter_or_credit("（编辑：张三）"));
        assert!(is_counter_or_credit("【编辑：张三】"));
        assert!(is_counter_or_credit("〔责编：张三〕"));
        assert!(!is_counter_or_credit("（审核制度改革）"));
        assert!(is_counter_or_credit(
            "本帖最后由 老李 于 2024-3-6 09:12 编辑"
        ));
        assert!(!is_counter_or_credit(
            "审核制度改革全面推开，群众办事更方便。"
        ));
        assert!(is_image_leftover("W020260127384512.jpg"));
        assert!(is_image_leftover("![](https://example.org/a.png)"));
        assert!(!is_image_leftover("全市新建5G基站1.2万个。"));
        assert!(is_prompt("扫描二维码 关注我们"));
        assert!(is_prompt("》》点击图片进入专题《《"));
        // A prompt to open the site's app to read the rest.
        assert!(is_prompt("剩余80%未读，打开APP阅读全文"));
        assert!(is_prompt("打开客户端 查看更多"));
        assert!(!is_prompt("推动政务服务App与客户端整合。"));
        // A click counter among the page's fields is no prompt.
        assert!(!is_prompt("发布时间：2008年2月26日 点击数：1568"));
        assert!(is_furniture("点击数：1568"));
        assert!(!is_prompt(
            "全面推行政务服务“扫码办”，实现企业群众办事少跑腿、快办结。"
        ));
    }
}
