//! The query language's tests: parsing, writing back, replacing a term.

use super::*;

#[test]
fn a_term_is_replaced_where_it_is_a_word_of_the_query() {
    // (query, the term as typed, what replaces it, the query after)
    let cases = [
        ("新职生产力", "新职生产力", "新质生产力", "新质生产力"),
        // The second word, not the first word's start.
        ("新职生产力　新职", "新职", "新质", "新职生产力　新质"),
        ("营商 -“新职”", "新职", "新质", "营商 -“新质”"),
        // A phrase holds a space: found where it is written.
        ("\"新职 生产\"", "新职 生产", "新质 生产", "\"新质 生产\""),
        // Syllables typed apart: the words one after another, however
        // spaced.
        (
            "ying  shang　huan jing 乡村",
            "ying shang huan jing",
            "营商环境",
            "营商环境 乡村",
        ),
        ("乡村 chong qing", "chong qing", "重庆", "乡村 重庆"),
        // Not the excluded word's letters: the plain words as typed.
        (
            "chong -qing chong qing",
            "chong qing",
            "重庆",
            "chong -qing 重庆",
        ),
    ];
    for (query, typed, by, after) in cases {
        assert_eq!(with_term_replaced(query, typed, by), after, "{query}");
    }
}

#[test]
fn plain_words_run_as_typed_between_what_breaks_them() {
    let runs = runs_of_plain_words("a a b -c d | e \"f\" g h，i");
    let expected: Vec<Vec<&str>> = vec![
        vec!["a", "a", "b"],
        vec!["d"],
        vec!["e"],
        vec!["f"],
        // A mark between words parts them as a star does.
        vec!["g", "h"],
        vec!["i"],
    ];
    assert_eq!(runs, expected);
}

fn texts(terms: &[Term]) -> Vec<&str> {
    terms.iter().map(|t| t.text.as_str()).collect()
}

#[test]
fn terms_as_people_type_them_in_chinese() {
    for typed in [
        "营商环境，乡村振兴",
        "营商环境、乡村振兴",
        "营商环境；乡村振兴",
        "+营商环境 +乡村振兴",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["营商环境", "乡村振兴"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0], vec![1]], "{typed}");
    }
    for typed in ["乡村振兴 或 共同富裕", "乡村振兴 OR 共同富裕"] {
        let q = parse_query(typed);
        assert_eq!(q.clauses, vec![vec![0, 1]], "{typed}");
    }
    // Inside quotes a comma is the phrase's own; `或` inside a word is text.
    let q = parse_query("“创新，协调” 或许");
    assert_eq!(texts(&q.terms), vec!["创新，协调", "或许"]);
    // `或` alone with nothing before it joins nothing.
    assert_eq!(texts(&parse_query("或 营商环境").terms), vec!["营商环境"]);
}

#[test]
fn operator_words_of_other_tools_read_as_there() {
    // OR in any case, as a phone or an input method in English mode types it.
    for typed in [
        "国内生产总值 or GDP",
        "国内生产总值 Or GDP",
        "国内生产总值 OR GDP",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["国内生产总值", "GDP"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0, 1]], "{typed}");
    }
    // AND: every term must occur already.
    for typed in ["GDP AND 就业", "GDP and 就业", "GDP && 就业"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["GDP", "就业"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0], vec![1]], "{typed}");
        assert!(q.ignored.is_empty(), "{typed}");
    }
    // NOT excludes the word after it, a phrase too; AND NOT as well.
    for typed in ["就业 NOT 农村", "就业 not 农村", "就业 AND NOT 农村"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业"], "{typed}");
        assert_eq!(texts(&q.excluded), vec!["农村"], "{typed}");
    }
    let q = parse_query("就业 NOT \"农村 劳动力\" 创业");
    assert_eq!(texts(&q.terms), vec!["就业", "创业"]);
    assert_eq!(texts(&q.excluded), vec!["农村 劳动力"]);
    // Typed key by key, an operator with nothing after it yet changes
    // nothing: no term flashes up, nothing is excluded.
    for typed in ["就业 OR", "就业 and", "就业 NOT", "就业 or |"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业"], "{typed}");
        assert!(q.excluded.is_empty(), "{typed}");
    }
}

