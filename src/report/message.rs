//! The one-line message of each finding kind, written from the finding's typed facts and
//! detail: "kill: person: 7 (a.txt, 2025-11-25) vs 9 (b.txt, 2025-11-25) — the same event,
//! figures that cannot both be true". Every renderer (table, snippet, brief, markdown, json,
//! jsonl, github, sarif) prints `message`; nothing else words a finding.
//!
//! This module owns the wording only. What a finding is about, its verdict and its
//! fingerprint are decided in `compare` and `model::finding`; rewording a message here cannot
//! change a fingerprint (the fingerprint is computed from facts the message is not part of).

use crate::model::article::Analyzed;
use crate::model::claim::{Bound, Granularity};
use crate::model::display::human_number;
use crate::model::finding::{
    Detail, Difference, Event, FactFigure, FactValue, Family, Finding, FindingKind, Interval,
    Rewrite, Side, Similarity, Subject, SumOutcome,
};

/// The message of a finding, by its kind.
pub fn message(articles: &[Analyzed], f: &Finding) -> String {
    match f.kind {
        FindingKind::Agree => agree(articles, f),
        FindingKind::Compatible => compatible(articles, f),
        FindingKind::Conflict => conflict(articles, f),
        FindingKind::DifferentEvent => different_event(articles, f),
        FindingKind::Updated => updated(articles, f),
        FindingKind::SumMismatch => sum_mismatch(articles, f),
        FindingKind::Disputed => disputed(articles, f),
        FindingKind::RoleVariant => role_variant(articles, f),
        FindingKind::QuoteVariant => quote_variant(articles, f),
        FindingKind::NearDuplicate => near_duplicate(articles, f),
        FindingKind::DuplicateFile => duplicate_file(articles, f),
    }
}

fn duplicate_file(articles: &[Analyzed], f: &Finding) -> String {
    let (Detail::Copies { copies }, Some(&original)) = (&f.detail, f.articles.first()) else {
        return unexpected(f);
    };
    // In path order, whichever of them was read: the same words from a full check and from
    // the index, which may have read another of them first.
    let mut files: Vec<&str> = copies.iter().map(String::as_str).collect();
    files.push(path(articles, original));
    files.sort_unstable();
    files.dedup();
    let (last, rest) = files.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
    format!(
        "{} and {last} are byte-identical files: one article, checked once",
        rest.join(", ")
    )
}

/// A finding whose detail does not fit its kind (not produced by `compare`): its subject.
fn unexpected(f: &Finding) -> String {
    f.subject.to_string()
}

fn path(articles: &[Analyzed], article: usize) -> &str {
    &articles[article].article.path
}

/// A side's value as a person reads it: `interval`, or for a time of day its clock ("13:38",
/// ">23:00", "18:30–19:30").
fn shown(s: &Side) -> String {
    if !s.clock {
        return s
            .written
            .map_or_else(|| interval(&s.interval), human_number);
    }
    let i = &s.interval;
    let hhmm = |m: f64| {
        let m = (m.round() as i64).rem_euclid(24 * 60);
        format!("{:02}:{:02}", m / 60, m % 60)
    };
    if i.lo == i.hi {
        hhmm(i.lo)
    } else if i.lo_open {
        format!(">{}", hhmm(i.lo))
    } else if i.hi_open {
        format!("<{}", hhmm(i.hi))
    } else {
        format!("{}–{}", hhmm(i.lo), hhmm(i.hi))
    }
}

/// `7`, `>460`, `≥7`, `<18`, `450–550`.
pub fn interval(i: &Interval) -> String {
    if i.lo == i.hi {
        return human_number(i.lo);
    }
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, false) => format!(
            "{}{}",
            if i.lo_open { ">" } else { "≥" },
            human_number(i.lo)
        ),
        (false, true) => format!(
            "{}{}",
            if i.hi_open { "<" } else { "≤" },
            human_number(i.hi)
        ),
        _ => format!("{}–{}", human_number(i.lo), human_number(i.hi)),
    }
}

/// A figure with its article and day: `518 (b.txt, night to 2025-11-19)`.
fn describe(articles: &[Analyzed], s: &Side) -> String {
    let when = match s.day {
        Some((d, Granularity::Night)) => format!(", night to {d}"),
        Some((d, _)) => format!(", {d}"),
        None => String::new(),
    };
    format!(
        "{}{} ({}{when})",
        shown(s),
        bearing(s),
        path(articles, s.article)
    )
}

