app-name = UnityPlan
skip-to-content = Gå til innhold
nav-label = Hovedmeny
nav-territories = Territorier
nav-operator = Driftsoversikt
language-label = Språk
loading = Laster inn…
retry = Prøv igjen
offline-banner = Du er frakoblet. Sider du har besøkt, kan fortsatt leses; endringer venter til du er på nett igjen.
outbox-waiting = { $count ->
    [one] Én endring venter på synkronisering.
   *[other] { $count } endringer venter på synkronisering.
}
outbox-failed = { $count ->
    [one] Én endring kunne ikke sendes.
   *[other] { $count } endringer kunne ikke sendes.
}
outbox-sync-now = Synkroniser nå
outbox-discard = Forkast
outbox-sent-at = Lagt i kø { $when }
not-found-title = Fant ikke siden
not-found-body = Det finnes ingen side på denne adressen.
not-found-home = Gå til listen over territorier
page-title = { $page } · UnityPlan

territories-title = Territorier
territories-intro = Velg ditt territorium for å se forsiden.
territories-count = { $count ->
    [one] Ett territorium
   *[other] { $count } territorier
}
territory-region = Region
territory-language = Språk
territory-health = Tilstand
territory-status = Status
health-ok = Tilgjengelig
health-unavailable = Utilgjengelig
status-provisioning = Under opprettelse
status-active = Aktiv
status-moving = Flytter til en annen region
status-suspended = Suspendert
territory-created = Opprettet
territory-epoch = Rutingepoke
territory-live-title = Gjeldende status
territory-served-by = Betjent av databasenode
territory-migrations = Skjemamigreringer utført
territory-provisioned = Opprettet i databasen
territory-back = Alle territorier
territory-checked = Sjekket { $when }

operator-title = Driftsoversikt
operator-intro = Regioner, databasenoder og territorier. Oppdateres hvert { $seconds }. sekund.
operator-ready = Plattformen er klar
operator-not-ready = Plattformen er ikke klar
operator-control-plane = Kontrollplan
operator-control-ok = Tilgjengelig
operator-control-down = Utilgjengelig
operator-updated = Sist oppdatert { $when }
operator-refresh = Oppdater nå
operator-regions = Regioner
operator-region-ready = Klar
operator-region-down = Ingen tilgjengelig primær
operator-nodes = Databasenoder
operator-node = Node
operator-address = Adresse
operator-role = Konfigurert rolle
operator-state = Observert tilstand
operator-lag = Replikeringsforsinkelse
operator-lag-value = { NUMBER($seconds, maximumFractionDigits: 2) } s
operator-pool = Pool (åpne / ledige / maks.)
operator-checked = Siste sjekk
operator-error = Siste feil
operator-none = —
operator-territories = Territorier ({ $count })
operator-summary = { $regions } regioner, { $nodes } noder, { $territories } territorier
node-state-unknown = Ukjent
node-state-primary = Primær
node-state-standby = Standby
node-state-down = Nede

error-title = Noe gikk galt
error-network_unreachable = Serveren kan ikke nås. Sjekk tilkoblingen; vi prøver igjen når du er på nett.
error-bad_response = Serveren sendte et svar vi ikke kunne lese. Prøv igjen om litt.
error-territory_not_found = Det finnes ikke noe territorium med den koden.
error-invalid_territory_code = En territoriekode er to bokstaver, for eksempel NO.
error-invalid_region_code = Det er ikke en gyldig regionkode.
error-region_unavailable = Territoriets region kan ikke nås akkurat nå. Prøv igjen om litt.
error-territory_unavailable = Territoriet er utilgjengelig akkurat nå. Prøv igjen om litt.
error-territory_moving = Territoriet flytter til en annen region; det er tilbake om et øyeblikk.
error-database_unavailable = Databasen er utilgjengelig akkurat nå. Prøv igjen om litt.
error-control_plane_unavailable = Plattformens register er utilgjengelig akkurat nå. Prøv igjen om litt.
error-route_not_found = Den adressen finnes ikke på serveren.
error-method_not_allowed = Serveren godtar ikke den handlingen her.
error-validation_failed = Noen felt må rettes.
error-unauthenticated = Logg inn først.
error-rate_limited = For mange forsøk. Vent litt og prøv igjen.
error-request_timeout = Serveren brukte for lang tid på å svare. Prøv igjen.
error-internal = Noe gikk galt hos oss. Prøv igjen.

nav-sign-in = Logg inn
nav-register = Opprett konto
nav-account = Konto ({ $name })
nav-sign-out = Logg ut
form-busy = Vent litt…

field-handle = Brukernavn
field-handle-hint = 3–30 tegn: a–z, 0–9 og _, som starter med en bokstav. Andre ser deg som @brukernavn:territorium.
field-display-name = Visningsnavn
field-email = E-postadresse
field-password = Passord
field-new-password = Nytt passord
field-password-hint = Minst 8 tegn og vanskelig å gjette; en setning med flere ord fungerer godt.
field-language = Språk
field-login = Brukernavn eller e-postadresse
field-totp-code = 6-sifret kode fra autentiseringsappen din
field-recovery-code = Gjenopprettingskode
field-code-optional = Autentiserings- eller gjenopprettingskode
field-totp-or-recovery = Autentiseringskode eller gjenopprettingskode

register-title = Opprett en konto
register-intro = Kontoen din hører til et hjemterritorium; du kan delta overalt.
register-territory = Hjemterritorium
register-submit = Opprett konto
register-done = Velkommen, { $handle }! Vi har sendt en bekreftelseslenke til { $email }. Åpne den, og logg deretter inn.
register-have-account = Har du allerede en konto?

verify-title = Bekreft e-postadressen din
verify-done = E-postadressen din er bekreftet. Du kan logge inn nå.
verify-resend = Send en ny bekreftelseslenke
verify-resend-intro = Lenker virker én gang og en begrenset tid. Skriv inn brukernavnet eller e-postadressen din, så sender vi en ny.
verify-resent = Hvis en ubekreftet konto passer, er en ny lenke på vei.

sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-verify = Bekreft
sign-in-second-factor = Totrinnsbekreftelse
sign-in-totp-intro = Skriv inn koden autentiseringsappen din viser for UnityPlan.
sign-in-recovery-intro = Skriv inn en av gjenopprettingskodene du lagret da du slo på totrinnsbekreftelse eller la til din første tilgangsnøkkel. Hver kode virker én gang.
sign-in-use-totp = Bruk en autentiseringskode i stedet
sign-in-use-recovery = Bruk en gjenopprettingskode i stedet
sign-in-forgot = Glemt passordet?
sign-in-no-account = Ny her?

reset-title = Tilbakestill passordet
reset-intro = Vi sender deg en lenke for å velge et nytt passord.
reset-request = Send lenken
reset-sent = Hvis en konto passer, er en lenke på vei. Den virker en begrenset tid.
reset-submit = Lagre nytt passord
reset-done = Passordet ditt er endret, og alle økter er avsluttet. Logg inn med det nye passordet.
reset-code-hint = Bare nødvendig når totrinnsbekreftelse er slått på.
reset-submit-passkey = Bekreft med tilgangsnøkkelen og lagre passordet
reset-passkey-needed = Denne kontoen er beskyttet med en tilgangsnøkkel. Når du har valgt det nye passordet, ber enheten deg bekrefte med den.
reset-passkey-or-code = Denne kontoen er beskyttet med en tilgangsnøkkel og en autentiseringsapp. Bekreft med tilgangsnøkkelen, eller skriv inn en kode nedenfor i stedet.
reset-passkey-or-recovery = Denne kontoen er beskyttet med en tilgangsnøkkel. Bekreft med den etter at du har valgt det nye passordet, eller skriv inn en av gjenopprettingskodene nedenfor hvis du har mistet den.
reset-code-instead-hint = La feltet stå tomt for å bekrefte med tilgangsnøkkelen.
reset-request-new = Be om en ny lenke

