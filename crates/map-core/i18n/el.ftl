# The widget's interface in Greek.
# Format: Project Fluent (https://projectfluent.org). Keys on the left never change; translate the
# text on the right and keep every { $placeholder } as it is. Plurals:
#   { $count -> [one] … *[other] … } (use the forms your language has: one, few, many, other).
# Every key here must be in every other file (a test checks it, and the placeholders).

## Σελίδα
project-map = Χάρτης του έργου
language = Γλώσσα
showing-region = Προβολή: { $region }
map-section = Χάρτης
errors-title = Ορισμένο περιεχόμενο δεν ήταν δυνατό να εμφανιστεί:
page-title = { $project } · περιφέρειες εταίρων και δείκτες
page-description = Διαδραστικός χάρτης των περιφερειών των εταίρων του { $project } και των δεικτών του έργου
loading-map = Ο χάρτης φορτώνεται…
needs-script = Η μεγέθυνση, η επιλογή στον χάρτη, η παρουσίαση και οι λήψεις χρειάζονται JavaScript και WebAssembly, που δεν εκτελούνται σε αυτό το πρόγραμμα περιήγησης. Όλα τα υπόλοιπα σε αυτή τη σελίδα διαβάζονται κανονικά.
needs-script-data = Αυτή η σελίδα πρέπει να δείξει το αρχείο δεδομένων { $file }. Για αυτό χρειάζονται JavaScript και WebAssembly, που δεν εκτελούνται σε αυτό το πρόγραμμα περιήγησης.

## Χάρτης
map-label = Χάρτης των περιφερειών των εταίρων
map-roledescription = χάρτης
zoom-controls = Ζουμ
zoom-in = Μεγέθυνση
zoom-in-hint = Μεγέθυνση (+)
zoom-out = Σμίκρυνση
zoom-out-hint = Σμίκρυνση (−)
zoom-reset = Εμφάνιση όλου του χάρτη
zoom-reset-hint = Όλος ο χάρτης (0)
lead-links = Εμφάνιση συνδέσεων με τον επικεφαλής εταίρο
role-lead-partner = επικεφαλής εταίρος
role-partner = εταίρος
marker-label = { $partner }, { $role }, { $city }
tooltip-lead = { $partner } (επικεφαλής εταίρος)
legend = Υπόμνημα χάρτη
legend-region = Περιφέρεια εταίρου
legend-country = Χώρα εταίρου
legend-seat = Έδρα εταίρου
legend-lead-seat = Έδρα του επικεφαλής εταίρου
attribution = © EuroGeographics για τα διοικητικά όρια · Πηγή: Eurostat GISCO

## Λήψη
export-svg = Λήψη SVG
export-png = Λήψη PNG
export-label = Λήψη του χάρτη

## Πλαίσιο περιφέρειας
close-details = Κλείσιμο λεπτομερειών
skip-map = Παράλειψη του χάρτη
partner-no-region = Αυτός ο εταίρος δεν εκπροσωπεί περιφέρεια πολιτικής στο έργο.
partners-without-region = Εταίροι χωρίς περιφέρεια πολιτικής
indicator-listed = { $listed } από { $total } παρουσιάζονται εδώ
zoom-hint = Χρησιμοποιήστε Ctrl + κύλιση για μεγέθυνση του χάρτη
partner-organisations = Οργανισμοί-εταίροι
policy-instrument = Μέσο πολιτικής
good-practices = Καλές πρακτικές
events = Εκδηλώσεις
other-regions = Άλλες περιφέρειες
previous-region = ← Προηγούμενη περιφέρεια
next-region = Επόμενη περιφέρεια →
lead-partner = Επικεφαλής εταίρος
partner = Εταίρος
website = Ιστότοπος
instrument-name = Ονομασία
managing-authority = Διαχειριστική αρχή
status = Κατάσταση
more = Περισσότερα
about-instrument = Σχετικά με το μέσο
details-link = Λεπτομέρειες
not-yet-published = Δεν έχει δημοσιευτεί ακόμη
not-given = Δεν αναφέρεται
unconfirmed = χωρίς επιβεβαίωση
status-confirmed = επιβεβαιώθηκε
status-unconfirmed = χωρίς επιβεβαίωση
status-conflicting = οι πηγές διαφωνούν
status-not-found = δεν βρέθηκε σε δημόσιες πηγές
status-not-given = δεν αναφέρεται στα δεδομένα
count-good-practices = { $count ->
    [0] δεν έχουν δημοσιευτεί ακόμη καλές πρακτικές
    [one] { $count } καλή πρακτική
   *[other] { $count } καλές πρακτικές
}
count-events = { $count ->
    [0] δεν έχουν δημοσιευτεί ακόμη εκδηλώσεις
    [one] { $count } εκδήλωση
   *[other] { $count } εκδηλώσεις
}

## Κατάλογος περιφερειών
list = Λίστα
partners = Εταίροι
list-title = Περιφέρειες, εταίροι και καλές πρακτικές
show-on-map = Εμφάνιση στον χάρτη: { $region }

## Δείκτες
indicators-title = Δείκτες του έργου
no-indicators = Δεν έχουν δημοσιευτεί ακόμη δείκτες στα δεδομένα.
about-figures = Σχετικά με τα στοιχεία:
source = Πηγή:
figure-of = από { $target }

## Εκδηλώσεις
upcoming-events = Προσεχείς εκδηλώσεις
past-events = Προηγούμενες εκδηλώσεις
no-upcoming = Δεν υπάρχουν ακόμη προσεχείς εκδηλώσεις.
no-past = Τα δεδομένα δεν αναφέρουν προηγούμενες εκδηλώσεις.
events-show-earlier = { $count ->
    [one] Εμφάνιση { $count } παλαιότερης εκδήλωσης
   *[other] Εμφάνιση { $count } παλαιότερων εκδηλώσεων
}
events-show-fewer = Εμφάνιση λιγότερων εκδηλώσεων
event-kick-off = εναρκτήρια συνάντηση
event-workshop = διαπεριφερειακό εργαστήριο
event-study-visit = μελετητική επίσκεψη
event-stakeholder-meeting = συνάντηση ενδιαφερόμενων φορέων
event-conference = συνέδριο
event-activity = δράση του έργου
event-external = εκδήλωση τρίτων
place-and-online = { $city } και διαδικτυακά
place-online = διαδικτυακά
place-not-published = ο τόπος δεν έχει δημοσιευτεί

## Παρουσίαση
present = Παρουσίαση
presentation = Λειτουργία παρουσίασης
step-of = Βήμα { $at } από { $of }
previous-step = Προηγούμενο βήμα
next-step = Επόμενο βήμα
guided-tour = Ξενάγηση
high-contrast = Υψηλή αντίθεση
leave-presentation = Έξοδος από την παρουσίαση
find-out-more = Μάθετε περισσότερα
no-website = Το αρχείο δεδομένων δεν αναφέρει ιστότοπο του έργου.
qr-label = Κωδικός QR της διεύθυνσης δίπλα
