//! Component tests that need a real DOM, run by wasm-bindgen-test in headless Chromium
//! (`cargo xtask test` runs them; see the README's development section). Native builds skip them.
#![cfg(target_arch = "wasm32")]
// clippy's allow-unwrap-in-tests covers `#[test]` functions only, not `#[wasm_bindgen_test]` ones.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use interreg_map::components::error_notice::ErrorNotice;
use leptos::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_errors(errors: Vec<String>) -> web_sys::HtmlElement {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <ErrorNotice errors=Signal::stored(errors) /> }
    });
    handle.forget();
    host
}

#[wasm_bindgen_test]
fn error_text_from_a_data_file_is_shown_as_text_never_as_html() {
    let host = mount_errors(vec![
        "data/x.json: partners[0].name: <img src=x onerror=alert(1)>".to_string(),
    ]);
    let alert = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert is shown");
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "no element was parsed from the text"
    );
    assert!(
        alert
            .text_content()
            .unwrap()
            .contains("<img src=x onerror=alert(1)>")
    );
}

#[wasm_bindgen_test]
fn every_message_gets_its_own_line_in_order() {
    let host = mount_errors(vec!["a.json: first".into(), "b.json: second".into()]);
    let items = host.query_selector_all("[role=alert] li").unwrap();
    assert_eq!(items.length(), 2);
    assert_eq!(
        items.item(1).unwrap().text_content().unwrap(),
        "b.json: second"
    );
}

#[wasm_bindgen_test]
fn no_messages_render_no_alert() {
    let host = mount_errors(Vec::new());
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
}
