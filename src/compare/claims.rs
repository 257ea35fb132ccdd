//! Claim alignment and verdicts.
//!
//! Figures are grouped by a key — predicate class, unit, and for compound adjectives the noun
//! they describe — so grouping is one hash-map pass, not a comparison of every claim with every
//! other. Inside a group, figures from different articles are judged:
//! - the same event (same resolved day, or the same rewrite) and equal → `agree`;
//!   overlapping intervals → `compatible`; disjoint → `conflict`, or `updated` when a running
//!   count (killed, injured, ...) is raised by a later report;
//! - another day or another named place → `different-event`, shown side by side;
//! - an event that cannot be matched (a side has no date) → `agree` if equal, else
//!   `different-event` with the reason: never a conflict, nor a "compatible", without evidence
//!   that it is the same event. A running count in two dated reports of one place a few days
//!   apart is taken as the same event (a toll being updated).
//!
//! Totals of coordinated nouns ("518 drones and missiles") are checked against parts named in
//! one sentence elsewhere ("22 missiles and more than 460 drones"): `sum-mismatch` unless they
//! add up. A figure under a denial ("denied reports that ... 19 points") is `disputed`, with the
//! figures it contradicts.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

use super::Relations;
use crate::model::article::Analyzed;
use crate::model::claim::{Bound, Granularity, Kind, Quantity, Unit};
use crate::model::finding::{
    Amount, Detail, Difference, Event, Evidence, FactValue, Finding, FindingKind, Interval,
    Measure, Part, PredicateClass, Severity, Side, Subject, SumOutcome,
};

/// Predicate lemmas mapped to one class, so "killed" and "died" meet.
pub fn predicate_class(lemma: &str) -> &str {
    match lemma {
        "kill" | "die" => "kill",
        "wound" | "injure" | "hurt" => "injure",
        "fire" | "launch" => "launch",
        "destroy" | "shoot down" | "intercept" | "down" => "destroy",
        "capture" | "seize" => "capture",
        "arrest" | "detain" => "arrest",
        "rise" | "increase" | "climb" | "jump" | "grow" | "surge" | "soar" | "gain" => "rise",
        "fall" | "drop" | "decrease" | "decline" | "slump" | "plunge" | "slide" | "dip"
        | "shrink" => "fall",
        other => other,
    }
}

/// Verbs too general to say two figures are about the same thing ("is 2", "has 30").
const WEAK: &[&str] = &[
    "be",
    "have",
    "make",
    "take",
    "hold",
    "leave",
    "offer",
    "get",
    "give",
    "come",
    "go",
    "see",
    "find",
    "show",
    "put",
    "set",
    "need",
    "want",
    "use",
    "like",
    "become",
    "remain",
    "stay",
    "keep",
    "include",
    "contain",
    "play",
    "run",
    "mark",
    "average",
    "number",
    "bring",
    "face",
    "account",
    "represent",
    "expect",
    "plan",
    "try",
    "continue",
    "require",
    "cover",
    "reach",
];

/// Counts that grow as a story develops: the tolls of the known classes, and of three verbs
/// that keep their own lemma as their class.
fn running_count(class: Option<&PredicateClass>) -> bool {
    match class {
        Some(PredicateClass::Kill | PredicateClass::Injure | PredicateClass::Arrest) => true,
        Some(PredicateClass::Other(lemma)) => {
            matches!(lemma.as_str(), "evacuate" | "displace" | "rescue")
        }
        _ => false,
    }
}

/// The interval a figure allows: exact is a point, "about" ±`approx`, "at least" and "more
/// than" open upwards, "up to" and "less than" downwards, a range its ends.
fn interval_of(q: &Quantity, approx: f64) -> Interval {
    let v = q.value;
    let closed = |lo, hi| Interval {
        lo,
        lo_open: false,
        hi,
        hi_open: false,
    };
    match q.bound {
        Bound::Exact => closed(v, v),
        Bound::Approx => closed(v * (1.0 - approx), v * (1.0 + approx)),
        Bound::AtLeast => closed(v, f64::INFINITY),
        Bound::MoreThan => Interval {
            lo: v,
            lo_open: true,
            hi: f64::INFINITY,
            hi_open: false,
        },
        Bound::AtMost => closed(f64::NEG_INFINITY, v),
        Bound::LessThan => Interval {
            lo: f64::NEG_INFINITY,
            lo_open: false,
            hi: v,
            hi_open: true,
        },
        Bound::Range => closed(q.low.unwrap_or(v), q.high.unwrap_or(v)),
    }
}

