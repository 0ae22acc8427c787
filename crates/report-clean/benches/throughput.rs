//! Native preprocessing throughput (issue 9): how fast raw report sources
//! become the corpus, and whether the time per report stays flat from 10 to
//! 10,000 reports.
//!
//!   cargo bench -p report-clean --bench throughput [-- 10 100 …]
//!
//! The sources are synthetic raw texts (`synth::synthesize_sources`: the
//! bundled seeds' paragraphs recombined, about 10,000 characters each, varied
//! counties and dates, deterministic), made before the clock starts. What is
//! timed is what `report-cli build` does once the files are read: every file
//! through the import (size check, encoding detection and decoding, the
//! pipeline, duplicates by id), provenance stripped, and the pretty corpus
//! JSON written to a string. Figures are printed, never asserted.
//!
//! On Linux it also reads the thread's CPU time and run-queue wait
//! (`/proc/thread-self/schedstat`): on a shared two-core machine other
//! processes stretch the wall time, so the verdict on growth uses CPU time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use report_clean::import::{import_file, KnownReports};
use report_clean::tools::synth::{synthesize_sources, SyntheticSource};
use report_clean::{corpus_to_json, parse_corpus, Corpus, SCHEMA_VERSION};

/// Report counts, each with how many runs to take the best of.
const SIZES: [(usize, usize); 4] = [(10, 7), (100, 5), (1_000, 3), (10_000, 2)];

/// Total time growing as reports^k with k at most this counts as linear
/// (or better): the slack is timing noise.
const LINEAR: f64 = 1.05;

struct Run {
    import: Duration,
    json: Duration,
    /// CPU time and run-queue wait over both, where the system says.
    cpu: Option<(Duration, Duration)>,
    /// Import time of each tenth of the sources in turn (CPU time where
    /// the system says, else wall): if a corpus-level step grew with the
    /// reports already in, the later tenths would cost more.
    tenths: Vec<Duration>,
    corpus: Corpus,
}

impl Run {
    fn total(&self) -> Duration {
        self.import + self.json
    }
}

/// This thread's time on a CPU and waiting for one so far (Linux only).
fn cpu_and_wait() -> Option<(Duration, Duration)> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut fields = stat.split_whitespace().map(|f| f.parse::<u64>().ok());
    let cpu = fields.next()??;
    let wait = fields.next()??;
    Some((Duration::from_nanos(cpu), Duration::from_nanos(wait)))
}

/// The exponent k of a least-squares fit of time = c · reports^k.
fn growth_exponent(points: &[(usize, f64)]) -> f64 {
    let logs: Vec<(f64, f64)> = points
        .iter()
        .map(|&(n, t)| ((n as f64).ln(), t.ln()))
        .collect();
    let len = logs.len() as f64;
    let mean_x = logs.iter().map(|p| p.0).sum::<f64>() / len;
    let mean_y = logs.iter().map(|p| p.1).sum::<f64>() / len;
    let covariance: f64 = logs.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let variance: f64 = logs.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    covariance / variance
}

