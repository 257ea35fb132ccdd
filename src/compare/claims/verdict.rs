//! Verdicts per fact: `agree`, `compatible`, `conflict`, `updated`, and `different-event`
//! between the events of one measure.
//!
//! Owns the rules that turn a fact's figures into findings. Each article gives a figure once
//! (the first of each value). Figures that can all be true together form a value cluster
//! (sorted by value, each joining the first cluster all of whose figures it overlaps); a
//! cluster given by two articles or more is an `agree` (the same figure) or `compatible`
//! (hedged figures that can all be true) finding, with its sources counted by rewrite family
//! ("3 sources, 2 of them rewrites of one report"). Clusters that cannot both be true are one
//! `conflict` finding per fact, quoting one figure of each cluster — when both sides say what
//! happened (a class) or share context words, else they are not shown to be the same thing. A
//! running count (a toll) is a timeline instead: its values in report order are one `updated`
//! finding, or a `conflict` when the count falls between reports. A measure split into events
//! gives one `different-event` finding quoting a figure of each. It does not decide which
//! figures are one fact (`fact`), nor whether they are one event (`event`), nor how a finding is
//! worded (`report::message`).

use std::collections::{BTreeSet, HashMap};

use super::super::Relations;
use super::event::{Events, Fact};
use super::key::{
    View, measure_of, modifiers, on_scale, one_clock, one_moment, reported_together, running_count,
    same_value, shared_context, specific_pair,
};
use super::{figure, quantity_evidence, side_of};
use crate::model::article::Analyzed;
use crate::model::claim::{Bound, Kind};
use crate::model::finding::{
    Detail, Difference, FactFigure, FigureVerdict, Finding, FindingKind, Interval, Severity,
};

/// Context words two figures with no class must share to be shown as the same thing in a
/// conflict.
const CONFLICT_CONTEXT: usize = 3;

/// How far apart two events' values may be for a reader to take one for the other.
const CONFUSABLE_RATIO: f64 = 1000.0;

/// How many articles' figures quote each event of a `different-event` finding.
const EVENT_QUOTES: usize = 3;

/// The findings of one measure's events.
pub(super) fn judge(
    articles: &[Analyzed],
    events: &Events,
    rel: &Relations,
    out: &mut Vec<Finding>,
) {
    for fact in &events.facts {
        judge_fact(articles, fact, rel, out);
    }
    if let Some(why) = events.why {
        // Events a reader could confuse: two of them told by two different articles. Days
        // must each be told by an article that does not tell the other: an article giving
        // both (June's 14,000 jobs and July's 73,000) sets them in order itself, where a
        // place beside the headline figure ("170 elsewhere in Libya") is the part a reader
        // takes for the whole.
        let tellers: Vec<Vec<usize>> = events
            .facts
            .iter()
            .map(|f| articles_of(&f.figures.iter().collect::<Vec<_>>()))
            .collect();
        let only = |a: &[usize], b: &[usize]| a.iter().any(|x| !b.contains(x));
        let apart = |a: &[usize], b: &[usize]| match why {
            Difference::Day => only(a, b) && only(b, a),
            _ => a.iter().any(|x| b.iter().any(|y| x != y)),
        };
        // Values a thousand times apart are not taken for each other ("a profit of $1.5bn"
        // and "a profit of 30 cents" a share).
        let spans: Vec<(f64, f64)> = events
            .facts
            .iter()
            .map(|f| {
                f.figures
                    .iter()
                    .map(|v| center(&v.interval).abs())
                    .fold((f64::INFINITY, 0.0_f64), |(lo, hi), c| {
                        (lo.min(c), hi.max(c))
                    })
            })
            .collect();
        let near = |i: usize, j: usize| {
            let ((lo_i, hi_i), (lo_j, hi_j)) = (spans[i], spans[j]);
            hi_i * CONFUSABLE_RATIO >= lo_j && hi_j * CONFUSABLE_RATIO >= lo_i
        };
        // Events whose figures all give one number leave nothing to confuse: "140 mph" told
        // of the landfall by one report and of no day by another is no second event to show.
        let differ = |i: usize, j: usize| {
            events.facts[i].figures.iter().any(|x| {
                events.facts[j]
                    .figures
                    .iter()
                    .any(|y| !can_both_be(x, y) || written(x) != written(y))
            })
        };
        // The figures shown of each event must differ too.
        let shown: Vec<Vec<&View>> = events.facts.iter().map(|f| quoted(f).0).collect();
        let differ = |i: usize, j: usize| {
            differ(i, j)
                && shown[i]
                    .iter()
                    .any(|x| shown[j].iter().any(|y| written(x) != written(y)))
        };
        let confusable = (0..tellers.len()).any(|i| {
            (i + 1..tellers.len())
                .any(|j| near(i, j) && apart(&tellers[i], &tellers[j]) && differ(i, j))
        });
        if !confusable {
            return;
        }
        let quoted: Vec<(Vec<&View>, Vec<&View>)> = events.facts.iter().map(quoted).collect();
        let firsts: Vec<&View> = quoted.iter().flat_map(|(f, _)| f.iter().copied()).collect();
        let detail = Detail::Events {
            figures: firsts.iter().map(|v| side_of(v)).collect(),
            why,
        };
        let mut shown = finding(
            articles,
            FindingKind::DifferentEvent,
            Severity::Note,
            &events.facts[0],
            &firsts,
            detail,
        );
        // The finding rests on every figure its quoted articles give of each event (the lede's
        // toll and the latest one), not only on the first it shows.
        shown.evidence = quoted
            .iter()
            .flat_map(|(_, all)| all.iter())
            .map(|v| quantity_evidence(v.article, v.q))
            .collect();
        out.push(shown);
    }
}

/// How a `different-event` finding quotes one event: from up to `EVENT_QUOTES` of its
/// articles, the first figure of each (shown), and every figure those articles give of it
/// (rested on), in text order.
fn quoted<'v, 'a>(fact: &'v Fact<'a>) -> (Vec<&'v View<'a>>, Vec<&'v View<'a>>) {
    let mut sorted: Vec<&View> = fact.figures.iter().collect();
    sorted.sort_by_key(|v| (v.article, v.q.span.start));
    let mut firsts: Vec<&View> = Vec::new();
    let mut all: Vec<&View> = Vec::new();
    for v in sorted {
        if firsts.last().is_none_or(|w| w.article != v.article) {
            if firsts.len() == EVENT_QUOTES {
                break;
            }
            firsts.push(v);
        }
        all.push(v);
    }
    (firsts, all)
}

/// The figures of a fact that are judged: per article, the first of each value in the text
/// (the lede's figure, not a later restatement).
fn distinct<'v, 'a>(fact: &'v Fact<'a>) -> Vec<&'v View<'a>> {
    let mut seen = std::collections::HashSet::new();
    let mut figures: Vec<&View> = fact.figures.iter().collect();
    figures.sort_by_key(|v| (v.article, v.q.span.start));
    figures.retain(|v| {
        seen.insert((
            v.article,
            v.interval.lo.to_bits(),
            v.interval.hi.to_bits(),
            v.q.bound,
        ))
    });
    figures
}

/// Where a figure sits on the number line, for ordering.
fn center(i: &Interval) -> f64 {
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) => (i.lo + i.hi) / 2.0,
        (true, false) => i.lo,
        (false, true) => i.hi,
        (false, false) => 0.0,
    }
}

/// Figures grouped into clusters that can all be true together, in order of value.
fn clusters<'v, 'a>(figures: &[&'v View<'a>]) -> Vec<Vec<&'v View<'a>>> {
    let mut sorted: Vec<&View> = figures.to_vec();
    sorted.sort_by(|x, y| {
        center(&x.interval)
            .total_cmp(&center(&y.interval))
            .then((x.article, x.q.span.start).cmp(&(y.article, y.q.span.start)))
    });
    let mut out: Vec<Vec<&View>> = Vec::new();
    for v in sorted {
        match out.iter_mut().find(|c| {
            c.iter()
                .all(|w| vague(w) == vague(v) && can_both_be(w, v) && written_close(w, v))
        }) {
            Some(c) => c.push(v),
            None => out.push(vec![v]),
        }
    }
    out
}

/// The cluster most sources give, when at least `CONSENSUS` independent ones (a rewrite
/// family is one) give it and no other cluster has as many articles: beside a conflict its
/// agreement is a finding of its own ("five outlets give magnitude 6.8; one gives 7.2"), as a
/// fact-checker lists the consensus and the outlier, where a split without a clear majority
/// is told by the conflict alone.
fn consensus(groups: &[Vec<&View>], rel: &Relations) -> Option<usize> {
    let counts: Vec<usize> = groups.iter().map(|c| articles_of(c).len()).collect();
    let (best, &most) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    if counts.iter().filter(|&&n| n == most).count() > 1 {
        return None;
    }
    (independent(&families(&articles_of(&groups[best]), rel)) >= CONSENSUS).then_some(best)
}

