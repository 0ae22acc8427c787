//! Metadata from outside the text: values a file's columns give, and
//! corrections a person makes by hand. Both are read the same way.

use crate::clean::pipeline::is_namesake;
use crate::clean::region::{Gazetteer, RegionClues};
use crate::clean::title_tags::without_title_tag;
use crate::clean::traditional::figures_read_again;
use report_core::text::dates::parse_date_input;
use report_core::text::fold::is_han;
use report_core::{Region, Report, ReportDate, NATIONAL_NAME};

use super::Given;
use report_core::import::{Correction, FieldError};
use report_core::{Field, ImportWarning};

/// The division `name` names (潍坊市坊子区, 坊子区, 潍坊市), with the name as
/// its evidence.
pub fn resolve_region(name: &str) -> Option<Region> {
    let name = name.trim();
    if ["全国", "中国", "national", NATIONAL_NAME].contains(&name) {
        return Some(Region::national(vec![name.to_string()]));
    }
    let mut region = Gazetteer::bundled().recognise(name, "")?;
    region.evidence = vec![name.to_string()];
    Some(region)
}

fn read_date(input: &str) -> Option<ReportDate> {
    parse_date_input(input)?.to_report_date(false, vec![input.trim().to_string()])
}

/// Applies a person's corrections, all or nothing: on any invalid value the
/// report is unchanged and every problem is returned. Changed fields are
/// recorded as corrected by hand.
pub fn apply_correction(report: &mut Report, c: &Correction) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = c.title.trim();
    if title.is_empty() {
        errors.push(FieldError {
            field: Field::Title,
            typed: String::new(),
        });
    }
    let date = match c.date.trim() {
        "" => None,
        typed => {
            let date = read_date(typed);
            if date.is_none() {
                errors.push(FieldError {
                    field: Field::Date,
                    typed: typed.to_string(),
                });
            }
            date
        }
    };
    let region = match c.region.trim() {
        "" => None,
        typed => {
            let region = resolve_region(typed);
            if region.is_none() {
                errors.push(FieldError {
                    field: Field::Region,
                    typed: typed.to_string(),
                });
            }
            region
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let before = Correction::of(report);
    let mut changed = Vec::new();
    if before.title != title {
        report.title = title.to_string();
        report.title_is_derived = false;
        changed.push(Field::Title);
    }
    if before.date != date.as_ref().map_or("", |d| d.value.as_str()) {
        set_date(report, date);
        changed.push(Field::Date);
    }
    if report.region.as_ref().map(Region::code) != region.as_ref().map(Region::code) {
        report.region = region;
        changed.push(Field::Region);
    }
    let source = Some(c.source.trim().to_string()).filter(|s| !s.is_empty());
    if report.source != source {
        report.source = source;
        changed.push(Field::Source);
    }
    if let Some(imported) = &mut report.imported {
        for field in changed {
            if !imported.corrected.contains(&field) {
                imported.corrected.push(field);
            }
        }
    }
    Ok(())
}

/// A new date also moves the period of figures that had only the report's
/// year to go by.
/// A report in traditional characters is read again from its simplified
/// copy, as it was read first, and an account of a year as one.
fn set_date(report: &mut Report, date: Option<ReportDate>) {
    report.date = date;
    report.figures = figures_read_again(report);
}

/// Applies the values a file's columns give; a value that cannot be used is
/// a warning, and the text's own reading stands. A given year (or date)
/// gives way only to a date the text itself states more precisely within
/// it (2024 and ——2024年3月5日在…); a given region only to the text's
/// region inside it (a province column, a county's report).
pub fn apply_given(report: &mut Report, given: &Given) -> Vec<ImportWarning> {
    let mut warnings = Vec::new();
    let mut ignored = |field, value: &str| {
        warnings.push(ImportWarning::ValueIgnored {
            field,
            value: value.to_string(),
        })
    };
    // A document's properties only fill what the text leaves open, and
    // say so.
    let mut from_properties = Vec::new();
    let title_open = !given.fills_gaps || report.title_is_derived;
    if let Some(title) = given.title.as_ref().filter(|_| title_open) {
        let title = without_title_tag(title).to_string();
        report.title = title.clone();
        report.title_is_derived = false;
        if given.fills_gaps {
            from_properties.push((Field::Title, title.clone()));
        }
    }
    if report.title_is_derived {
        if let Some(title) = &given.title_if_none {
            report.title = title.clone();
            report.title_is_derived = false;
        }
    }
    let date = given.date.as_deref().and_then(|typed| {
        let date = read_date(without_time(typed));
        if date.is_none() {
            ignored(Field::Date, typed);
        }
        date
    });
    let date = date.or_else(|| given.year.as_deref().and_then(read_date));
    if let Some(date) = date {
        let finer_in_text = report.date.as_ref().is_some_and(|own| {
            !own.inferred
                && own.value.starts_with(&date.value)
                && own.value.len() > date.value.len()
        });
        let stated_in_text = given.fills_gaps && report.date.as_ref().is_some_and(|d| !d.inferred);
        if !finer_in_text && !stated_in_text {
            if given.fills_gaps {
                from_properties.push((Field::Date, date.value.clone()));
            }
            set_date(report, Some(date));
        }
    }
    // The page's address files it under a day: where the text states no
    // date, and its inferred year (if any) agrees.
    if let Some(date) = given.date_if_none.as_deref().and_then(read_date) {
        let open = report
            .date
            .as_ref()
            .is_none_or(|own| own.inferred && date.value.starts_with(&own.value));
        if open {
            set_date(report, Some(date));
        }
    }
    if report.source.is_none() {
        report.source.clone_from(&given.source_if_none);
    }
    // The site's owner places a report that names no place of its own, and
    // tells which of two namesakes (朝阳区 of 北京 and of 长春) one names.
    if let Some(owner) = given.site_owner.as_deref() {
        let by_owner = region_under_owner(report, owner);
        match (&report.region, by_owner) {
            (None, by_owner) => report.region = by_owner,
            (Some(named), Some(by_owner))
                if is_namesake(named, &by_owner) && names_a_division_above(owner, &by_owner) =>
            {
                report.region = Some(by_owner);
            }
            _ => {}
        }
    }
    if let Some(typed) = &given.region {
        match resolve_region(typed) {
            Some(region) => {
                let inside = report
                    .region
                    .as_ref()
                    .is_some_and(|own| own.path().iter().any(|s| s.code == region.code()));
                if !inside {
                    report.region = Some(region);
                }
            }
            None => ignored(Field::Region, typed),
        }
    }
    let source_open = !given.fills_gaps || report.source.is_none();
    if let Some(source) = given.source.as_ref().filter(|_| source_open) {
        report.source = Some(source.clone());
        if given.fills_gaps {
            from_properties.push((Field::Source, source.clone()));
        }
    }
    warnings.extend(
        from_properties
            .into_iter()
            .map(|(field, value)| ImportWarning::FromProperties { field, value }),
    );
    warnings
}

/// The region a report names no place for, read again with the site's
/// owner beside its front matter, as a footer's 主办 line is read: the
/// owner's own government, or the one under it the report names
/// (a township's report on its county's site).
/// Whether `owner` names a division above the region's own (徐州 in
/// `徐州市鼓楼区人民政府`): only then does it tell one namesake from another
/// (`新城区人民政府` names none).
fn names_a_division_above(owner: &str, region: &Region) -> bool {
    [&region.province, &region.city]
        .into_iter()
        .flatten()
        .any(|d| owner.contains(d.name.trim_end_matches(['市', '省'])))
}

fn region_under_owner(report: &Report, owner: &str) -> Option<Region> {
    let body = report.paragraphs().collect::<Vec<_>>().join("\n");
    Gazetteer::bundled().recognise_in(&RegionClues {
        title: &report.title,
        source: report.source.as_deref(),
        front: owner,
        body: &body,
    })
}

const FILE_TITLE_MAX_CHARS: usize = 60;

/// A file named for its report (`2024年梅县区政府工作报告.txt`) whose text
/// gives only the bare title (`政府工作报告`): the name, which ends with that
/// title and adds its year or place, is the fuller title. A name of other
/// words (`report(1).txt`, `新建文本文档.txt`) says nothing.
pub(super) fn title_from_file_name(report: &mut Report, file: &str) {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem).trim();
    let fuller = stem.len() > report.title.len()
        && stem.chars().count() <= FILE_TITLE_MAX_CHARS
        && !report.title_is_derived
        && stem.ends_with(report.title.as_str())
        && stem.chars().all(|c| is_han(c) || c.is_ascii_digit());
    if fuller {
        report.title = stem.to_string();
    }
}

/// The date of a date and time (2026-02-01 10:30:00, 2026-02-01T10:30).
fn without_time(typed: &str) -> &str {
    let typed = typed.trim();
    match typed.find(['T', ' ']) {
        Some(at) if typed[at..].contains(':') => &typed[..at],
        _ => typed,
    }
}
