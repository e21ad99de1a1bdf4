app-name = UnityPlan
skip-to-content = Gå til indhold
nav-label = Hovedmenu
nav-territories = Territorier
nav-operator = Driftsoversigt
language-label = Sprog
loading = Indlæser…
retry = Prøv igen
offline-banner = Du er offline. Sider, du har besøgt, kan stadig læses; ændringer venter, til du er online igen.
outbox-waiting = { $count ->
    [one] Én ændring venter på at blive synkroniseret.
   *[other] { $count } ændringer venter på at blive synkroniseret.
}
outbox-failed = { $count ->
    [one] Én ændring kunne ikke sendes.
   *[other] { $count } ændringer kunne ikke sendes.
}
outbox-sync-now = Synkronisér nu
outbox-discard = Kassér
outbox-sent-at = Sat i kø { $when }
not-found-title = Siden findes ikke
not-found-body = Der er ingen side på denne adresse.
not-found-home = Gå til listen over territorier
page-title = { $page } · UnityPlan

territories-title = Territorier
territories-intro = Vælg dit territorium for at se dets forside.
territories-count = { $count ->
    [one] Ét territorium
   *[other] { $count } territorier
}
territory-region = Region
territory-language = Sprog
territory-health = Tilstand
territory-status = Status
health-ok = Tilgængelig
health-unavailable = Utilgængelig
status-provisioning = Under oprettelse
status-active = Aktiv
status-moving = Flytter til en anden region
status-suspended = Suspenderet
territory-created = Oprettet
territory-epoch = Routing-epoke
territory-live-title = Aktuel status
territory-served-by = Betjent af databaseknude
territory-migrations = Anvendte skemamigreringer
territory-provisioned = Oprettet i databasen
territory-back = Alle territorier
territory-checked = Tjekket { $when }

operator-title = Driftsoversigt
operator-intro = Regioner, databaseknuder og territorier. Opdateres hvert { $seconds }. sekund.
operator-ready = Platformen er klar
operator-not-ready = Platformen er ikke klar
operator-control-plane = Kontrolplan
operator-control-ok = Tilgængelig
operator-control-down = Utilgængelig
operator-updated = Sidst opdateret { $when }
operator-refresh = Opdatér nu
operator-regions = Regioner
operator-region-ready = Klar
operator-region-down = Ingen tilgængelig primær
operator-nodes = Databaseknuder
operator-node = Knude
operator-address = Adresse
operator-role = Konfigureret rolle
operator-state = Observeret tilstand
operator-lag = Replikeringsforsinkelse
operator-lag-value = { NUMBER($seconds, maximumFractionDigits: 2) } s
operator-pool = Pulje (åbne / ledige / maks.)
operator-checked = Seneste tjek
operator-error = Seneste fejl
operator-none = —
operator-territories = Territorier ({ $count })
operator-summary = { $regions } regioner, { $nodes } knuder, { $territories } territorier
node-state-unknown = Ukendt
node-state-primary = Primær
node-state-standby = Standby
node-state-down = Nede

error-title = Noget gik galt
error-network_unreachable = Serveren kan ikke nås. Tjek din forbindelse; vi prøver igen, når du er online.
error-bad_response = Serveren sendte et svar, vi ikke kunne læse. Prøv igen om lidt.
error-territory_not_found = Der findes intet territorium med den kode.
error-invalid_territory_code = En territoriekode består af to bogstaver, fx DK.
error-invalid_region_code = Det er ikke en gyldig regionskode.
error-region_unavailable = Territoriets region kan ikke nås lige nu. Prøv igen om lidt.
error-territory_unavailable = Territoriet er utilgængeligt lige nu. Prøv igen om lidt.
error-territory_moving = Territoriet flytter til en anden region; det er tilbage om et øjeblik.
error-database_unavailable = Databasen er utilgængelig lige nu. Prøv igen om lidt.
error-control_plane_unavailable = Platformens register er utilgængeligt lige nu. Prøv igen om lidt.
error-route_not_found = Den adresse findes ikke på serveren.
error-method_not_allowed = Serveren accepterer ikke den handling her.
error-validation_failed = Nogle felter skal rettes.
error-unauthenticated = Log ind først.
error-rate_limited = For mange forsøg. Vent lidt, og prøv igen.
error-request_timeout = Serveren var for længe om at svare. Prøv igen.
error-internal = Noget gik galt hos os. Prøv igen.

nav-sign-in = Log ind
nav-register = Opret konto
nav-account = Konto ({ $name })
nav-sign-out = Log ud
form-busy = Vent venligst…

field-handle = Brugernavn
field-handle-hint = 3–30 tegn: a–z, 0–9 og _, begyndende med et bogstav. Andre ser dig som @brugernavn:territorium.
field-display-name = Visningsnavn
field-email = E-mailadresse
field-password = Adgangskode
field-new-password = Ny adgangskode
field-password-hint = Mindst 8 tegn og svær at gætte; en sætning af flere ord fungerer godt.
field-language = Sprog
field-login = Brugernavn eller e-mailadresse
field-totp-code = 6-cifret kode fra din godkendelsesapp
field-recovery-code = Gendannelseskode
field-code-optional = Godkendelses- eller gendannelseskode
field-totp-or-recovery = Godkendelseskode eller gendannelseskode

register-title = Opret en konto
register-intro = Din konto hører til et hjemterritorium; du kan deltage overalt.
register-territory = Hjemterritorium
register-submit = Opret konto
register-done = Velkommen, { $handle }! Vi har sendt et bekræftelseslink til { $email }. Åbn det, og log derefter ind.
register-have-account = Har du allerede en konto?

verify-title = Bekræft din e-mailadresse
verify-done = Din e-mailadresse er bekræftet. Du kan logge ind nu.
verify-resend = Send et nyt bekræftelseslink
verify-resend-intro = Links virker én gang og i begrænset tid. Skriv dit brugernavn eller din e-mailadresse, så sender vi et nyt.
verify-resent = Hvis en ubekræftet konto passer, er et nyt link på vej.

sign-in-title = Log ind
sign-in-submit = Log ind
sign-in-verify = Bekræft
sign-in-second-factor = Totrinsbekræftelse
sign-in-totp-intro = Indtast koden, som din godkendelsesapp viser for UnityPlan.
sign-in-recovery-intro = Indtast en af de gendannelseskoder, du gemte, da du slog totrinsbekræftelse til eller tilføjede din første adgangsnøgle. Hver kode virker én gang.
sign-in-use-totp = Brug en godkendelseskode i stedet
sign-in-use-recovery = Brug en gendannelseskode i stedet
sign-in-forgot = Glemt din adgangskode?
sign-in-no-account = Ny her?

reset-title = Nulstil din adgangskode
reset-intro = Vi sender dig et link til at vælge en ny adgangskode.
reset-request = Send linket
reset-sent = Hvis en konto passer, er et link på vej. Det virker i begrænset tid.
reset-submit = Gem ny adgangskode
reset-done = Din adgangskode er ændret, og alle sessioner er afsluttet. Log ind med den nye adgangskode.
reset-code-hint = Kun nødvendig, når totrinsbekræftelse er slået til.
reset-submit-passkey = Bekræft med din adgangsnøgle, og gem adgangskoden
reset-passkey-needed = Denne konto er beskyttet med en adgangsnøgle. Når du har valgt den nye adgangskode, beder din enhed dig bekræfte med den.
reset-passkey-or-code = Denne konto er beskyttet med en adgangsnøgle og en godkendelsesapp. Bekræft med din adgangsnøgle, eller indtast i stedet en kode herunder.
reset-passkey-or-recovery = Denne konto er beskyttet med en adgangsnøgle. Bekræft med den, når du har valgt den nye adgangskode, eller indtast en af dine gendannelseskoder herunder, hvis du har mistet den.
reset-code-instead-hint = Lad feltet stå tomt for at bekræfte med din adgangsnøgle.
reset-request-new = Bed om et nyt link

