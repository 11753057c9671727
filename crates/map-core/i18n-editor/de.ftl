# Der Dateneditor (editor.html). Vor Gebrauch von einer Muttersprachlerin, einem Muttersprachler lesen lassen.
editor-title = Dateneditor
editor-intro = Bearbeiten Sie die Daten des Projekts in Formularen. Jede Änderung wird beim Tippen geprüft und in der Vorschau gezeigt. Speichern lädt die Datei herunter: Geben Sie sie der Person, die die Website veröffentlicht (kein Neubau nötig).
editor-open-site = Datendatei der Website öffnen
editor-open-file = Datei von Ihrem Computer öffnen
editor-drop = Sie können eine .json-Datendatei auch irgendwo auf diese Seite ziehen.
editor-undo = Rückgängig
editor-redo = Wiederholen
editor-undone = Rückgängig gemacht.
editor-redone = Wiederholt.
editor-save = Speichern (herunterladen)
editor-saved = Als { $file } gespeichert. Ihr Browser hat sie in seine Downloads gelegt.
editor-save-failed = Die Datei konnte nicht gespeichert werden: { $error }
editor-unsaved = Ungespeicherte Änderungen (in diesem Browser aufbewahrt, bis Sie speichern)
editor-no-changes = Keine ungespeicherten Änderungen
editor-restored = Ungespeicherte Änderungen Ihres letzten Besuchs wurden wiederhergestellt.
editor-discard = Verwerfen und die Datei der Website öffnen
editor-opened = { $file } geöffnet.
editor-open-failed = Diese Datei lässt sich nicht bearbeiten: { $error }
editor-schema-failed = Die Formulare konnten nicht aus dem Schema der Datendatei erstellt werden: { $error }
editor-confirm-replace = Sie haben ungespeicherte Änderungen. Eine andere Datei öffnen und sie verwerfen?
editor-problems = { $count ->
    [0] Keine Probleme: Die Datei ist gültig
    [one] Ein Problem
   *[other] { $count } Probleme
}
editor-problem-count = { $count ->
    [one] ein Problem
   *[other] { $count } Probleme
}
editor-records = Einträge
editor-record-kinds = Arten von Einträgen
editor-kind-project = Projekt
editor-kind-indicators = Indikatoren
editor-kind-partners = Partner
editor-kind-regions = Regionen
editor-kind-policy_instruments = Politikinstrumente
editor-kind-good_practices = Gute Praktiken
editor-kind-events = Veranstaltungen
editor-kind-sources = Quellen
editor-record-actions = Aktionen für den Eintrag
editor-add = Eintrag hinzufügen
editor-duplicate = Duplizieren
editor-move-up = Nach oben
editor-move-down = Nach unten
editor-delete = Löschen
editor-no-records = Hier gibt es noch keinen Eintrag: Fügen Sie einen hinzu.
editor-edit-record = Bearbeiten: { $record }
editor-none = (keine)
editor-unknown-ref = { $id } (nicht in der Liste)
editor-add-ref = Zu { $field } hinzufügen
editor-add-choose = Hinzufügen…
editor-remove-ref = { $id } entfernen
editor-longitude = Längengrad (°)
editor-latitude = Breitengrad (°)
editor-date-hint = JJJJ-MM-TT
editor-referenced = Auf { $record } { $count ->
    [one] verweist ein Eintrag
   *[other] verweisen { $count } Einträge
}. Trotzdem löschen?
editor-delete-clear = Löschen und diese Verweise entfernen
editor-delete-keep = Löschen und die Verweise lassen
editor-cancel = Abbrechen
editor-deleted = { $record } gelöscht. Rückgängig holt es zurück.
editor-needs-geo = Neue oder geänderte NUTS-Codes in: { $regions }. Die Karte zeichnet diese Regionen beim Öffnen der Seite aus den NUTS-3-Regionen, einen Moment nach den anderen; ein Entwickler kann sie für die schnellste erste Ansicht fest einbauen (`cargo xtask geo` und ein neuer Build).
editor-preview = Vorschau
editor-view = Anzeigen
editor-show-form = Formular
editor-show-preview = Vorschau
