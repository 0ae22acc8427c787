//! One sentence's figures: each number read with its unit, kind,
//! indicator, status and period (rules 2–6 of `mod.rs`).

use report_core::{Figure, FigureKind};

use super::change_words::{
    continues_a_change, declines, growth_set_as_a_target, no_noun_after_the_verb,
};
use super::changed_by::changed_by;
use super::chars::starts_with_at;
use super::each_alike::items_alike;
use super::indicator::{
    noun_after, strip_indicator, COMPARISONS, RELATIVE_MEASURES, VERBS_BEFORE_OBJECT,
};
use super::moves::Moves;
use super::multiple::{name_of_a_multiple, where_the_base_starts};
use super::name_edges::{
    after_the_previous_phrase, bracketed_inside, list_around, note_after_subject,
};
use super::no_statistic::{
    bounds_a_class, is_a_limit, is_conceded, is_hypothetical, is_the_standard, numbers_the_parts,
};
use super::pairs::{bare_values_of_a_list, lead_ends_in_verb, pair_named_before, share_the_points};
use super::period::Frame;
use super::reading::{read_figure, Found};
use super::respectively::read_in_list;
use super::share_names::{
    name_from_the_one_before, name_the_share, share_done, subject_before_a_plan, Before,
};
use super::status::status_of;
use super::subject_elsewhere::{
    doing_of_the_subject_before, label_before, level_of_the_things_before, numbers_the_list,
    one_character_name, only_a_verb_of_reach, shared_head_after_levels, subject_clause_before,
    wider_place_in_brackets, ADDITIONS,
};
use super::target_phrase::is_target_phrase;
use super::what_is_counted::{
    budget_line, counted_past_a_measure, excess_over_plan, invested_in, is_a_falls_speed,
    is_a_milestone, is_bare_comparison, is_plan_before, names_a_project, names_a_target,
    qualified_noun, said_of_the_noun_after, sizes_the_things_counted, what_the_money_is_for,
    without_speed, BudgetLine,
};
use super::will::without_will;
use super::years_in_names::without_inner_months;
use super::{byte_index, GROWTH_VERBS};
use crate::clean::notes::is_circled;
use report_core::text::numbers::normalize;

pub(super) fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '（' | '(' | '）' | ')')
}