account-nav = Konto
account-overview = Oversigt
account-security = Totrinsbekræftelse
account-sessions = Sessioner
account-api-keys = API-nøgler
account-activity = Aktivitet
account-title = Din konto
account-verified = bekræftet
account-unverified = ikke bekræftet
account-two-factor = Totrinsbekræftelse
account-two-factor-on = Til
account-two-factor-off = Fra
account-member-since = Medlem siden
territory-title = Hjemterritorium

security-title = Totrinsbekræftelse
security-off = Totrinsbekræftelse er slået fra. Slå den til, så en stjålet adgangskode alene ikke kan åbne din konto.
security-on = Totrinsbekræftelse er slået til: når du logger ind, beder vi om en kode fra din godkendelsesapp.
security-start = Slå totrinsbekræftelse til
security-password-hint = Bekræft, at det er dig, med din nuværende adgangskode.
security-scan = Scan denne kode med din godkendelsesapp
security-qr-alt = QR-kode til din godkendelsesapp
security-manual = Kan du ikke scanne? Indtast denne nøgle i appen i stedet:
security-confirm = Bekræft og slå til
security-enabled = Totrinsbekræftelse er slået til.
security-recovery-title = Dine gendannelseskoder
security-recovery-intro = Gem dem et sikkert sted nu; de vises kun én gang. Hver kode logger dig ind én gang, hvis du mister din godkendelsesapp.
security-disable = Slå totrinsbekræftelse fra
security-disabled = Totrinsbekræftelse er slået fra.

sessions-title = Dine sessioner
sessions-count = { $count ->
    [one] Én aktiv session
   *[other] { $count } aktive sessioner
}
sessions-device = Enhed
sessions-ip = IP-adresse
sessions-created = Logget ind
sessions-last-seen = Sidst aktiv
sessions-expires = Udløber
sessions-actions = Handlinger
sessions-current = denne enhed
sessions-revoke = Log denne session ud
sessions-revoke-others = Log ud alle andre steder

keys-title = API-nøgler
keys-create = Opret nøgle
keys-created = Din nye nøgle
keys-created-once = Kopiér den nu: den vises ikke igen.
keys-name = Navn
keys-scopes = Tilladelser
keys-scope-read = Læse
keys-scope-write = Skrive
keys-scope-admin = Administrere
keys-days = Gyldig i (dage, 1–365)
keys-count = { $count ->
    [one] Én nøgle
   *[other] { $count } nøgler
}
keys-prefix = Begynder med
keys-expires = Udløber
keys-last-used = Sidst brugt
keys-revoked = Tilbagekaldt { $when }
keys-revoke = Tilbagekald

activity-title = Din aktivitet
activity-count = { $count ->
    [one] Én hændelse
   *[other] { $count } hændelser
}
activity-when = Hvornår
activity-what = Hvad
activity-account_created = Konto oprettet
activity-email_verified = E-mailadresse bekræftet
activity-signed_in = Logget ind
activity-signed_out = Logget ud
activity-sign_in_failed = Mislykket loginforsøg
activity-new_network_sign_in = Login fra et nyt netværk
activity-password_changed = Adgangskode ændret
activity-password_reset = Adgangskode nulstillet
activity-password_reset_requested = Nulstilling af adgangskode anmodet
activity-email_change_requested = Ændring af e-mail anmodet
activity-email_changed = E-mailadresse ændret
activity-totp_enabled = Totrinsbekræftelse slået til
activity-totp_disabled = Totrinsbekræftelse slået fra
activity-recovery_code_used = Gendannelseskode brugt
activity-session_revoked = Session logget ud
activity-sessions_revoked = Andre sessioner logget ud
activity-api_key_created = API-nøgle oprettet
activity-api_key_revoked = API-nøgle tilbagekaldt
activity-account_locked = Konto låst af en administrator
activity-account_unlocked = Konto låst op
activity-role_granted = Rolle tildelt
activity-role_revoked = Rolle fjernet

error-handle_taken = Det brugernavn er optaget. Vælg et andet.
error-email_taken = En konto bruger allerede den e-mailadresse. Log ind, eller nulstil adgangskoden.
error-invalid_credentials = Loginoplysningerne er ikke korrekte. Tjek dem, og prøv igen.
error-email_not_verified = Bekræft først din e-mailadresse: åbn linket, vi sendte dig.
error-invalid_link = Dette link er ikke gyldigt længere (brugt eller udløbet). Bed om et nyt.
error-second_factor_required = Indtast koden fra din godkendelsesapp (eller en gendannelseskode).
error-reauthentication_failed = Den adgangskode er ikke korrekt.
error-totp_already_enabled = Totrinsbekræftelse er allerede slået til.
error-totp_not_enabled = Totrinsbekræftelse er ikke slået til.
error-totp_not_enrolled = Start opsætningen forfra: ingen tilmelding venter.
error-totp_replay_refused = Den kode er lige blevet brugt. Vent på den næste.
error-session_not_found = Den session er allerede afsluttet.
error-api_key_not_found = Den nøgle findes ikke (længere).
error-session_required = Gør dette fra en browsersession, hvor du er logget ind, ikke med en API-nøgle.
error-insufficient_scope = Denne nøgle har ikke tilladelse til det.
error-forbidden = Du har ikke tilladelse til at gøre det.
error-invalid_body = Forespørgslen blev ikke forstået. Genindlæs siden, og prøv igen.
error-invalid_id = Linket peger på noget, der ikke findes.

operator-events = Hændelsesrygrad
operator-events-mode = Transport
operator-events-in-process = Intern bus i processen
operator-events-nats-up = NATS JetStream, forbundet
operator-events-nats-down = NATS JetStream, ikke forbundet (hændelser venter i udbakken)
operator-events-published = Hændelser udgivet af denne proces
operator-events-relay = Relæ aktivt for regioner
operator-events-consumers = Forbrugere

account-credentials = E-mail og adgangskode
credentials-title = E-mail og adgangskode
credentials-password = Skift din adgangskode
credentials-password-submit = Skift adgangskode
credentials-password-done = { $count ->
    [0] Din adgangskode er ændret.
    [one] Din adgangskode er ændret; én anden session blev logget ud.
   *[other] Din adgangskode er ændret; { $count } andre sessioner blev logget ud.
}
credentials-email = Skift din e-mailadresse
credentials-new-email = Ny e-mailadresse
credentials-email-submit = Send bekræftelseslink
credentials-email-sent = Vi har sendt et link til { $email }. Din adresse skiftes, når du åbner det.

## forum

