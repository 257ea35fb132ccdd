//! Holders and elided nouns: whose figure it is, and what a bare figure in a list counts.
//!
//! Some figures belong to someone named beside them: "Labour won 412 seats", "the
//! Conservatives 121", "the SNP looks likely to end up with 10 seats". The holder is the name
//! that is the figure's subject — right before it, or before the verbs and particles that lead
//! to it — or, when the clause names only a pronoun or starts with a participle ("..., winning
//! just 121 seats"), the name that opens the sentence. Comparison keeps figures of different
//! holders apart for the concepts the lexicon marks as held (`lexicon::is_held`); here every
//! count gets its holder when one is named, whatever it counts.
//!
//! Lists leave the noun out after its first figure: "Labour has 412, the Conservatives 121 and
//! the SNP nine" counts seats three times. A bare count standing alone at the end of its clause
//! after a name takes the counted noun of the figure before it in the sentence, or of the
//! previous sentence's last counted figure ("Of the 650 seats, 648 have been declared. Labour
//! has 412 ..."). It never takes a noun across a figure of another kind.
//!
//! Owns the two searches; not the lemma of the noun (`quantity::counted`) nor what comparison
//! does with a holder (`compare::claims::key`).

use super::quantity::Figure;
use crate::lexicon;
use crate::text::token::{Tok, TokKind, char_at};

/// Which words of an article stand capitalized inside a sentence: a word that opens a
/// sentence is a name only if it does. The article is read once, on the first question, into
/// the set of words written after a lower-case word or a comma (a scan of the whole text per
/// new word made a long article quadratic).
pub struct Names<'t> {
    text: &'t str,
    inside: Option<Inside<'t>>,
}

/// The words of `Names`: hashed as the lexicon's words are (most of an article's words go in,
/// and SipHash was most of the cost of reading them).
type Inside<'t> =
    std::collections::HashSet<&'t str, std::hash::BuildHasherDefault<lexicon::WordHasher>>;

impl<'t> Names<'t> {
    pub fn new(text: &'t str) -> Names<'t> {
        Names { text, inside: None }
    }

    /// Does `word` stand capitalized inside a sentence of the article (after a lower-case word
    /// or a comma, not after a full stop)? A whole word after a space, whose last character
    /// before the spaces is lower case or a comma.
    fn named_inside(&mut self, word: &str) -> bool {
        let text = self.text;
        if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
            // Not a word token (never asked today): the same test by a scan of the text.
            return text.match_indices(word).any(|(at, _)| {
                let after = text[at + word.len()..].chars().next();
                let before = text[..at].trim_end_matches(' ').chars().next_back();
                after.is_none_or(|c| !c.is_alphanumeric())
                    && at > 0
                    && text[..at].ends_with(' ')
                    && before.is_some_and(|c| c.is_lowercase() || c == ',')
            });
        }
        self.inside
            .get_or_insert_with(|| words_inside(text))
            .contains(word)
    }
}

/// Every maximal run of letters and digits of `text` that follows a space, and before that
/// space (and any others) a lower-case character or a comma.
fn words_inside(text: &str) -> Inside<'_> {
    let mut out = Inside::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // The next run of letters and digits: ASCII bytes are told apart without decoding.
        let (c, len) = char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let at = i;
        i += len;
        while i < bytes.len() {
            let (c, len) = char_at(text, i);
            if !c.is_alphanumeric() {
                break;
            }
            i += len;
        }
        let before = &text[..at];
        if before.ends_with(' ') {
            let prev = before.trim_end_matches(' ').chars().next_back();
            if prev.is_some_and(|c| c.is_lowercase() || c == ',') {
                out.insert(&text[at..i]);
            }
        }
    }
    out
}

/// The name a figure belongs to, as written: "Scottish National Party", "Labour".
pub fn find_holder(toks: &[Tok], fig: &Figure, names: &mut Names) -> Option<String> {
    if let Some(label) = list_label(toks, fig) {
        return Some(label);
    }
    let (a, b) = holder_tokens(toks, fig)?;
    // A capitalized word that opens the sentence may be any word ("There", "Turnout"): a name
    // only if the article also writes it capitalized inside a sentence.
    if opens(toks, a) && b == a + 1 && !names.named_inside(toks[a].text) {
        return None;
    }
    Some(words(&toks[a..b]))
}

