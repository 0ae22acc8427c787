//! The layers of report-core and report-clean stay graphs without cycles:
//! each top-level folder of a crate's `src/` (a layer: `model`, `text`,
//! `views`, …; `clean`, `import`, `tools`) may use the ones below it,
//! never one that uses it back. Read from the source tree (this is a test,
//! so it may read files): every `crate::<folder>` path outside comments and
//! test code is an edge from the folder it stands in to that folder.
//! Test code (`#[cfg(test)]` items, `tests.rs`) may reach any layer, as
//! it builds its fixtures through the pipeline.

mod source_tree;

use source_tree::{library_code, rust_files};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The first segments of the `crate::` paths in `code`, those in
/// `crate::{a::…, b}` included.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        found.insert(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

/// The layers of `src` (its top-level modules) and which ones each uses.
fn layer_graph(src: &Path) -> (Graph, Vec<String>) {
    let mut graph = Graph::new();
    let mut through_root = Vec::new();
    let layers: BTreeSet<String> = fs::read_dir(src)
        .expect("src reads")
        .map(|e| e.expect("an entry reads").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "lib.rs"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).unwrap();
        let layer = relative.iter().next().unwrap().to_string_lossy();
        let layer = layer.trim_end_matches(".rs").to_string();
        if layer == "lib" || file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let code = library_code(&fs::read_to_string(&file).expect("a source file reads"));
        let uses = graph.entry(layer.clone()).or_default();
        for name in crate_paths(&code) {
            if layers.contains(&name) {
                if name != layer {
                    uses.insert(name);
                }
            } else {
                through_root.push(format!("{}: crate::{name}", relative.display()));
            }
        }
    }
    (graph, through_root)
}

/// A cycle in `graph` as the path that closes it, if there is one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// Each crate checked, with the least number of layers it has (a check
/// that read no folder could not fail).
const CRATES: [(&str, usize); 2] = [("report-core", 5), ("report-clean", 3)];

/// The `src/` folder of a crate of the workspace, by its folder name.
fn src_of(krate: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(krate)
        .join("src")
}

#[test]
fn the_layers_have_no_cycle() {
    for (krate, least) in CRATES {
        let (graph, _) = layer_graph(&src_of(krate));
        assert!(
            graph.len() >= least,
            "expected {krate}'s layer folders, found {graph:?}"
        );
        if let Some(cycle) = find_cycle(&graph) {
            panic!(
                "{krate}'s layers form a cycle: {}\n(each layer may use only the ones below it; see ARCHITECTURE.md)\nthe graph: {graph:#?}",
                cycle.join(" → ")
            );
        }
    }
}

#[test]
fn layers_reach_each_other_by_their_own_paths() {
    // A path through lib.rs's re-exports (`crate::parse_corpus`) would hide
    // an edge from this check.
    for (krate, _) in CRATES {
        let (_, through_root) = layer_graph(&src_of(krate));
        assert!(
            through_root.is_empty(),
            "paths through {krate}'s root: {through_root:#?}"
        );
    }
}

#[test]
fn the_cycle_finder_finds_cycles_and_only_cycles() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (from, to) in edges {
            g.entry(from.to_string())
                .or_default()
                .insert(to.to_string());
            g.entry(to.to_string()).or_default();
        }
        g
    };
    let layered = graph(&[
        ("views", "search"),
        ("views", "model"),
        ("search", "model"),
        ("import", "clean"),
        ("clean", "model"),
    ]);
    assert_eq!(find_cycle(&layered), None);
    let cyclic = graph(&[
        ("model", "import"),
        ("import", "clean"),
        ("clean", "model"),
        ("views", "model"),
    ]);
    let cycle = find_cycle(&cyclic).expect("the cycle is found");
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(cycle.len(), 4, "{cycle:?}");
}

#[test]
fn paths_are_read_from_code_not_comments_or_tests() {
    let code = library_code(
        "use crate::model::Report;\n// see crate::views\n#[cfg(test)]\nmod tests;\n#[cfg(test)]\nfn only_tests() { crate::tools::x(); }\nuse crate::{text::fold, i18n::{Key, Lang}};\n#[cfg(test)]\nmod tests { use crate::clean; fn f() { if true {} } }\nfn after() { crate::search::x(); }",
    );
    let found: Vec<String> = crate_paths(&code).into_iter().collect();
    assert_eq!(found, ["i18n", "model", "search", "text"]);
}