forum-open = Forum
forum-title = Forum · { $territory }
forum-nav = Forum
forum-territory-home = Territorium
forum-topics = Emner
forum-topic = Emne
forum-search = Søg
forum-bookmarks = Bogmærker
forum-log = Moderationslog
forum-flags = Anmeldelser
forum-settings = Foruminstillinger
forum-categories = Kategorier
forum-all-categories = Alle kategorier
forum-no-categories = Der er ingen kategorier endnu.
forum-no-topics = Ingen emner her endnu.
forum-topics-in = Emner i { $category }
forum-topic-count = { $count ->
    [one] ét emne
   *[other] { $count } emner
}
forum-unread-posts = { $count ->
    [one] én ulæst
   *[other] { $count } ulæste
}
forum-moderators-post = Kun moderatorer skriver her
forum-new-topic = Nyt emne
forum-sign-in-to-post = for at skrive og svare.
forum-sort = Sortér emner
forum-sort-latest = Seneste
forum-sort-top = Top
forum-sort-hot = Populære
forum-sort-unread = Ulæste
forum-period = Periode
forum-period-day = I dag
forum-period-week = Denne uge
forum-period-month = Denne måned
forum-period-year = I år
forum-period-all = Altid
forum-pinned = Fastgjort
forum-locked = Låst
forum-hidden = Skjult
forum-replies = { $count ->
    [one] ét svar
   *[other] { $count } svar
}
forum-reactions = { $count ->
    [one] én reaktion
   *[other] { $count } reaktioner
}
forum-last-post = seneste indlæg { $when }
forum-load-more = Vis flere
forum-load-more-posts = Vis flere indlæg
forum-new-category = Ny kategori
forum-create-category = Opret kategori
forum-category = Kategori
forum-category-name = Navn
forum-category-slug = Kort navn til links
forum-category-slug-hint = 2 til 40 af a–z, 0–9 og -
forum-category-description = Beskrivelse
forum-you = { $name } (dig)
forum-member = Medlem …{ $id }
forum-compose-mode = Skriv eller se forhåndsvisning
forum-write = Skriv
forum-preview = Forhåndsvisning
forum-preview-empty = Intet at vise endnu.
forum-markdown-hint = Markdown virker: **fed**, *kursiv*, `kode`, > citat, - liste. Nævn nogen med @brugernavn.
forum-mention-suggestions = Forslag til omtale (piletaster for at vælge, Enter for at indsætte)
forum-topic-title = Titel
forum-topic-body = Dit indlæg
forum-post-topic = Opret emne
forum-queued = Du er offline. Dit indlæg er gemt på denne enhed og sendes, når forbindelsen er tilbage.
forum-outbox-topic = Nyt emne i forummet “{ $title }”
forum-outbox-reply = Svar i “{ $title }”
forum-slow-mode-on = Langsom tilstand: ét indlæg pr. { $seconds } s
forum-locked-notice = Dette emne er låst: der kan ikke svares mere.
forum-merged-notice = Dette emne er lagt sammen med et andet.
forum-merged-link = Gå til det emne
forum-subscribe = Følg dette emne
forum-subscribed = Følger (stop)
forum-reply = Svar
forum-your-reply = Dit svar
forum-post-reply = Send svar
forum-replying-to = Svarer på indlæg #{ $number } af { $author }.
forum-quoting = Citerer indlæg #{ $number } af { $author }.
forum-cancel-reply-to = Annullér
forum-in-reply-to = Svar på #{ $number }
forum-edited = redigeret { $when }
forum-post-deleted = Dette indlæg er slettet.
forum-post-hidden = Dette indlæg er skjult af en moderator.
forum-edit-post = Redigér indlæg #{ $number }
forum-save = Gem
forum-cancel = Annullér
forum-reactions-label = Reaktioner
forum-reply-to-this = Svar
forum-quote = Citér
forum-bookmark = Bogmærke
forum-bookmarked = Har bogmærke
forum-edit = Redigér
forum-delete = Slet
forum-delete-confirm = Slet dette indlæg? Dets plads i emnet bliver stående, markeret som slettet.
forum-flag = Anmeld
forum-flag-post = Anmeld indlæg #{ $number }
forum-flag-reason = Årsag
forum-flag-note = Besked til moderatorerne (valgfri)
forum-flag-send = Send anmeldelse
forum-flagged = Tak. Moderatorerne kigger på det.
forum-flag-spam = Spam
forum-flag-abuse = Krænkende
forum-flag-off_topic = Uden for emnet
forum-flag-illegal = Ulovligt
forum-flag-other = Andet
forum-history = { $count ->
    [one] Historik
   *[other] Historik ({ $count } versioner)
}
forum-revision = Version { $number }, { $when }
forum-moderate-post = Moderér indlæg #{ $number }
forum-mod-reason = Begrundelse (offentlig)
forum-hide-post = Skjul indlæg
forum-unhide-post = Vis indlæg igen
forum-moderation = Moderation
forum-mod-action = Handling
forum-mod-apply = Udfør
forum-mod-done = Udført: { $action }.
forum-move-to = Flyt til kategori
forum-merge-into = Læg sammen med emne (id eller link)
forum-slow-mode-seconds = Sekunder mellem indlæg (0 = fra)
forum-choose = Vælg…
forum-action-lock = Lås
forum-action-unlock = Lås op
forum-action-pin = Fastgør
forum-action-unpin = Frigør
forum-action-hide = Skjul emne
forum-action-unhide = Vis emne igen
forum-action-move = Flyt
forum-action-merge = Læg sammen
forum-action-slow_mode = Langsom tilstand
forum-action-hide_post = Skjul indlæg
forum-action-unhide_post = Vis indlæg igen
forum-action-resolve_flag = Anmeldelse afgjort
forum-search-words = Søgeord
forum-search-go = Søg
forum-search-hint = Ord finder også andre bøjninger af samme ord på territoriets sprog. Brug "anførselstegn" for en frase, or og -ord for at udelade et ord.
forum-hits = { $count ->
    [0] Intet fundet.
    [one] Ét resultat.
   *[other] { $count } resultater.
}
forum-log-intro = Alle moderatorhandlinger er offentlige: hvem gjorde hvad, hvornår og hvorfor.
forum-log-empty = Ingen moderatorhandlinger endnu.
forum-log-reason = Begrundelse
forum-log-open = Åbn emnet
forum-flags-empty = Ingen åbne anmeldelser.
forum-flag-open = Åbn indlægget
forum-flag-resolution = Afgørelse (offentlig)
forum-flag-resolve = Afgør
forum-bookmarks-empty = Du har ingen bogmærker her.
forum-post-number = Indlæg #{ $number }
forum-settings-emoji = Reaktions-emoji
forum-settings-emoji-hint = Adskilt af mellemrum, 1 til 32.
forum-settings-per-minute = Indlæg pr. minut pr. person
forum-settings-new-hours = Konti er nye i så mange timer
forum-settings-new-per-day = Indlæg pr. dag for nye konti
forum-settings-max-chars = Længste indlæg (tegn)
forum-settings-saved = Indstillingerne er gemt.
forum-attach = Vedhæft filer
forum-attach-hint = Op til { $count } filer pr. indlæg. Hver fil uploades, så snart du vælger den.
forum-attach-offline = Det kræver forbindelse at vedhæfte filer. Du kan stadig skrive og sende dit indlæg; tilføj filer, når du er online igen.
forum-attach-uploading = Uploader { $name }…
forum-attachments = Vedhæftede filer
forum-attach-remove = Fjern { $name }
forum-attach-too-large = { $name } er større, end dette forum tillader. Gør filen mindre, eller del et link i stedet.
forum-attach-type-not-allowed = { $name } er en filtype, som dette forum ikke tillader (websider og SVG er aldrig tilladt). Billeder, PDF og almindelig tekst er det som regel.
forum-attach-too-many = { $name } blev ikke vedhæftet: et indlæg kan højst have { $count } filer.
forum-attach-failed = { $name } kunne ikke vedhæftes: { $detail }
forum-file-size = { $units ->
    [kb] { $size } KB
    [mb] { $size } MB
   *[b] { $size } byte
}
operator-moves = Flytning af territorier
operator-moves-admin-only = Log ind som platformadministrator for at se flytninger af territorier.
operator-moves-none = Intet territorium er blevet flyttet.
operator-move-territory = Territorium
operator-move-route = Fra → til
operator-move-copy = Kopieret
operator-move-reads = Læsninger på mål
operator-move-paused = sat på pause
error-topic_not_found = Emnet findes ikke i dette territorium.
error-post_not_found = Indlægget findes ikke i dette territorium.
error-category_not_found = Kategorien findes ikke.
error-flag_not_found = Anmeldelsen findes ikke eller er allerede afgjort.
error-topic_locked = Emnet er låst, så ingen kan svare på det mere.
error-topic_merged = Emnet er lagt sammen med et andet; svar der.
error-not_your_post = Kun forfatteren eller en moderator kan ændre dette indlæg.
error-already_flagged = Du har allerede anmeldt dette indlæg.
error-invalid_cursor = Listen har ændret sig. Genindlæs siden.
error-new_user_limit = Nye konti kan kun skrive et begrænset antal indlæg om dagen. Prøv igen i morgen.
error-slow_mode = Emnet er i langsom tilstand. Vent lidt, før du skriver igen.
error-slug_taken = Det korte navn bruges allerede af en anden kategori.

## learning

