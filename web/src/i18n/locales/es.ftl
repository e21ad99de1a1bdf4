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

nav-sign-in = Iniciar sesión
nav-register = Crear cuenta
nav-account = Cuenta ({ $name })
nav-sign-out = Cerrar sesión
form-busy = Un momento…

field-handle = Nombre de usuario
field-handle-hint = De 3 a 30 caracteres: a–z, 0–9 y _, empezando por una letra. Los demás te ven como @usuario:territorio.
field-display-name = Nombre visible
field-email = Correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-hint = Al menos 8 caracteres y difícil de adivinar; una frase de varias palabras funciona bien.
field-language = Idioma
field-login = Nombre de usuario o correo electrónico
field-totp-code = Código de 6 dígitos de tu aplicación de autenticación
field-recovery-code = Código de recuperación
field-code-optional = Código de autenticación o de recuperación
field-totp-or-recovery = Código de autenticación o código de recuperación

register-title = Crear una cuenta
register-intro = Tu cuenta pertenece a un territorio de origen; puedes participar en todas partes.
register-territory = Territorio de origen
register-submit = Crear cuenta
register-done = ¡Te damos la bienvenida, { $handle }! Enviamos un enlace de confirmación a { $email }. Ábrelo y luego inicia sesión.
register-have-account = ¿Ya tienes una cuenta?

verify-title = Confirma tu correo electrónico
verify-done = Tu correo electrónico está confirmado. Ya puedes iniciar sesión.

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-verify = Verificar
sign-in-second-factor = Verificación en dos pasos
sign-in-totp-intro = Introduce el código que muestra tu aplicación de autenticación para UnityPlan.
sign-in-recovery-intro = Introduce uno de los códigos de recuperación que guardaste al activar la verificación en dos pasos. Cada uno sirve una vez.
sign-in-use-totp = Usar un código de autenticación
sign-in-use-recovery = Usar un código de recuperación
sign-in-forgot = ¿Olvidaste tu contraseña?
sign-in-no-account = ¿Eres nuevo?

reset-title = Restablecer la contraseña
reset-intro = Te enviaremos un enlace para elegir una contraseña nueva.
reset-request = Enviar el enlace
reset-sent = Si existe una cuenta, el enlace va en camino. Sirve durante un tiempo limitado.
reset-submit = Guardar la nueva contraseña
reset-done = Tu contraseña ha cambiado y se cerraron todas las sesiones. Inicia sesión con la nueva contraseña.
reset-code-hint = Solo hace falta si la verificación en dos pasos está activada.

account-nav = Cuenta
account-overview = Resumen
account-security = Verificación en dos pasos
account-sessions = Sesiones
account-api-keys = Claves de API
account-activity = Actividad
account-title = Tu cuenta
account-verified = confirmado
account-unverified = sin confirmar
account-two-factor = Verificación en dos pasos
account-two-factor-on = Activada
account-two-factor-off = Desactivada
account-member-since = Miembro desde
territory-title = Territorio de origen

security-title = Verificación en dos pasos
security-off = La verificación en dos pasos está desactivada. Actívala para que una contraseña robada no baste para abrir tu cuenta.
security-on = La verificación en dos pasos está activada: al iniciar sesión se pide un código de tu aplicación de autenticación.
security-start = Activar la verificación en dos pasos
security-password-hint = Confirma que eres tú con tu contraseña actual.
security-scan = Escanea este código con tu aplicación de autenticación
security-qr-alt = Código QR para tu aplicación de autenticación
security-manual = ¿No puedes escanear? Introduce esta clave en la aplicación:
security-confirm = Confirmar y activar
security-enabled = La verificación en dos pasos está activada.
security-recovery-title = Tus códigos de recuperación
security-recovery-intro = Guárdalos ahora en un lugar seguro; solo se muestran una vez. Cada código te permite entrar una vez si pierdes tu aplicación de autenticación.
security-disable = Desactivar la verificación en dos pasos
security-disabled = La verificación en dos pasos está desactivada.

sessions-title = Tus sesiones
sessions-count = { $count ->
    [one] Una sesión activa
   *[other] { $count } sesiones activas
}
sessions-device = Dispositivo
sessions-ip = Dirección IP
sessions-created = Inicio de sesión
sessions-last-seen = Última actividad
sessions-expires = Caduca
sessions-actions = Acciones
sessions-current = este dispositivo
sessions-revoke = Cerrar esta sesión
sessions-revoke-others = Cerrar sesión en todos los demás sitios

