//! Workshop presentation: the steps a presenter walks through (a title step, each region
//! in the data file's order, each partner without a region, a closing step), which key does what, what the guided tour does when
//! its timer fires, and the URL fragment that lets a presenter resume after a reload.
//!
//! Keys are matched by their `key` name (`KeyboardEvent.key`), never by numeric codes; PageUp and
//! PageDown are included because presentation clickers send them.

use std::fmt;

use crate::data::ids::{PartnerId, RegionId};
use crate::data::model::DataFile;

/// Seconds the guided tour stays on each step when the page does not say otherwise (`?tour=N`).
/// The data file has no field for it yet.
pub const DEFAULT_TOUR_SECONDS: u32 = 8;

/// One screen of the presentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The project's name and its indicator figures (the overview).
    Title,
    /// One partner region and its panel.
    Region(RegionId),
    /// A partner without a region (no region's panel names it) and its own panel.
    Partner(PartnerId),
    /// The project's website, with a QR code.
    Closing,
}

impl Step {
    /// `"title"`, `"region"`, `"partner"` or `"closing"`: the kind of step, for a `data-step`
    /// attribute.
    pub fn kind(&self) -> &'static str {
        match self {
            Step::Title => "title",
            Step::Region(_) => "region",
            Step::Partner(_) => "partner",
            Step::Closing => "closing",
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Region(id) => write!(f, "{id}"),
            Step::Partner(id) => write!(f, "{id}"),
            other => f.write_str(other.kind()),
        }
    }
}

/// The steps between the title and the closing step: each region in the data file's order, then
/// each partner without a region, so every partner is shown.
pub fn stops(data: &DataFile) -> Vec<Step> {
    let regions = data.regions.iter().map(|r| Step::Region(r.id.clone()));
    let partners =
        crate::view::details::partners_without_region(data).map(|p| Step::Partner(p.id.clone()));
    regions.chain(partners).collect()
}

/// The step after `current`: title → each of `stops` → closing. The closing step is the end (it
/// stays). A stop that is not in `stops` (stale URL) goes on to the first stop.
pub fn next_step(stops: &[Step], current: &Step) -> Step {
    let after = |i: usize| stops.get(i).cloned().unwrap_or(Step::Closing);
    match current {
        Step::Title => after(0),
        Step::Closing => Step::Closing,
        stop => match stops.iter().position(|s| s == stop) {
            Some(i) => after(i + 1),
            None => after(0),
        },
    }
}

/// The step before `current`: closing → last stop → … → first stop → title. The title step is
/// the start (it stays). A stop that is not in `stops` goes back to the title.
pub fn previous_step(stops: &[Step], current: &Step) -> Step {
    match current {
        Step::Title => Step::Title,
        Step::Closing => stops.last().cloned().unwrap_or(Step::Title),
        stop => match stops.iter().position(|s| s == stop) {
            Some(i) if i > 0 => stops.get(i - 1).cloned().unwrap_or(Step::Title),
            _ => Step::Title,
        },
    }
}

/// What the guided tour does when its timer fires on `current`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TourTick {
    /// Show this step and wait another interval.
    Advance(Step),
    /// The tour has shown the closing step: it stops there.
    Finish,
}

/// The guided tour steps through the stops and then the closing step, where it stops.
pub fn tour_tick(order: &[Step], current: &Step) -> TourTick {
    match current {
        Step::Closing => TourTick::Finish,
        other => TourTick::Advance(next_step(order, other)),
    }
}

/// What a key does in presentation mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Right, PageDown, Space.
    Next,
    /// Left, PageUp.
    Previous,
    /// Home: back to the title step (the overview).
    Home,
    /// End: on to the closing step.
    End,
    /// Escape: leave presentation mode.
    Leave,
    /// T: start or stop the guided tour.
    ToggleTour,
    /// F: enter presentation mode (outside it) or leave it.
    TogglePresent,
}

