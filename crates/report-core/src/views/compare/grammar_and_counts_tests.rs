//! Tests of the word rule's seventeenth round, on texts made for them: a
//! verb and a count cut before what it counts (clause_rule.rs,
//! `verb_and_a_count_without_what_it_counts`); a question's 多少 and its
//! measure (particles.rs, `question_cut_before_it_is_asked`); 今 counting
//! a measure (clause_rule.rs, `DETERMINERS`); an adverb before a verb
//! and its object (function_words.rs, `verb_and_its_object`); a
//! preposition and its object's first word (function_words.rs,
//! `preposition_before_its_object`); two words of grammar side by side (particles.rs, `two_words_of_grammar`); a term cut
//! from words its neighbours make, half of them attached to its edge
//! (word_rule.rs, `cuts_through_words`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_verb_and_a_count_without_what_it_counts_is_no_term() {
    // 走出 begins clauses as a verb does (走出一条新路, 走出困境); 走出一条
    // never ends a clause, and 一条 seldom does: the verb and the count,
    // cut before what is counted. 世界一流, a noun before its count, stays,
    // and so do 走出去 and 过去一年 (一年 ends clauses as words do).
    let corpus = texts(&[
        &clauses(12, ("，。", "新绿发特"), |l, r| {
            format!("{l}走出一条{r}路")
        }),
        &clauses(24, ("，。", "困去低"), |l, r| format!("{l}走出{r}境")),
        &clauses(12, ("，。", "，。"), |l, r| format!("{l}走出去{r}")),
        &clauses(10, ("，。和的是", "大企水"), |l, r| {
            format!("{l}世界一流{r}学")
        }),
        &clauses(10, ("，。", "的和"), |l, r| format!("{l}世界{r}各国")),
        &clauses(10, ("是有", "新主"), |l, r| format!("{l}一条{r}线")),
        &clauses(12, ("，。", "里来中的以"), |l, r| {
            format!("{l}过去一年{r}")
        }),
        &clauses(24, ("，。", "的时"), |l, r| format!("{l}过去{r}候")),
        &clauses(20, ("用每第", "。，"), |l, r| format!("{l}一年{r}")),
        &alone("走出一条世界流去过年", 6),
    ]);
    let judged = judge(&corpus, &["走出一条", "世界一流", "走出去", "过去一年"]);
    assert_eq!(
        judged,
        [
            ("走出一条".to_string(), false),
            ("世界一流".to_string(), true),
            ("走出去".to_string(), true),
            ("过去一年".to_string(), true),
        ]
    );
}

#[test]
fn a_question_of_how_many_and_its_measure_is_cut_before_what_it_asks() {
    // 有多少个 (how many) is always followed by what it asks about (县, 乡,
    // 社); 个 counts after numerals. 个体 stays.
    let corpus = texts(&[
        &clauses(6, ("内，", "县乡社"), |l, r| {
            format!("{l}有多少个{r}在")
        }),
        &clauses(24, ("三五十两", "人项家部"), |l, r| {
            format!("{l}个{r}")
        }),
        &clauses(8, ("，。和", "户经，。"), |l, r| {
            format!("{l}个体{r}")
        }),
        &alone("有多少个体", 6),
    ]);
    let judged = judge(&corpus, &["有多少个", "个体"]);
    assert_eq!(
        judged,
        [("有多少个".to_string(), false), ("个体".to_string(), true),]
    );
}

#[test]
fn this_year_counts_the_measure_as_a_number_does() {
    // 年一月 follows 今 (this) in 6 of its 13 uses and numerals in the
    // rest (一九七六年一月): 今年 counts 年 as a number does, so the term
    // is the measure and what follows it, cut from its number. 今年 and
    // 年度 stay.
    let corpus = texts(&[
        &clauses(6, ("。，", "至到，日"), |l, r| {
            format!("{l}今年一月{r}")
        }),
        "一九七六年一月，一九七五年一月四届，一九七八年一月的。",
        "一九五六年一月，一九五八年一月，一九六五年一月至，一九六六年一月底。",
        &clauses(20, ("。，", "，。以我"), |l, r| format!("{l}今年{r}")),
        &clauses(20, ("三五十两", "，。以我"), |l, r| {
            format!("{l}年{r}")
        }),
        &clauses(8, ("，。和", "计预，。"), |l, r| {
            format!("{l}年度{r}")
        }),
        &alone("今年一月度", 6),
    ]);
    let judged = judge(&corpus, &["年一月", "今年", "年度"]);
    assert_eq!(
        judged,
        [
            ("年一月".to_string(), false),
            ("今年".to_string(), true),
            ("年度".to_string(), true),
        ]
    );
}