/// How many independent sources (rewrite families) a family map of articles holds.
fn independent(family: &HashMap<usize, usize>) -> usize {
    let mut roots: Vec<usize> = family.values().copied().collect();
    roots.sort_unstable();
    roots.dedup();
    roots.len()
}

/// Independent sources a value needs to stand as the consensus beside a conflict.
const CONSENSUS: usize = 3;

fn articles_of(figures: &[&View]) -> Vec<usize> {
    let mut a: Vec<usize> = figures.iter().map(|v| v.article).collect();
    a.sort_unstable();
    a.dedup();
    a
}

/// The rewrite family of each article: the smallest article it is a near-duplicate of,
/// transitively, among `arts`.
fn families(arts: &[usize], rel: &Relations) -> HashMap<usize, usize> {
    let mut family: HashMap<usize, usize> = arts.iter().map(|&a| (a, a)).collect();
    for (i, &a) in arts.iter().enumerate() {
        for &b in &arts[i + 1..] {
            if rel.rewrite(a, b) {
                let (fa, fb) = (family[&a], family[&b]);
                let (keep, drop) = (fa.min(fb), fa.max(fb));
                for f in family.values_mut() {
                    if *f == drop {
                        *f = keep;
                    }
                }
            }
        }
    }
    family
}

fn judge_fact(articles: &[Analyzed], fact: &Fact, rel: &Relations, out: &mut Vec<Finding>) {
    let figures = distinct(fact);
    if articles_of(&figures).len() < 2 {
        return;
    }
    // A distance given in directions that cannot both be true ("northeast of Marrakesh",
    // "southwest of Marrakesh") is a conflict whatever its values.
    if let Some((x, y)) = bearing_clash(&figures) {
        let mut conflict = fact_finding(
            articles,
            FindingKind::Conflict,
            Severity::Error,
            fact,
            &figures,
            FigureVerdict::Conflict,
            false,
            rel,
        );
        conflict.evidence = vec![
            quantity_evidence(x.article, x.q),
            quantity_evidence(y.article, y.q),
        ];
        out.push(conflict);
        return;
    }
    // A count's peak is one value, however often reported: not a timeline.
    let running = running_count(fact.measure.class.as_ref()) && !super::key::is_peak(&fact.measure);
    let groups = if running {
        // A running count's figures are agreed only when they give one number: equal, or the
        // same number hedged from below ("26" and "at least 26" are one report of the toll);
        // other hedged figures are points of its timeline.
        let mut equal: Vec<Vec<&View>> = Vec::new();
        for v in &figures {
            match equal
                .iter_mut()
                .find(|c| c.iter().all(|w| same_value(w, v) || one_number(w, v)))
            {
                Some(c) => c.push(v),
                None => equal.push(vec![v]),
            }
        }
        if one_reading(&equal) {
            // One cluster of the numbers; words ("thousands") stay apart and agree on nothing.
            let (words, numbers): (Vec<Vec<&View>>, Vec<Vec<&View>>) =
                equal.into_iter().partition(|c| c.iter().all(|v| vague(v)));
            std::iter::once(numbers.concat()).chain(words).collect()
        } else {
            equal
        }
    } else {
        clusters(&figures)
    };
    // Corroboration: each cluster given by two articles or more.
    let mut agrees: Vec<(usize, Finding)> = Vec::new();
    for (k, c) in groups.iter().enumerate() {
        // "several" beside "dozens" agrees on nothing: two sources must give a number.
        let firm: Vec<&View> = c.iter().copied().filter(|v| !vague(v)).collect();
        if articles_of(c).len() >= 2
            && articles_of(&firm).len() >= 2
            && !background(&fact.measure, c)
        {
            let equal = c.iter().all(|v| same_value(v, c[0]));
            let (kind, verdict) = if equal {
                (FindingKind::Agree, FigureVerdict::Agree)
            } else {
                (FindingKind::Compatible, FigureVerdict::Compatible)
            };
            let mut c = c.clone();
            c.sort_by_key(|v| (v.article, v.q.span.start));
            let agree = fact_finding(
                articles,
                kind,
                Severity::Note,
                fact,
                &c,
                verdict,
                false,
                rel,
            );
            // Copies of one report corroborate nothing: the near-duplicate finding already
            // says they give the same figures. Only sources that give a number count.
            if independent(&families(&articles_of(&firm), rel)) >= 2 {
                agrees.push((k, agree));
            }
        }
    }
    if groups.len() < 2 {
        out.extend(agrees.into_iter().map(|(_, f)| f));
        return;
    }
    if running {
        // A timeline that cannot all be true (a conflict) lists every value with its sources:
        // the agreements on each value are in it, not beside it, as in any conflict. Beside a
        // rising timeline (`updated`) they say which values outlets corroborate.
        let before = out.len();
        timeline(articles, fact, &groups, rel, out);
        let conflict = out
            .get(before)
            .is_some_and(|f| f.kind == FindingKind::Conflict);
        let consensus = consensus(&groups, rel);
        out.extend(
            agrees
                .into_iter()
                .filter(|(k, _)| !conflict || consensus == Some(*k))
                .map(|(_, f)| f),
        );
        return;
    }
    // A conflict: the clusters whose first figures are shown to be the same thing as another
    // cluster's. The finding lists every figure of those clusters, by value, so that one
    // finding says who gives what; their agreements are in it, not beside it.
    let reps = representatives(&groups);
    // A cluster of vague words only ("dozens") contradicts no number.
    let firm = |i: usize| groups[i].iter().any(|v| !vague(v));
    // Two values that every one of their articles gives both of are two things the articles
    // count, not sources contradicting each other.
    let tellers: Vec<Vec<usize>> = groups.iter().map(|c| articles_of(c)).collect();
    let opposed = |i: usize, j: usize| {
        i != j && firm(j) && tellers[i] != tellers[j] && same_thing(reps[i], reps[j], rel)
    };
    let in_conflict: Vec<usize> = (0..reps.len())
        .filter(|&i| firm(i) && (0..reps.len()).any(|j| opposed(i, j)))
        .collect();
    let shown: Vec<&View> = in_conflict.iter().map(|&i| reps[i]).collect();
    if shown.len() >= 2 && articles_of(&shown).len() >= 2 {
        let mut all: Vec<&View> = Vec::new();
        for &i in &in_conflict {
            let mut c = groups[i].clone();
            c.sort_by_key(|v| (v.article, v.q.span.start));
            all.extend(c);
        }
        let consensus = consensus(&groups, rel);
        out.extend(
            agrees
                .into_iter()
                .filter(|(k, _)| !in_conflict.contains(k) || consensus == Some(*k))
                .map(|(_, f)| f),
        );
        let mut conflict = fact_finding(
            articles,
            FindingKind::Conflict,
            Severity::Error,
            fact,
            &all,
            FigureVerdict::Conflict,
            false,
            rel,
        );
        // The quotes it rests on: one figure of each side (each cluster's first source), so
        // that the claims pointed at are the ones that cannot both be true; the others are
        // listed in the message.
        conflict.evidence = shown
            .iter()
            .map(|v| quantity_evidence(v.article, v.q))
            .collect();
        out.push(conflict);
    } else if let Some((i, j)) = sources_apart(&groups, &reps, &tellers, &firm) {
        // Organisers' "nearly 2 million" and the police's "338,000" in the same reports: not
        // two things each article counts, but one its sources give differently. As beside a
        // conflict, the figure most outlets give keeps its agreement.
        let consensus = consensus(&groups, rel);
        out.extend(
            agrees
                .into_iter()
                .filter(|(k, _)| (*k != i && *k != j) || consensus == Some(*k))
                .map(|(_, f)| f),
        );
        let mut all: Vec<&View> = Vec::new();
        for k in [i, j] {
            let mut c = groups[k].clone();
            c.sort_by_key(|v| (v.article, v.q.span.start));
            all.extend(c);
        }
        out.push(fact_finding(
            articles,
            FindingKind::Disputed,
            Severity::Warning,
            fact,
            &all,
            FigureVerdict::Conflict,
            false,
            rel,
        ));
    } else {
        out.extend(agrees.into_iter().map(|(_, f)| f));
    }
}

/// Two clusters of one fact that sources contradict: an article gives both values, they
/// cannot both be true, they are reported on the same days, and each is attributed to a
/// source that the other's figures never name ("organizers said almost 2 million",
/// "according to police, 338,000"). Undated articles are not shown to tell of one event:
/// two articles' "$27m according to X" and "$9.4bn according to Y" may be two deals. The
/// first such pair in cluster order.
fn sources_apart(
    groups: &[Vec<&View>],
    reps: &[&View],
    tellers: &[Vec<usize>],
    firm: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let named: Vec<BTreeSet<&str>> = groups
        .iter()
        .map(|c| {
            c.iter()
                .filter_map(|v| v.q.attribution.as_ref())
                .map(|a| a.key.as_str())
                .filter(|k| !k.is_empty())
                .collect()
        })
        .collect();
    (0..groups.len()).find_map(|i| {
        (i + 1..groups.len())
            .find(|&j| {
                firm(i)
                    && firm(j)
                    && tellers[i].iter().any(|a| tellers[j].contains(a))
                    && !can_both_be(reps[i], reps[j])
                    && reported_together(reps[i], reps[j])
                    && !named[i].is_empty()
                    && !named[j].is_empty()
                    && named[i].is_disjoint(&named[j])
            })
            .map(|j| (i, j))
    })
}

