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
editor-read-only = Dieser Tab zeigt die Datei nur an: ein anderer Tab bearbeitet sie.
editor-save-file = Speichern
editor-downloaded = Als { $file } in den Download-Ordner Ihres Browsers heruntergeladen. Zum Veröffentlichen muss sie { $path } auf der Website ersetzen, genau unter diesem Namen ({ $file }); ein Neubau ist nicht nötig.
editor-written = In { $file } gespeichert. Zum Veröffentlichen muss sie { $path } auf der Website ersetzen, genau unter diesem Namen; ein Neubau ist nicht nötig.
editor-save-cancelled = Nicht gespeichert: keine Datei gewählt.
editor-save-problems = { $count ->
    [one] Die Datei hat ein Problem. Trotzdem speichern? Die Website zeigt, was sie von einer Datei mit Problemen zeigen kann.
   *[other] Die Datei hat { $count } Probleme. Trotzdem speichern? Die Website zeigt, was sie von einer Datei mit Problemen zeigen kann.
}
editor-save-anyway = Trotzdem speichern
editor-unsaved-not-kept = Ungespeicherte Änderungen, vom Browser nicht aufbewahrt: jetzt speichern
editor-details = Details
editor-issue-empty = { $record }: { $field } ist leer
editor-issue-field = { $record }: { $field }: { $what }
editor-issue = { $record }: { $what }
editor-one-project = Projekt
editor-one-indicators = Indikator
editor-one-partners = Partner
editor-one-regions = Region
editor-one-policy_instruments = Politikinstrument
editor-one-good_practices = Gute Praxis
editor-one-events = Veranstaltung
editor-one-sources = Quelle
editor-pick-date = { $field }: im Kalender wählen
editor-place-on-map = Auf der Karte setzen
editor-placing = Klicken Sie in der Vorschau-Karte auf den Sitz.
editor-placed = Sitz gesetzt auf { $where } (Länge, Breite).
editor-renamed = { $count ->
    [one] Die ID „{ $old }“ ist jetzt „{ $new }“, aber ein Eintrag verweist noch auf „{ $old }“:
   *[other] Die ID „{ $old }“ ist jetzt „{ $new }“, aber { $count } Einträge verweisen noch auf „{ $old }“:
}
editor-renamed-done = { $count ->
    [one] Ein Verweis aktualisiert.
   *[other] { $count } Verweise aktualisiert.
}
editor-rename-update = Auf die neue ID umstellen
editor-rename-leave = So lassen
editor-site-changed = Die Datendatei der Website hat sich geändert, seit Ihre ungespeicherten Änderungen entstanden.
editor-changes-site = Auf der Website geändert
editor-changes-mine = In Ihrem Entwurf geändert
editor-keep-draft = Meinen Entwurf behalten
editor-take-site = Die Datei der Website nehmen (Entwurf verwerfen)
editor-kept-draft = Ihr Entwurf bleibt; die oben genannten Änderungen der Website sind nicht darin.
editor-change = { $record }: { $what }
editor-change-added = hinzugefügt
editor-change-removed = entfernt
editor-taken-over = Ein anderer Tab bearbeitet jetzt. Dieser Tab zeigt die Datei nur noch an.
editor-editing-here = Sie bearbeiten jetzt in diesem Tab. Der andere Tab zeigt die Datei nur an.
editor-other-tab = Diese Datei wird in einem anderen Tab dieses Browsers bearbeitet. Dieser Tab zeigt dessen Änderungen, bearbeitet aber nichts, damit keiner den anderen überschreibt.
editor-take-over = Hier weiterbearbeiten
editor-storage-refused = Ihr Browser hat das Aufbewahren Ihrer Änderungen abgelehnt ({ $reason }): sie sind nur auf dieser Seite und gehen beim Schließen verloren. Speichern Sie jetzt.
editor-save-now = Jetzt speichern
editor-opened-last = { $file } geöffnet, wie Sie sie am { $when } gespeichert haben. Die Datei der Website ist noch nicht diese: veröffentlichen Sie die gespeicherte Datei.
