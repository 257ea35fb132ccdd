//! Extraction: from segmented sentences to claims.
//!
//! One pass per sentence: tokenize, find time expressions (which also mask date digits), find
//! figures, then attach to each figure its predicate, the nearest event time, the nearest place
//! and the sentence's attribution; a figure that is a rank ("the 19th amendment") becomes a
//! `Mention`, not a quantity. Quotes and roles are found in the same pass. One file per
//! claim family; this module only wires them together and resolves pronoun speakers against the
//! previous named source in the article. Pure: the same article gives the same claims. Figures
//! are a folder of their own (`quantity/`), one file per concept.

mod anchor;
pub mod attribution;
pub mod holder;
mod listing;
pub mod measured;
pub mod number;
pub mod place;
pub mod predicate;
pub mod quantity;
pub mod quote;
pub mod reference;
pub mod role;
mod score;
pub mod time;
pub mod units;

use jiff::civil::Date;

use crate::lexicon;
use crate::model::claim::{
    Attribution, Claims, Counted, Elided, Granularity, Kind, Mention, MentionKind, Quantity, Quote,
    TimeRef,
};
use crate::text::normalize::with_lower;
use crate::text::segment::{BlockKind, Segments};
use crate::text::span::Span;
use crate::text::token;

/// What carries over from one sentence to the next: the last named source (for "he said") and
/// the last quote's speaker (for a quotation continued in the next paragraph).
struct Running<'t> {
    /// The article's words written capitalized inside a sentence (holders).
    names: holder::Names<'t>,
    last_source: Option<Attribution>,
    last_quote_speaker: Option<Attribution>,
    /// The unit and noun of the last counted figure of the previous sentence, for a list that
    /// leaves the noun out ("Of the 650 seats, 648 are declared. Labour has 412, ...").
    last_counted: Option<(String, Counted)>,
    /// The unit, noun and value of the previous sentence's last counted figure when all its
    /// counted figures count that one noun, for a bare count that goes on counting it.
    sole_counted: Option<(String, Counted, f64)>,
    /// The last day a sentence resolved (not a time of the report): the time the story is
    /// telling, that "the previous month" counts back from.
    story_time: Option<Date>,
}

/// Extract every claim from an article's segmented text.
pub fn extract(text: &str, segments: &Segments, date: Option<Date>) -> Claims {
    let mut claims = Claims::default();
    let mut running = Running {
        names: holder::Names::new(text),
        last_source: None,
        last_quote_speaker: None,
        last_counted: None,
        sole_counted: None,
        story_time: None,
    };
    // One token vector for the article's sentences, refilled for each.
    let mut toks = Vec::new();
    for sentence in &segments.sentences {
        if sentence.kind == BlockKind::Boilerplate {
            continue;
        }
        extract_sentence(
            text,
            sentence.span,
            date,
            &mut running,
            &mut claims,
            &mut toks,
        );
    }
    claims
}