#[test]
fn operator_words_as_words() {
    // Quoted, or the whole query, an operator word is searched for.
    let q = parse_query("\"and\" 就业");
    assert_eq!(texts(&q.terms), vec!["and", "就业"]);
    assert_eq!(q.clauses, vec![vec![0], vec![1]]);
    for typed in ["或", "not", "AND"] {
        assert_eq!(texts(&parse_query(typed).terms), vec![typed], "{typed}");
    }
    // Inside a word, or as part of one, they are text.
    let q = parse_query("notebook 安徽andong -not");
    assert_eq!(texts(&q.terms), vec!["notebook", "安徽andong"]);
    assert_eq!(texts(&q.excluded), vec!["not"]);
    // Written back, a term that is an operator word is quoted.
    assert_eq!(
        query_text(&["and".into(), "就业".into()], false),
        "\"and\" 就业"
    );
    assert_eq!(
        texts(&parse_query(&query_text(&["NOT".into()], true)).terms),
        vec!["NOT"]
    );
}

#[test]
fn operator_words_in_chinese_read_as_their_english() {
    for typed in ["就业 或者 创业", "就业 或 创业"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0, 1]], "{typed}");
    }
    for typed in [
        "就业 和 创业",
        "就业 与 创业",
        "就业 且 创业",
        "就业 以及 创业",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0], vec![1]], "{typed}");
    }
    for typed in ["就业 不含 农村", "就业 不包括 农村"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业"], "{typed}");
        assert_eq!(texts(&q.excluded), vec!["农村"], "{typed}");
    }
    // Alone, quoted or inside a word, they are words.
    assert_eq!(texts(&parse_query("和").terms), vec!["和"]);
    assert_eq!(texts(&parse_query("\"和\" 谐").terms), vec!["和", "谐"]);
    assert_eq!(
        texts(&parse_query("和谐 以及其他 或者说").terms),
        vec!["和谐", "以及其他", "或者说"]
    );
    // 排除 is a verb of reports (排除隐患), not an instruction.
    let q = parse_query("隐患 排除 整治");
    assert_eq!(texts(&q.terms), vec!["隐患", "排除", "整治"]);
    assert!(q.excluded.is_empty());
}

