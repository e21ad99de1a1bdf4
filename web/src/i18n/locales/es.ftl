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
verify-resend = Enviar un nuevo enlace de confirmación
verify-resend-intro = Los enlaces sirven una sola vez y durante un tiempo limitado. Escribe tu usuario o tu correo electrónico y te enviaremos uno nuevo.
verify-resent = Si coincide una cuenta sin confirmar, va en camino un enlace nuevo.

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-verify = Verificar
sign-in-second-factor = Verificación en dos pasos
sign-in-totp-intro = Introduce el código que muestra tu aplicación de autenticación para UnityPlan.
sign-in-recovery-intro = Introduce uno de los códigos de recuperación que guardaste al activar la verificación en dos pasos o al añadir tu primera llave de acceso. Cada uno sirve una vez.
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
reset-submit-passkey = Confirmar con tu llave de acceso y guardar la contraseña
reset-passkey-needed = Esta cuenta está protegida con una llave de acceso. Cuando elijas la contraseña nueva, tu dispositivo te pedirá confirmarla con ella.
reset-passkey-or-code = Esta cuenta está protegida con una llave de acceso y una aplicación de autenticación. Confirma con tu llave de acceso o escribe un código abajo.
reset-passkey-or-recovery = Esta cuenta está protegida con una llave de acceso. Confírmalo con ella después de elegir la contraseña nueva o, si la perdiste, escribe abajo uno de tus códigos de recuperación.
reset-code-instead-hint = Déjalo vacío para confirmar con tu llave de acceso.
reset-request-new = Pedir un enlace nuevo

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

## forum

forum-open = Foro
forum-title = Foro · { $territory }
forum-nav = Foro
forum-territory-home = Territorio
forum-topics = Temas
forum-topic = Tema
forum-search = Buscar
forum-bookmarks = Marcadores
forum-log = Registro de moderación
forum-flags = Denuncias
forum-settings = Ajustes del foro
forum-categories = Categorías
forum-all-categories = Todas las categorías
forum-no-categories = Todavía no hay categorías.
forum-no-topics = Todavía no hay temas aquí.
forum-topics-in = Temas en { $category }
forum-topic-count = { $count ->
    [one] un tema
   *[other] { $count } temas
}
forum-unread-posts = { $count ->
    [one] uno sin leer
   *[other] { $count } sin leer
}
forum-moderators-post = Solo los moderadores publican aquí
forum-new-topic = Tema nuevo
forum-sign-in-to-post = para publicar y responder.
forum-sort = Ordenar temas
forum-sort-latest = Recientes
forum-sort-top = Destacados
forum-sort-hot = Populares
forum-sort-unread = Sin leer
forum-period = Periodo
forum-period-day = Hoy
forum-period-week = Esta semana
forum-period-month = Este mes
forum-period-year = Este año
forum-period-all = Siempre
forum-pinned = Fijado
forum-locked = Cerrado
forum-hidden = Oculto
forum-replies = { $count ->
    [one] una respuesta
   *[other] { $count } respuestas
}
forum-reactions = { $count ->
    [one] una reacción
   *[other] { $count } reacciones
}
forum-last-post = última publicación { $when }
forum-load-more = Cargar más
forum-load-more-posts = Cargar más publicaciones
forum-new-category = Categoría nueva
forum-create-category = Crear categoría
forum-category = Categoría
forum-category-name = Nombre
forum-category-slug = Nombre corto para enlaces
forum-category-slug-hint = De 2 a 40 caracteres entre a–z, 0–9 y -
forum-category-description = Descripción
forum-you = { $name } (tú)
forum-member = Miembro …{ $id }
forum-compose-mode = Escribir o previsualizar
forum-write = Escribir
forum-preview = Vista previa
forum-preview-empty = Todavía no hay nada que mostrar.
forum-markdown-hint = Funciona Markdown: **negrita**, *cursiva*, `código`, > cita, - lista. Menciona a alguien con @usuario.
forum-mention-suggestions = Sugerencias de mención (flechas para elegir, Intro para insertar)
forum-topic-title = Título
forum-topic-body = Tu publicación
forum-post-topic = Publicar tema
forum-queued = Estás sin conexión. Tu publicación se guarda en este dispositivo y se enviará cuando vuelva la conexión.
forum-outbox-topic = Tema nuevo del foro «{ $title }»
forum-outbox-reply = Respuesta en «{ $title }»
forum-slow-mode-on = Modo lento: una publicación cada { $seconds } s
forum-locked-notice = Este tema está cerrado: no admite respuestas nuevas.
forum-merged-notice = Este tema se fusionó con otro.
forum-merged-link = Ir a ese tema
forum-subscribe = Seguir este tema
forum-subscribed = Siguiendo (dejar de seguir)
forum-reply = Responder
forum-your-reply = Tu respuesta
forum-post-reply = Publicar respuesta
forum-replying-to = Respondiendo a la publicación #{ $number } de { $author }.
forum-quoting = Citando la publicación #{ $number } de { $author }.
forum-cancel-reply-to = Cancelar
forum-in-reply-to = En respuesta a #{ $number }
forum-edited = editado { $when }
forum-post-deleted = Esta publicación se eliminó.
forum-post-hidden = Un moderador ocultó esta publicación.
forum-edit-post = Editar la publicación #{ $number }
forum-save = Guardar
forum-cancel = Cancelar
forum-reactions-label = Reacciones
forum-reply-to-this = Responder
forum-quote = Citar
forum-bookmark = Marcar
forum-bookmarked = Marcada
forum-edit = Editar
forum-delete = Eliminar
forum-delete-confirm = ¿Eliminar esta publicación? Su lugar en el tema se mantiene, marcado como eliminado.
forum-flag = Denunciar
forum-flag-post = Denunciar la publicación #{ $number }
forum-flag-reason = Motivo
forum-flag-note = Nota para los moderadores (opcional)
forum-flag-send = Enviar denuncia
forum-flagged = Gracias. Los moderadores lo revisarán.
forum-flag-spam = Spam
forum-flag-abuse = Abuso
forum-flag-off_topic = Fuera de tema
forum-flag-illegal = Ilegal
forum-flag-other = Otro
forum-history = { $count ->
    [one] Historial
   *[other] Historial ({ $count } versiones)
}
forum-revision = Versión { $number }, { $when }
forum-moderate-post = Moderar la publicación #{ $number }
forum-mod-reason = Motivo (público)
forum-hide-post = Ocultar publicación
forum-unhide-post = Mostrar publicación de nuevo
forum-moderation = Moderación
forum-mod-action = Acción
forum-mod-apply = Aplicar
forum-mod-done = Hecho: { $action }.
forum-move-to = Mover a la categoría
forum-merge-into = Fusionar con el tema (id o enlace)
forum-slow-mode-seconds = Segundos entre publicaciones (0 = desactivado)
forum-choose = Elegir…
forum-action-lock = Cerrar
forum-action-unlock = Reabrir
forum-action-pin = Fijar
forum-action-unpin = Desfijar
forum-action-hide = Ocultar tema
forum-action-unhide = Mostrar tema de nuevo
forum-action-move = Mover
forum-action-merge = Fusionar
forum-action-slow_mode = Modo lento
forum-action-hide_post = Ocultar publicación
forum-action-unhide_post = Mostrar publicación de nuevo
forum-action-resolve_flag = Denuncia resuelta
forum-search-words = Palabras a buscar
forum-search-go = Buscar
forum-search-hint = Las palabras también encuentran otras formas de la misma palabra en el idioma del territorio. Usa "comillas" para una frase, or, y -palabra para excluir una palabra.
forum-hits = { $count ->
    [0] No se encontró nada.
    [one] Un resultado.
   *[other] { $count } resultados.
}
forum-log-intro = Todas las acciones de moderación son públicas: quién hizo qué, cuándo y por qué.
forum-log-empty = Todavía no hay acciones de moderación.
forum-log-reason = Motivo
forum-log-open = Abrir el tema
forum-flags-empty = No hay denuncias abiertas.
forum-flag-open = Abrir la publicación
forum-flag-resolution = Decisión (pública)
forum-flag-resolve = Resolver
forum-bookmarks-empty = No tienes publicaciones marcadas aquí.
forum-post-number = Publicación #{ $number }
forum-settings-emoji = Emoji de reacción
forum-settings-emoji-hint = Separados por espacios, de 1 a 32.
forum-settings-per-minute = Publicaciones por minuto por persona
forum-settings-new-hours = Las cuentas son nuevas durante estas horas
forum-settings-new-per-day = Publicaciones al día para cuentas nuevas
forum-settings-max-chars = Publicación más larga (caracteres)
forum-settings-saved = Ajustes guardados.
forum-attach = Adjuntar archivos
forum-attach-hint = Hasta { $count } archivos por publicación. Cada archivo se sube en cuanto lo eliges.
forum-attach-offline = Para adjuntar archivos hace falta conexión. Puedes seguir escribiendo y enviando tu publicación; añade los archivos cuando vuelvas a estar en línea.
forum-attach-uploading = Subiendo { $name }…
forum-attachments = Archivos adjuntos
forum-attach-remove = Quitar { $name }
forum-attach-too-large = { $name } es más grande de lo que admite este foro. Redúcelo o comparte un enlace en su lugar.
forum-attach-type-not-allowed = { $name } es un tipo de archivo que este foro no admite (las páginas web y SVG nunca se admiten). Las imágenes, PDF y texto sin formato suelen admitirse.
forum-attach-too-many = { $name } no se adjuntó: una publicación puede llevar como máximo { $count } archivos.
forum-attach-failed = No se pudo adjuntar { $name }: { $detail }
forum-file-size = { $units ->
    [kb] { $size } KB
    [mb] { $size } MB
   *[b] { $size } bytes
}
operator-moves = Traslados de territorios
operator-moves-admin-only = Inicia sesión como administrador de la plataforma para ver los traslados de territorios.
operator-moves-none = No se ha trasladado ningún territorio.
operator-move-territory = Territorio
operator-move-route = De → a
operator-move-copy = Copiado
operator-move-reads = Lecturas en el destino
operator-move-paused = en pausa
error-topic_not_found = Ese tema no existe en este territorio.
error-post_not_found = Esa publicación no existe en este territorio.
error-category_not_found = Esa categoría no existe.
error-flag_not_found = Esa denuncia no existe o ya está resuelta.
error-topic_locked = Este tema está cerrado, así que ya nadie puede responder.
error-topic_merged = Este tema se fusionó con otro; responde allí.
error-not_your_post = Solo su autor o un moderador puede cambiar esta publicación.
error-already_flagged = Ya denunciaste esta publicación.
error-invalid_cursor = La lista ha cambiado. Vuelve a cargar la página.
error-new_user_limit = Las cuentas nuevas solo pueden publicar un número limitado de veces al día. Inténtalo de nuevo mañana.
error-slow_mode = Este tema está en modo lento. Espera un poco antes de volver a publicar.
error-slug_taken = Ese nombre corto ya lo usa otra categoría.

