//! The user's imported reports in IndexedDB, so they survive a reload:
//! one record per report, its JSON keyed by its id. Every instance on a
//! page (and every page of the site) shares the one workspace.
//!
//! Any failure (private mode, storage full, a blocked database) comes back
//! as a sentence for the user; the caller keeps the reports in memory.

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use report_core::i18n::Key;
use report_core::import::in_import_order;
use report_core::Report;
use wasm_bindgen::JsValue;

use crate::i18n::Said;

const DATABASE: &str = "report-explorer";
const STORE: &str = "imported-reports";
const VERSION: u32 = 1;

/// What was read back, and the records that could not be.
#[derive(Clone)]
pub struct StoredWorkspace {
    pub reports: Vec<Report>,
    /// One sentence per damaged record (it stays stored, untouched).
    pub damaged: Vec<Said>,
}

/// The browser's own words for the failure stay as it gave them.
fn explain(action: Key, error: impl std::fmt::Display) -> Said {
    let detail = error.to_string();
    let why = if detail.contains("QuotaExceeded") || detail.contains("quota") {
        Said::text(Key::StorageFull)
    } else {
        Said::format(
            Key::StorageRefused,
            vec![("detail", Said::verbatim(detail))],
        )
    };
    Said::format(
        Key::StorageActionFailed,
        vec![("action", Said::text(action)), ("why", why)],
    )
}

async fn open() -> Result<Database, Said> {
    let unavailable =
        |e: idb::Error| Said::format(Key::StorageUnavailable, vec![("detail", Said::verbatim(e))]);
    let factory = Factory::new().map_err(unavailable)?;
    let mut request = factory.open(DATABASE, Some(VERSION)).map_err(unavailable)?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database() {
            if !database.store_names().iter().any(|s| s == STORE) {
                let _ = database.create_object_store(STORE, ObjectStoreParams::new());
            }
        }
    });
    request.await.map_err(unavailable)
}

/// Every stored report, in import order.
pub async fn load() -> Result<StoredWorkspace, Said> {
    let database = open().await?;
    let read = |e: idb::Error| explain(Key::StorageActionRead, e);
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(read)?;
    let store = transaction.object_store(STORE).map_err(read)?;
    let values = store
        .get_all(None, None)
        .map_err(read)?
        .await
        .map_err(read)?;
    let mut reports = Vec::new();
    let mut damaged = Vec::new();
    for value in values {
        let parsed = value
            .as_string()
            .ok_or_else(|| "not text".to_string())
            .and_then(|json| serde_json::from_str::<Report>(&json).map_err(|e| e.to_string()));
        match parsed {
            Ok(report) if report.imported.is_some() => reports.push(report),
            Ok(report) => damaged.push(Said::format(
                Key::StoredNoImportRecord,
                vec![("title", Said::verbatim(report.title))],
            )),
            Err(why) => damaged.push(Said::verbatim(why)),
        }
    }
    in_import_order(&mut reports);
    database.close();
    Ok(StoredWorkspace { reports, damaged })
}

/// Stores (or replaces) reports, all in one transaction: all or none.
pub async fn save(reports: &[Report]) -> Result<(), Said> {
    let database = open().await?;
    let failed = |e: idb::Error| explain(Key::StorageActionSave, e);
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    for report in reports {
        let json = serde_json::to_string(report).map_err(|e| explain(Key::StorageActionSave, e))?;
        store
            .put(
                &JsValue::from_str(&json),
                Some(&JsValue::from_str(&report.id)),
            )
            .map_err(failed)?;
    }
    let result = transaction
        .commit()
        .map_err(failed)?
        .await
        .map_err(failed)?;
    database.close();
    if result.is_committed() {
        Ok(())
    } else {
        Err(Said::format(
            Key::StorageActionFailed,
            vec![
                ("action", Said::text(Key::StorageActionSave)),
                ("why", Said::text(Key::StorageAborted)),
            ],
        ))
    }
}

/// Removes the reports with these ids (all of them when `ids` is `None`).
pub async fn remove(ids: Option<&[String]>) -> Result<(), Said> {
    let database = open().await?;
    let failed = |e: idb::Error| explain(Key::StorageActionRemove, e);
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    match ids {
        None => {
            store.clear().map_err(failed)?;
        }
        Some(ids) => {
            for id in ids {
                store.delete(JsValue::from_str(id)).map_err(failed)?;
            }
        }
    }
    transaction
        .commit()
        .map_err(failed)?
        .await
        .map_err(failed)?;
    database.close();
    Ok(())
}
