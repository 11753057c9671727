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