account-nav = Konto
account-overview = Oversikt
account-security = Totrinnsbekreftelse
account-sessions = Økter
account-api-keys = API-nøkler
account-activity = Aktivitet
account-title = Kontoen din
account-verified = bekreftet
account-unverified = ikke bekreftet
account-two-factor = Totrinnsbekreftelse
account-two-factor-on = På
account-two-factor-off = Av
account-member-since = Medlem siden
territory-title = Hjemterritorium

security-title = Totrinnsbekreftelse
security-off = Totrinnsbekreftelse er slått av. Slå den på, så et stjålet passord alene ikke kan åpne kontoen din.
security-on = Totrinnsbekreftelse er slått på: innlogging ber om en kode fra autentiseringsappen din.
security-start = Slå på totrinnsbekreftelse
security-password-hint = Bekreft at det er deg, med ditt nåværende passord.
security-scan = Skann denne koden med autentiseringsappen din
security-qr-alt = QR-kode for autentiseringsappen din
security-manual = Kan du ikke skanne? Skriv inn denne nøkkelen i appen i stedet:
security-confirm = Bekreft og slå på
security-enabled = Totrinnsbekreftelse er slått på.
security-recovery-title = Gjenopprettingskodene dine
security-recovery-intro = Lagre dem et trygt sted nå; de vises bare én gang. Hver kode logger deg inn én gang hvis du mister autentiseringsappen.
security-disable = Slå av totrinnsbekreftelse
security-disabled = Totrinnsbekreftelse er slått av.

sessions-title = Øktene dine
sessions-count = { $count ->
    [one] Én aktiv økt
   *[other] { $count } aktive økter
}
sessions-device = Enhet
sessions-ip = IP-adresse
sessions-created = Logget inn
sessions-last-seen = Sist aktiv
sessions-expires = Utløper
sessions-actions = Handlinger
sessions-current = denne enheten
sessions-revoke = Logg ut denne økten
sessions-revoke-others = Logg ut alle andre steder

keys-title = API-nøkler
keys-create = Opprett nøkkel
keys-created = Den nye nøkkelen din
keys-created-once = Kopier den nå: den vises ikke igjen.
keys-name = Navn
keys-scopes = Tillatelser
keys-scope-read = Lese
keys-scope-write = Skrive
keys-scope-admin = Administrere
keys-days = Gyldig i (dager, 1–365)
keys-count = { $count ->
    [one] Én nøkkel
   *[other] { $count } nøkler
}
keys-prefix = Begynner med
keys-expires = Utløper
keys-last-used = Sist brukt
keys-revoked = Tilbakekalt { $when }
keys-revoke = Tilbakekall

activity-title = Aktiviteten din
activity-count = { $count ->
    [one] Én hendelse
   *[other] { $count } hendelser
}
activity-when = Når
activity-what = Hva
activity-account_created = Konto opprettet
activity-email_verified = E-postadresse bekreftet
activity-signed_in = Logget inn
activity-signed_out = Logget ut
activity-sign_in_failed = Mislykket innloggingsforsøk
activity-new_network_sign_in = Innlogging fra et nytt nettverk
activity-password_changed = Passord endret
activity-password_reset = Passord tilbakestilt
activity-password_reset_requested = Tilbakestilling av passord bedt om
activity-email_change_requested = Endring av e-post bedt om
activity-email_changed = E-postadresse endret
activity-totp_enabled = Totrinnsbekreftelse slått på
activity-totp_disabled = Totrinnsbekreftelse slått av
activity-recovery_code_used = Gjenopprettingskode brukt
activity-session_revoked = Økt logget ut
activity-sessions_revoked = Andre økter logget ut
activity-api_key_created = API-nøkkel opprettet
activity-api_key_revoked = API-nøkkel tilbakekalt
activity-account_locked = Konto låst av en administrator
activity-account_unlocked = Konto låst opp
activity-role_granted = Rolle tildelt
activity-role_revoked = Rolle fjernet

error-handle_taken = Det brukernavnet er tatt. Velg et annet.
error-email_taken = En konto bruker allerede den e-postadressen. Logg inn, eller tilbakestill passordet.
error-invalid_credentials = Innloggingsopplysningene stemmer ikke. Sjekk dem og prøv igjen.
error-email_not_verified = Bekreft e-postadressen først: åpne lenken vi sendte deg.
error-invalid_link = Denne lenken er ikke gyldig lenger (brukt eller utløpt). Be om en ny.
error-second_factor_required = Skriv inn koden fra autentiseringsappen (eller en gjenopprettingskode).
error-reauthentication_failed = Det passordet stemmer ikke.
error-totp_already_enabled = Totrinnsbekreftelse er allerede slått på.
error-totp_not_enabled = Totrinnsbekreftelse er ikke slått på.
error-totp_not_enrolled = Start oppsettet på nytt: ingen registrering venter.
error-totp_replay_refused = Den koden ble nettopp brukt. Vent på den neste.
error-session_not_found = Den økten er allerede avsluttet.
error-api_key_not_found = Den nøkkelen finnes ikke (lenger).
error-session_required = Gjør dette fra en innlogget nettleserøkt, ikke med en API-nøkkel.
error-insufficient_scope = Denne nøkkelen har ikke tillatelse til det.
error-forbidden = Du har ikke tillatelse til å gjøre det.
error-invalid_body = Forespørselen ble ikke forstått. Last inn siden på nytt og prøv igjen.
error-invalid_id = Lenken peker på noe som ikke finnes.

operator-events = Hendelsesryggrad
operator-events-mode = Transport
operator-events-in-process = Intern buss i prosessen
operator-events-nats-up = NATS JetStream, tilkoblet
operator-events-nats-down = NATS JetStream, ikke tilkoblet (hendelser venter i utboksen)
operator-events-published = Hendelser publisert av denne prosessen
operator-events-relay = Relé aktivt for regioner
operator-events-consumers = Konsumenter

account-credentials = E-post og passord
credentials-title = E-post og passord
credentials-password = Bytt passord
credentials-password-submit = Bytt passord
credentials-password-done = { $count ->
    [0] Passordet ditt er endret.
    [one] Passordet ditt er endret; én annen økt ble logget ut.
   *[other] Passordet ditt er endret; { $count } andre økter ble logget ut.
}
credentials-email = Bytt e-postadresse
credentials-new-email = Ny e-postadresse
credentials-email-submit = Send bekreftelseslenke
credentials-email-sent = Vi har sendt en lenke til { $email }. Adressen byttes når du åpner den.

## forum

