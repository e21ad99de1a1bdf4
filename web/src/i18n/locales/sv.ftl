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
