app-name = UnityPlan
skip-to-content = Saltar al contenido
nav-label = Principal
nav-territories = Territorios
nav-operator = Panel de operación
language-label = Idioma
loading = Cargando…
retry = Reintentar
offline-banner = Estás sin conexión. Puedes seguir leyendo las páginas que ya visitaste; los cambios esperan hasta que vuelvas a estar en línea.
outbox-waiting = { $count ->
    [one] Un cambio espera para sincronizarse.
   *[other] { $count } cambios esperan para sincronizarse.
}
outbox-failed = { $count ->
    [one] Un cambio no se pudo enviar.
   *[other] { $count } cambios no se pudieron enviar.
}
outbox-sync-now = Sincronizar ahora
outbox-discard = Descartar
outbox-sent-at = En cola desde { $when }
not-found-title = Página no encontrada
not-found-body = No hay ninguna página en esta dirección.
not-found-home = Ir a la lista de territorios
page-title = { $page } · UnityPlan

territories-title = Territorios
territories-intro = Elige tu territorio para ver su página de inicio.
territories-count = { $count ->
    [one] Un territorio
   *[other] { $count } territorios
}
territory-region = Región
territory-language = Idioma
territory-health = Estado de servicio
territory-status = Estado
health-ok = Disponible
health-unavailable = No disponible
status-provisioning = En preparación
status-active = Activo
status-moving = Trasladándose a otra región
status-suspended = Suspendido
territory-created = Creado
territory-epoch = Época de enrutamiento
territory-live-title = Estado actual
territory-served-by = Servido por el nodo de base de datos
territory-migrations = Migraciones de esquema aplicadas
territory-provisioned = Creado en la base de datos
territory-back = Todos los territorios
territory-checked = Comprobado { $when }

operator-title = Panel de operación
operator-intro = Regiones, nodos de base de datos y territorios. Se actualiza cada { $seconds } segundos.
operator-ready = Plataforma lista
operator-not-ready = Plataforma no lista
operator-control-plane = Plano de control
operator-control-ok = Accesible
operator-control-down = Inaccesible
operator-updated = Última actualización { $when }
operator-refresh = Actualizar ahora
operator-regions = Regiones
operator-region-ready = Lista
operator-region-down = Sin primario accesible
operator-nodes = Nodos de base de datos
operator-node = Nodo
operator-address = Dirección
operator-role = Rol configurado
operator-state = Estado observado
operator-lag = Retraso de replicación
operator-lag-value = { NUMBER($seconds, maximumFractionDigits: 2) } s
operator-pool = Pool (abiertas / libres / máx.)
operator-checked = Última comprobación
operator-error = Último error
operator-none = —
operator-territories = Territorios ({ $count })
operator-summary = { $regions } regiones, { $nodes } nodos, { $territories } territorios
node-state-unknown = Desconocido
node-state-primary = Primario
node-state-standby = En espera
node-state-down = Caído

error-title = Algo salió mal
error-network_unreachable = No se puede contactar con el servidor. Comprueba tu conexión; lo intentaremos de nuevo cuando vuelvas a estar en línea.
error-bad_response = El servidor envió una respuesta que no pudimos leer. Inténtalo de nuevo en un momento.
error-territory_not_found = No existe ningún territorio con ese código.
error-invalid_territory_code = Un código de territorio tiene dos letras, por ejemplo ES.
error-invalid_region_code = Ese no es un código de región válido.
error-region_unavailable = La región de este territorio no está accesible ahora. Inténtalo de nuevo en breve.
error-territory_unavailable = Este territorio no está disponible ahora. Inténtalo de nuevo en breve.
error-territory_moving = Este territorio se está trasladando a otra región; volverá en un momento.
error-database_unavailable = La base de datos no está disponible ahora. Inténtalo de nuevo en breve.
error-control_plane_unavailable = El registro de la plataforma no está disponible ahora. Inténtalo de nuevo en breve.
error-route_not_found = Esa dirección no existe en el servidor.
error-method_not_allowed = El servidor no acepta esa acción aquí.
error-validation_failed = Hay campos que corregir.
error-unauthenticated = Inicia sesión primero.
error-rate_limited = Demasiados intentos. Espera un poco e inténtalo de nuevo.
error-request_timeout = El servidor tardó demasiado en responder. Inténtalo de nuevo.
error-internal = Algo salió mal por nuestra parte. Inténtalo de nuevo.