/// One figure as the comparison sees it: a `Quantity` read once per comparison run, with what
/// the verdict rules ask of it and the quantity cannot say by itself — its measure key
/// (predicate class, unit, described noun), the day of the event (not of the report), its
/// place key and whether a locative introduced it, and the interval its hedge allows under
/// the configured tolerance. It borrows the quantity (for its value, sentence and evidence)
/// and is never stored; see `model::claim::Quantity` for the other shapes of a figure.
#[derive(Debug, Clone)]
struct View<'a> {
    article: usize,
    q: &'a Quantity,
    measure: Measure,
    day: Option<(Date, Granularity)>,
    place: Option<(&'a str, bool)>,
    interval: Interval,
}

fn view(article: usize, q: &Quantity, approx: f64) -> Option<View<'_>> {
    if matches!(q.kind, Kind::Ordinal | Kind::Fraction) {
        return None; // a rank or a share of an unnamed whole cannot be aligned safely
    }
    let unit = match q.unit_kind()? {
        // Money and shares are not aligned: a price or a percentage of what is not said.
        Unit::Currency(_) | Unit::Percent(_) => return None,
        u @ (Unit::Measure(_) | Unit::Counted(_)) => u,
    };
    let pred = q.predicate.as_ref();
    if pred.is_some_and(|p| p.negated) {
        return None;
    }
    // A duration ("five hours", "more than four hours") is keyed by its unit and place, not
    // by the verb that carries it ("lasted", "were active for").
    let duration = matches!(
        unit,
        Unit::Measure("second" | "minute" | "hour" | "day" | "night" | "week" | "month" | "year")
    );
    let class = pred
        .map(|p| predicate_class(&p.lemma))
        .filter(|c| !WEAK.contains(c) && !duration)
        .map(PredicateClass::named);
    let described = q
        .counted
        .as_ref()
        .and_then(|c| c.head.clone())
        .unwrap_or_default();
    let day = q
        .time
        .as_ref()
        .filter(|t| !t.of_report)
        .and_then(|t| t.day.map(|d| (d, t.granularity)));
    Some(View {
        article,
        q,
        measure: Measure {
            class,
            unit: unit.name().to_string(),
            of: described,
        },
        day,
        place: q.place.as_ref().map(|p| (p.key.as_str(), p.locative)),
        interval: interval_of(q, approx),
    })
}

pub fn quantity_evidence(article: usize, q: &Quantity) -> Evidence {
    let (span, text) = match &q.hedge {
        Some(h) => (q.span, format!("{h} {}", q.text)),
        None => (q.span, q.text.clone()),
    };
    Evidence {
        article,
        span,
        text,
        value: Some(q.value),
        low: q.low,
        high: q.high,
        bound: Some(q.bound),
        unit: q.unit.clone(),
        sentence: q.sentence,
    }
}

fn same_day(a: (Date, Granularity), b: (Date, Granularity)) -> bool {
    let night = matches!(a.1, Granularity::Night) || matches!(b.1, Granularity::Night);
    let gap = (a.0 - b.0).get_days().abs();
    match (a.1, b.1) {
        (Granularity::Week, _) | (_, Granularity::Week) => gap < 7,
        (Granularity::Month, _) | (_, Granularity::Month) => {
            a.0.year() == b.0.year() && a.0.month() == b.0.month()
        }
        (Granularity::Year, _) | (_, Granularity::Year) => a.0.year() == b.0.year(),
        _ => gap == 0 || (night && gap <= 1),
    }
}