/// " southwest" for a distance given with its bearing, else nothing.
fn bearing(s: &Side) -> String {
    s.bearing
        .as_ref()
        .map(|b| format!(" {b}"))
        .unwrap_or_default()
}

fn independence(rewrite: bool) -> &'static str {
    if rewrite {
        " — not independent: the two articles are a rewrite pair"
    } else {
        ""
    }
}

fn difference(d: Difference) -> &'static str {
    match d {
        Difference::Place => "another place",
        Difference::Day => "another day",
        Difference::Occurrence => "another event named beside the figure",
    }
}

fn agree(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Pair {
            sides: [x, y],
            rewrite,
            ..
        } => format!(
            "{}: {} in both {} and {}{}",
            f.subject,
            shown(x),
            path(articles, x.article),
            path(articles, y.article),
            independence(*rewrite)
        ),
        Detail::Sum { .. } => sum_mismatch(articles, f),
        Detail::Quotes => quote_agree(articles, f),
        Detail::Years => format!("{}: {}", f.subject, years_as_given(articles, f)),
        Detail::Roles { .. } => match &f.subject {
            Subject::Role { name, .. } => format!(
                "{name} is given one post in other words: {}",
                roles_as_given(articles, f)
            ),
            _ => unexpected(f),
        },
        Detail::Scores => format!("{}: {}", f.subject, roles_as_given(articles, f)),
        Detail::Fact {
            figures,
            independent,
            sources,
            ..
        } => format!(
            "{}: {} in {}{}",
            f.subject,
            match f.values.first() {
                // A time of day reads as a clock ("20:10"), not as minutes.
                _ if figures.first().is_some_and(|x| x.side.clock) => shown(&figures[0].side),
                // A figure written in another unit than the measure's ("25 minutes" of a
                // measure in seconds) is shown by its value in the measure's unit.
                Some(crate::model::finding::FactValue::Figure(a))
                    if !converted(a.value, figures) =>
                {
                    match (a.low, a.high) {
                        (Some(lo), Some(hi)) if a.bound == Bound::Range => {
                            format!("{}–{}", human_number(lo), human_number(hi))
                        }
                        _ => format!("{}{}", a.bound.sign(), human_number(a.value)),
                    }
                }
                Some(crate::model::finding::FactValue::Figure(a))
                    if matches!(a.bound, Bound::Exact | Bound::Approx) =>
                {
                    let i = figures.first().map(|x| x.side.interval);
                    match i.filter(|i| i.lo.is_finite() && i.hi.is_finite()) {
                        Some(i) => {
                            format!("{}{}", a.bound.sign(), human_number((i.lo + i.hi) / 2.0))
                        }
                        None => String::new(),
                    }
                }
                _ => figures.first().map_or(String::new(), |x| shown(&x.side)),
            },
            files(articles, figures),
            corroboration(*independent, *sources)
        ),
        _ => unexpected(f),
    }
}

/// Whether the number written lies outside what the first figure allows in the measure's
/// unit: it was written in another unit ("25 minutes" of a measure in seconds).
fn converted(written: f64, figures: &[FactFigure]) -> bool {
    figures.first().is_some_and(|x| {
        let i = &x.side.interval;
        let slack = 1e-9 * written.abs().max(1.0);
        written < i.lo - slack || written > i.hi + slack
    })
}

/// The files of a fact's figures: `a.txt, b.txt and c.txt`.
fn files(articles: &[Analyzed], figures: &[FactFigure]) -> String {
    let mut names: Vec<&str> = figures
        .iter()
        .map(|x| path(articles, x.side.article))
        .collect();
    names.dedup();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => String::new(),
    }
}

/// How many of a fact's sources are independent: rewrites of one report count once.
fn corroboration(independent: usize, sources: usize) -> String {
    if independent >= sources {
        String::new()
    } else if independent == 1 {
        if sources == 2 {
            " — not independent: the two articles are a rewrite pair".to_string()
        } else {
            format!(" — not independent: the {sources} articles are rewrites of one report")
        }
    } else {
        format!(
            " — {independent} independent sources of {sources}: rewrites of one report count once"
        )
    }
}

