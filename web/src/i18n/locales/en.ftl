app-name = UnityPlan
skip-to-content = Skip to content
nav-label = Main
nav-territories = Territories
nav-operator = Operator dashboard
language-label = Language
loading = Loading…
retry = Try again
offline-banner = You are offline. Pages you have visited can still be read; changes wait until you are back online.
outbox-waiting = { $count ->
    [one] One change is waiting to sync.
   *[other] { $count } changes are waiting to sync.
}
outbox-failed = { $count ->
    [one] One change could not be sent.
   *[other] { $count } changes could not be sent.
}
outbox-sync-now = Sync now
outbox-discard = Discard
outbox-sent-at = Queued { $when }
not-found-title = Page not found
not-found-body = There is no page at this address.
not-found-home = Go to the territory list
page-title = { $page } · UnityPlan

territories-title = Territories
territories-intro = Pick your territory to see its home page.
territories-count = { $count ->
    [one] One territory
   *[other] { $count } territories
}
territory-region = Region
territory-language = Language
territory-health = Health
territory-status = Status
health-ok = Available
health-unavailable = Unavailable
status-provisioning = Being set up
status-active = Active
status-moving = Moving to another region
status-suspended = Suspended
territory-created = Created
territory-epoch = Routing epoch
territory-live-title = Live status
territory-served-by = Served by database node
territory-migrations = Schema migrations applied
territory-provisioned = Provisioned
territory-back = All territories
territory-checked = Checked { $when }

operator-title = Operator dashboard
operator-intro = Regions, database nodes and territories. Refreshes every { $seconds } seconds.
operator-ready = Platform ready
operator-not-ready = Platform not ready
operator-control-plane = Control plane
operator-control-ok = Reachable
operator-control-down = Unreachable
operator-updated = Last updated { $when }
operator-refresh = Refresh now
operator-regions = Regions
operator-region-ready = Ready
operator-region-down = No reachable primary
operator-nodes = Database nodes
operator-node = Node
operator-address = Address
operator-role = Configured role
operator-state = Observed state
operator-lag = Replication lag
operator-lag-value = { NUMBER($seconds, maximumFractionDigits: 2) } s
operator-pool = Pool (open / idle / max)
operator-checked = Last check
operator-error = Last error
operator-none = —
operator-territories = Territories ({ $count })
operator-summary = { $regions } regions, { $nodes } nodes, { $territories } territories
node-state-unknown = Unknown
node-state-primary = Primary
node-state-standby = Standby
node-state-down = Down

error-title = Something went wrong
error-network_unreachable = The server cannot be reached. Check your connection; we will try again when you are back online.
error-bad_response = The server sent an answer we could not read. Please try again in a moment.
error-territory_not_found = There is no territory with that code.
error-invalid_territory_code = A territory code is two letters, such as DK.
error-invalid_region_code = That is not a valid region code.
error-region_unavailable = This territory's region is unreachable right now. Please try again shortly.
error-territory_unavailable = This territory is unavailable right now. Please try again shortly.
error-territory_moving = This territory is moving to another region; it will be back in a moment.
error-database_unavailable = The database is unavailable right now. Please try again shortly.
error-control_plane_unavailable = The platform's registry is unavailable right now. Please try again shortly.
error-route_not_found = That address does not exist on the server.
error-method_not_allowed = The server does not accept that action here.
error-validation_failed = Some fields need correcting.
error-unauthenticated = Please sign in first.
error-rate_limited = Too many attempts. Please wait a little and try again.
error-request_timeout = The server took too long to answer. Please try again.
error-internal = Something went wrong on our side. Please try again.
