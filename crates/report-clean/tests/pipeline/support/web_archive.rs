//! A page saved as one file, as browsers write it: Chrome's and Edge's
//! "Webpage, Single File" (`.mhtml`: the HTML quoted-printable, its charset
//! undeclared) and Internet Explorer's web archive (`.mht`: base64, the
//! charset declared), each with a picture after the page.

/// A 1×1 PNG, the kind of part that follows the page.
const PICTURE: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/// The page as Chrome saves it, from `address`.
pub fn saved_by_chrome(html: &[u8], address: &str) -> Vec<u8> {
    let boundary = "----MultipartBoundary--q1w2e3r4t5y6u7i8o9p0----";
    format!(
        "From: <Saved by Blink>\r\n\
         Snapshot-Content-Location: {address}\r\n\
         Subject: =?utf-8?Q?=E6=94=BF=E5=BA=9C=E5=B7=A5=E4=BD=9C=E6=8A=A5=E5=91=8A?=\r\n\
         Date: Tue, 1 Dec 2026 08:00:00 +0800\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/related;\r\n\
         \ttype=\"text/html\";\r\n\
         \tboundary=\"{boundary}\"\r\n\
         \r\n\r\n\
         --{boundary}\r\n\
         Content-Type: text/html\r\n\
         Content-ID: <frame-0A1B2C@mhtml.blink>\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\
         Content-Location: {address}\r\n\
         \r\n\
         {page}\r\n\
         --{boundary}\r\n\
         Content-Type: image/png\r\n\
         Content-Transfer-Encoding: base64\r\n\
         Content-Location: {address}logo.png\r\n\
         \r\n\
         {PICTURE}\r\n\
         --{boundary}--\r\n",
        page = quoted_printable(html),
    )
    .into_bytes()
}

/// The page as Internet Explorer saves it, its bytes in `charset`.
pub fn saved_by_internet_explorer(html: &[u8], charset: &str, address: &str) -> Vec<u8> {
    let boundary = "----=_NextPart_000_0000_01D2A3B4.C5D6E7F0";
    format!(
        "From: <Saved by Windows Internet Explorer 8>\r\n\
         Subject: \r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/related;\r\n\
         \ttype=\"text/html\";\r\n\
         \tboundary=\"{boundary}\"\r\n\
         X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609\r\n\
         \r\n\
         This is a multi-part message in MIME format.\r\n\
         \r\n\
         --{boundary}\r\n\
         Content-Type: text/html;\r\n\
         \tcharset=\"{charset}\"\r\n\
         Content-Transfer-Encoding: base64\r\n\
         Content-Location: {address}\r\n\
         \r\n\
         {page}\r\n\
         --{boundary}\r\n\
         Content-Type: image/png\r\n\
         Content-Transfer-Encoding: base64\r\n\
         Content-Location: {address}.png\r\n\
         \r\n\
         {PICTURE}\r\n\
         --{boundary}--\r\n",
        page = base64_lines(html),
    )
    .into_bytes()
}

/// Quoted-printable (RFC 2045): lines of at most 76 characters, soft
/// breaks `=`, every byte outside printable ASCII (and `=`) as `=XX`.
fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut width = 0;
    for &b in bytes {
        if b == b'\n' {
            out.push_str("\r\n");
            width = 0;
            continue;
        }
        let piece = if (b.is_ascii_graphic() && b != b'=') || b == b' ' {
            (b as char).to_string()
        } else {
            format!("={b:02X}")
        };
        if width + piece.len() > 75 {
            out.push_str("=\r\n");
            width = 0;
        }
        width += piece.len();
        out.push_str(&piece);
    }
    out
}

/// Base64 in lines of 76 characters.
fn base64_lines(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut encoded = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            encoded.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char
            } else {
                '='
            });
        }
    }
    let lines: Vec<&str> = encoded
        .as_bytes()
        .chunks(76)
        .map(|l| std::str::from_utf8(l).expect("base64 is ASCII"))
        .collect();
    lines.join("\r\n")
}