/// The action for a `KeyboardEvent.key`; `None` for every other key (it is left to the page). Letters
/// match in either case, so Caps Lock does not break a clicker set to send them.
pub fn action_for_key(key: &str) -> Option<Action> {
    match key {
        "ArrowRight" | "PageDown" | " " | "Spacebar" => Some(Action::Next),
        "ArrowLeft" | "PageUp" => Some(Action::Previous),
        "Home" => Some(Action::Home),
        "End" => Some(Action::End),
        "Escape" | "Esc" => Some(Action::Leave),
        "t" | "T" => Some(Action::ToggleTour),
        "f" | "F" => Some(Action::TogglePresent),
        _ => None,
    }
}

/// The URL fragment for a presentation step: `#region=<id>` or `#partner=<id>` (the map's own deep
/// links, so the same link opens that panel outside presentation mode too), `#step=title` or
/// `#step=closing` otherwise.
pub fn step_hash(step: &Step) -> String {
    match step {
        Step::Region(id) => format!("#region={id}"),
        Step::Partner(id) => format!("#partner={id}"),
        other => format!("#step={}", other.kind()),
    }
}

/// The step a URL fragment names, if any: `#step=title`, `#step=closing`, or `#region=<id>` /
/// `#partner=<id>` for one of `stops`. Other fragments (a host page's own anchors, unknown ids)
/// give `None`, never an error.
pub fn step_from_hash(hash: &str, stops: &[Step]) -> Option<Step> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|pair| match pair.split_once('=')? {
            ("step", "title") => Some(Step::Title),
            ("step", "closing") => Some(Step::Closing),
            ("region" | "partner", _) => stops
                .iter()
                .find(|s| step_hash(s) == format!("#{pair}"))
                .cloned(),
            _ => None,
        })
}

/// The 1-based position of `step` among all steps (title, stops, closing) and their count, for
/// "Step 3 of 12". A stop missing from `stops` counts as the title.
pub fn step_position(stops: &[Step], step: &Step) -> (usize, usize) {
    let total = stops.len() + 2;
    let position = match step {
        Step::Title => 1,
        Step::Closing => total,
        stop => stops.iter().position(|s| s == stop).map_or(1, |i| i + 2),
    };
    (position, total)
}

