//! Breakdowns inside one article: figures told by label ("North Carolina 95, South Carolina
//! 36, ...", "- Others: 48") against the total the article gives before them.
//!
//! A list that splits one measure by holder — states, parties, countries — says that its parts
//! make the whole, and a reader checks it by adding. Owns what counts as such a list (at least
//! `MIN_PARTS` figures of one measure in consecutive sentences, each with a label of its own;
//! a part named in passing, "including 30 in Buncombe County", left out; "A and B each
//! reported 25" counted twice and "one each from ten other countries" ten times), which figure
//! is its total (the nearest figure of the measure before the list, within `TOTAL_REACH`
//! sentences, with no label and larger than any part), and the verdict: parts that make the
//! total agree, parts that cannot make it are a `sum-mismatch` (a warning: one article, one
//! list, so one event); hedged parts that allow the total say nothing a reader needs. A count
//! said to be the rest ("identified 12 of the dead, while the remaining five have not yet been
//! named") and the count before it are two parts of the whole the first names (a toll for
//! "of the dead"), judged the same way. It does
//! not read totals of coordinated nouns against parts elsewhere (`sums`), nor decide what a
//! figure measures (`key`) or which words are a holder (`extract::holder`).

use jiff::civil::Date;

use super::key::{View, Views, article_views, view};
use super::{figure, quantity_evidence, side_of};
use crate::model::article::Analyzed;
use crate::model::finding::{
    Detail, FactValue, Finding, FindingKind, Interval, Part, PredicateClass, Severity, Subject,
    SumOutcome,
};
use crate::text::normalize::holder_key;

/// The fewest labelled figures that make a list a breakdown: two figures with names are as
/// often a comparison ("Labour 412, the Conservatives 121") as parts of a whole.
const MIN_PARTS: usize = 3;

/// How many sentences before a list its total may stand.
const TOTAL_REACH: usize = 6;

/// How many bytes before a figure are read for the words that make it a part of a part.
const PASSING: usize = 24;

/// Whether an article can hold a breakdown at all: enough figures with a holder, or a figure
/// said to be the rest.
pub(super) fn may_break_down(a: &Analyzed) -> bool {
    let text = a.article.text.as_str();
    let quantities = &a.claims.quantities;
    quantities
        .iter()
        .filter(|q| q.holder.is_some())
        .nth(MIN_PARTS - 1)
        .is_some()
        || quantities.iter().any(|q| is_rest(text, q))
}

/// How many bytes before a figure the words saying it is the rest may take.
const REST: usize = 16;

/// "the remaining five", "the other 23": a figure said to be what is left of a whole after
/// the part named before it. Asked of every figure of every article: read without copying.
fn is_rest(text: &str, q: &crate::model::claim::Quantity) -> bool {
    let before = before_figure(text, q, REST).trim_end().as_bytes();
    ["the remaining", "the other"].iter().any(|w| {
        before.len() >= w.len()
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    })
}

/// The text of a figure's sentence in the `bytes` before it (fewer where the sentence or a
/// character starts later).
fn before_figure<'t>(text: &'t str, q: &crate::model::claim::Quantity, bytes: usize) -> &'t str {
    let end = q.span.start;
    let mut start = end.saturating_sub(bytes).max(q.sentence.start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// One part of a list: its figure, its label, how many times the list counts it, and its
/// sentence's index.
struct Item<'v, 'a> {
    view: &'v View<'a>,
    label: String,
    /// The label as a message shows it.
    shown: String,
    times: f64,
    sentence: usize,
}

/// What a list's figures must share: the concept counted, its qualifier, the way it moved.
fn list_key<'v>(v: &'v View) -> (&'v str, &'v str, Option<crate::model::claim::Change>) {
    (&v.measure.unit, part_qualifier(v), v.measure.change)
}

/// A part's qualifier, without the holder a held count adds to it (seats of each party are
/// one list's parts).
fn part_qualifier<'v>(v: &'v View) -> &'v str {
    if v.held { "" } else { &v.measure.qualifier }
}

