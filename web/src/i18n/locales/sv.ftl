app-name = UnityPlan
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-territories = Territorier
nav-operator = Driftöversikt
language-label = Språk
loading = Läser in…
retry = Försök igen
offline-banner = Du är offline. Sidor du har besökt kan fortfarande läsas; ändringar väntar tills du är online igen.
outbox-waiting = { $count ->
    [one] En ändring väntar på synkronisering.
   *[other] { $count } ändringar väntar på synkronisering.
}
outbox-failed = { $count ->
    [one] En ändring kunde inte skickas.
   *[other] { $count } ändringar kunde inte skickas.
}
outbox-sync-now = Synkronisera nu
outbox-discard = Släng
outbox-sent-at = Köad { $when }
not-found-title = Sidan hittades inte
not-found-body = Det finns ingen sida på den här adressen.
not-found-home = Gå till listan över territorier
page-title = { $page } · UnityPlan

territories-title = Territorier
territories-intro = Välj ditt territorium för att se dess startsida.
territories-count = { $count ->
    [one] Ett territorium
   *[other] { $count } territorier
}
territory-region = Region
territory-language = Språk
territory-health = Tillstånd
territory-status = Status
health-ok = Tillgängligt
health-unavailable = Otillgängligt
status-provisioning = Håller på att skapas
status-active = Aktivt
status-moving = Flyttar till en annan region
status-suspended = Avstängt
territory-created = Skapat
territory-epoch = Routningsepok
territory-live-title = Aktuell status
territory-served-by = Betjänas av databasnod
territory-migrations = Genomförda schemamigreringar
territory-provisioned = Skapat i databasen
territory-back = Alla territorier
territory-checked = Kontrollerat { $when }

operator-title = Driftöversikt
operator-intro = Regioner, databasnoder och territorier. Uppdateras var { $seconds }:e sekund.
operator-ready = Plattformen är redo
operator-not-ready = Plattformen är inte redo
operator-control-plane = Kontrollplan
operator-control-ok = Nåbar
operator-control-down = Inte nåbar
operator-updated = Senast uppdaterad { $when }
operator-refresh = Uppdatera nu
operator-regions = Regioner
operator-region-ready = Redo
operator-region-down = Ingen nåbar primär
operator-nodes = Databasnoder
operator-node = Nod
operator-address = Adress
operator-role = Konfigurerad roll
operator-state = Observerat tillstånd
operator-lag = Replikeringsfördröjning
operator-lag-value = { NUMBER($seconds, maximumFractionDigits: 2) } s
operator-pool = Pool (öppna / lediga / max)
operator-checked = Senaste kontroll
operator-error = Senaste fel
operator-none = —
operator-territories = Territorier ({ $count })
operator-summary = { $regions } regioner, { $nodes } noder, { $territories } territorier
node-state-unknown = Okänt
node-state-primary = Primär
node-state-standby = Standby
node-state-down = Nere

error-title = Något gick fel
error-network_unreachable = Servern kan inte nås. Kontrollera anslutningen; vi försöker igen när du är online.
error-bad_response = Servern skickade ett svar som vi inte kunde läsa. Försök igen om en stund.
error-territory_not_found = Det finns inget territorium med den koden.
error-invalid_territory_code = En territoriekod består av två bokstäver, till exempel SE.
error-invalid_region_code = Det är inte en giltig regionkod.
error-region_unavailable = Territoriets region kan inte nås just nu. Försök igen om en stund.
error-territory_unavailable = Territoriet är otillgängligt just nu. Försök igen om en stund.
error-territory_moving = Territoriet flyttar till en annan region; det är tillbaka om ett ögonblick.
error-database_unavailable = Databasen är otillgänglig just nu. Försök igen om en stund.
error-control_plane_unavailable = Plattformens register är otillgängligt just nu. Försök igen om en stund.
error-route_not_found = Den adressen finns inte på servern.
error-method_not_allowed = Servern accepterar inte den åtgärden här.
error-validation_failed = Några fält behöver rättas.
error-unauthenticated = Logga in först.
error-rate_limited = För många försök. Vänta en stund och försök igen.
error-request_timeout = Servern tog för lång tid på sig att svara. Försök igen.
error-internal = Något gick fel hos oss. Försök igen.

nav-sign-in = Logga in
nav-register = Skapa konto
nav-account = Konto ({ $name })
nav-sign-out = Logga ut
form-busy = Vänta…

field-handle = Användarnamn
field-handle-hint = 3–30 tecken: a–z, 0–9 och _, som börjar med en bokstav. Andra ser dig som @användarnamn:territorium.
field-display-name = Visningsnamn
field-email = E-postadress
field-password = Lösenord
field-new-password = Nytt lösenord
field-password-hint = Minst 8 tecken och svårt att gissa; en mening med flera ord fungerar bra.
field-language = Språk
field-login = Användarnamn eller e-postadress
field-totp-code = 6-siffrig kod från din autentiseringsapp
field-recovery-code = Återställningskod
field-code-optional = Autentiserings- eller återställningskod
field-totp-or-recovery = Autentiseringskod eller återställningskod

register-title = Skapa ett konto
register-intro = Ditt konto hör till ett hemterritorium; du kan delta överallt.
register-territory = Hemterritorium
register-submit = Skapa konto
register-done = Välkommen, { $handle }! Vi har skickat en bekräftelselänk till { $email }. Öppna den och logga sedan in.
register-have-account = Har du redan ett konto?

verify-title = Bekräfta din e-postadress
verify-done = Din e-postadress är bekräftad. Du kan logga in nu.
verify-resend = Skicka en ny bekräftelselänk
verify-resend-intro = Länkar fungerar en gång och under begränsad tid. Ange ditt användarnamn eller din e-postadress så skickar vi en ny.
verify-resent = Om ett obekräftat konto matchar är en ny länk på väg.

sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-verify = Verifiera
sign-in-second-factor = Tvåstegsverifiering
sign-in-totp-intro = Ange koden som din autentiseringsapp visar för UnityPlan.
sign-in-recovery-intro = Ange en av återställningskoderna du sparade när du aktiverade tvåstegsverifiering eller lade till din första nyckel. Varje kod fungerar en gång.
sign-in-use-totp = Använd en autentiseringskod i stället
sign-in-use-recovery = Använd en återställningskod i stället
sign-in-forgot = Glömt lösenordet?
sign-in-no-account = Ny här?

reset-title = Återställ ditt lösenord
reset-intro = Vi mejlar dig en länk för att välja ett nytt lösenord.
reset-request = Skicka länken
reset-sent = Om ett konto matchar är en länk på väg. Den fungerar en begränsad tid.
reset-submit = Spara nytt lösenord
reset-done = Ditt lösenord är ändrat och alla sessioner har avslutats. Logga in med det nya lösenordet.
reset-code-hint = Behövs bara när tvåstegsverifiering är aktiverad.
reset-submit-passkey = Bekräfta med din nyckel och spara lösenordet
reset-passkey-needed = Det här kontot är skyddat med en nyckel (passkey). När du har valt det nya lösenordet ber din enhet dig bekräfta med den.
reset-passkey-or-code = Det här kontot är skyddat med en nyckel (passkey) och en autentiseringsapp. Bekräfta med nyckeln, eller ange en kod nedan i stället.
reset-passkey-or-recovery = Det här kontot är skyddat med en nyckel (passkey). Bekräfta med den när du har valt det nya lösenordet, eller ange en av dina återställningskoder nedan om du har tappat bort den.
reset-code-instead-hint = Lämna tomt för att bekräfta med din nyckel.
reset-request-new = Be om en ny länk

