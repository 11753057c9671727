//! The widget's `data-state` contract (PRODUCT.md): `loading` until every part has arrived, then
//! `ready`, or `error` as soon as any part failed (the parts that work are still shown).

/// The value of the root element's `data-state` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageState {
    /// Some part (data file, geometry) has not arrived yet, and none has failed.
    Loading,
    /// Every part arrived and none reported a problem.
    Ready,
    /// At least one part failed or reported a problem; a message says which file and what.
    Error,
}

/// How one part of the page stands: `None` while loading, `Some(true)` when fine, `Some(false)` when
/// it has errors.
pub type PartState = Option<bool>;

impl PageState {
    /// Combines the parts: any failure gives `Error` at once (no need to wait for the rest to show
    /// a message), otherwise any part still loading gives `Loading`.
    pub fn combine(parts: &[PartState]) -> PageState {
        if parts.contains(&Some(false)) {
            PageState::Error
        } else if parts.contains(&None) {
            PageState::Loading
        } else {
            PageState::Ready
        }
    }

    /// The attribute value: `loading`, `ready` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            PageState::Loading => "loading",
            PageState::Ready => "ready",
            PageState::Error => "error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_only_when_every_part_arrived_without_errors() {
        assert_eq!(
            PageState::combine(&[Some(true), Some(true)]),
            PageState::Ready
        );
        assert_eq!(PageState::combine(&[Some(true), None]), PageState::Loading);
    }

    #[test]
    fn one_failed_part_is_an_error_even_while_others_load() {
        assert_eq!(PageState::combine(&[None, Some(false)]), PageState::Error);
        assert_eq!(
            PageState::combine(&[Some(false), Some(true)]).as_str(),
            "error"
        );
    }

    #[test]
    fn no_parts_is_ready() {
        assert_eq!(PageState::combine(&[]), PageState::Ready);
    }
}