fn extract_sentence<'t>(
    text: &'t str,
    span: Span,
    date: Option<Date>,
    running: &mut Running,
    claims: &mut Claims,
    toks: &mut Vec<token::Tok<'t>>,
) {
    let sentence = span.slice(text);
    let cues = token::scan_cues(sentence);
    let quotes = quote::find_quotes(sentence, span.start);
    if !cues.numbers && !cues.roles && !cues.report && quotes.is_empty() {
        // Nothing to extract; the sentence still ends any quotation run and any list.
        running.last_quote_speaker = None;
        running.last_counted = None;
        running.sole_counted = None;
        return;
    }
    token::tokenize_into(sentence, span.start, toks);
    let toks: &[token::Tok] = toks;
    let times = if cues.times {
        time::find_times_after(toks, sentence, span.start, date, running.story_time)
    } else {
        Vec::new()
    };
    if let Some(day) = times
        .iter()
        .rev()
        .filter(|t| !t.of_report)
        .find_map(|t| t.day)
    {
        running.story_time = Some(day);
    }
    let masks = date_masks(toks, &times, sentence, span.start);
    let figures = if cues.numbers {
        quantity::find_figures(toks, &masks)
    } else {
        Vec::new()
    };
    // Places only matter to figures; most sentences have none.
    let places = if figures.is_empty() {
        Vec::new()
    } else {
        place::find_places(toks, sentence, span.start)
    };
    let mut source = attribution::find_attribution(toks, sentence, span.start);
    if let Some(s) = &mut source {
        if attribution::is_pronoun(&s.source) {
            if let Some(prev) = running.last_source.as_ref() {
                s.key = prev.key.clone();
                s.source = format!("{} ({})", s.source, prev.source);
            }
        } else {
            running.last_source = Some(s.clone());
        }
    }
    // Read once for the sentence: a denial governs every figure after it; times joined by
    // "and" date no figure alone.
    let denial = predicate::denial_reach(toks);
    let coordinated_times = coordinated(text, &times);
    let scoping = scoping_years(toks, &times);
    // Per place, the nearest figures before and after it that share its clause: read once per
    // sentence, not once per figure (a sentence of 20,000 figures).
    let clause_owners: Vec<[Option<Span>; 2]> = places
        .iter()
        .map(|p| {
            let k = figures.partition_point(|g| g.span.end <= p.span.start);
            let own =
                |g: &quantity::Figure| (!another_clause(text, p.span, g.span)).then_some(g.span);
            [
                k.checked_sub(1).and_then(|k| own(&figures[k])),
                figures.get(k).and_then(own),
            ]
        })
        .collect();
    if cues.numbers {
        claims
            .anchors
            .extend(anchor::find_anchors(toks, span, date));
        claims.scores.extend(score::find_scores(toks, span));
    }
    for f in &figures {
        // A rank counts nothing: it is listed as a mention, never as a quantity.
        if f.kind == Kind::Ordinal {
            claims.mentions.push(ordinal_mention(text, f, span));
            continue;
        }
        let mut reading = predicate::read_predicate(toks, f, &figures, denial);
        let mut predicate = reading.predicate.take();
        let mut unit = f.unit.clone();
        let mut counted = f.counted.clone();
        let people = reading.people
            || predicate
                .as_ref()
                .is_some_and(|p| lexicon::is_human_predicate(&p.lemma));
        // "632 dead", "670 others injured": the people are implied; "5,300 deaths" and "the
        // death toll rose to 2,122" count deaths (the cue says so).
        let implied_people = people && unit.is_none() && reading.counts.is_none();
        if people && unit.as_deref().is_none_or(stands_for_people) {
            unit = Some(reading.counts.unwrap_or("person").to_string());
        }
        if let Some(q) = reading.qualifier.take() {
            counted
                .get_or_insert_with(Default::default)
                .modifiers
                .push(q);
        }
        if let Some(end) = predicate.as_ref().map(|p| p.span.end)
            && let Some((q, _)) =
                quantity::qualifier_at(toks, toks.partition_point(|t| t.span.start < end))
        {
            let c = counted.get_or_insert_with(Default::default);
            if !c.modifiers.contains(&q) {
                c.modifiers.push(q);
            }
        }
        // "169 passengers were Indian": a nationality after a copula narrows the count.
        if let Some(p) = predicate
            .as_ref()
            .filter(|p| p.lemma == "be" && p.span.start >= f.span.end)
            && let Some(nationality) = nationality_after(toks, p.span.end)
        {
            // Kept with its copula: a complement says which of them, unlike an adjective
            // before the noun ("Indian jets" are the jets of the story).
            let copula = p.span.slice(text).to_lowercase();
            counted
                .get_or_insert_with(Default::default)
                .modifiers
                .push(format!("{copula} {nationality}"));
        }
        if unit.is_none()
            && f.kind == crate::model::claim::Kind::Count
            && let Some(p) = &predicate
        {
            unit = subject_unit(toks, p.span.start);
        }
        let mut kind = f.kind;
        let compound_scale = f.compound && f.unit.as_deref().is_some_and(lexicon::is_scale);
        if f.kind == crate::model::claim::Kind::Count
            && let Some(scale) = scale_of(toks, f).or(f.unit.clone().filter(|_| compound_scale))
        {
            // "a magnitude 6.8 earthquake" reads 6.8 on the scale, not 6.8 earthquakes.
            // A reading on a scale is not something that happened: "killed by the magnitude 6.8
            // earthquake" says nothing of the 6.8. What it describes is the quake of the story.
            unit = Some(scale);
            counted = None;
            predicate = None;
            kind = crate::model::claim::Kind::Measure;
        }
        if unit.is_none() && is_age(toks, f) {
            unit = Some("year".to_string());
        }
        if unit.is_none() && f.kind == crate::model::claim::Kind::Count {
            unit = noun_of_before(toks, f);
        }
        let holder = holder::find_holder(toks, f, &mut running.names);
        let reference = reference::reference(toks, f);
        let mut measured = measured::measured(toks, f, predicate.as_ref().map(|p| p.span));
        // "Labour has this time taken only 33.8 per cent of the vote": a share names no owner
        // of its own; its verb's subject owns it.
        if let Some(m) = measured.as_mut().filter(|m| {
            m.owner.is_none()
                && holder.is_none()
                && lexicon::measured_noun(&m.noun).is_some_and(|n| n.held)
        }) && let Some(p) = predicate.as_ref().filter(|p| p.span.end <= f.span.start)
            && let Some(v) = token::starting_at(toks, p.span.start)
        {
            m.owner = holder::subject_of_verb(toks, v, &mut running.names);
        }
        // "The SNP's share fell by 15 points": the points of a percentage are percentage
        // points, as if written so.
        if unit.as_deref() == Some("point")
            && kind == Kind::Count
            && (measured
                .as_ref()
                .and_then(|m| lexicon::measured_noun(&m.noun))
                .is_some_and(|n| n.percent)
                || points_to_percent(toks, f, &figures))
        {
            unit = Some("percentage point".to_string());
            kind = Kind::Percent;
            counted = None;
        }
        // "the deaths by state are as follows: North Carolina 95, ...", "Seats in the new
        // National Assembly (577 in total):": what the list's lead names.
        if unit.is_none()
            && f.kind == crate::model::claim::Kind::Count
            && f.counted.is_none()
            && let Some(end) = listing::colon_before(toks, f)
                .filter(|_| holder::elided_slot(toks, f, holder.as_deref()))
                .or_else(|| {
                    // A figure before it names what the total counts ("sold 750,000 copies
                    // ... and 3.5 million in total").
                    let first = figures.iter().all(|g| g.first >= f.first);
                    (first && listing::is_in_total(toks, f)).then_some(f.first)
                })
            && let Some((u, c)) = listing::lead_noun(toks, end)
        {
            unit = Some(u);
            counted = Some(c);
        }
        // "Labour has 412, the Conservatives 121": the list's noun, left out after its first.
        if unit.is_none()
            && f.kind == crate::model::claim::Kind::Count
            && holder::elided_slot(toks, f, holder.as_deref())
            && let Some((u, c)) = listed_noun(&claims.quantities, span, running)
        {
            unit = Some(u);
            counted = counted.or(Some(c));
        }
        // "killed 26 civilians and injured 46": the noun a figure beside it names, rather
        // than the people its verb implies.
        let mut elided = None;
        if (unit.is_none() || implied_people)
            && let Some((u, c)) = listing::lead_counted(toks, f, &claims.quantities, span)
                .or_else(|| elided_noun(toks, f, &figures, &claims.quantities, span, running))
        {
            elided = Some(Elided {
                unit: unit.replace(u),
                counted: counted.clone(),
            });
            counted = c.or(counted);
        }
        if let (Some(c), Some(p)) = (counted.as_mut(), &predicate)
            && c.head.is_none()
            && p.span.end <= f.span.start
            && lexicon::is_containment_verb(&p.lemma)
        {
            c.head = whole_before(toks, p.span.start);
        }
        let mut time = nearest_time(text, &times, &coordinated_times, &scoping, f.span);
        // "The death toll rose to 2,122 on Sunday": Sunday is when the count stood there. A
        // period is what the figure covers, not when it was read ("sales in the second
        // quarter rose to $12.8bn").
        if reading.level
            && let Some(t) = &mut time
            && !matches!(t.granularity, Granularity::Quarter)
        {
            t.of_report = true;
        }
        // A place in a later clause that has a figure of its own is that figure's: "A, B and
        // C each took four seats, and the remaining 23 went to others in Northern Ireland".
        // An earlier clause's place carries on into an elided one ("killed in the Ternopil
        // strike, and 73 injured").
        let place = places
            .iter()
            .zip(&clause_owners)
            .filter(|(p, owners)| {
                !(p.span.start >= f.span.end
                    && p.span.start - f.span.end <= CLAUSE_REACH
                    && another_clause(text, p.span, f.span)
                    && owners.iter().flatten().any(|&g| g != f.span))
            })
            .map(|(p, _)| p)
            .min_by_key(|p| distance(p.span, f.span) + if p.locative { 0 } else { 80 })
            .cloned();
        claims.quantities.push(Quantity {
            span: f.span,
            text: f.span.slice(text).to_string(),
            hedge: f.hedge.as_ref().map(|(h, _)| h.clone()),
            value: f.value,
            low: f.low,
            high: f.high,
            bound: f.bound,
            kind,
            unit,
            change: f.change,
            counted: counted.map(Box::new),
            predicate: predicate.map(Box::new),
            time: time.map(Box::new),
            place: place.map(Box::new),
            attribution: source.clone().map(Box::new),
            holder,
            measured: measured.map(Box::new),
            reference: reference.map(Box::new),
            elided: elided.map(Box::new),
            sentence: span,
        });
    }
    let mut next_speaker = None;
    for q in quotes {
        // The quote's own words are not its speaker: only attribution outside it counts.
        let speaker = source.as_ref().filter(|s| !q.contains(s.span));
        // A quotation with no speaker in its sentence continues the previous one
        // (a quote running over two paragraphs).
        let speaker = speaker.or(running.last_quote_speaker.as_ref());
        claims.quotes.push(Quote {
            span: q,
            text: q.slice(text).to_string(),
            speaker: speaker.map(|s| s.source.clone()),
            speaker_key: speaker.map(|s| s.key.clone()),
            sentence: span,
        });
        if let Some(s) = speaker {
            next_speaker = Some(s.clone());
        }
    }
    // Only the sentence right after a quote can continue it.
    running.last_quote_speaker = next_speaker;
    let counted_here = || {
        claims
            .quantities
            .iter()
            .rev()
            .take_while(|q| q.sentence == span)
            .filter(|q| q.kind == Kind::Count && q.counted.is_some())
    };
    running.last_counted = counted_here()
        .next()
        .and_then(|q| Some((q.unit.clone()?, q.counted.as_deref().cloned()?)));
    running.sole_counted = counted_here()
        .next()
        .filter(|last| counted_here().all(|q| q.unit == last.unit))
        .and_then(|q| Some((q.unit.clone()?, q.counted.as_deref().cloned()?, q.value)));
    if cues.roles {
        claims
            .roles
            .extend(role::find_roles(toks, sentence, span.start));
    }
}