/// Every article's breakdowns judged against their totals.
pub(super) fn breakdowns_in(
    articles: &[Analyzed],
    views: &Views,
    reports: &[Option<Date>],
    approx: f64,
) -> Vec<Finding> {
    // Articles on all cores, each judged alone: the lists joined in article order are the
    // one list a serial loop made.
    use rayon::prelude::*;
    let per_article: Vec<Vec<Finding>> = (0..articles.len())
        .into_par_iter()
        .map(|ai| {
            let a = &articles[ai];
            if !may_break_down(a) {
                return Vec::new();
            }
            // An article the story passes did not read is read here, and its views dropped
            // with its findings made.
            let own;
            let read = if views[ai].is_empty() {
                own = article_views(ai, a, reports[ai], approx);
                &own
            } else {
                &views[ai]
            };
            of_article(articles, ai, read, reports[ai], approx)
        })
        .collect();
    per_article.into_iter().flatten().collect()
}

/// The breakdown findings of article `ai`, whose views are `read`.
fn of_article(
    articles: &[Analyzed],
    ai: usize,
    read: &[Option<View>],
    report: Option<Date>,
    approx: f64,
) -> Vec<Finding> {
    let a = &articles[ai];
    let text = a.article.text.as_str();
    let sentences = &a.segments.sentences;
    let index = |v: &View| sentences.partition_point(|s| s.span.start < v.q.sentence.start);
    let of_article: Vec<(&View, usize)> = read.iter().flatten().map(|v| (v, index(v))).collect();
    let wholes = Wholes {
        article: ai,
        a,
        report,
        approx,
    };
    // A list's parts share a verb where they have one; a part and the rest are told apart by
    // theirs ("identified 12 of the dead, while the remaining five have not yet been named").
    let labelled = lists(text, sentences, &of_article)
        .into_iter()
        .map(|l| (l, true));
    let rests = rests(text, &of_article).into_iter().map(|l| (l, false));
    labelled
        .chain(rests)
        .filter_map(|(list, same_verb)| {
            judge_list(articles, &wholes, &of_article, &list, same_verb)
        })
        .collect()
}

/// The lists of an article: runs of labelled figures of one measure in consecutive
/// sentences, with no figure of that measure without a label between them.
fn lists<'v, 'a>(
    text: &str,
    sentences: &[crate::text::segment::Sentence],
    views: &[(&'v View<'a>, usize)],
) -> Vec<Vec<Item<'v, 'a>>> {
    let paragraph = |s: usize| sentences.get(s).map(|s| s.paragraph);
    let mut out: Vec<Vec<Item>> = Vec::new();
    let mut open: Vec<Item> = Vec::new();
    let close = |open: &mut Vec<Item<'v, 'a>>, out: &mut Vec<Vec<Item<'v, 'a>>>| {
        let list = std::mem::take(open);
        let mut labels: Vec<&str> = list.iter().map(|p| p.label.as_str()).collect();
        labels.sort_unstable();
        labels.dedup();
        if list.len() >= MIN_PARTS && labels.len() == list.len() {
            out.push(list);
        }
    };
    for (k, &(v, sentence)) in views.iter().enumerate() {
        // A list goes on in its paragraph, or from line to line of a list set out one item a
        // line; a paragraph after it with a figure of its own is another statement.
        let goes_on = open.last().is_some_and(|last| {
            list_key(last.view) == list_key(v)
                && sentence <= last.sentence + 1
                && (paragraph(sentence) == paragraph(last.sentence)
                    || (is_line(last.view) && is_line(v)))
        });
        let label = label_of(v);
        match label {
            Some(_) if in_passing(text, v) => continue,
            Some(label) => {
                if !goes_on {
                    close(&mut open, &mut out);
                }
                let times = times_of(text, v, views.get(k + 1).map(|&(w, _)| w));
                let factor = times.factor();
                let (label, shown) = match times {
                    Times::Once => (label, format!("({})", written_label(v))),
                    Times::Names(_) => {
                        (label, format!("({}: {} each)", written_label(v), v.q.text))
                    }
                    Times::Count(_, words) => {
                        (words.clone(), format!("({words}: {} each)", v.q.text))
                    }
                };
                open.push(Item {
                    view: v,
                    label,
                    shown,
                    times: factor,
                    sentence,
                });
            }
            // An unlabelled figure of the list's measure ends it.
            None if goes_on => close(&mut open, &mut out),
            None => {}
        }
    }
    close(&mut open, &mut out);
    out
}