## learning

learn-open = Cursos
learn-catalog-title = Cursos · { $territory }
learn-catalog-empty = Todavía no hay cursos publicados aquí.
learn-back-territory = Territorio
learn-back-catalog = Todos los cursos
learn-back-course = Volver al curso
learn-back-quiz = Volver al cuestionario
learn-sign-in-first = Inicia sesión para ver cursos, inscribirte y hacer cuestionarios.
learn-sign-in = Iniciar sesión
learn-instructors-only = Solo los instructores de este territorio pueden abrir esta página.
learn-course = Curso
learn-lesson = Lección
learn-quiz = Cuestionario
learn-attempt = Intento
learn-status = Estado
learn-status-draft = Borrador
learn-status-published = Publicado
learn-status-archived = Archivado
learn-enrollment-open = Inscripción abierta
learn-enrollment-approval = Inscripción con aprobación
learn-enrollment-status-pending = pendiente de aprobación
learn-enrollment-status-active = inscrito
learn-badge-named = Insignia: { $name }
learn-new-course = Nuevo curso
learn-create-course = Crear curso
learn-course-title = Título
learn-course-summary = Resumen (Markdown)
learn-course-language = Código de idioma (p. ej. es)
learn-course-enrollment = Inscripción
learn-edit-course = Editar curso
learn-your-progress = Tu progreso
learn-enrol-hint = Inscríbete para abrir las lecciones y hacer los cuestionarios.
learn-enrol-approval-hint = Un instructor aprueba cada inscripción en este curso.
learn-enrol = Inscribirme
learn-request-enrol = Solicitar inscripción
learn-enrol-pending = Tu inscripción espera la aprobación de un instructor.
learn-enrolled = Estás inscrito.
learn-lessons-done = Lecciones completadas: { $done } de { $total }
learn-quizzes-passed = Cuestionarios obligatorios aprobados: { $done } de { $total }
learn-completed = Curso completado el { $when }.
learn-certificate = Certificado
learn-certificate-learner = Participante
learn-certificate-code = Código de verificación
learn-badge-valid = válida
learn-badge-valid-until = válida hasta el { $when }
learn-badge-lapsed = caducada: completa el curso de nuevo para renovarla
learn-outline = Lecciones
learn-no-modules = Este curso aún no tiene lecciones.
learn-kind-text = texto
learn-kind-video = vídeo
learn-viewed = completada
learn-quizzes = Cuestionarios
learn-no-quizzes = Este curso aún no tiene cuestionarios.
learn-attachments = Archivos adjuntos
learn-bytes = { $size } KB
learn-lesson-done = Has completado esta lección.
learn-lesson-queued = Guardado en este dispositivo; se enviará cuando vuelvas a estar en línea.
learn-mark-complete = Marcar como completada
learn-outbox-complete = Lección completada: { $title }
learn-video = Vídeo
learn-video-questions = { $count ->
    [one] El vídeo se detiene para una pregunta.
   *[other] El vídeo se detiene para { $count } preguntas.
}
learn-video-no-skipping = No puedes saltar una pregunta que no has respondido.
learn-video-question = Pregunta del vídeo
learn-video-require-correct = Responde correctamente para continuar.
learn-video-try-again = No del todo. Inténtalo de nuevo para continuar.
learn-video-continue = Continuar el vídeo
learn-check = Comprobar
learn-q-choose-one = Elige una respuesta
learn-q-choose-several = Elige una o más respuestas
learn-q-true-or-false = ¿Verdadero o falso?
learn-q-true = Verdadero
learn-q-false = Falso
learn-q-blank = Hueco { $n }
learn-q-number = Tu respuesta (número, con unidad si hace falta)
learn-q-units = Unidades que puedes usar: { $units }
learn-q-pick = Elige…
learn-q-order = Elementos en tu orden
learn-q-up = Subir «{ $item }»
learn-q-down = Bajar «{ $item }»
learn-q-essay = Tu respuesta
learn-q-files = Sube tu archivo (como máximo { $max })
learn-q-remove-file = Quitar
learn-q-unsupported = Este tipo de pregunta ({ $type }) aún no se puede responder aquí.
learn-quiz-time-limit = Límite de tiempo
learn-minutes = { $n } min
learn-quiz-untimed = ninguno
learn-quiz-attempts = Intentos permitidos
learn-quiz-unlimited = ilimitados
learn-quiz-grading = Calificación que cuenta
learn-grading-highest = el mejor intento
learn-grading-average = media de los intentos
learn-grading-first = el primer intento
learn-grading-last = el último intento
learn-quiz-pass = Calificación para aprobar
learn-quiz-feedback = Retroalimentación
learn-feedback-deferred = después de enviar
learn-feedback-immediate = justo después de cada respuesta
learn-feedback-interactive = después de cada intento, con pistas
learn-quiz-closes = Cierra
learn-quiz-adaptive = Este cuestionario se adapta a ti: la siguiente pregunta depende de tus respuestas.
learn-your-grade = Tu calificación
learn-no-grade = Aún no hay calificación.
learn-grade-is = Calificación: { $grade }
learn-passed = aprobado
learn-not-passed = no aprobado
learn-attempt-grades = Tus intentos
learn-start-attempt = Empezar o continuar un intento
learn-attempt-title = { $quiz } · intento { $n }
learn-question-n = Pregunta { $n } ({ $marks ->
    [one] 1 punto
   *[other] { $marks } puntos
})
learn-slot-n = pregunta { $n }
learn-save-answer = Guardar respuesta
learn-answer-first = Responde primero a la pregunta.
learn-answer-waiting = Guardada en este dispositivo, pendiente de envío
learn-answer-unanswered = Sin responder
learn-answer-answered = Respuesta guardada
learn-answer-right = Correcta
learn-answer-partial = Parcialmente correcta
learn-answer-wrong = Incorrecta
learn-answer-needs_grading = Pendiente de que un instructor la califique
learn-tries = intentos: { $n }
learn-outbox-answer = Respuesta a la pregunta { $n } de { $quiz }
learn-outbox-submit = Enviar { $quiz }
learn-submit = Enviar todo y terminar
learn-submit-waiting = Tu envío está guardado en este dispositivo y se enviará cuando vuelvas a estar en línea.
learn-marks = Puntos: { $got } de { $max }
learn-hint = Pista: { $hint }
learn-estimate = Nivel estimado: { $level } (error estándar { $se }) tras { $answered } respuestas.
learn-stop-precise_enough = La estimación es suficientemente precisa.
learn-stop-max_questions = Se ha hecho el número máximo de preguntas.
learn-stop-no_questions_left = No quedaban más preguntas.
learn-review = Revisión
learn-attempt-abandoned = Este intento se abandonó (se acabó el tiempo).
learn-needs-grading = Algunas respuestas esperan a un instructor; tu calificación aparecerá cuando estén calificadas.
learn-grade-hidden = Tu calificación aún no se muestra.
learn-finished-at = Terminado el { $when }
learn-time-left = Tiempo restante:
learn-time-left-announce = { $minutes ->
    [0] Quedan { $seconds } segundos
   *[other] Quedan { $minutes } minutos
}
learn-time-over = Se acabó el tiempo.
learn-edit-title = Editar: { $title }
learn-course-settings = Ajustes del curso
learn-publish = Publicar
learn-archive = Archivar
learn-now-published = El curso está publicado.
learn-now-archived = El curso está archivado.
learn-saved = Guardado.
learn-save = Guardar
learn-badge-name = Insignia al completar (nombre)
learn-badge-days = Validez de la insignia (días; vacío = siempre)
learn-cover = Imagen de portada
learn-modules = Módulos y lecciones
learn-add-module = Añadir módulo
learn-module-title = Título del módulo
learn-add-lesson-to = Añadir una lección a { $module }
learn-add-lesson = Añadir lección
learn-lesson-title = Título de la lección
learn-lesson-kind = Tipo de lección
learn-lesson-markdown = Texto (Markdown)
learn-attach = Adjuntar un archivo
learn-video-url = Dirección del vídeo (https)
learn-video-file = O sube un vídeo
learn-uploaded = Subido.
learn-interactions = Preguntas en el vídeo
learn-at-secs = En el segundo
learn-question = Pregunta
learn-require-correct = Debe responderse correctamente
learn-add-interaction = Añadir una pregunta
learn-prevent-skipping = Impedir saltar preguntas sin responder
learn-bank = Banco de preguntas
learn-bank-filter = Filtrar el banco de preguntas
learn-category = Categoría
learn-tags = Etiquetas
learn-tags-hint = Separa las etiquetas con comas.
learn-filter = Filtrar
learn-bank-count = { $count ->
    [one] Una pregunta
   *[other] { $count } preguntas
}
learn-bank-empty = El banco de preguntas está vacío: importa o añade preguntas primero.
learn-question-name = Nombre
learn-question-type = Tipo
learn-version = Versión
learn-type-single_choice = opción única
learn-type-multiple_choice = opción múltiple
learn-type-true_false = verdadero/falso
learn-type-fill_blanks = rellenar huecos
learn-type-numeric = numérica
learn-type-matching = emparejamiento
learn-type-ordering = ordenación
learn-type-essay = ensayo
learn-type-file_upload = subida de archivo
learn-export = Exportar
learn-import = Importar preguntas
learn-import-format = Formato
learn-import-file = Archivo
learn-import-paste = O pega el texto
learn-import-run = Importar
learn-imported = { $count ->
    [one] Una pregunta importada.
   *[other] { $count } preguntas importadas.
}
learn-import-warnings = { $count ->
    [one] Un aviso
   *[other] { $count } avisos
}
learn-import-skipped = { $count ->
    [one] Una pregunta omitida
   *[other] { $count } preguntas omitidas
}
learn-import-at = Pregunta { $position } ({ $name })
learn-new-question = Nueva pregunta
learn-add-question = Añadir pregunta
learn-question-text = Texto de la pregunta (Markdown; huecos como {"{"}1{"}"}, {"{"}2{"}"} …)
learn-question-answers = Respuestas (JSON)
learn-json-invalid = Las respuestas no son JSON válido: { $detail }
learn-question-created = Pregunta «{ $name }» añadida.
learn-difficulty = Dificultad (1–10)
learn-general-feedback = Retroalimentación general
learn-hints = Pistas (una por línea)
learn-new-quiz = Nuevo cuestionario
learn-create-quiz = Crear cuestionario
learn-quiz-title = Título del cuestionario
learn-quiz-created = Cuestionario «{ $title }» creado.
learn-quiz-questions = Preguntas fijas
learn-select-all = Seleccionar todas
learn-random-slot = Preguntas aleatorias
learn-random-count = Cuántas
learn-quiz-minutes = Límite de tiempo (minutos)
learn-quiz-minutes-hint = Vacío significa sin límite de tiempo.
learn-quiz-attempts-hint = Vacío significa ilimitados.
learn-quiz-delay = Segundos entre intentos
learn-quiz-pass-percent = Calificación para aprobar (%)
learn-quiz-overdue = Cuando se acaba el tiempo
learn-overdue-auto_submit = enviar las respuestas guardadas
learn-overdue-grace_period = dar un periodo de gracia para enviar
learn-overdue-abandon = abandonar el intento
learn-quiz-grace = Periodo de gracia (segundos)
learn-quiz-required = Hay que aprobarlo para completar el curso
learn-enrollments = Inscripciones
learn-no-enrollments = Nadie se ha inscrito todavía.
learn-approve = Aprobar
learn-grading-title = Cola de calificación
learn-grading-empty = No hay nada pendiente de calificar.
learn-learner = Participante
learn-grade-for = Calificar { $name }
learn-rubric-points = { $criterion } (0–{ $max } puntos)
learn-grade-percent = Calificación (%)
learn-grade-comment = Comentario para el participante
learn-grade-save = Guardar calificación
learn-move-up = Subir «{ $name }»
learn-move-down = Bajar «{ $name }»
learn-delete = Eliminar «{ $name }»
learn-delete-confirm = ¿Eliminar «{ $name }»? No se puede deshacer.
learn-delete-progress-confirm = Hay participantes con progreso en «{ $name }». ¿Eliminarlo junto con ese progreso?
learn-shuffle = Mezclar las opciones de las preguntas de opción en cada intento
learn-review-options = Opciones de revisión
learn-review-options-hint = Lo que cada estudiante ve de su intento en cada fase. "Justo después" son los dos minutos siguientes al envío.
learn-review-phase-during = Durante el intento
learn-review-phase-immediately_after = Justo después
learn-review-phase-later = Más tarde, mientras esté abierto
learn-review-phase-after_close = Después del cierre
learn-review-item-marks = Puntuación
learn-review-item-feedback = Retroalimentación
learn-review-item-overall_feedback = Retroalimentación general
learn-review-checkbox = { $item }: { $phase }
learn-bands = Retroalimentación global por calificación
learn-band-from = Desde la calificación (%)
learn-band-to = Por debajo de la calificación (%; 100 incluye 100)
learn-band-text = Retroalimentación para este tramo
learn-add-band = Añadir un tramo de calificación
learn-prerequisites = Cursos que hay que completar antes
learn-no-other-courses = Todavía no hay otros cursos en este territorio.
learn-requires = Completa primero estos cursos:
learn-actions = Acciones
learn-edit = Editar
learn-edit-question = Editar «{ $name }»
learn-cancel-edit = Dejar de editar
learn-save-question = Guardar pregunta
learn-question-updated = «{ $name }» es ahora la versión { $version }; { $count ->
    [one] se recalificó un intento terminado.
   *[other] se recalificaron { $count } intentos terminados.
}
learn-regrade = Recalificar los intentos terminados que usaron esta pregunta
# Question editor (questions/QuestionEditor.tsx)
learn-qf-general = General
learn-qf-answers = Respuestas: { $type }
learn-qf-type-locked = Una corrección conserva el tipo de pregunta; para cambiarlo, añade una pregunta nueva.
learn-qf-default-mark = Puntuación por defecto
learn-qf-penalty = Penalización por intento incorrecto (%)
learn-qf-shuffle = Barajar las opciones (desactívalo para «todas las anteriores»)
learn-qf-hints = Pistas
learn-qf-hints-hint = Se muestran una a una tras los intentos incorrectos en los cuestionarios interactivos.
learn-qf-hint-n = Pista { $n }
learn-qf-hint-text = Texto de la pista
learn-qf-add-hint = Añadir una pista
learn-qf-up = Subir
learn-qf-down = Bajar
learn-qf-remove = Quitar
learn-qf-remove-row = Quitar «{ $item }»
learn-qf-choices = Opciones
learn-qf-choices-hint-single = La calificación es el crédito por elegirla, en %: una opción debe tener 100.
learn-qf-choices-hint-multi = La calificación es el crédito por elegirla, en %, de −100 a 100; las negativas restan puntos.
learn-qf-choice-n = Opción { $n }
learn-qf-choice-text = Texto
learn-qf-add-choice = Añadir una opción
learn-qf-grade = Calificación (%)
learn-qf-feedback = Retroalimentación
learn-qf-partial-credit = Crédito parcial
learn-qf-partial-fractions = Sumar las calificaciones de las opciones elegidas (Moodle)
learn-qf-partial-right_minus_wrong = Proporción de aciertos menos proporción de errores (Canvas)
learn-qf-partial-all_or_nothing = Todo o nada: solo puntúan exactamente las opciones correctas
learn-qf-correct-answer = Respuesta correcta
learn-qf-feedback-true = Retroalimentación para la respuesta «Verdadero»
learn-qf-feedback-false = Retroalimentación para la respuesta «Falso»
learn-qf-blanks = Huecos
learn-qf-blanks-hint = Escribe {"{"}1{"}"}, {"{"}2{"}"} … en el texto de la pregunta donde va cada hueco.
learn-qf-accepted = Respuestas aceptadas
learn-qf-accepted-hint = * coincide con cualquier texto. Una respuesta debe tener calificación 100.
learn-qf-blank-answer-n = Hueco { $n }, respuesta { $count }
learn-qf-answer-text = Texto aceptado
learn-qf-add-answer-to = Añadir una respuesta al hueco { $n }
learn-qf-case-sensitive = Distinguir mayúsculas y minúsculas
learn-qf-normalize = Ignorar los espacios de más
learn-qf-numeric-answers = Valores aceptados
learn-qf-numeric-hint = Un valor se acepta dentro de ± la tolerancia, en la unidad base. Un valor debe tener calificación 100.
learn-qf-value-n = Valor { $n }
learn-qf-value = Valor
learn-qf-tolerance = Tolerancia (±)
learn-qf-add-value = Añadir un valor
learn-qf-units = Unidades
learn-qf-units-hint = La unidad base tiene multiplicador 1; el multiplicador de otra unidad es cuántas de ella forman una unidad base (cm: 100 cuando la base es m).
learn-qf-unit-n = Unidad { $n }
learn-qf-unit-name = Unidad
learn-qf-multiplier = Multiplicador
learn-qf-add-unit = Añadir una unidad
learn-qf-unit-required = Una respuesta sin unidad es incorrecta
learn-qf-pairs = Parejas
learn-qf-pairs-hint = El estudiante elige la respuesta que corresponde a cada enunciado.
learn-qf-pair-n = Pareja { $n }
learn-qf-prompt = Enunciado
learn-qf-match = Respuesta correspondiente
learn-qf-add-pair = Añadir una pareja
learn-qf-distractors = Respuestas incorrectas adicionales
learn-qf-distractor-n = Respuesta incorrecta { $n }
learn-qf-distractor = Respuesta incorrecta
learn-qf-add-distractor = Añadir una respuesta incorrecta
learn-qf-items = Elementos
learn-qf-items-hint = En el orden correcto; los estudiantes los reciben barajados.
learn-qf-item-n = Elemento { $n }
learn-qf-item = Texto del elemento
learn-qf-add-item = Añadir un elemento
learn-qf-rubric = Rúbrica
learn-qf-rubric-hint = Los evaluadores dan puntos por criterio; los puntos se escalan a la puntuación de la pregunta.
learn-qf-criterion-n = Criterio { $n }
learn-qf-description = Descripción
learn-qf-points = Puntos
learn-qf-add-criterion = Añadir un criterio
learn-qf-grader-info = Información para los evaluadores
learn-qf-max-files = Número máximo de archivos que puede subir un estudiante
learn-qf-preview = Vista previa
learn-qf-preview-hint = Como la ve un estudiante (no se guarda nada). El Markdown se formatea al guardar la pregunta.
learn-qf-json = JSON (avanzado)
learn-qf-json-apply = Usar este JSON
learn-qf-json-no-type = El JSON necesita un "type", uno de: { $detail }.
learn-qf-json-locked = Una corrección conserva el tipo: el "type" del JSON debe ser { $type }.
learn-qf-problems = { $count ->
    [one] Hay que corregir una cosa antes de guardar la pregunta:
   *[other] Hay que corregir { $count } cosas antes de guardar la pregunta:
}
learn-qf-regrade-hint = Sin recalificar, los intentos terminados conservan su puntuación; los nuevos intentos usan la pregunta corregida.
learn-qf-delete = Eliminar
learn-qf-delete-question = Eliminar «{ $name }»
learn-qf-delete-confirm = ¿Eliminar «{ $name }» del banco de preguntas? No se puede deshacer.
learn-qf-deleted = Pregunta «{ $name }» eliminada.
learn-qf-delete-in-use = «{ $name }» todavía está en uso y no se ha eliminado.
learn-qf-err-name = Ponle un nombre a la pregunta.
learn-qf-err-text = Escribe el texto de la pregunta.
learn-qf-err-difficulty = La dificultad es un número entero del 1 al 10.
learn-qf-err-mark = La puntuación por defecto debe ser un número mayor que 0.
learn-qf-err-penalty = La penalización es un porcentaje de 0 a 100.
learn-qf-err-category = Una categoría tiene como máximo 200 caracteres.
learn-qf-err-tags = Cada etiqueta tiene como máximo 50 caracteres.
learn-qf-err-number = Escribe un número, por ejemplo 1,5.
learn-qf-err-grade = La calificación es un porcentaje de −100 a 100.
learn-qf-err-grade-positive = La calificación es un porcentaje de 0 a 100.
learn-qf-err-choice-text = La opción { $n } no tiene texto.
learn-qf-err-two-choices = Indica al menos dos opciones.
learn-qf-err-full-choice = Una opción debe tener calificación 100.
learn-qf-err-right-choice = Al menos una opción debe tener una calificación mayor que 0.
learn-qf-err-one-blank = Añade al menos un hueco.
learn-qf-err-placeholder = El texto de la pregunta no tiene {"{"}{ $n }{"}"} para el hueco { $n }.
learn-qf-err-blank-full = El hueco { $n } necesita una respuesta con calificación 100.
learn-qf-err-answer-text = Escribe el texto aceptado.
learn-qf-err-tolerance = La tolerancia no puede ser negativa.
learn-qf-err-numeric-full = Un valor aceptado debe tener calificación 100.
learn-qf-err-unit-name = Ponle nombre a la unidad, por ejemplo cm.
learn-qf-err-multiplier = El multiplicador debe ser un número mayor que 0.
learn-qf-err-two-pairs = Indica al menos dos parejas.
learn-qf-err-prompt = La pareja { $n } no tiene enunciado.
learn-qf-err-pair-answer = La pareja { $n } no tiene respuesta correspondiente.
learn-qf-err-two-items = Indica al menos dos elementos.
learn-qf-err-item = El elemento { $n } está vacío.
learn-qf-err-criterion = El criterio { $n } no tiene descripción.
learn-qf-err-points = Los puntos no pueden ser negativos.
learn-qf-err-max-files = Permite al menos un archivo (un número entero).
learn-adaptive = Cuestionario adaptativo
learn-adaptive-on = Elegir cada pregunta según las respuestas del participante (no se usan entonces las preguntas fijas ni aleatorias)
learn-adaptive-lowest = Nivel de dificultad más bajo
learn-adaptive-highest = Nivel de dificultad más alto
learn-adaptive-start = Nivel inicial
learn-adaptive-se = Parar con un error estándar de (logits)
learn-adaptive-min = Mínimo de preguntas
learn-adaptive-max = Máximo de preguntas
learn-delete-yes = Eliminar
learn-delete-anyway = Eliminar de todos modos
learn-delete-cancel = Cancelar
learn-delete-loss = Los participantes perderían sus datos en «{ $name }»:
learn-rename = Cambiar el nombre de «{ $name }»
learn-rename-save = Guardar nombre
learn-renamed = Nuevo nombre: «{ $name }».
learn-lesson-edit = Editar «{ $name }»
learn-lesson-edit-of = Editar la lección «{ $name }»
learn-lesson-module = Módulo de «{ $name }»
learn-lesson-move = Mover «{ $name }» allí
learn-lesson-moved = «{ $name }» se ha movido a «{ $module }».
learn-lesson-save = Guardar lección
learn-lesson-saved = Lección «{ $name }» guardada.
learn-lesson-completed-by = { $count ->
    [one] Un participante ha completado esta lección; la finalización se mantiene al guardar.
   *[other] { $count } participantes han completado esta lección; sus finalizaciones se mantienen al guardar.
}
learn-interaction-answered-by = { $count ->
    [one] Respondida por un participante.
   *[other] Respondida por { $count } participantes.
}
learn-remove-attachment = Quitar «{ $name }»
learn-remove-interaction = Quitar la pregunta { $n }
learn-save-loss = Guardar «{ $name }» borraría respuestas de los participantes:
learn-save-anyway = Guardar de todos modos
learn-quiz-opens = Se abre
learn-quiz-edit-settings = Editar la configuración de «{ $title }»
learn-quiz-settings-of = Configuración de «{ $title }»
learn-quiz-save-settings = Guardar configuración
learn-quiz-settings-saved = Configuración del cuestionario guardada.
learn-quiz-edit-slots = Cambiar las preguntas de «{ $title }»
learn-quiz-slots-of = Preguntas de «{ $title }»
learn-quiz-save-slots = Guardar las preguntas
learn-quiz-slots-saved = Las preguntas del cuestionario se han guardado.
learn-slots-empty = Un cuestionario necesita al menos una pregunta o una selección aleatoria.
learn-slots-adaptive = Este cuestionario es adaptativo: sus preguntas salen del banco indicado en su configuración (Editar la configuración), no de una lista.
learn-slot-random = { $n ->
    [one] Una pregunta aleatoria
   *[other] { $n } preguntas aleatorias
}
learn-slot-count-invalid = Escribe un número entero de al menos 1.
learn-slot-duplicate = Esta pregunta ya está en el cuestionario.
learn-slot-up = Subir «{ $what }»
learn-slot-down = Bajar «{ $what }»
learn-slot-remove = Quitar «{ $what }»
learn-remove = Quitar
learn-slot-add-question = Pregunta del banco
learn-slot-pick = Elige una pregunta
learn-slot-add = Añadir la pregunta
learn-slot-add-random = Añadir preguntas aleatorias
learn-past-attempts = Tus intentos anteriores
learn-attempt-state = Estado
learn-attempt-started = Iniciado
learn-attempt-submitted = Enviado
learn-attempt-grade = Calificación
learn-attempt-open = Abrir
learn-attempt-state-in_progress = En curso
learn-attempt-state-finished = Terminado
learn-attempt-state-abandoned = Abandonado
learn-attempt-needs-grading = Pendiente de calificar
learn-attempt-review = Revisar el intento { $n }
learn-attempt-continue = Continuar el intento { $n }
error-quiz_has_attempts = El cuestionario ya tiene intentos: sus preguntas, su modo de retroalimentación y su banco adaptativo ya no pueden cambiar. Todo lo demás sí.
error-course_not_found = Este curso no existe o no está publicado.
error-quiz_not_found = Este cuestionario no existe.
error-lesson_not_found = Esta lección no existe.
error-attempt_not_found = Este intento no existe.
error-not_enrolled = Inscríbete primero en el curso.
error-enrollment_pending = Tu inscripción aún espera aprobación.
error-prerequisites_missing = Completa primero los cursos que este requiere.
error-course_not_open = Este curso no está abierto a inscripciones.
error-lesson_incomplete = Responde primero a las preguntas del vídeo (correctamente, donde se exija).
error-attempt_time_expired = Se acabó el tiempo de este intento.
error-attempt_closed = Este intento ha terminado; sus respuestas ya no pueden cambiar.
error-already_answered = Esta pregunta ya se calificó; admite una sola respuesta.
error-no_tries_left = Esta pregunta está terminada: respondida correctamente o sin intentos restantes.
error-no_attempts_left = Has usado todos los intentos que permite este cuestionario.
error-quiz_not_open = Este cuestionario aún no está abierto.
error-quiz_closed = Este cuestionario está cerrado.
error-response_mismatch = Esa respuesta no encaja con esta pregunta; revísala e inténtalo de nuevo.
error-client_id_reused = Esta solicitud ya se usó para otra cosa; vuelve a cargar la página.
error-file_too_large = El archivo es demasiado grande.
error-file_type_not_allowed = Este tipo de archivo no está permitido.