/// A fact's figures with their articles and days, joined by `sep`.
fn figures_of(articles: &[Analyzed], figures: &[FactFigure], sep: &str, reported: bool) -> String {
    if reported {
        return figures
            .iter()
            .map(|x| {
                let s = describe(articles, &x.side);
                match x.report {
                    Some(r) => format!("{}, reported {r})", s.trim_end_matches(')')),
                    None => s,
                }
            })
            .collect::<Vec<_>>()
            .join(sep);
    }
    // The same figure from several sources once, with all its files: "73,000 (a.txt, b.txt)".
    let mut groups: Vec<(String, String, Vec<&str>)> = Vec::new();
    for x in figures {
        let value = format!("{}{}", shown(&x.side), bearing(&x.side));
        let when = match x.side.day {
            Some((d, Granularity::Night)) => format!(", night to {d}"),
            Some((d, _)) => format!(", {d}"),
            None => String::new(),
        };
        let file = path(articles, x.side.article);
        match groups
            .iter_mut()
            .find(|(v, w, _)| *v == value && *w == when)
        {
            Some((_, _, files)) if !files.contains(&file) => files.push(file),
            Some(_) => {}
            None => groups.push((value, when, vec![file])),
        }
    }
    groups
        .iter()
        .map(|(value, when, files)| format!("{value} ({}{when})", files.join(", ")))
        .collect::<Vec<_>>()
        .join(sep)
}

/// Each value with its files and the sources its figures are attributed to: "<2,000,000
/// (a.txt, b.txt; according to organizers) vs 338,000 (c.txt; according to police)". A figure's
/// source is the attribution of the claim its evidence quotes (the evidence lists the figures
/// in order).
fn sourced(articles: &[Analyzed], f: &Finding, figures: &[FactFigure]) -> String {
    let mut groups: Vec<(String, Vec<&str>, Vec<&str>)> = Vec::new();
    for (x, e) in figures.iter().zip(&f.evidence) {
        let value = shown(&x.side);
        let file = path(articles, x.side.article);
        let source = articles[e.article]
            .claims
            .quantities
            .iter()
            .find(|q| q.span == e.span)
            .and_then(|q| q.attribution.as_ref())
            .map(|a| a.source.as_str());
        let at = match groups.iter().position(|(v, _, _)| *v == value) {
            Some(at) => at,
            None => {
                groups.push((value, Vec::new(), Vec::new()));
                groups.len() - 1
            }
        };
        let (_, files, sources) = &mut groups[at];
        if !files.contains(&file) {
            files.push(file);
        }
        if let Some(s) = source
            && !sources.contains(&s)
        {
            sources.push(s);
        }
    }
    groups
        .iter()
        .map(|(value, files, sources)| {
            let by = if sources.is_empty() {
                String::new()
            } else {
                format!("; according to {}", sources.join(", "))
            };
            format!("{value} ({}{by})", files.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" vs ")
}

/// The spread of a timeline: lowest to highest value.
fn spread(figures: &[FactFigure]) -> String {
    let lo = figures
        .iter()
        .map(|x| x.side.interval.lo)
        .filter(|v| v.is_finite())
        .fold(f64::INFINITY, f64::min);
    let hi = figures
        .iter()
        .map(|x| {
            if x.side.interval.hi.is_finite() {
                x.side.interval.hi
            } else {
                x.side.interval.lo
            }
        })
        .fold(f64::NEG_INFINITY, f64::max);
    if lo.is_finite() && hi.is_finite() {
        format!("{}–{}", human_number(lo), human_number(hi))
    } else {
        String::new()
    }
}

fn compatible(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Fact {
            figures,
            independent,
            sources,
            ..
        } => format!(
            "{}: {} can all be true{}",
            f.subject,
            figures_of(articles, figures, ", ", false),
            corroboration(*independent, *sources)
        ),
        Detail::Pair { sides: [x, y], .. } => format!(
            "{}: {} and {} can both be true",
            f.subject,
            describe(articles, x),
            describe(articles, y)
        ),
        _ => unexpected(f),
    }
}

fn conflict(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Spellings => format!(
            "{} — at most one spelling is right",
            role_variant(articles, f)
        ),
        Detail::Scores => format!(
            "{}: {} — scores that cannot all be right",
            f.subject,
            roles_as_given(articles, f)
        ),
        Detail::Years => format!(
            "{}: {} — years that cannot all be right",
            f.subject,
            years_as_given(articles, f)
        ),
        Detail::Roles { ranks } => {
            let Subject::Role { name, .. } = &f.subject else {
                return unexpected(f);
            };
            let what = if *ranks { "ranks" } else { "posts" };
            format!(
                "{name} is given {what} that cannot both be true: {}",
                roles_as_given(articles, f)
            )
        }
        Detail::Fact {
            figures,
            running: true,
            ..
        } => format!(
            "{}: a running count over time: {} — reports that cannot all be true (a later report counts fewer, or reports of one day differ)",
            f.subject,
            figures_of(articles, figures, " → ", true),
        ),
        Detail::Fact { figures, .. } => format!(
            "{}: {} — the same event, figures that cannot all be true",
            f.subject,
            figures_of(articles, figures, " vs ", false),
        ),
        Detail::Conversion {
            written,
            exact,
            unit,
        } => {
            let [figure, converted, others @ ..] = f.evidence.as_slice() else {
                return unexpected(f);
            };
            let mut message = format!(
                "{}: {} gives {} as {} — {written} is {} {unit}",
                f.subject,
                path(articles, figure.article),
                figure.text,
                converted.text,
                crate::model::display::human_number(*exact),
            );
            if !others.is_empty() {
                let mut files: Vec<&str> =
                    others.iter().map(|e| path(articles, e.article)).collect();
                files.dedup();
                message.push_str(&format!("; as {} give it", files.join(", ")));
            }
            message
        }
        Detail::Pair {
            sides: [x, y],
            rewrite,
            ..
        } => format!(
            "{}: {} vs {} — the same event, figures that cannot both be true{}",
            f.subject,
            describe(articles, x),
            describe(articles, y),
            independence(*rewrite)
        ),
        _ => unexpected(f),
    }
}

