//! Changes: whether a figure is a change of a level, and which way it moves, or the level
//! itself. "Shares climbed 4.2% to 212p": 4.2% is a change up, 212p a level; "was down 12
//! cents at $71.40": 12 cents down, $71.40 a level; "slipped from $1,980 to $1,905": two levels.
//! A change and a level of one thing are different facts, so a wrong answer here hides a real
//! conflict or makes a false one: every rule is narrow, and anything it does not recognise is a
//! level.
//!
//! Rules, one function each, tried in order after a level preposition right before the figure
//! ("to", "from", "at") has had its say; the first four look before the figure, unless it is an
//! amount sizing the noun after it ("gained a 5% stake"):
//! - `verb_before`: a change verb right before the figure ("rose 5%", "fell 0.8%", "gained 2%"),
//!   or before it and "off" after it ("knocking 8 seconds off"). A verb that may take an object
//!   moves only an amount ("gained 73,000 jobs" counts jobs), and some only through "by" ("cut
//!   costs by $10bn", not "cutting $10bn in costs");
//! - `adverb_before`: "up 3%", "was down 12 cents", "edged down 1%" — not after a verb whose
//!   particle it is ("picked up 3 seats", "shot down 30 drones");
//! - `by_before`: "by" after a change verb or adverb earlier in the clause ("rose by 5%",
//!   "cutting headcount by roughly 15,000", "revised down by 125,000");
//! - `noun_of_before`: "a drop of 300", "an increase of 12,000 jobs";
//! - `noun_after`: "a 2% increase", "a 0.25-point cut";
//! - `adverb_after`: "closed 3% higher".
//!
//! Owns where each word must stand. The words and the way each moves are the lexicon's
//! (`changes.tsv`); what a change means for comparison is `compare::claims::key`.

use super::figure::Figure;
use crate::lexicon::{self, ChangeVerb};
use crate::model::claim::{Change, Kind};
use crate::text::normalize::noun_lemma;
use crate::text::token::{Tok, TokKind};

/// How many tokens a change word may stand before its figure, gap words included.
const GAP: usize = 4;
/// How far back from "by" its change word may stand ("cutting capital spending this year by").
const BY_REACH: usize = 8;

/// The change a figure states, or `None` for a level.
pub(super) fn change_of(toks: &[Tok], fig: &Figure) -> Option<Change> {
    let lead = fig.lead(toks);
    let before = preceding(toks, lead);
    if before.is_some_and(|k| lexicon::is_level_preposition(&toks[k].lower)) {
        return None;
    }
    before
        .filter(|&k| !modifies_a_noun(toks, fig, k, lead))
        .and_then(|k| {
            verb_before(toks, fig, k)
                .or_else(|| adverb_before(toks, fig, k))
                .or_else(|| by_before(toks, k))
                .or_else(|| noun_of_before(toks, fig, k))
        })
        .or_else(|| noun_after(toks, fig))
        .or_else(|| adverb_after(toks, fig))
        .map(change_named)
}

/// The model's change for a direction as the lexicon names it.
fn change_named(name: &str) -> Change {
    match name {
        "up" => Change::Up,
        "down" => Change::Down,
        other => panic!("lexicon: changes.tsv names an unknown direction {other:?}"),
    }
}

/// The token before `at` where a change word would stand: the nearest one past gap words and
/// -ly adverbs ("rose a further 2%", "fell sharply 5%"), and past one adjective after an
/// article ("lopped a stunning 258,000 jobs off"), within `GAP` tokens.
fn preceding(toks: &[Tok], at: usize) -> Option<usize> {
    let mut k = at;
    let mut adjective = false;
    for _ in 0..GAP {
        k = k.checked_sub(1)?;
        let t = &toks[k];
        if t.kind == TokKind::Word && (lexicon::is_change_gap(&t.lower) || is_ly_adverb(t)) {
            continue;
        }
        let after_article =
            k > 0 && toks[k - 1].is_word() && lexicon::is_change_article(&toks[k - 1].lower);
        if !adjective
            && after_article
            && t.is_word()
            && !t.is_capitalized()
            && lexicon::change_verb(&t.lower).is_none()
        {
            adjective = true;
            continue;
        }
        return Some(k);
    }
    None
}