## passkeys
passkeys-title = Llaves de acceso
passkeys-intro = Una llave de acceso te identifica con el bloqueo de pantalla de tu dispositivo o una llave de seguridad en lugar de una contraseña, y cuenta como segundo paso después de la contraseña. No se puede suplantar: solo funciona en este sitio.
passkeys-none = Aún no tienes llaves de acceso.
passkeys-add = Añadir una llave de acceso en este dispositivo
passkeys-name = Nombre
passkeys-name-hint = Para distinguir tus llaves, p. ej. «Portátil» o «Teléfono».
passkeys-default-name = Llave de acceso
passkeys-added-notice = Llave de acceso añadida. A partir de ahora, iniciar sesión con la contraseña también pedirá una llave de acceso.
passkeys-recovery-intro = Tu llave de acceso vino con diez códigos de recuperación. Guárdalos ahora en un lugar seguro; solo se muestran una vez. Cada uno sustituye una vez a una llave perdida, al iniciar sesión o al restablecer la contraseña.
passkeys-added = añadida el { $date }
passkeys-last-used = último uso { $date }
passkeys-synced = sincronizada por su proveedor
passkeys-rename = Cambiar nombre
passkeys-delete = Eliminar llave de acceso
passkeys-delete-hint = Confirma que eres tú con tu contraseña actual.
passkeys-unsupported = Este navegador no puede usar llaves de acceso.
passkeys-sign-in = Iniciar sesión con una llave de acceso
passkeys-sign-in-intro = Sin contraseña: elige tu llave de acceso cuando el navegador lo pida.
passkeys-use = Usar tu llave de acceso
passkeys-second-factor-intro = Confirma con una de tus llaves de acceso para terminar de iniciar sesión.
error-passkey_cancelled = La solicitud de llave de acceso se canceló o caducó. Inténtalo de nuevo.
error-passkey_rejected = No se aceptó la respuesta de la llave de acceso. Inténtalo de nuevo.
error-passkey_ceremony_expired = La solicitud de llave de acceso ha caducado. Inténtalo de nuevo.
error-passkey_exists = Esta llave de acceso ya está registrada.
error-no_passkeys = Esta cuenta no tiene llave de acceso; confirma de otra manera.
error-role_not_delegable = Solo un administrador de la plataforma puede otorgar roles de administrador.
activity-passkey_added = Llave de acceso añadida
activity-passkey_removed = Llave de acceso eliminada

