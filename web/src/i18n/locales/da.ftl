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