/// The build, as `report-cli build` runs it over files already in memory.
fn build(sources: &[SyntheticSource]) -> Run {
    let cpu_before = cpu_and_wait();
    let started = Instant::now();
    let clock = || cpu_and_wait().map_or_else(|| started.elapsed(), |(cpu, _)| cpu);
    let mut tenths = Vec::with_capacity(10);
    let mut tenth_started = clock();
    let mut known = KnownReports::default();
    let mut reports = Vec::with_capacity(sources.len());
    for (done, source) in sources.iter().enumerate() {
        let outcome = import_file(&source.origin, source.text.as_bytes(), &mut known, 0);
        let file = outcome.result.expect("a synthetic source imports");
        reports.extend(file.reports);
        if sources.len() >= 10 && (done + 1) % (sources.len() / 10) == 0 && tenths.len() < 10 {
            let now = clock();
            tenths.push(now - tenth_started);
            tenth_started = now;
        }
    }
    for report in &mut reports {
        report.imported = None;
    }
    let corpus = Corpus {
        schema_version: SCHEMA_VERSION,
        reports,
    };
    let import = started.elapsed();
    let started = Instant::now();
    let json = black_box(corpus_to_json(black_box(&corpus)));
    let json_time = started.elapsed();
    let cpu = cpu_before
        .zip(cpu_and_wait())
        .map(|((cpu0, wait0), (cpu1, wait1))| (cpu1 - cpu0, wait1 - wait0));
    drop(json);
    Run {
        import,
        json: json_time,
        cpu,
        tenths,
        corpus,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut chosen: Vec<usize> = args
        .iter()
        .filter_map(|a| a.replace(['_', ','], "").parse().ok())
        .collect();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // then only the smallest size runs, as a smoke test.
    if chosen.is_empty() && !args.iter().any(|a| a == "--bench") {
        chosen.push(SIZES[0].0);
    }
    let sizes: Vec<(usize, usize)> = SIZES
        .iter()
        .copied()
        .filter(|(n, _)| chosen.is_empty() || chosen.contains(n))
        .collect();
    let seeds = parse_corpus(include_str!("../../../data/corpus.json"))
        .expect("the bundled corpus reads")
        .reports;

    // Lazily built tables (the gazetteer, theme rules) are made here, not
    // in the first timed run.
    black_box(build(&synthesize_sources(&seeds, 3, 99)));

    let counts: Vec<String> = sizes.iter().map(|(n, _)| n.to_string()).collect();
    println!(
        "preprocessing throughput: raw sources → corpus JSON, {} reports, {} threads available",
        counts.join(", "),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:>8} {:>9} {:>4} {:>9} {:>8} {:>9} {:>9} {:>8} {:>6} {:>10} {:>10} {:>11}",
        "reports",
        "input MB",
        "runs",
        "import s",
        "json s",
        "total s",
        "cpu s",
        "waited s",
        "MB/s",
        "µs/report",
        "cpu µs/rep",
        "recovered"
    );
    // (reports, wall seconds, CPU seconds) of each size's best run.
    let mut rows: Vec<(usize, f64, Option<f64>)> = Vec::new();
    let mut largest_tenths = Vec::new();
    for (count, runs) in sizes {
        let sources = synthesize_sources(&seeds, count, 1);
        let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
        let mut best: Option<Run> = None;
        for _ in 0..runs {
            let run = build(&sources);
            if best.as_ref().is_none_or(|b| run.total() < b.total()) {
                best = Some(run);
            }
        }
        let best = best.expect("at least one run");
        assert_eq!(best.corpus.reports.len(), count, "every source imported");
        // Sanity, not timed: the pipeline found each source's county and date.
        let recovered = sources
            .iter()
            .zip(&best.corpus.reports)
            .filter(|(s, r)| {
                r.region
                    .as_ref()
                    .and_then(|g| g.county.as_ref())
                    .map(|c| &c.code)
                    == s.region.county.as_ref().map(|c| &c.code)
                    && r.date.as_ref().map(|d| d.value.as_str()) == Some(s.date.as_str())
            })
            .count();
        let mb = bytes as f64 / 1e6;
        let secs = best.total().as_secs_f64();
        let cpu = best.cpu.map(|(c, _)| c.as_secs_f64());
        let show = |v: Option<f64>, scale: f64, decimals: usize| {
            v.map_or_else(
                || "-".to_string(),
                |v| format!("{:.*}", decimals, v * scale),
            )
        };
        println!(
            "{:>8} {:>9.1} {:>4} {:>9.3} {:>8.3} {:>9.3} {:>9} {:>8} {:>6.2} {:>10.0} {:>10} {:>11}",
            count,
            mb,
            runs,
            best.import.as_secs_f64(),
            best.json.as_secs_f64(),
            secs,
            show(cpu, 1.0, 3),
            show(best.cpu.map(|(_, w)| w.as_secs_f64()), 1.0, 3),
            mb / secs,
            secs * 1e6 / count as f64,
            show(cpu, 1e6 / count as f64, 0),
            format!("{recovered}/{count}"),
        );
        rows.push((count, secs, cpu));
        largest_tenths = best.tenths;
    }
    if rows.len() < 2 {
        return;
    }
    // CPU time where every size has it: other processes stretch it less.
    let use_cpu = rows.iter().all(|r| r.2.is_some());
    let points: Vec<(usize, f64)> = rows
        .iter()
        .map(|&(n, wall, cpu)| (n, if use_cpu { cpu.unwrap_or(wall) } else { wall }))
        .collect();
    let per_report: Vec<String> = points
        .iter()
        .map(|&(n, t)| format!("{:.0} ({n})", t * 1e6 / n as f64))
        .collect();
    println!(
        "{} µs per report: {}",
        if use_cpu { "CPU" } else { "wall" },
        per_report.join(" → ")
    );
    // Ten reports are a small sample of the synthetic mix, so the fit is
    // also given without them.
    let k = growth_exponent(&points);
    let from_100: Vec<(usize, f64)> = points.iter().copied().filter(|p| p.0 >= 100).collect();
    let k_100 = (from_100.len() >= 2).then(|| growth_exponent(&from_100));
    let verdict = if k <= LINEAR {
        "linear or better"
    } else {
        "worse than linear"
    };
    println!(
        "time grows as reports^{k:.3}{}: {verdict} (linear = exponent at most {LINEAR})",
        k_100.map_or_else(String::new, |k| format!(" (from 100 reports up: ^{k:.3})"))
    );
    let largest = points[points.len() - 1].0;
    if largest_tenths.len() == 10 {
        let per_tenth: Vec<String> = largest_tenths
            .iter()
            .map(|t| format!("{:.0}", t.as_secs_f64() * 1e6 / (largest / 10) as f64))
            .collect();
        let half = |h: &[Duration]| h.iter().map(Duration::as_secs_f64).sum::<f64>();
        println!(
            "importing the {largest}, each tenth in turn, µs per report: {} (second half {:.2}× the first)",
            per_tenth.join(" "),
            half(&largest_tenths[5..]) / half(&largest_tenths[..5])
        );
    }
}