/// An amount after an article and before its noun modifies the noun ("gained a 5% stake",
/// "won a $2bn contract"): the words before it are about the noun, not a change of the amount.
/// "Rose a further 2% on Monday" has no noun after it; "a 2% increase" is read by
/// `noun_after`. `k` is the change word's place, `lead` the figure's first token.
fn modifies_a_noun(toks: &[Tok], fig: &Figure, k: usize, lead: usize) -> bool {
    let article = toks[k + 1..lead]
        .iter()
        .any(|t| lexicon::is_change_article(&t.lower));
    let amount = matches!(fig.kind, Kind::Percent | Kind::Money | Kind::Measure);
    let noun = toks.get(fig.last + 1).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && !lexicon::is_phrase_stop(&t.lower)
            && lexicon::change_noun(&noun_lemma(&t.lower)).is_none()
    });
    article && amount && noun
}

fn is_ly_adverb(t: &Tok) -> bool {
    t.lower.len() > 4 && t.lower.ends_with("ly")
}

/// An amount, which a verb that may take an object still moves: a percent, money, a measure
/// other than a duration, a bare number ("payrolls fell 11,000") or steps ("dropped four
/// points"). "73,000 jobs" is a count of things, the verb's object.
fn is_amount(fig: &Figure) -> bool {
    match fig.kind {
        Kind::Percent | Kind::Money => true,
        Kind::Measure => !is_duration(fig),
        Kind::Count => fig.counted.as_ref().is_none_or(|c| {
            c.lemmas.is_empty() || c.lemmas.iter().all(|l| lexicon::is_change_step(l))
        }),
        Kind::Ordinal | Kind::Fraction | Kind::Clock => false,
    }
}

fn is_duration(fig: &Figure) -> bool {
    fig.kind == Kind::Measure && fig.unit.as_deref().is_some_and(lexicon::is_duration)
}

/// A percent of a whole ("15% of its workforce"): the object of its verb, not a change.
fn is_share(toks: &[Tok], fig: &Figure) -> bool {
    fig.kind == Kind::Percent
        && toks
            .get(fig.last + 1)
            .is_some_and(|t| lexicon::is_share_of(&t.lower))
}

/// "Off" right after the figure or its counted noun: "knocking 8 seconds off the record".
fn off_after(toks: &[Tok], fig: &Figure) -> bool {
    [fig.last + 1, fig.phrase_end].iter().any(|&k| {
        toks.get(k)
            .is_some_and(|t| lexicon::is_off_particle(&t.lower))
    })
}

/// Does a change verb reach a figure standing right after it? Directly ("rose 45 points"), as
/// an amount ("gained 2%", not "gained 73,000 jobs"), never a duration ("fell 3 days in a row"),
/// a frequency ("rose three times") or a share ("shed 15% of its workforce").
fn reaches(v: ChangeVerb, toks: &[Tok], fig: &Figure) -> bool {
    let frequency = fig
        .counted
        .as_ref()
        .is_some_and(|c| c.lemmas.iter().any(|l| lexicon::is_frequency(l)));
    if is_duration(fig) || frequency || is_share(toks, fig) {
        return false;
    }
    v.direct || (v.amount && is_amount(fig))
}

/// A change verb right before the figure: "shares climbed 4.2%", "fell 0.8%", "dropped more
/// than 18%"; or before it and "off" after it: "knocking 8 seconds off".
fn verb_before(toks: &[Tok], fig: &Figure, k: usize) -> Option<&'static str> {
    let v = lexicon::change_verb(&toks[k].lower).filter(|v| !v.carrier)?;
    let direction = v.direction?;
    (reaches(v, toks, fig) || (v.off && off_after(toks, fig))).then_some(direction)
}

