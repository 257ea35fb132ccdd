//! Whether figures of one measure are about the same event.
//!
//! Owns the evidence rules. Inside a fact, figures are one event unless there is evidence
//! against it (`partition`): a figure whose resolved day lies well before its own report (more
//! than the report lag: "the April attack" in a May article) is about an earlier event; two
//! resolved days that are not the same day (a night and the day it ends on, a week, a month, a
//! year; one day apart is not evidence, time zones) separate events that are not running counts
//! (a toll's days are its report times); two named places (with locatives) of which neither
//! contains the other (`places_disjoint`) separate events that happened somewhere. A missing
//! date or place is never evidence of another event: such a figure belongs to the event of its
//! report time. Pairwise, for totals against parts (`event`), the old rule stands: no evidence
//! either way is `Unknown`. It does not say what follows from the answer (`verdict`, `sums`).

use jiff::civil::Date;

use super::super::Relations;
use super::key::{REPORT_LAG_DAYS, View, distinctive, is_earlier, running_count, same_value};
use crate::model::article::Analyzed;
use crate::model::claim::Granularity;
use crate::model::finding::{Difference, Event, Measure};

/// One fact of a story: a measure and the figures of one event, from any of the story's
/// articles.
#[derive(Debug, Clone)]
pub(super) struct Fact<'a> {
    pub(super) measure: Measure,
    pub(super) figures: Vec<View<'a>>,
}

/// Figures of one measure split into events: the facts, and for each pair of events that a
/// reader could confuse, what tells them apart.
#[derive(Debug, Clone)]
pub(super) struct Events<'a> {
    pub(super) facts: Vec<Fact<'a>>,
    /// Why the events differ, if there is more than one.
    pub(super) why: Option<Difference>,
}

/// Are two figures about the same event? Places separate events only for figures with a
/// predicate (something happened somewhere); a plan's points have no place.
pub(super) fn event(articles: &[Analyzed], x: &View, y: &View, rel: &Relations) -> Event {
    // Aligned passages of a rewrite pair report the same fact.
    if rel.aligned(x.article, x.q.sentence, y.article, y.q.sentence) {
        return Event::Same;
    }
    if let Some(e) = by_place(x, y) {
        return e;
    }
    match (x.day, y.day) {
        (Some(a), Some(b)) => by_days(a, b),
        _ => by_reports(articles, x, y),
    }
}

/// Two places named with locatives, neither containing the other, for something that
/// happened.
fn by_place(x: &View, y: &View) -> Option<Event> {
    if x.measure.class.is_some()
        && let (Some(px), Some(py)) = (located(x), located(y))
        && places_disjoint(px, py)
    {
        return Some(Event::Different(Difference::Place));
    }
    None
}

/// The place a figure happened in: named with a locative ("in Kyiv"), not an actor ("Russia
/// fired").
pub(super) fn located<'a>(v: &View<'a>) -> Option<&'a str> {
    v.place.filter(|p| p.1).map(|p| p.0)
}

/// Are two places (identity keys) known to be apart, neither containing the other? The one
/// question events ask of geography, answered by the gazetteer: only `Disjoint` is evidence
/// of two places ("kyiv", "lviv"); one place, containment either way, overlap, and a place it
/// cannot locate are not ("derna" in "eastern libya", "krasnodar" in "southern russia", a town
/// it does not list beside a country). Only when it knows neither phrase does the key rule of
/// `places_apart_by_words` decide.
pub(super) fn places_disjoint(a: &str, b: &str) -> bool {
    use crate::lexicon::gazetteer::{Gazetteer, PlaceRelation};
    if a == b {
        return false;
    }
    // "In other parts of the country" is away from every named place but a country.
    let elsewhere = crate::model::claim::ELSEWHERE;
    if a == elsewhere || b == elsewhere {
        let other = if a == elsewhere { b } else { a };
        return !crate::lexicon::is_country(other);
    }
    let g = Gazetteer::get();
    if g.read_phrase(a).is_empty() && g.read_phrase(b).is_empty() {
        return places_apart_by_words(a, b);
    }
    g.relation(a, b) == PlaceRelation::Disjoint
}