forum-open = Forum
forum-title = Forum · { $territory }
forum-nav = Forum
forum-territory-home = Territorium
forum-topics = Emner
forum-topic = Emne
forum-search = Søk
forum-bookmarks = Bokmerker
forum-log = Moderasjonslogg
forum-flags = Rapporter
forum-settings = Foruminnstillinger
forum-categories = Kategorier
forum-all-categories = Alle kategorier
forum-no-categories = Det finnes ingen kategorier ennå.
forum-no-topics = Ingen emner her ennå.
forum-topics-in = Emner i { $category }
forum-topic-count = { $count ->
    [one] ett emne
   *[other] { $count } emner
}
forum-unread-posts = { $count ->
    [one] én ulest
   *[other] { $count } uleste
}
forum-moderators-post = Bare moderatorer skriver her
forum-new-topic = Nytt emne
forum-sign-in-to-post = for å skrive og svare.
forum-sort = Sorter emner
forum-sort-latest = Siste
forum-sort-top = Topp
forum-sort-hot = Populære
forum-sort-unread = Uleste
forum-period = Periode
forum-period-day = I dag
forum-period-week = Denne uken
forum-period-month = Denne måneden
forum-period-year = I år
forum-period-all = Hele tiden
forum-pinned = Festet
forum-locked = Låst
forum-hidden = Skjult
forum-replies = { $count ->
    [one] ett svar
   *[other] { $count } svar
}
forum-reactions = { $count ->
    [one] én reaksjon
   *[other] { $count } reaksjoner
}
forum-last-post = siste innlegg { $when }
forum-load-more = Vis flere
forum-load-more-posts = Vis flere innlegg
forum-new-category = Ny kategori
forum-create-category = Opprett kategori
forum-category = Kategori
forum-category-name = Navn
forum-category-slug = Kortnavn for lenker
forum-category-slug-hint = 2 til 40 av a–z, 0–9 og -
forum-category-description = Beskrivelse
forum-you = { $name } (deg)
forum-member = Medlem …{ $id }
forum-compose-mode = Skriv eller forhåndsvis
forum-write = Skriv
forum-preview = Forhåndsvisning
forum-preview-empty = Ingenting å vise ennå.
forum-markdown-hint = Markdown virker: **fet**, *kursiv*, `kode`, > sitat, - liste. Nevn noen med @brukernavn.
forum-mention-suggestions = Forslag til omtale (piltaster for å velge, Enter for å sette inn)
forum-topic-title = Tittel
forum-topic-body = Innlegget ditt
forum-post-topic = Opprett emne
forum-queued = Du er frakoblet. Innlegget er lagret på denne enheten og sendes når forbindelsen er tilbake.
forum-outbox-topic = Nytt emne i forumet «{ $title }»
forum-outbox-reply = Svar i «{ $title }»
forum-slow-mode-on = Sakte modus: ett innlegg per { $seconds } s
forum-locked-notice = Dette emnet er låst: ingen nye svar.
forum-merged-notice = Dette emnet er slått sammen med et annet.
forum-merged-link = Gå til det emnet
forum-subscribe = Følg dette emnet
forum-subscribed = Følger (stopp)
forum-reply = Svar
forum-your-reply = Svaret ditt
forum-post-reply = Send svar
forum-replying-to = Svarer på innlegg #{ $number } av { $author }.
forum-quoting = Siterer innlegg #{ $number } av { $author }.
forum-cancel-reply-to = Avbryt
forum-in-reply-to = Svar på #{ $number }
forum-edited = redigert { $when }
forum-post-deleted = Dette innlegget er slettet.
forum-post-hidden = Dette innlegget er skjult av en moderator.
forum-edit-post = Rediger innlegg #{ $number }
forum-save = Lagre
forum-cancel = Avbryt
forum-reactions-label = Reaksjoner
forum-reply-to-this = Svar
forum-quote = Siter
forum-bookmark = Bokmerke
forum-bookmarked = Har bokmerke
forum-edit = Rediger
forum-delete = Slett
forum-delete-confirm = Slette dette innlegget? Plassen i emnet blir stående, merket som slettet.
forum-flag = Rapporter
forum-flag-post = Rapporter innlegg #{ $number }
forum-flag-reason = Årsak
forum-flag-note = Melding til moderatorene (valgfritt)
forum-flag-send = Send rapport
forum-flagged = Takk. Moderatorene ser på det.
forum-flag-spam = Søppelpost
forum-flag-abuse = Krenkende
forum-flag-off_topic = Utenfor emnet
forum-flag-illegal = Ulovlig
forum-flag-other = Annet
forum-history = { $count ->
    [one] Historikk
   *[other] Historikk ({ $count } versjoner)
}
forum-revision = Versjon { $number }, { $when }
forum-moderate-post = Moderer innlegg #{ $number }
forum-mod-reason = Begrunnelse (offentlig)
forum-hide-post = Skjul innlegg
forum-unhide-post = Vis innlegg igjen
forum-moderation = Moderering
forum-mod-action = Handling
forum-mod-apply = Utfør
forum-mod-done = Utført: { $action }.
forum-move-to = Flytt til kategori
forum-merge-into = Slå sammen med emne (id eller lenke)
forum-slow-mode-seconds = Sekunder mellom innlegg (0 = av)
forum-choose = Velg…
forum-action-lock = Lås
forum-action-unlock = Lås opp
forum-action-pin = Fest
forum-action-unpin = Løsne
forum-action-hide = Skjul emne
forum-action-unhide = Vis emne igjen
forum-action-move = Flytt
forum-action-merge = Slå sammen
forum-action-slow_mode = Sakte modus
forum-action-hide_post = Skjul innlegg
forum-action-unhide_post = Vis innlegg igjen
forum-action-resolve_flag = Rapport avgjort
forum-search-words = Søkeord
forum-search-go = Søk
forum-search-hint = Ord finner også andre bøyningsformer av samme ord på territoriets språk. Bruk "anførselstegn" for en frase, or og -ord for å utelate et ord.
forum-hits = { $count ->
    [0] Ingenting funnet.
    [one] Ett resultat.
   *[other] { $count } resultater.
}
forum-log-intro = Alle moderatorhandlinger er offentlige: hvem gjorde hva, når og hvorfor.
forum-log-empty = Ingen moderatorhandlinger ennå.
forum-log-reason = Begrunnelse
forum-log-open = Åpne emnet
forum-flags-empty = Ingen åpne rapporter.
forum-flag-open = Åpne innlegget
forum-flag-resolution = Avgjørelse (offentlig)
forum-flag-resolve = Avgjør
forum-bookmarks-empty = Du har ingen bokmerker her.
forum-post-number = Innlegg #{ $number }
forum-settings-emoji = Reaksjons-emoji
forum-settings-emoji-hint = Skilt med mellomrom, 1 til 32.
forum-settings-per-minute = Innlegg per minutt per person
forum-settings-new-hours = Kontoer er nye i så mange timer
forum-settings-new-per-day = Innlegg per dag for nye kontoer
forum-settings-max-chars = Lengste innlegg (tegn)
forum-settings-saved = Innstillingene er lagret.
forum-attach = Legg ved filer
forum-attach-hint = Opptil { $count } filer per innlegg. Hver fil lastes opp så snart du velger den.
forum-attach-offline = Det trengs tilkobling for å legge ved filer. Du kan fortsatt skrive og sende innlegget; legg til filer når du er på nett igjen.
forum-attach-uploading = Laster opp { $name }…
forum-attachments = Vedlegg
forum-attach-remove = Fjern { $name }
forum-attach-too-large = { $name } er større enn dette forumet tillater. Gjør filen mindre, eller del en lenke i stedet.
forum-attach-type-not-allowed = { $name } er en filtype som dette forumet ikke tillater (nettsider og SVG tillates aldri). Bilder, PDF og ren tekst tillates vanligvis.
forum-attach-too-many = { $name } ble ikke lagt ved: et innlegg kan ha høyst { $count } filer.
forum-attach-failed = { $name } kunne ikke legges ved: { $detail }
forum-file-size = { $units ->
    [kb] { $size } KB
    [mb] { $size } MB
   *[b] { $size } byte
}
operator-moves = Flytting av territorier
operator-moves-admin-only = Logg inn som plattformadministrator for å se flytting av territorier.
operator-moves-none = Ingen territorier er flyttet.
operator-move-territory = Territorium
operator-move-route = Fra → til
operator-move-copy = Kopiert
operator-move-reads = Lesinger på mål
operator-move-paused = satt på pause
error-topic_not_found = Emnet finnes ikke i dette territoriet.
error-post_not_found = Innlegget finnes ikke i dette territoriet.
error-category_not_found = Kategorien finnes ikke.
error-flag_not_found = Rapporten finnes ikke eller er allerede avgjort.
error-topic_locked = Emnet er låst, så ingen kan svare på det lenger.
error-topic_merged = Emnet er slått sammen med et annet; svar der.
error-not_your_post = Bare forfatteren eller en moderator kan endre dette innlegget.
error-already_flagged = Du har allerede rapportert dette innlegget.
error-invalid_cursor = Listen har endret seg. Last inn siden på nytt.
error-new_user_limit = Nye kontoer kan bare skrive et begrenset antall innlegg per dag. Prøv igjen i morgen.
error-slow_mode = Emnet er i sakte modus. Vent litt før du skriver igjen.
error-slug_taken = Kortnavnet brukes allerede av en annen kategori.

## learning

