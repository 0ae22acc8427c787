//! Officials named with their role: "区委书记吕灿华表示".

use crate::clean::offices::HEADS_OF_GOVERNMENT;
use report_core::text::fold::is_han;
use report_core::text::names::is_person_name;
use report_core::Person;

/// Roles, longest first so that "区委书记" wins over "书记".
const ROLES: [&str; 30] = [
    "区委副书记",
    "县委副书记",
    "市委副书记",
    "区委书记",
    "县委书记",
    "市委书记",
    "省委书记",
    "常务副区长",
    "常务副县长",
    "常务副市长",
    "副区长",
    "副县长",
    "副市长",
    "区长",
    "县长",
    "市长",
    "省长",
    "州长",
    "盟长",
    "旗长",
    // The State Council's: `国务院总理李强所作的政府工作报告`.
    "总理",
    "国务委员",
    "部长",
    "党委书记",
    "党工委书记",
    "理事长",
    "董事长",
    "局长",
    "主任",
    "书记",
];

/// What may follow a name: a verb of saying, a title of address, punctuation;
/// a news story's verbs of a session (`市长王宏作政府工作报告`,
/// `代市长陈小平作关于…的说明`, `…主任刘明主持会议`).
const AFTER_NAME: [&str; 21] = [
    "表示",
    "说",
    "指出",
    "强调",
    "介绍",
    "提出",
    "要求",
    "同志",
    "一行",
    "带队",
    "在",
    "所作",
    "作了",
    "作政府",
    "作工作",
    "作报告",
    "作关于",
    "主持",
    "，",
    ",",
    "。",
];

/// People named right after a role, each once, in order of appearance.
pub fn find_people(paragraphs: &[String]) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    for text in paragraphs {
        for role in ROLES {
            for (at, _) in text.match_indices(role) {
                // "区委书记" also contains "书记": skip a role inside a longer one.
                if ROLES
                    .iter()
                    .any(|r| r.len() > role.len() && covers(text, at, role, r))
                {
                    continue;
                }
                if let Some(name) = name_after(&text[at + role.len()..]) {
                    if !people.iter().any(|p| p.name == name) {
                        // `国家计委副主任李人俊`: a deputy is no head;
                        // `代市长陈小平`: one acting as the head says so.
                        let before = &text[..at];
                        let deputy = if before.ends_with('副') {
                            "副"
                        } else if before.ends_with('代') && HEADS_OF_GOVERNMENT.contains(&role) {
                            "代"
                        } else {
                            ""
                        };
                        people.push(Person {
                            name,
                            role: format!("{deputy}{role}"),
                        });
                    }
                }
            }
        }
    }
    people
}

/// What opens the clause after a speaker's name in the sentence that makes
/// the report: the session it was given at (`在…会议上所作的`), whom the
/// speaker speaks for (`代表国务院所作的`) or to (`向立法会发表`), or the
/// making itself (`所作的`, `作政府工作报告`).
const MAKING_OPENERS: [&str; 6] = ["在", "代表", "向", "所作", "所做", "作"];
/// The heads of a court and a procuratorate, who make their organs'
/// reports to the congress (`检察长某某8日上午向…作…工作报告`).
const JUDICIAL_HEADS: [&str; 2] = ["检察长", "院长"];
/// The part of the day a news lead says a report was made in, after its
/// day (`8日上午`).
const PARTS_OF_DAY: [&str; 4] = ["上午", "下午", "晚上", "晚"];

/// The clause after a speaker's name less the day a news lead puts first
/// (`8日上午向…作…报告`): the clause from what opens the making.
fn without_day_of_making(rest: &str) -> &str {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(after_day) = rest[digits..]
        .strip_prefix('日')
        .filter(|_| (1..=2).contains(&digits))
    else {
        return rest;
    };
    PARTS_OF_DAY
        .iter()
        .find_map(|part| after_day.strip_prefix(part))
        .unwrap_or(after_day)
}

/// The verbs that make a report in that clause.
const MAKING_VERBS: [&str; 3] = ["作", "做", "发表"];
/// Words of a sentence that only receives, discusses or follows a report
/// someone made (a resolution, a study session, `根据…报告精神`): no
/// speaker of this text.
const RECEIVING_VERBS: [&str; 9] = [
    "听取", "审议", "讨论", "批准", "学习", "贯彻", "根据", "按照", "落实",
];
/// What may follow the report the clause makes: its end, a quotation's or
/// bracket's close, a note of what the text is (`全文`, `（摘要）`). A report
/// followed by more words is a report named in passing (`报告精神`,
/// `报告确定的目标`).
fn ends_the_making_clause(after: &str) -> bool {
    after.is_empty() || after.starts_with(['》', '”', '"', '）', ')', '（', '(', '全', '摘'])
}

