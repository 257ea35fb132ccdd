//! When an undated article was written, from its story: its weekday names ("on Tuesday")
//! against the window of days its story's dated articles span.
//!
//! A weekday name in past tense names the latest such day on or before the report. Inside a
//! story whose dated articles span a window of days, a weekday that falls on exactly one day
//! of the window names that day; the article is dated by the latest day its names give, and
//! only if every name it uses resolves, inside the window, to a day of the week before that
//! report (so its re-extraction resolves each name to the same day). A name that falls on two
//! days of the window (a window longer than a week) or on none, or names that do not fit one
//! report, leave the article undated: no guess. A story window with two such days is narrowed
//! once, to the dated articles the article is directly linked with (its closest coverage). Names in future tense ("will meet on
//! Tuesday") say nothing about the report and are not used. A dated near-duplicate, when
//! there is one, is better evidence and is asked first (`rewrites`).

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::article::Analyzed;
use crate::text::segment::BlockKind;

/// The weekday names an article uses in past or present tense, in order, repeated as written.
/// Found by the time extractor against a probe date: a past name resolves on or before it.
pub fn weekday_names(a: &Analyzed) -> Vec<Weekday> {
    // Any fixed day works as a probe: only the direction and weekday of the answer are read.
    let probe = Date::constant(2001, 1, 7);
    let text = &a.article.text;
    let mut out = Vec::new();
    for s in &a.segments.sentences {
        if s.kind == BlockKind::Boilerplate {
            continue;
        }
        let sentence = s.span.slice(text);
        // Every weekday name has "day" in it (tested below): a sentence without it names none,
        // and is not tokenized (most of an undated collection's sentences).
        if !sentence
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"day"))
        {
            continue;
        }
        let toks = crate::text::token::tokenize(sentence, s.span.start);
        for t in crate::extract::time::find_times(&toks, sentence, s.span.start, Some(probe)) {
            let names_weekday = t.text.split_whitespace().any(|w| {
                crate::lexicon::weekday(&w.to_lowercase().replace(|c: char| !c.is_alphabetic(), ""))
                    .is_some()
            });
            if let Some(day) = t.day
                && names_weekday
                && day <= probe
                && (probe - day).get_days() < 7
            {
                out.push(day.weekday());
            }
        }
    }
    out
}

/// The report date that past-tense weekday names give inside a window of days (first, last),
/// if they give one: see the module notes.
pub fn date_from_weekdays(names: &[Weekday], window: (Date, Date)) -> Option<Date> {
    let (first, last) = window;
    if names.is_empty() || last < first {
        return None;
    }
    let days: Vec<Date> = names
        .iter()
        .map(|&wd| {
            let mut hits = first
                .series(1.day())
                .take_while(|d| *d <= last)
                .filter(|d| d.weekday() == wd);
            match (hits.next(), hits.next()) {
                (Some(d), None) => Some(d),
                _ => None,
            }
        })
        .collect::<Option<Vec<Date>>>()?;
    let report = *days.iter().max()?;
    days.iter()
        .all(|&d| (report - d).get_days() < 7)
        .then_some(report)
}