learn-open = Kurs
learn-catalog-title = Kurs · { $territory }
learn-catalog-empty = Ingen kurs er publisert her ennå.
learn-back-territory = Territorium
learn-back-catalog = Alle kurs
learn-back-course = Tilbake til kurset
learn-back-quiz = Tilbake til quizen
learn-sign-in-first = Logg inn for å se kurs, melde deg på og ta quizer.
learn-sign-in = Logg inn
learn-instructors-only = Bare instruktører i dette territoriet kan åpne denne siden.
learn-course = Kurs
learn-lesson = Leksjon
learn-quiz = Quiz
learn-attempt = Forsøk
learn-status = Status
learn-status-draft = Utkast
learn-status-published = Publisert
learn-status-archived = Arkivert
learn-enrollment-open = Åpen påmelding
learn-enrollment-approval = Påmelding etter godkjenning
learn-enrollment-status-pending = venter på godkjenning
learn-enrollment-status-active = påmeldt
learn-badge-named = Merke: { $name }
learn-new-course = Nytt kurs
learn-create-course = Opprett kurs
learn-course-title = Tittel
learn-course-summary = Sammendrag (Markdown)
learn-course-language = Språkkode (f.eks. nb)
learn-course-enrollment = Påmelding
learn-edit-course = Rediger kurs
learn-your-progress = Din framdrift
learn-enrol-hint = Meld deg på for å åpne leksjonene og ta quizene.
learn-enrol-approval-hint = En instruktør godkjenner hver påmelding til dette kurset.
learn-enrol = Meld deg på
learn-request-enrol = Be om påmelding
learn-enrol-pending = Påmeldingen din venter på godkjenning fra en instruktør.
learn-enrolled = Du er påmeldt.
learn-lessons-done = Fullførte leksjoner: { $done } av { $total }
learn-quizzes-passed = Beståtte obligatoriske quizer: { $done } av { $total }
learn-completed = Kurset ble fullført { $when }.
learn-certificate = Kursbevis
learn-certificate-learner = Deltaker
learn-certificate-code = Verifiseringskode
learn-badge-valid = gyldig
learn-badge-valid-until = gyldig til { $when }
learn-badge-lapsed = utløpt — fullfør kurset på nytt for å fornye det
learn-outline = Leksjoner
learn-no-modules = Kurset har ingen leksjoner ennå.
learn-kind-text = tekst
learn-kind-video = video
learn-viewed = fullført
learn-quizzes = Quizer
learn-no-quizzes = Kurset har ingen quizer ennå.
learn-attachments = Vedlegg
learn-bytes = { $size } KB
learn-lesson-done = Du har fullført denne leksjonen.
learn-lesson-queued = Lagret på denne enheten; sendes når du er på nett igjen.
learn-mark-complete = Merk som fullført
learn-outbox-complete = Leksjon fullført: { $title }
learn-video = Video
learn-video-questions = { $count ->
    [one] Videoen stopper for ett spørsmål.
   *[other] Videoen stopper for { $count } spørsmål.
}
learn-video-no-skipping = Du kan ikke hoppe forbi et spørsmål du ikke har svart på.
learn-video-question = Spørsmål i videoen
learn-video-require-correct = Svar riktig for å fortsette.
learn-video-try-again = Ikke helt. Prøv igjen for å fortsette.
learn-video-continue = Fortsett videoen
learn-check = Sjekk
learn-q-choose-one = Velg ett svar
learn-q-choose-several = Velg ett eller flere svar
learn-q-true-or-false = Sant eller usant?
learn-q-true = Sant
learn-q-false = Usant
learn-q-blank = Felt { $n }
learn-q-number = Ditt svar (tall, med enhet om nødvendig)
learn-q-units = Enheter du kan bruke: { $units }
learn-q-pick = Velg…
learn-q-order = Elementene i din rekkefølge
learn-q-up = Flytt «{ $item }» opp
learn-q-down = Flytt «{ $item }» ned
learn-q-essay = Ditt svar
learn-q-files = Last opp filen din (høyst { $max })
learn-q-remove-file = Fjern
learn-q-unsupported = Denne spørsmålstypen ({ $type }) kan ikke besvares her ennå.
learn-quiz-time-limit = Tidsgrense
learn-minutes = { $n } min
learn-quiz-untimed = ingen
learn-quiz-attempts = Tillatte forsøk
learn-quiz-unlimited = ubegrenset
learn-quiz-grading = Karakteren som teller
learn-grading-highest = beste forsøk
learn-grading-average = gjennomsnitt av forsøkene
learn-grading-first = første forsøk
learn-grading-last = siste forsøk
learn-quiz-pass = Karakter for å bestå
learn-quiz-feedback = Tilbakemelding
learn-feedback-deferred = etter at du har levert
learn-feedback-immediate = rett etter hvert svar
learn-feedback-interactive = etter hvert forsøk, med hint
learn-quiz-closes = Stenger
learn-quiz-adaptive = Denne quizen tilpasser seg deg: neste spørsmål avhenger av svarene dine.
learn-your-grade = Din karakter
learn-no-grade = Ingen karakter ennå.
learn-grade-is = Karakter: { $grade }
learn-passed = bestått
learn-not-passed = ikke bestått
learn-attempt-grades = Dine forsøk
learn-start-attempt = Start eller fortsett et forsøk
learn-attempt-title = { $quiz } · forsøk { $n }
learn-question-n = Spørsmål { $n } ({ $marks } poeng)
learn-slot-n = spørsmål { $n }
learn-save-answer = Lagre svar
learn-answer-first = Svar på spørsmålet først.
learn-answer-waiting = Lagret på denne enheten, venter på å bli sendt
learn-answer-unanswered = Ikke besvart ennå
learn-answer-answered = Svar lagret
learn-answer-right = Riktig
learn-answer-partial = Delvis riktig
learn-answer-wrong = Feil
learn-answer-needs_grading = Venter på at en instruktør vurderer det
learn-tries = forsøk: { $n }
learn-outbox-answer = Svar på spørsmål { $n } i { $quiz }
learn-outbox-submit = Lever { $quiz }
learn-submit = Lever alt og avslutt
learn-submit-waiting = Innleveringen din er lagret på denne enheten og sendes når du er på nett igjen.
learn-marks = Poeng: { $got } av { $max }
learn-hint = Hint: { $hint }
learn-estimate = Anslått nivå: { $level } (standardfeil { $se }) etter { $answered } svar.
learn-stop-precise_enough = Anslaget er presist nok.
learn-stop-max_questions = Høyeste antall spørsmål er stilt.
learn-stop-no_questions_left = Det var ikke flere spørsmål.
learn-review = Gjennomgang
learn-attempt-abandoned = Forsøket ble forlatt (tiden gikk ut).
learn-needs-grading = Noen svar venter på en instruktør; karakteren vises når de er vurdert.
learn-grade-hidden = Karakteren din vises ikke ennå.
learn-finished-at = Avsluttet { $when }
learn-time-left = Tid igjen:
learn-time-left-announce = { $minutes ->
    [0] { $seconds } sekunder igjen
   *[other] { $minutes } minutter igjen
}
learn-time-over = Tiden er ute.
learn-edit-title = Rediger: { $title }
learn-course-settings = Kursinnstillinger
learn-publish = Publiser
learn-archive = Arkiver
learn-now-published = Kurset er publisert.
learn-now-archived = Kurset er arkivert.
learn-saved = Lagret.
learn-save = Lagre
learn-badge-name = Merke for fullføring (navn)
learn-badge-days = Merket gjelder i (dager; tomt = alltid)
learn-cover = Forsidebilde
learn-modules = Moduler og leksjoner
learn-add-module = Legg til modul
learn-module-title = Modulens tittel
learn-add-lesson-to = Legg til en leksjon i { $module }
learn-add-lesson = Legg til leksjon
learn-lesson-title = Leksjonens tittel
learn-lesson-kind = Leksjonstype
learn-lesson-markdown = Tekst (Markdown)
learn-attach = Legg ved en fil
learn-video-url = Videoens adresse (https)
learn-video-file = Eller last opp en video
learn-uploaded = Lastet opp.
learn-interactions = Spørsmål i videoen
learn-at-secs = Ved sekund
learn-question = Spørsmål
learn-require-correct = Må besvares riktig
learn-add-interaction = Legg til et spørsmål
learn-prevent-skipping = Hindre hopp forbi ubesvarte spørsmål
learn-bank = Spørsmålsbank
learn-bank-filter = Filtrer spørsmålsbanken
learn-category = Kategori
learn-tags = Stikkord
learn-tags-hint = Skill stikkord med komma.
learn-filter = Filtrer
learn-bank-count = { $count ->
    [one] Ett spørsmål
   *[other] { $count } spørsmål
}
learn-bank-empty = Spørsmålsbanken er tom: importer eller legg til spørsmål først.
learn-question-name = Navn
learn-question-type = Type
learn-version = Versjon
learn-type-single_choice = ett valg
learn-type-multiple_choice = flere valg
learn-type-true_false = sant/usant
learn-type-fill_blanks = fyll inn
learn-type-numeric = tallsvar
learn-type-matching = koble sammen
learn-type-ordering = rekkefølge
learn-type-essay = essay
learn-type-file_upload = filopplasting
learn-export = Eksporter
learn-import = Importer spørsmål
learn-import-format = Format
learn-import-file = Fil
learn-import-paste = Eller lim inn teksten
learn-import-run = Importer
learn-imported = { $count ->
    [one] Ett spørsmål importert.
   *[other] { $count } spørsmål importert.
}
learn-import-warnings = { $count ->
    [one] Én advarsel
   *[other] { $count } advarsler
}
learn-import-skipped = { $count ->
    [one] Ett spørsmål hoppet over
   *[other] { $count } spørsmål hoppet over
}
learn-import-at = Spørsmål { $position } ({ $name })
learn-new-question = Nytt spørsmål
learn-add-question = Legg til spørsmål
learn-question-text = Spørsmålstekst (Markdown; felt som {"{"}1{"}"}, {"{"}2{"}"} …)
learn-question-answers = Svar (JSON)
learn-json-invalid = Svarene er ikke gyldig JSON: { $detail }
learn-question-created = Spørsmålet «{ $name }» er lagt til.
learn-difficulty = Vanskelighetsgrad (1–10)
learn-general-feedback = Generell tilbakemelding
learn-hints = Hint (ett per linje)
learn-new-quiz = Ny quiz
learn-create-quiz = Opprett quiz
learn-quiz-title = Quizens tittel
learn-quiz-created = Quizen «{ $title }» er opprettet.
learn-quiz-questions = Faste spørsmål
learn-select-all = Velg alle
learn-random-slot = Tilfeldige spørsmål
learn-random-count = Hvor mange
learn-quiz-minutes = Tidsgrense (minutter)
learn-quiz-minutes-hint = Tomt betyr ingen tidsgrense.
learn-quiz-attempts-hint = Tomt betyr ubegrenset.
learn-quiz-delay = Sekunder mellom forsøk
learn-quiz-pass-percent = Karakter for å bestå (%)
learn-quiz-overdue = Når tiden er ute
learn-overdue-auto_submit = lever de lagrede svarene
learn-overdue-grace_period = gi en frist for å levere
learn-overdue-abandon = forlat forsøket
learn-quiz-grace = Frist (sekunder)
learn-quiz-required = Må bestås for å fullføre kurset
learn-enrollments = Påmeldinger
learn-no-enrollments = Ingen har meldt seg på ennå.
learn-approve = Godkjenn
learn-grading-title = Vurderingskø
learn-grading-empty = Ingenting venter på vurdering.
learn-learner = Deltaker
learn-grade-for = Vurder { $name }
learn-rubric-points = { $criterion } (0–{ $max } poeng)
learn-grade-percent = Karakter (%)
learn-grade-comment = Kommentar til deltakeren
learn-grade-save = Lagre vurdering
learn-move-up = Flytt «{ $name }» opp
learn-move-down = Flytt «{ $name }» ned
learn-delete = Slett «{ $name }»
learn-delete-confirm = Slette «{ $name }»? Dette kan ikke angres.
learn-delete-progress-confirm = Deltakere har framdrift i «{ $name }». Slette det og framdriften deres der?
learn-shuffle = Stokk svaralternativene i valgspørsmål i hvert forsøk
learn-review-options = Gjennomgangsvalg
learn-review-options-hint = Hva deltakerne ser av forsøket sitt i hver fase. «Rett etter» er de to minuttene etter innlevering.
learn-review-phase-during = Under forsøket
learn-review-phase-immediately_after = Rett etter
learn-review-phase-later = Senere, mens quizen er åpen
learn-review-phase-after_close = Etter at quizen er stengt
learn-review-item-marks = Poeng
learn-review-item-feedback = Tilbakemelding
learn-review-item-overall_feedback = Samlet tilbakemelding
learn-review-checkbox = { $item }: { $phase }
learn-bands = Samlet tilbakemelding etter karakter
learn-band-from = Fra karakter (%)
learn-band-to = Under karakter (%; 100 tar med 100)
learn-band-text = Tilbakemelding for dette intervallet
learn-add-band = Legg til et karakterintervall
learn-prerequisites = Kurs som må fullføres først
learn-no-other-courses = Det finnes ingen andre kurs i dette territoriet ennå.
learn-requires = Fullfør først disse kursene:
learn-actions = Handlinger
learn-edit = Rediger
learn-edit-question = Rediger «{ $name }»
learn-cancel-edit = Avslutt redigering
learn-save-question = Lagre spørsmål
learn-question-updated = «{ $name }» er nå versjon { $version }; { $count ->
    [one] ett avsluttet forsøk ble vurdert på nytt.
   *[other] { $count } avsluttede forsøk ble vurdert på nytt.
}
learn-regrade = Vurder avsluttede forsøk som brukte dette spørsmålet på nytt
# Question editor (questions/QuestionEditor.tsx)
learn-qf-general = Generelt
learn-qf-answers = Svar: { $type }
learn-qf-type-locked = En retting beholder spørsmålstypen; legg til et nytt spørsmål for å bytte type.
learn-qf-default-mark = Standardpoeng
learn-qf-penalty = Trekk per feil forsøk (%)
learn-qf-shuffle = Stokk svaralternativene (slå av ved «alle de ovennevnte»)
learn-qf-hints = Hint
learn-qf-hints-hint = Vises ett om gangen etter feil forsøk i interaktive quizer.
learn-qf-hint-n = Hint { $n }
learn-qf-hint-text = Hinttekst
learn-qf-add-hint = Legg til et hint
learn-qf-up = Opp
learn-qf-down = Ned
learn-qf-remove = Fjern
learn-qf-remove-row = Fjern «{ $item }»
learn-qf-choices = Svaralternativer
learn-qf-choices-hint-single = Karakter er poengandelen for å velge det, i %: ett alternativ må ha 100.
learn-qf-choices-hint-multi = Karakter er poengandelen for å velge det, i %, fra −100 til 100; negative karakterer trekker poeng.
learn-qf-choice-n = Alternativ { $n }
learn-qf-choice-text = Tekst
learn-qf-add-choice = Legg til et alternativ
learn-qf-grade = Karakter (%)
learn-qf-feedback = Tilbakemelding
learn-qf-partial-credit = Delvis uttelling
learn-qf-partial-fractions = Legg sammen karakterene for de valgte alternativene (Moodle)
learn-qf-partial-right_minus_wrong = Andel riktige valg minus andel feil valg (Canvas)
learn-qf-partial-all_or_nothing = Alt eller ingenting: bare nøyaktig de riktige valgene gir poeng
learn-qf-correct-answer = Riktig svar
learn-qf-feedback-true = Tilbakemelding på svaret «Sant»
learn-qf-feedback-false = Tilbakemelding på svaret «Usant»
learn-qf-blanks = Felt
learn-qf-blanks-hint = Skriv {"{"}1{"}"}, {"{"}2{"}"} … i spørsmålsteksten der hvert felt skal stå.
learn-qf-accepted = Godkjente svar
learn-qf-accepted-hint = * passer med hvilken som helst tekst. Ett svar må ha karakter 100.
learn-qf-blank-answer-n = Felt { $n }, svar { $count }
learn-qf-answer-text = Godkjent tekst
learn-qf-add-answer-to = Legg til et svar for felt { $n }
learn-qf-case-sensitive = Store og små bokstaver må stemme
learn-qf-normalize = Se bort fra ekstra mellomrom
learn-qf-numeric-answers = Godkjente verdier
learn-qf-numeric-hint = En verdi godkjennes innenfor ± toleransen, i grunnenheten. Én verdi må ha karakter 100.
learn-qf-value-n = Verdi { $n }
learn-qf-value = Verdi
learn-qf-tolerance = Toleranse (±)
learn-qf-add-value = Legg til en verdi
learn-qf-units = Enheter
learn-qf-units-hint = Grunnenheten har multiplikator 1; en annen enhets multiplikator er hvor mange av den som utgjør én grunnenhet (cm: 100 når grunnenheten er m).
learn-qf-unit-n = Enhet { $n }
learn-qf-unit-name = Enhet
learn-qf-multiplier = Multiplikator
learn-qf-add-unit = Legg til en enhet
learn-qf-unit-required = Et svar uten enhet er feil
learn-qf-pairs = Par
learn-qf-pairs-hint = Deltakeren velger det passende svaret for hver oppgave.
learn-qf-pair-n = Par { $n }
learn-qf-prompt = Oppgave
learn-qf-match = Passende svar
learn-qf-add-pair = Legg til et par
learn-qf-distractors = Ekstra feil svar
learn-qf-distractor-n = Feil svar { $n }
learn-qf-distractor = Feil svar
learn-qf-add-distractor = Legg til et feil svar
learn-qf-items = Elementer
learn-qf-items-hint = I riktig rekkefølge; deltakerne får dem stokket.
learn-qf-item-n = Element { $n }
learn-qf-item = Elementtekst
learn-qf-add-item = Legg til et element
learn-qf-rubric = Vurderingsskjema
learn-qf-rubric-hint = Vurdererne gir poeng per kriterium; poengene skaleres til spørsmålets poeng.
learn-qf-criterion-n = Kriterium { $n }
learn-qf-description = Beskrivelse
learn-qf-points = Poeng
learn-qf-add-criterion = Legg til et kriterium
learn-qf-grader-info = Informasjon til vurderere
learn-qf-max-files = Høyeste antall filer en deltaker kan laste opp
learn-qf-preview = Forhåndsvisning
learn-qf-preview-hint = Slik ser en deltaker det (ingenting lagres). Markdown formateres når spørsmålet er lagret.
learn-qf-json = JSON (avansert)
learn-qf-json-apply = Bruk denne JSON-en
learn-qf-json-no-type = JSON-en trenger en "type", en av: { $detail }.
learn-qf-json-locked = En retting beholder typen: JSON-feltet "type" må være { $type }.
learn-qf-problems = { $count ->
    [one] Én ting må rettes før spørsmålet kan lagres:
   *[other] { $count } ting må rettes før spørsmålet kan lagres:
}
learn-qf-regrade-hint = Uten ny vurdering beholder avsluttede forsøk poengene sine; nye forsøk bruker det rettede spørsmålet.
learn-qf-delete = Slett
learn-qf-delete-question = Slett «{ $name }»
learn-qf-delete-confirm = Slette «{ $name }» fra spørsmålsbanken? Dette kan ikke angres.
learn-qf-deleted = Spørsmålet «{ $name }» er slettet.
learn-qf-delete-in-use = «{ $name }» er fortsatt i bruk og ble ikke slettet.
learn-qf-err-name = Gi spørsmålet et navn.
learn-qf-err-text = Skriv spørsmålsteksten.
learn-qf-err-difficulty = Vanskelighetsgraden er et heltall fra 1 til 10.
learn-qf-err-mark = Standardpoeng må være et tall over 0.
learn-qf-err-penalty = Trekket er en prosentandel fra 0 til 100.
learn-qf-err-category = En kategori har høyst 200 tegn.
learn-qf-err-tags = Hver etikett har høyst 50 tegn.
learn-qf-err-number = Skriv et tall, for eksempel 1,5.
learn-qf-err-grade = Karakteren er en prosentandel fra −100 til 100.
learn-qf-err-grade-positive = Karakteren er en prosentandel fra 0 til 100.
learn-qf-err-choice-text = Alternativ { $n } har ingen tekst.
learn-qf-err-two-choices = Oppgi minst to alternativer.
learn-qf-err-full-choice = Ett alternativ må ha karakter 100.
learn-qf-err-right-choice = Minst ett alternativ må ha karakter over 0.
learn-qf-err-one-blank = Legg til minst ett felt.
learn-qf-err-placeholder = Spørsmålsteksten har ingen {"{"}{ $n }{"}"} for felt { $n }.
learn-qf-err-blank-full = Felt { $n } trenger et svar med karakter 100.
learn-qf-err-answer-text = Skriv den godkjente teksten.
learn-qf-err-tolerance = Toleransen kan ikke være negativ.
learn-qf-err-numeric-full = Én godkjent verdi må ha karakter 100.
learn-qf-err-unit-name = Gi enheten et navn, for eksempel cm.
learn-qf-err-multiplier = Multiplikatoren må være et tall over 0.
learn-qf-err-two-pairs = Oppgi minst to par.
learn-qf-err-prompt = Par { $n } har ingen oppgave.
learn-qf-err-pair-answer = Par { $n } har ikke noe passende svar.
learn-qf-err-two-items = Oppgi minst to elementer.
learn-qf-err-item = Element { $n } er tomt.
learn-qf-err-criterion = Kriterium { $n } har ingen beskrivelse.
learn-qf-err-points = Poeng kan ikke være negative.
learn-qf-err-max-files = Tillat minst én fil (et heltall).
learn-adaptive = Adaptiv quiz
learn-adaptive-on = Velg hvert spørsmål ut fra deltakerens svar så langt (faste og tilfeldige spørsmål brukes da ikke)
learn-adaptive-lowest = Laveste vanskelighetsgrad
learn-adaptive-highest = Høyeste vanskelighetsgrad
learn-adaptive-start = Startnivå
learn-adaptive-se = Stopp ved standardfeil (logits)
learn-adaptive-min = Færrest spørsmål
learn-adaptive-max = Flest spørsmål
learn-delete-yes = Slett
learn-delete-anyway = Slett likevel
learn-delete-cancel = Avbryt
learn-delete-loss = Deltakere vil miste dataene sine i «{ $name }»:
learn-rename = Gi nytt navn til «{ $name }»
learn-rename-save = Lagre navn
learn-renamed = Nytt navn: «{ $name }».
learn-lesson-edit = Rediger «{ $name }»
learn-lesson-edit-of = Rediger leksjonen «{ $name }»
learn-lesson-module = Modul for «{ $name }»
learn-lesson-move = Flytt «{ $name }» dit
learn-lesson-moved = «{ $name }» er flyttet til «{ $module }».
learn-lesson-save = Lagre leksjon
learn-lesson-saved = Leksjonen «{ $name }» er lagret.
learn-lesson-completed-by = { $count ->
    [one] Én deltaker har fullført leksjonen; fullføringen beholdes når du lagrer.
   *[other] { $count } deltakere har fullført leksjonen; fullføringene deres beholdes når du lagrer.
}
learn-interaction-answered-by = { $count ->
    [one] Besvart av én deltaker.
   *[other] Besvart av { $count } deltakere.
}
learn-remove-attachment = Fjern «{ $name }»
learn-remove-interaction = Fjern spørsmål { $n }
learn-save-loss = Hvis du lagrer «{ $name }», slettes deltakernes svar:
learn-save-anyway = Lagre likevel
learn-quiz-opens = Åpner
learn-quiz-edit-settings = Endre innstillinger for «{ $title }»
learn-quiz-settings-of = Innstillinger for «{ $title }»
learn-quiz-save-settings = Lagre innstillinger
learn-quiz-settings-saved = Quizens innstillinger er lagret.
learn-quiz-edit-slots = Endre spørsmålene i «{ $title }»
learn-quiz-slots-of = Spørsmålene i «{ $title }»
learn-quiz-save-slots = Lagre spørsmålene
learn-quiz-slots-saved = Quizens spørsmål er lagret.
learn-slots-empty = En quiz trenger minst ett spørsmål eller én tilfeldig trekning.
learn-slots-adaptive = Denne quizen er adaptiv: spørsmålene kommer fra utvalget i innstillingene (Endre innstillinger), ikke fra en liste.
learn-slot-random = { $n ->
    [one] Ett tilfeldig spørsmål
   *[other] { $n } tilfeldige spørsmål
}
learn-slot-count-invalid = Skriv inn et helt tall på minst 1.
learn-slot-duplicate = Dette spørsmålet er allerede i quizen.
learn-slot-up = Flytt «{ $what }» opp
learn-slot-down = Flytt «{ $what }» ned
learn-slot-remove = Fjern «{ $what }»
learn-remove = Fjern
learn-slot-add-question = Spørsmål fra banken
learn-slot-pick = Velg et spørsmål
learn-slot-add = Legg til spørsmålet
learn-slot-add-random = Legg til tilfeldige spørsmål
learn-past-attempts = Dine tidligere forsøk
learn-attempt-state = Status
learn-attempt-started = Startet
learn-attempt-submitted = Levert
learn-attempt-grade = Karakter
learn-attempt-open = Åpne
learn-attempt-state-in_progress = Pågår
learn-attempt-state-finished = Fullført
learn-attempt-state-abandoned = Avbrutt
learn-attempt-needs-grading = Venter på vurdering
learn-attempt-review = Se gjennom forsøk { $n }
learn-attempt-continue = Fortsett forsøk { $n }
error-quiz_has_attempts = Quizen har allerede forsøk: spørsmålene, tilbakemeldingsmodusen og den adaptive samlingen kan ikke lenger endres. Alt annet kan.
error-course_not_found = Kurset finnes ikke, eller det er ikke publisert.
error-quiz_not_found = Quizen finnes ikke.
error-lesson_not_found = Leksjonen finnes ikke.
error-attempt_not_found = Forsøket finnes ikke.
error-not_enrolled = Meld deg på kurset først.
error-enrollment_pending = Påmeldingen din venter fortsatt på godkjenning.
error-prerequisites_missing = Fullfør først kursene dette kurset krever.
error-course_not_open = Kurset er ikke åpent for påmelding.
error-lesson_incomplete = Svar først på spørsmålene i videoen (riktig der det kreves).
error-attempt_time_expired = Tiden for dette forsøket er ute.
error-attempt_closed = Forsøket er avsluttet; svarene kan ikke lenger endres.
error-already_answered = Spørsmålet er allerede vurdert; det tillater ett svar.
error-no_tries_left = Spørsmålet er ferdig: besvart riktig, eller alle forsøk er brukt.
error-no_attempts_left = Du har brukt alle forsøkene quizen tillater.
error-quiz_not_open = Quizen er ikke åpen ennå.
error-quiz_closed = Quizen er stengt.
error-response_mismatch = Svaret passer ikke til spørsmålet; sjekk det og prøv igjen.
error-client_id_reused = Denne forespørselen er allerede brukt til noe annet; last inn siden på nytt.
error-file_too_large = Filen er for stor.
error-file_type_not_allowed = Denne filtypen er ikke tillatt.

