# English placeholder, to be translated: translate the right-hand sides, keep every { $placeholder }; checked against en.ftl by map-core's tests.
editor-title = Data editor
editor-intro = Edit the project's data in forms. Every change is checked as you type and shown in the preview. Save downloads the file: give it to whoever publishes the site (no rebuild is needed).
editor-open-site = Open the site's data file
editor-open-file = Open a file from your computer
editor-drop = You can also drop a .json data file anywhere on this page.
editor-undo = Undo
editor-redo = Redo
editor-undone = Undone.
editor-redone = Redone.
editor-save = Save (download)
editor-saved = Saved as { $file }. Your browser put it in its downloads.
editor-save-failed = The file could not be saved: { $error }
editor-unsaved = Unsaved changes (kept in this browser until you save)
editor-no-changes = No unsaved changes
editor-restored = Unsaved edits from your last visit were restored.
editor-discard = Discard them and open the site's file
editor-opened = Opened { $file }.
editor-open-failed = This file cannot be edited: { $error }
editor-schema-failed = The forms could not be built from the data file's schema: { $error }
editor-confirm-replace = You have unsaved changes. Open another file and drop them?
editor-problems = { $count ->
    [0] No problems: the file is valid
    [one] One problem
   *[other] { $count } problems
}
editor-problem-count = { $count ->
    [one] one problem
   *[other] { $count } problems
}
editor-records = Records
editor-record-kinds = Record kinds
editor-kind-project = Project
editor-kind-indicators = Indicators
editor-kind-partners = Partners
editor-kind-regions = Regions
editor-kind-policy_instruments = Policy instruments
editor-kind-good_practices = Good practices
editor-kind-events = Events
editor-kind-sources = Sources
editor-record-actions = Record actions
editor-add = Add a record
editor-duplicate = Duplicate
editor-move-up = Move up
editor-move-down = Move down
editor-delete = Delete
editor-no-records = No record here yet: add one.
editor-edit-record = Editing { $record }
editor-none = (none)
editor-unknown-ref = { $id } (not in the list)
editor-add-ref = Add to { $field }
editor-add-choose = Add…
editor-remove-ref = Remove { $id }
editor-longitude = Longitude (°)
editor-latitude = Latitude (°)
editor-date-hint = YYYY-MM-DD
editor-referenced = { $record } is referenced by { $count ->
    [one] one record
   *[other] { $count } records
}. Delete it anyway?
editor-delete-clear = Delete and clear these references
editor-delete-keep = Delete and leave the references
editor-cancel = Cancel
editor-deleted = Deleted { $record }. Undo brings it back.
editor-needs-geo = New or changed NUTS codes in: { $regions }. The map draws these regions from the NUTS 3 regions when the page opens, a moment after the others; a developer can bake them in for the fastest first view (`cargo xtask geo` and a rebuild).
editor-preview = Preview
editor-view = Show
editor-show-form = Form
editor-show-preview = Preview
