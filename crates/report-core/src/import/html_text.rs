//! The text of a saved web page, one block element per line.
//!
//! Never a DOM: markup is only read, so nothing in it can run. Scripts,
//! styles, the `<head>` and other non-text elements are dropped whole;
//! attributes (event handlers included) are never looked at; character
//! references are decoded.

/// Elements whose content is not text a reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "form",
    "main",
    "aside",
    "figure",
    "figcaption",
    "body",
    "center",
    "address",
    "caption",
];

/// Whether `text` looks like HTML rather than plain text (for pasted text and
/// files without a telling extension).
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || ["<html", "<body", "<head", "<p>", "<div", "<meta"]
            .iter()
            .any(|tag| head.contains(tag))
}

/// Extracts the readable text of an HTML document.
pub fn html_to_text(html: &str) -> String {
    let mut out = Lines::default();
    let mut rest = html;
    // The skipped element we are inside, if any, and its nesting depth.
    let mut skipping: Option<(String, usize)> = None;
    let mut preformatted = 0usize;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skipping.is_none() {
                out.text(rest, preformatted > 0);
            }
            break;
        };
        if skipping.is_none() {
            out.text(&rest[..lt], preformatted > 0);
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = read_tag(rest) else {
            // A lone `<` in text.
            if skipping.is_none() {
                out.text("<", preformatted > 0);
            }
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if let Some((name, depth)) = &mut skipping {
            // Pages that never close their head still have a body.
            if name == "head" && tag.name == "body" {
                skipping = None;
                continue;
            }
            if *name == tag.name {
                if tag.closing {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                } else if !tag.self_closing {
                    *depth += 1;
                }
            }
            continue;
        }
        if SKIPPED.contains(&tag.name.as_str()) {
            if !tag.closing && !tag.self_closing {
                // Script and style content is raw text: jump to its end tag.
                if tag.name == "script" || tag.name == "style" {
                    let end = format!("</{}", tag.name);
                    rest = find_ascii_ci(rest, &end).map_or("", |at| {
                        rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..])
                    });
                } else {
                    skipping = Some((tag.name, 1));
                }
            }
            continue;
        }
        if tag.name == "pre" {
            preformatted = if tag.closing {
                preformatted.saturating_sub(1)
            } else {
                preformatted + 1
            };
        }
        if BLOCKS.contains(&tag.name.as_str()) {
            out.break_line();
        } else if tag.name == "td" || tag.name == "th" {
            out.text(" ", false);
        }
    }
    out.finish()
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

/// Reads a tag at the start of `s` (which starts with `<`): `<p class=x>`,
/// `</p>`, `<br/>`, `<!DOCTYPE html>`. Quoted attribute values may hold `>`.
fn read_tag(s: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let closing = bytes.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let first = *bytes.get(name_start)?;
    if !(first.is_ascii_alphabetic() || first == b'!' || first == b'?') {
        return None;
    }
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!' || **b == b'?' || **b == b'-')
        .count();
    let mut quote = None;
    let mut i = name_start + name_len;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'"' | b'\'') => quote = Some(bytes[i]),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => {
                return Some(Tag {
                    name: s[name_start..name_start + name_len].to_ascii_lowercase(),
                    closing,
                    self_closing: bytes[i - 1] == b'/',
                    len: i + 1,
                })
            }
            _ => {}
        }
        i += 1;
    }
    // An unterminated tag: the rest of the document is inside it.
    Some(Tag {
        name: String::new(),
        closing,
        self_closing: true,
        len: s.len(),
    })
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The text being collected: HTML whitespace collapsed within a line,
/// ideographic spaces (paragraph indents in Chinese text) kept.
#[derive(Default)]
struct Lines {
    done: Vec<String>,
    current: String,
}

impl Lines {
    fn text(&mut self, raw: &str, preformatted: bool) {
        let decoded = decode_references(raw);
        if preformatted {
            for (i, part) in decoded.split('\n').enumerate() {
                if i > 0 {
                    self.break_line();
                }
                self.current.push_str(part);
            }
            return;
        }
        for c in decoded.chars() {
            if c.is_ascii_whitespace() || c == '\u{a0}' {
                if !self.current.is_empty() && !self.current.ends_with(' ') {
                    self.current.push(' ');
                }
            } else {
                self.current.push(c);
            }
        }
    }

    fn break_line(&mut self) {
        let line = self.current.trim_end_matches(' ').to_string();
        self.current.clear();
        if !line.trim().is_empty() {
            self.done.push(line);
        }
    }

    fn finish(mut self) -> String {
        self.break_line();
        let mut text = self.done.join("\n");
        text.push('\n');
        text
    }
}

/// Decodes `&amp;`, `&#20013;`, `&#x4E2D;` and the named references saved
/// Chinese pages use; an unknown reference stays as written.
fn decode_references(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .char_indices()
            .take(10)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i + 1);
        let decoded = end.and_then(|end| reference(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "emsp" => '\u{2003}',
        "ensp" => '\u{2002}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "permil" => '‰',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_vanish() {
        let html = r#"<!DOCTYPE html><html><head><title>页面标题_政府网</title>
            <style>p { color: red }</style><script>alert("<p>x</p>")</script></head>
            <body onload="steal()"><div class="nav">首页 &gt; 新闻</div>
            <h1>坊子区召开  工作会议</h1>
            <p>　　会议指出，<b>全年</b>地区生产总值增长6.5%。</p>
            <p><img src=x onerror="alert(1)">第二段&nbsp;文字&#x4E2D;&#25991;&amp;&unknown;</p>
            <!-- <p>注释</p> --><SCRIPT type="text/javascript">document.write('<p>坏</p>')</SCRIPT>
            <noscript><p>请启用脚本</p></noscript><table><tr><td>甲</td><td>乙</td></tr></table>
            <pre>一行
二行</pre></body></html>"#;
        assert_eq!(
            html_to_text(html),
            "首页 > 新闻\n坊子区召开 工作会议\n　　会议指出，全年地区生产总值增长6.5%。\n第二段 文字中文&&unknown;\n甲 乙\n一行\n二行\n"
        );
    }

    #[test]
    fn survives_broken_markup() {
        assert_eq!(html_to_text("a < b <p>c"), "a < b\nc\n");
        assert_eq!(html_to_text("<p>text<div class=\"unterminated"), "text\n");
        assert_eq!(html_to_text("<script>never closed <p>x"), "\n");
        assert_eq!(
            html_to_text("<svg><svg></svg><text>t</text></svg>after"),
            "after\n"
        );
        assert_eq!(
            html_to_text("&#0;&#xD800;&#99999999;"),
            "&#0;&#xD800;&#99999999;\n"
        );
        assert_eq!(
            html_to_text("<head><title>t</title><body><p>正文"),
            "正文\n"
        );
    }

    #[test]
    fn recognises_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<p>段落</p>"));
        assert!(!looks_like_html("潍坊市 < 济南市"));
    }
}