## Pantallas de operación: territorios, usuarios, traslados, registro de auditoría, mensajes fallidos; miembros del territorio
operator-moves-manage = Iniciar y dirigir traslados
operator-my-territories = Territorios a tu cargo:
admin-nav = Pantallas de operación
admin-nav-overview = Resumen
admin-nav-territories = Territorios
admin-nav-users = Usuarios
admin-nav-moves = Traslados
admin-nav-audit = Registro de auditoría
admin-nav-events = Mensajes fallidos
admin-platform-admin-only = Esta pantalla es para administradores de la plataforma. Inicia sesión con una cuenta de administrador de la plataforma (desde una red de administración permitida).
admin-actions = Acciones
admin-confirm = Sí, { $action }
admin-keep = No, mantener
admin-yes = Sí
admin-no = No
admin-previous = Página anterior
admin-next = Página siguiente
admin-territories-title = Territorios (administración)
admin-territories-intro = Crea un territorio: su esquema de base de datos se prepara en el servidor principal de su región y acepta registros al instante.
admin-territories-all = Todos los territorios
admin-territory-code = Código
admin-territory-code-hint = Dos letras, por ejemplo IS. No se puede cambiar después.
admin-territory-name = Nombre
admin-territory-region = Región
admin-territory-language = Idioma predeterminado
admin-territory-language-hint = Una etiqueta de idioma, por ejemplo is, es o pt-BR.
admin-territory-status = Estado
admin-territory-create = Crear territorio
admin-territory-created = Territorio { $territory } creado.
admin-territory-code-invalid = Usa dos letras, por ejemplo IS.
admin-territory-name-invalid = Indica un nombre de 1 a 100 caracteres.
admin-territory-region-invalid = Elige una región.
admin-territory-language-invalid = Usa una etiqueta de idioma, por ejemplo is o pt-BR.
admin-users-title = Administración de usuarios
admin-users-intro = Busca cuentas por nombre de usuario, correo electrónico o nombre dentro de su territorio de origen. Bloquear una cuenta cierra todas sus sesiones; desbloquearla le permite volver a iniciar sesión.
admin-users-search = Buscar usuarios
admin-users-territory = Territorio
admin-users-query = Usuario, correo o nombre
admin-users-found = { $count ->
    [one] Se encontró una cuenta.
   *[other] Se encontraron { $count } cuentas.
}
admin-user-active = Activa
admin-user-locked = Bloqueada
admin-user-unverified = sin confirmar
admin-user-created = Creada
admin-user-locked-at = Bloqueada desde
admin-user-id = ID de usuario
admin-user-roles = Roles
admin-user-no-roles = Sin roles aparte de ser miembro de su territorio de origen.
admin-user-lock = Bloquear cuenta
admin-user-lock-question = ¿Bloquear a { $handle }? Se cerrarán todas sus sesiones y no podrá iniciar sesión hasta que se desbloquee.
admin-user-locked-done = { $handle } está bloqueada; { $count ->
    [one] se cerró una sesión.
   *[other] se cerraron { $count } sesiones.
}
admin-user-unlock = Desbloquear cuenta
admin-user-unlocked = { $handle } está desbloqueada y puede volver a iniciar sesión.
admin-user-revoke-sessions = Cerrar todas las sesiones
admin-user-revoke-sessions-question = ¿Cerrar todas las sesiones de { $handle }? Tendrá que volver a iniciar sesión.
admin-user-sessions-revoked = { $count ->
    [one] Se cerró una sesión de { $handle }.
   *[other] Se cerraron { $count } sesiones de { $handle }.
}
admin-role = Rol
admin-role-territory = En el territorio
admin-role-grant = Conceder rol
admin-role-grant-for = Conceder un rol a { $handle }
admin-role-granted = { $handle } tiene ahora el rol { $item }.
admin-role-revoke = Retirar
admin-role-revoke-question = ¿Retirar { $item } a { $handle }?
admin-role-revoked = Se retiró { $item } a { $handle }.
admin-role-in = { $item } en { $territory }
role-platform_admin = Administrador de la plataforma
role-territory_admin = Administrador del territorio
role-moderator = Moderador
role-instructor = Instructor
role-translator = Traductor
role-member = Miembro
admin-moves-title = Traslados de territorios
admin-moves-intro = Traslada un territorio al servidor de base de datos de otra región sin dejarlo fuera de línea. El progreso se actualiza solo; cancelar, revertir y completar piden confirmación.
admin-moves-all = Todos los traslados
admin-move-start-title = Iniciar un traslado
admin-move-target = Región o nodo de base de datos de destino
admin-move-target-hint = Un código de región como am, o el nombre de un nodo de base de datos.
admin-move-target-required = Indica adónde se traslada el territorio.
admin-move-start = Iniciar traslado
admin-move-open = Ver el traslado de { $territory }
admin-move-detail = Traslado de { $territory }
admin-move-eta = quedan unos { $seconds } s
admin-move-action-done = { $action }: recibido cuando el traslado estaba en el estado «{ $detail }»; el progreso de abajo lo sigue.
admin-move-tables = Tablas
admin-move-table = Tabla
admin-move-rows = Filas copiadas
admin-move-validated = Validada
admin-move-steps = Registro de pasos (recientes)
move-state-schema = Creando esquema
move-state-copy = Copiando
move-state-catch_up = Poniéndose al día
move-state-validate = Validando
move-state-read_shift = Desplazando lecturas
move-state-switch = Cambiando escrituras
move-state-monitor = En observación
move-state-completed = Completado
move-state-cancelled = Cancelado
move-state-rolled_back = Revertido
move-state-failed = Fallido
move-action-advance = Avanzar
move-action-pause = Pausar
move-action-resume = Reanudar
move-action-cancel = Cancelar traslado
move-action-reverse = Revertir
move-action-complete = Completar
move-action-restart = Reiniciar
move-action-cancel-question = ¿Cancelar el traslado de { $territory }? Se elimina la copia en el destino y el territorio se queda donde está.
move-action-reverse-question = ¿Revertir el traslado de { $territory }? Las escrituras vuelven al servidor de origen.
move-action-complete-question = ¿Completar el traslado de { $territory }? La replicación se detiene y el esquema antiguo se archiva; después ya no se puede revertir.
admin-audit-title = Registro de auditoría
admin-audit-intro = Acciones de seguridad y administración en una cadena de hashes: cada entrada sella la anterior, así que una entrada modificada o borrada se detecta al verificar la cadena.
admin-audit-verify = Verificar la cadena
admin-audit-limit = Entradas a mostrar
admin-audit-chain-ok = La cadena está intacta: { $count } entradas comprobadas.
admin-audit-chain-broken = La cadena está rota en la entrada { $position } ({ $count } entradas comprobadas): { $detail }
admin-audit-count = { $count ->
    [one] Una entrada, la más reciente primero
   *[other] { $count } entradas, las más recientes primero
}
admin-audit-at = Cuándo
admin-audit-action = Acción
admin-audit-target = Objetivo
admin-audit-actor = Por
admin-audit-detail = Detalle
admin-events-title = Mensajes fallidos de eventos
admin-events-intro = Eventos que un consumidor abandonó tras sus reintentos. Corrige la causa y vuelve a procesarlos: el evento pasa otra vez por su consumidor.
admin-events-none = No hay mensajes fallidos en { $territory }.
admin-events-caption = Mensajes fallidos abiertos en { $territory }, los más recientes primero
admin-events-subject = Evento
admin-events-consumer = Consumidor
admin-events-attempts = Intentos
admin-events-failed-at = Falló
admin-events-replay = Reprocesar
admin-events-replayed = { $item } se procesó.
admin-events-replay-failed = { $item } volvió a fallar; sigue como mensaje fallido.
members-title = Miembros de { $territory }
members-back = Volver a { $territory }
members-intro = Cuentas de este territorio. Los administradores del territorio conceden y retiran aquí los roles de moderador, instructor, traductor y miembro; los roles de administración los concede un administrador de la plataforma.
members-count = { $count ->
    [one] Una cuenta
   *[other] { $count } cuentas
}
members-account = Cuenta
members-role-for = Rol para { $handle }
members-granted = { $handle } tiene ahora el rol { $item }. Roles aquí: { $detail }.
members-revoked = Se retiró { $item } a { $handle }. Roles aquí: { $detail }.
error-territory_exists = Ya existe un territorio con ese código.
error-admin_network_refused = Las acciones de administración solo funcionan desde las redes de administración que permite este servidor (identity.admin_allow).
error-user_not_found = Esa cuenta no existe (ya).
error-grant_not_found = La cuenta no tiene ese rol allí.
error-territory_required = Elige un territorio en el que buscar.
error-query_too_long = Busca como máximo 100 caracteres.
error-invalid_limit = Ese tamaño de página no está permitido.
error-invalid_language = No es una etiqueta de idioma como es o pt-BR.
error-move_not_found = Este territorio no se ha trasladado.
error-move_in_progress = Este territorio ya se está trasladando.
error-move_same_server = El destino usa la misma base de datos que el territorio: un traslado necesita otro servidor (en modo integrado todas las regiones están en una sola base de datos).
error-move_finished = Ese traslado ha terminado.
error-move_cannot_advance = Avanzar funciona durante la puesta al día, la validación y el desplazamiento de lecturas.
error-move_cannot_cancel = Las escrituras ya se han cambiado: revierte el traslado en su lugar.
error-move_cannot_reverse = Revertir funciona tras el cambio de escrituras, antes de completar.
error-move_cannot_complete = Completar funciona tras el cambio de escrituras.
error-move_cannot_restart = Solo se puede reiniciar un traslado fallido.
error-move_target_unreachable = No se puede conectar con el servidor de base de datos de destino.
error-dead_letter_not_found = Ese mensaje fallido no existe (ya).