/// The part-and-rest pairs of an article: a figure said to be the rest ("the remaining
/// five") and the figure of its measure before it, in its sentence or the one before.
fn rests<'v, 'a>(text: &str, views: &[(&'v View<'a>, usize)]) -> Vec<Vec<Item<'v, 'a>>> {
    let mut out = Vec::new();
    for (k, &(rest, sentence)) in views.iter().enumerate() {
        // Shares have a whole of their own to be the rest of ("half of those questioned ...
        // 17% ... the remaining 33%"), rarely the figure before them: counts only.
        if rest.q.kind != crate::model::claim::Kind::Count || !is_rest(text, rest.q) {
            continue;
        }
        let part = views[..k].iter().rev().find(|(v, s)| {
            v.measure.unit == rest.measure.unit
                && v.measure.change == rest.measure.change
                && *s + 1 >= sentence
        });
        if let Some(&(part, part_sentence)) = part
            && !is_rest(text, part.q)
        {
            let item = |view, label: &str, sentence| Item {
                view,
                label: label.to_string(),
                shown: format!("({label})"),
                times: 1.0,
                sentence,
            };
            let named = part
                .q
                .predicate
                .as_ref()
                .map_or("named first".to_string(), |p| p.lemma.clone());
            out.push(vec![
                item(part, &named, part_sentence),
                item(rest, "the rest", sentence),
            ]);
        }
    }
    out
}

/// How long a sentence may be to be a line of a list ("- Others: 48").
const LINE: usize = 80;

/// Is a figure's sentence a line of a list: short, the figure at its end?
fn is_line(v: &View) -> bool {
    let s = v.q.sentence;
    s.end - s.start <= LINE && s.end - v.q.span.end <= 2
}

/// A figure's label in a list: its holder, or a place that is no locative's ("Iran lost five
/// citizens").
fn label_of(v: &View) -> Option<String> {
    if let Some(h) = &v.q.holder {
        return Some(holder_key(h));
    }
    v.place
        .filter(|(_, locative)| !locative)
        .map(|(k, _)| k.to_string())
}

/// "including 30 in Buncombe County", "among them 12 children": a part of a part, named in
/// passing.
fn in_passing(text: &str, v: &View) -> bool {
    let before = before_figure(text, v.q, PASSING).to_lowercase();
    ["including", "among them", "of whom", "of them", "of which"]
        .iter()
        .any(|w| before.contains(w))
}

/// How many times a list counts a figure.
enum Times {
    Once,
    /// "South Carolina and Georgia each reported 25": once per name.
    Names(usize),
    /// "one person each died from ten other countries": as many times as the count after
    /// "each", which also labels it.
    Count(f64, String),
}

impl Times {
    fn factor(&self) -> f64 {
        match self {
            Times::Once => 1.0,
            Times::Names(n) => *n as f64,
            Times::Count(n, _) => *n,
        }
    }
}