/// The name that is the subject of the verb at token `verb`: right before it, past
/// auxiliaries, adverbs and up to three other lower-case words ("Labour has this time taken").
/// For a figure that belongs to someone and names no owner of its own ("taken 33.8 per cent
/// of the vote").
pub fn subject_of_verb(toks: &[Tok], verb: usize, names: &mut Names) -> Option<String> {
    let mut k = verb.min(toks.len());
    let mut skipped = 0;
    while k > 0 && skipped < 4 {
        let t = &toks[k - 1];
        if t.kind != TokKind::Word || t.is_capitalized() {
            break;
        }
        k -= 1;
        skipped += 1;
    }
    let (a, b) = name_ending_at(toks, k)?;
    if opens(toks, a) && b == a + 1 && !names.named_inside(toks[a].text) {
        return None;
    }
    Some(words(&toks[a..b]))
}

/// How many tokens a list item's label may hold.
const LABEL: usize = 12;

/// The label of a list item that is a line of its own: "- New Popular Front (left): 182",
/// "Others: 48". The figure ends the line right after a colon, and before the colon (past a
/// bullet) stand only words opening with a capital, maybe with an aside in brackets, which
/// the label leaves out.
fn list_label(toks: &[Tok], fig: &Figure) -> Option<String> {
    let colon = fig
        .first
        .checked_sub(1)
        .filter(|&c| toks[c].is_punct(":"))?;
    let ends_line = toks[fig.last + 1..]
        .iter()
        .all(|t| t.is_punct(".") || t.is_punct(";"));
    if !ends_line || colon > LABEL {
        return None;
    }
    let start = usize::from(
        toks.first()
            .is_some_and(|t| t.is_dash() || matches!(t.text, "•" | "*")),
    );
    let mut words = Vec::new();
    let mut depth = 0usize;
    for t in &toks[start..colon] {
        match t.text {
            "(" => depth += 1,
            ")" => depth = depth.checked_sub(1)?,
            _ if depth > 0 => {}
            _ if t.is_word() || t.text == "&" || t.text == "'" || t.text == "’" => {
                words.push(t.text)
            }
            _ => return None,
        }
    }
    toks.get(start)
        .filter(|t| t.is_word() && t.is_capitalized())?;
    (!words.is_empty() && depth == 0).then(|| words.join(" "))
}

/// The token at `at` opens the sentence: only punctuation ("“") stands before it.
fn opens(toks: &[Tok], at: usize) -> bool {
    toks[..at].iter().all(|t| t.kind == TokKind::Punct)
}

/// The token range of a figure's holder.
fn holder_tokens(toks: &[Tok], fig: &Figure) -> Option<(usize, usize)> {
    let mut k = fig.first;
    let mut steps = 0;
    // "Reform UK, the Greens and Plaid Cymru have four each", "A, B and C each took four
    // seats": the figure is each of a list's, and the list is its holder.
    let mut each = toks
        .get(fig.phrase_end)
        .is_some_and(|t| lexicon::is_distributive(&t.lower));
    // Past the hedge and the verbs and particles before the figure.
    while k > 0 && steps < 8 {
        let t = &toks[k - 1];
        let lower = t.lower.as_str();
        each |= lower == "each";
        let lead = t.kind == TokKind::Word
            && !t.is_capitalized()
            && (lower == "each"
                || lexicon::is_holder_lead(lower)
                || lexicon::is_figure_lead_word(lower)
                || lexicon::verb_lemma(lower).is_some()
                || lexicon::is_predicate_gap_word(lower)
                || lower.ends_with("ly"));
        if !lead {
            break;
        }
        k -= 1;
        steps += 1;
    }
    // "The Liberal Democrats, meanwhile, won 71 seats": past a one-word aside.
    if k >= 3
        && toks[k - 1].is_punct(",")
        && toks[k - 2].kind == TokKind::Word
        && !toks[k - 2].is_capitalized()
        && toks[k - 3].is_punct(",")
    {
        k -= 3;
    }
    // "The New Popular Front (NFP), which brings together ..., won 180 seats": past a
    // relative clause or an apposition set off by commas, to the name it is about.
    if k >= 1
        && toks[k - 1].is_punct(",")
        && let Some(open) = aside_start(toks, k - 1)
    {
        k = open;
    }
    // A possessive right before: "Labour's 412 seats".
    if k >= 2 && toks[k - 1].is("s") && matches!(toks[k - 2].text, "’" | "'") {
        k -= 2;
    }
    let k = past_name_tail(toks, k);
    if let Some((mut a, b)) = name_ending_at(toks, k) {
        // "Sunak, who kept his seat ... in north Yorkshire on a 47.5 per cent vote share": a
        // name after a locative is where, not whose; the clause's relative pronoun leads to
        // the name it is about.
        if after_locative(toks, a) {
            return relative_antecedent(toks, a);
        }
        if each {
            a = list_start(toks, a);
        }
        return Some((a, b));
    }
    // "it is projected to win 412 seats", ", winning just 121 seats": the sentence's subject.
    let before = k.checked_sub(1).map(|p| &toks[p]);
    // "took his tally to eight goals": a possessive pronoun's noun right before.
    let possessive = |t: &Tok| matches!(t.lower.as_str(), "his" | "her" | "its" | "their");
    let owner = before.is_some_and(possessive)
        || (k >= 2
            && possessive(&toks[k - 2])
            && before.is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()));
    let pronoun = owner || before.is_some_and(|t| matches!(t.lower.as_str(), "it" | "they"));
    let participle = before.is_some_and(|t| t.is_punct(","))
        && toks.get(k).is_some_and(|t| t.lower.ends_with("ing"));
    if pronoun || participle {
        return sentence_subject(toks);
    }
    None
}