account-nav = Konto
account-overview = Översikt
account-security = Tvåstegsverifiering
account-sessions = Sessioner
account-api-keys = API-nycklar
account-activity = Aktivitet
account-title = Ditt konto
account-verified = bekräftad
account-unverified = inte bekräftad
account-two-factor = Tvåstegsverifiering
account-two-factor-on = På
account-two-factor-off = Av
account-member-since = Medlem sedan
territory-title = Hemterritorium

security-title = Tvåstegsverifiering
security-off = Tvåstegsverifiering är avstängd. Aktivera den så att ett stulet lösenord ensamt inte kan öppna ditt konto.
security-on = Tvåstegsverifiering är aktiverad: inloggning kräver en kod från din autentiseringsapp.
security-start = Aktivera tvåstegsverifiering
security-password-hint = Bekräfta att det är du med ditt nuvarande lösenord.
security-scan = Skanna den här koden med din autentiseringsapp
security-qr-alt = QR-kod för din autentiseringsapp
security-manual = Kan du inte skanna? Ange den här nyckeln i appen i stället:
security-confirm = Bekräfta och aktivera
security-enabled = Tvåstegsverifiering är aktiverad.
security-recovery-title = Dina återställningskoder
security-recovery-intro = Spara dem på ett säkert ställe nu; de visas bara en gång. Varje kod loggar in dig en gång om du förlorar din autentiseringsapp.
security-disable = Stäng av tvåstegsverifiering
security-disabled = Tvåstegsverifiering är avstängd.

sessions-title = Dina sessioner
sessions-count = { $count ->
    [one] En aktiv session
   *[other] { $count } aktiva sessioner
}
sessions-device = Enhet
sessions-ip = IP-adress
sessions-created = Inloggad
sessions-last-seen = Senast aktiv
sessions-expires = Går ut
sessions-actions = Åtgärder
sessions-current = den här enheten
sessions-revoke = Logga ut den här sessionen
sessions-revoke-others = Logga ut överallt annars

keys-title = API-nycklar
keys-create = Skapa nyckel
keys-created = Din nya nyckel
keys-created-once = Kopiera den nu: den visas inte igen.
keys-name = Namn
keys-scopes = Behörigheter
keys-scope-read = Läsa
keys-scope-write = Skriva
keys-scope-admin = Administrera
keys-days = Giltig i (dagar, 1–365)
keys-count = { $count ->
    [one] En nyckel
   *[other] { $count } nycklar
}
keys-prefix = Börjar med
keys-expires = Går ut
keys-last-used = Senast använd
keys-revoked = Återkallad { $when }
keys-revoke = Återkalla

activity-title = Din aktivitet
activity-count = { $count ->
    [one] En händelse
   *[other] { $count } händelser
}
activity-when = När
activity-what = Vad
activity-account_created = Konto skapat
activity-email_verified = E-postadress bekräftad
activity-signed_in = Inloggad
activity-signed_out = Utloggad
activity-sign_in_failed = Misslyckat inloggningsförsök
activity-new_network_sign_in = Inloggning från ett nytt nätverk
activity-password_changed = Lösenord ändrat
activity-password_reset = Lösenord återställt
activity-password_reset_requested = Återställning av lösenord begärd
activity-email_change_requested = Byte av e-post begärt
activity-email_changed = E-postadress ändrad
activity-totp_enabled = Tvåstegsverifiering aktiverad
activity-totp_disabled = Tvåstegsverifiering avstängd
activity-recovery_code_used = Återställningskod använd
activity-session_revoked = Session utloggad
activity-sessions_revoked = Andra sessioner utloggade
activity-api_key_created = API-nyckel skapad
activity-api_key_revoked = API-nyckel återkallad
activity-account_locked = Konto låst av en administratör
activity-account_unlocked = Konto upplåst
activity-role_granted = Roll tilldelad
activity-role_revoked = Roll borttagen

error-handle_taken = Det användarnamnet är upptaget. Välj ett annat.
error-email_taken = Ett konto använder redan den e-postadressen. Logga in eller återställ lösenordet.
error-invalid_credentials = Inloggningsuppgifterna stämmer inte. Kontrollera dem och försök igen.
error-email_not_verified = Bekräfta din e-postadress först: öppna länken vi skickade.
error-invalid_link = Den här länken gäller inte längre (använd eller utgången). Be om en ny.
error-second_factor_required = Ange koden från din autentiseringsapp (eller en återställningskod).
error-reauthentication_failed = Det lösenordet stämmer inte.
error-totp_already_enabled = Tvåstegsverifiering är redan aktiverad.
error-totp_not_enabled = Tvåstegsverifiering är inte aktiverad.
error-totp_not_enrolled = Börja om inställningen: ingen registrering väntar.
error-totp_replay_refused = Den koden användes nyss. Vänta på nästa.
error-session_not_found = Den sessionen har redan avslutats.
error-api_key_not_found = Den nyckeln finns inte (längre).
error-session_required = Gör detta från en inloggad webbläsarsession, inte med en API-nyckel.
error-insufficient_scope = Den här nyckeln har inte behörighet till det.
error-forbidden = Du har inte behörighet att göra det.
error-invalid_body = Begäran förstods inte. Ladda om sidan och försök igen.
error-invalid_id = Länken pekar på något som inte finns.

operator-events = Händelseryggrad
operator-events-mode = Transport
operator-events-in-process = Intern buss i processen
operator-events-nats-up = NATS JetStream, ansluten
operator-events-nats-down = NATS JetStream, inte ansluten (händelser väntar i utkorgen)
operator-events-published = Händelser publicerade av den här processen
operator-events-relay = Relä aktivt för regioner
operator-events-consumers = Konsumenter

account-credentials = E-post och lösenord
credentials-title = E-post och lösenord
credentials-password = Byt lösenord
credentials-password-submit = Byt lösenord
credentials-password-done = { $count ->
    [0] Ditt lösenord är ändrat.
    [one] Ditt lösenord är ändrat; en annan session loggades ut.
   *[other] Ditt lösenord är ändrat; { $count } andra sessioner loggades ut.
}
credentials-email = Byt e-postadress
credentials-new-email = Ny e-postadress
credentials-email-submit = Skicka bekräftelselänk
credentials-email-sent = Vi har skickat en länk till { $email }. Adressen byts när du öppnar den.

## forum

