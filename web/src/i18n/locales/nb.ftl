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