/// Two figures of different articles whose bearings from their place cannot both be true.
fn bearing_clash<'v, 'a>(figures: &[&'v View<'a>]) -> Option<(&'v View<'a>, &'v View<'a>)> {
    let bearing = |v: &View| {
        v.q.reference
            .as_ref()
            .and_then(|r| r.bearing.as_deref())
            .and_then(crate::lexicon::bearing)
    };
    figures.iter().enumerate().find_map(|(i, x)| {
        let bx = bearing(x)?;
        figures[i + 1..]
            .iter()
            .find(|y| {
                y.article != x.article
                    && bearing(y).is_some_and(|by| crate::lexicon::bearings_clash(bx, by))
            })
            .map(|y| (*x, *y))
    })
}

/// Two articles linked directly, or through one article linked to both: close enough in a
/// story for their figures of one measure to be of one event.
fn near(rel: &Relations, a: usize, b: usize) -> bool {
    rel.related(a, b) || rel.neighbors(a).iter().any(|&c| rel.related(c, b))
}

/// A handful of things that nothing is said to happen to, no verb or only a weak one ("two
/// rival governments", "there were three trains", "two groups"), and earlier values: every
/// outlet repeats such background, and their agreeing corroborates nothing a reader checks. Counts that say what
/// happened ("two dams collapsed"), what they describe or whose they are, and measures, are
/// never background.
fn background(measure: &crate::model::finding::Measure, figures: &[&View]) -> bool {
    // The level a figure moved from ("up from 4.1%") is the baseline of the news, not news:
    // its earlier values are compared for conflicts only.
    if super::key::is_earlier(measure) {
        return true;
    }
    measure.class.is_none()
        && measure.of.is_empty()
        && figures.iter().all(|v| {
            let verb =
                v.q.predicate
                    .as_ref()
                    .is_some_and(|p| !crate::lexicon::is_weak_verb(&p.lemma));
            v.q.kind == Kind::Count && !v.held && !verb && v.q.value.abs() < BACKGROUND_BELOW
        })
}

/// Counts below this, with no class, are background (`background`).
const BACKGROUND_BELOW: f64 = 10.0;

/// A figure in vague words ("several", "dozens"), not a number.
fn vague(v: &View) -> bool {
    crate::lexicon::is_vague_number(&v.q.text.to_lowercase())
}

/// One figure of each cluster to quote: the first source's, unless an earlier cluster's
/// quote is from that article and another article gives the figure too — a conflict is shown
/// between two outlets where it can be, not inside one.
fn representatives<'v, 'a>(groups: &[Vec<&'v View<'a>>]) -> Vec<&'v View<'a>> {
    let mut reps: Vec<&View> = Vec::new();
    for c in groups {
        let mut members = c.clone();
        members.sort_by_key(|v| (v.article, v.q.span.start));
        let fresh = members
            .iter()
            .find(|v| reps.iter().all(|r| r.article != v.article));
        reps.push(fresh.copied().unwrap_or_else(|| first(c)));
    }
    reps
}

/// The first source's figure of a cluster.
fn first<'v, 'a>(c: &[&'v View<'a>]) -> &'v View<'a> {
    c.iter()
        .min_by_key(|v| (v.article, v.q.span.start))
        .copied()
        .expect("clusters are not empty")
}

/// Two figures of one fact shown to be about the same thing, in articles near in their story
/// (two articles joined only through a chain of others, by shared names, may be about two
/// events of one kind): both say what happened; or they
/// count what a named holder holds; or they count a noun with the same modifiers, not a money
/// or a share, and share context words.
fn same_thing(x: &View, y: &View, rel: &Relations) -> bool {
    if x.article == y.article || !near(rel, x.article, y.article) || !one_clock(x, y) {
        return false;
    }
    // A money figure or a percentage measures a whole that must be named, or the articles
    // must be linked directly: "rose 9%" and "rose 82%" of two firms' reports say what
    // happened but not to what. Unless its holder is named, it is also of one time only in
    // reports of the same days: "revenue rose 2.3%" and "revenue rose 3.5%" in two undated
    // results stories may be two firms' or two years'.
    let unnamed_whole = |v: &View| matches!(v.q.kind, Kind::Money | Kind::Percent);
    let whole_named = |v: &View| v.q.measured.is_some() || v.held;
    let one_time = reported_together(x, y) || rel.rewrite(x.article, y.article);
    // Sums of money moved ("added $454m", "a $50bn increase to its buyback") are of a whole
    // that must be named even between linked reports: a company's results move many.
    let money_moved = |v: &View| v.q.kind == Kind::Money && v.measure.change.is_some();
    let linked = rel.related(x.article, y.article) && !(money_moved(x) || money_moved(y));
    let whole_known = !(unnamed_whole(x) || unnamed_whole(y))
        || (x.held && y.held)
        || (one_time && ((whole_named(x) && whole_named(y)) || linked));
    if x.measure.class.is_some() && y.measure.class.is_some() && whole_known {
        return true;
    }
    // A reading on a named scale (a quake's magnitude) is of the story's event: other events
    // (an aftershock, an earlier quake) are apart already.
    if on_scale(x) && on_scale(y) {
        return true;
    }
    // Seats of one named party, or its share of the vote: the holder says what they are.
    if x.held {
        return true;
    }
    if super::key::earlier_values_of_one_day(x, y) {
        return true;
    }
    if super::key::one_size(x, y) {
        return true;
    }
    // What follows says neither what happened nor whose: only reports of the same days (or
    // copies of one report) are evidence that they count one thing. Undated articles linked
    // by a shared name ("27 caps" and "43 caps" of two players' profiles) are not.
    if !(reported_together(x, y) || rel.rewrite(x.article, y.article)) {
        return false;
    }
    // Passengers of the story are the story's passengers; a time of day that says nothing
    // else is when the story's event happened ("shortly after 11pm" beside "at 11:11 p.m.").
    if specific_pair(x, y) || one_moment(x, y) {
        return true;
    }
    // A money figure or a percentage with no verb is not shown to be of one thing even when
    // its noun is named: "profit of $104m" and "profit of $2.5bn" may be two companies'.
    // A count that says neither what happened nor whose it is ("10 athletes", "27 caps") is
    // shown to be of one thing only between articles linked directly.
    rel.related(x.article, y.article)
        && !unnamed_whole(x)
        && !unnamed_whole(y)
        && modifiers(x) == modifiers(y)
        && shared_context(x, y) >= CONFLICT_CONTEXT
}

/// A running count's values in report order: `updated`, or `conflict` when a later report
/// gives less than an earlier one can be.
fn timeline(
    articles: &[Analyzed],
    fact: &Fact,
    groups: &[Vec<&View>],
    rel: &Relations,
    out: &mut Vec<Finding>,
) {
    // Only dated reports have a place in time, and only numbers: "several injured" after "at
    // least 50 injured" neither lowers the count nor raises it.
    let mut points: Vec<&View> = groups
        .iter()
        .map(|c| earliest(c))
        .filter(|v| v.report.is_some() && !vague(v))
        .collect();
    if points.len() < 2 || articles_of(&points).len() < 2 {
        return;
    }
    points.sort_by(|x, y| {
        (x.report.is_none(), x.report)
            .cmp(&(y.report.is_none(), y.report))
            .then(center(&x.interval).total_cmp(&center(&y.interval)))
    });
    // The missing are found and the critically injured recover: such a count may fall.
    let varying = fact
        .measure
        .class
        .as_ref()
        .is_some_and(|c| crate::lexicon::is_varying_count(c.as_str()))
        || crate::lexicon::is_varying_count(&fact.measure.qualifier);
    // A later report below an earlier one (of a count that cannot fall), or two independent
    // reports of one day that cannot both be true.
    // A lower figure said to be others, beside the higher value in its own report, counts a
    // further group ("pulled 35 people from the building ... and rescued two others from the
    // debris"): no fall, and no point of the timeline. (A report that gives a lower figure
    // beside a higher one without saying so may be revising it: "revised down to 275 from
    // 288".)
    let also_gives = |y: &View, x: &View| {
        let text = &articles[y.article].article.text;
        let others = text
            .get(y.q.span.end..)
            .map(str::trim_start)
            .is_some_and(|t| t.starts_with("other") || t.starts_with("more "));
        others
            && groups
                .iter()
                .flatten()
                .any(|v| v.article == y.article && v.interval.lo >= x.interval.lo)
    };
    let parts: Vec<usize> = (0..points.len())
        .filter(|&j| {
            points[..j].iter().any(|x| {
                x.report < points[j].report && below(points[j], x) && also_gives(points[j], x)
            })
        })
        .collect();
    let mut k = 0;
    points.retain(|_| {
        k += 1;
        !parts.contains(&(k - 1))
    });
    if points.len() < 2 || articles_of(&points).len() < 2 {
        return;
    }
    let falls = points.iter().enumerate().any(|(i, x)| {
        points[i + 1..].iter().any(|y| match (x.report, y.report) {
            (Some(a), Some(b)) if a < b => !varying && below(y, x) && !also_gives(y, x),
            (Some(a), Some(b)) if a == b => {
                x.article != y.article
                    && !rel.rewrite(x.article, y.article)
                    && (below(y, x) || below(x, y))
            }
            _ => false,
        })
    });
    let (kind, severity, verdict) = if falls {
        (
            FindingKind::Conflict,
            Severity::Error,
            FigureVerdict::Conflict,
        )
    } else {
        (FindingKind::Updated, Severity::Note, FigureVerdict::Updated)
    };
    let mut finding = fact_finding(articles, kind, severity, fact, &points, verdict, true, rel);
    // Each point rests on every statement of its value in its article ("at least 112" in the
    // lede and "confirmed that 112 people had died" below it).
    finding.evidence = points
        .iter()
        .flat_map(|p| {
            groups
                .iter()
                .find(|c| c.iter().any(|v| std::ptr::eq(*v, *p)))
                .into_iter()
                .flatten()
                .filter(|v| v.article == p.article)
                .map(|v| quantity_evidence(v.article, v.q))
        })
        .collect();
    out.push(finding);
}