/// "Up" or "down" right before the figure: "exports were up 3%", "was down 12 cents", "edged
/// down 1%", "(down 11,000 jobs)". Not a particle of the verb before it: "picked up 3 seats",
/// "shot down 30 drones".
fn adverb_before(toks: &[Tok], fig: &Figure, k: usize) -> Option<&'static str> {
    let direction = lexicon::change_adverb(&toks[k].lower)?;
    carried(toks, k, direction, Some(fig)).then_some(direction)
}

/// May the adverb at `k`, of this direction, say which way a level moved? Yes after nothing,
/// punctuation, a noun or a conjunction ("shares up 3%", ", down 2%"), or a verb that moves
/// the way its adverb says ("was", "edged", "closed" — the last only an amount; "shot" only
/// up). No after any other verb, whose particle it is ("picked up", "to stump up"). `fig` is
/// the figure right after the adverb, if it is ("down by" has none).
fn carried(toks: &[Tok], k: usize, direction: &str, fig: Option<&Figure>) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return true;
    };
    let t = &toks[p];
    if !t.is_word() {
        return true;
    }
    let adverb = toks[k].lower.as_str();
    if let Some(v) = lexicon::change_verb(&t.lower) {
        return v.carrier
            && v.direction.is_none_or(|d| d == direction)
            && (v.direct || (v.amount && fig.is_none_or(is_amount)));
    }
    let lemma = lexicon::verb_lemma(&t.lower);
    let particle = lexicon::is_particle_of(&t.lower, adverb)
        || lemma.is_some_and(|l| lexicon::is_particle_of(l, adverb));
    let verb = lemma.is_some() || t.lower.ends_with("ed") || t.lower.ends_with("ing");
    // "to stump up", "will pick up": a verb the lexicon does not know, by what precedes it.
    let marked = p.checked_sub(1).is_some_and(|m| {
        lexicon::is_verb_mark(&toks[m].lower) || lexicon::is_modal_verb(&toks[m].lower)
    });
    !particle && !verb && !marked
}

/// "By" right before the figure, after a change verb or adverb earlier in its clause: "rose by
/// 5%", "cutting headcount by roughly 15,000", "cut by a staggering 258,000 jobs", "revised
/// down by 125,000". The way back stops at punctuation, another figure, a clause connective and
/// any past form of another verb ("were killed by 3 gunmen").
fn by_before(toks: &[Tok], k: usize) -> Option<&'static str> {
    if !lexicon::is_change_preposition(&toks[k].lower) {
        return None;
    }
    let p = k.checked_sub(1)?;
    if let Some(direction) = lexicon::change_adverb(&toks[p].lower) {
        return carried(toks, p, direction, None).then_some(direction);
    }
    for j in (k.saturating_sub(BY_REACH)..k).rev() {
        let t = &toks[j];
        if t.kind != TokKind::Word || lexicon::is_clause_connective(&t.lower) {
            return None;
        }
        if let Some(v) = lexicon::change_verb(&t.lower) {
            if let Some(direction) = v.direction
                && !v.carrier
                && (v.direct || v.amount || v.by)
            {
                return Some(direction);
            }
            continue;
        }
        if lexicon::is_past_form(&t.lower) {
            return None;
        }
    }
    None
}

/// A change noun and "of" right before the figure: "a drop of 300", "a rise of 5%", "an
/// increase of 12,000 jobs". A figure of things needs the article ("the rise of two parties"
/// counts parties).
fn noun_of_before(toks: &[Tok], fig: &Figure, k: usize) -> Option<&'static str> {
    if !lexicon::is_change_noun_of(&toks[k].lower) {
        return None;
    }
    let n = k.checked_sub(1)?;
    let noun = toks.get(n).filter(|t| t.is_word())?;
    let direction = lexicon::change_noun(&noun_lemma(&noun.lower))?;
    let article = toks[n.saturating_sub(2)..n]
        .iter()
        .any(|t| lexicon::is_change_article(&t.lower));
    (is_amount(fig) || article).then_some(direction)
}