forum-open = Forum
forum-title = Forum · { $territory }
forum-nav = Forum
forum-territory-home = Territorium
forum-topics = Ämnen
forum-topic = Ämne
forum-search = Sök
forum-bookmarks = Bokmärken
forum-log = Modereringslogg
forum-flags = Anmälningar
forum-settings = Foruminställningar
forum-categories = Kategorier
forum-all-categories = Alla kategorier
forum-no-categories = Det finns inga kategorier ännu.
forum-no-topics = Inga ämnen här ännu.
forum-topics-in = Ämnen i { $category }
forum-topic-count = { $count ->
    [one] ett ämne
   *[other] { $count } ämnen
}
forum-unread-posts = { $count ->
    [one] en oläst
   *[other] { $count } olästa
}
forum-moderators-post = Bara moderatorer skriver här
forum-new-topic = Nytt ämne
forum-sign-in-to-post = för att skriva och svara.
forum-sort = Sortera ämnen
forum-sort-latest = Senaste
forum-sort-top = Topp
forum-sort-hot = Populära
forum-sort-unread = Olästa
forum-period = Period
forum-period-day = I dag
forum-period-week = Den här veckan
forum-period-month = Den här månaden
forum-period-year = I år
forum-period-all = Hela tiden
forum-pinned = Fäst
forum-locked = Låst
forum-hidden = Dold
forum-replies = { $count ->
    [one] ett svar
   *[other] { $count } svar
}
forum-reactions = { $count ->
    [one] en reaktion
   *[other] { $count } reaktioner
}
forum-last-post = senaste inlägg { $when }
forum-load-more = Visa fler
forum-load-more-posts = Visa fler inlägg
forum-new-category = Ny kategori
forum-create-category = Skapa kategori
forum-category = Kategori
forum-category-name = Namn
forum-category-slug = Kortnamn för länkar
forum-category-slug-hint = 2 till 40 av a–z, 0–9 och -
forum-category-description = Beskrivning
forum-you = { $name } (du)
forum-member = Medlem …{ $id }
forum-compose-mode = Skriv eller förhandsgranska
forum-write = Skriv
forum-preview = Förhandsgranskning
forum-preview-empty = Inget att visa ännu.
forum-markdown-hint = Markdown fungerar: **fet**, *kursiv*, `kod`, > citat, - lista. Nämn någon med @användarnamn.
forum-mention-suggestions = Förslag att nämna (piltangenter för att välja, Enter för att infoga)
forum-topic-title = Rubrik
forum-topic-body = Ditt inlägg
forum-post-topic = Skapa ämne
forum-queued = Du är offline. Inlägget är sparat på den här enheten och skickas när anslutningen är tillbaka.
forum-outbox-topic = Nytt ämne i forumet ”{ $title }”
forum-outbox-reply = Svar i ”{ $title }”
forum-slow-mode-on = Långsamt läge: ett inlägg per { $seconds } s
forum-locked-notice = Det här ämnet är låst: inga nya svar.
forum-merged-notice = Det här ämnet har slagits ihop med ett annat.
forum-merged-link = Gå till det ämnet
forum-subscribe = Följ det här ämnet
forum-subscribed = Följer (sluta)
forum-reply = Svara
forum-your-reply = Ditt svar
forum-post-reply = Skicka svar
forum-replying-to = Svarar på inlägg #{ $number } av { $author }.
forum-quoting = Citerar inlägg #{ $number } av { $author }.
forum-cancel-reply-to = Avbryt
forum-in-reply-to = Svar på #{ $number }
forum-edited = redigerat { $when }
forum-post-deleted = Det här inlägget är raderat.
forum-post-hidden = Det här inlägget är dolt av en moderator.
forum-edit-post = Redigera inlägg #{ $number }
forum-save = Spara
forum-cancel = Avbryt
forum-reactions-label = Reaktioner
forum-reply-to-this = Svara
forum-quote = Citera
forum-bookmark = Bokmärk
forum-bookmarked = Bokmärkt
forum-edit = Redigera
forum-delete = Radera
forum-delete-confirm = Radera inlägget? Dess plats i ämnet finns kvar, markerad som raderad.
forum-flag = Anmäl
forum-flag-post = Anmäl inlägg #{ $number }
forum-flag-reason = Orsak
forum-flag-note = Meddelande till moderatorerna (valfritt)
forum-flag-send = Skicka anmälan
forum-flagged = Tack. Moderatorerna tittar på det.
forum-flag-spam = Skräppost
forum-flag-abuse = Kränkande
forum-flag-off_topic = Utanför ämnet
forum-flag-illegal = Olagligt
forum-flag-other = Annat
forum-history = { $count ->
    [one] Historik
   *[other] Historik ({ $count } versioner)
}
forum-revision = Version { $number }, { $when }
forum-moderate-post = Moderera inlägg #{ $number }
forum-mod-reason = Motivering (offentlig)
forum-hide-post = Dölj inlägg
forum-unhide-post = Visa inlägg igen
forum-moderation = Moderering
forum-mod-action = Åtgärd
forum-mod-apply = Utför
forum-mod-done = Klart: { $action }.
forum-move-to = Flytta till kategori
forum-merge-into = Slå ihop med ämne (id eller länk)
forum-slow-mode-seconds = Sekunder mellan inlägg (0 = av)
forum-choose = Välj…
forum-action-lock = Lås
forum-action-unlock = Lås upp
forum-action-pin = Fäst
forum-action-unpin = Lossa
forum-action-hide = Dölj ämne
forum-action-unhide = Visa ämne igen
forum-action-move = Flytta
forum-action-merge = Slå ihop
forum-action-slow_mode = Långsamt läge
forum-action-hide_post = Dölj inlägg
forum-action-unhide_post = Visa inlägg igen
forum-action-resolve_flag = Anmälan avgjord
forum-search-words = Sökord
forum-search-go = Sök
forum-search-hint = Ord hittar även andra böjningsformer av samma ord på territoriets språk. Använd "citattecken" för en fras, or och -ord för att utesluta ett ord.
forum-hits = { $count ->
    [0] Inget hittades.
    [one] Ett resultat.
   *[other] { $count } resultat.
}
forum-log-intro = Alla moderatorsåtgärder är offentliga: vem gjorde vad, när och varför.
forum-log-empty = Inga moderatorsåtgärder ännu.
forum-log-reason = Motivering
forum-log-open = Öppna ämnet
forum-flags-empty = Inga öppna anmälningar.
forum-flag-open = Öppna inlägget
forum-flag-resolution = Beslut (offentligt)
forum-flag-resolve = Avgör
forum-bookmarks-empty = Du har inga bokmärken här.
forum-post-number = Inlägg #{ $number }
forum-settings-emoji = Reaktions-emoji
forum-settings-emoji-hint = Åtskilda med mellanslag, 1 till 32.
forum-settings-per-minute = Inlägg per minut per person
forum-settings-new-hours = Konton är nya i så här många timmar
forum-settings-new-per-day = Inlägg per dag för nya konton
forum-settings-max-chars = Längsta inlägg (tecken)
forum-settings-saved = Inställningarna är sparade.
forum-attach = Bifoga filer
forum-attach-hint = Upp till { $count } filer per inlägg. Varje fil laddas upp så fort du väljer den.
forum-attach-offline = Det krävs en anslutning för att bifoga filer. Du kan fortfarande skriva och skicka inlägget; lägg till filer när du är online igen.
forum-attach-uploading = Laddar upp { $name }…
forum-attachments = Bifogade filer
forum-attach-remove = Ta bort { $name }
forum-attach-too-large = { $name } är större än vad det här forumet tillåter. Gör filen mindre eller dela en länk i stället.
forum-attach-type-not-allowed = { $name } är en filtyp som det här forumet inte tillåter (webbsidor och SVG tillåts aldrig). Bilder, PDF och vanlig text brukar tillåtas.
forum-attach-too-many = { $name } bifogades inte: ett inlägg kan ha högst { $count } filer.
forum-attach-failed = { $name } kunde inte bifogas: { $detail }
forum-file-size = { $units ->
    [kb] { $size } kB
    [mb] { $size } MB
   *[b] { $size } byte
}
operator-moves = Flytt av territorier
operator-moves-admin-only = Logga in som plattformsadministratör för att se flytt av territorier.
operator-moves-none = Inget territorium har flyttats.
operator-move-territory = Territorium
operator-move-route = Från → till
operator-move-copy = Kopierat
operator-move-reads = Läsningar på mål
operator-move-paused = pausad
error-topic_not_found = Ämnet finns inte i det här territoriet.
error-post_not_found = Inlägget finns inte i det här territoriet.
error-category_not_found = Kategorin finns inte.
error-flag_not_found = Anmälan finns inte eller är redan avgjord.
error-topic_locked = Ämnet är låst, så ingen kan svara på det längre.
error-topic_merged = Ämnet har slagits ihop med ett annat; svara där.
error-not_your_post = Bara författaren eller en moderator kan ändra det här inlägget.
error-already_flagged = Du har redan anmält det här inlägget.
error-invalid_cursor = Listan har ändrats. Ladda om sidan.
error-new_user_limit = Nya konton kan bara skriva ett begränsat antal inlägg per dag. Försök igen i morgon.
error-slow_mode = Ämnet är i långsamt läge. Vänta en stund innan du skriver igen.
error-slug_taken = Kortnamnet används redan av en annan kategori.