learn-open = Kurser
learn-catalog-title = Kurser · { $territory }
learn-catalog-empty = Der er ingen offentliggjorte kurser her endnu.
learn-back-territory = Territorium
learn-back-catalog = Alle kurser
learn-back-course = Tilbage til kurset
learn-back-quiz = Tilbage til quizzen
learn-sign-in-first = Log ind for at se kurser, tilmelde dig og tage quizzer.
learn-sign-in = Log ind
learn-instructors-only = Kun undervisere i dette territorium kan åbne denne side.
learn-course = Kursus
learn-lesson = Lektion
learn-quiz = Quiz
learn-attempt = Forsøg
learn-status = Status
learn-status-draft = Kladde
learn-status-published = Offentliggjort
learn-status-archived = Arkiveret
learn-enrollment-open = Åben tilmelding
learn-enrollment-approval = Tilmelding efter godkendelse
learn-enrollment-status-pending = venter på godkendelse
learn-enrollment-status-active = tilmeldt
learn-badge-named = Badge: { $name }
learn-new-course = Nyt kursus
learn-create-course = Opret kursus
learn-course-title = Titel
learn-course-summary = Resumé (Markdown)
learn-course-language = Sprogkode (fx da)
learn-course-enrollment = Tilmelding
learn-edit-course = Rediger kursus
learn-your-progress = Dine fremskridt
learn-enrol-hint = Tilmeld dig for at åbne lektionerne og tage quizzerne.
learn-enrol-approval-hint = En underviser godkender hver tilmelding til dette kursus.
learn-enrol = Tilmeld dig
learn-request-enrol = Bed om at blive tilmeldt
learn-enrol-pending = Din tilmelding venter på en undervisers godkendelse.
learn-enrolled = Du er tilmeldt.
learn-lessons-done = Gennemførte lektioner: { $done } af { $total }
learn-quizzes-passed = Beståede påkrævede quizzer: { $done } af { $total }
learn-completed = Kurset er gennemført { $when }.
learn-certificate = Bevis
learn-certificate-learner = Deltager
learn-certificate-code = Verifikationskode
learn-badge-valid = gyldigt
learn-badge-valid-until = gyldigt til { $when }
learn-badge-lapsed = udløbet — gennemfør kurset igen for at forny det
learn-outline = Lektioner
learn-no-modules = Kurset har ingen lektioner endnu.
learn-kind-text = tekst
learn-kind-video = video
learn-viewed = gennemført
learn-quizzes = Quizzer
learn-no-quizzes = Kurset har ingen quizzer endnu.
learn-attachments = Vedhæftede filer
learn-bytes = { $size } KB
learn-lesson-done = Du har gennemført denne lektion.
learn-lesson-queued = Gemt på denne enhed; sendes, når du er online igen.
learn-mark-complete = Markér som gennemført
learn-outbox-complete = Lektion gennemført: { $title }
learn-video = Video
learn-video-questions = { $count ->
    [one] Videoen stopper ved ét spørgsmål.
   *[other] Videoen stopper ved { $count } spørgsmål.
}
learn-video-no-skipping = Du kan ikke springe forbi et spørgsmål, du ikke har besvaret.
learn-video-question = Spørgsmål i videoen
learn-video-require-correct = Svar rigtigt for at fortsætte.
learn-video-try-again = Ikke helt. Prøv igen for at fortsætte.
learn-video-continue = Fortsæt videoen
learn-check = Tjek
learn-q-choose-one = Vælg ét svar
learn-q-choose-several = Vælg et eller flere svar
learn-q-true-or-false = Sandt eller falsk?
learn-q-true = Sandt
learn-q-false = Falsk
learn-q-blank = Felt { $n }
learn-q-number = Dit svar (tal, med enhed hvis nødvendigt)
learn-q-units = Enheder du kan bruge: { $units }
learn-q-pick = Vælg…
learn-q-order = Elementerne i din rækkefølge
learn-q-up = Flyt “{ $item }” op
learn-q-down = Flyt “{ $item }” ned
learn-q-essay = Dit svar
learn-q-files = Upload din fil (højst { $max })
learn-q-remove-file = Fjern
learn-q-unsupported = Denne spørgsmålstype ({ $type }) kan ikke besvares her endnu.
learn-quiz-time-limit = Tidsgrænse
learn-minutes = { $n } min.
learn-quiz-untimed = ingen
learn-quiz-attempts = Tilladte forsøg
learn-quiz-unlimited = ubegrænset
learn-quiz-grading = Karakteren der tæller
learn-grading-highest = bedste forsøg
learn-grading-average = gennemsnit af forsøg
learn-grading-first = første forsøg
learn-grading-last = sidste forsøg
learn-quiz-pass = Karakter for at bestå
learn-quiz-feedback = Feedback
learn-feedback-deferred = når du har afleveret
learn-feedback-immediate = lige efter hvert svar
learn-feedback-interactive = efter hvert forsøg, med tip
learn-quiz-closes = Lukker
learn-quiz-adaptive = Denne quiz tilpasser sig dig: næste spørgsmål afhænger af dine svar.
learn-your-grade = Din karakter
learn-no-grade = Ingen karakter endnu.
learn-grade-is = Karakter: { $grade }
learn-passed = bestået
learn-not-passed = ikke bestået
learn-attempt-grades = Dine forsøg
learn-start-attempt = Start eller fortsæt et forsøg
learn-attempt-title = { $quiz } · forsøg { $n }
learn-question-n = Spørgsmål { $n } ({ $marks } point)
learn-slot-n = spørgsmål { $n }
learn-save-answer = Gem svar
learn-answer-first = Besvar spørgsmålet først.
learn-answer-waiting = Gemt på denne enhed, venter på at blive sendt
learn-answer-unanswered = Ikke besvaret endnu
learn-answer-answered = Svar gemt
learn-answer-right = Rigtigt
learn-answer-partial = Delvist rigtigt
learn-answer-wrong = Forkert
learn-answer-needs_grading = Venter på, at en underviser bedømmer det
learn-tries = forsøg: { $n }
learn-outbox-answer = Svar på spørgsmål { $n } i { $quiz }
learn-outbox-submit = Aflever { $quiz }
learn-submit = Aflever alt og afslut
learn-submit-waiting = Din aflevering er gemt på denne enhed og sendes, når du er online igen.
learn-marks = Point: { $got } af { $max }
learn-hint = Tip: { $hint }
learn-estimate = Vurderet niveau: { $level } (standardfejl { $se }) efter { $answered } svar.
learn-stop-precise_enough = Vurderingen er præcis nok.
learn-stop-max_questions = Det største antal spørgsmål er stillet.
learn-stop-no_questions_left = Der var ikke flere spørgsmål.
learn-review = Gennemgang
learn-attempt-abandoned = Forsøget blev opgivet (tiden løb ud).
learn-needs-grading = Nogle svar venter på en underviser; din karakter vises, når de er bedømt.
learn-grade-hidden = Din karakter vises ikke endnu.
learn-finished-at = Afsluttet { $when }
learn-time-left = Tid tilbage:
learn-time-left-announce = { $minutes ->
    [0] { $seconds } sekunder tilbage
   *[other] { $minutes } minutter tilbage
}
learn-time-over = Tiden er gået.
learn-edit-title = Rediger: { $title }
learn-course-settings = Kursusindstillinger
learn-publish = Offentliggør
learn-archive = Arkivér
learn-now-published = Kurset er offentliggjort.
learn-now-archived = Kurset er arkiveret.
learn-saved = Gemt.
learn-save = Gem
learn-badge-name = Badge for gennemførelse (navn)
learn-badge-days = Badget gælder i (dage; tomt = altid)
learn-cover = Forsidebillede
learn-modules = Moduler og lektioner
learn-add-module = Tilføj modul
learn-module-title = Modulets titel
learn-add-lesson-to = Tilføj en lektion til { $module }
learn-add-lesson = Tilføj lektion
learn-lesson-title = Lektionens titel
learn-lesson-kind = Lektionstype
learn-lesson-markdown = Tekst (Markdown)
learn-attach = Vedhæft en fil
learn-video-url = Videoens adresse (https)
learn-video-file = Eller upload en video
learn-uploaded = Uploadet.
learn-interactions = Spørgsmål i videoen
learn-at-secs = Ved sekund
learn-question = Spørgsmål
learn-require-correct = Skal besvares rigtigt
learn-add-interaction = Tilføj et spørgsmål
learn-prevent-skipping = Forhindr at springe forbi ubesvarede spørgsmål
learn-bank = Spørgsmålsbank
learn-bank-filter = Filtrér spørgsmålsbanken
learn-category = Kategori
learn-tags = Tags
learn-tags-hint = Adskil tags med komma.
learn-filter = Filtrér
learn-bank-count = { $count ->
    [one] Ét spørgsmål
   *[other] { $count } spørgsmål
}
learn-bank-empty = Spørgsmålsbanken er tom: importér eller tilføj spørgsmål først.
learn-question-name = Navn
learn-question-type = Type
learn-version = Version
learn-type-single_choice = ét valg
learn-type-multiple_choice = flere valg
learn-type-true_false = sandt/falsk
learn-type-fill_blanks = udfyld felterne
learn-type-numeric = talsvar
learn-type-matching = par sammen
learn-type-ordering = rækkefølge
learn-type-essay = essay
learn-type-file_upload = filupload
learn-export = Eksportér
learn-import = Importér spørgsmål
learn-import-format = Format
learn-import-file = Fil
learn-import-paste = Eller indsæt teksten
learn-import-run = Importér
learn-imported = { $count ->
    [one] Ét spørgsmål importeret.
   *[other] { $count } spørgsmål importeret.
}
learn-import-warnings = { $count ->
    [one] Én advarsel
   *[other] { $count } advarsler
}
learn-import-skipped = { $count ->
    [one] Ét spørgsmål sprunget over
   *[other] { $count } spørgsmål sprunget over
}
learn-import-at = Spørgsmål { $position } ({ $name })
learn-new-question = Nyt spørgsmål
learn-add-question = Tilføj spørgsmål
learn-question-text = Spørgsmålets tekst (Markdown; felter som {"{"}1{"}"}, {"{"}2{"}"} …)
learn-question-answers = Svar (JSON)
learn-json-invalid = Svarene er ikke gyldig JSON: { $detail }
learn-question-created = Spørgsmålet “{ $name }” er tilføjet.
learn-difficulty = Sværhedsgrad (1–10)
learn-general-feedback = Generel feedback
learn-hints = Tip (ét pr. linje)
learn-new-quiz = Ny quiz
learn-create-quiz = Opret quiz
learn-quiz-title = Quizzens titel
learn-quiz-created = Quizzen “{ $title }” er oprettet.
learn-quiz-questions = Faste spørgsmål
learn-select-all = Vælg alle
learn-random-slot = Tilfældige spørgsmål
learn-random-count = Hvor mange
learn-quiz-minutes = Tidsgrænse (minutter)
learn-quiz-minutes-hint = Tomt betyder ingen tidsgrænse.
learn-quiz-attempts-hint = Tomt betyder ubegrænset.
learn-quiz-delay = Sekunder mellem forsøg
learn-quiz-pass-percent = Karakter for at bestå (%)
learn-quiz-overdue = Når tiden er gået
learn-overdue-auto_submit = aflever de gemte svar
learn-overdue-grace_period = giv en frist til at aflevere
learn-overdue-abandon = opgiv forsøget
learn-quiz-grace = Frist (sekunder)
learn-quiz-required = Skal bestås for at gennemføre kurset
learn-enrollments = Tilmeldinger
learn-no-enrollments = Ingen har tilmeldt sig endnu.
learn-approve = Godkend
learn-grading-title = Bedømmelseskø
learn-grading-empty = Intet venter på bedømmelse.
learn-learner = Deltager
learn-grade-for = Bedøm { $name }
learn-rubric-points = { $criterion } (0–{ $max } point)
learn-grade-percent = Karakter (%)
learn-grade-comment = Kommentar til deltageren
learn-grade-save = Gem bedømmelse
learn-move-up = Flyt “{ $name }” op
learn-move-down = Flyt “{ $name }” ned
learn-delete = Slet “{ $name }”
learn-delete-confirm = Slet “{ $name }”? Det kan ikke fortrydes.
learn-delete-progress-confirm = Deltagere har fremskridt i “{ $name }”. Slet det og deres fremskridt der?
learn-shuffle = Bland svarmulighederne i valgspørgsmål i hvert forsøg
learn-review-options = Gennemsynsindstillinger
learn-review-options-hint = Hvad deltagerne ser af deres forsøg i hver fase. "Lige efter" er de to minutter efter aflevering.
learn-review-phase-during = Under forsøget
learn-review-phase-immediately_after = Lige efter
learn-review-phase-later = Senere, mens quizzen er åben
learn-review-phase-after_close = Efter quizzen er lukket
learn-review-item-marks = Point
learn-review-item-feedback = Feedback
learn-review-item-overall_feedback = Samlet feedback
learn-review-checkbox = { $item }: { $phase }
learn-bands = Samlet feedback efter karakter
learn-band-from = Fra karakter (%)
learn-band-to = Under karakter (%; 100 omfatter 100)
learn-band-text = Feedback for dette interval
learn-add-band = Tilføj et karakterinterval
learn-prerequisites = Kurser der skal gennemføres først
learn-no-other-courses = Der er ingen andre kurser i dette territorium endnu.
learn-requires = Gennemfør først disse kurser:
learn-actions = Handlinger
learn-edit = Rediger
learn-edit-question = Rediger “{ $name }”
learn-cancel-edit = Stop redigering
learn-save-question = Gem spørgsmål
learn-question-updated = “{ $name }” er nu version { $version }; { $count ->
    [one] ét afsluttet forsøg blev genbedømt.
   *[other] { $count } afsluttede forsøg blev genbedømt.
}
learn-regrade = Genbedøm afsluttede forsøg, der brugte dette spørgsmål
# Question editor (questions/QuestionEditor.tsx)
learn-qf-general = Generelt
learn-qf-answers = Svar: { $type }
learn-qf-type-locked = En rettelse beholder spørgsmålstypen; tilføj et nyt spørgsmål for at skifte type.
learn-qf-default-mark = Standardpoint
learn-qf-penalty = Fradrag pr. forkert forsøg (%)
learn-qf-shuffle = Bland svarmulighederne (slå fra ved “alle ovenstående”)
learn-qf-hints = Tip
learn-qf-hints-hint = Vises ét ad gangen efter forkerte forsøg i interaktive quizzer.
learn-qf-hint-n = Tip { $n }
learn-qf-hint-text = Tiptekst
learn-qf-add-hint = Tilføj et tip
learn-qf-up = Op
learn-qf-down = Ned
learn-qf-remove = Fjern
learn-qf-remove-row = Fjern “{ $item }”
learn-qf-choices = Svarmuligheder
learn-qf-choices-hint-single = Karakter er pointandelen for at vælge den i %: én svarmulighed skal have 100.
learn-qf-choices-hint-multi = Karakter er pointandelen for at vælge den i %, fra −100 til 100; negative karakterer trækker point fra.
learn-qf-choice-n = Svarmulighed { $n }
learn-qf-choice-text = Tekst
learn-qf-add-choice = Tilføj en svarmulighed
learn-qf-grade = Karakter (%)
learn-qf-feedback = Feedback
learn-qf-partial-credit = Delvis point
learn-qf-partial-fractions = Læg karaktererne for de valgte svarmuligheder sammen (Moodle)
learn-qf-partial-right_minus_wrong = Andel rigtige valg minus andel forkerte valg (Canvas)
learn-qf-partial-all_or_nothing = Alt eller intet: kun præcis de rigtige valg giver point
learn-qf-correct-answer = Rigtigt svar
learn-qf-feedback-true = Feedback til svaret “Sandt”
learn-qf-feedback-false = Feedback til svaret “Falsk”
learn-qf-blanks = Felter
learn-qf-blanks-hint = Skriv {"{"}1{"}"}, {"{"}2{"}"} … i spørgsmålsteksten, hvor hvert felt skal stå.
learn-qf-accepted = Godkendte svar
learn-qf-accepted-hint = * matcher vilkårlig tekst. Ét svar skal have karakter 100.
learn-qf-blank-answer-n = Felt { $n }, svar { $count }
learn-qf-answer-text = Godkendt tekst
learn-qf-add-answer-to = Tilføj et svar til felt { $n }
learn-qf-case-sensitive = Store og små bogstaver skal passe
learn-qf-normalize = Se bort fra ekstra mellemrum
learn-qf-numeric-answers = Godkendte værdier
learn-qf-numeric-hint = En værdi godkendes inden for ± tolerancen, i grundenheden. Én værdi skal have karakter 100.
learn-qf-value-n = Værdi { $n }
learn-qf-value = Værdi
learn-qf-tolerance = Tolerance (±)
learn-qf-add-value = Tilføj en værdi
learn-qf-units = Enheder
learn-qf-units-hint = Grundenheden har multiplikator 1; en anden enheds multiplikator er, hvor mange af den der udgør én grundenhed (cm: 100, når grundenheden er m).
learn-qf-unit-n = Enhed { $n }
learn-qf-unit-name = Enhed
learn-qf-multiplier = Multiplikator
learn-qf-add-unit = Tilføj en enhed
learn-qf-unit-required = Et svar uden enhed er forkert
learn-qf-pairs = Par
learn-qf-pairs-hint = Deltageren vælger det passende svar til hver opgave.
learn-qf-pair-n = Par { $n }
learn-qf-prompt = Opgave
learn-qf-match = Passende svar
learn-qf-add-pair = Tilføj et par
learn-qf-distractors = Ekstra forkerte svar
learn-qf-distractor-n = Forkert svar { $n }
learn-qf-distractor = Forkert svar
learn-qf-add-distractor = Tilføj et forkert svar
learn-qf-items = Elementer
learn-qf-items-hint = I den rigtige rækkefølge; deltagerne får dem blandet.
learn-qf-item-n = Element { $n }
learn-qf-item = Elementtekst
learn-qf-add-item = Tilføj et element
learn-qf-rubric = Bedømmelsesskema
learn-qf-rubric-hint = Bedømmerne giver point pr. kriterium; pointene skaleres til spørgsmålets point.
learn-qf-criterion-n = Kriterium { $n }
learn-qf-description = Beskrivelse
learn-qf-points = Point
learn-qf-add-criterion = Tilføj et kriterium
learn-qf-grader-info = Information til bedømmere
learn-qf-max-files = Højst antal filer, en deltager må uploade
learn-qf-preview = Forhåndsvisning
learn-qf-preview-hint = Sådan ser en deltager det (intet gemmes). Markdown formateres, når spørgsmålet er gemt.
learn-qf-json = JSON (avanceret)
learn-qf-json-apply = Brug denne JSON
learn-qf-json-no-type = JSON skal have en "type", en af: { $detail }.
learn-qf-json-locked = En rettelse beholder typen: JSON-feltet "type" skal være { $type }.
learn-qf-problems = { $count ->
    [one] Én ting skal rettes, før spørgsmålet kan gemmes:
   *[other] { $count } ting skal rettes, før spørgsmålet kan gemmes:
}
learn-qf-regrade-hint = Uden genbedømmelse beholder afsluttede forsøg deres point; nye forsøg bruger det rettede spørgsmål.
learn-qf-delete = Slet
learn-qf-delete-question = Slet “{ $name }”
learn-qf-delete-confirm = Slet “{ $name }” fra spørgsmålsbanken? Det kan ikke fortrydes.
learn-qf-deleted = Spørgsmålet “{ $name }” er slettet.
learn-qf-delete-in-use = “{ $name }” er stadig i brug og blev ikke slettet.
learn-qf-err-name = Giv spørgsmålet et navn.
learn-qf-err-text = Skriv spørgsmålsteksten.
learn-qf-err-difficulty = Sværhedsgraden er et helt tal fra 1 til 10.
learn-qf-err-mark = Standardpoint skal være et tal over 0.
learn-qf-err-penalty = Fradraget er en procentdel fra 0 til 100.
learn-qf-err-category = En kategori har højst 200 tegn.
learn-qf-err-tags = Hvert mærke har højst 50 tegn.
learn-qf-err-number = Skriv et tal, fx 1,5.
learn-qf-err-grade = Karakteren er en procentdel fra −100 til 100.
learn-qf-err-grade-positive = Karakteren er en procentdel fra 0 til 100.
learn-qf-err-choice-text = Svarmulighed { $n } har ingen tekst.
learn-qf-err-two-choices = Angiv mindst to svarmuligheder.
learn-qf-err-full-choice = Én svarmulighed skal have karakter 100.
learn-qf-err-right-choice = Mindst én svarmulighed skal have en karakter over 0.
learn-qf-err-one-blank = Tilføj mindst ét felt.
learn-qf-err-placeholder = Spørgsmålsteksten har intet {"{"}{ $n }{"}"} til felt { $n }.
learn-qf-err-blank-full = Felt { $n } skal have et svar med karakter 100.
learn-qf-err-answer-text = Skriv den godkendte tekst.
learn-qf-err-tolerance = Tolerancen kan ikke være negativ.
learn-qf-err-numeric-full = Én godkendt værdi skal have karakter 100.
learn-qf-err-unit-name = Giv enheden et navn, fx cm.
learn-qf-err-multiplier = Multiplikatoren skal være et tal over 0.
learn-qf-err-two-pairs = Angiv mindst to par.
learn-qf-err-prompt = Par { $n } har ingen opgave.
learn-qf-err-pair-answer = Par { $n } har intet passende svar.
learn-qf-err-two-items = Angiv mindst to elementer.
learn-qf-err-item = Element { $n } er tomt.
learn-qf-err-criterion = Kriterium { $n } har ingen beskrivelse.
learn-qf-err-points = Point kan ikke være negative.
learn-qf-err-max-files = Tillad mindst én fil (et helt tal).
learn-adaptive = Adaptiv quiz
learn-adaptive-on = Vælg hvert spørgsmål ud fra deltagerens svar indtil nu (faste og tilfældige spørgsmål bruges så ikke)
learn-adaptive-lowest = Laveste sværhedsgrad
learn-adaptive-highest = Højeste sværhedsgrad
learn-adaptive-start = Startniveau
learn-adaptive-se = Stop ved standardfejl (logits)
learn-adaptive-min = Færrest spørgsmål
learn-adaptive-max = Flest spørgsmål
learn-delete-yes = Slet
learn-delete-anyway = Slet alligevel
learn-delete-cancel = Annuller
learn-delete-loss = Deltagere vil miste deres data i “{ $name }”:
learn-rename = Omdøb “{ $name }”
learn-rename-save = Gem navn
learn-renamed = Omdøbt til “{ $name }”.
learn-lesson-edit = Rediger “{ $name }”
learn-lesson-edit-of = Rediger lektionen “{ $name }”
learn-lesson-module = Modul for “{ $name }”
learn-lesson-move = Flyt “{ $name }” dertil
learn-lesson-moved = “{ $name }” er flyttet til “{ $module }”.
learn-lesson-save = Gem lektion
learn-lesson-saved = Lektionen “{ $name }” er gemt.
learn-lesson-completed-by = { $count ->
    [one] Én deltager har gennemført lektionen; gennemførelsen bevares, når du gemmer.
   *[other] { $count } deltagere har gennemført lektionen; deres gennemførelser bevares, når du gemmer.
}
learn-interaction-answered-by = { $count ->
    [one] Besvaret af én deltager.
   *[other] Besvaret af { $count } deltagere.
}
learn-remove-attachment = Fjern “{ $name }”
learn-remove-interaction = Fjern spørgsmål { $n }
learn-save-loss = Hvis du gemmer “{ $name }”, slettes deltagernes svar:
learn-save-anyway = Gem alligevel
learn-quiz-opens = Åbner
learn-quiz-edit-settings = Ret indstillinger for “{ $title }”
learn-quiz-settings-of = Indstillinger for “{ $title }”
learn-quiz-save-settings = Gem indstillinger
learn-quiz-settings-saved = Quizzens indstillinger er gemt.
learn-quiz-edit-slots = Ret spørgsmål i “{ $title }”
learn-quiz-slots-of = Spørgsmål i “{ $title }”
learn-quiz-save-slots = Gem spørgsmål
learn-quiz-slots-saved = Quizzens spørgsmål er gemt.
learn-slots-empty = En quiz skal have mindst ét spørgsmål eller én tilfældig trækning.
learn-slots-adaptive = Denne quiz er adaptiv: spørgsmålene kommer fra puljen i dens indstillinger (Ret indstillinger), ikke fra en liste.
learn-slot-random = { $n ->
    [one] Ét tilfældigt spørgsmål
   *[other] { $n } tilfældige spørgsmål
}
learn-slot-count-invalid = Skriv et helt tal på mindst 1.
learn-slot-duplicate = Dette spørgsmål er allerede i quizzen.
learn-slot-up = Flyt “{ $what }” op
learn-slot-down = Flyt “{ $what }” ned
learn-slot-remove = Fjern “{ $what }”
learn-remove = Fjern
learn-slot-add-question = Spørgsmål fra banken
learn-slot-pick = Vælg et spørgsmål
learn-slot-add = Tilføj spørgsmålet
learn-slot-add-random = Tilføj tilfældige spørgsmål
learn-past-attempts = Dine tidligere forsøg
learn-attempt-state = Status
learn-attempt-started = Startet
learn-attempt-submitted = Afleveret
learn-attempt-grade = Karakter
learn-attempt-open = Åbn
learn-attempt-state-in_progress = I gang
learn-attempt-state-finished = Afsluttet
learn-attempt-state-abandoned = Opgivet
learn-attempt-needs-grading = Venter på bedømmelse
learn-attempt-review = Gennemse forsøg { $n }
learn-attempt-continue = Fortsæt forsøg { $n }
error-quiz_has_attempts = Quizzen har allerede forsøg: dens spørgsmål, feedbacktilstand og adaptive pulje kan ikke længere ændres. Alt andet kan.
error-course_not_found = Kurset findes ikke, eller det er ikke offentliggjort.
error-quiz_not_found = Quizzen findes ikke.
error-lesson_not_found = Lektionen findes ikke.
error-attempt_not_found = Forsøget findes ikke.
error-not_enrolled = Tilmeld dig kurset først.
error-enrollment_pending = Din tilmelding venter stadig på godkendelse.
error-prerequisites_missing = Gennemfør først de kurser, dette kursus kræver.
error-course_not_open = Kurset er ikke åbent for tilmelding.
error-lesson_incomplete = Besvar først videoens spørgsmål (rigtigt, hvor det kræves).
error-attempt_time_expired = Tiden for dette forsøg er gået.
error-attempt_closed = Forsøget er afsluttet; svarene kan ikke længere ændres.
error-already_answered = Spørgsmålet er allerede bedømt; det tillader ét svar.
error-no_tries_left = Spørgsmålet er færdigt: besvaret rigtigt, eller alle forsøg er brugt.
error-no_attempts_left = Du har brugt alle de forsøg, quizzen tillader.
error-quiz_not_open = Quizzen er ikke åben endnu.
error-quiz_closed = Quizzen er lukket.
error-response_mismatch = Svaret passer ikke til spørgsmålet; tjek det og prøv igen.
error-client_id_reused = Denne anmodning er allerede brugt til noget andet; genindlæs siden.
error-file_too_large = Filen er for stor.
error-file_type_not_allowed = Denne filtype er ikke tilladt.

