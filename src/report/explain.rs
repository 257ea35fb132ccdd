//! What each finding kind means, when it fires, an example, and how to accept it: the text of
//! `crosscheck explain KIND`, of `check --help`'s kind list, and of SARIF's rule help.
//!
//! Owns the explanations only; when a kind fires is decided in `compare`.

use crate::model::finding::FindingKind;

/// One kind, explained.
pub struct Explanation {
    pub kind: FindingKind,
    /// One line: what the kind means.
    pub summary: &'static str,
    /// When it fires, and its severity.
    pub fires: &'static str,
    /// A small example a reader can check.
    pub example: &'static str,
}

const ACCEPT: &str = "Accept a finding you have checked with `crosscheck baseline` (it is then marked \
accepted and no longer fails the run), or with an [[accept]] entry in crosscheck.toml: its \
`fingerprint` (from `check --format json`) and a `reason`.";

pub fn explain(kind: FindingKind) -> Explanation {
    let (summary, fires, example) = match kind {
        FindingKind::DuplicateFile => (
            "files with byte-identical text: one article, read once",
            "a file's bytes equal those of an article loaded before it (in path order); the \
             copies are not compared again, so they add no agreement. Note.",
            "the same wire file saved as 214.txt and 240.txt",
        ),
        FindingKind::NearDuplicate => (
            "two or more articles share most of their text: one is a rewrite of the other",
            "most sentences of the shorter article align with the other (or most 5-word \
             shingles are shared); three or more rewrites of one report are one family. Note; a \
             warning when a figure changed in the rewrite.",
            "a wire report run by two outlets, one changing \"nine killed\" to \"ten killed\"",
        ),
        FindingKind::Agree => (
            "independent sources give the same figure for the same fact, or quote a speaker \
             with the same words",
            "figures of one fact in one story are equal, given by two independent sources at \
             least (rewrites of one report count as one source, and copies alone corroborate \
             nothing); a quotation of five words or more that two independent sources give \
             word for word is corroborated too. Note.",
            "\"a 28-point plan\" in one outlet, \"the 28 points of the plan\" in another",
        ),
        FindingKind::Compatible => (
            "hedged figures of one fact that can both be true",
            "their intervals overlap but the figures differ. Note.",
            "\"more than 460 drones\" and \"470 drones\" the same night",
        ),
        FindingKind::Conflict => (
            "the same fact of the same event, with figures that cannot all be true",
            "figures of one measure, with no evidence of another day, place or document, whose \
             intervals do not overlap (a running count that falls is one too), or a distance \
             from one place given in directions more than 45 degrees apart. Error. One person \
             given two ranks or one post named two ways (\"Prime Minister\", \"Interior \
             Minister\"), one name spelled two ways, or a figure whose conversion in brackets \
             does not convert (\"140 mph (about 200 km/h)\") is a conflict too (a warning).",
            "\"170 drones\" and \"160 drones\" launched the same night",
        ),
        FindingKind::SumMismatch => (
            "parts named in one place do not add up to a total given elsewhere",
            "coordinated parts (22 missiles and 460 drones) against a total of the same \
             measure; an error when the same event, else a note. Also an article's own list by \
             label (deaths by state, seats by party, a part and \"the remaining five\") within \
             20% of the total it gives before it that cannot make it: a warning (a list that \
             makes its total is an agree).",
            "22 missiles + more than 460 drones vs \"518 drones and missiles\"",
        ),
        FindingKind::DifferentEvent => (
            "the same kind of figure, but explicitly another day or place",
            "figures of one measure split by resolved days or places neither of which contains \
             the other; never because a date is merely missing. Note.",
            "518 drones on the night to 19 November vs 460 on the night to 25 November",
        ),
        FindingKind::Updated => (
            "a running count (a toll) that later reports raise",
            "killed, injured, missing, evacuated ... reported at different times, rising: one \
             timeline per fact, in report order. Note.",
            "\"more than 5,200 dead\" on 12 September, \"11,300\" on 15 September",
        ),
        FindingKind::Disputed => (
            "a figure that a source reports and denies",
            "a figure under a denial (\"denied reports that the plan consisted of 19 points\"), \
             with the figures it disputes. Warning.",
            "\"28-point plan\" vs the denied \"19 points\"",
        ),
        FindingKind::QuoteVariant => (
            "the same speaker quoted with different words",
            "two quotations of one speaker that align but differ beyond punctuation, case and \
             spelling. Warning.",
            "\"we will not give up\" vs \"we shall never give up\", both from one minister",
        ),
        FindingKind::RoleVariant => (
            "the same person given different posts",
            "one identity (full name, or surname with no conflicting given name) with posts \
             that differ, which can all be true of one person. Note.",
            "Rustem Umerov: security adviser, senior adviser, chief negotiator",
        ),
    };
    Explanation {
        kind,
        summary,
        fires,
        example,
    }
}

/// The text of `crosscheck explain KIND`.
pub fn render(kind: FindingKind) -> String {
    let e = explain(kind);
    format!(
        "{}: {}\n\nWhen it fires: {}\n\nExample: {}\n\nHow to accept it: {ACCEPT}\n",
        kind.as_str(),
        e.summary,
        e.fires,
        e.example
    )
}

/// The kinds, one line each, for `check --help`.
pub fn kinds_list() -> String {
    FindingKind::ALL
        .iter()
        .map(|&k| format!("  {:16} {}", k.as_str(), explain(k).summary))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_explained_with_its_name_and_how_to_accept_it() {
        for k in FindingKind::ALL {
            let text = render(k);
            assert!(text.starts_with(&format!("{}: ", k.as_str())), "{text}");
            assert!(text.contains("When it fires") && text.contains("crosscheck baseline"));
        }
        assert_eq!(kinds_list().lines().count(), FindingKind::ALL.len());
    }
}
