//! Whether two figures of one measure are about the same event.
//!
//! Owns the evidence rules: aligned passages of a rewrite report one fact; two named places
//! (with locatives) of which neither is the other separate events that happened somewhere;
//! resolved days separate events unless they are the same day (a night and the day it ends on,
//! a week, a month, a year) — one day apart is not evidence either way (time zones); with no
//! resolved days, reports of one place published the same day (a running count: within three
//! days) describe one event. Otherwise the answer is `Unknown`, never a guess. It also says
//! which of two reports is the later. It does not say what follows from the answer
//! (`verdict`, `sums`).

use jiff::civil::Date;

use super::super::Relations;
use super::key::{View, running_count};
use crate::model::article::Analyzed;
use crate::model::claim::Granularity;
use crate::model::finding::{Difference, Event};

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

/// Two places named with locatives, neither the other, for something that happened.
fn by_place(x: &View, y: &View) -> Option<Event> {
    if x.measure.class.is_some()
        && let (Some((px, lx)), Some((py, ly))) = (x.place, y.place)
        && px != py
        && lx
        && ly
    {
        return Some(Event::Different(Difference::Place));
    }
    None
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
    match (a.1, b.1) {
        (Granularity::Week, _) | (_, Granularity::Week) => gap < 7,
        (Granularity::Month, _) | (_, Granularity::Month) => {
            a.0.year() == b.0.year() && a.0.month() == b.0.month()
        }
        (Granularity::Year, _) | (_, Granularity::Year) => a.0.year() == b.0.year(),
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

/// For two reports published on different days: (earlier, later).
pub(super) fn later_report<'v, 'a>(
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
        let vx = view(0, &articles[0].claims.quantities[0], 0.1).unwrap();
        let vy = view(1, &articles[1].claims.quantities[0], 0.1).unwrap();
        event(&articles, &vx, &vy, &one_story(2))
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
        let seats = |n| fig(n, "seat").did("win").at("Derna");
        assert_eq!(between((day, seats(3.0)), (day, seats(4.0))), Event::Same);
        let later = Some(date(2023, 9, 13));
        assert_eq!(
            between((day, seats(3.0)), (later, seats(4.0))),
            Event::Unknown
        );
        // Another place named bare (not evidence of another event, nor of the same one), or
        // an undated report: no evidence.
        let mut elsewhere = fig(4.0, "seat").did("win").at("Benghazi");
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

    #[test]
    fn the_later_report_is_the_one_published_later() {
        let articles = [
            article(
                "a.txt",
                Some(date(2023, 9, 14)),
                vec![fig(5300.0, "person")],
            ),
            article(
                "b.txt",
                Some(date(2023, 9, 11)),
                vec![fig(2000.0, "person")],
            ),
            article(
                "c.txt",
                Some(date(2023, 9, 11)),
                vec![fig(2100.0, "person")],
            ),
        ];
        let v: Vec<View> = (0..3)
            .map(|i| view(i, &articles[i].claims.quantities[0], 0.1).unwrap())
            .collect();
        let (early, late) = later_report(&articles, &v[0], &v[1]).unwrap();
        assert_eq!((early.article, late.article), (1, 0));
        assert!(later_report(&articles, &v[1], &v[2]).is_none());
    }
}