/// The mention of a rank, with the noun it qualifies: "the 19th amendment" an amendment, "an
/// 88th-minute equaliser" an equaliser.
fn ordinal_mention(text: &str, f: &quantity::Figure, sentence: Span) -> Mention {
    let noun = f
        .unit
        .clone()
        .or_else(|| f.counted.as_ref().and_then(|c| c.lemmas.first().cloned()));
    Mention {
        kind: MentionKind::Ordinal,
        span: f.span,
        text: f.span.slice(text).to_string(),
        value: f.value,
        noun,
        sentence,
    }
}

/// The counted noun a list leaves out: that of the sentence's last counted figure before,
/// else of the previous sentence's last one.
fn listed_noun(
    quantities: &[Quantity],
    sentence: Span,
    running: &Running,
) -> Option<(String, Counted)> {
    quantities
        .iter()
        .rev()
        .take_while(|q| q.sentence == sentence)
        .find(|q| q.kind == Kind::Count && q.counted.is_some())
        .and_then(|q| Some((q.unit.clone()?, q.counted.as_deref().cloned()?)))
        .or_else(|| running.last_counted.clone())
}

/// The counted noun a bare count leaves out because a figure beside it names it: "killed 26
/// civilians and injured 46", "cutting 15,000 in June and 11,000 in May", "lowered the death
/// toll to 275 from 288", "trimmed by 125,000 to only 19,000 jobs"; failing any in its
/// sentence, the previous sentence's ("fell by 12,000 jobs. Support services dropped by nearly
/// 20,000."). The unit, and the noun phrase when the figure naming it has one.
fn elided_noun(
    toks: &[token::Tok],
    f: &quantity::Figure,
    figures: &[quantity::Figure],
    quantities: &[Quantity],
    sentence: Span,
    running: &Running,
) -> Option<(String, Option<Counted>)> {
    // A count of things is whole: "rose to 67.4 from 61.5" counts nothing.
    if f.kind != Kind::Count
        || f.unit.is_some()
        || f.counted.is_some()
        || f.compound
        || f.value.fract() != 0.0
    {
        return None;
    }
    // "ten times" counts repetitions, a set no list goes on counting.
    let shared = |u: &Option<String>| u.as_deref().is_some_and(|u| u != "time");
    // A part named in passing ("killed 19 people, including three children, and injured
    // 64") is not the noun the list goes on with.
    let part = |q: &Quantity| {
        q.predicate
            .as_ref()
            .is_some_and(|p| lexicon::is_containment_verb(&p.lemma))
    };
    let before = quantities
        .iter()
        .rev()
        .take_while(|q| q.sentence == sentence)
        .find(|q| q.kind == Kind::Count && q.unit.is_some() && !part(q))
        .filter(|q| shared(&q.unit))
        .and_then(|q| Some((q.unit.clone()?, q.counted.as_deref().cloned())));
    // After it, only across function words: "trimmed by 125,000 to only 19,000 jobs", but
    // "Out of 275, 88 bodies have been identified" names the whole's noun no more than its
    // own, and "the four Home Unions will also have one eye" counts no eyes.
    let after = || {
        let g = figures
            .iter()
            .find(|g| g.first > f.last && g.kind == Kind::Count && g.unit.is_some())
            .filter(|g| shared(&g.unit))?;
        toks[f.last + 1..g.first]
            .iter()
            .all(|t| t.kind == token::TokKind::Word && lexicon::is_phrase_stop(&t.lower))
            .then(|| Some((g.unit.clone()?, g.counted.clone())))
            .flatten()
    };
    // Across a sentence the list goes on only when this sentence names no noun of its own,
    // from a sentence that counts one noun, and at the same order of size: "a survey of 10,227
    // firms. The reading could go as low as 15" counts no firms; "two pilots, 10 crew members
    // and 230 passengers. All but one of them, 241 in total, were killed" no passengers.
    let named_here = before.is_some()
        || figures
            .iter()
            .any(|g| g.kind == Kind::Count && g.unit.is_some());
    let comparable = |v: f64| f.value > 0.0 && v > 0.0 && (f.value / v).max(v / f.value) <= 50.0;
    let (unit, counted) = before.or_else(after).or_else(|| {
        running
            .sole_counted
            .clone()
            .filter(|(u, _, v)| !named_here && comparable(*v) && shared(&Some(u.clone())))
            .map(|(u, c, _)| (u, Some(c)))
    })?;
    // The noun is shared, not what narrows it: "169 passengers were Indian, 53 British".
    let counted = counted.map(|c| Counted {
        modifiers: Vec::new(),
        ..c
    });
    Some((unit, counted))
}

/// Points that move a level written in percent: "collapsed by 20 points to 24%", "up two
/// points from 31%".
fn points_to_percent(
    toks: &[token::Tok],
    f: &quantity::Figure,
    figures: &[quantity::Figure],
) -> bool {
    let Some(next) = figures.iter().find(|g| g.first > f.phrase_end) else {
        return false;
    };
    next.kind == Kind::Percent
        && next.first == f.phrase_end + 1
        && matches!(toks[f.phrase_end].lower.as_str(), "to" | "from")
}

/// The nationality right after a copula ending at byte `end`: "were Indian", "were British".
fn nationality_after(toks: &[token::Tok], end: usize) -> Option<String> {
    let t = toks.get(toks.partition_point(|t| t.span.start < end))?;
    let known = t.is_capitalized()
        && !lexicon::gazetteer::Gazetteer::get()
            .resolve(&t.lower)
            .is_empty()
        // A demonym's form, not a place's own name ("were Indian", not "were Kyiv").
        && ["an", "ish", "ese", "i", "ch"]
            .iter()
            .any(|end| t.lower.ends_with(end));
    known.then(|| t.text.to_string())
}

/// A counted lemma that names no one but the people a predicate implies: the cue itself
/// ("5,300 deaths", "632 dead", "270 lives") or a pronoun-like noun ("670 others").
fn stands_for_people(unit: &str) -> bool {
    lexicon::is_nominal_cue(unit) || matches!(unit, "other" | "more")
}