/// A change noun the figure is the size of: "a 2% increase", "a $5bn cut", "a 0.25-point cut".
/// Not after a count of things: "15,000 job cuts" counts cuts, and "one-off gains" are no
/// size of a gain.
fn noun_after(toks: &[Tok], fig: &Figure) -> Option<&'static str> {
    if fig.compound {
        let c = fig.counted.as_ref()?;
        let steps = !c.lemmas.is_empty() && c.lemmas.iter().all(|l| lexicon::is_change_step(l));
        return lexicon::change_noun(c.head.as_deref()?).filter(|_| steps);
    }
    if !matches!(fig.kind, Kind::Percent | Kind::Money | Kind::Measure) {
        return None;
    }
    let t = toks.get(fig.last + 1).filter(|t| t.is_word())?;
    lexicon::change_noun(&noun_lemma(&t.lower))
}

/// "Higher" or "lower" right after an amount: "closed 3% higher", "12 cents lower". Not a
/// compound ("lower-income").
fn adverb_after(toks: &[Tok], fig: &Figure) -> Option<&'static str> {
    if !matches!(fig.kind, Kind::Percent | Kind::Money | Kind::Measure) {
        return None;
    }
    let t = toks.get(fig.last + 1).filter(|t| t.is_word())?;
    let compound = toks
        .get(fig.last + 2)
        .is_some_and(|n| n.is_dash() && !n.space_before);
    if compound {
        return None;
    }
    lexicon::change_after(&t.lower)
}

#[cfg(test)]
mod tests {
    use super::super::testing::figures;
    use crate::model::claim::Change;

    /// The change of the figure written `figure` in `s`.
    fn change(s: &str, figure: &str) -> Option<Change> {
        figures(s)
            .into_iter()
            .find(|f| f.span.slice(s) == figure)
            .unwrap_or_else(|| panic!("{figure} is no figure of {s:?}"))
            .change
    }

    fn up(s: &str, figure: &str) {
        assert_eq!(change(s, figure), Some(Change::Up), "{figure} in {s:?}");
    }

    fn down(s: &str, figure: &str) {
        assert_eq!(change(s, figure), Some(Change::Down), "{figure} in {s:?}");
    }

    fn level(s: &str, figure: &str) {
        assert_eq!(change(s, figure), None, "{figure} in {s:?}");
    }

    #[test]
    fn a_verb_moves_the_figure_after_it_and_to_gives_the_level() {
        let s = "Shares in the housebuilder climbed 4.2% to 212p by lunchtime.";
        up(s, "4.2%");
        level(s, "212p");
        down("The pound fell 0.8% against the dollar on Tuesday.", "0.8%");
        down("Its shares dropped more than 18% in late trading.", "18%");
        up("The FTSE 100 rose 45 points in the first hour.", "45");
        down("The party's share collapsed by 20 points to 24%.", "20");
        down(
            "Payrolls at federal agencies fell 11,000 last month.",
            "11,000",
        );
        up("Prices have risen sharply 3% since the spring.", "3%");
        level("The death toll rose to 11,300 on Friday.", "11,300");
    }

    #[test]
    fn from_and_to_state_two_levels() {
        let s = "Gold slipped from $1,980 to $1,905 an ounce overnight.";
        level(s, "$1,980");
        level(s, "$1,905");
        let s = "The IMF's growth forecast was cut from 3.1 per cent to 2.9 per cent.";
        level(s, "3.1 per cent");
        level(s, "2.9 per cent");
    }