/// Are two figures about the same event? Places separate events only for figures with a
/// predicate (something happened somewhere); a plan's points have no place.
fn event(articles: &[Analyzed], x: &View, y: &View, rel: &Relations) -> Event {
    // Aligned passages of a rewrite pair report the same fact.
    if rel.aligned(x.article, x.q.sentence, y.article, y.q.sentence) {
        return Event::Same;
    }
    if x.measure.class.is_some()
        && let (Some((px, lx)), Some((py, ly))) = (x.place, y.place)
        && px != py
        && lx
        && ly
    {
        return Event::Different(Difference::Place);
    }
    match (x.day, y.day) {
        (Some(a), Some(b)) if same_day(a, b) => Event::Same,
        // One day apart can be one event named from two time zones ("Monday night" in
        // Washington is Tuesday in Kyiv): not evidence either way.
        (Some(a), Some(b))
            if (a.0 - b.0).get_days().abs() == 1
                && matches!((a.1, b.1), (Granularity::Day, Granularity::Day)) =>
        {
            Event::Unknown
        }
        (Some(_), Some(_)) => Event::Different(Difference::Day),
        _ => {
            // Two dated reports of the same place: the same day's reports describe one event,
            // and a running count (a toll) is one event over a few days.
            let (da, db) = (
                articles[x.article].article.date,
                articles[y.article].article.date,
            );
            let window = if running_count(x.measure.class.as_ref()) {
                3
            } else {
                0
            };
            if let (Some(da), Some(db)) = (da, db)
                && (da - db).get_days().abs() <= window
                && x.place.is_some()
                && x.place.map(|p| p.0) == y.place.map(|p| p.0)
            {
                return Event::Same;
            }
            Event::Unknown
        }
    }
}

/// For two reports published on different days: (earlier, later).
fn later_report<'v, 'a>(
    articles: &[Analyzed],
    x: &'v View<'a>,
    y: &'v View<'a>,
) -> Option<(&'v View<'a>, &'v View<'a>)> {
    let (da, db) = (
        articles[x.article].article.date?,
        articles[y.article].article.date?,
    );
    match da.cmp(&db) {
        std::cmp::Ordering::Less => Some((x, y)),
        std::cmp::Ordering::Greater => Some((y, x)),
        std::cmp::Ordering::Equal => None,
    }
}

fn measure_of(v: &View) -> Subject {
    Subject::Measure(v.measure.clone())
}

fn side_of(v: &View) -> Side {
    Side {
        article: v.article,
        interval: v.interval,
        day: v.day,
    }
}

fn figure(v: &View) -> FactValue {
    FactValue::Figure(Amount::of(v.q))
}

/// Judge every group of aligned figures.
pub fn compare_claims(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let mut groups: BTreeMap<(Measure, String), Vec<View>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for q in &a.claims.quantities {
            if let Some(v) = view(i, q, rel.approx) {
                // A bare "two days" (no predicate, no described noun) only aligns with another
                // in the same named place, so the place is part of its key.
                let place = if v.measure.class.is_none() && v.measure.of.is_empty() {
                    match v.place {
                        Some((p, _)) => p.to_string(),
                        None => continue,
                    }
                } else {
                    String::new()
                };
                groups
                    .entry((v.measure.clone(), place))
                    .or_default()
                    .push(v);
            }
        }
    }
    let mut out = Vec::new();
    for views in groups.values() {
        judge_group(articles, views, rel, &mut out);
    }
    out.extend(sums(articles, rel));
    out.extend(disputes(articles, rel));
    out
}

fn judge_group(articles: &[Analyzed], views: &[View], rel: &Relations, out: &mut Vec<Finding>) {
    // Views of each article in the group; pairs come only from articles about the same story
    // (the relation's neighbor lists), so a large group costs its size times the degree, not
    // its size squared.
    let mut by_article: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, v) in views.iter().enumerate() {
        by_article.entry(v.article).or_default().push(k);
    }
    // Only the first figure of each value per article, to keep one finding per fact.
    let mut seen = std::collections::HashSet::new();
    for x in views.iter() {
        if !seen.insert((x.article, x.q.value.to_bits(), x.q.bound)) {
            continue;
        }
        for &b in rel.neighbors(x.article).iter().filter(|&&b| b > x.article) {
            let Some(others) = by_article.get(&b) else {
                continue;
            };
            for &m in others {
                let y = &views[m];
                // In aligned passages, a figure whose value the other passage also has is
                // unchanged; pairing it with a different figure there ("two-horse" vs
                // "eight-horse") is wrong.
                if x.q.value != y.q.value
                    && rel.aligned(x.article, x.q.sentence, y.article, y.q.sentence)
                {
                    let has = |art: usize, sent: crate::text::span::Span, v: f64| {
                        by_article[&art]
                            .iter()
                            .any(|&w| views[w].q.sentence == sent && views[w].q.value == v)
                    };
                    if has(y.article, y.q.sentence, x.q.value)
                        || has(x.article, x.q.sentence, y.q.value)
                    {
                        continue;
                    }
                }
                if let Some(f) = verdict(articles, x, y, rel) {
                    out.push(f);
                }
            }
        }
    }
}