/// The speaker named in the sentence that makes the report, as a headline
/// or a repost's lead says it (`县长某某在某某县…会议上所做的政府工作报告`,
/// `总理某某代表国务院…所作的《政府工作报告》全文`): an office, the name
/// right after it, and the clause going on to a verb that makes a report.
/// A sentence that only mentions someone (`在某某书记的带领下`) makes none,
/// nor one that hears or discusses the report (`会议听取了县长某某所作的…`).
pub fn report_maker(text: &str) -> Option<Person> {
    text.split(['。', '！', '？', '；', '!', '?', ';'])
        .find_map(maker_in_sentence)
}

fn maker_in_sentence(sentence: &str) -> Option<Person> {
    let (at, role, name, rest) = HEADS_OF_GOVERNMENT
        .iter()
        .chain(&ROLES)
        .chain(&JUDICIAL_HEADS)
        .flat_map(|role| sentence.match_indices(role))
        .filter_map(|(at, role)| {
            let after = &sentence[at + role.len()..];
            let (name, rest) = name_before_making(after)?;
            Some((at, role, name, rest))
        })
        .min_by_key(|(at, role, _, _)| (*at, std::cmp::Reverse(role.len())))?;
    if RECEIVING_VERBS.iter().any(|v| sentence[..at].contains(v)) {
        return None;
    }
    // The making is said in the name's own clause (`县长某某在…上强调，要
    // 完成政府工作报告…` makes none).
    let clause = rest.split(['，', ',', '：', ':']).next().unwrap_or(rest);
    let makes = MAKING_VERBS.iter().any(|verb| {
        clause.match_indices(verb).any(|(v, _)| {
            clause[v + verb.len()..]
                .match_indices("报告")
                .any(|(r, _)| ends_the_making_clause(&clause[v + verb.len() + r + "报告".len()..]))
        })
    });
    makes.then(|| Person {
        name,
        role: role.to_string(),
    })
}

/// A name of two or three characters after an office, with the clause
/// that opens after it.
fn name_before_making(after: &str) -> Option<(String, &str)> {
    let chars: Vec<char> = after.chars().take(3).collect();
    (2..=3).rev().find_map(|len| {
        let name: String = chars.get(..len)?.iter().collect();
        let rest = without_day_of_making(&after[name.len()..]);
        (is_person_name(&name) && MAKING_OPENERS.iter().any(|o| rest.starts_with(o)))
            .then_some((name, rest))
    })
}

/// The speaker of a speech with the office their line names before the
/// name (`攸县人民政府代理县长 谭 勇`, `县长：王双全`): the office as written.
pub fn speaker_with_office(line: &str, name: &str) -> Option<Person> {
    let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    // The name's first part: the line may join its parts by another dot
    // than the middle dot the name is written with (`买买提•艾力`).
    let at = line.find(name.split('·').next().unwrap_or(name))?;
    let role = line[..at].trim_end_matches([':', '：']);
    // `受县长委托 常务副县长 郭华`: the commission names whose behalf the
    // speaker speaks on; the office is what follows it.
    let role = role
        .strip_prefix('受')
        .and_then(|r| r.split_once("委托"))
        .map_or(role, |(_, office)| office);
    // Offices held together are listed with 、 (`党工委副书记、管委会主任`).
    let offices = role
        .split('、')
        .all(|o| !o.is_empty() && o.chars().all(is_han));
    (!role.is_empty() && offices).then(|| Person {
        name: name.to_string(),
        role: role.to_string(),
    })
}

/// Whether the match of `role` at `at` lies inside a match of `longer`.
fn covers(text: &str, at: usize, role: &str, longer: &str) -> bool {
    longer.match_indices(role).any(|(offset, _)| {
        at >= offset
            && text
                .get(at - offset..)
                .is_some_and(|t| t.starts_with(longer))
    })
}