#[test]
fn a_group_in_brackets_asks_for_what_it_says() {
    // `就业 AND (创业 OR 农村)`: 就业, and either of the two.
    for typed in [
        "就业 AND (创业 OR 农村)",
        "就业 （创业 或 农村）",
        "就业 ( 创业 | 农村 )",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业", "农村"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0], vec![1, 2]], "{typed}");
        assert!(q.ignored.is_empty(), "{typed}: {:?}", q.ignored);
    }
    let q = parse_query("(创业 OR 农村) AND (就业 OR 收入)");
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2, 3]]);
    // Both of a group, or a word: each of the group's words or the word.
    for typed in [
        "(就业 AND 创业) OR 农村",
        "（就业 和 创业） 或者 农村",
        "(就业 创业)|农村",
        "( 就业 创业 ) | 农村",
        "((就业 创业)) OR 农村。",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业", "农村"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0, 2], vec![1, 2]], "{typed}");
        assert!(q.ignored.is_empty(), "{typed}: {:?}", q.ignored);
    }
    let q = parse_query("就业 OR (创业 农村)");
    assert_eq!(q.clauses, vec![vec![0, 1], vec![0, 2]]);
    let q = parse_query("(就业 创业) OR (农村 收入) 城镇");
    assert_eq!(
        q.clauses,
        vec![vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3], vec![4]]
    );
    // A group that is itself a choice keeps the words after it asked for.
    let q = parse_query("(就业 OR 创业) 农村 OR 城镇");
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2, 3]]);
    // An excluded word inside a group asks nothing there.
    let q = parse_query("(就业 -创业) OR 农村");
    assert_eq!(q.clauses, vec![vec![0, 1]]);
    assert_eq!(texts(&q.excluded), vec!["创业"]);
    // An excluded group: each of its words is excluded, none joins the
    // words before it as an alternative.
    for typed in [
        "就业 NOT (创业 OR 农村)",
        "就业 -(创业 OR 农村)",
        "就业 !(创业 OR 农村)",
        "就业 ！（创业 或 农村）",
        "就业 不含 (创业 或 农村)",
    ] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0]], "{typed}");
        assert_eq!(texts(&q.excluded), vec!["创业", "农村"], "{typed}");
    }
    // After an excluded group, words are asked for again.
    let q = parse_query("-(创业 OR 农村) 就业");
    assert_eq!(texts(&q.terms), vec!["就业"]);
    assert_eq!(texts(&q.excluded), vec!["创业", "农村"]);
    // A space left inside an unclosed mark is no part of the term.
    assert_eq!(texts(&parse_query("“（ 创业").terms), vec!["创业"]);
    // A term the query would read without its bracket or quotes is
    // written back quoted, and replaced where it is the term.
    for term in ["(创业", "‘乡村振兴’", "创业)"] {
        let written = query_text(&[term.to_string()], false);
        assert_eq!(texts(&parse_query(&written).terms), vec![term], "{written}");
    }
    assert_eq!(
        with_term_replaced("创业园 (创业 OR 农村)", "创业", "就业"),
        "创业园 (就业 OR 农村)"
    );
    // Typed key by key, a group being opened is its first word.
    assert_eq!(texts(&parse_query("就业 （创").terms), vec!["就业", "创"]);
    // A bracket a term closes is the term's own.
    for kept in ["执业（助理）医师", "（一）", "PM2.5(细颗粒物)"] {
        assert_eq!(texts(&parse_query(kept).terms), vec![kept], "{kept}");
    }
}

#[test]
fn an_exclamation_mark_before_a_word_excludes_it() {
    for typed in ["就业 !农村", "就业 ！农村", "!农村 就业"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业"], "{typed}");
        assert_eq!(texts(&q.excluded), vec!["农村"], "{typed}");
    }
    let q = parse_query("就业 !\"农村 劳动力\"");
    assert_eq!(texts(&q.excluded), vec!["农村 劳动力"]);
    // Before a bracket or a single quote too, as `-` is.
    for typed in ["就业 !「农村」", "就业 ！‘农村’", "就业 !（农村）"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.excluded), vec!["农村"], "{typed}");
    }
    // After a word it ends a sentence; alone, or doubled, it is marks; a
    // full-width one opening the query was copied with a sentence's end.
    assert_eq!(texts(&parse_query("就业！").terms), vec!["就业"]);
    let q = parse_query("！推动高质量发展");
    assert_eq!(texts(&q.terms), vec!["推动高质量发展"]);
    assert!(q.excluded.is_empty());
    let q = parse_query("就业 ！！ !");
    assert_eq!(texts(&q.terms), vec!["就业"]);
    assert!(q.excluded.is_empty());
    // Written back, a term opening with one is quoted.
    assert_eq!(query_text(&["!农村".into()], false), "\"!农村\"");
}

#[test]
fn single_quotes_or_corner_brackets_around_a_word_are_a_phrase_s() {
    for typed in ["‘乡村振兴’", "'乡村振兴'", "「乡村振兴」", "『乡村振兴』"]
    {
        assert_eq!(
            texts(&parse_query(typed).terms),
            vec!["乡村振兴"],
            "{typed}"
        );
    }
    // Inside a word they are its own: pinyin's apostrophe, a quotation
    // run into a word.
    for kept in ["xi'an", "‘十四五’规划", "「十四五」规划"] {
        assert_eq!(texts(&parse_query(kept).terms), vec![kept], "{kept}");
    }
}