fn different_event(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Events { figures, why } => format!(
            "{}: {} — {}, so not compared as the same event",
            f.subject,
            figures
                .iter()
                .map(|s| describe(articles, s))
                .collect::<Vec<_>>()
                .join(" vs "),
            difference(*why)
        ),
        Detail::Pair {
            sides: [x, y],
            event,
            ..
        } => {
            let (dx, dy) = (describe(articles, x), describe(articles, y));
            match event {
                Event::Different(why) => format!(
                    "{}: {dx} vs {dy} — {}, so not compared as the same event",
                    f.subject,
                    difference(*why)
                ),
                Event::Same | Event::Unknown => format!(
                    "{}: {dx} vs {dy} — not shown to be the same event (a date is missing), so not called a conflict",
                    f.subject
                ),
            }
        }
        _ => unexpected(f),
    }
}

fn updated(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Fact { figures, .. } => format!(
            "{}: running count {} over time: {}; spread {}",
            f.subject,
            match (figures.first(), figures.last()) {
                (Some(a), Some(b)) if b.side.interval.lo < a.side.interval.lo => "lowered",
                _ => "raised",
            },
            figures_of(articles, figures, " → ", true),
            spread(figures)
        ),
        Detail::Update {
            early,
            late,
            raised,
        } => format!(
            "{}: running count {} from {} to {}",
            f.subject,
            if *raised { "raised" } else { "lowered" },
            describe(articles, early),
            describe(articles, late)
        ),
        _ => unexpected(f),
    }
}

/// Also the message of an `agree` on parts that add up.
fn sum_mismatch(articles: &[Analyzed], f: &Finding) -> String {
    match &f.detail {
        Detail::Sum {
            parts,
            sum,
            parts_article,
            total,
            outcome,
            beside,
        } => {
            let listed = |parts: &[crate::model::finding::Part]| -> String {
                parts
                    .iter()
                    .map(|p| format!("{} {}", interval(&p.interval), p.unit))
                    .collect::<Vec<_>>()
                    .join(" + ")
            };
            let tail = match outcome {
                SumOutcome::AddsUp => "the parts add up".to_string(),
                SumOutcome::OtherEvent(why) => format!("{}, so not a conflict", difference(*why)),
                SumOutcome::EventUnknown => {
                    "not shown to be the same event (a date is missing), so not a conflict"
                        .to_string()
                }
                SumOutcome::Allowed => {
                    "the same event; the hedged parts allow the total but do not pin it".to_string()
                }
                SumOutcome::Impossible => {
                    "the same event; the parts cannot make the total".to_string()
                }
            };
            let mut message = format!(
                "{}: {} = {} ({}) vs {} — {tail}",
                f.subject,
                listed(parts),
                interval(sum),
                path(articles, *parts_article),
                describe(articles, total),
            );
            for b in beside {
                message.push_str(&format!(
                    "; beside it, {} gives {} = {}",
                    path(articles, b.article),
                    listed(&b.parts),
                    interval(&b.sum)
                ));
            }
            message
        }
        _ => unexpected(f),
    }
}