    #[test]
    fn a_verb_with_an_object_moves_only_an_amount() {
        up("The index gained 2% in thin trading.", "2%");
        up("Shares rose a further 2% on Monday.", "2%");
        // An amount that sizes a noun is no change of it.
        level("The fund gained a 5% stake in the airline.", "5%");
        // Jobs gained, eliminated or lost are counted events, not a level moving.
        level("The economy gained 73,000 jobs in July.", "73,000");
        // Points and places say how far a level moved.
        down("In Wales its share dropped four points.", "four");
        level("Manufacturers eliminated 11,000 jobs last month.", "11,000");
        level("The carmaker lost 11,000 jobs in the downturn.", "11,000");
        // A share of a whole is the verb's object.
        level("The bank will shed 15% of its staff by 2027.", "15%");
        // "Lost $1.6 billion" is a level of earnings.
        level(
            "The chipmaker lost $1.6 billion in the quarter.",
            "$1.6 billion",
        );
    }

    #[test]
    fn some_verbs_move_only_through_by_or_off() {
        level(
            "The group is cutting more than $10 billion in costs.",
            "$10 billion",
        );
        down(
            "The group is cutting costs by more than $10 billion.",
            "$10 billion",
        );
        down(
            "She won in two hours, knocking 8 seconds off the course record.",
            "8 seconds",
        );
        down(
            "The revision lopped a stunning 258,000 jobs off the payroll count.",
            "258,000",
        );
    }

    #[test]
    fn durations_and_frequencies_are_not_moved() {
        level("Rates rose three times last year.", "three");
        level("Shares fell 3 days in a row.", "3 days");
    }

    #[test]
    fn up_and_down_before_a_figure() {
        let s = "Brent crude was down 12 cents at $71.40 a barrel.";
        down(s, "12 cents");
        level(s, "$71.40");
        up("Exports were up 3pc on the year.", "3pc");
        down("Revenue edged down 1%, to $12.8 billion.", "1%");
        down(
            "Construction (down 11,000 jobs) was the weakest sector.",
            "11,000",
        );
        up("Sales, up 6% on a year earlier, beat forecasts.", "6%");
        // A particle of the verb before it says nothing of a level.
        level("Labour picked up 211 seats overnight.", "211");
        level("Air defences shot down 30 drones.", "30");
        up("Readership has shot up by 58% in a year.", "58%");
        level(
            "Parents are asked to stump up a third of the cost.",
            "a third",
        );
        // "Up to" is a hedge, not a rise.
        level("The fine could be up to $5,000.", "$5,000");
    }

    #[test]
    fn by_after_a_change_word() {
        up("Sales rose by 5% in the quarter.", "5%");
        down(
            "Intel is cutting headcount by roughly 15,000 this year.",
            "15,000",
        );
        down(
            "The firm is also cutting capital spending this year by approximately 20%.",
            "20%",
        );
        down(
            "Payrolls for the two months were cut by a staggering 258,000 jobs.",
            "258,000",
        );
        down("May's figure was revised down by 125,000.", "125,000");
        up("Unemployment was up by 0.2 points.", "0.2");
        // "By" after another verb is no change.
        level("The convoy was attacked by 30 gunmen.", "30");
        level("The drone was shot down by 2 missiles.", "2");
    }

    #[test]
    fn change_nouns() {
        up("Retailers reported a 2% increase in sales.", "2%");
        down("Sales of $12.8 billion, a 1% drop, missed forecasts.", "1%");
        down("The Bank announced a 0.25-point cut.", "0.25-point");
        down("Membership saw a drop of 300 in March.", "300");
        up("The sector saw an increase of 12,000 jobs.", "12,000");
        up("Prices showed a rise of 5% on the year.", "5%");
        // A count of cuts is an event count; "the rise of" counts what rose.
        level("The firm announced 15,000 job cuts.", "15,000");
        level("Profits were buoyed by one-off gains.", "one-off");
        level("The rise of two new parties alarmed them.", "two");
    }

    #[test]
    fn higher_and_lower_after_an_amount() {
        up("The Nikkei closed 1.3% higher on Friday.", "1.3%");
        down("Shares ended 12 cents lower.", "12 cents");
        level("It helps 5 lower-income families.", "5");
    }
}