#[test]
fn an_adverb_of_all_before_a_verb_is_no_part_of_the_term() {
    // 共 (in all) stands before 占本年支出 in 3 of its 8 uses: the adverb
    // before the share's verb and the start of its object. 共同富裕 stays.
    let corpus = texts(&[
        "，共占本年支出的46.89%。；共占本年支出的10.87%。，共占本年支出总数的64.96%。",
        &clauses(5, ("出支费", "的总"), |l, r| {
            format!("{l}占本年支出{r}数")
        }),
        &clauses(60, ("业资额重", "全比地"), |l, r| {
            format!("{l}占{r}的")
        }),
        &clauses(8, ("，。和", "，。的"), |l, r| {
            format!("{l}共同富裕{r}")
        }),
        &alone("共本年支出同富裕", 6),
    ]);
    let judged = judge(&corpus, &["共占本年支出", "共同富裕"]);
    assert_eq!(
        judged,
        [
            ("共占本年支出".to_string(), false),
            ("共同富裕".to_string(), true),
        ]
    );
}

#[test]
fn a_preposition_and_the_first_word_of_its_object_is_no_term() {
    // 上一 stands after 比 (than) in 10 of its 20 uses (比上一年增长, and
    // 迈上一个新台阶): 比上一年 is the preposition and its object, cut
    // before the verb, though 上一年 only stands after 比. 对外贸易 stays:
    // 对外 is a word used apart that goes on in varied ways (对外开放,
    // 对外投资), though 外贸 is used without 对 too.
    let corpus = texts(&[
        &clauses(10, ("，。", "增减有"), |l, r| {
            format!("{l}比上一年{r}长")
        }),
        &clauses(10, ("迈再", "新更"), |l, r| format!("{l}上一个{r}台阶")),
        "。上一个时期，上一个阶段，",
        &clauses(10, ("，。和", "，。发"), |l, r| {
            format!("{l}对外贸易{r}")
        }),
        &clauses(10, ("，。扩", "，。新"), |l, r| {
            format!("{l}对外开放{r}")
        }),
        &clauses(10, ("，。和", "，。项"), |l, r| {
            format!("{l}对外投资{r}")
        }),
        &clauses(10, ("，。和", "交援经合宣"), |l, r| {
            format!("{l}对外{r}作")
        }),
        &clauses(10, ("。，稳", "企，。"), |l, r| format!("{l}外贸{r}")),
        &alone("比上一年对外贸易", 6),
    ]);
    let judged = judge(&corpus, &["比上一年", "对外贸易"]);
    assert_eq!(
        judged,
        [
            ("比上一年".to_string(), false),
            ("对外贸易".to_string(), true),
        ]
    );
}

#[test]
fn two_words_of_grammar_side_by_side_are_no_term() {
    // 将为 (will, for) and 要在 (must, at): each character stands with the
    // other in few of its uses. 由于 (because) is a word: 由 stands before
    // 于 in most of its uses; 将来 (the future) is no pair of grammar, and
    // 等等 (etc.) is 等 said twice.
    let corpus = texts(&[
        &clauses(8, ("，。我", "此农各国社人工商"), |l, r| {
            format!("{l}将为{r}民")
        }),
        &clauses(8, ("，。们", "全以改这一国中立"), |l, r| {
            format!("{l}要在{r}面")
        }),
        &clauses(120, ("，。们", "加推实建"), |l, r| {
            format!("{l}将{r}进")
        }),
        &clauses(120, ("，。们", "加推实建"), |l, r| {
            format!("{l}要{r}进")
        }),
        &clauses(120, ("作成因以", "人此民国"), |l, r| {
            format!("{l}为{r}民")
        }),
        &clauses(120, ("，。是", "全以改"), |l, r| {
            format!("{l}在{r}面")
        }),
        &clauses(12, ("，。但是", "国经各我市县"), |l, r| {
            format!("{l}由于{r}的")
        }),
        &clauses(6, ("，。在", "，。的"), |l, r| format!("{l}将来{r}")),
        &clauses(
            12,
            ("业品户务类项区县市省国村", "。，"),
            |l, r| format!("的{l}等等{r}"),
        ),
        &clauses(200, ("业品户", "领方地"), |l, r| {
            format!("{l}等{r}面")
        }),
        &alone("将为要在由于来等", 6),
    ]);
    let judged = judge(&corpus, &["将为", "要在", "由于", "将来", "等等"]);
    assert_eq!(
        judged,
        [
            ("将为".to_string(), false),
            ("要在".to_string(), false),
            ("由于".to_string(), true),
            ("将来".to_string(), true),
            ("等等".to_string(), true),
        ]
    );
}