## passkeys
passkeys-title = Tilgangsnøkler
passkeys-intro = En tilgangsnøkkel logger deg inn med enhetens skjermlås eller en sikkerhetsnøkkel i stedet for et passord, og teller som andre trinn etter passordet. Tilgangsnøkler kan ikke phishes: de virker bare på dette nettstedet.
passkeys-none = Du har ingen tilgangsnøkler ennå.
passkeys-add = Legg til en tilgangsnøkkel på denne enheten
passkeys-name = Navn
passkeys-name-hint = Så du kan skille tilgangsnøklene fra hverandre, f.eks. «Bærbar» eller «Telefon».
passkeys-default-name = Tilgangsnøkkel
passkeys-added-notice = Tilgangsnøkkelen er lagt til. Heretter ber innlogging med passord også om en tilgangsnøkkel.
passkeys-recovery-intro = Tilgangsnøkkelen kom med ti gjenopprettingskoder. Lagre dem et trygt sted nå; de vises bare én gang. Hver kode erstatter en mistet tilgangsnøkkel én gang, når du logger inn eller tilbakestiller passordet.
passkeys-added = lagt til { $date }
passkeys-last-used = sist brukt { $date }
passkeys-synced = synkroniseres av leverandøren
passkeys-rename = Gi nytt navn
passkeys-delete = Slett tilgangsnøkkel
passkeys-delete-hint = Bekreft at det er deg med ditt nåværende passord.
passkeys-unsupported = Denne nettleseren kan ikke bruke tilgangsnøkler.
passkeys-sign-in = Logg inn med en tilgangsnøkkel
passkeys-sign-in-intro = Du trenger ikke passord: velg tilgangsnøkkelen din når nettleseren spør.
passkeys-use = Bruk tilgangsnøkkelen din
passkeys-second-factor-intro = Bekreft med en av tilgangsnøklene dine for å fullføre innloggingen.
error-passkey_cancelled = Forespørselen om tilgangsnøkkel ble avbrutt eller tidsavbrutt. Prøv igjen.
error-passkey_rejected = Svaret fra tilgangsnøkkelen ble ikke godtatt. Prøv igjen.
error-passkey_ceremony_expired = Forespørselen om tilgangsnøkkel er utløpt. Prøv igjen.
error-passkey_exists = Denne tilgangsnøkkelen er allerede registrert.
error-no_passkeys = Kontoen har ingen tilgangsnøkkel; bekreft på en annen måte.
error-role_not_delegable = Bare en plattformadministrator kan gi administratorroller.
activity-passkey_added = Tilgangsnøkkel lagt til
activity-passkey_removed = Tilgangsnøkkel slettet

