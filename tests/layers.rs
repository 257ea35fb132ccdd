//! The architecture as a test: the layers are the folders of `src/`, and each imports only
//! from the layers before it — `lexicon` → `text` → `model` → `extract` → `compare` →
//! `pipeline` → `report` and `cli` — and no modules import each other in a cycle.
//!
//! Edges are read from the source: every `crate::a::b` path and every `super::x` path outside
//! a file's unit tests, resolved to the module file it names. A path into a module's own
//! ancestors (`crate::compare` from `compare::claims`) is not an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LAYERS: [&str; 8] = [
    "lexicon", "text", "model", "extract", "compare", "pipeline", "report", "cli",
];

fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            let code = std::fs::read_to_string(&p).unwrap();
            let code = code.split("#[cfg(test)]").next().unwrap_or("").to_string();
            out.insert(parts.join("::"), code);
        }
    }
    out
}

/// The longest module that `path` (a::b::c) names.
fn resolve<'m>(mods: &'m BTreeMap<String, String>, path: &str) -> Option<&'m str> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|k| parts[..k].join("::"))
        .find_map(|m| mods.get_key_value(&m).map(|(k, _)| k.as_str()))
}

fn edges(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let path = regex::Regex::new(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)+)").unwrap();
    let group = regex::Regex::new(r"use crate::\{([^;]*)\};").unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, code) in mods {
        let parent = m.rsplit_once("::").map_or("", |(p, _)| p);
        let mut targets: Vec<String> = Vec::new();
        for c in path.captures_iter(code) {
            let tail = c[2].trim_start_matches("::");
            targets.push(match &c[1] {
                "crate" => tail.to_string(),
                _ if parent.is_empty() => tail.to_string(),
                _ => format!("{parent}::{tail}"),
            });
        }
        for c in group.captures_iter(code) {
            for item in c[1]
                .split([',', '{', '}', ' ', '\n'])
                .filter(|s| !s.is_empty())
            {
                targets.push(item.to_string());
            }
        }
        let set = out.entry(m.clone()).or_default();
        for t in targets {
            if let Some(t) = resolve(mods, &t)
                && t != m
                && !m.starts_with(&format!("{t}::"))
                && !t.is_empty()
            {
                set.insert(t.to_string());
            }
        }
    }
    out
}

fn layer(m: &str) -> Option<usize> {
    let top = m.split("::").next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn imports_point_down_the_layers_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mods = modules(&src);
    let mut upward = Vec::new();
    for (m, ts) in edges(&mods) {
        for t in ts {
            if let (Some(lm), Some(lt)) = (layer(&m), layer(&t))
                && lt > lm
            {
                upward.push(format!("{m} -> {t}"));
            }
        }
    }
    // Every module lives in a layer folder (lib.rs and main.rs excepted).
    let outside: Vec<&String> = mods
        .keys()
        .filter(|m| !m.is_empty() && layer(m).is_none())
        .collect();
    assert!(
        outside.is_empty(),
        "modules outside the layers: {outside:?}"
    );
    assert!(upward.is_empty(), "imports against the layers: {upward:#?}");
}

#[test]
fn no_modules_import_each_other_in_a_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = edges(&modules(&src));
    // Depth-first search for a back edge; report the cycle it closes.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(m.to_string(), 1);
        path.push(m.to_string());
        for t in graph.get(m).into_iter().flatten() {
            match state.get(t.as_str()).copied() {
                Some(1) => {
                    let from = path.iter().position(|p| p == t).unwrap_or(0);
                    let mut cycle = path[from..].to_vec();
                    cycle.push(t.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(t, graph, state, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        state.insert(m.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in graph.keys() {
        if !state.contains_key(m.as_str())
            && let Some(cycle) = visit(m, &graph, &mut state, &mut Vec::new())
        {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}