#[test]
fn a_star_parts_terms_as_cnki_and_wildcards_have_it() {
    for typed in ["就业*创业", "就业＊创业", "就业* 创业*", "*就业 *创业"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0], vec![1]], "{typed}");
    }
    assert_eq!(texts(&parse_query("就业*").terms), vec!["就业"]);
    // Between figures a star multiplies.
    assert_eq!(texts(&parse_query("7*24小时").terms), vec!["7*24小时"]);
    // Syllables either side of a star or an AND are not one word typed apart.
    assert_eq!(
        runs_of_plain_words("ying*shang"),
        vec![vec!["ying"], vec!["shang"]]
    );
    assert_eq!(
        runs_of_plain_words("ying and shang"),
        vec![vec!["ying"], vec!["shang"]]
    );
    // Quoted, a star is the phrase's own.
    assert_eq!(texts(&parse_query("\"5*8\"").terms), vec!["5*8"]);
    assert_eq!(query_text(&["5*8".into()], false), "\"5*8\"");
}

#[test]
fn all_terms_each_a_clause() {
    let q = parse_query("营商环境  双招双引");
    assert_eq!(texts(&q.terms), vec!["营商环境", "双招双引"]);
    assert_eq!(q.clauses, vec![vec![0], vec![1]]);
}

#[test]
fn phrases_keep_their_spaces() {
    let q = parse_query("\"抓落实 求突破\" 经济");
    assert_eq!(texts(&q.terms), vec!["抓落实 求突破", "经济"]);
    let q = parse_query("“营商环境”");
    assert_eq!(texts(&q.terms), vec!["营商环境"]);
}

#[test]
fn unbalanced_quote_runs_to_the_end() {
    assert_eq!(texts(&parse_query("\"新旧 动能").terms), vec!["新旧 动能"]);
}

#[test]
fn either_or() {
    let q = parse_query("乡村振兴 | 共同富裕 营商环境");
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2]]);
    let q = parse_query("乡村振兴|共同富裕｜城市更新");
    assert_eq!(q.clauses, vec![vec![0, 1, 2]]);
    let q = parse_query("| 营商环境 |");
    assert_eq!(q.clauses, vec![vec![0]]);
}

#[test]
fn exclusion() {
    let q = parse_query("营商环境 -棋牌 -\"非法 集资\"");
    assert_eq!(texts(&q.terms), vec!["营商环境"]);
    assert_eq!(texts(&q.excluded), vec!["棋牌", "非法 集资"]);
    assert!(!parse_query("-棋牌").is_empty());
    // A hyphen inside a term is part of it.
    assert_eq!(texts(&parse_query("1-5月份").terms), vec!["1-5月份"]);
}

#[test]
fn sentence_marks_at_an_unquoted_terms_edges_are_not_searched() {
    assert_eq!(
        texts(&parse_query("高质量发展。").terms),
        vec!["高质量发展"]
    );
    assert_eq!(
        texts(&parse_query("营商环境！ ：乡村振兴？ GDP.").terms),
        vec!["营商环境", "乡村振兴", "GDP"]
    );
    // Inside a term, and in quotes, marks stay as written.
    assert_eq!(texts(&parse_query("3.5%").terms), vec!["3.5%"]);
    assert_eq!(texts(&parse_query("\"发展。\"").terms), vec!["发展。"]);
}

#[test]
fn brackets_around_a_whole_unquoted_term_are_not_searched() {
    assert_eq!(
        texts(&parse_query("（营商环境） 【乡村振兴】 (GDP) 〔2024〕").terms),
        vec!["营商环境", "乡村振兴", "GDP", "2024"]
    );
    // With a sentence mark after: both go.
    assert_eq!(
        texts(&parse_query("（营商环境）。").terms),
        vec!["营商环境"]
    );
    // Brackets inside a term, of one character, unpaired, nested or
    // quoted, and book titles, stay as written.
    for kept in [
        "执业（助理）医师",
        "（一）",
        "（一）（二）",
        "《政府工作报告》",
    ] {
        assert_eq!(texts(&parse_query(kept).terms), vec![kept], "{kept}");
    }
    assert_eq!(
        texts(&parse_query("\"（营商环境）\"").terms),
        vec!["（营商环境）"]
    );
}