fn disputed(articles: &[Analyzed], f: &Finding) -> String {
    if let Detail::Fact { figures, .. } = &f.detail {
        return format!(
            "{}: sources give different figures: {} — an article reports both, so they are not two things it counts",
            f.subject,
            sourced(articles, f, figures)
        );
    }
    let Detail::Denial {
        figure,
        article,
        source,
    } = &f.detail
    else {
        return unexpected(f);
    };
    let who = source.as_deref().unwrap_or("a source");
    // The first piece of evidence is the denied figure; the rest are the figures it disputes.
    let others: Vec<String> = f
        .evidence
        .iter()
        .skip(1)
        .map(|e| format!("{} ({})", e.text, path(articles, e.article)))
        .collect();
    if others.is_empty() {
        format!(
            "{}: {figure} is reported and denied by {who} in {}",
            f.subject,
            path(articles, *article)
        )
    } else {
        format!(
            "{}: {figure} is denied by {who} in {}; the figure it disputes: {}",
            f.subject,
            path(articles, *article),
            others.join(", ")
        )
    }
}

fn role_variant(articles: &[Analyzed], f: &Finding) -> String {
    let Subject::Role { name, .. } = &f.subject else {
        return unexpected(f);
    };
    if matches!(f.detail, Detail::Spellings) {
        let spelled: Vec<String> = f
            .values
            .iter()
            .zip(&f.evidence)
            .filter_map(|(v, e)| match v {
                FactValue::Words(w) => Some(format!("“{w}” in {}", path(articles, e.article))),
                _ => None,
            })
            .collect();
        return format!(
            "{name}: the name is spelled differently: {}",
            spelled.join(", ")
        );
    }
    format!(
        "{name} is given different roles: {}",
        roles_as_given(articles, f)
    )
}

