# Ο επεξεργαστής δεδομένων (editor.html). Να το διαβάσει φυσικός ομιλητής πριν βασιστεί κάποιος σε αυτό.
editor-title = Επεξεργαστής δεδομένων
editor-intro = Επεξεργαστείτε τα δεδομένα του έργου σε φόρμες. Κάθε αλλαγή ελέγχεται καθώς πληκτρολογείτε και εμφανίζεται στην προεπισκόπηση. Η αποθήκευση κατεβάζει το αρχείο: δώστε το σε όποιον δημοσιεύει τον ιστότοπο (δεν χρειάζεται νέα κατασκευή).
editor-open-site = Άνοιγμα του αρχείου δεδομένων του ιστότοπου
editor-open-file = Άνοιγμα αρχείου από τον υπολογιστή σας
editor-drop = Μπορείτε επίσης να αφήσετε ένα αρχείο δεδομένων .json οπουδήποτε σε αυτή τη σελίδα.
editor-undo = Αναίρεση
editor-redo = Επανάληψη
editor-undone = Αναιρέθηκε.
editor-redone = Επαναλήφθηκε.
editor-save = Αποθήκευση (λήψη)
editor-saved = Αποθηκεύτηκε ως { $file }. Το πρόγραμμα περιήγησης το έβαλε στις λήψεις του.
editor-save-failed = Το αρχείο δεν αποθηκεύτηκε: { $error }
editor-unsaved = Μη αποθηκευμένες αλλαγές (φυλάσσονται σε αυτό το πρόγραμμα περιήγησης μέχρι να αποθηκεύσετε)
editor-no-changes = Καμία μη αποθηκευμένη αλλαγή
editor-restored = Οι μη αποθηκευμένες αλλαγές της προηγούμενης επίσκεψής σας επανήλθαν.
editor-discard = Απόρριψή τους και άνοιγμα του αρχείου του ιστότοπου
editor-opened = Άνοιξε το { $file }.
editor-open-failed = Αυτό το αρχείο δεν μπορεί να επεξεργαστεί: { $error }
editor-schema-failed = Οι φόρμες δεν δημιουργήθηκαν από το σχήμα του αρχείου δεδομένων: { $error }
editor-confirm-replace = Έχετε μη αποθηκευμένες αλλαγές. Να ανοίξει άλλο αρχείο και να χαθούν;
editor-problems = { $count ->
    [0] Κανένα πρόβλημα: το αρχείο είναι έγκυρο
    [one] Ένα πρόβλημα
   *[other] { $count } προβλήματα
}
editor-problem-count = { $count ->
    [one] ένα πρόβλημα
   *[other] { $count } προβλήματα
}
editor-records = Εγγραφές
editor-record-kinds = Είδη εγγραφών
editor-kind-project = Έργο
editor-kind-indicators = Δείκτες
editor-kind-partners = Εταίροι
editor-kind-regions = Περιφέρειες
editor-kind-policy_instruments = Εργαλεία πολιτικής
editor-kind-good_practices = Καλές πρακτικές
editor-kind-events = Εκδηλώσεις
editor-kind-sources = Πηγές
editor-record-actions = Ενέργειες εγγραφής
editor-add = Προσθήκη εγγραφής
editor-duplicate = Αντίγραφο
editor-move-up = Μετακίνηση πάνω
editor-move-down = Μετακίνηση κάτω
editor-delete = Διαγραφή
editor-no-records = Δεν υπάρχει ακόμη εγγραφή εδώ: προσθέστε μία.
editor-edit-record = Επεξεργασία: { $record }
editor-none = (καμία)
editor-unknown-ref = { $id } (δεν υπάρχει στη λίστα)
editor-add-ref = Προσθήκη σε { $field }
editor-add-choose = Προσθήκη…
editor-remove-ref = Αφαίρεση { $id }
editor-longitude = Γεωγραφικό μήκος (°)
editor-latitude = Γεωγραφικό πλάτος (°)
editor-date-hint = ΕΕΕΕ-ΜΜ-ΗΗ
editor-referenced = Στο { $record } παραπέμπουν { $count ->
    [one] μία εγγραφή
   *[other] { $count } εγγραφές
}. Να διαγραφεί παρ' όλα αυτά;
editor-delete-clear = Διαγραφή και κατάργηση αυτών των παραπομπών
editor-delete-keep = Διαγραφή χωρίς αλλαγή των παραπομπών
editor-cancel = Άκυρο
editor-deleted = Διαγράφηκε: { $record }. Η αναίρεση το επαναφέρει.
editor-needs-geo = Νέοι ή αλλαγμένοι κωδικοί NUTS σε: { $regions }. Ο χάρτης σχεδιάζει αυτές τις περιφέρειες από τις περιφέρειες NUTS 3 όταν ανοίγει η σελίδα, λίγο μετά τις άλλες· ένας προγραμματιστής μπορεί να τις ενσωματώσει για την ταχύτερη πρώτη προβολή (`cargo xtask geo` και νέα δόμηση).
editor-preview = Προεπισκόπηση
editor-view = Εμφάνιση
editor-show-form = Φόρμα
editor-show-preview = Προεπισκόπηση
editor-read-only = Αυτή η καρτέλα μόνο δείχνει το αρχείο: το επεξεργάζεται άλλη καρτέλα.
editor-save-file = Αποθήκευση
editor-downloaded = Λήφθηκε ως { $file } στον φάκελο λήψεων του προγράμματος περιήγησης. Για να δημοσιευθεί, πρέπει να αντικαταστήσει το { $path } στον ιστότοπο, με ακριβώς αυτό το όνομα ({ $file })· δεν χρειάζεται νέα κατασκευή.
editor-written = Αποθηκεύτηκε στο { $file }. Για να δημοσιευθεί, πρέπει να αντικαταστήσει το { $path } στον ιστότοπο, με ακριβώς αυτό το όνομα· δεν χρειάζεται νέα κατασκευή.
editor-save-cancelled = Δεν αποθηκεύτηκε: δεν επιλέχθηκε αρχείο.
editor-save-problems = { $count ->
    [one] Το αρχείο έχει ένα πρόβλημα. Αποθήκευση παρ' όλα αυτά; Ο ιστότοπος δείχνει ό,τι μπορεί από ένα αρχείο με προβλήματα.
   *[other] Το αρχείο έχει { $count } προβλήματα. Αποθήκευση παρ' όλα αυτά; Ο ιστότοπος δείχνει ό,τι μπορεί από ένα αρχείο με προβλήματα.
}
editor-save-anyway = Αποθήκευση παρ' όλα αυτά
editor-unsaved-not-kept = Μη αποθηκευμένες αλλαγές που δεν κρατά το πρόγραμμα περιήγησης: αποθηκεύστε τις τώρα
editor-details = Λεπτομέρειες
editor-issue-empty = { $record }: το πεδίο { $field } είναι κενό
editor-issue-field = { $record }: { $field }: { $what }
editor-issue = { $record }: { $what }
editor-one-project = Έργο
editor-one-indicators = Δείκτης
editor-one-partners = Εταίρος
editor-one-regions = Περιφέρεια
editor-one-policy_instruments = Μέσο πολιτικής
editor-one-good_practices = Καλή πρακτική
editor-one-events = Εκδήλωση
editor-one-sources = Πηγή
editor-pick-date = { $field }: επιλογή από ημερολόγιο
editor-place-on-map = Τοποθέτηση στον χάρτη
editor-placing = Κάντε κλικ στον χάρτη της προεπισκόπησης εκεί που είναι η έδρα.
editor-placed = Η έδρα τοποθετήθηκε στο { $where } (μήκος, πλάτος).
editor-renamed = { $count ->
    [one] Το αναγνωριστικό «{ $old }» είναι τώρα «{ $new }», αλλά μία εγγραφή δείχνει ακόμη στο «{ $old }»:
   *[other] Το αναγνωριστικό «{ $old }» είναι τώρα «{ $new }», αλλά { $count } εγγραφές δείχνουν ακόμη στο «{ $old }»:
}
editor-renamed-done = { $count ->
    [one] Ενημερώθηκε μία αναφορά.
   *[other] Ενημερώθηκαν { $count } αναφορές.
}
editor-rename-update = Ενημέρωση στο νέο αναγνωριστικό
editor-rename-leave = Να μείνουν ως έχουν
editor-site-changed = Το αρχείο δεδομένων του ιστότοπου άλλαξε από τότε που έγιναν οι μη αποθηκευμένες αλλαγές σας.
editor-changes-site = Άλλαξαν στον ιστότοπο
editor-changes-mine = Άλλαξαν στο πρόχειρό σας
editor-keep-draft = Κράτησε το πρόχειρό μου
editor-take-site = Πάρε το αρχείο του ιστότοπου (απόρριψη προχείρου)
editor-kept-draft = Το πρόχειρό σας κρατήθηκε· οι αλλαγές του ιστότοπου παραπάνω δεν περιέχονται σε αυτό.
editor-change = { $record }: { $what }
editor-change-added = προστέθηκε
editor-change-removed = αφαιρέθηκε
editor-taken-over = Άλλη καρτέλα ανέλαβε την επεξεργασία. Αυτή η καρτέλα πλέον μόνο δείχνει το αρχείο.
editor-editing-here = Τώρα επεξεργάζεστε σε αυτή την καρτέλα. Η άλλη μόνο δείχνει το αρχείο.
editor-other-tab = Αυτό το αρχείο επεξεργάζεται σε άλλη καρτέλα αυτού του προγράμματος περιήγησης. Αυτή η καρτέλα δείχνει τις αλλαγές της αλλά δεν επεξεργάζεται τίποτα, ώστε καμία να μην αντικαθιστά την άλλη.
editor-take-over = Επεξεργασία εδώ
editor-storage-refused = Το πρόγραμμα περιήγησης αρνήθηκε να κρατήσει τις αλλαγές σας ({ $reason }): υπάρχουν μόνο σε αυτή τη σελίδα και χάνονται αν κλείσει. Αποθηκεύστε τις τώρα.
editor-save-now = Αποθήκευση τώρα
editor-opened-last = Άνοιξε το { $file } όπως το αποθηκεύσατε στις { $when }. Το αρχείο του ιστότοπου δεν είναι ακόμη αυτό: δημοσιεύστε το αποθηκευμένο αρχείο.