#[test]
fn punctuation_only_terms_are_ignored_and_reported() {
    let q = parse_query("， 。 营商环境 ！！");
    assert_eq!(texts(&q.terms), vec!["营商环境"]);
    // The comma separates words, as a space does; it is not a term.
    assert_eq!(q.ignored, vec!["。", "！！"]);
    assert!(parse_query("，。").is_empty());
}

#[test]
fn duplicates_fold_together() {
    let q = parse_query("GDP gdp ＧＤＰ 區域 区域");
    assert_eq!(texts(&q.terms), vec!["GDP", "區域"]);
    assert_eq!(q.clauses.len(), 2);
}

#[test]
fn empty_and_long_input() {
    assert!(parse_query("").is_empty());
    assert!(parse_query("   \u{3000}").is_empty());
    let q = parse_query(&"很".repeat(10_000));
    assert!(q.truncated);
    assert_eq!(q.terms[0].text.chars().count(), MAX_QUERY_CHARS);
}

#[test]
fn query_text_round_trips() {
    let terms = vec![
        "乡村振兴".to_string(),
        "抓落实 求突破".to_string(),
        "-x".to_string(),
        "创新，协调".to_string(),
        "或".to_string(),
        // A figure's thousands comma needs no quotes.
        "1,234.5万元".to_string(),
    ];
    let text = query_text(&terms, true);
    assert_eq!(
        text,
        "乡村振兴 | \"抓落实 求突破\" | \"-x\" | \"创新，协调\" | \"或\" | 1,234.5万元"
    );
    let q = parse_query(&text);
    assert_eq!(
        texts(&q.terms),
        vec![
            "乡村振兴",
            "抓落实 求突破",
            "-x",
            "创新，协调",
            "或",
            "1,234.5万元"
        ]
    );
    assert_eq!(q.clauses, vec![vec![0, 1, 2, 3, 4, 5]]);
}

#[test]
fn a_term_is_searched_with_its_alternatives_where_it_is_a_word() {
    let others = ["一九五八年".to_string()];
    // (query, the term as typed, the query after)
    let cases = [
        ("1958年", "1958年", "1958年 | 一九五八年"),
        (
            "计划 1958年 钢铁",
            "1958年",
            "计划 1958年 | 一九五八年 钢铁",
        ),
        // Quoted: the quotes go with the word, not around the alternatives.
        ("计划 \"1958年\"", "1958年", "计划 1958年 | 一九五八年"),
        // Not the excluded word of the same text.
        (
            "-1958年 钢铁 1958年",
            "1958年",
            "-1958年 钢铁 1958年 | 一九五八年",
        ),
        // Written with a sentence mark: where the term is written.
        ("1958年。", "1958年", "1958年 | 一九五八年。"),
        // In brackets, copied from a parenthesis: the brackets go with it.
        ("计划 （1958年）", "1958年", "计划 1958年 | 一九五八年"),
    ];
    for (input, typed, expected) in cases {
        let after = with_alternatives(input, typed, &others);
        assert_eq!(after, expected, "{input}");
        // What it asks for: the term or its other spelling, in one clause.
        let query = parse_query(&after);
        let clause = query
            .clauses
            .iter()
            .find(|c| c.len() == 2)
            .unwrap_or_else(|| panic!("{after}: {:?}", query.clauses));
        let texts: Vec<&str> = clause
            .iter()
            .map(|&i| query.terms[i].text.as_str())
            .collect();
        assert_eq!(texts, ["1958年", "一九五八年"], "{after}");
    }
}