/// The page's query string with `present=1` added (`on`) or every `present` option removed (off),
/// other options kept in their order: entering presentation mode writes it into the URL so that a
/// reload resumes the presentation. Returns `""` or a string starting with `?`.
pub fn present_query(search: &str, on: bool) -> String {
    crate::view::options::set_query(search, "present", on.then_some("1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<Step> {
        list.iter().map(|s| region(s)).collect()
    }

    fn partner(id: &str) -> Step {
        Step::Partner(PartnerId::parse(id).unwrap())
    }

    fn region(id: &str) -> Step {
        Step::Region(RegionId::parse(id).unwrap())
    }

    #[test]
    fn next_goes_from_the_title_through_each_region_in_data_order_to_the_closing_step() {
        let order = ids(&["a", "b", "c"]);
        let mut step = Step::Title;
        let mut seen = Vec::new();
        for _ in 0..4 {
            step = next_step(&order, &step);
            seen.push(step.clone());
        }
        assert_eq!(seen, [region("a"), region("b"), region("c"), Step::Closing]);
    }

    #[test]
    fn next_on_the_closing_step_stays_there() {
        let order = ids(&["a"]);
        assert_eq!(next_step(&order, &Step::Closing), Step::Closing);
    }

    #[test]
    fn previous_walks_back_from_the_closing_step_to_the_title_and_stays_there() {
        let order = ids(&["a", "b"]);
        assert_eq!(previous_step(&order, &Step::Closing), region("b"));
        assert_eq!(previous_step(&order, &region("b")), region("a"));
        assert_eq!(previous_step(&order, &region("a")), Step::Title);
        assert_eq!(previous_step(&order, &Step::Title), Step::Title);
    }

    #[test]
    fn a_project_without_regions_has_only_a_title_and_a_closing_step() {
        assert_eq!(next_step(&[], &Step::Title), Step::Closing);
        assert_eq!(previous_step(&[], &Step::Closing), Step::Title);
        assert_eq!(step_position(&[], &Step::Closing), (2, 2));
    }

    #[test]
    fn a_region_missing_from_the_data_moves_to_the_first_region_or_back_to_the_title() {
        let order = ids(&["a", "b"]);
        assert_eq!(next_step(&order, &region("gone")), region("a"));
        assert_eq!(previous_step(&order, &region("gone")), Step::Title);
    }

    #[test]
    fn the_tour_advances_through_the_regions_and_stops_after_the_closing_step() {
        let order = ids(&["a", "b"]);
        assert_eq!(
            tour_tick(&order, &Step::Title),
            TourTick::Advance(region("a"))
        );
        assert_eq!(
            tour_tick(&order, &region("b")),
            TourTick::Advance(Step::Closing)
        );
        assert_eq!(tour_tick(&order, &Step::Closing), TourTick::Finish);
    }

    #[test]
    fn clicker_keys_and_arrows_move_and_other_keys_are_left_to_the_page() {
        for key in ["ArrowRight", "PageDown", " "] {
            assert_eq!(action_for_key(key), Some(Action::Next), "{key:?}");
        }
        for key in ["ArrowLeft", "PageUp"] {
            assert_eq!(action_for_key(key), Some(Action::Previous), "{key:?}");
        }
        assert_eq!(action_for_key("Home"), Some(Action::Home));
        assert_eq!(action_for_key("Escape"), Some(Action::Leave));
        assert_eq!(action_for_key("T"), Some(Action::ToggleTour));
        assert_eq!(action_for_key("f"), Some(Action::TogglePresent));
        assert_eq!(action_for_key("End"), Some(Action::End));
        for key in ["Enter", "Tab", "ArrowUp", "a", ""] {
            assert_eq!(action_for_key(key), None, "{key:?}");
        }
    }

    #[test]
    fn the_step_hash_round_trips_for_every_kind_of_step() {
        let known = vec![region("extremadura"), partner("kmop")];
        for step in [
            Step::Title,
            region("extremadura"),
            partner("kmop"),
            Step::Closing,
        ] {
            assert_eq!(step_from_hash(&step_hash(&step), &known), Some(step));
        }
        assert_eq!(step_hash(&partner("kmop")), "#partner=kmop");
        assert_eq!(step_hash(&Step::Closing), "#step=closing");
        assert_eq!(step_hash(&region("extremadura")), "#region=extremadura");
    }

    #[test]
    fn foreign_anchors_unknown_steps_and_unknown_regions_name_no_step() {
        let known = ids(&["extremadura"]);
        for hash in [
            "",
            "#",
            "#contact",
            "#step=middle",
            "#region=atlantis",
            "#partner=extremadura",
            "#step",
        ] {
            assert_eq!(step_from_hash(hash, &known), None, "{hash:?}");
        }
        assert_eq!(
            step_from_hash("#top&step=closing", &known),
            Some(Step::Closing)
        );
    }

    #[test]
    fn entering_presentation_adds_present_to_the_query_and_leaving_removes_it() {
        assert_eq!(present_query("", true), "?present=1");
        assert_eq!(present_query("?tour=2", true), "?tour=2&present=1");
        assert_eq!(present_query("?present=1", true), "?present=1");
        assert_eq!(present_query("?present=1", false), "");
        assert_eq!(
            present_query("?data=data/x.json&present&tour=3", false),
            "?data=data/x.json&tour=3"
        );
        assert_eq!(present_query("?presenter=1", false), "?presenter=1");
    }

    #[test]
    fn secon_s_stops_are_its_nine_regions_then_kmop_which_has_no_region() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/secon.json");
        let data =
            crate::data::load("data/secon.json", &std::fs::read_to_string(path).unwrap()).data;
        let stops = stops(&data);
        assert_eq!(stops.len(), 10);
        assert!(stops[..9].iter().all(|s| matches!(s, Step::Region(_))));
        assert_eq!(stops[9], partner("kmop"));
        assert_eq!(next_step(&stops, &stops[9]), Step::Closing);
        assert_eq!(previous_step(&stops, &Step::Closing), partner("kmop"));
    }

    #[test]
    fn step_positions_count_the_title_and_closing_steps() {
        let order = ids(&["a", "b", "c"]);
        assert_eq!(step_position(&order, &Step::Title), (1, 5));
        assert_eq!(step_position(&order, &region("b")), (3, 5));
        assert_eq!(step_position(&order, &Step::Closing), (5, 5));
    }
}