/// A role finding's quotes with their articles: “Lt. Gen. Ahmed Sharif Chaudhry” (02); ...
/// "“15 years ago” = 2009–2010 (a.txt); “2011” (b.txt)": each anchor as written, with the
/// years it allows when it counts back.
fn years_as_given(articles: &[Analyzed], f: &Finding) -> String {
    f.evidence
        .iter()
        .map(|e| {
            let years = match (e.low, e.high) {
                (Some(lo), Some(hi)) if lo != hi => format!(" = {lo}–{hi}"),
                (Some(y), _) if e.text.trim() != y.to_string() => format!(" = {y}"),
                _ => String::new(),
            };
            format!("“{}”{years} ({})", e.text, path(articles, e.article))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each piece of evidence as written, with its file: roles, scores.
fn roles_as_given(articles: &[Analyzed], f: &Finding) -> String {
    f.evidence
        .iter()
        .map(|e| format!("“{}” ({})", e.text, path(articles, e.article)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Pat Gelsinger is quoted with the same words by 2 independent sources: “...” (a.txt, b.txt)".
fn quote_agree(articles: &[Analyzed], f: &Finding) -> String {
    let (Subject::Quote { name, .. }, Some(first)) = (&f.subject, f.evidence.first()) else {
        return unexpected(f);
    };
    let key = |i: usize| articles[i].article.key.as_str();
    let files: Vec<&str> = f.articles.iter().map(|&i| key(i)).collect();
    format!(
        "{name} is quoted with the same words in {}: “{}”",
        files.join(", "),
        first.text
    )
}

fn quote_variant(articles: &[Analyzed], f: &Finding) -> String {
    let (Subject::Quote { name, .. }, [a, b]) = (&f.subject, f.evidence.as_slice()) else {
        return unexpected(f);
    };
    // Quotes name their files by key (the path relative to the project root).
    let key = |i: usize| articles[i].article.key.as_str();
    format!(
        "{name} is quoted with different words: “{}” ({}) vs “{}” ({})",
        a.text,
        key(a.article),
        b.text,
        key(b.article)
    )
}

fn near_duplicate(articles: &[Analyzed], f: &Finding) -> String {
    if let Detail::Family(family) = &f.detail {
        return rewrite_family(articles, f, family);
    }
    let (Detail::Rewrite(r), [a, b]) = (&f.detail, f.articles.as_slice()) else {
        return unexpected(f);
    };
    let Rewrite {
        kept,
        reworded,
        dropped,
        added,
        changed,
        inferred,
    } = r;
    let sim = f.similarity.unwrap_or(Similarity {
        resemblance: 0.0,
        containment: 0.0,
        aligned: 0.0,
    });
    let mut message = format!(
        "{} and {} are near-duplicates: {:.0}% of the shorter one's sentences aligned ({kept} kept, {reworded} reworded), {dropped} dropped, {added} added; 5-word resemblance {:.2}, containment {:.2}",
        path(articles, *a),
        path(articles, *b),
        100.0 * sim.aligned,
        sim.resemblance,
        sim.containment,
    );
    if !changed.is_empty() {
        let changed: Vec<String> = changed.iter().map(|(x, y)| format!("{x} → {y}")).collect();
        message.push_str(&format!("; figures changed: {}", changed.join(", ")));
    }
    for i in inferred {
        message.push_str(&format!(
            "; {} undated, date {} inferred from {}",
            path(articles, i.undated),
            i.date,
            path(articles, i.from)
        ));
    }
    message
}

/// "a, b and c are one rewrite family (3 articles; b is the one the others match): a ~ b 73%
/// aligned, figures changed: 7 → 8; ..."
fn rewrite_family(articles: &[Analyzed], f: &Finding, family: &Family) -> String {
    let names: Vec<&str> = f.articles.iter().map(|&m| path(articles, m)).collect();
    let listed = match names.as_slice() {
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    };
    let pairs: Vec<String> = family
        .pairs
        .iter()
        .map(|(a, b, sim, r)| {
            let mut s = format!(
                "{} ~ {} {:.0}% aligned",
                path(articles, *a),
                path(articles, *b),
                100.0 * sim.aligned
            );
            if !r.changed.is_empty() {
                let changed: Vec<String> = r
                    .changed
                    .iter()
                    .map(|(x, y)| format!("{x} → {y}"))
                    .collect();
                s.push_str(&format!(", figures changed: {}", changed.join(", ")));
            }
            for i in &r.inferred {
                s.push_str(&format!(
                    ", {} undated, date {} inferred from {}",
                    path(articles, i.undated),
                    i.date,
                    path(articles, i.from)
                ));
            }
            s
        })
        .collect();
    format!(
        "{listed} are one rewrite family ({} articles, counted as one source; {} is the one the others match): {}",
        f.articles.len(),
        path(articles, family.representative),
        pairs.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::article::Article;
    use crate::model::claim::{Bound, Claims};
    use crate::model::finding::{
        Amount, FactValue, FigureVerdict, Measure, PredicateClass, Severity,
    };
    use crate::text::segment::Segments;
    use crate::text::span::{LineIndex, Span};

    fn article(path: &str) -> Analyzed {
        let text = "Seven people were killed.".to_string();
        Analyzed {
            lines: LineIndex::new(&text),
            article: Article {
                path: path.into(),
                key: path.into(),
                body: Span::new(0, text.len()),
                text,
                date: None,
            },
            segments: Segments::default(),
            claims: Claims::default(),
        }
    }

    fn point(v: f64) -> Interval {
        Interval {
            lo: v,
            lo_open: false,
            hi: v,
            hi_open: false,
        }
    }

    fn killed(detail: Detail) -> Finding {
        let exact = |value| {
            FactValue::Figure(Amount {
                value,
                low: None,
                high: None,
                bound: Bound::Exact,
            })
        };
        Finding {
            articles: vec![0, 1],
            ..Finding::new(
                FindingKind::DifferentEvent,
                Severity::Note,
                Subject::Measure(Measure {
                    class: Some(PredicateClass::Kill),
                    unit: "person".into(),
                    of: String::new(),
                    qualifier: String::new(),
                    change: None,
                }),
                vec![exact(7.0), exact(9.0)],
                detail,
                &["a.txt", "b.txt"],
            )
        }
    }

    #[test]
    fn a_rank_conflict_says_ranks_and_a_post_conflict_posts() {
        // Regression: the wording was read from the roles' last words, and "lieutenant
        // general" and "major general" share theirs, so ranks read as posts.
        let articles = [article("a.txt"), article("b.txt")];
        let roles = |ranks: bool, a: &str, b: &str| Finding {
            articles: vec![0, 1],
            ..Finding::new(
                FindingKind::Conflict,
                Severity::Warning,
                Subject::Role {
                    person: "chaudhry".into(),
                    name: "Ahmed Sharif Chaudhry".into(),
                },
                vec![FactValue::Words(a.into()), FactValue::Words(b.into())],
                Detail::Roles { ranks },
                &["a.txt", "b.txt"],
            )
        };
        let ranks = message(
            &articles,
            &roles(true, "lieutenant general", "major general"),
        );
        assert!(
            ranks.contains("is given ranks that cannot both be true"),
            "{ranks}"
        );
        let posts = message(
            &articles,
            &roles(false, "prime minister", "interior minister"),
        );
        assert!(
            posts.contains("is given posts that cannot both be true"),
            "{posts}"
        );
    }

    #[test]
    fn an_agreement_written_in_another_unit_shows_the_measures_unit() {
        // "a 25-minute operation" of a measure in seconds: 1,500, not 25.
        let articles = [article("a.txt"), article("b.txt")];
        let figure = |article| FactFigure {
            side: Side {
                article,
                bearing: None,
                clock: false,
                written: None,
                interval: point(1500.0),
                day: None,
            },
            report: None,
            verdict: FigureVerdict::Agree,
            family: article,
        };
        let mut f = killed(Detail::Fact {
            figures: vec![figure(0), figure(1)],
            running: false,
            independent: 2,
            sources: 2,
        });
        f.kind = FindingKind::Agree;
        f.values = vec![FactValue::Figure(Amount {
            value: 25.0,
            low: None,
            high: None,
            bound: Bound::Exact,
        })];
        let m = message(&articles, &f);
        assert!(m.contains(": 1,500 in a.txt and b.txt"), "{m}");
    }

    #[test]
    fn rewording_a_message_cannot_change_the_fingerprint() {
        let articles = [article("a.txt"), article("b.txt")];
        let day = jiff::civil::date(2025, 11, 25);
        let side = |article, v, day| Side {
            article,
            bearing: None,
            clock: false,
            written: None,
            interval: point(v),
            day,
        };
        let unknown = killed(Detail::Pair {
            sides: [side(0, 7.0, None), side(1, 9.0, None)],
            rewrite: false,
            event: Event::Unknown,
        });
        let elsewhere = killed(Detail::Pair {
            sides: [
                side(0, 7.0, Some((day, Granularity::Night))),
                side(1, 9.0, Some((day, Granularity::Day))),
            ],
            rewrite: false,
            event: Event::Different(Difference::Place),
        });
        assert_eq!(
            message(&articles, &unknown),
            "kill: person: 7 (a.txt) vs 9 (b.txt) — not shown to be the same event (a date is missing), so not called a conflict"
        );
        assert_eq!(
            message(&articles, &elsewhere),
            "kill: person: 7 (a.txt, night to 2025-11-25) vs 9 (b.txt, 2025-11-25) — another place, so not compared as the same event"
        );
        // Different words, same facts: the same fingerprint.
        assert_eq!(unknown.fingerprint, elsewhere.fingerprint);
    }

    #[test]
    fn intervals_read_with_their_open_ends() {
        let open_up = Interval {
            lo: 460.0,
            lo_open: true,
            hi: f64::INFINITY,
            hi_open: false,
        };
        assert_eq!(interval(&open_up), ">460");
        assert_eq!(
            interval(&Interval {
                lo_open: false,
                ..open_up
            }),
            "≥460"
        );
        let below = Interval {
            lo: f64::NEG_INFINITY,
            lo_open: false,
            hi: 18.0,
            hi_open: true,
        };
        assert_eq!(interval(&below), "<18");
        assert_eq!(
            interval(&Interval {
                lo: 450.0,
                hi: 550.0,
                ..point(0.0)
            }),
            "450–550"
        );
        assert_eq!(interval(&point(1_130_000.0)), "1,130,000");
    }
}