/// Values of a running count that are one reading, not a rise: each is two-sided (exact,
/// approximate, rounded or a range) and all can be true together. "About 10,000 missing" on
/// one day and "10,100 missing" two days later do not say the count rose; "at least 233
/// dead" and then "288" do, for a bound from below is the count as it stood. Words
/// ("thousands") are no reading and are left out.
fn one_reading(groups: &[Vec<&View>]) -> bool {
    let two_sided = |v: &View| {
        !matches!(
            v.q.bound,
            Bound::AtLeast | Bound::MoreThan | Bound::AtMost | Bound::LessThan
        )
    };
    let numbers: Vec<&Vec<&View>> = groups
        .iter()
        .filter(|c| c.iter().any(|v| !vague(v)))
        .collect();
    let all: Vec<&View> = numbers.iter().copied().flatten().copied().collect();
    numbers.len() >= 2
        && all.iter().all(|v| two_sided(v) && !vague(v))
        && all
            .iter()
            .enumerate()
            .all(|(i, x)| all[i + 1..].iter().all(|y| can_both_be(x, y)))
}

/// The first report of a cluster: the earliest dated, then the first source.
fn earliest<'v, 'a>(c: &[&'v View<'a>]) -> &'v View<'a> {
    c.iter()
        .min_by_key(|v| (v.report.is_none(), v.report, v.article, v.q.span.start))
        .copied()
        .expect("clusters are not empty")
}

/// Is `y` wholly below what `x` allows? Vague counts ("thousands") are below nothing.
fn below(y: &View, x: &View) -> bool {
    let firm = |v: &View| !matches!(v.q.bound, Bound::Range | Bound::AtMost | Bound::LessThan);
    firm(x) && firm(y) && !can_both_be(x, y) && center(&y.interval) < center(&x.interval)
}

/// Can two figures both be true? Their intervals overlap, an open end counting as reached:
/// outlets write "more than 300" and "300" for one figure. Hedges pointing apart from one
/// number are read as written: "as many as one million" and "more than one million" cannot
/// both be true.
fn can_both_be(x: &View, y: &View) -> bool {
    if hedges_apart(x, y) {
        return x.interval.overlaps(&y.interval);
    }
    let closed = |i: &Interval| Interval {
        lo_open: false,
        hi_open: false,
        ..*i
    };
    closed(&x.interval).overlaps(&closed(&y.interval))
}

/// The same number written by two outlets, one of them hedging it from below: "26" and "at
/// least 26", "more than 300" and "300".
fn one_number(x: &View, y: &View) -> bool {
    let from_below = |v: &View| matches!(v.q.bound, Bound::AtLeast | Bound::MoreThan);
    let plain = |v: &View| matches!(v.q.bound, Bound::Exact) || from_below(v);
    plain(x) && plain(y) && written(x) == written(y)
}

/// One figure bounded only from above ("as many as", "nearly"), the other only from below
/// ("more than", "at least").
fn hedges_apart(x: &View, y: &View) -> bool {
    let above = |v: &View| matches!(v.q.bound, Bound::AtMost | Bound::LessThan);
    let below = |v: &View| matches!(v.q.bound, Bound::AtLeast | Bound::MoreThan);
    (above(x) && below(y)) || (below(x) && above(y))
}

/// How far apart, as a ratio, the numbers two outlets write may be and still be one hedged
/// figure: "more than 300" beside "320" is one figure; "over 200" beside "over 300", or "more
/// than 1 million" beside "two million", are two outlets' different figures that happen to
/// overlap.
const HEDGED_SPREAD: f64 = 1.3;

/// The numbers written for two figures are close enough to be one figure when either is a
/// bound. A range says what its outlet knows and is judged by overlap alone.
fn written_close(x: &View, y: &View) -> bool {
    let bounded = |v: &View| {
        matches!(
            v.q.bound,
            Bound::AtLeast | Bound::MoreThan | Bound::AtMost | Bound::LessThan
        )
    };
    if !(bounded(x) || bounded(y)) || x.q.bound == Bound::Range || y.q.bound == Bound::Range {
        return true;
    }
    let (a, b) = (written(x), written(y));
    if !(a > 0.0 && b > 0.0) {
        return true;
    }
    a.max(b) / a.min(b) <= HEDGED_SPREAD
}

/// The number a figure's outlet wrote, in the measure's base unit: the bound of a hedged
/// figure, the middle of a rounded or approximate one.
fn written(v: &View) -> f64 {
    let i = &v.interval;
    match v.q.bound {
        Bound::AtLeast | Bound::MoreThan => i.lo,
        Bound::AtMost | Bound::LessThan => i.hi,
        _ => center(i),
    }
}

#[allow(clippy::too_many_arguments)]
fn fact_finding(
    articles: &[Analyzed],
    kind: FindingKind,
    severity: Severity,
    fact: &Fact,
    figures: &[&View],
    verdict: FigureVerdict,
    running: bool,
    rel: &Relations,
) -> Finding {
    let arts = articles_of(figures);
    let family = families(&arts, rel);
    let detail = Detail::Fact {
        figures: figures
            .iter()
            .map(|v| FactFigure {
                side: side_of(v),
                report: v.report,
                verdict,
                family: family[&v.article],
            })
            .collect(),
        running,
        independent: independent(&family),
        sources: arts.len(),
    };
    finding(articles, kind, severity, fact, figures, detail)
}