fn name_after(rest: &str) -> Option<String> {
    let chars: Vec<char> = rest.chars().take(4).collect();
    (2..=3).rev().find_map(|len| {
        let name: String = chars.get(..len)?.iter().collect();
        let after = &rest[name.len()..];
        // `总理强调说`: a verb of saying after a role is no name.
        let is_a_verb = AFTER_NAME.iter().any(|a| name.starts_with(a));
        (is_person_name(&name) && !is_a_verb && AFTER_NAME.iter().any(|a| after.starts_with(a)))
            .then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, String)> {
        find_people(&[text.to_string()])
            .into_iter()
            .map(|p| (p.name, p.role))
            .collect()
    }

    #[test]
    fn role_then_name_then_verb() {
        assert_eq!(
            people("”区委书记吕灿华表示,一年来"),
            vec![("吕灿华".into(), "区委书记".into())]
        );
        assert_eq!(
            people("理事长赵霞同志被评为"),
            vec![("赵霞".into(), "理事长".into())]
        );
        assert_eq!(
            people("副区长王强说"),
            vec![("王强".into(), "副区长".into())]
        );
        // The offices of a resolution on the State Council's report.
        assert_eq!(
            people("会议听取和审议了国务院总理李强所作的政府工作报告"),
            vec![("李强".into(), "总理".into())]
        );
        assert_eq!(people("周总理强调说，要发展生产"), vec![]);
        // A deputy of an office the list names only as its head.
        assert_eq!(
            people("国务院委托国家计委副主任李人俊同志作了报告"),
            vec![("李人俊".into(), "副主任".into())]
        );
    }

    #[test]
    fn a_news_storys_head_of_government_at_the_session() {
        // The story names who gave the report, and who chaired.
        assert_eq!(
            people("市长王宏作政府工作报告。报告回顾了过去一年的工作"),
            vec![("王宏".into(), "市长".into())]
        );
        assert_eq!(
            people("代市长陈小平作政府工作报告。市人大常委会主任刘明主持会议。"),
            vec![
                ("陈小平".into(), "代市长".into()),
                ("刘明".into(), "主任".into())
            ]
        );
        assert_eq!(
            people("县长李强作了讲话"),
            vec![("李强".into(), "县长".into())]
        );
        // A name of three characters is read whole before the verb.
        assert_eq!(
            people("区长张晓明作工作报告"),
            vec![("张晓明".into(), "区长".into())]
        );
    }

    #[test]
    fn a_speakers_office_is_their_role() {
        let p = speaker_with_office("攸县人民政府代理县长 谭 勇", "谭勇").unwrap();
        assert_eq!(
            (p.name.as_str(), p.role.as_str()),
            ("谭勇", "攸县人民政府代理县长")
        );
        let p = speaker_with_office("受县长委托 常务副县长 郭 华", "郭华").unwrap();
        assert_eq!(p.role, "常务副县长");
        let p = speaker_with_office("党工委副书记、管委会主任 王 勇", "王勇").unwrap();
        assert_eq!(p.role, "党工委副书记、管委会主任");
        assert_eq!(speaker_with_office("、主任 王 勇", "王勇"), None);
        let p = speaker_with_office("县长：王双全", "王双全").unwrap();
        assert_eq!(p.role, "县长");
        // A name alone names no office.
        assert_eq!(speaker_with_office("朱健", "朱健"), None);
        // The line joins the name's parts by another dot than the name's.
        let p = speaker_with_office("市长 买买提•艾力", "买买提·艾力").unwrap();
        assert_eq!((p.name.as_str(), p.role.as_str()), ("买买提·艾力", "市长"));
    }

    #[test]
    fn the_sentence_that_makes_the_report_names_its_speaker() {
        let maker = |text: &str| report_maker(text).map(|p| (p.name, p.role));
        assert_eq!(
            maker("县长赵某某在某某县第十届人民代表大会第一次会议上所做的政府工作报告(摘要)"),
            Some(("赵某某".into(), "县长".into()))
        );
        assert_eq!(
            maker("新华社3月5日发布总理王某代表国务院在十四届全国人大一次会议上所作的《政府工作报告》全文。"),
            Some(("王某".into(), "总理".into()))
        );
        assert_eq!(
            maker("以下是自治区主席吴某某今日上午向大会作的政府工作报告全文："),
            None
        );
        assert_eq!(
            maker("以下是自治区主席吴某某向大会发表的政府工作报告全文："),
            Some(("吴某某".into(), "主席".into()))
        );
        // Sentences that only mention someone, or receive the report.
        for text in [
            "在县委书记李某某的带领下，全县上下团结奋斗",
            "副县长李某分管的交通工作取得进展。",
            "会议听取和审议了县长赵某某在大会上所作的政府工作报告。",
            "县长赵某某在调研时指出，要抓好项目建设。",
            "根据县委书记张某某在县委全会上所作的报告精神，镇人民政府认真履职。",
            "市长李某某在全市工作会议上强调，要全面完成政府工作报告确定的目标任务。",
            "县长赵某某在全县工作会议上所作的报告提出的任务全面完成。",
        ] {
            assert_eq!(maker(text), None, "{text}");
        }
    }

    #[test]
    fn roles_without_names() {
        assert!(people("书记、区长高层推动").is_empty());
        assert!(people("区委书记亲自部署").is_empty());
    }
}