/// The counted noun of a bare figure from its clause's subject: "The number of people out of
/// work rose 32,000" counts people; "the benefit claimant total fell 11,000" counts claimants.
fn subject_unit(toks: &[token::Tok], verb_start: usize) -> Option<String> {
    let v = token::starting_at(toks, verb_start)?;
    let mut a = v;
    while a > 0 && !toks[a - 1].is_punct(",") && !toks[a - 1].is_punct(";") && v - a < 12 {
        a -= 1;
    }
    let subject = &toks[a..v];
    if let Some(k) = subject
        .windows(2)
        .position(|w| w[0].is("number") && w[1].is("of"))
    {
        // "the number of unemployed people": the last word of the noun phrase after "of".
        let mut noun = subject.get(k + 2).filter(|t| t.is_word())?;
        for t in subject.iter().skip(k + 3).take(2) {
            let plain = t.is_word()
                && !t.is_capitalized()
                && !lexicon::is_phrase_stop(&t.lower)
                && lexicon::verb_lemma(&t.lower).is_none();
            if !plain {
                break;
            }
            noun = t;
        }
        return Some(crate::text::normalize::noun_lemma(&noun.lower));
    }
    let last = subject
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "total" | "tally" | "count"))?;
    // "Hong Kong's total population is 7.4 million": the noun after "total" is counted.
    if let Some(next) = subject.get(last + 1).filter(|t| {
        t.is_word()
            && !t.is_capitalized()
            && !lexicon::is_phrase_stop(&t.lower)
            && lexicon::verb_lemma(&t.lower).is_none()
    }) {
        return Some(crate::text::normalize::noun_lemma(&next.lower));
    }
    // The possessive "s" of "Kong's" is no noun.
    let noun = subject[..last]
        .iter()
        .rev()
        .find(|t| t.is_word() && !t.is_capitalized() && t.lower.len() > 1)?;
    (!matches!(noun.lower.as_str(), "the" | "a" | "an" | "its" | "their"))
        .then(|| crate::text::normalize::noun_lemma(&noun.lower))
}

/// What a bare figure measures, named by the group noun before "of": "a landslide majority of
/// 174", "a crowd of 2,000". A group word that only carries a number ("a total of 242", "a
/// handful of") names nothing.
fn noun_of_before(toks: &[token::Tok], f: &quantity::Figure) -> Option<String> {
    let at = f.lead(toks);
    let of = toks.get(at.checked_sub(1)?)?;
    let noun = toks.get(at.checked_sub(2)?)?;
    let det = toks.get(at.checked_sub(3)?)?;
    // A group noun: the figure counts its members ("a majority of 174" seats, "a crowd of
    // 2,000" people), and the group is what it measures.
    let group = noun.is_word()
        && !noun.is_capitalized()
        && lexicon::is_partitive(&noun.lower)
        && !lexicon::is_quantity_noun(&noun.lower);
    // A determiner, possessive or adjective before the noun: "a majority", "its population".
    let introduced = det.is_word() || det.is_punct("’") || det.is_punct("'");
    (of.is("of") && group && introduced).then(|| crate::text::normalize::noun_lemma(&noun.lower))
}

/// The whole a containment verb's subject names: "the 28-point US peace plan now consisted of
/// 19 points" → `plan`. The nearest common noun before the verb, past adverbs; none for a name
/// or a pronoun.
fn whole_before(toks: &[token::Tok], verb_start: usize) -> Option<String> {
    let v = token::starting_at(toks, verb_start)?;
    let mut k = v;
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        if t.lower.ends_with("ly") || lexicon::is_predicate_gap_word(&t.lower) {
            continue;
        }
        let noun = t.is_word()
            && !t.is_capitalized()
            && !lexicon::is_phrase_stop(&t.lower)
            && !lexicon::is_pronoun(&t.lower);
        return noun.then(|| crate::text::normalize::noun_lemma(&t.lower));
    }
    None
}

/// "Smith, 43, said", "aged 68", "(65)": a bare number that is a person's age.
/// The named scale a bare figure is read on: "a magnitude of 6.8", "7.2 in magnitude", "7 on
/// the Richter scale" (`lexicon::scale_around`).
fn scale_of(toks: &[token::Tok], f: &quantity::Figure) -> Option<String> {
    // A plural noun after the figure is what it counts: "magnitude 7 earthquakes".
    if f.counted.as_ref().is_some_and(|c| c.text.ends_with('s')) {
        return None;
    }
    let at = f.lead(toks);
    let before: Vec<&str> = toks[at.saturating_sub(3)..at]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let after: Vec<&str> = toks[(f.last + 1).min(toks.len())..(f.last + 6).min(toks.len())]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    // "a 6.8 earthquake": a decimal figure before a singular noun read on a scale ("one
    // earthquake" counts one).
    let decimal = toks[f.first].kind == token::TokKind::Number && toks[f.first].text.contains('.');
    lexicon::scale_around(&before, &after)
        .or_else(|| {
            after
                .first()
                .filter(|_| decimal)
                .and_then(|w| lexicon::scale_noun(w))
        })
        .map(str::to_string)
}

fn is_age(toks: &[token::Tok], f: &quantity::Figure) -> bool {
    if f.kind != crate::model::claim::Kind::Count
        || f.value < 1.0
        || f.value > 120.0
        || f.value.fract() != 0.0
    {
        return false;
    }
    let prev = f.first.checked_sub(1).map(|p| &toks[p]);
    let prev2 = f.first.checked_sub(2).map(|p| &toks[p]);
    let next = toks.get(f.last + 1);
    // "aged 40", "at the age of 40", "pension age to 65".
    let lo = f.first.saturating_sub(3);
    if toks[lo..f.first]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "aged" | "age" | "ages"))
    {
        return true;
    }
    let comma_after = next.is_none_or(|n| n.is_punct(",") || n.is_punct(".") || n.is_punct(")"));
    // "He was 84," / "she is 35."
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "was" | "is"))
        && prev2.is_some_and(|p| matches!(p.lower.as_str(), "he" | "she"))
        && comma_after
    {
        return true;
    }
    // "Warren Leblanc, 17, ..." and "The veteran film-maker, 68, won": an appositive number
    // between commas after a name or a noun.
    let comma_before = prev.is_some_and(|p| p.is_punct(","))
        && prev2.is_some_and(|p| {
            p.is_capitalized() || (p.is_word() && next.is_some_and(|n| n.is_punct(",")))
        });
    let parens = prev.is_some_and(|p| p.is_punct("("))
        && next.is_some_and(|n| n.is_punct(")"))
        && prev2.is_some_and(|p| p.is_capitalized());
    (comma_before && comma_after) || parens
}

