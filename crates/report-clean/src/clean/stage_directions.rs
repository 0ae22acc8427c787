//! What a speech's transcript notes of the hall between its words:
//! `（掌声）`, `（热烈掌声）`, `（长时间热烈掌声）`, `（笑声）`. No part of what
//! was said, each is taken out of its line and kept in the noise.

use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};

/// What the hall did, ending what a bracket holds.
const REACTIONS: [&str; 2] = ["掌声", "笑声"];

/// Longest note of the hall (`（全场长时间热烈掌声）`).
const DIRECTION_MAX_CHARS: usize = 10;

/// The byte spans of the hall's notes in `text`: a bracket (full- or
/// half-width) holding only a few words that end in a reaction.
fn direction_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (open, _) in text.match_indices(['（', '(']) {
        let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close) = text[inner_start..].find(['）', ')']) else {
            continue;
        };
        let inner = &text[inner_start..inner_start + close];
        let end = inner_start
            + close
            + text[inner_start + close..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        let direction = REACTIONS.iter().any(|r| inner.ends_with(r))
            && inner.chars().count() <= DIRECTION_MAX_CHARS
            && !inner.contains(['，', '。', ',', '、']);
        if direction {
            spans.push((open, end));
        }
    }
    spans
}

/// Takes the hall's notes out of every line, each kept in the noise; a
/// line that held nothing else goes.
pub(crate) fn set_aside_stage_directions(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    lines
        .into_iter()
        .filter_map(|mut line| {
            let spans = direction_spans(&line.text);
            for &(start, end) in spans.iter().rev() {
                noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: line.text[start..end].to_string(),
                    line: line.number,
                });
                line.text.replace_range(start..end, "");
            }
            (!line.text.trim().is_empty()).then_some(line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn the_halls_applause_and_laughter_are_set_aside() {
        let mut noise = Vec::new();
        let lines = set_aside_stage_directions(
            read_lines(
                "全县经济社会发展取得新成效。（掌声）预计增长6%。\n\
                 为奋力谱写新篇章而努力奋斗！（长时间热烈掌声）\n（笑声）",
            ),
            &mut noise,
        );
        let kept: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            kept,
            [
                "全县经济社会发展取得新成效。预计增长6%。",
                "为奋力谱写新篇章而努力奋斗！"
            ]
        );
        assert_eq!(noise.len(), 3);
        // A bracket that says more, or something else, stays.
        for text in [
            "代表们报以热烈的掌声。",
            "（会场响起热烈掌声，代表们起立）",
            "（以掌声通过）议程",
            "开展“掌声”行动（掌声文化节）",
        ] {
            let mut noise = Vec::new();
            let lines = set_aside_stage_directions(read_lines(text), &mut noise);
            assert_eq!(lines[0].text, text);
        }
    }
}