keys-title = Claves de API
keys-create = Crear clave
keys-created = Tu nueva clave
keys-created-once = Cópiala ahora: no se volverá a mostrar.
keys-name = Nombre
keys-scopes = Permisos
keys-scope-read = Leer
keys-scope-write = Escribir
keys-scope-admin = Administrar
keys-days = Válida durante (días, 1–365)
keys-count = { $count ->
    [one] Una clave
   *[other] { $count } claves
}
keys-prefix = Empieza por
keys-expires = Caduca
keys-last-used = Último uso
keys-revoked = Revocada { $when }
keys-revoke = Revocar

activity-title = Tu actividad
activity-count = { $count ->
    [one] Un evento
   *[other] { $count } eventos
}
activity-when = Cuándo
activity-what = Qué
activity-account_created = Cuenta creada
activity-email_verified = Correo electrónico confirmado
activity-signed_in = Inicio de sesión
activity-signed_out = Cierre de sesión
activity-sign_in_failed = Intento fallido de inicio de sesión
activity-new_network_sign_in = Inicio de sesión desde una red nueva
activity-password_changed = Contraseña cambiada
activity-password_reset = Contraseña restablecida
activity-password_reset_requested = Restablecimiento de contraseña solicitado
activity-email_change_requested = Cambio de correo solicitado
activity-email_changed = Correo electrónico cambiado
activity-totp_enabled = Verificación en dos pasos activada
activity-totp_disabled = Verificación en dos pasos desactivada
activity-recovery_code_used = Código de recuperación usado
activity-session_revoked = Sesión cerrada
activity-sessions_revoked = Otras sesiones cerradas
activity-api_key_created = Clave de API creada
activity-api_key_revoked = Clave de API revocada
activity-account_locked = Cuenta bloqueada por un administrador
activity-account_unlocked = Cuenta desbloqueada
activity-role_granted = Rol concedido
activity-role_revoked = Rol retirado

error-handle_taken = Ese nombre de usuario ya existe. Elige otro.
error-email_taken = Ya hay una cuenta con ese correo electrónico. Inicia sesión o restablece su contraseña.
error-invalid_credentials = Los datos de inicio de sesión no son correctos. Revísalos e inténtalo de nuevo.
error-email_not_verified = Primero confirma tu correo electrónico: abre el enlace que te enviamos.
error-invalid_link = Este enlace ya no es válido (usado o caducado). Pide uno nuevo.
error-second_factor_required = Introduce el código de tu aplicación de autenticación (o un código de recuperación).
error-reauthentication_failed = Esa contraseña no es correcta.
error-totp_already_enabled = La verificación en dos pasos ya está activada.
error-totp_not_enabled = La verificación en dos pasos no está activada.
error-totp_not_enrolled = Empieza la configuración de nuevo: no hay ninguna pendiente.
error-totp_replay_refused = Ese código se acaba de usar. Espera al siguiente.
error-session_not_found = Esa sesión ya terminó.
error-api_key_not_found = Esa clave no existe (ya).
error-session_required = Hazlo desde una sesión iniciada en el navegador, no con una clave de API.
error-insufficient_scope = Esta clave no tiene permiso para eso.
error-forbidden = No tienes permiso para hacer eso.
error-invalid_body = No se entendió la solicitud. Recarga la página e inténtalo de nuevo.
error-invalid_id = El enlace apunta a algo que no existe.

operator-events = Red troncal de eventos
operator-events-mode = Transporte
operator-events-in-process = Bus interno del proceso
operator-events-nats-up = NATS JetStream, conectado
operator-events-nats-down = NATS JetStream, sin conexión (los eventos esperan en la bandeja de salida)
operator-events-published = Eventos publicados por este proceso
operator-events-relay = Relé activo para las regiones
operator-events-consumers = Consumidores

account-credentials = Correo y contraseña
credentials-title = Correo y contraseña
credentials-password = Cambiar la contraseña
credentials-password-submit = Cambiar contraseña
credentials-password-done = { $count ->
    [0] Tu contraseña ha cambiado.
    [one] Tu contraseña ha cambiado; se cerró otra sesión.
   *[other] Tu contraseña ha cambiado; se cerraron otras { $count } sesiones.
}
credentials-email = Cambiar el correo electrónico
credentials-new-email = Nuevo correo electrónico
credentials-email-submit = Enviar enlace de confirmación
credentials-email-sent = Enviamos un enlace a { $email }. Tu dirección cambia cuando lo abras.