/// Dates for the undated articles of `undated` from their stories: for each, the window of
/// its story's dated articles and its weekday names; when that window is ambiguous (two
/// Tuesdays), the narrower window of the dated articles it is directly linked with (those
/// sharing its content, names or figures, `Stories::links`).
pub fn dates_from_stories(
    articles: &[Analyzed],
    stories: &super::story::Stories,
    undated: &[usize],
) -> Vec<(usize, Date)> {
    let window = |members: &[usize]| -> Option<(Date, Date)> {
        let dates = members.iter().filter_map(|&m| articles[m].article.date);
        Some((dates.clone().min()?, dates.max()?))
    };
    let members_of = |i: usize| {
        stories
            .story_of
            .get(i)
            .and_then(|&s| stories.members.get(s))
    };
    // Reading the weekday names runs the time extractor over every sentence: on all cores.
    use rayon::prelude::*;
    let names: Vec<Vec<Weekday>> = undated
        .par_iter()
        .map(|&i| match members_of(i) {
            Some(_) => weekday_names(&articles[i]),
            None => Vec::new(),
        })
        .collect();
    let mut out = Vec::new();
    for (&i, names) in undated.iter().zip(names) {
        let Some(members) = members_of(i) else {
            continue;
        };
        let linked = stories.links.get(i).map(Vec::as_slice).unwrap_or(&[]);
        let found = [members.as_slice(), linked]
            .into_iter()
            .find_map(|m| date_from_weekdays(&names, window(m)?));
        if let Some(d) = found {
            out.push((i, d));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::article::Article;
    use Weekday::*;

    fn d(m: i8, day: i8) -> Date {
        Date::new(2025, m, day).unwrap()
    }

    #[test]
    fn every_weekday_name_has_day_in_it() {
        // `weekday_names` skips sentences without "day": a name without it would be missed.
        for name in crate::lexicon::weekday_names() {
            assert!(name.to_ascii_lowercase().contains("day"), "{name}");
        }
    }

    fn analyzed(text: &str, date: Option<Date>) -> Analyzed {
        let body = crate::text::span::Span::new(0, text.len());
        let segments = crate::text::segment::segment(text, body);
        let claims = crate::extract::extract(text, &segments, date);
        Analyzed {
            article: Article {
                path: "t.txt".into(),
                key: "t.txt".into(),
                text: text.into(),
                date,
                body,
            },
            claims,
            lines: crate::text::span::LineIndex::new(text),
            segments,
        }
    }

    #[test]
    fn a_weekday_inside_the_window_names_its_day() {
        // 19 Nov 2025 is a Wednesday, 25 Nov a Tuesday.
        assert_eq!(
            date_from_weekdays(&[Tuesday], (d(11, 19), d(11, 25))),
            Some(d(11, 25))
        );
        assert_eq!(
            date_from_weekdays(&[Sunday, Tuesday], (d(11, 19), d(11, 25))),
            Some(d(11, 25))
        );
        assert_eq!(
            date_from_weekdays(&[Friday], (d(11, 19), d(11, 25))),
            Some(d(11, 21))
        );
    }

    #[test]
    fn ambiguous_or_outside_stays_undated() {
        // a window of two weeks has two Tuesdays
        assert_eq!(date_from_weekdays(&[Tuesday], (d(11, 19), d(12, 2))), None);
        // one day, another weekday
        assert_eq!(date_from_weekdays(&[Tuesday], (d(11, 19), d(11, 19))), None);
        // one name that does not resolve spoils the rest
        assert_eq!(
            date_from_weekdays(&[Tuesday, Thursday], (d(11, 21), d(11, 25))),
            None
        );
        assert_eq!(date_from_weekdays(&[], (d(11, 19), d(11, 25))), None);
    }

    #[test]
    fn names_must_fit_one_report() {
        // Wednesday 19 and Tuesday 25 are both in the window, six days apart: one report
        assert_eq!(
            date_from_weekdays(&[Wednesday, Tuesday], (d(11, 19), d(11, 25))),
            Some(d(11, 25))
        );
        // Wednesday 19 and Wednesday 26 cannot both be named: ambiguous
        assert_eq!(
            date_from_weekdays(&[Wednesday], (d(11, 19), d(11, 26))),
            None
        );
    }

    #[test]
    fn past_names_are_read_future_ones_are_not() {
        let a = analyzed(
            "Officials said on Tuesday that 22 missiles were fired overnight. \
             Talks will resume on Friday. Mr Zelensky said late on Monday it could work.",
            None,
        );
        assert_eq!(weekday_names(&a), vec![Tuesday, Monday]);
    }

    #[test]
    fn an_undated_article_takes_its_day_from_its_story() {
        let dated = analyzed("Russia fired 22 missiles at Kyiv.", Some(d(11, 19)));
        let later = analyzed("Russia fired 22 missiles at Kyiv.", Some(d(11, 25)));
        let undated = analyzed("Russia fired 22 missiles at Kyiv on Tuesday.", None);
        let articles = vec![dated, later, undated];
        let stories = super::super::story::Stories {
            story_of: vec![0, 0, 0],
            members: vec![vec![0, 1, 2]],
            links: vec![vec![1, 2], vec![0, 2], vec![0, 1]],
        };
        assert_eq!(
            dates_from_stories(&articles, &stories, &[2]),
            vec![(2, d(11, 25))]
        );
        // without the later article the window is one Wednesday: undated
        let alone = super::super::story::Stories {
            story_of: vec![0, 1, 0],
            members: vec![vec![0, 2], vec![1]],
            links: vec![vec![2], vec![], vec![0]],
        };
        assert_eq!(dates_from_stories(&articles, &alone, &[2]), vec![]);
    }
}