/// Spans whose digits belong to dates and times rather than figures.
fn date_masks(toks: &[token::Tok], times: &[TimeRef], _sentence: &str, _base: usize) -> Vec<Span> {
    // "two weeks ago" names a duration as well as a time: its figure stays.
    let mut masks: Vec<Span> = times
        .iter()
        .filter(|t| !t.text.ends_with("ago"))
        .map(|t| t.span)
        .collect();
    // Times of day are matched but not kept as TimeRefs; mask them too.
    for (i, t) in toks.iter().enumerate() {
        if t.kind == token::TokKind::Number
            && (toks.get(i + 1).is_some_and(|n| {
                n.is_punct(":")
                    && !n.space_before
                    && toks
                        .get(i + 2)
                        .is_some_and(|d| d.kind == token::TokKind::Number && !d.space_before)
            }))
        {
            masks.push(t.span.cover(toks[(i + 2).min(toks.len() - 1)].span));
        } else if t.kind == token::TokKind::Number
            && let Some(end) =
                time::meridiem_after(toks, i + 1).or_else(|| time::clock_with_zone(toks, i))
        {
            // "10pm", "9 p.m. curfew", "1500 GMT": an hour, not a count.
            masks.push(t.span.cover(toks[end - 1].span));
        }
    }
    masks
}

/// Where a year-long time dates the figures of its sentence, by position: a year in the
/// middle of a clause is too loose a time for a figure ("the worst since 2004", "its 2023
/// forecast"), but one that opens the sentence ("In 2004, Morocco was hit by a quake which
/// killed 600", "Last year 27 people were killed") is the time of all of it, and one followed
/// by ", when" ("since 2004, when a tremor killed 600") is the time of the clause after it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum YearScope {
    None,
    Sentence,
    After,
}

/// The scope of each of a sentence's times that is a year (`YearScope`).
fn scoping_years(toks: &[token::Tok], times: &[TimeRef]) -> Vec<YearScope> {
    times
        .iter()
        .map(|t| {
            let first = toks.partition_point(|k| k.span.start < t.span.start);
            let last = toks.partition_point(|k| k.span.start < t.span.end);
            if t.granularity == crate::model::claim::Granularity::Quarter {
                // "after posting a second-quarter loss": a quarter before a noun dates what
                // that noun's phrase goes on to give ("second-quarter sales of $12.8bn"), not
                // the clause's other figures.
                let adjective = toks.get(last).is_some_and(|k| {
                    k.is_word()
                        && !k.is_capitalized()
                        && !lexicon::is_clause_connective(&k.lower)
                        && !matches!(
                            k.lower.as_str(),
                            "of" | "in"
                                | "on"
                                | "at"
                                | "for"
                                | "from"
                                | "to"
                                | "as"
                                | "than"
                                | "with"
                                | "by"
                                | "compared"
                                | "versus"
                                | "was"
                                | "were"
                                | "is"
                        )
                });
                return if adjective {
                    YearScope::After
                } else {
                    YearScope::None
                };
            }
            if t.granularity != crate::model::claim::Granularity::Year {
                return YearScope::None;
            }
            let opens = first <= 2
                && toks[..first]
                    .iter()
                    .all(|k| lexicon::is_time_opener(&k.lower));
            let when = toks.get(last).is_some_and(|k| k.is_punct(","))
                && toks.get(last + 1).is_some_and(|k| k.is("when"));
            if opens {
                YearScope::Sentence
            } else if when {
                YearScope::After
            } else {
                YearScope::None
            }
        })
        .collect()
}

/// The time a figure happened: the nearest event time in the sentence, else a report time.
/// A time in the figure's own clause comes first: in "May's gains were trimmed to 19,000, and
/// June's figure was cut to 14,000", 19,000 is May's though June's stands nearer.
fn nearest_time(
    text: &str,
    times: &[TimeRef],
    coordinated: &[bool],
    scoping: &[YearScope],
    at: Span,
) -> Option<TimeRef> {
    let far = |t: &TimeRef| (another_clause(text, t.span, at), distance(t.span, at));
    // "258,000 jobs off payrolls for May and June": a figure of two coordinated times is of
    // neither alone. A year dates only the figures in its scope.
    let usable = times
        .iter()
        .zip(coordinated)
        .zip(scoping)
        .filter(|((t, c), scope)| {
            let year_ok = match scope {
                YearScope::None => t.granularity != crate::model::claim::Granularity::Year,
                YearScope::Sentence => true,
                YearScope::After => t.span.end <= at.start,
            };
            year_ok && !**c && !after_since(text, t.span)
        })
        .map(|((t, _), _)| t);
    usable
        .clone()
        .filter(|t| !t.of_report)
        .min_by_key(|t| far(t))
        .or_else(|| usable.min_by_key(|t| far(t)))
        .cloned()
}

/// A time that starts a span lasting until the report ("held since July 2023", "burning since
/// Friday") dates no figure: the figure is the state now, not an event of that day. A clause
/// on that time is of it: "the strongest quake since 2004, when a tremor killed 600 people".
fn after_since(text: &str, at: Span) -> bool {
    let after = text.get(at.end..).unwrap_or("").trim_start();
    if after.starts_with(", when") || after.starts_with(" when") {
        return false;
    }
    let before = text.get(..at.start).unwrap_or("").trim_end();
    let Some(cut) = before.len().checked_sub(5) else {
        return false;
    };
    before
        .get(cut..)
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
        && !before[..cut]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Which of a sentence's times are one of two joined by "and" or "or" ("May and June",
/// "Monday or Tuesday"): what lies between the two, trimmed, is the word. Read once per
/// sentence: from the end of each time, the word and the spaces around it say where the other
/// must start, found by binary search (a walk over every other time's gap made a long sentence
/// cubic).
fn coordinated(text: &str, times: &[TimeRef]) -> Vec<bool> {
    let mut out = vec![false; times.len()];
    let mut by_start: Vec<usize> = (0..times.len()).collect();
    by_start.sort_by_key(|&k| times[k].span.start);
    let spaces = |from: usize| {
        text.get(from..).map_or(from, |rest| {
            from + rest.len() - rest.trim_start_matches(char::is_whitespace).len()
        })
    };
    for (i, a) in times.iter().enumerate() {
        let word_at = spaces(a.span.end);
        let Some(rest) = text.get(word_at..) else {
            continue;
        };
        let Some(word) = ["and", "or"].into_iter().find(|w| rest.starts_with(w)) else {
            continue;
        };
        // The other time starts right after the word or anywhere in the spaces after it.
        let (lo, hi) = (word_at + word.len(), spaces(word_at + word.len()));
        let first = by_start.partition_point(|&k| times[k].span.start < lo);
        for &k in by_start[first..]
            .iter()
            .take_while(|&&k| times[k].span.start <= hi)
        {
            out[i] = true;
            out[k] = true;
        }
    }
    out
}

/// Whether a clause break stands between a time `a` and a figure `b` of one sentence: a
/// semicolon, a comma and a clause connective ("19,000, and June's"), a conjunction right
/// before a time after the figure, or another figure's "from" between them.
fn another_clause(text: &str, a: Span, b: Span) -> bool {
    let (first, second) = if a.end <= b.start { (a, b) } else { (b, a) };
    let Some(between) = text.get(first.end.min(second.start)..second.start) else {
        return false;
    };
    // "revised from 144,000 down to 19,000 and June's from 147,000": a time right after the
    // conjunction opens the next conjunct.
    let opens_conjunct = a.start > b.start
        && between
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| matches!(w, "and" | "but" | "while" | "whereas"));
    // "was up from 4.1% in June": a time after another figure's "from" is that figure's.
    let past_a_from = a.start > b.start
        && between
            .split_once(" from ")
            .is_some_and(|(_, rest)| rest.chars().any(|c| c.is_ascii_digit()));
    opens_conjunct
        || past_a_from
        || between.contains(';')
        || between.split(',').skip(1).any(|rest| {
            rest.split_whitespace()
                .next()
                .is_some_and(|w| with_lower(w, lexicon::is_clause_connective))
        })
}