/// How many times the list counts figure `v`, given the next figure of its article.
fn times_of(text: &str, v: &View, next: Option<&View>) -> Times {
    let sentence = v.q.sentence.slice(text);
    let at = v.q.span.end - v.q.sentence.start;
    let after = &sentence[at..];
    let each_after = |s: &str| {
        s.split_whitespace().take(3).any(|w| {
            crate::lexicon::is_distributive(w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
    };
    // A count after "each" in the same clause: "one person each died from ten other countries".
    if let Some(n) = next.filter(|n| n.q.sentence == v.q.sentence && n.q.span.start > v.q.span.end)
    {
        let between = &text[v.q.span.end..n.q.span.start];
        if each_after(between)
            && !between.contains([',', ';'])
            && n.q.bound == crate::model::claim::Bound::Exact
            && n.q.value >= 2.0
            && n.q.value.fract() == 0.0
            && list_key(n) != list_key(v)
        {
            let end = n.q.span.end
                + n.q.counted.as_ref().map_or(0, |c| {
                    text[n.q.span.end..]
                        .find(c.text.as_str())
                        .map_or(0, |i| i + c.text.len())
                });
            let words = text[n.q.span.start..end.min(n.q.sentence.end)].to_lowercase();
            return Times::Count(n.q.value, words);
        }
    }
    // Names joined by "and" that each have the figure: before it ("A and B each reported
    // 25") or right after it ("A and B 25 each").
    let Some(holder) = &v.q.holder else {
        return Times::Once;
    };
    let names = holder
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .filter(|p| !p.trim().is_empty())
        .count();
    let before = &sentence[..v.q.span.start - v.q.sentence.start];
    let each_before = before
        .rfind(holder.as_str())
        .is_some_and(|i| each_after(&before[i + holder.len()..]));
    if names >= 2 && (each_before || each_after(after)) {
        Times::Names(names)
    } else {
        Times::Once
    }
}

/// Where the figures an article's comparison views leave out are read as wholes: a count of
/// seats with no party is no fact of a story, but it is the total of a party list.
struct Wholes<'a> {
    article: usize,
    a: &'a Analyzed,
    report: Option<Date>,
    approx: f64,
}

/// Can `v` be the total of `list`: of its measure (a whole may be qualified where its parts
/// are not, "26 foreign nationals"; a verb's class, where both have one, is the same), with
/// no label, larger than any part?
fn totals(v: &View, list: &[Item], same_verb: bool) -> bool {
    let first = list[0].view;
    let largest = list.iter().map(|p| p.view.q.value).fold(f64::MIN, f64::max);
    let classes_agree = !same_verb
        || list
            .iter()
            .all(|p| match (&p.view.measure.class, &v.measure.class) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            });
    // A part and the rest are of the whole the part names: "12 of the dead" are of a toll.
    let whole_class = || {
        first
            .q
            .counted
            .as_ref()
            .and_then(|c| c.lemmas.first())
            .and_then(|l| crate::lexicon::nominal(l))
            .map(|(class, _)| PredicateClass::named(class))
    };
    let of_the_whole = same_verb
        || match whole_class() {
            Some(c) => v.measure.class.as_ref() == Some(&c),
            None => v.measure.class == first.measure.class,
        };
    v.measure.unit == first.measure.unit
        && v.measure.change == first.measure.change
        && of_the_whole
        && (v.measure.qualifier == part_qualifier(first) || part_qualifier(first).is_empty())
        && classes_agree
        && label_of(v).is_none()
        && v.q.value > largest
}

/// The verdict on one list against its total, if it has one and the verdict says something.
fn judge_list(
    articles: &[Analyzed],
    wholes: &Wholes,
    views: &[(&View, usize)],
    list: &[Item],
    same_verb: bool,
) -> Option<Finding> {
    let ai = wholes.article;
    let first = &list[0];
    let sentences = &wholes.a.segments.sentences;
    let reach = sentences
        .get(first.sentence.saturating_sub(TOTAL_REACH))
        .map_or(0, |s| s.span.start);
    // The nearest figure before the list that can be its total: one the comparison reads,
    // or one it leaves out as no fact of a story (a held count with no holder).
    let before = |q: &crate::model::claim::Quantity| {
        q.span.end <= first.view.q.span.start && q.sentence.start >= reach
    };
    let read = views
        .iter()
        .map(|(v, _)| *v)
        .filter(|v| before(v.q) && totals(v, list, same_verb))
        .cloned();
    let unread = wholes
        .a
        .claims
        .quantities
        .iter()
        .filter(|q| before(q) && q.holder.is_none())
        .filter(|q| !views.iter().any(|(v, _)| std::ptr::eq(v.q, *q)))
        .filter_map(|q| view(ai, wholes.a, q, wholes.report, wholes.approx, true))
        .filter(|v| totals(v, list, same_verb));
    let total = &read.chain(unread).max_by_key(|v| v.q.span.start)?;
    let sum = list
        .iter()
        .map(|p| p.view.interval.scaled(p.times))
        .reduce(|acc, i| acc.add(&i))?;
    // The same values allowed: exact parts that make an exact total, or "at least 40 + 25 +
    // ..." that make "at least 116".
    let (kind, severity, outcome) = if sum == total.interval {
        (FindingKind::Agree, Severity::Note, SumOutcome::AddsUp)
    } else if !sum.overlaps(&total.interval) && near(&sum, &total.interval) {
        (
            FindingKind::SumMismatch,
            Severity::Warning,
            SumOutcome::Impossible,
        )
    } else {
        return None;
    };
    let parts = list
        .iter()
        .map(|p| Part {
            interval: p.view.interval.scaled(p.times),
            unit: p.shown.clone(),
        })
        .collect();
    let detail = Detail::Sum {
        parts,
        sum,
        parts_article: ai,
        total: side_of(total),
        outcome,
        beside: Vec::new(),
    };
    let mut evidence = vec![quantity_evidence(ai, total.q)];
    evidence.extend(list.iter().map(|p| quantity_evidence(ai, p.view.q)));
    let mut values: Vec<FactValue> = list.iter().map(|p| figure(p.view)).collect();
    values.push(figure(total));
    let files = [articles[ai].article.key.as_str()];
    Some(Finding {
        evidence,
        articles: vec![ai],
        ..Finding::new(
            kind,
            severity,
            Subject::Measure(total.measure.clone()),
            values,
            detail,
            &files,
        )
    })
}

/// How far apart a list's sum and its total may be for a mismatch: parts that make a small
/// share of the total ("5 + 4 + 4 ... = 27" against all 156 dead) are a list of some of it,
/// not a breakdown of all of it.
const NEAR: f64 = 0.8;

/// Are the sum and the total within `NEAR` of each other (their low ends)?
fn near(sum: &Interval, total: &Interval) -> bool {
    let (a, b) = (sum.lo.abs(), total.lo.abs());
    a.min(b) >= NEAR * a.max(b)
}

/// A figure's label as written: its holder, or its place's name.
fn written_label(v: &View) -> String {
    v.q.holder
        .clone()
        .or_else(|| v.q.place.as_ref().map(|p| p.text.clone()))
        .unwrap_or_default()
        // A holder is its tokens joined by spaces: "Reform UK , the Greens".
        .replace(" ,", ",")
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{Fig, article, fig, of_kind};
    use super::super::key::views_of;
    use super::*;
    use crate::model::claim::Bound;

    /// The breakdown findings of one article holding `figures`.
    fn judged(figures: Vec<Fig>) -> Vec<Finding> {
        let articles = [article("list.txt", None, figures)];
        let views = views_of(&articles, &[None], 0.1, |_| true);
        breakdowns_in(&articles, &views, &[None], 0.1)
    }

    /// A state's toll in the list's paragraph (the article's second).
    fn state(n: f64, name: &str) -> Fig {
        fig(n, "death").held_by(name).in_sentence(2).in_paragraph(2)
    }

    fn toll(n: f64) -> Fig {
        fig(n, "death").in_sentence(1)
    }

    #[test]
    fn deaths_by_state_that_make_the_toll_agree() {
        let found = judged(vec![
            toll(164.0),
            state(95.0, "North Carolina"),
            state(36.0, "South Carolina"),
            state(33.0, "Georgia"),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree);
        let Detail::Sum { sum, parts, .. } = &found[0].detail else {
            panic!("{:?}", found[0].detail);
        };
        assert_eq!((sum.lo, sum.hi), (164.0, 164.0));
        assert_eq!(parts[0].unit, "(North Carolina)");
    }

    #[test]
    fn deaths_by_state_short_of_the_toll_are_a_sum_mismatch() {
        // 95 + 36 + 33 = 164, but the toll "passed 200".
        let found = judged(vec![
            toll(200.0).hedged(Bound::MoreThan, "passed"),
            state(95.0, "North Carolina"),
            state(36.0, "South Carolina"),
            state(33.0, "Georgia"),
        ]);
        assert_eq!(
            (found[0].kind, found[0].severity),
            (FindingKind::SumMismatch, Severity::Warning)
        );
        // Hedged parts that allow the total say nothing.
        let found = judged(vec![
            toll(164.0),
            state(95.0, "North Carolina").hedged(Bound::AtLeast, "at least"),
            state(36.0, "South Carolina"),
            state(33.0, "Georgia"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_list_of_a_small_share_of_the_total_is_no_breakdown() {
        // Three countries' dead among all 156: a list of some of them.
        let found = judged(vec![
            toll(156.0),
            state(5.0, "Iran"),
            state(4.0, "China"),
            state(2.0, "Japan"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_labelled_figures_are_no_list() {
        let found = judged(vec![
            toll(100.0),
            state(95.0, "North Carolina"),
            state(36.0, "South Carolina"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_part_named_in_passing_is_left_out() {
        // "North Carolina had 40 deaths, including 30 in Buncombe County": the 30 is of the 40.
        let passing = fig(30.0, "death")
            .held_by("North Carolina")
            .in_words(
                "30",
                "North Carolina had 40 deaths, including 30 in Buncombe County",
            )
            .in_sentence(2);
        let found = judged(vec![
            toll(60.0),
            state(40.0, "North Carolina"),
            passing,
            state(12.0, "Georgia").in_sentence(3).in_paragraph(2),
            state(8.0, "Florida").in_sentence(3).in_paragraph(2),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree);
    }

    #[test]
    fn names_that_each_have_a_figure_count_once_each() {
        let each = fig(25.0, "death")
            .held_by("South Carolina and Georgia")
            .in_words("25", "South Carolina and Georgia each reported 25")
            .in_sentence(3)
            .in_paragraph(2);
        let found = judged(vec![
            toll(116.0),
            state(40.0, "North Carolina"),
            each,
            state(18.0, "Florida").in_sentence(3).in_paragraph(2),
            state(8.0, "Tennessee").in_sentence(3).in_paragraph(2),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree, "{found:?}");
    }

    #[test]
    fn a_party_list_breaks_down_a_count_of_seats_with_no_holder() {
        // "Seats in the new National Assembly (577 in total): ... 182, 168, 143, 46, 48".
        let seats = |n: f64, party: &str, line: usize| {
            fig(n, "seat")
                .held_by(party)
                .in_sentence(line)
                .in_paragraph(2)
        };
        let found = judged(vec![
            fig(577.0, "seat").in_sentence(1),
            seats(182.0, "New Popular Front", 2),
            seats(168.0, "Ensemble", 3),
            seats(143.0, "National Rally", 4),
            seats(46.0, "Les Républicains", 5),
            seats(48.0, "Others", 6),
        ]);
        let mismatches = of_kind(&found, FindingKind::SumMismatch);
        assert_eq!(mismatches.len(), 1, "{found:?}");
        let Detail::Sum { sum, .. } = &mismatches[0].detail else {
            panic!();
        };
        assert_eq!(sum.lo, 587.0);
    }

    #[test]
    fn a_part_and_the_rest_against_the_toll() {
        // "The number of confirmed deaths has gone up to 18. Authorities have identified 12 of
        // the dead, while the remaining five have not yet been named."
        let identified = fig(12.0, "dead").did("identify").in_sentence(2);
        let rest = fig(5.0, "dead")
            .in_words("five", "while the remaining five have not yet been named")
            .in_sentence(3);
        let missing = fig(145.0, "person").did("missing").in_sentence(1);
        let toll = |n: f64| fig(n, "death").did("kill").in_sentence(1);
        let found = judged(vec![
            toll(18.0),
            missing.clone(),
            identified.clone(),
            rest.clone(),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::SumMismatch);
        // The count of the missing before them is no whole of the dead; 17 of 17 adds up.
        let found = judged(vec![toll(17.0), missing, identified, rest]);
        assert_eq!(found[0].kind, FindingKind::Agree, "{found:?}");
    }

    #[test]
    fn a_paragraph_after_the_list_is_another_statement() {
        // "... Tennessee 11 and Virginia 2." then "Buncombe County alone has reported at
        // least 72 deaths": the county is no further state of the list.
        let found = judged(vec![
            toll(200.0).hedged(Bound::MoreThan, "passed"),
            state(95.0, "North Carolina"),
            state(36.0, "South Carolina"),
            state(33.0, "Georgia"),
            state(30.0, "Florida"),
            fig(72.0, "death")
                .held_by("Buncombe County")
                .in_sentence(3)
                .in_paragraph(3),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let Detail::Sum { sum, .. } = &found[0].detail else {
            panic!();
        };
        assert_eq!(sum.lo, 194.0);
    }
}
