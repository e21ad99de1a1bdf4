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

sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-verify = Bekreft
sign-in-second-factor = Totrinnsbekreftelse
sign-in-totp-intro = Skriv inn koden autentiseringsappen din viser for UnityPlan.
sign-in-recovery-intro = Skriv inn en av gjenopprettingskodene du lagret da du slo på totrinnsbekreftelse. Hver kode virker én gang.
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
forum-react = { $emoji }: { $count ->
    [one] én reaksjon
   *[other] { $count } reaksjoner
}
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