## learning

learn-open = Kurser
learn-catalog-title = Kurser · { $territory }
learn-catalog-empty = Inga kurser är publicerade här än.
learn-back-territory = Territorium
learn-back-catalog = Alla kurser
learn-back-course = Tillbaka till kursen
learn-back-quiz = Tillbaka till quizen
learn-sign-in-first = Logga in för att se kurser, anmäla dig och göra quizar.
learn-sign-in = Logga in
learn-instructors-only = Bara lärare i det här territoriet kan öppna den här sidan.
learn-course = Kurs
learn-lesson = Lektion
learn-quiz = Quiz
learn-attempt = Försök
learn-status = Status
learn-status-draft = Utkast
learn-status-published = Publicerad
learn-status-archived = Arkiverad
learn-enrollment-open = Öppen anmälan
learn-enrollment-approval = Anmälan efter godkännande
learn-enrollment-status-pending = väntar på godkännande
learn-enrollment-status-active = anmäld
learn-badge-named = Märke: { $name }
learn-new-course = Ny kurs
learn-create-course = Skapa kurs
learn-course-title = Titel
learn-course-summary = Sammanfattning (Markdown)
learn-course-language = Språkkod (t.ex. sv)
learn-course-enrollment = Anmälan
learn-edit-course = Redigera kurs
learn-your-progress = Dina framsteg
learn-enrol-hint = Anmäl dig för att öppna lektionerna och göra quizarna.
learn-enrol-approval-hint = En lärare godkänner varje anmälan till den här kursen.
learn-enrol = Anmäl dig
learn-request-enrol = Be om att få anmäla dig
learn-enrol-pending = Din anmälan väntar på en lärares godkännande.
learn-enrolled = Du är anmäld.
learn-lessons-done = Avklarade lektioner: { $done } av { $total }
learn-quizzes-passed = Godkända obligatoriska quizar: { $done } av { $total }
learn-completed = Kursen slutfördes { $when }.
learn-certificate = Intyg
learn-certificate-learner = Deltagare
learn-certificate-code = Verifieringskod
learn-badge-valid = giltigt
learn-badge-valid-until = giltigt till { $when }
learn-badge-lapsed = har gått ut — slutför kursen igen för att förnya det
learn-outline = Lektioner
learn-no-modules = Kursen har inga lektioner än.
learn-kind-text = text
learn-kind-video = video
learn-viewed = klar
learn-quizzes = Quizar
learn-no-quizzes = Kursen har inga quizar än.
learn-attachments = Bilagor
learn-bytes = { $size } kB
learn-lesson-done = Du har slutfört den här lektionen.
learn-lesson-queued = Sparat på den här enheten; skickas när du är online igen.
learn-mark-complete = Markera som klar
learn-outbox-complete = Lektion klar: { $title }
learn-video = Video
learn-video-questions = { $count ->
    [one] Videon stannar för en fråga.
   *[other] Videon stannar för { $count } frågor.
}
learn-video-no-skipping = Du kan inte hoppa förbi en fråga som du inte har besvarat.
learn-video-question = Fråga i videon
learn-video-require-correct = Svara rätt för att fortsätta.
learn-video-try-again = Inte riktigt. Försök igen för att fortsätta.
learn-video-continue = Fortsätt videon
learn-check = Kontrollera
learn-q-choose-one = Välj ett svar
learn-q-choose-several = Välj ett eller flera svar
learn-q-true-or-false = Sant eller falskt?
learn-q-true = Sant
learn-q-false = Falskt
learn-q-blank = Lucka { $n }
learn-q-number = Ditt svar (tal, med enhet vid behov)
learn-q-units = Enheter du kan använda: { $units }
learn-q-pick = Välj…
learn-q-order = Objekten i din ordning
learn-q-up = Flytta ”{ $item }” uppåt
learn-q-down = Flytta ”{ $item }” nedåt
learn-q-essay = Ditt svar
learn-q-files = Ladda upp din fil (högst { $max })
learn-q-remove-file = Ta bort
learn-q-unsupported = Den här frågetypen ({ $type }) kan inte besvaras här än.
learn-quiz-time-limit = Tidsgräns
learn-minutes = { $n } min
learn-quiz-untimed = ingen
learn-quiz-attempts = Tillåtna försök
learn-quiz-unlimited = obegränsat
learn-quiz-grading = Betyget som räknas
learn-grading-highest = bästa försöket
learn-grading-average = medelvärde av försöken
learn-grading-first = första försöket
learn-grading-last = senaste försöket
learn-quiz-pass = Betyg för godkänt
learn-quiz-feedback = Återkoppling
learn-feedback-deferred = efter att du lämnat in
learn-feedback-immediate = direkt efter varje svar
learn-feedback-interactive = efter varje försök, med ledtrådar
learn-quiz-closes = Stänger
learn-quiz-adaptive = Den här quizen anpassar sig efter dig: nästa fråga beror på dina svar.
learn-your-grade = Ditt betyg
learn-no-grade = Inget betyg än.
learn-grade-is = Betyg: { $grade }
learn-passed = godkänd
learn-not-passed = inte godkänd
learn-attempt-grades = Dina försök
learn-start-attempt = Starta eller fortsätt ett försök
learn-attempt-title = { $quiz } · försök { $n }
learn-question-n = Fråga { $n } ({ $marks } poäng)
learn-slot-n = fråga { $n }
learn-save-answer = Spara svar
learn-answer-first = Besvara frågan först.
learn-answer-waiting = Sparat på den här enheten, väntar på att skickas
learn-answer-unanswered = Inte besvarad än
learn-answer-answered = Svaret är sparat
learn-answer-right = Rätt
learn-answer-partial = Delvis rätt
learn-answer-wrong = Fel
learn-answer-needs_grading = Väntar på att en lärare bedömer det
learn-tries = försök: { $n }
learn-outbox-answer = Svar på fråga { $n } i { $quiz }
learn-outbox-submit = Lämna in { $quiz }
learn-submit = Lämna in allt och avsluta
learn-submit-waiting = Din inlämning är sparad på den här enheten och skickas när du är online igen.
learn-marks = Poäng: { $got } av { $max }
learn-hint = Ledtråd: { $hint }
learn-estimate = Uppskattad nivå: { $level } (standardfel { $se }) efter { $answered } svar.
learn-stop-precise_enough = Uppskattningen är tillräckligt exakt.
learn-stop-max_questions = Det högsta antalet frågor har ställts.
learn-stop-no_questions_left = Det fanns inga fler frågor.
learn-review = Genomgång
learn-attempt-abandoned = Försöket avbröts (tiden tog slut).
learn-needs-grading = Några svar väntar på en lärare; ditt betyg visas när de är bedömda.
learn-grade-hidden = Ditt betyg visas inte än.
learn-finished-at = Avslutat { $when }
learn-time-left = Tid kvar:
learn-time-left-announce = { $minutes ->
    [0] { $seconds } sekunder kvar
   *[other] { $minutes } minuter kvar
}
learn-time-over = Tiden är slut.
learn-edit-title = Redigera: { $title }
learn-course-settings = Kursinställningar
learn-publish = Publicera
learn-archive = Arkivera
learn-now-published = Kursen är publicerad.
learn-now-archived = Kursen är arkiverad.
learn-saved = Sparat.
learn-save = Spara
learn-badge-name = Märke för slutförande (namn)
learn-badge-days = Märket gäller i (dagar; tomt = alltid)
learn-cover = Omslagsbild
learn-modules = Moduler och lektioner
learn-add-module = Lägg till modul
learn-module-title = Modulens titel
learn-add-lesson-to = Lägg till en lektion i { $module }
learn-add-lesson = Lägg till lektion
learn-lesson-title = Lektionens titel
learn-lesson-kind = Lektionstyp
learn-lesson-markdown = Text (Markdown)
learn-attach = Bifoga en fil
learn-video-url = Videons adress (https)
learn-video-file = Eller ladda upp en video
learn-uploaded = Uppladdad.
learn-interactions = Frågor i videon
learn-at-secs = Vid sekund
learn-question = Fråga
learn-require-correct = Måste besvaras rätt
learn-add-interaction = Lägg till en fråga
learn-prevent-skipping = Förhindra att hoppa förbi obesvarade frågor
learn-bank = Frågebank
learn-bank-filter = Filtrera frågebanken
learn-category = Kategori
learn-tags = Taggar
learn-tags-hint = Skilj taggar åt med kommatecken.
learn-filter = Filtrera
learn-bank-count = { $count ->
    [one] En fråga
   *[other] { $count } frågor
}
learn-bank-empty = Frågebanken är tom: importera eller lägg till frågor först.
learn-question-name = Namn
learn-question-type = Typ
learn-version = Version
learn-type-single_choice = ett val
learn-type-multiple_choice = flerval
learn-type-true_false = sant/falskt
learn-type-fill_blanks = fyll i luckor
learn-type-numeric = numeriskt svar
learn-type-matching = para ihop
learn-type-ordering = ordningsföljd
learn-type-essay = uppsats
learn-type-file_upload = filuppladdning
learn-export = Exportera
learn-import = Importera frågor
learn-import-format = Format
learn-import-file = Fil
learn-import-paste = Eller klistra in texten
learn-import-run = Importera
learn-imported = { $count ->
    [one] En fråga importerad.
   *[other] { $count } frågor importerade.
}
learn-import-warnings = { $count ->
    [one] En varning
   *[other] { $count } varningar
}
learn-import-skipped = { $count ->
    [one] En fråga hoppades över
   *[other] { $count } frågor hoppades över
}
learn-import-at = Fråga { $position } ({ $name })
learn-new-question = Ny fråga
learn-add-question = Lägg till fråga
learn-question-text = Frågetext (Markdown; luckor som {"{"}1{"}"}, {"{"}2{"}"} …)
learn-question-answers = Svar (JSON)
learn-json-invalid = Svaren är inte giltig JSON: { $detail }
learn-question-created = Frågan ”{ $name }” har lagts till.
learn-difficulty = Svårighetsgrad (1–10)
learn-general-feedback = Allmän återkoppling
learn-hints = Ledtrådar (en per rad)
learn-new-quiz = Ny quiz
learn-create-quiz = Skapa quiz
learn-quiz-title = Quizens titel
learn-quiz-created = Quizen ”{ $title }” har skapats.
learn-quiz-questions = Fasta frågor
learn-select-all = Välj alla
learn-random-slot = Slumpade frågor
learn-random-count = Hur många
learn-quiz-minutes = Tidsgräns (minuter)
learn-quiz-minutes-hint = Tomt betyder ingen tidsgräns.
learn-quiz-attempts-hint = Tomt betyder obegränsat.
learn-quiz-delay = Sekunder mellan försök
learn-quiz-pass-percent = Betyg för godkänt (%)
learn-quiz-overdue = När tiden är slut
learn-overdue-auto_submit = lämna in de sparade svaren
learn-overdue-grace_period = ge en respittid för att lämna in
learn-overdue-abandon = avbryt försöket
learn-quiz-grace = Respittid (sekunder)
learn-quiz-required = Måste bli godkänd för att slutföra kursen
learn-enrollments = Anmälningar
learn-no-enrollments = Ingen har anmält sig än.
learn-approve = Godkänn
learn-grading-title = Bedömningskö
learn-grading-empty = Inget väntar på bedömning.
learn-learner = Deltagare
learn-grade-for = Bedöm { $name }
learn-rubric-points = { $criterion } (0–{ $max } poäng)
learn-grade-percent = Betyg (%)
learn-grade-comment = Kommentar till deltagaren
learn-grade-save = Spara bedömning
learn-move-up = Flytta ”{ $name }” uppåt
learn-move-down = Flytta ”{ $name }” nedåt
learn-delete = Ta bort ”{ $name }”
learn-delete-confirm = Ta bort ”{ $name }”? Det går inte att ångra.
learn-delete-progress-confirm = Deltagare har framsteg i ”{ $name }”. Ta bort det och deras framsteg där?
learn-shuffle = Blanda svarsalternativen i flervalsfrågor i varje försök
learn-review-options = Granskningsalternativ
learn-review-options-hint = Vad deltagarna ser av sitt försök i varje fas. "Direkt efter" är de två minuterna efter inlämning.
learn-review-phase-during = Under försöket
learn-review-phase-immediately_after = Direkt efter
learn-review-phase-later = Senare, medan quizen är öppen
learn-review-phase-after_close = Efter att quizen stängt
learn-review-item-marks = Poäng
learn-review-item-feedback = Återkoppling
learn-review-item-overall_feedback = Samlad återkoppling
learn-review-checkbox = { $item }: { $phase }
learn-bands = Samlad återkoppling efter betyg
learn-band-from = Från betyg (%)
learn-band-to = Under betyg (%; 100 inkluderar 100)
learn-band-text = Återkoppling för det här intervallet
learn-add-band = Lägg till ett betygsintervall
learn-prerequisites = Kurser att slutföra först
learn-no-other-courses = Det finns inga andra kurser i det här territoriet än.
learn-requires = Slutför först de här kurserna:
learn-actions = Åtgärder
learn-edit = Redigera
learn-edit-question = Redigera ”{ $name }”
learn-cancel-edit = Sluta redigera
learn-save-question = Spara fråga
learn-question-updated = ”{ $name }” är nu version { $version }; { $count ->
    [one] ett avslutat försök bedömdes om.
   *[other] { $count } avslutade försök bedömdes om.
}
learn-regrade = Bedöm om avslutade försök som använde frågan
# Question editor (questions/QuestionEditor.tsx)
learn-qf-general = Allmänt
learn-qf-answers = Svar: { $type }
learn-qf-type-locked = En rättelse behåller frågetypen; lägg till en ny fråga för att byta typ.
learn-qf-default-mark = Standardpoäng
learn-qf-penalty = Avdrag per felaktigt försök (%)
learn-qf-shuffle = Blanda svarsalternativen (stäng av vid ”alla ovanstående”)
learn-qf-hints = Ledtrådar
learn-qf-hints-hint = Visas en i taget efter felaktiga försök i interaktiva quiz.
learn-qf-hint-n = Ledtråd { $n }
learn-qf-hint-text = Ledtrådstext
learn-qf-add-hint = Lägg till en ledtråd
learn-qf-up = Upp
learn-qf-down = Ned
learn-qf-remove = Ta bort
learn-qf-remove-row = Ta bort ”{ $item }”
learn-qf-choices = Svarsalternativ
learn-qf-choices-hint-single = Betyget är poängandelen för att välja det, i %: ett alternativ måste ha 100.
learn-qf-choices-hint-multi = Betyget är poängandelen för att välja det, i %, från −100 till 100; negativa betyg drar av poäng.
learn-qf-choice-n = Alternativ { $n }
learn-qf-choice-text = Text
learn-qf-add-choice = Lägg till ett alternativ
learn-qf-grade = Betyg (%)
learn-qf-feedback = Återkoppling
learn-qf-partial-credit = Delpoäng
learn-qf-partial-fractions = Summera betygen för de valda alternativen (Moodle)
learn-qf-partial-right_minus_wrong = Andel rätta val minus andel felaktiga val (Canvas)
learn-qf-partial-all_or_nothing = Allt eller inget: bara exakt de rätta valen ger poäng
learn-qf-correct-answer = Rätt svar
learn-qf-feedback-true = Återkoppling på svaret ”Sant”
learn-qf-feedback-false = Återkoppling på svaret ”Falskt”
learn-qf-blanks = Luckor
learn-qf-blanks-hint = Skriv {"{"}1{"}"}, {"{"}2{"}"} … i frågetexten där varje lucka ska stå.
learn-qf-accepted = Godkända svar
learn-qf-accepted-hint = * matchar vilken text som helst. Ett svar måste ha betyget 100.
learn-qf-blank-answer-n = Lucka { $n }, svar { $count }
learn-qf-answer-text = Godkänd text
learn-qf-add-answer-to = Lägg till ett svar för lucka { $n }
learn-qf-case-sensitive = Stora och små bokstäver måste stämma
learn-qf-normalize = Bortse från extra mellanslag
learn-qf-numeric-answers = Godkända värden
learn-qf-numeric-hint = Ett värde godkänns inom ± toleransen, i basenheten. Ett värde måste ha betyget 100.
learn-qf-value-n = Värde { $n }
learn-qf-value = Värde
learn-qf-tolerance = Tolerans (±)
learn-qf-add-value = Lägg till ett värde
learn-qf-units = Enheter
learn-qf-units-hint = Basenheten har multiplikatorn 1; en annan enhets multiplikator är hur många av den som utgör en basenhet (cm: 100 när basenheten är m).
learn-qf-unit-n = Enhet { $n }
learn-qf-unit-name = Enhet
learn-qf-multiplier = Multiplikator
learn-qf-add-unit = Lägg till en enhet
learn-qf-unit-required = Ett svar utan enhet är fel
learn-qf-pairs = Par
learn-qf-pairs-hint = Deltagaren väljer det matchande svaret för varje uppgift.
learn-qf-pair-n = Par { $n }
learn-qf-prompt = Uppgift
learn-qf-match = Matchande svar
learn-qf-add-pair = Lägg till ett par
learn-qf-distractors = Extra felaktiga svar
learn-qf-distractor-n = Felaktigt svar { $n }
learn-qf-distractor = Felaktigt svar
learn-qf-add-distractor = Lägg till ett felaktigt svar
learn-qf-items = Element
learn-qf-items-hint = I rätt ordning; deltagarna får dem blandade.
learn-qf-item-n = Element { $n }
learn-qf-item = Elementtext
learn-qf-add-item = Lägg till ett element
learn-qf-rubric = Bedömningsmatris
learn-qf-rubric-hint = Bedömarna ger poäng per kriterium; poängen skalas till frågans poäng.
learn-qf-criterion-n = Kriterium { $n }
learn-qf-description = Beskrivning
learn-qf-points = Poäng
learn-qf-add-criterion = Lägg till ett kriterium
learn-qf-grader-info = Information till bedömare
learn-qf-max-files = Högsta antal filer en deltagare får ladda upp
learn-qf-preview = Förhandsgranskning
learn-qf-preview-hint = Så ser en deltagare den (inget sparas). Markdown formateras när frågan har sparats.
learn-qf-json = JSON (avancerat)
learn-qf-json-apply = Använd denna JSON
learn-qf-json-no-type = JSON behöver en "type", en av: { $detail }.
learn-qf-json-locked = En rättelse behåller typen: JSON-fältet "type" måste vara { $type }.
learn-qf-problems = { $count ->
    [one] En sak behöver rättas innan frågan kan sparas:
   *[other] { $count } saker behöver rättas innan frågan kan sparas:
}
learn-qf-regrade-hint = Utan ny bedömning behåller avslutade försök sina poäng; nya försök använder den rättade frågan.
learn-qf-delete = Ta bort
learn-qf-delete-question = Ta bort ”{ $name }”
learn-qf-delete-confirm = Ta bort ”{ $name }” från frågebanken? Det går inte att ångra.
learn-qf-deleted = Frågan ”{ $name }” har tagits bort.
learn-qf-delete-in-use = ”{ $name }” används fortfarande och togs inte bort.
learn-qf-err-name = Ge frågan ett namn.
learn-qf-err-text = Skriv frågetexten.
learn-qf-err-difficulty = Svårighetsgraden är ett heltal från 1 till 10.
learn-qf-err-mark = Standardpoängen måste vara ett tal över 0.
learn-qf-err-penalty = Avdraget är en procentsats från 0 till 100.
learn-qf-err-category = En kategori har högst 200 tecken.
learn-qf-err-tags = Varje tagg har högst 50 tecken.
learn-qf-err-number = Ange ett tal, till exempel 1,5.
learn-qf-err-grade = Betyget är en procentsats från −100 till 100.
learn-qf-err-grade-positive = Betyget är en procentsats från 0 till 100.
learn-qf-err-choice-text = Alternativ { $n } har ingen text.
learn-qf-err-two-choices = Ange minst två alternativ.
learn-qf-err-full-choice = Ett alternativ måste ha betyget 100.
learn-qf-err-right-choice = Minst ett alternativ måste ha ett betyg över 0.
learn-qf-err-one-blank = Lägg till minst en lucka.
learn-qf-err-placeholder = Frågetexten saknar {"{"}{ $n }{"}"} för lucka { $n }.
learn-qf-err-blank-full = Lucka { $n } behöver ett svar med betyget 100.
learn-qf-err-answer-text = Skriv den godkända texten.
learn-qf-err-tolerance = Toleransen kan inte vara negativ.
learn-qf-err-numeric-full = Ett godkänt värde måste ha betyget 100.
learn-qf-err-unit-name = Namnge enheten, till exempel cm.
learn-qf-err-multiplier = Multiplikatorn måste vara ett tal över 0.
learn-qf-err-two-pairs = Ange minst två par.
learn-qf-err-prompt = Par { $n } saknar uppgift.
learn-qf-err-pair-answer = Par { $n } saknar matchande svar.
learn-qf-err-two-items = Ange minst två element.
learn-qf-err-item = Element { $n } är tomt.
learn-qf-err-criterion = Kriterium { $n } saknar beskrivning.
learn-qf-err-points = Poäng kan inte vara negativa.
learn-qf-err-max-files = Tillåt minst en fil (ett heltal).
learn-adaptive = Adaptiv quiz
learn-adaptive-on = Välj varje fråga utifrån deltagarens svar hittills (fasta och slumpade frågor används då inte)
learn-adaptive-lowest = Lägsta svårighetsgrad
learn-adaptive-highest = Högsta svårighetsgrad
learn-adaptive-start = Startnivå
learn-adaptive-se = Stoppa vid standardfel (logits)
learn-adaptive-min = Minst antal frågor
learn-adaptive-max = Högst antal frågor
learn-delete-yes = Ta bort
learn-delete-anyway = Ta bort ändå
learn-delete-cancel = Avbryt
learn-delete-loss = Deltagare skulle förlora sina data i ”{ $name }”:
learn-rename = Byt namn på ”{ $name }”
learn-rename-save = Spara namn
learn-renamed = Nytt namn: ”{ $name }”.
learn-lesson-edit = Redigera ”{ $name }”
learn-lesson-edit-of = Redigera lektionen ”{ $name }”
learn-lesson-module = Modul för ”{ $name }”
learn-lesson-move = Flytta ”{ $name }” dit
learn-lesson-moved = ”{ $name }” har flyttats till ”{ $module }”.
learn-lesson-save = Spara lektion
learn-lesson-saved = Lektionen ”{ $name }” har sparats.
learn-lesson-completed-by = { $count ->
    [one] En deltagare har slutfört lektionen; slutförandet finns kvar när du sparar.
   *[other] { $count } deltagare har slutfört lektionen; deras slutföranden finns kvar när du sparar.
}
learn-interaction-answered-by = { $count ->
    [one] Besvarad av en deltagare.
   *[other] Besvarad av { $count } deltagare.
}
learn-remove-attachment = Ta bort ”{ $name }”
learn-remove-interaction = Ta bort fråga { $n }
learn-save-loss = Om du sparar ”{ $name }” raderas deltagarnas svar:
learn-save-anyway = Spara ändå
learn-quiz-opens = Öppnar
learn-quiz-edit-settings = Ändra inställningar för ”{ $title }”
learn-quiz-settings-of = Inställningar för ”{ $title }”
learn-quiz-save-settings = Spara inställningar
learn-quiz-settings-saved = Quizens inställningar har sparats.
learn-quiz-edit-slots = Ändra frågorna i ”{ $title }”
learn-quiz-slots-of = Frågorna i ”{ $title }”
learn-quiz-save-slots = Spara frågorna
learn-quiz-slots-saved = Quizens frågor har sparats.
learn-slots-empty = En quiz behöver minst en fråga eller en slumpad dragning.
learn-slots-adaptive = Den här quizen är adaptiv: frågorna kommer från poolen i dess inställningar (Ändra inställningar), inte från en lista.
learn-slot-random = { $n ->
    [one] En slumpad fråga
   *[other] { $n } slumpade frågor
}
learn-slot-count-invalid = Ange ett heltal som är minst 1.
learn-slot-duplicate = Den här frågan finns redan i quizen.
learn-slot-up = Flytta ”{ $what }” uppåt
learn-slot-down = Flytta ”{ $what }” nedåt
learn-slot-remove = Ta bort ”{ $what }”
learn-remove = Ta bort
learn-slot-add-question = Fråga från banken
learn-slot-pick = Välj en fråga
learn-slot-add = Lägg till frågan
learn-slot-add-random = Lägg till slumpade frågor
learn-past-attempts = Dina tidigare försök
learn-attempt-state = Status
learn-attempt-started = Startat
learn-attempt-submitted = Inlämnat
learn-attempt-grade = Betyg
learn-attempt-open = Öppna
learn-attempt-state-in_progress = Pågår
learn-attempt-state-finished = Avslutat
learn-attempt-state-abandoned = Avbrutet
learn-attempt-needs-grading = Väntar på bedömning
learn-attempt-review = Granska försök { $n }
learn-attempt-continue = Fortsätt försök { $n }
error-quiz_has_attempts = Quizen har redan försök: dess frågor, återkopplingsläge och adaptiva pool kan inte längre ändras. Allt annat kan.
error-course_not_found = Kursen finns inte, eller så är den inte publicerad.
error-quiz_not_found = Quizen finns inte.
error-lesson_not_found = Lektionen finns inte.
error-attempt_not_found = Försöket finns inte.
error-not_enrolled = Anmäl dig till kursen först.
error-enrollment_pending = Din anmälan väntar fortfarande på godkännande.
error-prerequisites_missing = Slutför först de kurser som den här kursen kräver.
error-course_not_open = Kursen är inte öppen för anmälan.
error-lesson_incomplete = Besvara först videons frågor (rätt där det krävs).
error-attempt_time_expired = Tiden för det här försöket är slut.
error-attempt_closed = Försöket är avslutat; svaren kan inte längre ändras.
error-already_answered = Frågan är redan bedömd; den tillåter ett svar.
error-no_tries_left = Frågan är klar: rätt besvarad, eller alla försök är använda.
error-no_attempts_left = Du har använt alla försök som quizen tillåter.
error-quiz_not_open = Quizen är inte öppen än.
error-quiz_closed = Quizen är stängd.
error-response_mismatch = Svaret passar inte frågan; kontrollera det och försök igen.
error-client_id_reused = Den här begäran har redan använts till något annat; ladda om sidan.
error-file_too_large = Filen är för stor.
error-file_type_not_allowed = Den här filtypen är inte tillåten.