/// How far after a figure (in bytes) a place is read for the clause it stands in: a place
/// further on is judged by distance alone, so that a sentence of thousands of figures and
/// places is not read once per pair.
const CLAUSE_REACH: usize = 300;

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The figure written `figure` in the one-paragraph `text`, for the rules' own tests.
#[cfg(test)]
pub(crate) fn figure_in(text: &str, figure: &str) -> Quantity {
    let segments = crate::text::segment::segment(text, Span::new(0, text.len()));
    extract(text, &segments, None)
        .quantities
        .into_iter()
        .find(|q| q.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::segment;

    #[test]
    fn a_time_after_since_dates_no_figure() {
        // Regression: "to the 4.75%-5.00% range, from the 5.25%-5.50% range where it had been
        // held since July 2023" dated the new range July 2023, another event than a report's
        // "on Wednesday".
        let q = figure_in("The rate has been held at 5.3% since July 2023.", "5.3%");
        assert!(q.time.is_none(), "{:?}", q.time);
        let q = figure_in("The rate was cut to 5.3% in July 2023.", "5.3%");
        assert_eq!(q.time.map(|t| t.text).as_deref(), Some("July 2023"));
        assert!(after_since("held since July", Span::new(11, 15)));
        assert!(!after_since("convinced July", Span::new(10, 14)));
    }
    use jiff::civil::date;

    /// The quantities of a one-paragraph article dated `d`.
    fn quantities(text: &str, d: Option<Date>) -> Vec<Quantity> {
        let segments = segment(text, Span::new(0, text.len()));
        extract(text, &segments, d).quantities
    }

    /// (unit, predicate) of the figure written `figure` in `text`.
    fn measure(text: &str, figure: &str) -> (String, String) {
        let q = quantities(text, None)
            .into_iter()
            .find(|q| q.text == figure)
            .unwrap_or_else(|| panic!("{figure} not found in {text:?}"));
        (
            q.unit.unwrap_or_default(),
            q.predicate.map(|p| p.label()).unwrap_or_default(),
        )
    }

    #[test]
    fn a_place_in_another_figures_clause_is_that_figures() {
        let s = "Plaid Cymru, Reform UK and the Greens each took four seats, and the remaining 23 \
                 seats went to other parties in Northern Ireland.";
        let place = |figure: &str| figure_in(s, figure).place.map(|p| p.text);
        assert_eq!(place("four"), None);
        assert_eq!(place("23").as_deref(), Some("Northern Ireland"));
        // The only figure of a sentence keeps a place in a later clause.
        let one = "Four seats were won, and the count went on in Northern Ireland.";
        assert_eq!(
            figure_in(one, "Four").place.map(|p| p.text).as_deref(),
            Some("Northern Ireland")
        );
    }

    /// The texts of the quantities of `text`.
    fn texts(text: &str) -> Vec<String> {
        quantities(text, None).into_iter().map(|q| q.text).collect()
    }

    /// The (text, noun) of the mentions of `text`.
    fn mentions(text: &str) -> Vec<(String, Option<String>)> {
        let segments = segment(text, Span::new(0, text.len()));
        extract(text, &segments, None)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.noun))
            .collect()
    }

    /// The day the figure written `figure` in `text` (an article of `d`) is dated to.
    fn dated(text: &str, figure: &str, d: Date) -> Option<String> {
        quantities(text, Some(d))
            .into_iter()
            .find(|q| q.text == figure)
            .unwrap_or_else(|| panic!("{figure} not found in {text:?}"))
            .time
            .and_then(|t| t.day)
            .map(|d| d.to_string())
    }

    #[test]
    fn an_elided_noun_is_not_that_of_a_part_named_in_passing() {
        let text = "The strike killed at least 19 people, including three children, and injured 64, officials said.";
        assert_eq!(
            measure(text, "64"),
            ("person".to_string(), "injure".to_string())
        );
    }

    #[test]
    fn a_status_after_the_figure_beats_a_verb_of_the_clause_before() {
        let text = "At least 12 people were killed and 30 were missing after the fire.";
        assert_eq!(measure(text, "12").1, "kill");
        assert_eq!(measure(text, "30").1, "missing");
        let text = "Officials said 21 people had died and 11 were still unaccounted for.";
        assert_eq!(measure(text, "11").1, "missing");
    }

    #[test]
    fn a_year_dates_its_figures_only_when_it_opens_the_sentence_or_a_when_clause() {
        let d = date(2023, 9, 9);
        let text = "In 2004, Morocco was hit by the al-Hoceima earthquake, which caused over 600 casualties.";
        assert_eq!(dated(text, "600", d).as_deref(), Some("2004-01-01"));
        let text =
            "It was the strongest quake since 2004, when a tremor at al Hoceima killed 600 people.";
        assert_eq!(dated(text, "600", d).as_deref(), Some("2004-01-01"));
        let text = "Last year 27 people were killed in the fires.";
        assert_eq!(dated(text, "27", d).as_deref(), Some("2022-01-01"));
        // A year inside a clause is too loose a time for a figure.
        let text = "More than 2,000 people died in the worst quake since 2004.";
        assert_eq!(dated(text, "2,000", d), None);
        let text = "The firm cut 300 jobs, its 2023 plan said.";
        assert_eq!(dated(text, "300", d), None);
    }

    #[test]
    fn ranks_dates_and_names_are_no_quantities() {
        let none = [
            "The states ratified the 19th amendment.",
            "The bank posted its eighth straight quarterly gain.",
            "She lost a second-round match in Paris.",
            "An 88th-minute equaliser saved them.",
            "Profits rose in the third quarter.",
            "They lost at home for the third time.",
            "Nadal won his 22nd grand slam title.",
            "The deal was signed on Sept. 3 in London.",
            "Revenue rose in the year ending March 31.",
            "The manuscript was written between 1450 and 1520.",
            "Her family emigrated in 2004.",
            "Samsung's Galaxy S24 went on sale.",
            "The FTSE 100 fell.",
            "FTSE 250 shares slipped.",
            "The pilot landed an Airbus A320 on the river.",
            "A category 3 storm hit the coast.",
            "Highway 101 was closed.",
            "Game 7 is on Sunday.",
            "The Stoxx 600 closed flat.",
            "A phase 3 trial has begun.",
        ];
        for s in none {
            assert_eq!(texts(s), Vec::<String>::new(), "{s}");
        }
        // The figures beside them are still read.
        assert_eq!(
            texts("The FTSE 100 fell 1.2% as a phase 3 trial of 30,000 volunteers began."),
            ["1.2%", "30,000"]
        );
        assert_eq!(texts("Apple's iPhone 15 costs $799."), ["$799"]);
        assert_eq!(
            // A schedule's ends are not figures; a time of day on its own is one.
            texts("It airs from 1130 to 1215 GMT and again at 1900 BST for 90 minutes."),
            ["1900 BST", "90 minutes"]
        );
        assert_eq!(
            texts("Apple's iOS 17 update reached 76% of devices."),
            ["76%"]
        );
        assert_eq!(texts("The Windows 11 upgrade costs $139."), ["$139"]);
    }

    #[test]
    fn ranks_are_mentions_with_the_noun_they_rank() {
        assert_eq!(
            mentions("The states ratified the 19th amendment."),
            [("19th".to_string(), Some("amendment".to_string()))]
        );
        assert_eq!(
            mentions("An 88th-minute equaliser saved them."),
            [("88th-minute".to_string(), Some("equaliser".to_string()))]
        );
    }

    fn is(unit: &str, predicate: &str) -> (String, String) {
        (unit.to_string(), predicate.to_string())
    }

    #[test]
    fn nominal_predicates_count_people_or_what_their_noun_names() {
        // A cue that is the figure's own noun, or names the toll it gives, is what is counted;
        // an adjective or a cue after the figure describes people.
        let cases = [
            (
                "To date, 5,300 deaths have been confirmed.",
                "5,300",
                "death",
            ),
            (
                "The interior ministry gave a toll of 632 dead and 329 injured.",
                "632",
                "person",
            ),
            (
                "The crash has now claimed 270 lives, officials said.",
                "270",
                "life",
            ),
            (
                "Of the 242 people on the aircraft, 241 have been confirmed dead.",
                "241",
                "person",
            ),
            (
                "The death toll of the earthquake rose to 2,122 on Sunday.",
                "2,122",
                "death",
            ),
            (
                "The service put the number of dead at 99 people.",
                "99",
                "person",
            ),
            (
                "The number of deaths is 288, the minister said.",
                "288",
                "death",
            ),
            (
                "At least 12 people lost their lives in the floods.",
                "12",
                "person",
            ),
        ];
        for (s, f, unit) in cases {
            assert_eq!(measure(s, f), is(unit, "kill"), "{s}");
        }
        assert_eq!(
            measure(
                "At least 820 people have been killed and more than 670 others injured.",
                "670"
            ),
            is("person", "injure")
        );
        assert_eq!(
            measure(
                "The secretary-general said 10,100 people are listed as missing.",
                "10,100"
            ),
            is("person", "missing")
        );
        // Lives saved count lives, by their own verb.
        assert_eq!(
            measure("The rules saved 65 lives.", "65"),
            is("life", "save")
        );
    }

    #[test]
    fn may_with_a_possessive_or_another_month_is_the_month() {
        let d = Some(date(2025, 8, 1));
        let day = |s: &str| {
            quantities(s, d)
                .into_iter()
                .next()
                .and_then(|q| q.time)
                .and_then(|t| t.day)
                .map(|d| d.to_string())
        };
        // "May's" is no modal, and May in an August article is the May before it.
        assert_eq!(
            day("May's job gains were cut to 19,000 from 144,000.").as_deref(),
            Some("2025-05-01")
        );
        // The time of the figure's own clause, not the nearer one after ", and".
        assert_eq!(
            day("May's gains were trimmed by 125,000 to only 19,000 jobs, and June's figure was cut.")
                .as_deref(),
            Some("2025-05-01")
        );
        let second = |s: &str| {
            quantities(s, d)
                .into_iter()
                .nth(1)
                .and_then(|q| q.time)
                .and_then(|t| t.day)
                .map(|d| d.to_string())
        };
        assert_eq!(
            second("May's gains were trimmed by 125,000 to only 19,000 jobs, and June's figure was cut.")
                .as_deref(),
            Some("2025-05-01")
        );
        assert_eq!(
            second("May's figure was revised from 144,000 down to 19,000 and June's from 147,000.")
                .as_deref(),
            Some("2025-05-01")
        );
        assert_eq!(
            day("Last month's unemployment rate of 4.2% was up from 4.1% in June.").as_deref(),
            Some("2025-07-01")
        );
        assert_eq!(
            second("Last month's unemployment rate of 4.2% was up from 4.1% in June.").as_deref(),
            Some("2025-06-01")
        );
        // A figure of two months together is of neither alone.
        assert_eq!(
            day("Revisions lopped a stunning 258,000 jobs off payrolls for May and June."),
            None
        );
    }

    #[test]
    fn a_list_leaves_its_noun_out_and_names_each_holder() {
        let s = "Of the 650 seats, 648 are declared. Labour has 412, the Conservatives 121 and \
                 the SNP nine. Analysts expect Labour to govern.";
        let got: Vec<(String, Option<String>, Option<String>)> = quantities(s, None)
            .into_iter()
            .map(|q| (q.text, q.unit, q.holder))
            .collect();
        let seat = || Some("seat".to_string());
        assert_eq!(
            got[2..],
            [
                ("412".into(), seat(), Some("Labour".into())),
                ("121".into(), seat(), Some("Conservatives".into())),
                ("nine".into(), seat(), Some("SNP".into())),
            ]
        );
    }

    #[test]
    fn a_bare_figure_counts_the_noun_of_its_subject() {
        let unit = |s: &str, f: &str| measure(s, f).0;
        assert_eq!(
            unit("The number of people out of work rose 32,000.", "32,000"),
            "person"
        );
        assert_eq!(
            unit(
                "The number of unemployed people grew by 221,000.",
                "221,000"
            ),
            "person"
        );
        assert_eq!(
            unit("The benefit claimant total fell 11,000 in May.", "11,000"),
            "claimant"
        );
    }

    #[test]
    fn the_points_of_a_share_are_percentage_points() {
        let unit = |s: &str, f: &str| measure(s, f).0;
        assert_eq!(
            unit("The SNP's share fell by 15 points to 30%.", "15"),
            "percentage point"
        );
        assert_eq!(
            unit("Turnout dropped four points on the last election.", "four"),
            "percentage point"
        );
        assert_eq!(
            unit(
                "Their share collapsed, by contrast, by 20 points to 24%.",
                "20"
            ),
            "percentage point"
        );
        // Points of an index, a score or a table are points.
        assert_eq!(
            unit("Confidence is forecast to drop one point in March.", "one"),
            "point"
        );
        assert_eq!(
            unit("United are four points behind Arsenal.", "four"),
            "point"
        );
    }

    #[test]
    fn a_bare_count_shares_the_noun_a_figure_beside_it_names() {
        let units = |s: &str| -> Vec<(String, String)> {
            quantities(s, None)
                .into_iter()
                .map(|q| (q.text, q.unit.unwrap_or_default()))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            units("Pakistan said the strikes had killed 26 civilians and injured 46."),
            [pair("26", "civilian"), pair("46", "civilian")]
        );
        assert_eq!(
            units("Manufacturers cut 11,000 jobs last month, after cutting 15,000 in June."),
            [pair("11,000", "job"), pair("15,000", "job")]
        );
        // The noun may come after: "trimmed by 125,000 to only 19,000 jobs".
        assert_eq!(
            units("May's gains were trimmed by 125,000 to only 19,000 jobs."),
            [pair("125,000", "job"), pair("19,000", "job")]
        );
        // Across a sentence, only at the same order of size.
        assert_eq!(
            units("Federal employment fell by 12,000 jobs. Retail dropped by nearly 20,000."),
            [pair("12,000", "job"), pair("20,000", "job")]
        );
        assert_eq!(
            units("The survey covered 10,227 firms. The index could fall as low as 15."),
            [pair("10,227", "firm"), pair("15", "")]
        );
        // A decimal counts no things; "times" are no set a list goes on counting.
        assert_eq!(
            units("A survey of 2,000 firms saw the index rise to 67.4 from 61.5."),
            [pair("2,000", "firm"), pair("67.4", ""), pair("61.5", "")]
        );
        // A toll's level names the noun of the one it replaced.
        assert_eq!(
            units("They found 94 bodies. Officials lowered the death toll to 275 from 288."),
            [
                pair("94", "body"),
                pair("275", "death"),
                pair("288", "death")
            ]
        );
    }

    #[test]
    fn a_nationality_after_a_copula_narrows_the_count() {
        let q = quantities(
            "By nationality, 169 passengers were Indian, 53 British.",
            None,
        );
        assert_eq!(q[0].counted.as_ref().unwrap().modifiers, ["were Indian"]);
        assert!(q[1].counted.as_ref().is_none_or(|c| c.modifiers.is_empty()));
    }

    #[test]
    fn a_figure_on_a_named_scale_has_it_for_unit() {
        for s in [
            "The quake measured 7.2 in magnitude.",
            "The survey said it had a magnitude of 6.8.",
            "The centre gave a reading of 7 on the Richter scale.",
            "A magnitude 6.8 earthquake struck.",
            "The preliminary magnitude was 6.8.",
            "A 6.8 earthquake struck the region.",
            "A 6.8 magnitude earthquake struck the region.",
        ] {
            let q = quantities(s, None);
            assert_eq!(q[0].unit.as_deref(), Some("magnitude"), "{s}");
        }
        assert_eq!(quantities("It scored 7 in the test.", None)[0].unit, None);
        let q = quantities("One earthquake struck.", None);
        assert_ne!(q[0].unit.as_deref(), Some("magnitude"));
    }

    #[test]
    fn clock_times_are_times_of_day_not_counts() {
        // Each figure's text and kind: a time of day is a figure of its own kind (minutes after
        // midnight), never a count of what follows it ("9 p.m. curfew", "1:38 PM with 230").
        let texts = |s: &str| -> Vec<String> {
            quantities(s, None)
                .into_iter()
                .filter(|q| q.kind != Kind::Clock)
                .map(|q| q.text)
                .collect()
        };
        let clocks = |s: &str| -> Vec<(String, f64, Option<String>)> {
            quantities(s, None)
                .into_iter()
                .filter(|q| q.kind == Kind::Clock)
                .map(|q| (q.text, q.value, q.predicate.map(|p| p.lemma)))
                .collect()
        };
        assert!(
            texts("Chilean officials have ordered a 9 p.m. curfew in the worst areas.").is_empty()
        );
        assert_eq!(
            clocks("The quake hit at 11:11 p.m. on Friday and killed 632 people."),
            vec![("11:11 p.m.".to_string(), 1391.0, Some("hit".to_string()))]
        );
        assert_eq!(
            texts("The quake hit at 11:11 p.m. on Friday and killed 632 people."),
            vec!["632"]
        );
        assert_eq!(
            texts("The jet took off at 1:38 PM with 230 passengers on board."),
            vec!["230"]
        );
        assert!(texts("Polls closed at 10pm and counting began.").is_empty());
    }

    #[test]
    fn treatment_and_not_yet_identified() {
        // "undergoing treatment" is the predicate of its own figure, not the discharge before.
        let s = "Of them, 793 were discharged while 382 are undergoing treatment.";
        assert_eq!(measure(s, "793"), is("", "discharge"));
        assert_eq!(measure(s, "382"), is("", "treat"));
        // "have yet to be identified": not identified so far, and bodies like the 88 before.
        let s = "So far 88 bodies have been identified, and 187 have yet to be identified.";
        assert_eq!(measure(s, "88"), is("body", "identify"));
        assert_eq!(measure(s, "187"), is("body", "not identify"));
        // Without a noun beside it, the identified are people.
        let s = "So far 187 have yet to be identified.";
        assert_eq!(measure(s, "187"), is("person", "not identify"));
    }

    #[test]
    fn a_group_noun_before_of_names_what_a_bare_figure_counts() {
        let s = "Labour is projected to win 412 seats, giving it a landslide majority of 174.";
        assert_eq!(measure(s, "174").0, "majority");
        // A word that only carries a number names nothing.
        assert_eq!(measure("It carried a total of 242.", "242").0, "");
        // Regression: "population of seven million" counted the people taking part, and "total
        // population is 7.4 million" the population, so the two never met.
        let s = "Nearly two million people from a population of seven million took part.";
        assert_eq!(measure(s, "seven million").0, "population");
        assert_eq!(
            measure(
                "Hong Kong’s total population is 7.4 million.",
                "7.4 million"
            )
            .0,
            "population"
        );
    }

    #[test]
    fn a_whole_that_consists_of_its_parts() {
        let s = "He denied reports that the 28-point US peace plan now consisted of 19 points.";
        let q = quantities(s, None);
        let nineteen = q.iter().find(|q| q.text == "19").unwrap();
        let c = nineteen.counted.as_ref().unwrap();
        assert_eq!(
            (c.lemmas[0].as_str(), c.head.as_deref()),
            ("point", Some("plan"))
        );
    }

    #[test]
    fn qualifiers_after_the_verb() {
        let s = "The crash left at least 50 people injured on the ground.";
        let q = quantities(s, None);
        let c = q[0].counted.as_ref().unwrap();
        assert_eq!(q[0].predicate.as_ref().unwrap().lemma, "injure");
        assert!(c.modifiers.contains(&"on the ground".to_string()), "{c:?}");
        let s = "Five children were among the dead.";
        let q = quantities(s, None);
        assert_eq!(q[0].unit.as_deref(), Some("child"));
        let c = q[0].counted.as_ref().unwrap();
        assert!(c.modifiers.contains(&"among the dead".to_string()), "{c:?}");
    }

    #[test]
    fn the_day_a_toll_stood_at_is_its_report() {
        let d = Some(date(2023, 9, 11));
        let s = "The death toll of Friday's earthquake rose to 2,122 on Sunday.";
        let t = quantities(s, d)[0].time.clone().unwrap();
        assert_eq!(t.day, Some(date(2023, 9, 10)));
        assert!(t.of_report);
        // The day of an event stays the event's.
        let s = "The earthquake killed 600 people on Friday.";
        let t = quantities(s, d)[0].time.clone().unwrap();
        assert!(!t.of_report);
    }
}