fn finding(
    articles: &[Analyzed],
    kind: FindingKind,
    severity: Severity,
    fact: &Fact,
    figures: &[&View],
    detail: Detail,
) -> Finding {
    let files: Vec<&str> = figures
        .iter()
        .map(|v| articles[v.article].article.key.as_str())
        .collect();
    let subject = match fact.figures.first() {
        Some(v) if v.measure == fact.measure => measure_of(v),
        _ => crate::model::finding::Subject::Measure(fact.measure.clone()),
    };
    Finding {
        evidence: figures
            .iter()
            .map(|v| quantity_evidence(v.article, v.q))
            .collect(),
        articles: articles_of(figures),
        ..Finding::new(
            kind,
            severity,
            subject,
            figures.iter().map(|v| figure(v)).collect(),
            detail,
            &files,
        )
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::super::super::Relations;
    use super::super::compare_claims;
    use super::super::fixture::{Fig, article, fig, of_kind, one_story};
    use super::*;
    use crate::model::finding::Difference;

    fn toll(n: f64) -> super::super::fixture::Fig {
        fig(n, "person").did("kill").at("Derna")
    }

    fn pct(v: f64) -> super::super::fixture::Fig {
        fig(v, "percent").kind(Kind::Percent)
    }

    /// A time of day written `text`, `minutes` after midnight, saying nothing of what
    /// happened at it.
    fn clock(minutes: f64, text: &str) -> super::super::fixture::Fig {
        fig(minutes, "time of day")
            .kind(Kind::Clock)
            .in_words(text, &format!("It happened at {text}."))
    }

    #[test]
    fn times_of_day_of_reports_of_one_day_are_the_event_s_time() {
        let day = Some(date(2025, 6, 12));
        // "took off at 1:38 PM" and "took off at around 1:39 PM": a minute apart.
        let articles = [
            article("a.txt", day, vec![clock(818.0, "1:38 PM")]),
            article(
                "b.txt",
                day,
                vec![clock(819.0, "1:39 PM").hedged(Bound::Approx, "around")],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // "shortly after 11pm" beside "at 11:11 pm" can both be true.
        let articles = [
            article(
                "a.txt",
                day,
                vec![clock(1380.0, "11pm").hedged(Bound::MoreThan, "shortly after")],
            ),
            article("b.txt", day, vec![clock(1391.0, "11:11 pm")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Compatible);
        // Undated articles' times are not shown to be of one day's event.
        let articles = [
            article("a.txt", None, vec![clock(540.0, "0900 GMT")]),
            article("b.txt", None, vec![clock(600.0, "1000 GMT")]),
        ];
        assert!(compare_claims(&articles, &one_story(2)).is_empty());
        // Two named zones are two clocks: "6:30 a.m. ET" is not contradicted by "12:30 p.m. CET".
        let articles = [
            article("a.txt", day, vec![clock(390.0, "6:30 a.m. ET")]),
            article("b.txt", day, vec![clock(750.0, "12:30 p.m. CET")]),
        ];
        assert!(
            of_kind(
                &compare_claims(&articles, &one_story(2)),
                FindingKind::Conflict
            )
            .is_empty()
        );
        // Times of two things that happened ("took off", "crashed") are two facts.
        let articles = [
            article("a.txt", day, vec![clock(818.0, "1:38 PM").did("take")]),
            article("b.txt", day, vec![clock(820.0, "1:40 PM").did("crash")]),
        ];
        assert!(
            of_kind(
                &compare_claims(&articles, &one_story(2)),
                FindingKind::Conflict
            )
            .is_empty()
        );
    }

    #[test]
    fn an_approximate_count_and_a_later_count_inside_it_are_one_reading_not_a_rise() {
        let missing = |n: f64| fig(n, "person").did("missing").at("Derna");
        // "about 10,000 missing" on the 13th, "10,100 missing" on the 15th.
        let articles = [
            article(
                "a.txt",
                Some(date(2023, 9, 13)),
                vec![missing(10_000.0).hedged(Bound::Approx, "about")],
            ),
            article("b.txt", Some(date(2023, 9, 15)), vec![missing(10_100.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Compatible);
        // "at least 5,200 dead" and then "11,300": the toll as it stood, then a rise.
        let articles = [
            article(
                "a.txt",
                Some(date(2023, 9, 12)),
                vec![toll(5_200.0).hedged(Bound::AtLeast, "at least")],
            ),
            article("b.txt", Some(date(2023, 9, 15)), vec![toll(11_300.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Updated).len(), 1, "{found:?}");
    }

    /// How many conflicts two articles of one story, reported on `day`, give.
    fn conflicts_between(day: Option<jiff::civil::Date>, a: Vec<Fig>, b: Vec<Fig>) -> usize {
        let articles = [article("a.txt", day, a), article("b.txt", day, b)];
        of_kind(
            &compare_claims(&articles, &one_story(2)),
            FindingKind::Conflict,
        )
        .len()
    }

    #[test]
    fn what_a_counted_few_burned_is_not_what_all_burned() {
        // Regression: "Two fires near Quilpué had burned at least 8,000 hectares" conflicted
        // with the 26,000 hectares all fires had burned.
        let day = Some(date(2024, 2, 4));
        let two = "Two fires near Quilpué had burned at least 8,000 hectares of land.";
        let burned = |n: f64, text: &str, sentence: &str| {
            fig(n, "hectare")
                .kind(Kind::Measure)
                .did("burn")
                .verb_written("burned")
                .in_words(text, sentence)
                .in_sentence(0)
        };
        let few = || burned(8_000.0, "8,000", two).hedged(Bound::AtLeast, "at least");
        let all = "By Sunday fires near Quilpué had burned approximately 26,000 hectares of land.";
        let all = || burned(26_000.0, "26,000", all).hedged(Bound::Approx, "approximately");
        let fires = fig(2.0, "fire").in_words("Two", two).in_sentence(0);
        assert_eq!(conflicts_between(day, vec![fires, few()], vec![all()]), 0);
        // Without the count of fires, the same two figures cannot both be true.
        assert_eq!(conflicts_between(day, vec![few()], vec![all()]), 1);
    }

    #[test]
    fn what_two_places_reach_together_is_not_one_place_s_figure() {
        // Regression: Viña del Mar's 300,000 people and "Viña del Mar and Valparaíso together
        // are home to over a million" were a conflict.
        let day = Some(date(2024, 2, 3));
        let people = |n: f64, text: &str, sentence: &str| {
            fig(n, "person").in_words(text, &format!("{sentence} {text} people."))
        };
        let city = || people(300_000.0, "300,000", "The resort city is home to");
        let over =
            |sentence: &str| people(1e6, "a million", sentence).hedged(Bound::MoreThan, "over");
        let both = over("Viña del Mar and Valparaíso together are home to over");
        assert_eq!(conflicts_between(day, vec![city()], vec![both]), 0);
        // Without "together" the two figures are of one thing and cannot both be true.
        let one = over("The resort city is home to over");
        assert_eq!(conflicts_between(day, vec![city()], vec![one]), 1);
    }

    #[test]
    fn figures_an_article_gives_from_two_sources_are_disputed_not_two_things() {
        let day = Some(date(2019, 6, 16));
        let crowd = |n: f64, text: &str| {
            fig(n, "person").at("Hong Kong").in_words(
                text,
                &format!("{text} people marched in Hong Kong against the bill"),
            )
        };
        let organizers = || {
            crowd(2e6, "2 million")
                .hedged(Bound::LessThan, "almost")
                .said_by("organizers")
        };
        let police = || crowd(338_000.0, "338,000").said_by("police");
        let articles = [
            article("a.txt", day, vec![organizers(), police()]),
            article("b.txt", day, vec![organizers(), police()]),
            article("c.txt", day, vec![organizers(), police()]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        let disputed = of_kind(&found, FindingKind::Disputed);
        assert_eq!(disputed.len(), 1, "{found:?}");
        assert_eq!(disputed[0].evidence.len(), 6);
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
        // With no sources named, they are two things each article counts.
        let articles = [
            article(
                "a.txt",
                day,
                vec![crowd(2e6, "2 million"), crowd(338_000.0, "338,000")],
            ),
            article(
                "b.txt",
                day,
                vec![crowd(2e6, "2 million"), crowd(338_000.0, "338,000")],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Disputed).is_empty(),
            "{found:?}"
        );
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
    }

    #[test]
    fn copies_of_one_report_beside_a_timeline_corroborate_nothing() {
        let (d12, d15) = (Some(date(2023, 9, 12)), Some(date(2023, 9, 15)));
        let articles = [
            article("a.txt", d12, vec![toll(5_300.0)]),
            article("b.txt", d15, vec![toll(11_300.0)]),
            article("c.txt", d15, vec![toll(11_300.0)]),
        ];
        // b and c are one wire report: the timeline lists 11,300, no agreement beside it.
        let wire = Relations::for_tests(3, &[(0, 1), (0, 2), (1, 2)], &[(1, 2)], 0.1);
        let found = compare_claims(&articles, &wire);
        assert_eq!(of_kind(&found, FindingKind::Updated).len(), 1, "{found:?}");
        assert!(of_kind(&found, FindingKind::Agree).is_empty(), "{found:?}");
        // Two independent outlets giving 11,300 corroborate it.
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(of_kind(&found, FindingKind::Agree).len(), 1, "{found:?}");
    }

    #[test]
    fn a_party_s_share_of_the_vote_given_differently_is_a_conflict_and_parties_are_apart() {
        let labour = |v: f64| pct(v).measuring("share", None).held_by("Labour");
        let articles = [
            article("a.txt", None, vec![labour(33.7)]),
            article("b.txt", None, vec![labour(33.8)]),
            // Another party's share is another fact, and a share with no owner meets none.
            article(
                "c.txt",
                None,
                vec![
                    pct(23.7).measuring("share", Some("Conservatives")),
                    pct(40.0).measuring("vote share", None),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Conflict);
        assert_eq!(found[0].evidence.len(), 2);
    }

    #[test]
    fn hedged_totals_far_apart_are_a_conflict_though_both_could_be_true() {
        let salvo =
            |v: f64, bound: Bound, hedge: &str| fig(v, "drone").did("launch").hedged(bound, hedge);
        // "over 200" and "more than 300": literally compatible, two different reported totals.
        let articles = [
            article("a.txt", None, vec![salvo(200.0, Bound::MoreThan, "over")]),
            article(
                "b.txt",
                None,
                vec![salvo(300.0, Bound::MoreThan, "more than")],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // "more than 300" beside 320 is one figure, rounded down by one outlet.
        let articles = [
            article(
                "a.txt",
                None,
                vec![salvo(300.0, Bound::MoreThan, "more than")],
            ),
            article("b.txt", None, vec![fig(320.0, "drone").did("launch")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Compatible);
    }

    #[test]
    fn rises_in_percent_of_an_unnamed_whole_conflict_only_between_linked_reports_of_one_time() {
        use crate::model::claim::Change::Up;
        let rise = |v: f64| pct(v).did("rise").moved(Up);
        // a–b and b–c are linked, a and c only through b: two firms' reports on one day.
        let chain = Relations::for_tests(3, &[(0, 1), (1, 2)], &[], 0.1);
        let articles = [
            article("a.txt", None, vec![rise(9.0)]),
            article("b.txt", None, vec![]),
            article("c.txt", None, vec![rise(82.0)]),
        ];
        let found = compare_claims(&articles, &chain);
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
        // Revenue named on both sides, in reports of one day, is one thing.
        let day = Some(date(2024, 8, 2));
        let articles = [
            article("a.txt", day, vec![rise(9.0).measuring("revenue", None)]),
            article("b.txt", day, vec![]),
            article("c.txt", day, vec![rise(82.0).measuring("revenue", None)]),
        ];
        let found = compare_claims(&articles, &chain);
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // Undated, two results stories' revenue may be two firms' or two years'.
        let articles = [
            article("a.txt", None, vec![rise(9.0).measuring("revenue", None)]),
            article("c.txt", None, vec![rise(82.0).measuring("revenue", None)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
    }

    #[test]
    fn hedges_pointing_apart_from_one_number_cannot_both_be_true() {
        let crowd =
            |bound: Bound, hedge: &str| fig(1e6, "drone").did("launch").hedged(bound, hedge);
        let articles = [
            article("a.txt", None, vec![crowd(Bound::AtMost, "as many as")]),
            article("b.txt", None, vec![crowd(Bound::MoreThan, "more than")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // "up to" and "at least" one number meet at it.
        let articles = [
            article("a.txt", None, vec![crowd(Bound::AtMost, "up to")]),
            article("b.txt", None, vec![crowd(Bound::AtLeast, "at least")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
    }

    #[test]
    fn a_different_event_finding_rests_on_every_figure_its_articles_give_of_each_event() {
        let elsewhere = |n: f64| {
            fig(n, "person")
                .did("kill")
                .at(crate::model::claim::ELSEWHERE)
        };
        let day = Some(date(2023, 9, 15));
        let articles = [
            article(
                "a.txt",
                day,
                vec![
                    toll(5300.0),
                    toll(11_300.0).in_sentence(7),
                    elsewhere(170.0),
                ],
            ),
            article("b.txt", day, vec![toll(11_300.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        let events = of_kind(&found, FindingKind::DifferentEvent);
        assert_eq!(events.len(), 1, "{found:?}");
        let values: Vec<Option<f64>> = events[0].evidence.iter().map(|e| e.value).collect();
        assert!(
            values.contains(&Some(11_300.0)) && values.contains(&Some(170.0)),
            "{values:?}"
        );
        // a's later toll is quoted as well as its first.
        assert_eq!(
            events[0]
                .evidence
                .iter()
                .filter(|e| e.article == 0 && e.value == Some(11_300.0))
                .count(),
            1
        );
    }

    #[test]
    fn two_values_every_article_gives_both_of_are_no_conflict() {
        // Two articles both saying "9 drones" were launched at the city and "15,000 drones"
        // over the war: two things counted, whatever their one measure.
        let drones = |v: f64| fig(v, "drone").did("launch");
        let articles = [
            article("a.txt", None, vec![drones(9.0), drones(15_000.0)]),
            article("b.txt", None, vec![drones(9.0), drones(15_000.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
    }

    #[test]
    fn a_conflict_is_quoted_between_two_outlets_when_one_gives_both_sides() {
        let crowd = |v: f64| fig(v, "drone").did("launch");
        let articles = [
            article("a.txt", None, vec![crowd(338_000.0), crowd(2e6)]),
            article("b.txt", None, vec![crowd(2e6)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        let conflicts = of_kind(&found, FindingKind::Conflict);
        assert_eq!(conflicts.len(), 1, "{found:?}");
        let mut quoted: Vec<usize> = conflicts[0].evidence.iter().map(|e| e.article).collect();
        quoted.sort_unstable();
        assert_eq!(quoted, [0, 1]);
    }

    #[test]
    fn a_distance_from_one_place_in_opposite_directions_is_a_conflict() {
        let km = |v: f64, place: &str, bearing: &str| {
            fig(v, "kilometre")
                .kind(Kind::Measure)
                .distant_from(place, Some(bearing))
        };
        let articles = [
            article("a.txt", None, vec![km(72.0, "marrakesh", "southwest")]),
            article("b.txt", None, vec![km(72.0, "marrakesh", "northeast")]),
            article("c.txt", None, vec![km(72.0, "marrakesh", "south")]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Conflict);
        // South and southwest may be one direction rounded: an agreement.
        let articles = [
            article("a.txt", None, vec![km(72.0, "marrakesh", "southwest")]),
            article("c.txt", None, vec![km(72.0, "marrakesh", "south")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Agree, "{found:?}");
        // The verb that carries a distance does not change what it measures.
        let articles = [
            article(
                "a.txt",
                None,
                vec![km(72.0, "marrakesh", "southwest").did("hit")],
            ),
            article("b.txt", None, vec![km(40.0, "marrakesh", "southwest")]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // Distances from two places are two facts.
        let articles = [
            article("a.txt", None, vec![km(72.0, "marrakesh", "southwest")]),
            article("b.txt", None, vec![km(40.0, "agadir", "northeast")]),
        ];
        assert!(compare_claims(&articles, &one_story(2)).is_empty());
    }

    #[test]
    fn what_a_change_measures_keeps_revenue_apart_from_shares() {
        use crate::model::claim::Change::Down;
        let articles = [
            article(
                "a.txt",
                None,
                vec![pct(1.0).did("fall").moved(Down).measuring("revenue", None)],
            ),
            article(
                "b.txt",
                None,
                vec![pct(20.0).did("fall").moved(Down).measuring("shares", None)],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(found.is_empty(), "{found:?}");
        // Without the nouns, the two falls of one day's reports are one fact that cannot be
        // both.
        let day = Some(date(2024, 8, 2));
        let articles = [
            article("a.txt", day, vec![pct(1.0).did("fall").moved(Down)]),
            article("b.txt", day, vec![pct(20.0).did("fall").moved(Down)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Conflict, "{found:?}");
    }

    #[test]
    fn a_rising_toll_over_three_days_is_one_updated_finding() {
        let articles = [
            article("c.txt", Some(date(2023, 9, 15)), vec![toll(11300.0)]),
            article("a.txt", Some(date(2023, 9, 12)), vec![toll(5200.0)]),
            article("b.txt", Some(date(2023, 9, 14)), vec![toll(5300.0)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!(f.kind, FindingKind::Updated);
        let Detail::Fact {
            figures, running, ..
        } = &f.detail
        else {
            panic!("{:?}", f.detail);
        };
        assert!(*running);
        // In report order, every source's figure.
        let order: Vec<usize> = figures.iter().map(|x| x.side.article).collect();
        assert_eq!(order, vec![1, 2, 0]);
        assert!(figures.iter().all(|x| x.verdict == FigureVerdict::Updated));
    }

    #[test]
    fn the_missing_counted_fewer_each_day_is_an_update_not_a_conflict() {
        let missing = |n| fig(n, "person").did("missing").at("Tai Po");
        let articles = [
            article("a.txt", Some(date(2025, 11, 26)), vec![missing(30.0)]),
            article("b.txt", Some(date(2025, 11, 27)), vec![missing(19.0)]),
            article("c.txt", Some(date(2025, 11, 28)), vec![missing(11.0)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Updated);
        // A toll that falls is still a conflict.
        let articles = [
            article("a.txt", Some(date(2025, 11, 26)), vec![toll(30.0)]),
            article("b.txt", Some(date(2025, 11, 27)), vec![toll(19.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Conflict, "{found:?}");
    }

    #[test]
    fn a_toll_and_the_same_toll_hedged_from_below_are_one_report() {
        // "26 people" and "at least 26 civilians": one number, written two ways.
        let articles = [
            article("a.txt", Some(date(2025, 5, 7)), vec![toll(26.0)]),
            article(
                "b.txt",
                Some(date(2025, 5, 8)),
                vec![
                    fig(26.0, "civilian")
                        .did("kill")
                        .at("Derna")
                        .hedged(Bound::AtLeast, "at least"),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        // One finding, an agreement on the number; no timeline of 26 then "at least 26".
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree);
    }

    #[test]
    fn tolls_of_two_nights_a_week_apart_are_two_events_not_a_timeline() {
        // One night's attack killed nine; a report six days later, of no resolved day, says
        // seven were killed: another night's attack, not a lowered toll.
        let articles = [
            article(
                "a.txt",
                Some(date(2025, 11, 19)),
                vec![toll(9.0).night_to(2025, 11, 19)],
            ),
            article("b.txt", Some(date(2025, 11, 25)), vec![toll(7.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Updated).is_empty(),
            "{found:?}"
        );
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
        assert_eq!(
            of_kind(&found, FindingKind::DifferentEvent).len(),
            1,
            "{found:?}"
        );
        // Reports two days apart of one disaster stay one timeline.
        let articles = [
            article(
                "a.txt",
                Some(date(2023, 9, 12)),
                vec![toll(5200.0).on(2023, 9, 11)],
            ),
            article("b.txt", Some(date(2023, 9, 14)), vec![toll(11300.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Updated).len(), 1, "{found:?}");
    }

    #[test]
    fn a_lower_figure_said_to_be_others_beside_the_count_in_its_own_report_is_no_fall() {
        // "Firefighters pulled 35 people from the building ... and rescued two others from the
        // debris" reported a day after another outlet's 35 rescued: the two is a part.
        let rescued = |n| fig(n, "person").did("rescue");
        let articles = [
            article("a.txt", Some(date(2021, 6, 24)), vec![rescued(35.0)]),
            article(
                "b.txt",
                Some(date(2021, 6, 25)),
                vec![
                    rescued(35.0),
                    rescued(2.0)
                        .in_words("two", "and rescued two others from the debris")
                        .in_sentence(1),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
        // Not said to be others, a lower figure beside the higher one may be a revision.
        let articles = [
            article("a.txt", Some(date(2021, 6, 24)), vec![rescued(35.0)]),
            article(
                "b.txt",
                Some(date(2021, 6, 25)),
                vec![rescued(35.0), rescued(2.0).in_sentence(1)],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // Without the 35 beside it, the later two is a fall.
        let articles = [
            article("a.txt", Some(date(2021, 6, 24)), vec![rescued(35.0)]),
            article("b.txt", Some(date(2021, 6, 25)), vec![rescued(2.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
    }

    #[test]
    fn a_falling_toll_or_two_reports_of_one_day_that_differ_are_a_conflict() {
        let articles = [
            article("a.txt", Some(date(2023, 6, 3)), vec![toll(288.0)]),
            article("b.txt", Some(date(2023, 6, 4)), vec![toll(275.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].kind, found[0].severity),
            (FindingKind::Conflict, Severity::Error)
        );
        // Two outlets agreeing on the 288 that a later report lowers: the agreement is in the
        // conflict, not beside it.
        let articles = [
            article("a.txt", Some(date(2023, 6, 3)), vec![toll(288.0)]),
            article("c.txt", Some(date(2023, 6, 3)), vec![toll(288.0)]),
            article("b.txt", Some(date(2023, 6, 4)), vec![toll(275.0)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Conflict);
        // A point rests on every statement of its value in its article: the lede's "at least
        // 275" and the body's "275".
        let articles = [
            article("a.txt", Some(date(2023, 6, 3)), vec![toll(288.0)]),
            article(
                "b.txt",
                Some(date(2023, 6, 4)),
                vec![
                    toll(275.0).hedged(Bound::AtLeast, "at least"),
                    toll(275.0).in_sentence(9),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].evidence.len(), 3, "{found:?}");
        // Two reports of one day that cannot both be true.
        let articles = [
            article("a.txt", Some(date(2023, 6, 3)), vec![toll(288.0)]),
            article("b.txt", Some(date(2023, 6, 3)), vec![toll(275.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Conflict);
        // A hedged count raised the next day is updated, not compatible.
        let articles = [
            article(
                "a.txt",
                Some(date(2025, 3, 10)),
                vec![toll(12.0).hedged(crate::model::claim::Bound::AtLeast, "at least")],
            ),
            article("b.txt", Some(date(2025, 3, 11)), vec![toll(19.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Updated);
    }

    #[test]
    fn twenty_eight_point_plan_and_28_key_points_are_one_agree() {
        let articles = [
            article(
                "a.txt",
                None,
                vec![
                    fig(28.0, "point")
                        .of("plan")
                        .in_words("28-point", "The new 28-point plan would end the war"),
                ],
            ),
            article(
                "b.txt",
                None,
                vec![
                    fig(28.0, "point")
                        .in_words("28", "Officials went through the 28 key points of the plan"),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree);
        assert_eq!(found[0].articles, vec![0, 1]);
        // Without the plan in its context, the bare 28 points meet nothing.
        let mut articles = articles;
        articles[1] = article(
            "b.txt",
            None,
            vec![fig(28.0, "point").in_words("28", "He scored 28 points in the final game")],
        );
        assert!(compare_claims(&articles, &one_story(2)).is_empty());
    }

    #[test]
    fn counts_of_a_specific_noun_with_no_verb_are_one_fact() {
        // "one of their four wars" and "two of the neighbours' three wars", reported the same
        // day: one fact.
        let day = Some(date(2025, 5, 7));
        let articles = [
            article(
                "a.txt",
                day,
                vec![fig(4.0, "war").in_words("four", "India and Pakistan have fought four wars")],
            ),
            article(
                "b.txt",
                day,
                vec![fig(3.0, "war").in_words("three", "Pakistan and India fought three wars")],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        // Undated, nothing says the two counts are of one time: no conflict.
        let undated: Vec<Analyzed> = articles
            .iter()
            .cloned()
            .map(|mut a| {
                a.article.date = None;
                a
            })
            .collect();
        let found = compare_claims(&undated, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::Conflict).is_empty(),
            "{found:?}"
        );
        // Three trains and over 150 trains are not one set; nor are people, too general.
        for (a, b) in [
            (fig(3.0, "train"), fig(150.0, "train")),
            (fig(4.0, "person"), fig(3.0, "person")),
        ] {
            let articles = [
                article("a.txt", None, vec![a]),
                article("b.txt", None, vec![b]),
            ];
            assert!(compare_claims(&articles, &one_story(2)).is_empty());
        }
        // "169 passengers were Indian" is a part of the 230 passengers, not a rival count.
        let articles = [
            article("a.txt", None, vec![fig(230.0, "passenger")]),
            article(
                "b.txt",
                None,
                vec![fig(169.0, "passenger").modified(&["were Indian"])],
            ),
        ];
        assert!(compare_claims(&articles, &one_story(2)).is_empty());
    }

    #[test]
    fn one_hundred_seventy_and_160_drones_the_same_night_conflict() {
        let night = |n| fig(n, "drone").did("launch").night_to(2024, 4, 14);
        let articles = [
            article("a.txt", Some(date(2024, 4, 14)), vec![night(170.0)]),
            article("b.txt", Some(date(2024, 4, 14)), vec![night(160.0)]),
            article("c.txt", Some(date(2024, 4, 14)), vec![night(170.0)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        let conflicts = of_kind(&found, FindingKind::Conflict);
        assert_eq!(conflicts.len(), 1, "{found:?}");
        // One finding for the fact, every source's figure in it: the two 170s and the 160.
        assert_eq!(conflicts[0].articles, vec![0, 1, 2]);
        // The two 170s agree inside it, not in a finding of their own.
        assert!(of_kind(&found, FindingKind::Agree).is_empty(), "{found:?}");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_change_never_agrees_or_conflicts_with_a_level() {
        use crate::model::claim::{Change, Kind};
        // "Shares slid 20% on Thursday" against "shares fell to 20% of their peak": one is how
        // far they moved, the other where they stand.
        let slid = |n: f64| {
            fig(n, "percent")
                .kind(Kind::Percent)
                .did("slide")
                .on(2024, 8, 1)
        };
        let day = Some(date(2024, 8, 2));
        let pair = |a: super::super::fixture::Fig, b: super::super::fixture::Fig| {
            let articles = [
                article("a.txt", day, vec![a]),
                article("b.txt", day, vec![b]),
            ];
            compare_claims(&articles, &one_story(2))
        };
        assert!(pair(slid(20.0).moved(Change::Down), slid(20.0)).is_empty());
        assert!(pair(slid(20.0).moved(Change::Down), slid(19.0)).is_empty());
        // Two falls of one session that differ conflict, under a subject that says so.
        let found = pair(
            slid(20.0).moved(Change::Down),
            slid(19.0).moved(Change::Down),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Conflict);
        assert_eq!(found[0].subject.to_string(), "fall: percent (change down)");
        // Two levels of it still meet as before.
        let found = pair(slid(20.0), slid(19.0));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject.to_string(), "fall: percent");
    }

    #[test]
    fn classless_figures_conflict_only_in_a_shared_context() {
        let said = |n: f64, text: &str, words: &str| fig(n, "passenger").in_words(text, words);
        let apart = [
            article(
                "a.txt",
                None,
                vec![said(2000.0, "2,000", "The train carried 2,000 passengers")],
            ),
            article(
                "b.txt",
                None,
                vec![said(230.0, "230", "Of the 230 passengers on the plane")],
            ),
        ];
        assert!(compare_claims(&apart, &one_story(2)).is_empty());
        let together = [
            article(
                "a.txt",
                Some(date(2023, 6, 3)),
                vec![said(
                    2000.0,
                    "2,000",
                    "The Coromandel Express carried 2,000 passengers from Howrah",
                )],
            ),
            article(
                "b.txt",
                Some(date(2023, 6, 3)),
                vec![said(
                    2500.0,
                    "2,500",
                    "The Coromandel Express was carrying 2,500 passengers from Howrah",
                )],
            ),
        ];
        let found = compare_claims(&together, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
    }

    #[test]
    fn a_missing_date_alone_is_not_a_different_event() {
        let launched = |n| fig(n, "drone").did("launch");
        let articles = [
            article("a.txt", None, vec![launched(460.0).night_to(2025, 11, 25)]),
            article("b.txt", None, vec![launched(460.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::DifferentEvent).is_empty(),
            "{found:?}"
        );
        assert_eq!(of_kind(&found, FindingKind::Agree).len(), 1);
    }

    #[test]
    fn other_nights_are_one_different_event_finding_per_fact() {
        let launched = |n, d| fig(n, "drone").did("launch").night_to(2025, 11, d);
        let articles = [
            article("a.txt", None, vec![launched(518.0, 19)]),
            article("b.txt", None, vec![launched(460.0, 25)]),
            article("c.txt", None, vec![launched(470.0, 25)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        let diff = of_kind(&found, FindingKind::DifferentEvent);
        assert_eq!(diff.len(), 1, "{found:?}");
        assert!(matches!(
            diff[0].detail,
            Detail::Events {
                why: Difference::Day,
                ..
            }
        ));
        // 460 and 470 on the 25th: a conflict; the 518 of the 19th is not compared with them.
        let conflicts = of_kind(&found, FindingKind::Conflict);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].articles, vec![1, 2]);
    }

    #[test]
    fn values_a_thousand_times_apart_are_no_different_event() {
        let launched = |n, d| fig(n, "drone").did("launch").night_to(2025, 11, d);
        let events = |n| {
            let articles = [
                article("a.txt", None, vec![launched(518.0, 19)]),
                article("b.txt", None, vec![launched(n, 25)]),
            ];
            of_kind(
                &compare_claims(&articles, &one_story(2)),
                FindingKind::DifferentEvent,
            )
            .len()
        };
        assert_eq!(events(460.0), 1);
        assert_eq!(events(600_000.0), 0);
    }

    #[test]
    fn another_day_told_only_beside_this_one_is_no_different_event() {
        let launched = |n, d| fig(n, "drone").did("launch").night_to(2025, 11, d);
        // `a` gives both nights, `b` only the second: `a` sets them apart itself.
        let articles = [
            article(
                "a.txt",
                None,
                vec![launched(518.0, 19), launched(460.0, 25)],
            ),
            article("b.txt", None, vec![launched(460.0, 25)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(
            of_kind(&found, FindingKind::DifferentEvent).is_empty(),
            "{found:?}"
        );
        assert_eq!(of_kind(&found, FindingKind::Agree).len(), 1);
    }

    #[test]
    fn the_consensus_beside_a_conflict_is_an_agreement_of_its_own() {
        let launched = |n| fig(n, "drone").did("launch").night_to(2025, 11, 25);
        let articles: Vec<Analyzed> = [300.0, 300.0, 300.0, 200.0]
            .iter()
            .enumerate()
            .map(|(i, &n)| article(&format!("{i}.txt"), None, vec![launched(n)]))
            .collect();
        let found = compare_claims(&articles, &one_story(4));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        let agree = of_kind(&found, FindingKind::Agree);
        assert_eq!(agree.len(), 1, "{found:?}");
        assert_eq!(agree[0].articles, vec![0, 1, 2]);
        // Two against one is no consensus: the conflict tells it alone.
        let found = compare_claims(&articles[1..], &one_story(3));
        assert_eq!(of_kind(&found, FindingKind::Conflict).len(), 1, "{found:?}");
        assert!(of_kind(&found, FindingKind::Agree).is_empty(), "{found:?}");
        // Three outlets of which two are one report's rewrites are two sources.
        let all = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)];
        let rel = Relations::for_tests(4, &all, &[(0, 1)], 0.1);
        let found = compare_claims(&articles, &rel);
        assert!(of_kind(&found, FindingKind::Agree).is_empty(), "{found:?}");
    }

    #[test]
    fn copies_of_one_report_alone_are_no_agreement() {
        // Regression: two outlets running one wire text gave an `agree` that corroborated
        // nothing.
        let plan = |n| fig(n, "point").of("plan");
        let articles = [
            article("a.txt", None, vec![plan(28.0)]),
            article("b.txt", None, vec![plan(28.0)]),
        ];
        let copies = Relations::for_tests(2, &[(0, 1)], &[(0, 1)], 0.1);
        assert!(compare_claims(&articles, &copies).is_empty());
        assert_eq!(compare_claims(&articles, &one_story(2)).len(), 1);
        // A third outlet's "hundreds" gives no number: still one source.
        let missing = |n| {
            fig(n, "person")
                .did("miss")
                .in_words("200", "200 people are missing.")
        };
        let mut hundreds = fig(200.0, "person")
            .did("miss")
            .in_words("Hundreds", "Hundreds are missing.");
        hundreds.q.bound = Bound::Range;
        (hundreds.q.low, hundreds.q.high) = (Some(200.0), Some(999.0));
        let articles = [
            article("a.txt", None, vec![missing(200.0)]),
            article("b.txt", None, vec![missing(200.0)]),
            article("c.txt", None, vec![hundreds]),
        ];
        let copies = Relations::for_tests(3, &[(0, 1), (0, 2), (1, 2)], &[(0, 1)], 0.1);
        assert!(
            of_kind(&compare_claims(&articles, &copies), FindingKind::Agree).is_empty(),
            "{:?}",
            compare_claims(&articles, &copies)
        );
    }

    #[test]
    fn rewrites_count_as_one_source() {
        let plan = |n| fig(n, "point").of("plan");
        let articles = [
            article("a.txt", None, vec![plan(28.0)]),
            article("b.txt", None, vec![plan(28.0)]),
            article("c.txt", None, vec![plan(28.0)]),
        ];
        let rel = Relations::for_tests(3, &[(0, 2), (1, 2)], &[(0, 1)], 0.1);
        let found = compare_claims(&articles, &rel);
        assert_eq!(found.len(), 1);
        let Detail::Fact {
            independent,
            sources,
            figures,
            ..
        } = &found[0].detail
        else {
            panic!("{:?}", found[0].detail);
        };
        assert_eq!((*independent, *sources), (2, 3));
        assert_eq!(figures[0].family, figures[1].family);
        assert_ne!(figures[0].family, figures[2].family);
    }

    #[test]
    fn a_handful_of_things_nothing_happens_to_is_background_not_an_agreement() {
        let governments = |n| {
            fig(n, "government").in_words(
                "two",
                "Libya has two rival governments, in Tripoli and Benghazi.",
            )
        };
        let articles = [
            article("a.txt", None, vec![governments(2.0)]),
            article("b.txt", None, vec![governments(2.0)]),
        ];
        assert!(compare_claims(&articles, &one_story(2)).is_empty());
        // "Two dams collapsed": something happened to them.
        let dams = |n| {
            fig(n, "dam").did("collapse").in_words(
                "two",
                "The flood swept through Derna after two dams collapsed.",
            )
        };
        let articles = [
            article("a.txt", None, vec![dams(2.0)]),
            article("b.txt", None, vec![dams(2.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&found, FindingKind::Agree).len(), 1, "{found:?}");
    }

    #[test]
    fn magnitudes_of_one_quake_differ_and_an_aftershock_is_another_event() {
        let magnitude = |v: f64| fig(v, "magnitude").kind(Kind::Measure);
        let aftershock = |v: f64| {
            magnitude(v).in_words(
                "4.9",
                "An aftershock of magnitude 4.9 followed 19 minutes later.",
            )
        };
        let articles = [
            article(
                "a.txt",
                None,
                vec![magnitude(6.8).in_words(
                    "6.8",
                    "The earthquake near Marrakesh had a magnitude of 6.8.",
                )],
            ),
            article(
                "b.txt",
                None,
                vec![
                    magnitude(7.2).in_words(
                        "7.2",
                        "The earthquake near Marrakesh measured 7.2 in magnitude.",
                    ),
                    aftershock(4.9),
                ],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        let conflicts = of_kind(&found, FindingKind::Conflict);
        assert_eq!(conflicts.len(), 1, "{found:?}");
        // The aftershock is not a side of the conflict: it is another event of the measure.
        assert!(conflicts[0].evidence.iter().all(|e| e.value != Some(4.9)));
        let events = of_kind(&found, FindingKind::DifferentEvent);
        assert_eq!(events.len(), 1, "{found:?}");
        assert!(matches!(
            events[0].detail,
            Detail::Events {
                why: Difference::Occurrence,
                ..
            }
        ));
    }

    #[test]
    fn articles_about_other_stories_are_not_compared() {
        let killed = |n| fig(n, "person").did("kill").on(2025, 11, 25);
        let articles = [
            article("a.txt", None, vec![killed(7.0)]),
            article("b.txt", None, vec![killed(9.0)]),
        ];
        let unrelated = Relations::for_tests(2, &[], &[], 0.1);
        assert!(compare_claims(&articles, &unrelated).is_empty());
    }

    #[test]
    fn one_figure_per_value_per_article() {
        // "the 28-point plan" twice in one article and once in another.
        let points = |n| fig(n, "point").of("plan");
        let articles = [
            article("a.txt", None, vec![points(28.0), points(28.0)]),
            article("b.txt", None, vec![points(28.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].evidence.len(), 2);
    }
}