#[test]
fn a_quoted_phrase_is_searched_with_its_alternatives_as_phrases() {
    let others = ["一九五八年 农业".to_string()];
    let after = with_alternatives("\"1958年 农业\" 计划", "1958年 农业", &others);
    assert_eq!(after, "\"1958年 农业\" | \"一九五八年 农业\" 计划");
    let query = parse_query(&after);
    let texts: Vec<&str> = query.terms.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["1958年 农业", "一九五八年 农业", "计划"]);
    assert_eq!(query.clauses, [vec![0, 1], vec![2]]);
}

#[test]
fn a_comma_grouping_thousands_stays_in_its_number() {
    let terms = |input: &str| -> Vec<String> {
        parse_query(input)
            .terms
            .into_iter()
            .map(|t| t.folded)
            .collect()
    };
    assert_eq!(terms("1,234.5万元"), ["1,234.5万元"]);
    assert_eq!(terms("收入12，000万元"), ["收入12,000万元"]);
    assert_eq!(terms("12,345,678元 营商环境"), ["12,345,678元", "营商环境"]);
    // Between terms, a comma parts them as ever.
    assert_eq!(terms("2020,2021"), ["2020", "2021"]);
    assert_eq!(terms("1,2"), ["1", "2"]);
    assert_eq!(terms("营商环境,1,000"), ["营商环境", "1,000"]);
    assert_eq!(terms("5,乡村"), ["5", "乡村"]);
    // Full width, as an input method in that mode types it.
    assert_eq!(terms("１２，０００万元"), ["12,000万元"]);
}

#[test]
fn a_quote_inside_a_word_is_the_texts_own() {
    // Copied from a report, or as an offer writes a phrase reports quote.
    for typed in ["十四五”规划", "实施“十四五”规划", "十四五」规划"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec![typed], "{typed}");
        assert_eq!(query_text(&[typed.to_string()], false), typed);
    }
    // Copied from a report, a quoted word running into another is one
    // term, marks and all; typed with straight marks, a phrase and a word.
    for typed in ["“十四五”规划", "“三个代表”重要思想"] {
        assert_eq!(texts(&parse_query(typed).terms), vec![typed], "{typed}");
        assert_eq!(query_text(&[typed.to_string()], false), typed);
    }
    assert_eq!(
        texts(&parse_query("\"十四五\"规划").terms),
        vec!["十四五", "规划"]
    );
    let q = parse_query("-“十四五”规划 就业");
    assert_eq!(texts(&q.terms), vec!["就业"]);
    assert_eq!(texts(&q.excluded), vec!["“十四五”规划"]);
    // Opening a word, a quote opens a phrase; closing one, it ends it;
    // one after a word with nothing after it is typed on the way to one.
    assert_eq!(
        texts(&parse_query("“十四五” 规划").terms),
        vec!["十四五", "规划"]
    );
    assert_eq!(
        texts(&parse_query("“新旧 动能”转换").terms),
        vec!["新旧 动能", "转换"]
    );
    assert_eq!(
        texts(&parse_query("营商环境” 双招双引").terms),
        vec!["营商环境", "双招双引"]
    );
    assert_eq!(texts(&parse_query("营商环境“").terms), vec!["营商环境"]);
    // A phrase typed right after a word, its partner ending the word, is a
    // phrase, key by key too.
    for (typed, terms) in [
        ("实施\"十四五规划\"", vec!["实施", "十四五规划"]),
        (
            "营商环境“高质量发展” 乡村振兴",
            vec!["营商环境", "高质量发展", "乡村振兴"],
        ),
        // 和 between them is a word of search: both.
        ("“乡村振兴”和“共同富裕”", vec!["乡村振兴", "共同富裕"]),
        ("营商环境\"优", vec!["营商环境", "优"]),
        ("营商环境“优化", vec!["营商环境", "优化"]),
    ] {
        assert_eq!(texts(&parse_query(typed).terms), terms, "{typed}");
    }
}