## passkeys
passkeys-title = Nycklar (passkeys)
passkeys-intro = En nyckel loggar in dig med enhetens skärmlås eller en säkerhetsnyckel i stället för ett lösenord, och räknas som andra steget efter lösenordet. Nycklar kan inte nätfiskas: de fungerar bara på den här webbplatsen.
passkeys-none = Du har inga nycklar än.
passkeys-add = Lägg till en nyckel på den här enheten
passkeys-name = Namn
passkeys-name-hint = Så att du kan skilja dina nycklar åt, t.ex. ”Laptop” eller ”Telefon”.
passkeys-default-name = Nyckel
passkeys-added-notice = Nyckeln har lagts till. Från och med nu ber inloggning med lösenord också om en nyckel.
passkeys-recovery-intro = Din nyckel kom med tio återställningskoder. Spara dem på ett säkert ställe nu; de visas bara en gång. Varje kod ersätter en borttappad nyckel en gång, när du loggar in eller återställer lösenordet.
passkeys-added = tillagd { $date }
passkeys-last-used = senast använd { $date }
passkeys-synced = synkroniseras av leverantören
passkeys-rename = Byt namn
passkeys-delete = Ta bort nyckel
passkeys-delete-hint = Bekräfta att det är du med ditt nuvarande lösenord.
passkeys-unsupported = Den här webbläsaren kan inte använda nycklar.
passkeys-sign-in = Logga in med en nyckel
passkeys-sign-in-intro = Inget lösenord behövs: välj din nyckel när webbläsaren frågar.
passkeys-use = Använd din nyckel
passkeys-second-factor-intro = Bekräfta med en av dina nycklar för att slutföra inloggningen.
error-passkey_cancelled = Begäran om nyckel avbröts eller tog för lång tid. Försök igen.
error-passkey_rejected = Nyckelns svar godtogs inte. Försök igen.
error-passkey_ceremony_expired = Begäran om nyckel har gått ut. Försök igen.
error-passkey_exists = Den här nyckeln är redan registrerad.
error-no_passkeys = Kontot har ingen nyckel; bekräfta på annat sätt.
error-role_not_delegable = Bara en plattformsadministratör kan ge administratörsroller.
activity-passkey_added = Nyckel tillagd
activity-passkey_removed = Nyckel borttagen