/// Two places the gazetteer does not know: a name contains another whose words it has
/// ("southern x" contains "x"); a country (or capital) and a place that is not one may
/// contain each other (unknown, so not apart); two other different places are apart.
fn places_apart_by_words(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w)) {
        return false;
    }
    // A country (or a region of one: "eastern libya") may contain a place it is named beside.
    let country = |k: &str, words: &[&str]| {
        let listed = |w: &str| crate::lexicon::is_country(w) && !crate::lexicon::is_listed_city(w);
        listed(k) || words.last().is_some_and(|w| listed(w))
    };
    !(country(a, &wa) || country(b, &wb)) || (country(a, &wa) && country(b, &wb))
}

/// How many days before its report a past period may end and still be the one event an
/// undated figure beside it is of: a month's results, a quarter's, reported weeks after.
const RECENT_DAYS: i64 = 45;

/// The last day a resolved time names.
fn last_day(d: Date, g: Granularity) -> Date {
    let end = match g {
        Granularity::Day | Granularity::Night => Some(d),
        Granularity::Week => d.checked_add(jiff::Span::new().days(6)).ok(),
        Granularity::Month => d.last_of_month().into(),
        Granularity::Quarter => d
            .checked_add(jiff::Span::new().months(2))
            .ok()
            .map(|m| m.last_of_month()),
        Granularity::Year => jiff::civil::Date::new(d.year(), 12, 31).ok(),
    };
    end.unwrap_or(d)
}

/// Is a figure's resolved day well before its own report (an earlier event, told as
/// background)?
pub(super) fn before_its_report(v: &View) -> bool {
    match (v.day, v.report) {
        (Some((d, g)), Some(r)) => (r - last_day(d, g)).get_days() as i64 > REPORT_LAG_DAYS,
        _ => false,
    }
}

/// Two times of one measure that are not one event: for a running count (a toll, counted
/// over the days after its event) days further apart than the report lag, for other figures
/// days that are not the same (`days_apart`).
fn apart(a: (Date, Granularity), b: (Date, Granularity), running: bool) -> bool {
    let daily = |g: Granularity| matches!(g, Granularity::Day | Granularity::Night);
    if running && daily(a.1) && daily(b.1) {
        (a.0 - b.0).get_days().abs() as i64 > REPORT_LAG_DAYS
    } else {
        days_apart(a, b)
    }
}

/// Two resolved days that are not one event (not the same day, nor one day apart).
pub(super) fn days_apart(a: (Date, Granularity), b: (Date, Granularity)) -> bool {
    by_days(a, b) == Event::Different(Difference::Day)
}

/// Two resolved days.
fn by_days(a: (Date, Granularity), b: (Date, Granularity)) -> Event {
    if same_day(a, b) {
        Event::Same
    } else if (a.0 - b.0).get_days().abs() == 1
        && matches!((a.1, b.1), (Granularity::Day, Granularity::Day))
    {
        // One day apart can be one event named from two time zones ("Monday night" in
        // Washington is Tuesday in Kyiv): not evidence either way.
        Event::Unknown
    } else {
        Event::Different(Difference::Day)
    }
}

fn same_day(a: (Date, Granularity), b: (Date, Granularity)) -> bool {
    let night = matches!(a.1, Granularity::Night) || matches!(b.1, Granularity::Night);
    let gap = (a.0 - b.0).get_days().abs();
    // The coarser time decides: a year contains its months and weeks ("last year" and
    // "February 2023" are one time), a month its weeks.
    match (a.1, b.1) {
        (Granularity::Year, _) | (_, Granularity::Year) => a.0.year() == b.0.year(),
        (Granularity::Quarter, _) | (_, Granularity::Quarter) => {
            a.0.year() == b.0.year() && (a.0.month() - 1) / 3 == (b.0.month() - 1) / 3
        }
        (Granularity::Month, _) | (_, Granularity::Month) => {
            a.0.year() == b.0.year() && a.0.month() == b.0.month()
        }
        (Granularity::Week, _) | (_, Granularity::Week) => gap < 7,
        _ => gap == 0 || (night && gap <= 1),
    }
}