## Operatørskjermer: territorier, brukere, flyttinger, revisjonslogg, døde meldinger; territoriets medlemmer
operator-moves-manage = Start og styr flyttinger
operator-my-territories = Territorier du har ansvar for:
admin-nav = Operatørskjermer
admin-nav-overview = Oversikt
admin-nav-territories = Territorier
admin-nav-users = Brukere
admin-nav-moves = Flyttinger
admin-nav-audit = Revisjonslogg
admin-nav-events = Døde meldinger
admin-platform-admin-only = Denne skjermen er for plattformadministratorer. Logg inn med en plattformadministrator-konto (fra et tillatt administrasjonsnettverk).
admin-actions = Handlinger
admin-confirm = Ja, { $action }
admin-keep = Nei, behold
admin-yes = Ja
admin-no = Nei
admin-previous = Forrige side
admin-next = Neste side
admin-territories-title = Territorier (administrasjon)
admin-territories-intro = Opprett et territorium: databaseskjemaet settes opp på regionens primærserver, og det tar imot registreringer med en gang.
admin-territories-all = Alle territorier
admin-territory-code = Kode
admin-territory-code-hint = To bokstaver, for eksempel IS. Kan ikke endres senere.
admin-territory-name = Navn
admin-territory-region = Region
admin-territory-language = Standardspråk
admin-territory-language-hint = En språkkode, for eksempel is, nb eller pt-BR.
admin-territory-status = Status
admin-territory-create = Opprett territorium
admin-territory-created = Territoriet { $territory } er opprettet.
admin-territory-code-invalid = Bruk to bokstaver, for eksempel IS.
admin-territory-name-invalid = Oppgi et navn på 1 til 100 tegn.
admin-territory-region-invalid = Velg en region.
admin-territory-language-invalid = Bruk en språkkode, for eksempel is eller pt-BR.
admin-users-title = Brukeradministrasjon
admin-users-intro = Finn kontoer etter brukernavn, e-postadresse eller navn i hjemterritoriet deres. Sperring avslutter alle kontoens økter; oppheving lar den logge inn igjen.
admin-users-search = Finn brukere
admin-users-territory = Territorium
admin-users-query = Brukernavn, e-post eller navn
admin-users-found = { $count ->
    [one] Én konto funnet.
   *[other] { $count } kontoer funnet.
}
admin-user-active = Aktiv
admin-user-locked = Sperret
admin-user-unverified = ikke bekreftet
admin-user-created = Opprettet
admin-user-locked-at = Sperret siden
admin-user-id = Bruker-ID
admin-user-roles = Roller
admin-user-no-roles = Ingen roller utover medlemskap i hjemterritoriet.
admin-user-lock = Sperr konto
admin-user-lock-question = Sperre { $handle }? Vedkommende logges ut overalt og kan ikke logge inn før sperringen oppheves.
admin-user-locked-done = { $handle } er sperret; { $count ->
    [one] én økt er avsluttet.
   *[other] { $count } økter er avsluttet.
}
admin-user-unlock = Opphev sperring
admin-user-unlocked = Sperringen av { $handle } er opphevet, og vedkommende kan logge inn igjen.
admin-user-revoke-sessions = Avslutt alle økter
admin-user-revoke-sessions-question = Avslutte alle økter for { $handle }? Vedkommende må logge inn på nytt.
admin-user-sessions-revoked = { $count ->
    [one] Én økt for { $handle } er avsluttet.
   *[other] { $count } økter for { $handle } er avsluttet.
}
admin-role = Rolle
admin-role-territory = I territoriet
admin-role-grant = Gi rolle
admin-role-grant-for = Gi { $handle } en rolle
admin-role-granted = { $handle } har nå rollen { $item }.
admin-role-revoke = Trekk tilbake
admin-role-revoke-question = Trekke tilbake { $item } fra { $handle }?
admin-role-revoked = { $item } er trukket tilbake fra { $handle }.
admin-role-in = { $item } i { $territory }
role-platform_admin = Plattformadministrator
role-territory_admin = Territorieadministrator
role-moderator = Moderator
role-instructor = Instruktør
role-translator = Oversetter
role-member = Medlem
admin-moves-title = Flytting av territorier
admin-moves-intro = Flytt et territorium til en annen regions databaseserver mens det er på nett. Framdriften oppdateres av seg selv; avbryting, reversering og fullføring krever bekreftelse.
admin-moves-all = Alle flyttinger
admin-move-start-title = Start en flytting
admin-move-target = Målregion eller databasenode
admin-move-target-hint = En regionskode som am, eller navnet på en databasenode.
admin-move-target-required = Oppgi hvor territoriet skal flyttes.
admin-move-start = Start flytting
admin-move-open = Vis flyttingen av { $territory }
admin-move-detail = Flytting av { $territory }
admin-move-eta = ca. { $seconds } s igjen
admin-move-action-done = { $action }: mottatt mens flyttingen var i tilstanden «{ $detail }»; framdriften nedenfor følger med.
admin-move-tables = Tabeller
admin-move-table = Tabell
admin-move-rows = Kopierte rader
admin-move-validated = Validert
admin-move-steps = Trinnlogg (siste)
move-state-schema = Oppretter skjema
move-state-copy = Kopierer
move-state-catch_up = Tar igjen
move-state-validate = Validerer
move-state-read_shift = Flytter lesinger
move-state-switch = Bytter skrivinger
move-state-monitor = Overvåker
move-state-completed = Fullført
move-state-cancelled = Avbrutt
move-state-rolled_back = Rullet tilbake
move-state-failed = Mislyktes
move-action-advance = Gå videre
move-action-pause = Sett på pause
move-action-resume = Fortsett
move-action-cancel = Avbryt flytting
move-action-reverse = Reverser
move-action-complete = Fullfør
move-action-restart = Start på nytt
move-action-cancel-question = Avbryte flyttingen av { $territory }? Kopien på målet fjernes, og territoriet blir der det er.
move-action-reverse-question = Reversere flyttingen av { $territory }? Skrivinger går tilbake til kildeserveren.
move-action-complete-question = Fullføre flyttingen av { $territory }? Replikeringen stopper og det gamle skjemaet arkiveres; etterpå kan flyttingen ikke reverseres.
admin-audit-title = Revisjonslogg
admin-audit-intro = Sikkerhets- og administrasjonshandlinger i en hashkjede: hver oppføring forsegler den forrige, så en endret eller slettet oppføring oppdages når kjeden kontrolleres.
admin-audit-verify = Kontroller kjeden
admin-audit-limit = Antall oppføringer
admin-audit-chain-ok = Kjeden er intakt: { $count } oppføringer kontrollert.
admin-audit-chain-broken = Kjeden er brutt ved oppføring { $position } ({ $count } oppføringer kontrollert): { $detail }
admin-audit-count = { $count ->
    [one] Én oppføring, nyeste først
   *[other] { $count } oppføringer, nyeste først
}
admin-audit-at = Når
admin-audit-action = Handling
admin-audit-target = Mål
admin-audit-actor = Av
admin-audit-detail = Detaljer
admin-events-title = Døde meldinger
admin-events-intro = Hendelser en mottaker ga opp etter sine nye forsøk. Rett årsaken og spill dem av på nytt: hendelsen sendes gjennom mottakeren igjen.
admin-events-none = Ingen døde meldinger i { $territory }.
admin-events-caption = Åpne døde meldinger i { $territory }, nyeste først
admin-events-subject = Hendelse
admin-events-consumer = Mottaker
admin-events-attempts = Forsøk
admin-events-failed-at = Feilet
admin-events-replay = Spill av på nytt
admin-events-replayed = { $item } er behandlet.
admin-events-replay-failed = { $item } feilet igjen; den forblir en død melding.
members-title = Medlemmer av { $territory }
members-back = Tilbake til { $territory }
members-intro = Territoriets kontoer. Territorieadministratorer gir og trekker tilbake rollene moderator, instruktør, oversetter og medlem her; administratorroller gis av en plattformadministrator.
members-count = { $count ->
    [one] Én konto
   *[other] { $count } kontoer
}
members-account = Konto
members-role-for = Rolle for { $handle }
members-granted = { $handle } har nå rollen { $item }. Roller her: { $detail }.
members-revoked = { $item } er trukket tilbake fra { $handle }. Roller her: { $detail }.
error-territory_exists = Det finnes allerede et territorium med den koden.
error-admin_network_refused = Administrasjonshandlinger virker bare fra administrasjonsnettverkene serveren tillater (identity.admin_allow).
error-user_not_found = Den kontoen finnes ikke (lenger).
error-grant_not_found = Kontoen har ikke den rollen der.
error-territory_required = Velg et territorium å søke i.
error-query_too_long = Søk etter høyst 100 tegn.
error-invalid_limit = Den sidestørrelsen er ikke tillatt.
error-invalid_language = Det er ikke en språkkode som nb eller pt-BR.
error-move_not_found = Territoriet har ikke blitt flyttet.
error-move_in_progress = Territoriet holder allerede på å flyttes.
error-move_same_server = Målet bruker samme database som territoriet: en flytting krever en annen server (i innebygd modus ligger alle regioner i én database).
error-move_finished = Den flyttingen er avsluttet.
error-move_cannot_advance = Gå videre virker under innhenting, validering og flytting av lesinger.
error-move_cannot_cancel = Skrivingene er allerede byttet: reverser flyttingen i stedet.
error-move_cannot_reverse = Reversering virker etter byttet av skrivinger, før flyttingen er fullført.
error-move_cannot_complete = Fullføring virker etter byttet av skrivinger.
error-move_cannot_restart = Bare en mislykket flytting kan startes på nytt.
error-move_target_unreachable = Måldatabaseserveren kan ikke nås.
error-dead_letter_not_found = Den døde meldingen finnes ikke (lenger).
