//! Web pages saved as one file: Chrome's and Edge's "Webpage, Single File"
//! (`.mhtml`) and Internet Explorer's web archive (`.mht`). Such a file is a
//! MIME message (RFC 2557): a `multipart/related` whose root part is the
//! page's HTML, quoted-printable or base64, followed by its pictures and
//! style sheets. The page is that root part; the rest is not text.

use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};
use mail_parser::{Encoding, HeaderName, Message, MessageParser, MessagePart, MimeHeaders};

use super::decode::{decode_declared, Decoded};
use super::extension_of;
use report_core::import::{DocumentProblem, Rejection};

/// The page a web archive holds.
#[derive(Debug)]
pub struct ArchivedPage {
    pub html: Decoded,
    /// The address the page was saved from (its part's `Content-Location`,
    /// else the archive's `Snapshot-Content-Location`).
    pub address: Option<String>,
}

/// How far into a file its MIME headers are looked for.
const HEADER_WINDOW: usize = 16 * 1024;

/// Whether the file is a web archive: named `.mht`/`.mhtml`, or opening on
/// MIME headers that declare a `multipart/related` message. A text that
/// merely quotes such a header further down is not one.
pub fn is_web_archive(file: &str, bytes: &[u8]) -> bool {
    if matches!(extension_of(file).as_deref(), Some("mht" | "mhtml")) {
        return true;
    }
    let head = &bytes[..bytes.len().min(HEADER_WINDOW)];
    let head = String::from_utf8_lossy(head);
    let mut saw_related = false;
    for line in head.lines() {
        if line.trim().is_empty() {
            return saw_related;
        }
        // A folded header's continuation, or a header `Name: value`.
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        if name.eq_ignore_ascii_case("content-type") {
            saw_related = value
                .trim()
                .to_ascii_lowercase()
                .starts_with("multipart/related");
        }
    }
    false
}

/// The page inside a web archive, decoded.
pub fn archived_page(bytes: &[u8]) -> Result<ArchivedPage, Rejection> {
    let no_page = || Rejection::Document {
        problem: DocumentProblem::NoPageInArchive,
    };
    let message = MessageParser::default().parse(bytes).ok_or_else(no_page)?;
    let root = root_page(&message).ok_or_else(no_page)?;
    let body = transfer_decoded(&message, root);
    let charset = root.content_type().and_then(|t| t.attribute("charset"));
    let html = decode_declared(&body, charset)?;
    let address = root
        .content_location()
        .or_else(|| {
            message
                .header(HeaderName::Other("Snapshot-Content-Location".into()))
                .and_then(|v| v.as_text())
        })
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty());
    Ok(ArchivedPage { html, address })
}

/// The root part: the one the `start` parameter names by its Content-ID
/// (RFC 2557), else the first HTML part, as browsers write the page first.
fn root_page<'a>(message: &'a Message<'a>) -> Option<&'a MessagePart<'a>> {
    let is_html = |part: &MessagePart| {
        part.content_type().is_some_and(|t| {
            t.ctype().eq_ignore_ascii_case("text")
                && t.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html"))
        })
    };
    let start = message
        .content_type()
        .and_then(|t| t.attribute("start"))
        .map(|s| s.trim_matches(['<', '>', ' ']).to_string());
    let named = start.and_then(|start| {
        message.parts.iter().find(|part| {
            part.content_id()
                .is_some_and(|id| id.trim_matches(['<', '>', ' ']) == start)
        })
    });
    named
        .filter(|part| is_html(part))
        .or_else(|| message.parts.iter().find(|part| is_html(part)))
}

/// The part's bytes before any charset: its transfer encoding undone on
/// the raw bytes, so the text's encoding is read as any file's (the
/// parser would read an undeclared charset as UTF-8, losing GBK). Where
/// the raw bytes do not decode strictly, the parser's lenient reading.
fn transfer_decoded(message: &Message, part: &MessagePart) -> Vec<u8> {
    let raw = message
        .raw_message()
        .get(part.raw_body_offset() as usize..part.raw_end_offset() as usize)
        .unwrap_or_default();
    let strict = match part.encoding {
        Encoding::QuotedPrintable => quoted_printable_decode(raw),
        Encoding::Base64 => base64_decode(raw),
        Encoding::None => Some(raw.to_vec()),
    };
    strict.unwrap_or_else(|| part.contents().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gbk_page_declared_or_not_keeps_its_characters() {
        let (gbk, _, _) =
            encoding_rs::GBK.encode("<p>各位代表：现在，我代表县人民政府向大会报告工作。</p>");
        let archive = |charset: &str| {
            let mut bytes = format!(
                "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n\
                 --b1\r\nContent-Type: text/html{charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            )
            .into_bytes();
            bytes.extend_from_slice(&gbk);
            bytes.extend_from_slice(b"\r\n--b1--\r\n");
            bytes
        };
        for charset in ["; charset=\"gb2312\"", ""] {
            let page = archived_page(&archive(charset)).unwrap();
            assert!(
                page.html.text.contains("各位代表：现在，我代表县人民政府"),
                "{charset}: {}",
                page.html.text
            );
            assert_eq!(page.html.encoding, "gb18030");
        }
    }

    #[test]
    fn the_part_the_start_parameter_names_is_the_page() {
        let bytes = b"MIME-Version: 1.0\r\n\
            Content-Type: multipart/related; boundary=\"b\"; start=\"<main>\"; type=\"text/html\"\r\n\r\n\
            --b\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <frame>\r\n\r\n<p>An inner frame</p>\r\n\
            --b\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <main>\r\n\r\n<p>The page</p>\r\n\
            --b--\r\n";
        assert!(archived_page(bytes).unwrap().html.text.contains("The page"));
    }

    #[test]
    fn an_archive_without_a_page_is_refused_as_such() {
        let bytes = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n\
            --b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        assert!(is_web_archive("x.txt", bytes));
        assert!(matches!(
            archived_page(bytes),
            Err(Rejection::Document {
                problem: DocumentProblem::NoPageInArchive
            })
        ));
    }

    #[test]
    fn text_that_only_mentions_mime_headers_is_no_archive() {
        assert!(!is_web_archive(
            "a.txt",
            "政府工作报告\r\n\r\nContent-Type: multipart/related".as_bytes()
        ));
        assert!(!is_web_archive(
            "a.txt",
            b"Subject: a letter\r\nContent-Type: text/plain\r\n\r\nHello"
        ));
        assert!(!is_web_archive(
            "a.html",
            b"<html><body>Content-Type: multipart/related</body></html>"
        ));
    }
}