fn verdict(articles: &[Analyzed], x: &View, y: &View, rel: &Relations) -> Option<Finding> {
    let rewrite = rel.rewrite(x.article, y.article);
    let ev = event(articles, x, y, rel);
    let equal =
        x.q.bound == y.q.bound && (x.q.value - y.q.value).abs() <= 1e-9 * x.q.value.abs().max(1.0);
    let overlap = x.interval.overlaps(&y.interval);
    let pair = Detail::Pair {
        sides: [side_of(x), side_of(y)],
        rewrite,
        event: ev,
    };
    let (kind, severity, detail) = match ev {
        Event::Different(_) => (FindingKind::DifferentEvent, Severity::Note, pair),
        Event::Same | Event::Unknown if equal => (FindingKind::Agree, Severity::Note, pair),
        Event::Same
            if running_count(x.measure.class.as_ref())
                && later_report(articles, x, y).is_some() =>
        {
            let (early, late) = later_report(articles, x, y).unwrap_or((x, y));
            (
                FindingKind::Updated,
                Severity::Note,
                Detail::Update {
                    early: side_of(early),
                    late: side_of(late),
                    raised: late.interval.lo >= early.interval.lo,
                },
            )
        }
        Event::Same if overlap => (FindingKind::Compatible, Severity::Note, pair),
        // A running count raised by a later report was handled above: this is a conflict.
        Event::Same => (FindingKind::Conflict, Severity::Error, pair),
        Event::Unknown => (FindingKind::DifferentEvent, Severity::Note, pair),
    };
    let files = [
        articles[x.article].article.key.as_str(),
        articles[y.article].article.key.as_str(),
    ];
    Some(Finding {
        evidence: vec![
            quantity_evidence(x.article, x.q),
            quantity_evidence(y.article, y.q),
        ],
        articles: vec![x.article, y.article],
        ..Finding::new(
            kind,
            severity,
            measure_of(x),
            vec![figure(x), figure(y)],
            detail,
            &files,
        )
    })
}