#[test]
fn a_term_cut_from_words_its_neighbours_make_is_a_fragment_where_half_are_attached() {
    // 接控制为主 follows 直 and 间: 直 stands before 接 in nearly all its
    // uses, 间 in few (之间, 时间), but 间接 is a word as 直接 is, used far
    // more often than beside the term: the term begins inside them.
    // 新质生产力 stays: 展 of 发展, 育 of 培育 and 快 of 加快 stand before 新
    // elsewhere too (发展新产业, 培育新动能), but seldom for their own uses;
    // and so does 人民心情舒畅, whose one use after 族 (各族人民) tells
    // nothing; 中原大地 too: 写 of 谱写 and 绘 of 描绘 stand before 中 in
    // most of their uses, but 写中 and 绘中 are the tails of 谱写中国 and
    // 描绘中国, no words of their own.
    let corpus = texts(&[
        "，直接控制为主，和间接控制为主的；坚持直接控制为主。实行间接控制为主和",
        "。由直接控制为主的，转向间接控制为主。变直接控制为主，以间接控制为主，",
        &clauses(20, ("，。的", "投管服"), |l, r| {
            format!("{l}直接{r}务")
        }),
        &clauses(10, ("，。和的", "融税损投"), |l, r| {
            format!("{l}间接{r}资")
        }),
        &clauses(320, ("之时期空", "，。的和"), |l, r| {
            format!("{l}间{r}")
        }),
        "，发展新质生产力，培育新质生产力的，加快新质生产力。增强新质生产力和",
        "。开展新质生产力的，养育新质生产力，加快新质生产力；发展新质生产力。",
        &clauses(24, ("展育快强", "产动业能"), |l, r| {
            format!("，{l}新{r}力")
        }),
        &clauses(160, ("开发培教", "，。的和览"), |l, r| {
            format!("{l}展{r}育")
        }),
        "。全国各族人民心情舒畅，这是人民心情舒畅、",
        &clauses(12, ("，。和", "的，。"), |l, r| {
            format!("{l}各族人民{r}")
        }),
        &clauses(6, ("民家宗", "口才"), |l, r| format!("，{l}族人{r}")),
        &clauses(20, ("，。", "群生代"), |l, r| format!("{l}人民{r}众")),
        &clauses(120, ("，。这", "我们新全重"), |l, r| {
            format!("{l}是{r}")
        }),
        &clauses(8, ("这都就", "才的民"), |l, r| format!("{l}是人{r}")),
        "，谱写中原大地新篇章。谱写中原大地的，在中原大地上，让中原大地更美。",
        "。描绘中原大地新画卷，描绘中原大地的，建设中原大地。",
        &clauses(12, ("，。的", "式特"), |l, r| {
            format!("{l}描绘中国{r}")
        }),
        "，书写中国的。书写中国式，彩绘中国的。彩绘中国式，",
        &clauses(12, ("，。的", "式特"), |l, r| {
            format!("{l}谱写中国{r}")
        }),
        &clauses(12, ("，。和", "家央心"), |l, r| format!("{l}在中{r}")),
        &clauses(12, ("，。要", "国华"), |l, r| format!("{l}让中{r}")),
        &clauses(12, ("，。", "国央"), |l, r| format!("{l}中{r}的")),
        // 设 stands before 中 in few of its uses (建设中国, 增设中心): not
        // all the term's neighbours are attached, so only the share the
        // attached ones hold decides, and 写 and 绘 are among them only by
        // the words 谱写 and 描绘 they end.
        &clauses(12, ("，。和", "国心"), |l, r| format!("{l}增设中{r}")),
        &clauses(12, ("，。和", "国心"), |l, r| format!("{l}建设中{r}")),
        &clauses(400, ("，。的和", "施计置备"), |l, r| {
            format!("{l}设{r}")
        }),
        &alone("接控制为主新质生产力心情舒畅原大地描绘", 6),
    ]);
    let judged = judge(
        &corpus,
        &["接控制为主", "新质生产力", "人民心情舒畅", "中原大地"],
    );
    assert_eq!(
        judged,
        [
            ("接控制为主".to_string(), false),
            ("新质生产力".to_string(), true),
            ("人民心情舒畅".to_string(), true),
            ("中原大地".to_string(), true),
        ]
    );
}