/// No resolved day on one side: two dated reports of the same place. The same day's reports
/// describe one event, and a running count (a toll) is one event over a few days.
fn by_reports(articles: &[Analyzed], x: &View, y: &View) -> Event {
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

/// Figures of one event, and its resolved day if it has one.
type Dated<'a> = (Option<(Date, Granularity)>, Vec<View<'a>>);

/// One measure's figures split into events where there is evidence of another: figures
/// dated well before their report (earlier events, by day); for counts that do not run,
/// resolved days apart (a figure with no day joins the event of its report day, or the only
/// dated one); for something that happened, places apart. The facts keep the order of their
/// first figures.
pub(super) fn partition(views: Vec<View<'_>>) -> Events<'_> {
    let measure = fullest(&views);
    let running = running_count(measure.class.as_ref());
    let mut events: Vec<Dated> = Vec::new();
    let mut current = Vec::new();
    for v in views {
        match v.day {
            Some(d) if before_its_report(&v) => push_by_day(&mut events, d, v, false),
            _ => current.push(v),
        }
    }
    // An undated figure giving the distinctive value of an earlier event's figure in another
    // article is of that event ("lost $1.6bn in the April-June period" and "a $1.6bn loss"),
    // unless a figure dates an event of the report's own days: then the value may be chance
    // (26 killed in April, 26 killed the night before a May report).
    // A period running at the report (this quarter's guidance) dates no day's event.
    let recent = current.iter().any(|v| {
        v.day
            .is_some_and(|(_, g)| !matches!(g, Granularity::Quarter | Granularity::Year))
    });
    let mut rest = Vec::new();
    for v in current {
        let home = events.iter_mut().find(|(_, figs)| {
            !recent
                && v.day.is_none()
                && figs.iter().any(|w| {
                    w.article != v.article
                        && (distinctive(w) || is_earlier(&v.measure))
                        && same_value(w, &v)
                })
        });
        match home {
            Some(e) => e.1.push(v),
            None => rest.push(v),
        }
    }
    let current = rest;
    let mut why = (!events.is_empty()).then_some(Difference::Day);
    if current.iter().all(|v| v.day.is_none()) {
        // Undated figures beside one recent, past period of a measure that does not run
        // ("revenue for its second quarter ... $30.4 billion" beside the quarter ended July
        // 28, a month before the reports): nothing says they are of another, and a reader
        // takes them for that one.
        let only_recent = events.len() == 1
            && !running
            && events[0].0.is_some_and(|(d, g)| {
                // A period's figures sum it up; a day's are of what happened that day (the
                // first round of a vote), which a later one may not be.
                matches!(
                    g,
                    Granularity::Month | Granularity::Quarter | Granularity::Year
                ) && current.iter().all(|v| {
                    v.report
                        .is_some_and(|r| (r - last_day(d, g)).get_days() as i64 <= RECENT_DAYS)
                })
            });
        if only_recent {
            events[0].1.extend(current);
            why = None;
        } else if !current.is_empty() {
            events.push((None, current));
        }
    } else {
        let mut dated: Vec<Dated> = Vec::new();
        let mut undated = Vec::new();
        for v in current {
            match v.day {
                Some(d) => push_by_day(&mut dated, d, v, running),
                None => undated.push(v),
            }
        }
        let mut alone = Vec::new();
        for v in undated {
            let on_report = v.report.and_then(|r| {
                dated
                    .iter()
                    .position(|(d, _)| d.is_some_and(|d| !apart(d, (r, Granularity::Day), running)))
            });
            // The only dated event takes an undated figure unless the figure's report is
            // well after it: a toll reported six days after one night's attack is of another.
            // An earlier value ("from 4.1%") is before its report by what it is.
            let only = (dated.len() == 1
                && (is_earlier(&v.measure)
                    || !matches!((dated[0].0, v.report), (Some(d), Some(r))
                    if (r - last_day(d.0, d.1)).get_days() as i64 > REPORT_LAG_DAYS)))
            .then_some(0);
            match on_report.or(only) {
                Some(i) => dated[i].1.push(v),
                None => alone.push(v),
            }
        }
        let dated = by_identity(dated, false);
        if dated.len() > 1 || (!dated.is_empty() && !alone.is_empty()) {
            why = Some(Difference::Day);
        }
        events.extend(dated);
        if !alone.is_empty() {
            events.push((None, alone));
        }
    }
    // An earlier event and a current one meet on the same distinctive figure too: a quarter
    // "ended July 28" and a calendar "second quarter" are one company's one quarter.
    let events = by_identity(events, true);
    let mut facts = Vec::new();
    for (_, figures) in events {
        let (figures, others) = by_occurrence(figures);
        if !others.is_empty() && why.is_none() {
            why = Some(Difference::Occurrence);
        }
        let parts = if figures.is_empty() {
            Vec::new()
        } else if measure.class.is_some() {
            by_places(figures)
        } else {
            vec![figures]
        };
        if parts.len() > 1 && why.is_none() {
            why = Some(Difference::Place);
        }

        facts.extend(parts.into_iter().map(|figures| Fact {
            measure: measure.clone(),
            figures,
        }));
        facts.extend(others.into_iter().map(|figures| Fact {
            measure: measure.clone(),
            figures,
        }));
    }
    Events {
        why: why.filter(|_| facts.len() > 1),
        facts,
    }
}

/// An event's figures apart from those said of another event named beside them ("an
/// aftershock of magnitude 4.9"), which are one event per noun.
fn by_occurrence(figures: Vec<View<'_>>) -> (Vec<View<'_>>, Vec<Vec<View<'_>>>) {
    let mut main = Vec::new();
    let mut others: Vec<Vec<View>> = Vec::new();
    for v in figures {
        match &v.occurrence {
            None => main.push(v),
            Some(noun) => match others
                .iter_mut()
                .find(|g| g[0].occurrence.as_ref() == Some(noun))
            {
                Some(g) => g.push(v),
                None => others.push(vec![v]),
            },
        }
    }
    (main, others)
}

/// The measure of a group: that of its figure saying the most (a class and a described noun),
/// the first such.
fn fullest(views: &[View]) -> Measure {
    views
        .iter()
        .max_by_key(|v| {
            (
                v.measure.class.is_some(),
                !v.measure.of.is_empty(),
                std::cmp::Reverse(v.article),
            )
        })
        .map(|v| v.measure.clone())
        .unwrap_or_else(|| Measure {
            class: None,
            unit: String::new(),
            of: String::new(),
            qualifier: String::new(),
            change: None,
        })
}

/// The same distinctive figure ("73,000 jobs", not "300") of one measure in two articles is one
/// fact whatever days they resolve to: a mis-read dateline or a month named loosely is likelier
/// than two events of the same 73,000. A figure of a later event that gives the value of an
/// earlier event's figure from another article moves to that event; events left empty go.
fn by_identity(mut dated: Vec<Dated<'_>>, own_days: bool) -> Vec<Dated<'_>> {
    for j in 1..dated.len() {
        let (earlier, later) = dated.split_at_mut(j);
        let figures = std::mem::take(&mut later[0].1);
        for v in figures {
            // With `own_days`, only a figure dated by its own sentence moves: one that joined
            // an event for want of a day may share a value with an earlier one by chance.
            let home = earlier.iter_mut().find(|(_, figs)| {
                (!own_days || v.day.is_some())
                    && figs
                        .iter()
                        .any(|w| w.article != v.article && distinctive(w) && same_value(w, &v))
            });
            match home {
                Some(e) => e.1.push(v),
                None => later[0].1.push(v),
            }
        }
    }
    dated.retain(|(_, figs)| !figs.is_empty());
    dated
}

fn push_by_day<'a>(
    events: &mut Vec<Dated<'a>>,
    d: (Date, Granularity),
    v: View<'a>,
    running: bool,
) {
    match events
        .iter_mut()
        .find(|(k, _)| k.is_some_and(|k| !apart(k, d, running)))
    {
        Some(e) => e.1.push(v),
        None => events.push((Some(d), vec![v])),
    }
}

/// Figures split by places apart: the figures of places that may be one (one contains the
/// other, or nothing says) stay together; figures with no place join the largest part.
fn by_places(figures: Vec<View<'_>>) -> Vec<Vec<View<'_>>> {
    let places: Vec<Option<&str>> = figures.iter().map(located).collect();
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for (i, p) in places.iter().enumerate() {
        let Some(p) = p else { continue };
        match parts.iter_mut().find(|part| {
            part.iter()
                .all(|&j| places[j].is_some_and(|q| !places_disjoint(p, q)))
        }) {
            Some(part) => part.push(i),
            None => parts.push(vec![i]),
        }
    }
    if parts.len() <= 1 {
        return vec![figures];
    }
    let largest = (0..parts.len())
        .max_by_key(|&k| (parts[k].len(), std::cmp::Reverse(k)))
        .unwrap_or(0);
    let mut slot = vec![largest; figures.len()];
    for (k, part) in parts.iter().enumerate() {
        for &i in part {
            slot[i] = k;
        }
    }
    let mut out: Vec<Vec<View>> = vec![Vec::new(); parts.len()];
    for (i, v) in figures.into_iter().enumerate() {
        out[slot[i]].push(v);
    }
    out
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::super::fixture::{Fig, article, fig, one_story};
    use super::super::key::view;
    use super::*;

    /// The event of the first figures of two articles published on these days.
    fn between(x: (Option<Date>, Fig), y: (Option<Date>, Fig)) -> Event {
        let articles = [
            article("a.txt", x.0, vec![x.1]),
            article("b.txt", y.0, vec![y.1]),
        ];
        let vx = view(
            0,
            &articles[0],
            &articles[0].claims.quantities[0],
            x.0,
            0.1,
            false,
        )
        .unwrap();
        let vy = view(
            1,
            &articles[1],
            &articles[1].claims.quantities[0],
            y.0,
            0.1,
            false,
        )
        .unwrap();
        event(&articles, &vx, &vy, &one_story(2))
    }

    /// How the first figures of these articles split into events: the articles of each
    /// event, and why.
    fn split(arts: Vec<(Option<Date>, Fig)>) -> (Vec<Vec<usize>>, Option<Difference>) {
        let articles: Vec<Analyzed> = arts
            .into_iter()
            .enumerate()
            .map(|(i, (d, f))| article(&format!("{i}.txt"), d, vec![f]))
            .collect();
        let views: Vec<View> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| view(i, a, &a.claims.quantities[0], a.article.date, 0.1, false).unwrap())
            .collect();
        let events = partition(views);
        let mut facts: Vec<Vec<usize>> = events
            .facts
            .iter()
            .map(|f| {
                let mut arts: Vec<usize> = f.figures.iter().map(|v| v.article).collect();
                arts.sort_unstable();
                arts
            })
            .collect();
        facts.sort();
        (facts, events.why)
    }

    #[test]
    fn a_missing_date_alone_is_never_another_event() {
        let d = Some(date(2025, 11, 25));
        let (facts, why) = split(vec![
            (d, launched(170.0).night_to(2025, 11, 25)),
            (d, launched(160.0)),
            (None, launched(160.0)),
        ]);
        assert_eq!(facts, vec![vec![0, 1, 2]]);
        assert_eq!(why, None);
    }

    #[test]
    fn kyiv_and_lviv_are_different_events_kyiv_and_ukraine_may_not_be() {
        let killed = |place| fig(7.0, "person").did("kill").at(place);
        let (facts, why) = split(vec![(None, killed("Kyiv")), (None, killed("Lviv"))]);
        assert_eq!((facts.len(), why), (2, Some(Difference::Place)));
        assert!(places_disjoint("kyiv", "lviv"));
        assert!(!places_disjoint("southern russia", "russia"));
        assert!(!places_disjoint("derna", "libya"));
        assert!(!places_disjoint("eastern libya", "derna"));
        assert!(places_disjoint("russia", "ukraine"));
        // the gazetteer's hierarchy: containment by compass parts, apart by data
        assert!(!places_disjoint("derna", "eastern libya"));
        assert!(!places_disjoint("krasnodar", "southern russia"));
        assert!(!places_disjoint("southern russia", "krasnodar"));
        assert!(places_disjoint("lviv", "eastern ukraine"));
        assert!(places_disjoint("kyiv region", "lviv"));
        // a town it does not know beside a country it does: unknown, not apart
        assert!(!places_disjoint("zzyzxville", "libya"));
        assert!(!places_disjoint("ukraine", "qwertyton"));
        // neither known: the words decide
        assert!(!places_disjoint("qwertyton", "north qwertyton"));
        assert!(places_disjoint("qwertyton", "zzyzxville"));
        // A figure with no place joins the largest part.
        let (facts, _) = split(vec![
            (None, killed("Kyiv")),
            (None, killed("Lviv")),
            (None, killed("Kyiv")),
            (None, fig(7.0, "person").did("kill")),
        ]);
        assert_eq!(facts, vec![vec![0, 2, 3], vec![1]]);
    }

    #[test]
    fn the_same_distinctive_figure_is_one_event_whatever_its_days() {
        // Three outlets give July's 73,000 jobs; one resolved its day to the dateline. The
        // same 73,000 is one fact; a round 300 on two days is not evidence of one.
        let d = Some(date(2025, 8, 5));
        let jobs = |v: f64| fig(v, "job").did("add");
        let (facts, why) = split(vec![
            (d, jobs(73_000.0).when(date(2025, 7, 1), Granularity::Month)),
            (d, jobs(73_000.0).on(2025, 8, 5)),
            (d, jobs(74_000.0).when(date(2025, 7, 1), Granularity::Month)),
        ]);
        assert_eq!((facts, why), (vec![vec![0, 1, 2]], None));
        let (facts, _) = split(vec![
            (d, jobs(300.0).when(date(2025, 7, 1), Granularity::Month)),
            (d, jobs(300.0).on(2025, 8, 5)),
        ]);
        assert_eq!(facts.len(), 2);
    }

    #[test]
    fn a_day_well_before_its_report_is_an_earlier_event() {
        let d = Some(date(2025, 5, 7));
        let (facts, why) = split(vec![
            (d, fig(26.0, "person").did("kill").on(2025, 4, 22)),
            (d, fig(26.0, "person").did("kill")),
            (d, fig(31.0, "person").did("kill").on(2025, 5, 6)),
        ]);
        assert_eq!(facts, vec![vec![0], vec![1, 2]]);
        assert_eq!(why, Some(Difference::Day));
        // With no event of the report's days, an undated figure of the earlier value is of it:
        // "lost $1.6bn in the April-June period" and "a $1.6bn loss" in August.
        let d = Some(date(2024, 8, 2));
        let loss = || {
            fig(1.6e9, "USD")
                .kind(crate::model::claim::Kind::Money)
                .did("lose")
        };
        let (facts, why) = split(vec![
            (d, loss().when(date(2024, 6, 1), Granularity::Month)),
            (d, loss()),
        ]);
        assert_eq!((facts, why), (vec![vec![0, 1]], None));
    }

    #[test]
    fn an_undated_figure_beside_one_recent_period_is_of_it() {
        // Reported on 28 August: revenue "in the May-July quarter" of $30.04bn, and an undated
        // "$30.4 billion" for the same quarter in another outlet: one event, so a conflict.
        let d = Some(date(2024, 8, 28));
        let revenue = |n| {
            fig(n, "USD")
                .kind(crate::model::claim::Kind::Money)
                .of("revenue")
        };
        let (facts, why) = split(vec![
            (
                d,
                revenue(30.04e9).when(date(2024, 7, 1), Granularity::Month),
            ),
            (d, revenue(30.4e9)),
        ]);
        assert_eq!((facts, why), (vec![vec![0, 1]], None));
        // A day's event is not a period: the first round's shares on 30 June, an undated
        // share in a report of 8 July, may be of the second round.
        let d = Some(date(2024, 7, 8));
        let share = |n| fig(n, "percent").kind(crate::model::claim::Kind::Percent);
        let (facts, _) = split(vec![(d, share(33.0).on(2024, 6, 30)), (d, share(37.0))]);
        assert_eq!(facts, vec![vec![0], vec![1]]);
        // Nor is a period well before the report (a year-old quarter).
        let d = Some(date(2024, 8, 28));
        let (facts, _) = split(vec![
            (
                d,
                revenue(13.5e9).when(date(2023, 7, 1), Granularity::Month),
            ),
            (d, revenue(30.4e9)),
        ]);
        assert_eq!(facts, vec![vec![0], vec![1]]);
    }

    #[test]
    fn last_quarters_figures_and_this_quarters_guidance_are_two_events() {
        // Reported on 1 August: second-quarter sales of $12.8bn (from one outlet, and undated
        // in another) and guidance for the current quarter of $12.5bn to $13.5bn.
        let d = Some(date(2024, 8, 1));
        let sales = |n| {
            fig(n, "USD")
                .kind(crate::model::claim::Kind::Money)
                .of("revenue")
        };
        let (facts, why) = split(vec![
            (
                d,
                sales(12.8e9).when(date(2024, 4, 1), Granularity::Quarter),
            ),
            (
                d,
                sales(13.0e9).when(date(2024, 7, 1), Granularity::Quarter),
            ),
            (d, sales(12.8e9)),
        ]);
        assert_eq!(
            (facts, why),
            (vec![vec![0, 2], vec![1]], Some(Difference::Day))
        );
    }

    #[test]
    fn a_tolls_days_are_report_times_launches_days_are_events() {
        let (d12, d14) = (Some(date(2023, 9, 12)), Some(date(2023, 9, 14)));
        let toll = |n, day| fig(n, "person").did("kill").on(2023, 9, day);
        let (facts, _) = split(vec![(d12, toll(5200.0, 12)), (d14, toll(5300.0, 14))]);
        assert_eq!(facts.len(), 1);
        let (facts, why) = split(vec![
            (d12, launched(500.0).night_to(2023, 9, 12)),
            (d14, launched(300.0).night_to(2023, 9, 14)),
            (d14, launched(300.0)),
        ]);
        assert_eq!(facts, vec![vec![0], vec![1, 2]]);
        assert_eq!(why, Some(Difference::Day));
    }

    fn launched(n: f64) -> Fig {
        fig(n, "drone").did("launch")
    }

    #[test]
    fn different_resolved_days_are_a_different_event() {
        assert_eq!(
            between(
                (None, launched(518.0).night_to(2025, 11, 19)),
                (None, launched(460.0).night_to(2025, 11, 25))
            ),
            Event::Different(Difference::Day)
        );
    }

    #[test]
    fn a_night_and_the_day_it_ends_on_are_one_day() {
        assert_eq!(
            between(
                (None, launched(460.0).night_to(2025, 11, 25)),
                (None, launched(460.0).on(2025, 11, 24))
            ),
            Event::Same
        );
        assert_eq!(
            between(
                (None, launched(460.0).on(2025, 11, 25)),
                (None, launched(460.0).on(2025, 11, 25))
            ),
            Event::Same
        );
    }

    #[test]
    fn one_day_apart_is_no_evidence_either_way() {
        assert_eq!(
            between(
                (None, launched(460.0).on(2025, 11, 24)),
                (None, launched(460.0).on(2025, 11, 25))
            ),
            Event::Unknown
        );
    }

    #[test]
    fn coarse_times_meet_within_their_span() {
        let month = |d| launched(460.0).when(date(2025, 11, d), Granularity::Month);
        assert_eq!(between((None, month(1)), (None, month(28))), Event::Same);
        let week = |d| launched(460.0).when(date(2025, 11, d), Granularity::Week);
        assert_eq!(between((None, week(17)), (None, week(20))), Event::Same);
        assert_eq!(
            between((None, week(3)), (None, week(20))),
            Event::Different(Difference::Day)
        );
    }

    #[test]
    fn two_named_places_separate_what_happened() {
        let killed = |place| fig(7.0, "person").did("kill").on(2025, 11, 25).at(place);
        assert_eq!(
            between((None, killed("Kyiv")), (None, killed("Ternopil"))),
            Event::Different(Difference::Place)
        );
        assert_eq!(
            between((None, killed("Kyiv")), (None, killed("Kyiv"))),
            Event::Same
        );
        // A plan's points happen nowhere: places do not separate figures with no predicate.
        let points = |place| fig(28.0, "point").of("plan").on(2025, 11, 25).at(place);
        assert_eq!(
            between((None, points("Geneva")), (None, points("Moscow"))),
            Event::Same
        );
        // A bare country ("Russia fired") is an actor, not a place.
        let mut actor = killed("Russia");
        if let Some(p) = &mut actor.q.place {
            p.locative = false;
        }
        assert_eq!(between((None, killed("Kyiv")), (None, actor)), Event::Same);
    }

    #[test]
    fn undated_figures_of_one_place_reported_the_same_day_are_one_event() {
        let day = Some(date(2023, 9, 12));
        let seats = |n| fig(n, "seat").did("win").held_by("Labour").at("Derna");
        assert_eq!(between((day, seats(3.0)), (day, seats(4.0))), Event::Same);
        let later = Some(date(2023, 9, 13));
        assert_eq!(
            between((day, seats(3.0)), (later, seats(4.0))),
            Event::Unknown
        );
        // Another place named bare (not evidence of another event, nor of the same one), or
        // an undated report: no evidence.
        let mut elsewhere = fig(4.0, "seat").did("win").held_by("Labour").at("Benghazi");
        if let Some(p) = &mut elsewhere.q.place {
            p.locative = false;
        }
        assert_eq!(between((day, seats(3.0)), (day, elsewhere)), Event::Unknown);
        assert_eq!(
            between((day, seats(3.0)), (None, seats(4.0))),
            Event::Unknown
        );
    }

    #[test]
    fn a_toll_is_one_event_over_a_few_days() {
        let toll = |n| fig(n, "person").did("kill").at("Derna");
        let (d11, d14, d15) = (
            Some(date(2023, 9, 11)),
            Some(date(2023, 9, 14)),
            Some(date(2023, 9, 15)),
        );
        assert_eq!(
            between((d11, toll(2000.0)), (d14, toll(5300.0))),
            Event::Same
        );
        assert_eq!(
            between((d11, toll(2000.0)), (d15, toll(5300.0))),
            Event::Unknown
        );
    }
}