/// Totals of coordinated nouns against parts named in one sentence of another article.
fn sums(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ti, ta) in articles.iter().enumerate() {
        for total in &ta.claims.quantities {
            let Some(tv) = view(ti, total, rel.approx) else {
                continue;
            };
            let lemmas = match &total.counted {
                Some(c) if c.lemmas.len() >= 2 && c.head.is_none() => &c.lemmas,
                _ => continue,
            };
            for &pi in rel.neighbors(ti) {
                let pa = &articles[pi];
                // Parts: figures of one sentence, same class, one per lemma of the total.
                let mut by_sentence: BTreeMap<(usize, usize), Vec<View>> = BTreeMap::new();
                for q in &pa.claims.quantities {
                    if let Some(v) = view(pi, q, rel.approx)
                        && v.measure.class == tv.measure.class
                        && lemmas.contains(&v.measure.unit)
                    {
                        by_sentence
                            .entry((q.sentence.start, q.sentence.end))
                            .or_default()
                            .push(v);
                    }
                }
                for parts in by_sentence.values() {
                    let mut units: Vec<&str> =
                        parts.iter().map(|p| p.measure.unit.as_str()).collect();
                    units.sort();
                    units.dedup();
                    if units.len() != lemmas.len() || parts.len() != lemmas.len() {
                        continue;
                    }
                    let sum = parts
                        .iter()
                        .skip(1)
                        .fold(parts[0].interval, |acc, p| acc.add(&p.interval));
                    let exact = sum.lo == sum.hi
                        && tv.interval.lo == tv.interval.hi
                        && sum.lo == tv.interval.lo;
                    let ev = event(articles, &tv, &parts[0], rel);
                    let (kind, severity, outcome) = if exact {
                        (FindingKind::Agree, Severity::Note, SumOutcome::AddsUp)
                    } else {
                        match ev {
                            Event::Different(why) => (
                                FindingKind::SumMismatch,
                                Severity::Note,
                                SumOutcome::OtherEvent(why),
                            ),
                            Event::Unknown => (
                                FindingKind::SumMismatch,
                                Severity::Note,
                                SumOutcome::EventUnknown,
                            ),
                            Event::Same if sum.overlaps(&tv.interval) => (
                                FindingKind::SumMismatch,
                                Severity::Warning,
                                SumOutcome::Allowed,
                            ),
                            Event::Same => (
                                FindingKind::SumMismatch,
                                Severity::Error,
                                SumOutcome::Impossible,
                            ),
                        }
                    };
                    let detail = Detail::Sum {
                        parts: parts
                            .iter()
                            .map(|p| Part {
                                interval: p.interval,
                                unit: p.measure.unit.clone(),
                            })
                            .collect(),
                        sum,
                        parts_article: pi,
                        total: side_of(&tv),
                        outcome,
                    };
                    let subject = Subject::Total {
                        class: tv.measure.class.clone(),
                        lemmas: lemmas.clone(),
                    };
                    let mut evidence = vec![quantity_evidence(ti, total)];
                    evidence.extend(parts.iter().map(|p| quantity_evidence(pi, p.q)));
                    let mut values: Vec<FactValue> = parts.iter().map(figure).collect();
                    values.push(figure(&tv));
                    let files = [ta.article.key.as_str(), pa.article.key.as_str()];
                    out.push(Finding {
                        evidence,
                        articles: vec![pi, ti],
                        ..Finding::new(kind, severity, subject, values, detail, &files)
                    });
                }
            }
        }
    }
    out
}

/// Figures reported under a denial, with the figures they contradict.
fn disputes(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        for q in &a.claims.quantities {
            if !q.predicate.as_ref().is_some_and(|p| p.denied) {
                continue;
            }
            let Some(unit) = &q.unit else { continue };
            let mut evidence = vec![quantity_evidence(i, q)];
            let mut asserted = Vec::new();
            for j in std::iter::once(i).chain(rel.neighbors(i).iter().copied()) {
                let b = &articles[j];
                for o in &b.claims.quantities {
                    let denied = o.predicate.as_ref().is_some_and(|p| p.denied);
                    if !denied
                        && o.unit.as_ref() == Some(unit)
                        && o.value != q.value
                        && !matches!(o.kind, Kind::Ordinal)
                    {
                        // Keep one per (article, value).
                        if !asserted
                            .iter()
                            .any(|&(aj, v): &(usize, f64)| aj == j && v == o.value)
                        {
                            asserted.push((j, o.value));
                            evidence.push(quantity_evidence(j, o));
                        }
                    }
                }
            }
            let mut values: Vec<FactValue> = asserted
                .iter()
                .map(|&(_, v)| FactValue::Number(v))
                .collect();
            values.push(FactValue::Denied(q.value));
            let mut files: Vec<&str> = asserted
                .iter()
                .map(|&(j, _)| articles[j].article.key.as_str())
                .collect();
            files.push(a.article.key.as_str());
            let mut involved: Vec<usize> = asserted.iter().map(|&(j, _)| j).collect();
            involved.push(i);
            involved.sort();
            involved.dedup();
            let detail = Detail::Denial {
                figure: q.text.clone(),
                article: i,
                source: q.attribution.as_ref().map(|s| s.source.clone()),
            };
            out.push(Finding {
                evidence,
                articles: involved,
                ..Finding::new(
                    FindingKind::Disputed,
                    Severity::Warning,
                    Subject::Unit(unit.clone()),
                    values,
                    detail,
                    &files,
                )
            });
        }
    }
    out
}
