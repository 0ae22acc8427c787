//! Word and PDF files damaged at random (bytes changed, cut off, pieces
//! repeated or blanked), each read as the import worker reads it, one
//! `catch_unwind` each (quietly, on its own thread only): a damaged document is refused with its reason or
//! read, never a panic (in the worker a panic is a trap, and the user would
//! see a technical message instead of what is wrong with the file). A
//! panicking input is written to the temporary directory and named.
//! `OFFICE_FUZZ_CASES=4000 OFFICE_FUZZ_SEED=21 cargo test -p report-office
//! --test fuzz_documents -- --ignored` hunts longer.

mod support;

// report-clean's seeded generator and quiet catching of panics, shared
// rather than written again.
#[path = "../../report-clean/tests/pipeline/support/quiet_panics.rs"]
mod quiet_panics;
#[path = "../../report-clean/tests/pipeline/support/rng.rs"]
#[allow(dead_code)]
mod rng;

use quiet_panics::panic_of;
use rng::Rng;
use support::{fixture, prepare_bytes};

const FILES: &[&str] = &[
    "report.docx",
    "report.pdf",
    "report.doc",
    "county-report.doc",
    "long.pdf",
    "copy-protected.pdf",
    "no-unicode-map.pdf",
];

fn damaged(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len());
        match rng.below(5) {
            0 => {
                for _ in 0..1 + rng.below(16) {
                    let i = rng.below(b.len());
                    b[i] = rng.next() as u8;
                }
            }
            1 => b.truncate(at.max(1)),
            2 => {
                let end = (at + 1 + rng.below(512)).min(b.len());
                let piece = b[at..end].to_vec();
                let to = rng.below(b.len());
                b.splice(to..to, piece);
            }
            3 => {
                let end = (at + 1 + rng.below(256)).min(b.len());
                b[at..end].fill(0);
            }
            _ => {
                // A digit changed: lengths, offsets and counts in a PDF.
                if let Some(i) = (at..b.len()).find(|&i| b[i].is_ascii_digit()) {
                    b[i] = b'0' + rng.below(10) as u8;
                }
            }
        }
    }
    b
}

/// What `cases` damaged files from `seed` came to: how many were still
/// read, how many refused, and the panics.
struct Hunt {
    read: usize,
    refused: usize,
    panics: Vec<String>,
}

fn hunt(seed: u64, cases: usize) -> Hunt {
    let files: Vec<(&str, Vec<u8>)> = FILES.iter().map(|&n| (n, fixture(n))).collect();
    let mut rng = Rng(seed | 1);
    let mut hunt = Hunt {
        read: 0,
        refused: 0,
        panics: Vec::new(),
    };
    for case in 0..cases {
        let (name, bytes) = &files[rng.below(files.len())];
        let input = damaged(&mut rng, bytes);
        match panic_of(|| prepare_bytes(name, &input)) {
            Ok(Ok(_)) => hunt.read += 1,
            Ok(Err(_)) => hunt.refused += 1,
            Err(why) => {
                let path = std::env::temp_dir().join(format!("damaged-{seed}-{case}-{name}"));
                let _ = std::fs::write(&path, &input);
                hunt.panics
                    .push(format!("{name} case {case}: {why} ({})", path.display()));
            }
        }
    }
    hunt
}

#[test]
fn damaged_documents_never_panic() {
    let hunt = hunt(0x0FF1_CE25, 200);
    assert!(hunt.panics.is_empty(), "{}", hunt.panics.join("\n"));
    // Damage reaches the readers: some files are still read, some refused.
    assert!(
        hunt.read > 20 && hunt.refused > 20,
        "read {}, refused {}",
        hunt.read,
        hunt.refused
    );
}

#[test]
#[ignore = "a hunt: OFFICE_FUZZ_CASES and OFFICE_FUZZ_SEED"]
fn damaged_documents_never_panic_long() {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let hunt = hunt(
        env("OFFICE_FUZZ_SEED", 7),
        env("OFFICE_FUZZ_CASES", 2000) as usize,
    );
    eprintln!("read {}, refused {}", hunt.read, hunt.refused);
    assert!(hunt.panics.is_empty(), "{}", hunt.panics.join("\n"));
}