## passkeys
passkeys-title = Adgangsnøgler
passkeys-intro = En adgangsnøgle logger dig ind med din enheds skærmlås eller en sikkerhedsnøgle i stedet for en adgangskode, og den tæller som andet trin efter din adgangskode. Adgangsnøgler kan ikke phishes: de virker kun på dette websted.
passkeys-none = Du har ingen adgangsnøgler endnu.
passkeys-add = Tilføj en adgangsnøgle på denne enhed
passkeys-name = Navn
passkeys-name-hint = Så du kan kende dine adgangsnøgler fra hinanden, fx “Bærbar” eller “Telefon”.
passkeys-default-name = Adgangsnøgle
passkeys-added-notice = Adgangsnøglen er tilføjet. Fremover beder login med adgangskode også om en adgangsnøgle.
passkeys-recovery-intro = Din adgangsnøgle fulgte med ti gendannelseskoder. Gem dem et sikkert sted nu; de vises kun én gang. Hver kode erstatter en mistet adgangsnøgle én gang, når du logger ind eller nulstiller din adgangskode.
passkeys-added = tilføjet { $date }
passkeys-last-used = sidst brugt { $date }
passkeys-synced = synkroniseres af udbyderen
passkeys-rename = Omdøb
passkeys-delete = Slet adgangsnøgle
passkeys-delete-hint = Bekræft, at det er dig, med din nuværende adgangskode.
passkeys-unsupported = Denne browser kan ikke bruge adgangsnøgler.
passkeys-sign-in = Log ind med en adgangsnøgle
passkeys-sign-in-intro = Ingen adgangskode nødvendig: vælg din adgangsnøgle, når browseren spørger.
passkeys-use = Brug din adgangsnøgle
passkeys-second-factor-intro = Bekræft med en af dine adgangsnøgler for at gøre login færdigt.
error-passkey_cancelled = Anmodningen om adgangsnøgle blev annulleret eller udløb. Prøv igen.
error-passkey_rejected = Adgangsnøglens svar blev ikke godkendt. Prøv igen.
error-passkey_ceremony_expired = Anmodningen om adgangsnøgle er udløbet. Prøv igen.
error-passkey_exists = Denne adgangsnøgle er allerede registreret.
error-no_passkeys = Kontoen har ingen adgangsnøgle; bekræft på en anden måde.
error-role_not_delegable = Kun en platformadministrator kan tildele administratorroller.
activity-passkey_added = Adgangsnøgle tilføjet
activity-passkey_removed = Adgangsnøgle slettet

