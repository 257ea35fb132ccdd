//! Facts: the figures of one story that measure one thing in one event.
//!
//! Owns how figures become facts. The figures of the articles of one story (the components of
//! `Relations::related`) are grouped by measure — concept, qualifier and change (a change up,
//! a change down and a level are never one fact), then predicate class and the noun a compound
//! describes — in one map pass. A figure whose measure says less than
//! another's (no class, or no described noun) joins that other fact when it gives the same
//! value and shares context words with one of its figures ("28 key points" of the plan beside
//! "28-point plan"; "at least 26 civilians" beside "killed at least 26 civilians"), which is
//! how alignment survives wording. A bare measure ("two days") is a fact only with figures of
//! the same place or context. Each fact is then split into events where there is evidence of
//! another event (`event::partition`). It does not judge the figures (`verdict`).

use std::collections::BTreeMap;

use super::super::Relations;
use super::super::components::Components;
use super::event::{Events, partition};
use super::key::{
    View, bare, distinctive, earlier_values_of_one_day, on_scale, one_moment, one_size, same_value,
    shared_context, specific_pair,
};
use crate::model::claim::Change;
use crate::model::finding::Measure;

/// The story each article belongs to: the connected components of the story relation,
/// numbered by their first article.
pub(super) fn stories(n: usize, rel: &Relations) -> Vec<usize> {
    let mut parent = Components::new(n);
    for a in 0..n {
        for &b in rel.neighbors(a) {
            parent.join(a, b);
        }
    }
    (0..n).map(|i| parent.root(i)).collect()
}

/// The measures of one story, each split into events.
pub(super) fn facts<'a>(views: Vec<View<'a>>) -> Vec<Events<'a>> {
    // Concept, qualifier and change first: only figures counting the same thing can be one
    // fact, and a change of a level ("rose 5%") is never that level ("rose to 212p").
    let mut by_thing: BTreeMap<(String, String, Option<Change>), Vec<View<'a>>> = BTreeMap::new();
    for v in views {
        by_thing
            .entry((
                v.measure.unit.clone(),
                v.measure.qualifier.clone(),
                v.measure.change,
            ))
            .or_default()
            .push(v);
    }
    let mut out = Vec::new();
    for (_, views) in by_thing {
        for group in measures(views) {
            out.push(partition(group));
        }
    }
    out
}

/// Figures counting one thing, grouped by measure; a figure whose measure names less joins a
/// measure that names more when it gives the same value in the same context.
fn measures(views: Vec<View<'_>>) -> Vec<Vec<View<'_>>> {
    let mut full: BTreeMap<Measure, Vec<View>> = BTreeMap::new();
    let mut loose: Vec<View> = Vec::new();
    for v in views {
        if v.measure.class.is_none() || v.measure.of.is_empty() {
            loose.push(v);
        } else {
            full.entry(v.measure.clone()).or_default().push(v);
        }
    }
    // Figures with a class but no described noun, or a described noun but no class, are
    // measures of their own unless they meet a fuller one.
    let mut rest = Vec::new();
    for v in loose {
        match fuller(&full, &v) {
            Some(m) => full.get_mut(&m).expect("a measure found").push(v),
            None => rest.push(v),
        }
    }
    let mut partial: BTreeMap<Measure, Vec<View>> = BTreeMap::new();
    let mut classless = Vec::new();
    for v in rest {
        if v.measure.class.is_some() || !v.measure.of.is_empty() {
            partial.entry(v.measure.clone()).or_default().push(v);
        } else {
            classless.push(v);
        }
    }
    let mut unmatched = Vec::new();
    for v in classless {
        match fuller(&partial, &v).or_else(|| fuller(&full, &v)) {
            Some(m) => match partial.get_mut(&m) {
                Some(g) => g.push(v),
                None => full.get_mut(&m).expect("a measure found").push(v),
            },
            None => unmatched.push(v),
        }
    }
    let mut groups: Vec<Vec<View>> = full.into_values().chain(partial.into_values()).collect();
    groups.extend(anchored(unmatched));
    groups
}

/// The fuller measure a figure joins: one whose class (if the figure has one) and described
/// noun (if it has one) are the figure's, holding a figure of the same value in a shared
/// context (or the described noun in the figure's context). The first such measure in order.
fn fuller(groups: &BTreeMap<Measure, Vec<View>>, v: &View) -> Option<Measure> {
    groups
        .iter()
        .find(|(m, members)| {
            (v.measure.class.is_none() || v.measure.class == m.class)
                && (v.measure.of.is_empty() || v.measure.of == m.of)
                && members.iter().any(|w| {
                    w.article != v.article
                        && same_value(v, w)
                        && (shared_context(v, w) >= 1
                            || (!m.of.is_empty() && v.context.contains(&m.of)))
                })
        })
        .map(|(m, _)| m.clone())
}

/// Figures that say neither what happened nor what they describe ("242 people", "two days"):
/// one fact only with figures of the same place, or of a shared context (two words), or the
/// same value in one shared word — never all the figures of a noun in a story. Figures of a
/// held concept are one fact per holder (their measure names it): "121 seats" and "122" of the
/// Conservatives.
fn anchored(views: Vec<View<'_>>) -> Vec<Vec<View<'_>>> {
    let mut by_measure: BTreeMap<Measure, Vec<View>> = BTreeMap::new();
    for v in views {
        by_measure.entry(v.measure.clone()).or_default().push(v);
    }
    let mut out = Vec::new();
    for (_, views) in by_measure {
        let n = views.len();
        let mut parent = Components::new(n);
        for i in 0..n {
            for j in i + 1..n {
                let (x, y) = (&views[i], &views[j]);
                if x.article == y.article {
                    // One article giving the same precise figure twice gives one claim.
                    if same_value(x, y) && distinctive(x) {
                        parent.join(i, j);
                    }
                    continue;
                }
                let place = matches!((x.place, y.place), (Some(a), Some(b)) if a.0 == b.0);
                let shared = shared_context(x, y);
                // A held concept's holder ("seats" of "Labour") anchors it as a place does.
                let held = x.held;
                let linked = if held
                    || specific_pair(x, y)
                    || (on_scale(x) && on_scale(y))
                    || one_moment(x, y)
                    || earlier_values_of_one_day(x, y)
                    || one_size(x, y)
                {
                    true
                } else if bare(x) {
                    place || shared >= 2 || (shared >= 1 && same_value(x, y) && distinctive(x))
                } else {
                    shared >= 2 || (shared >= 1 && same_value(x, y))
                };
                if linked {
                    parent.join(i, j);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<View>> = BTreeMap::new();
        for (i, v) in views.into_iter().enumerate() {
            let r = parent.root(i);
            groups.entry(r).or_default().push(v);
        }
        out.extend(groups.into_values().filter(|g| {
            let first = g[0].article;
            g.iter().any(|v| v.article != first)
        }));
    }
    out
}
