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
editor-read-only = This tab only shows the file: another tab edits it.
editor-save-file = Save
editor-downloaded = Downloaded as { $file } into your browser's downloads folder. To publish it, it must replace { $path } on the site, under exactly that name ({ $file }); no rebuild is needed.
editor-written = Saved into { $file }. To publish it, it must replace { $path } on the site, under exactly that name; no rebuild is needed.
editor-save-cancelled = Not saved: no file was chosen.
editor-save-problems = { $count ->
    [one] The file has one problem. Save it anyway? The site shows what it can of a file with problems.
   *[other] The file has { $count } problems. Save it anyway? The site shows what it can of a file with problems.
}
editor-save-anyway = Save anyway
editor-unsaved-not-kept = Unsaved changes, not kept by this browser: save them now
editor-details = Details
editor-issue-empty = { $record }: { $field } is empty
editor-issue-field = { $record }: { $field }: { $what }
editor-issue = { $record }: { $what }
editor-one-project = Project
editor-one-indicators = Indicator
editor-one-partners = Partner
editor-one-regions = Region
editor-one-policy_instruments = Policy instrument
editor-one-good_practices = Good practice
editor-one-events = Event
editor-one-sources = Source
editor-pick-date = { $field }: pick from a calendar
editor-place-on-map = Place on the map
editor-placing = Click the preview's map where the seat is.
editor-placed = Seat placed at { $where } (longitude, latitude).
editor-renamed = { $count ->
    [one] The id “{ $old }” is now “{ $new }”, but one record still points at “{ $old }”:
   *[other] The id “{ $old }” is now “{ $new }”, but { $count } records still point at “{ $old }”:
}
editor-renamed-done = { $count ->
    [one] One reference updated.
   *[other] { $count } references updated.
}
editor-rename-update = Update them to the new id
editor-rename-leave = Leave them
editor-site-changed = The site's data file has changed since your unsaved edits were made.
editor-changes-site = Changed on the site
editor-changes-mine = Changed in your draft
editor-keep-draft = Keep my draft
editor-take-site = Take the site's file (drop my draft)
editor-kept-draft = Your draft is kept; the site's changes listed above are not in it.
editor-change = { $record }: { $what }
editor-change-added = added
editor-change-removed = removed
editor-taken-over = Another tab took over editing. This tab now only shows the file.
editor-editing-here = You now edit in this tab. The other tab only shows the file.
editor-other-tab = This file is being edited in another tab of this browser. This tab shows its changes as they are made but edits nothing, so neither overwrites the other.
editor-take-over = Take over editing here
editor-storage-refused = Your browser refused to keep your changes ({ $reason }): they are only on this page and are lost if it closes. Save them now.
editor-save-now = Save now
editor-opened-last = Opened { $file } as you saved it on { $when }. The site's file is not yet this one: publish the saved file to make it so.