pub(super) fn sentence_figures<'f>(
    s: &[char],
    governing: &dyn Fn(usize) -> Option<&'f Frame>,
    emit: &mut dyn FnMut(Figure, usize, usize),
    entry: bool,
) {
    let text: String = s.iter().collect();
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match read_figure(s, i) {
            Some((f, next)) => {
                found.push(f);
                i = next;
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    share_the_points(s, &mut found);
    bare_values_of_a_list(s, &mut found);
    // `A、B两大产业收入分别增长x和y`: items before 分别, values after it.
    // Every `分别` of the sentence: a figure takes the last one before it.
    let respectively_at: Vec<usize> = text
        .match_indices("分别")
        .map(|(b, _)| text[..b].chars().count())
        .collect();
    let mut previous_indicator = String::new();
    let mut previous_kind = FigureKind::Count;
    let mut previous_declined = false;
    let mut previous_end = 0;
    // The noun the previous figure took from after its unit, if it did.
    let mut previous_noun_after: Option<String> = None;
    // The sentence's subjects so far, each once, in order, with where its
    // figure ends: a `分别` list naming no items refers back to them.
    let mut subjects: Vec<(usize, String)> = Vec::new();
    // Whether the figure before was the whole the next one is a share of.
    let mut previous_whole = false;
    let mut moves = Moves::default();
    for (n, f) in found.iter().enumerate() {
        // The sentence's words before the figure, read by many rules below.
        let said_before = &text[..byte_index(&text, f.start)];
        // `推进十个方面重点任务`: a count that only numbers a list's parts
        // (`抓好以下的十项工作`, `分13个领域细化任务`), or (21c) bounds a
        // class that is counted after it (`养鸡10万只以上的村4个`).
        if numbers_the_parts(s, f) || bounds_a_class(s, f) {
            continue;
        }
        // `成本只要降低1%，一年就可以增加收入二十亿元`: what would follow
        // on a condition is no statistic, nor is the condition.
        // Nor is a case conceded (`即使削减了50%`).
        if is_hypothetical(&text, f.start) || is_conceded(s, f.start) {
            continue;
        }
        let clause_start = (0..f.start)
            .rev()
            .find(|&k| is_clause_break(s[k]))
            .map_or(0, |k| k + 1)
            .max(previous_end);
        // A note's mark (`“四上”企业①新增`) is no part of the name.
        let mut lead: String = s[clause_start..f.start]
            .iter()
            .filter(|c| !is_circled(**c))
            .collect();
        // `远远超过…二十六年间平均每年增长3.2%的速度`: the standard a
        // comparison is made against is said in passing, no figure of the
        // report's.
        if is_the_standard(s, f.end, &lead) {
            continue;
        }
        // `新增1个国家级产业集群、规上加工企业20家`: the noun an earlier
        // count named after its unit is that count's, not this item's; but
        // an amount or a rate after it measures that noun (`实施120个省级
        // 重点项目、完成投资980亿元`).
        if let Some((noun, rest)) = previous_noun_after.as_deref().and_then(|noun| {
            lead.strip_prefix(noun)
                .and_then(|rest| rest.strip_prefix(['、', '和', '及']))
                .map(|rest| (noun, rest))
        }) {
            lead = if matches!(f.kind, FigureKind::Count | FigureKind::Quantity) {
                rest.to_string()
            } else {
                format!("{noun}{rest}")
            };
        } else if previous_end > 0 && clause_start == previous_end {
            lead = after_the_previous_phrase(&lead).to_string();
        }
        let mut indicator = without_will(&without_inner_months(strip_indicator(&lead)));
        // `投资限额为六百万元`: the threshold a rule sets is no statistic.
        if f.kind == FigureKind::Amount && is_a_limit(&indicator) {
            continue;
        }
        let mut bare_budget_line = false;
        match budget_line(&indicator) {
            Some(BudgetLine::Treasury(funds) | BudgetLine::Named(funds)) => indicator = funds,
            // `每年安排140亿元`: named by what the money is for, or not at all.
            Some(BudgetLine::Bare) => {
                bare_budget_line = true;
                indicator = what_the_money_is_for(s, f.end).unwrap_or_default();
            }
            None => {}
        }
        // `散居孤儿（含…）从每人每月1536元`: a note in brackets after the
        // subject ends no clause when nothing named follows it.
        // Half-width brackets as well (`高端技术人才(团队)76名`).
        if indicator.chars().count() < 2 {
            if let Some(name) = note_after_subject(s, clause_start, previous_end, &lead) {
                indicator = name;
            }
        }
        // `每千人口执业（助理）医师3.1人`: a word or two in brackets inside
        // a noun (a character on either side) is part of the name.
        if let Some(name) = bracketed_inside(s, clause_start, previous_end, &lead) {
            indicator = strip_indicator(&name).to_string();
        }
        // A word of function or of doing after the unit starts no noun
        // (`3897个并有序向…开放`).
        // Nor does the move on to the next figure (`由17.8平方米增加到…`).
        // `形成21批173项制度集成创新案例`: a count right before another
        // counts the same things, named after the second.
        let next_count_right_after = found
            .get(n + 1)
            .filter(|next| {
                next.start == f.end && f.kind == FigureKind::Count && next.kind == FigureKind::Count
            })
            .map_or(f.end, |next| next.end);
        // But `脱贫不稳定户205户697人实施动态监测`: see `pair_named_before`.
        let pair_named_before = pair_named_before(
            s,
            &found,
            n,
            next_count_right_after,
            indicator.chars().count() >= 2 && !lead_ends_in_verb(&lead),
            !previous_indicator.is_empty(),
        );
        if pair_named_before && indicator.chars().count() < 2 {
            indicator = previous_indicator.clone();
        }
        let after_unit = noun_after(s, next_count_right_after)
            .filter(|_| !pair_named_before)
            .filter(|noun| {
                !noun.starts_with(|c: char| "并且和与及以为被的在已将等向从对把均到至".contains(c))
                    && !GROWTH_VERBS
                        .iter()
                        .any(|v| noun.strip_prefix(v).is_some_and(no_noun_after_the_verb))
            });
        // `30万吨级航道`, `千万千瓦级基地`: a class of size, no statistic.
        if matches!(f.kind, FigureKind::Quantity | FigureKind::Count) && s.get(f.end) == Some(&'级')
        {
            continue;
        }
        if sizes_the_things_counted(s, &found, n) {
            previous_end = f.end + 1;
            continue;
        }
        // `梅花60万吨赖氨酸等项目`: see `names_a_project`.
        if f.kind == FigureKind::Quantity && names_a_project(s, f.end, after_unit.as_deref()) {
            continue;
        }
        let mut named_after_unit = false;
        let lead_ends_in_verb = lead_ends_in_verb(&lead);
        // `长白山、三江、吉光3个省实验室`: the count only numbers the names
        // listed before it.
        if f.kind == FigureKind::Count && numbers_the_list(&lead, f.value) {
            continue;
        }
        // What is counted follows the classifier (`120个重点项目`,
        // `200多个港口`): a noun after the unit is the indicator.
        // `经济总量连续跨过3个万亿元大关`: milestones crossed measure the
        // subject, not themselves.
        let subject_crossed =
            indicator.chars().count() >= 2 && after_unit.as_deref().is_some_and(is_a_milestone);
        if matches!(f.kind, FigureKind::Count | FigureKind::Quantity)
            && !subject_crossed
            && (indicator.chars().count() < 2 || lead_ends_in_verb || after_unit.is_some())
        {
            if let Some(noun) = &after_unit {
                indicator = noun.clone();
                named_after_unit = true;
                // `6个世界级、7个国家级、9个区域级产业集群`: a level alone
                // before the next count shares the head noun the list ends in.
                if let Some(head) = shared_head_after_levels(s, &found[n..], noun) {
                    indicator = format!("{noun}{head}");
                }
            }
        }
        // `设立超500亿元区域基金`: a sum between a doing and its object is
        // the object's.
        // But `签约引进10亿元项目10个`: a sum that classes the things then
        // counted is no statistic.
        if f.kind == FigureKind::Amount {
            if let Some(noun) = &after_unit {
                let past_noun = f.end + noun.chars().count();
                if found.get(n + 1).is_some_and(|next| {
                    next.start == past_noun
                        && next.kind == FigureKind::Count
                        && noun_after(s, next.end).is_none()
                }) {
                    continue;
                }
                if VERBS_BEFORE_OBJECT
                    .iter()
                    .any(|v| lead.trim_end().ends_with(v))
                {
                    indicator = noun.clone();
                }
            }
        }
        // `1个经济总量近千亿、4个过五百亿的县市`: the things counted follow
        // the threshold that qualifies them.
        if f.kind == FigureKind::Count {
            if let Some(counted) = counted_past_a_measure(s, f.end) {
                indicator = counted;
            }
        }
        // But a sum moved to another budget (`调出资金0.6亿元用于一般公共预算`)
        // keeps its name: a budget is no use the money is put to.
        if let Some(purpose) = starts_with_at(s, f.end, "用于")
            .then(|| noun_after(s, f.end + 2))
            .flatten()
            .filter(|purpose| !purpose.ends_with("预算") || indicator.chars().count() < 2)
        {
            indicator = purpose;
        }
        // `用于1500万人次以上的职工技能提升`, `惠及3400万人的…工程`.
        // But `惠及90%的在校生`: a share reached is of the noun itself.
        // `解决了3200户、1.4万人的饮水困难`: each figure of a list that
        // ends before 的 is said of the noun after it.
        let (list_lead, list_end) = list_around(s, &found, n, previous_end);
        if let Some(noun) = said_of_the_noun_after(&list_lead.unwrap_or_default(), s, list_end)
            .filter(|_| list_end != f.end)
            .or_else(|| said_of_the_noun_after(&lead, s, f.end))
        {
            indicator = noun_after(s, f.end + 1)
                .filter(|_| f.kind == FigureKind::Share)
                .unwrap_or(noun);
        }
        if let Some(name) = invested_in(s, &found, n, &indicator) {
            indicator = name;
        }
        if let Some(done) = share_done(s, &lead, f.end).filter(|_| f.kind == FigureKind::Share) {
            indicator = done;
        }
        let mut kind = f.kind;
        // `超过年度计划百分之四点一`: how far the figure before beat its plan.
        // So does a count or a sum by the plan alone (`退出融资平台346家、
        // 超计划19家`): by how much, a change.
        if let Some(alone) = excess_over_plan(&indicator)
            .filter(|alone| f.unit == "%" || *alone && !previous_indicator.is_empty())
        {
            if alone && !previous_indicator.is_empty() {
                indicator = format!("{previous_indicator}{indicator}");
            }
            kind = if f.unit == "%" {
                FigureKind::Growth
            } else {
                FigureKind::Change
            };
        }
        if f.unit == "倍" {
            indicator = name_of_a_multiple(&lead, indicator, &previous_indicator);
        }
        // `比上年减少1.2万吨`: by how much the figure's name changed (see
        // `changed_by.rs`).
        let (changed_by, a_change) = changed_by(&found, n, kind, &lead, &indicator);
        if a_change {
            kind = FigureKind::Change;
        }
        // `增长29.2%、39.4%`: see `continues_a_change`.
        let continued = n > 0
            && previous_end == found[n - 1].end
            && matches!(previous_kind, FigureKind::Growth | FigureKind::Change)
            && continues_a_change(s, &found[n - 1], f);
        if continued {
            kind = previous_kind;
        }
        // The subject stands apart, before other figures: the figure's span
        // is its value's, not a stretch over theirs.
        let (subject_apart, respectively_declines) = read_in_list(
            s,
            &found,
            n,
            &respectively_at,
            &subjects,
            &mut kind,
            &mut indicator,
        );
        // A rank or a comparison keeps its subject (`工业技改投资增长33.6%、
        // 居全国第3位`, `高于全国平均水平4.9个百分点`).
        // So does one with a base of its own (`比计划低1.5个百分点`).
        // So does the speed of its rate ranked (`增速居全国第2位`).
        // (31c, review) Not a fall's rate after a rise (`轻工业增长1.3%，降幅
        // 比上半年收窄`): the fall is the whole's.
        if (COMPARISONS
            .iter()
            .any(|w| without_speed(&indicator).starts_with(w))
            || is_bare_comparison(&indicator))
            && !previous_indicator.is_empty()
            && (previous_declined || !is_a_falls_speed(&indicator))
        {
            indicator = previous_indicator.clone();
        }
        // `低于4%的控制目标`, `控制在3%的计划目标以内`: the target the figure
        // before was held to, of the same measure.
        // Not a target reached (`提前一年实现…500元和300元的目标`).
        // So is one its clause gives as the plan (`增长7.8%，计划为7.5%`).
        let names_a_target = names_a_target(s, f.start, f.end)
            && !previous_indicator.is_empty()
            && !["实现", "完成", "达到"]
                .iter()
                .any(|w| said_before.contains(w));
        if names_a_target
            && (indicator.chars().count() < 2
                || indicator.contains("目标")
                || is_plan_before(s, f.start, f.end))
        {
            indicator = previous_indicator.clone();
        }
        if names_a_target && f.unit == "%" && indicator == previous_indicator {
            kind = previous_kind;
        }
        // A share named by the whole it is taken of: see `share_names.rs`.
        let whole_of_the_next = name_the_share(
            s,
            &found,
            n,
            &lead,
            &mut indicator,
            &Before {
                previous_indicator: &previous_indicator,
                previous_whole,
                subjects: &subjects,
                clause_start,
                previous_end,
            },
        );
        // (29c) `…1606.5万元，同比增长8%，占年计划的45%`: a share of the
        // plan after 占 is the figure before's, as `完成年度计划的45%` is.
        let plan = indicator.strip_prefix('占').unwrap_or(&indicator);
        if f.unit == "%" && is_target_phrase(plan) && !previous_indicator.is_empty() {
            let after_zhan = plan.len() < indicator.len();
            indicator = subject_before_a_plan(&previous_indicator, &subjects);
            // (review) Not the share before's name (`财政收入占全市`, of
            // `…，占全市的12.5%，占年计划的105.2%`): the measure's.
            // Not the 占 of a word (`耕地占用面积`, `建设占地`).
            let share = indicator
                .split_once('占')
                .filter(|(_, whole)| after_zhan && !whole.starts_with(['地', '用']));
            if let Some((measure, _)) = share {
                if measure.chars().count() >= 2 {
                    indicator = measure.to_string();
                }
            }
        }
        if let Some(subject) = growth_set_as_a_target(&indicator).filter(|_| f.unit == "%") {
            (indicator, kind) = (subject, FigureKind::Growth);
        }
        if RELATIVE_MEASURES.contains(&indicator.as_str())
            && !previous_indicator.is_empty()
            && !previous_indicator.ends_with(indicator.as_str())
        {
            indicator = format!("{previous_indicator}{indicator}");
        }
        // `覆盖率，由1997年的65%提高到…`: a change from a base names its
        // subject in the clause before, which has no figure of its own; so
        // does a sentence's first figure whose clause names nothing, after
        // a clause that is a bare noun (`小学生，一九五二年有五千一百多万人`).
        if indicator.chars().count() < 2 {
            let from_a_base = lead.trim_start().starts_with(['由', '从']);
            if let Some(subject) =
                subject_clause_before(s, clause_start, previous_end).filter(|subject| {
                    from_a_base
                        || bare_budget_line
                        || previous_indicator.is_empty()
                            && (subject.chars().count() <= BARE_SUBJECT_MAX
                                || only_a_verb_of_reach(&lead) && !subject.ends_with("在内"))
                })
            {
                indicator = subject;
            }
        }
        if let Some(name) = (f.kind == previous_kind)
            .then(|| {
                doing_of_the_subject_before(&indicator, &previous_indicator).or_else(|| {
                    level_of_the_things_before(&indicator, &previous_indicator, said_before)
                })
            })
            .flatten()
        {
            indicator = name;
        }
        // `主要指标是：粮食：达到三千八百五十六亿斤`: an item of a list is
        // named by its label before the colon, not by the list's heading.
        if indicator.chars().count() < 2 {
            if let Some(label) = label_before(s, clause_start, previous_end) {
                indicator = label;
            }
        }
        // `超80%监测对象已…`: a share that opens its clause is of the noun
        // right after it.
        // So is one before 的 (`61%的城市污水处理厂完成提标改造`).
        if f.kind == FigureKind::Share && indicator.chars().count() < 2 {
            let after_de = (s.get(f.end) == Some(&'的'))
                .then(|| noun_after(s, f.end + 1))
                .flatten();
            if let Some(noun) = after_unit.as_ref().or(after_de.as_ref()) {
                let from = f.end + usize::from(after_unit.is_none());
                indicator = qualified_noun(s, from, noun);
            }
        }
        let one_character = (indicator.chars().count() < 2)
            .then(|| one_character_name(&lead, f.kind))
            .flatten();
        if let Some(name) = one_character {
            indicator = name;
        } else if indicator.chars().count() < 2 && !bare_budget_line {
            indicator =
                name_from_the_one_before(&previous_indicator, previous_kind, kind, &subjects);
            // `新增公园127座，累计达到1100座`: a running total is of the
            // things themselves, not of the year's additions.
            if lead.contains("累计") {
                if let Some(rest) = ADDITIONS.iter().find_map(|w| indicator.strip_prefix(w)) {
                    indicator = rest.to_string();
                }
            }
        }
        // (28b) `增长8.2%（全市6.1%）`: the wider place's same measure, to
        // compare with; the figures after go on with this place's.
        let wider_place = wider_place_in_brackets(s, &found, n, &lead);
        if let Some(scope) = &wider_place {
            indicator = format!("{scope}{previous_indicator}");
            kind = previous_kind;
        }
        let mark = |words: &[&str]| words.iter().any(|w| said_before.contains(w));
        let frame = governing(
            Some(f.start)
                .filter(|_| f.unit == "倍")
                .and_then(|start| where_the_base_starts(s, clause_start, start))
                .unwrap_or(f.start),
        );
        let clause: String = s[clause_start..f.start].iter().collect();
        let mut status = status_of(
            &text,
            said_before,
            &clause,
            f,
            frame.and_then(|p| p.tense),
            &mark,
            entry,
        );
        if names_a_target {
            status = report_core::FigureStatus::Target;
        }
        let declines = respectively_declines
            || continued && previous_declined
            || declines(s, f.start, &lead, changed_by, kind);
        let sign = if declines { -1.0 } else { 1.0 };
        let (period, period_words, status) = moves.date(&lead, frame, status);
        let span_start = if indicator.is_empty() || subject_apart {
            f.start
        } else {
            said_before
                .rfind(&indicator)
                .map_or(f.start, |b| text[..b].chars().count())
        };
        let figure = Figure {
            indicator: indicator.clone(),
            value: sign * f.value,
            high: f.high.map(|h| sign * h),
            unit: f.unit.clone(),
            normalized: normalize(sign * f.value, f.high.map(|h| sign * h), &f.unit),
            kind,
            qualifier: f.qualifier.clone(),
            status,
            period,
            period_words,
            text: s[f.start..f.end].iter().collect(),
            section: 0,
            paragraph: 0,
            start: 0,
            end: 0,
        };
        // `游客人数、旅游收入均增长10%以上`: one figure of each item.
        let alike = (!respectively_at
            .iter()
            .any(|&r| r >= clause_start && r < f.start))
        .then(|| {
            let growth = kind == FigureKind::Growth && !matches!(s.get(f.end), Some('、' | '和'));
            items_alike(&lead, growth)
        })
        .flatten();
        match alike {
            Some(items) => {
                for (mut name, written) in items {
                    // `总量和增速均居全国第5位`: measures of the figure before.
                    if RELATIVE_MEASURES.contains(&name.as_str()) && !previous_indicator.is_empty()
                    {
                        name = format!("{previous_indicator}{name}");
                    }
                    let start = said_before
                        .rfind(&written)
                        .map_or(f.start, |b| text[..b].chars().count());
                    indicator = name.clone();
                    emit(
                        Figure {
                            indicator: name,
                            ..figure.clone()
                        },
                        start,
                        f.end,
                    );
                }
            }
            None => emit(figure, span_start.min(f.start), f.end),
        }
        if wider_place.is_some() {
            previous_end = f.end;
            continue;
        }
        if !indicator.is_empty() {
            if subjects.last().is_none_or(|(_, last)| *last != indicator) {
                subjects.push((f.end, indicator.clone()));
            }
            previous_indicator = indicator;
        }
        previous_kind = kind;
        previous_declined = declines;
        previous_whole = whole_of_the_next;
        previous_end = f.end;
        previous_noun_after = after_unit.filter(|_| named_after_unit);
        let _ = f.num_start;
    }
}

/// The longest clause read as a bare subject (`小学生，…`).
const BARE_SUBJECT_MAX: usize = 6;