## Operatørskærme: territorier, brugere, flytninger, revisionslog, døde beskeder; territoriets medlemmer
operator-moves-manage = Start og styr flytninger
operator-my-territories = Territorier, du passer på:
admin-nav = Operatørskærme
admin-nav-overview = Overblik
admin-nav-territories = Territorier
admin-nav-users = Brugere
admin-nav-moves = Flytninger
admin-nav-audit = Revisionslog
admin-nav-events = Døde beskeder
admin-platform-admin-only = Denne skærm er for platformadministratorer. Log ind med en platformadministrator-konto (fra et tilladt administrationsnetværk).
admin-actions = Handlinger
admin-confirm = Ja, { $action }
admin-keep = Nej, behold
admin-yes = Ja
admin-no = Nej
admin-previous = Forrige side
admin-next = Næste side
admin-territories-title = Territorier (administration)
admin-territories-intro = Opret et territorium: dets databaseskema oprettes på regionens primære server, og det tager imod registreringer med det samme.
admin-territories-all = Alle territorier
admin-territory-code = Kode
admin-territory-code-hint = To bogstaver, fx IS. Kan ikke ændres senere.
admin-territory-name = Navn
admin-territory-region = Region
admin-territory-language = Standardsprog
admin-territory-language-hint = Et sprogmærke, fx is, da eller pt-BR.
admin-territory-status = Status
admin-territory-create = Opret territorium
admin-territory-created = Territoriet { $territory } er oprettet.
admin-territory-code-invalid = Brug to bogstaver, fx IS.
admin-territory-name-invalid = Angiv et navn på 1 til 100 tegn.
admin-territory-region-invalid = Vælg en region.
admin-territory-language-invalid = Brug et sprogmærke, fx is eller pt-BR.
admin-users-title = Brugeradministration
admin-users-intro = Find konti ud fra brugernavn, e-mailadresse eller navn i deres hjemterritorium. En spærring afslutter alle kontoens sessioner; en ophævelse lader den logge ind igen.
admin-users-search = Find brugere
admin-users-territory = Territorium
admin-users-query = Brugernavn, e-mail eller navn
admin-users-found = { $count ->
    [one] Én konto fundet.
   *[other] { $count } konti fundet.
}
admin-user-active = Aktiv
admin-user-locked = Spærret
admin-user-unverified = ikke bekræftet
admin-user-created = Oprettet
admin-user-locked-at = Spærret siden
admin-user-id = Bruger-id
admin-user-roles = Roller
admin-user-no-roles = Ingen roller ud over medlemskab af hjemterritoriet.
admin-user-lock = Spær konto
admin-user-lock-question = Spær { $handle }? Vedkommende logges ud overalt og kan ikke logge ind, før spærringen ophæves.
admin-user-locked-done = { $handle } er spærret; { $count ->
    [one] én session er afsluttet.
   *[other] { $count } sessioner er afsluttet.
}
admin-user-unlock = Ophæv spærring
admin-user-unlocked = Spærringen af { $handle } er ophævet, og vedkommende kan logge ind igen.
admin-user-revoke-sessions = Afslut alle sessioner
admin-user-revoke-sessions-question = Afslut alle sessioner for { $handle }? Vedkommende skal logge ind igen.
admin-user-sessions-revoked = { $count ->
    [one] Én session for { $handle } er afsluttet.
   *[other] { $count } sessioner for { $handle } er afsluttet.
}
admin-role = Rolle
admin-role-territory = I territoriet
admin-role-grant = Tildel rolle
admin-role-grant-for = Tildel { $handle } en rolle
admin-role-granted = { $handle } har nu rollen { $item }.
admin-role-revoke = Fratag
admin-role-revoke-question = Fratag { $handle } rollen { $item }?
admin-role-revoked = { $handle } er frataget { $item }.
admin-role-in = { $item } i { $territory }
role-platform_admin = Platformadministrator
role-territory_admin = Territorieadministrator
role-moderator = Moderator
role-instructor = Underviser
role-translator = Oversætter
role-member = Medlem
admin-moves-title = Flytning af territorier
admin-moves-intro = Flyt et territorium til en anden regions databaseserver, mens det forbliver online. Fremdriften opdateres af sig selv; annullering, tilbageførsel og afslutning kræver bekræftelse.
admin-moves-all = Alle flytninger
admin-move-start-title = Start en flytning
admin-move-target = Målregion eller databaseknude
admin-move-target-hint = En regionskode som am eller navnet på en databaseknude.
admin-move-target-required = Angiv, hvor territoriet skal flyttes hen.
admin-move-start = Start flytning
admin-move-open = Vis flytningen af { $territory }
admin-move-detail = Flytning af { $territory }
admin-move-eta = ca. { $seconds } s tilbage
admin-move-action-done = { $action }: modtaget, mens flytningen var i tilstanden “{ $detail }”; fremdriften nedenfor følger med.
admin-move-tables = Tabeller
admin-move-table = Tabel
admin-move-rows = Kopierede rækker
admin-move-validated = Valideret
admin-move-steps = Trinlog (seneste)
move-state-schema = Opretter skema
move-state-copy = Kopierer
move-state-catch_up = Indhenter
move-state-validate = Validerer
move-state-read_shift = Flytter læsninger
move-state-switch = Skifter skrivninger
move-state-monitor = Overvåger
move-state-completed = Fuldført
move-state-cancelled = Annulleret
move-state-rolled_back = Tilbageført
move-state-failed = Mislykket
move-action-advance = Gå videre
move-action-pause = Sæt på pause
move-action-resume = Genoptag
move-action-cancel = Annullér flytning
move-action-reverse = Tilbagefør
move-action-complete = Fuldfør
move-action-restart = Start forfra
move-action-cancel-question = Annullér flytningen af { $territory }? Kopien på målet fjernes, og territoriet bliver, hvor det er.
move-action-reverse-question = Tilbagefør flytningen af { $territory }? Skrivninger går tilbage til kildeserveren.
move-action-complete-question = Fuldfør flytningen af { $territory }? Replikeringen stopper, og det gamle skema arkiveres; derefter kan flytningen ikke tilbageføres.
admin-audit-title = Revisionslog
admin-audit-intro = Sikkerheds- og administrationshandlinger i en hashkæde: hver post forsegler den forrige, så en ændret eller slettet post opdages, når kæden kontrolleres.
admin-audit-verify = Kontrollér kæden
admin-audit-limit = Antal poster
admin-audit-chain-ok = Kæden er intakt: { $count } poster kontrolleret.
admin-audit-chain-broken = Kæden er brudt ved post { $position } ({ $count } poster kontrolleret): { $detail }
admin-audit-count = { $count ->
    [one] Én post, nyeste først
   *[other] { $count } poster, nyeste først
}
admin-audit-at = Hvornår
admin-audit-action = Handling
admin-audit-target = Mål
admin-audit-actor = Af
admin-audit-detail = Detaljer
admin-events-title = Døde beskeder
admin-events-intro = Hændelser, som en modtager har opgivet efter sine genforsøg. Ret årsagen, og afspil dem igen: hændelsen sendes gennem modtageren på ny.
admin-events-none = Ingen døde beskeder i { $territory }.
admin-events-caption = Åbne døde beskeder i { $territory }, nyeste først
admin-events-subject = Hændelse
admin-events-consumer = Modtager
admin-events-attempts = Forsøg
admin-events-failed-at = Fejlede
admin-events-replay = Afspil igen
admin-events-replayed = { $item } er behandlet.
admin-events-replay-failed = { $item } fejlede igen; den forbliver en død besked.
members-title = Medlemmer af { $territory }
members-back = Tilbage til { $territory }
members-intro = Territoriets konti. Territorieadministratorer tildeler og fratager her rollerne moderator, underviser, oversætter og medlem; administratorroller kommer fra en platformadministrator.
members-count = { $count ->
    [one] Én konto
   *[other] { $count } konti
}
members-account = Konto
members-role-for = Rolle for { $handle }
members-granted = { $handle } har nu rollen { $item }. Roller her: { $detail }.
members-revoked = { $handle } er frataget { $item }. Roller her: { $detail }.
error-territory_exists = Der findes allerede et territorium med den kode.
error-admin_network_refused = Administrationshandlinger virker kun fra de administrationsnetværk, serveren tillader (identity.admin_allow).
error-user_not_found = Den konto findes ikke (længere).
error-grant_not_found = Kontoen har ikke den rolle dér.
error-territory_required = Vælg et territorium at søge i.
error-query_too_long = Søg efter højst 100 tegn.
error-invalid_limit = Den sidestørrelse er ikke tilladt.
error-invalid_language = Det er ikke et sprogmærke som da eller pt-BR.
error-move_not_found = Territoriet er ikke blevet flyttet.
error-move_in_progress = Territoriet er allerede ved at blive flyttet.
error-move_same_server = Målet bruger samme database som territoriet: en flytning kræver en anden server (i indlejret tilstand ligger alle regioner i én database).
error-move_finished = Den flytning er afsluttet.
error-move_cannot_advance = Gå videre virker under indhentning, validering og flytning af læsninger.
error-move_cannot_cancel = Skrivningerne er allerede skiftet: tilbagefør flytningen i stedet.
error-move_cannot_reverse = Tilbageførsel virker efter skiftet af skrivninger, før flytningen er fuldført.
error-move_cannot_complete = Fuldførelse virker efter skiftet af skrivninger.
error-move_cannot_restart = Kun en mislykket flytning kan startes forfra.
error-move_target_unreachable = Måldatabaseserveren kan ikke nås.
error-dead_letter_not_found = Den døde besked findes ikke (længere).
