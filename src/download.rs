//! Saving generated text (CSV exports) as a file, without a server.

use wasm_bindgen::JsCast;

/// The browser would not make the file (the interface says
/// `Key::DownloadFailed`).
#[derive(Debug)]
pub struct NotDownloaded;

/// A file to offer: its name, MIME type and contents.
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

impl Download {
    /// A CSV file (UTF-8).
    pub fn csv(name: String, text: String) -> Download {
        Download {
            name,
            mime: "text/csv;charset=utf-8",
            text,
        }
    }

    pub fn json(name: String, text: String) -> Download {
        Download {
            name,
            mime: "application/json",
            text,
        }
    }
}

/// Offers a file as a download.
pub fn download_text(file: &Download) -> Result<(), NotDownloaded> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file.text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(file.mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| NotDownloaded)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| NotDownloaded)?;
    let anchor: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(|_| NotDownloaded)?
        .dyn_into()
        .map_err(|_| NotDownloaded)?;
    anchor.set_href(&url);
    anchor.set_download(&file.name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// The name of an export of `what` (a view's name in the reader's
/// language) for the search `query`, dated today in the reader's time zone.
pub fn export_name(what: &str, query: &report_core::Query, extension: &str) -> String {
    let terms: Vec<&str> = query.terms.iter().map(|t| t.text.as_str()).collect();
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    report_core::export_file_name(what, &terms.join(" "), &today, extension)
}
