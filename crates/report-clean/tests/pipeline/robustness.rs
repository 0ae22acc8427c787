//! Arbitrary input never panics: random text built from the pieces that the
//! rules look at (digits, Chinese numerals, units, quotes, labels, markup,
//! broken UTF-8 boundaries, odd white space), fed to every entry point that
//! takes text. Deterministic (fixed seeds), so a failure reproduces.

use crate::support::rng::Rng;
use report_clean::{
    highlight, paragraph_figures, parse_corpus, parse_query, process_report, ViewState,
};

const PIECES: &[&str] = &[
    "1",
    "2.5",
    "0",
    "99999999999999999999",
    "-",
    "至",
    "～",
    "%",
    "％",
    "个百分点",
    "亿元",
    "万",
    "亿",
    "多",
    "余",
    "以上",
    "近",
    "约",
    "突破",
    "第",
    "一",
    "二",
    "十",
    "百",
    "千",
    "两",
    "三大",
    "年",
    "月",
    "日",
    "讯",
    "电",
    "，",
    ",",
    "。",
    "；",
    "、",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "（",
    "）",
    "\n",
    "\r\n",
    "\n\n",
    "  ",
    "\u{3000}",
    "\u{FEFF}",
    "来源:",
    "作者:",
    "发布时间:",
    "2021-02-19",
    "当前位置:首页 > ",
    "□",
    "①",
    "相关推荐",
    "返回顶部",
    "棋牌",
    "的版权",
    "凯时",
    "<script>",
    "</script>",
    "<img onerror=x>",
    "&amp;",
    "%E8",
    "%ZZ",
    "q=",
    "&",
    "=",
    "#",
    "|",
    "｜",
    "-营商",
    "营商环境",
    "潍坊市",
    "奎文区",
    "坊子",
    "區域",
    "ＧＤＰ",
    "分别",
    "增长",
    "用于",
    "总投资",
    "的",
    "力争",
    "预计",
    "截至",
    "1-5月份",
    "一季度",
    "区委书记",
    "表示",
    "😀",
    "\u{0}",
    "\t",
    "é",
    "a",
    "Z",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.next() % 120;
    (0..n).map(|_| PIECES[rng.next() % PIECES.len()]).collect()
}

#[test]
fn random_text_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let text = random_text(&mut rng);
        let report = process_report("random.txt", &text);
        assert!(report.title_is_derived || !report.title.is_empty());
        for figure in &report.figures {
            let paragraph = &report.sections[figure.section].paragraphs[figure.paragraph];
            assert!(
                figure.start <= figure.end && figure.end <= paragraph.len(),
                "{figure:?} in {paragraph:?}"
            );
            assert!(
                paragraph.is_char_boundary(figure.start) && paragraph.is_char_boundary(figure.end)
            );
        }
        let _ = paragraph_figures(&text, 0, 0, Some("2021"));
        let query = parse_query(&random_text(&mut rng));
        let segments = highlight(&text, &query);
        assert_eq!(
            segments.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
        let _ = ViewState::parse(&text);
        let _ = parse_corpus(&text);
    }
}