/// How many tokens an aside set off by commas may hold ("which brings together the hard-left
/// France Unbowed, the Socialists, the Greens and the Communists").
const ASIDE: usize = 20;

/// The start of the aside that the comma at `close` ends, if it is a relative clause (", which
/// ...", ", who ...") or an apposition (", a left-wing alliance,"): the token after the name
/// it is about.
fn aside_start(toks: &[Tok], close: usize) -> Option<usize> {
    let lo = close.saturating_sub(ASIDE);
    let comma_before = |c: usize| c > 0 && toks[c].is_punct(",");
    // A relative pronoun after a comma may have commas of its own inside the clause.
    let relative = (lo..close).rev().find(|&c| {
        comma_before(c)
            && toks
                .get(c + 1)
                .is_some_and(|t| t.is("which") || t.is("who"))
    });
    let open = relative.or_else(|| {
        let c = (lo..close).rev().find(|&c| toks[c].is_punct(","))?;
        toks.get(c + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
            .then_some(c)
    })?;
    // Nothing in it may end a sentence's clause: a semicolon or a quotation is no aside.
    if toks[open..close]
        .iter()
        .any(|t| t.is_punct(";") || t.is_punct(":"))
    {
        return None;
    }
    Some(open)
}

/// The end of the name before token `k`, past what follows a name without being part of it:
/// its allies ("the National Rally and its allies"), an acronym in brackets ("(RN)") and a
/// group noun ("the Ensemble alliance").
fn past_name_tail(toks: &[Tok], mut k: usize) -> usize {
    if k >= 3
        && toks[k - 3].is("and")
        && matches!(toks[k - 2].lower.as_str(), "its" | "their")
        && matches!(toks[k - 1].lower.as_str(), "allies" | "partners")
    {
        k -= 3;
    }
    if k >= 3
        && toks[k - 1].is_punct(")")
        && let Some(open) = (k.saturating_sub(5)..k - 1)
            .rev()
            .find(|&o| toks[o].is_punct("("))
        && toks[open + 1..k - 1]
            .iter()
            .all(|t| t.is_word() && t.is_capitalized())
    {
        k = open;
    }
    if k >= 2
        && toks[k - 1].is_word()
        && !toks[k - 1].is_capitalized()
        && lexicon::is_group_noun(&toks[k - 1].lower)
        && is_name_word(&toks[k - 2], k - 2)
    {
        k -= 1;
    }
    k
}

/// The name starting at token `a` follows a locative, maybe past "the" or a compass word: "in
/// north Yorkshire", "at the Oval".
fn after_locative(toks: &[Tok], a: usize) -> bool {
    let mut k = a;
    if k > 0 && (toks[k - 1].is("the") || lexicon::is_compass(&toks[k - 1].lower)) {
        k -= 1;
    }
    k > 0 && lexicon::is_locative(&toks[k - 1].lower)
}

/// The name a relative clause before token `at` is about: "Sunak, who kept his seat".
fn relative_antecedent(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let who = (1..at)
        .rev()
        .find(|&k| toks[k].is("who") && toks[k - 1].is_punct(","))?;
    name_ending_at(toks, who - 1)
}

/// The first token of a list of names ending with the name at `a`: "Reform UK, the Greens
/// and" before "Plaid Cymru". Names joined by commas and "and", each maybe after "the".
fn list_start(toks: &[Tok], mut a: usize) -> usize {
    loop {
        let mut k = a;
        if k > 0 && toks[k - 1].is("the") {
            k -= 1;
        }
        if !(k > 0 && (toks[k - 1].is_punct(",") || toks[k - 1].is("and"))) {
            return a;
        }
        k -= 1;
        if k > 0 && toks[k - 1].is_punct(",") {
            k -= 1; // "A, B, and C"
        }
        match name_ending_at(toks, k) {
            Some((start, _)) => a = start,
            None => return a,
        }
    }
}

/// The capitalized name whose last word is the token before `k`, without a leading "the": the
/// holder of a figure at `k`.
fn name_ending_at(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let mut a = k;
    while a > 0 && k - a < 6 {
        // "Social Democratic & Labour Party", "Party of Wales": joiners inside a name.
        let joiner = a >= 2
            && a < k
            && (toks[a - 1].is_punct("&") || toks[a - 1].is("of"))
            && is_name_word(&toks[a - 2], a - 2);
        if !(is_name_word(&toks[a - 1], a - 1) || joiner) {
            break;
        }
        a -= 1;
    }
    (a < k).then_some((a, k))
}

/// A word of a name: capitalized, not a function word that may open a sentence, a month or a
/// weekday. A word opening the sentence (after a quotation mark at most) counts only if it is no
/// function word.
fn is_name_word(t: &Tok, at: usize) -> bool {
    // A heading in capitals ("QATAR", "BIGGER PICTURE") is no name; an acronym ("SNP") is.
    let shouted = t.text.chars().count() > 4 && !t.text.chars().any(char::is_lowercase);
    t.is_capitalized()
        && !shouted
        && !lexicon::is_capital_function_word(&t.lower)
        && lexicon::month(&t.lower).is_none()
        && lexicon::weekday(&t.lower).is_none()
        && (at > 1
            || !(lexicon::is_phrase_stop(&t.lower) || lexicon::is_content_stop_word(&t.lower)))
}

/// The name that opens the sentence, the possessed one of "Rishi Sunak's Conservatives".
fn sentence_subject(toks: &[Tok]) -> Option<(usize, usize)> {
    let mut a = usize::from(toks.first().is_some_and(|t| t.is("the")));
    let mut name = None;
    loop {
        let start = a;
        while toks.get(a).is_some_and(|t| is_name_word(t, a)) && a - start < 5 {
            a += 1;
        }
        if a == start {
            return name;
        }
        name = Some((start, a));
        // "Rishi Sunak's Conservatives": the possessed name is the subject.
        let possessive = toks.get(a).is_some_and(|t| matches!(t.text, "’" | "'"))
            && toks.get(a + 1).is_some_and(|t| t.is("s"));
        if !possessive {
            return name;
        }
        a += 2;
    }
}

fn words(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// A bare count that stands alone at the end of its clause after its holder (found by
/// `find_holder`): "the Conservatives 121,", "the SNP has nine and", "end up with 10." — the
/// slot of a noun the list has left out.
pub fn elided_slot(toks: &[Tok], fig: &Figure, holder: Option<&str>) -> bool {
    if fig.counted.is_some() || fig.unit.is_some() || fig.phrase_end != fig.last + 1 {
        return false;
    }
    let ends_clause = toks.get(fig.last + 1).is_none_or(|t| {
        (t.kind == TokKind::Punct && matches!(t.text, "," | ";" | "." | ")" | ":"))
            || matches!(t.lower.as_str(), "and" | "or" | "while" | "but")
            || lexicon::is_distributive(&t.lower)
    });
    ends_clause && holder.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::find_figures;
    use crate::text::token::tokenize;

    /// Each figure's holder in `s`, in an article that also names Labour and Mbappe inside a
    /// sentence (so that they are known names when they open one).
    fn holders(s: &str) -> Vec<Option<String>> {
        holders_in(
            s,
            &format!("{s} Voters backed Labour and saw Mbappe score."),
        )
    }

    fn holders_in(s: &str, article: &str) -> Vec<Option<String>> {
        let toks = tokenize(s, 0);
        find_figures(&toks, &[])
            .iter()
            .map(|f| find_holder(&toks, f, &mut Names::new(article)))
            .collect()
    }

    fn named(s: &str) -> Vec<String> {
        holders(s)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect()
    }

    #[test]
    fn a_list_line_is_held_by_its_label() {
        assert_eq!(
            named("- New Popular Front (left): 182"),
            ["New Popular Front"]
        );
        assert_eq!(
            named("- National Rally and allies (far right): 143"),
            ["National Rally and allies"]
        );
        assert_eq!(named("Others: 48"), ["Others"]);
        // A colon inside a sentence that goes on after the figure is no list line.
        assert_eq!(named("Turnout: 66 voters came, then left."), [""]);
    }

    #[test]
    fn the_name_before_the_figure_or_its_verb() {
        assert_eq!(named("Labour had taken 412 seats on Friday."), ["Labour"]);
        assert_eq!(
            named("Labour has 412, the Conservatives 121 and the Liberal Democrats 71."),
            ["Labour", "Conservatives", "Liberal Democrats"]
        );
        assert_eq!(
            named("As the night wears on the SNP looks likely to end up with 10 seats."),
            ["SNP"]
        );
        assert_eq!(named("Labour's 412 seats were a record."), ["Labour"]);
        assert_eq!(
            named("The Liberal Democrats, meanwhile, won 71 seats."),
            ["Liberal Democrats"]
        );
        // A joiner inside a name keeps it whole: not "Labour Party".
        assert_eq!(
            named("Labour has 412, the Social Democratic & Labour Party two."),
            ["Labour", "Social Democratic & Labour Party"]
        );
    }

    #[test]
    fn a_figure_each_of_a_list_belongs_to_the_list() {
        assert_eq!(
            named("Reform UK, the Greens and Plaid Cymru have four each."),
            vec!["Reform UK , the Greens and Plaid Cymru"]
        );
        assert_eq!(
            named("Plaid Cymru, Reform UK and the Greens each took four seats."),
            vec!["Plaid Cymru , Reform UK and the Greens"]
        );
        // Without "each" the nearest name is the holder, as before.
        assert_eq!(
            named("Reform UK, the Greens and Plaid Cymru won four seats."),
            vec!["Plaid Cymru"]
        );
    }

    #[test]
    fn a_pronoun_or_a_participle_takes_the_sentence_subject() {
        assert_eq!(
            named("Rishi Sunak's Conservatives slumped to defeat, winning just 121 seats."),
            ["Conservatives"]
        );
        assert_eq!(
            named("Labour has won the election: it is projected to win 412 seats."),
            ["Labour"]
        );
        assert_eq!(
            named("Mbappe's treble took his tally to eight goals."),
            ["Mbappe"]
        );
    }

    #[test]
    fn a_word_opening_the_sentence_is_a_name_only_if_named_elsewhere() {
        let s = "Labour had taken 412 seats.";
        assert_eq!(holders_in(s, s), [None]);
        assert_eq!(
            holders_in(s, "Labour had taken 412 seats. Voters backed Labour."),
            [Some("Labour".to_string())]
        );
        assert_eq!(holders("There were 20 seats left."), [None]);
        assert_eq!(holders("“There are 20 seats left,” he said."), [None]);
        assert_eq!(holders("QATAR TODAY: 64 goals were scored."), [None]);
    }

    #[test]
    fn a_place_is_not_whose_figure_it_is() {
        // Regression: "north Yorkshire" was taken as the holder of Sunak's share of the vote.
        let s = "Sunak, who kept his seat of Richmond in north Yorkshire on a 47.5 per cent \
                 vote share, spoke.";
        assert_eq!(
            holders_in(s, &format!("{s} Voters saw Sunak concede.")),
            [Some("Sunak".to_string())]
        );
        assert_eq!(holders("Turnout in Leeds was 60 per cent."), [None]);
    }

    #[test]
    fn no_name_no_holder() {
        assert_eq!(holders("The party is forecast to take 412 seats."), [None]);
        assert_eq!(holders("About 20 people were hurt."), [None]);
        assert_eq!(holders("In March 300 homes burned."), [None]);
    }

    #[test]
    fn a_bare_count_ending_its_clause_after_a_name_is_an_elided_slot() {
        let slots = |s: &str| -> Vec<bool> {
            let toks = tokenize(s, 0);
            find_figures(&toks, &[])
                .iter()
                .map(|f| {
                    let article = format!("{s} Voters backed Labour.");
                    let holder = find_holder(&toks, f, &mut Names::new(&article));
                    elided_slot(&toks, f, holder.as_deref())
                })
                .collect()
        };
        assert_eq!(
            slots("Labour has 412 seats, the Conservatives 121 and the SNP has nine."),
            [false, true, true]
        );
        // A bare number with no name before it, or followed by more words, is no slot.
        assert_eq!(slots("The toll rose from 12 to 19."), [false, false]);
        assert_eq!(slots("Police said 300 were arrested."), [false]);
    }
}