## Operatörsskärmar: territorier, användare, flyttar, granskningslogg, döda meddelanden; territoriets medlemmar
operator-moves-manage = Starta och styr flyttar
operator-my-territories = Territorier du ansvarar för:
admin-nav = Operatörsskärmar
admin-nav-overview = Översikt
admin-nav-territories = Territorier
admin-nav-users = Användare
admin-nav-moves = Flyttar
admin-nav-audit = Granskningslogg
admin-nav-events = Döda meddelanden
admin-platform-admin-only = Den här skärmen är för plattformsadministratörer. Logga in med ett plattformsadministratörskonto (från ett tillåtet administrationsnätverk).
admin-actions = Åtgärder
admin-confirm = Ja, { $action }
admin-keep = Nej, behåll
admin-yes = Ja
admin-no = Nej
admin-previous = Föregående sida
admin-next = Nästa sida
admin-territories-title = Territorier (administration)
admin-territories-intro = Skapa ett territorium: dess databasschema sätts upp på regionens primära server, och det tar emot registreringar direkt.
admin-territories-all = Alla territorier
admin-territory-code = Kod
admin-territory-code-hint = Två bokstäver, till exempel IS. Kan inte ändras senare.
admin-territory-name = Namn
admin-territory-region = Region
admin-territory-language = Standardspråk
admin-territory-language-hint = En språkkod, till exempel is, sv eller pt-BR.
admin-territory-status = Status
admin-territory-create = Skapa territorium
admin-territory-created = Territoriet { $territory } har skapats.
admin-territory-code-invalid = Använd två bokstäver, till exempel IS.
admin-territory-name-invalid = Ange ett namn på 1 till 100 tecken.
admin-territory-region-invalid = Välj en region.
admin-territory-language-invalid = Använd en språkkod, till exempel is eller pt-BR.
admin-users-title = Användaradministration
admin-users-intro = Hitta konton efter användarnamn, e-postadress eller namn i deras hemterritorium. Spärrning avslutar alla kontots sessioner; upphävd spärr låter det logga in igen.
admin-users-search = Hitta användare
admin-users-territory = Territorium
admin-users-query = Användarnamn, e-post eller namn
admin-users-found = { $count ->
    [one] Ett konto hittades.
   *[other] { $count } konton hittades.
}
admin-user-active = Aktivt
admin-user-locked = Spärrat
admin-user-unverified = inte bekräftad
admin-user-created = Skapat
admin-user-locked-at = Spärrat sedan
admin-user-id = Användar-id
admin-user-roles = Roller
admin-user-no-roles = Inga roller utöver medlemskap i hemterritoriet.
admin-user-lock = Spärra konto
admin-user-lock-question = Spärra { $handle }? Personen loggas ut överallt och kan inte logga in förrän spärren hävs.
admin-user-locked-done = { $handle } är spärrat; { $count ->
    [one] en session avslutades.
   *[other] { $count } sessioner avslutades.
}
admin-user-unlock = Häv spärr
admin-user-unlocked = Spärren för { $handle } är hävd och personen kan logga in igen.
admin-user-revoke-sessions = Avsluta alla sessioner
admin-user-revoke-sessions-question = Avsluta alla sessioner för { $handle }? Personen måste logga in igen.
admin-user-sessions-revoked = { $count ->
    [one] En session för { $handle } avslutades.
   *[other] { $count } sessioner för { $handle } avslutades.
}
admin-role = Roll
admin-role-territory = I territoriet
admin-role-grant = Tilldela roll
admin-role-grant-for = Tilldela { $handle } en roll
admin-role-granted = { $handle } har nu rollen { $item }.
admin-role-revoke = Återkalla
admin-role-revoke-question = Återkalla { $item } från { $handle }?
admin-role-revoked = { $item } har återkallats från { $handle }.
admin-role-in = { $item } i { $territory }
role-platform_admin = Plattformsadministratör
role-territory_admin = Territorieadministratör
role-moderator = Moderator
role-instructor = Lärare
role-translator = Översättare
role-member = Medlem
admin-moves-title = Flytt av territorier
admin-moves-intro = Flytta ett territorium till en annan regions databasserver medan det är online. Förloppet uppdateras av sig självt; avbryt, återställ och slutför kräver bekräftelse.
admin-moves-all = Alla flyttar
admin-move-start-title = Starta en flytt
admin-move-target = Målregion eller databasnod
admin-move-target-hint = En regionkod som am, eller namnet på en databasnod.
admin-move-target-required = Ange vart territoriet ska flyttas.
admin-move-start = Starta flytt
admin-move-open = Visa flytten av { $territory }
admin-move-detail = Flytt av { $territory }
admin-move-eta = cirka { $seconds } s kvar
admin-move-action-done = { $action }: mottaget medan flytten var i läget ”{ $detail }”; förloppet nedan följer med.
admin-move-tables = Tabeller
admin-move-table = Tabell
admin-move-rows = Kopierade rader
admin-move-validated = Validerad
admin-move-steps = Steglogg (senaste)
move-state-schema = Skapar schema
move-state-copy = Kopierar
move-state-catch_up = Kommer ikapp
move-state-validate = Validerar
move-state-read_shift = Flyttar läsningar
move-state-switch = Byter skrivningar
move-state-monitor = Övervakar
move-state-completed = Slutförd
move-state-cancelled = Avbruten
move-state-rolled_back = Återställd
move-state-failed = Misslyckad
move-action-advance = Gå vidare
move-action-pause = Pausa
move-action-resume = Återuppta
move-action-cancel = Avbryt flytten
move-action-reverse = Återställ
move-action-complete = Slutför
move-action-restart = Starta om
move-action-cancel-question = Avbryta flytten av { $territory }? Kopian på målet tas bort och territoriet stannar där det är.
move-action-reverse-question = Återställa flytten av { $territory }? Skrivningar går tillbaka till källservern.
move-action-complete-question = Slutföra flytten av { $territory }? Replikeringen stoppas och det gamla schemat arkiveras; därefter kan flytten inte återställas.
admin-audit-title = Granskningslogg
admin-audit-intro = Säkerhets- och administrationsåtgärder i en hashkedja: varje post förseglar den föregående, så en ändrad eller raderad post syns när kedjan kontrolleras.
admin-audit-verify = Kontrollera kedjan
admin-audit-limit = Antal poster
admin-audit-chain-ok = Kedjan är intakt: { $count } poster kontrollerade.
admin-audit-chain-broken = Kedjan är bruten vid post { $position } ({ $count } poster kontrollerade): { $detail }
admin-audit-count = { $count ->
    [one] En post, nyaste först
   *[other] { $count } poster, nyaste först
}
admin-audit-at = När
admin-audit-action = Åtgärd
admin-audit-target = Mål
admin-audit-actor = Av
admin-audit-detail = Detaljer
admin-events-title = Döda meddelanden
admin-events-intro = Händelser som en mottagare gav upp efter sina nya försök. Åtgärda orsaken och spela upp dem igen: händelsen går genom mottagaren på nytt.
admin-events-none = Inga döda meddelanden i { $territory }.
admin-events-caption = Öppna döda meddelanden i { $territory }, nyaste först
admin-events-subject = Händelse
admin-events-consumer = Mottagare
admin-events-attempts = Försök
admin-events-failed-at = Misslyckades
admin-events-replay = Spela upp igen
admin-events-replayed = { $item } har behandlats.
admin-events-replay-failed = { $item } misslyckades igen; det förblir ett dött meddelande.
members-title = Medlemmar i { $territory }
members-back = Tillbaka till { $territory }
members-intro = Territoriets konton. Territorieadministratörer tilldelar och återkallar här rollerna moderator, lärare, översättare och medlem; administratörsroller kommer från en plattformsadministratör.
members-count = { $count ->
    [one] Ett konto
   *[other] { $count } konton
}
members-account = Konto
members-role-for = Roll för { $handle }
members-granted = { $handle } har nu rollen { $item }. Roller här: { $detail }.
members-revoked = { $item } har återkallats från { $handle }. Roller här: { $detail }.
error-territory_exists = Det finns redan ett territorium med den koden.
error-admin_network_refused = Administrationsåtgärder fungerar bara från de administrationsnätverk servern tillåter (identity.admin_allow).
error-user_not_found = Det kontot finns inte (längre).
error-grant_not_found = Kontot har inte den rollen där.
error-territory_required = Välj ett territorium att söka i.
error-query_too_long = Sök efter högst 100 tecken.
error-invalid_limit = Den sidstorleken är inte tillåten.
error-invalid_language = Det är inte en språkkod som sv eller pt-BR.
error-move_not_found = Territoriet har inte flyttats.
error-move_in_progress = Territoriet håller redan på att flyttas.
error-move_same_server = Målet använder samma databas som territoriet: en flytt kräver en annan server (i inbäddat läge ligger alla regioner i en databas).
error-move_finished = Den flytten är avslutad.
error-move_cannot_advance = Gå vidare fungerar under ikappkörning, validering och flytt av läsningar.
error-move_cannot_cancel = Skrivningarna har redan bytts: återställ flytten i stället.
error-move_cannot_reverse = Återställning fungerar efter bytet av skrivningar, innan flytten slutförts.
error-move_cannot_complete = Slutförande fungerar efter bytet av skrivningar.
error-move_cannot_restart = Bara en misslyckad flytt kan startas om.
error-move_target_unreachable = Måldatabasservern går inte att nå.
error-dead_letter_not_found = Det döda meddelandet finns inte (längre).
