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

nav-sign-in = Sign in
nav-register = Create account
nav-account = Account ({ $name })
nav-sign-out = Sign out
form-busy = Please wait…

field-handle = Handle
field-handle-hint = 3–30 characters: a–z, 0–9 and _, starting with a letter. Others see you as @handle:territory.
field-display-name = Display name
field-email = Email address
field-password = Password
field-new-password = New password
field-password-hint = At least 8 characters and hard to guess; a passphrase of several words works well.
field-language = Language
field-login = Handle or email address
field-totp-code = 6-digit code from your authenticator app
field-recovery-code = Recovery code
field-code-optional = Authenticator or recovery code
field-totp-or-recovery = Authenticator code or recovery code

register-title = Create an account
register-intro = Your account belongs to a home territory; you can take part everywhere.
register-territory = Home territory
register-submit = Create account
register-done = Welcome, { $handle }! We sent a confirmation link to { $email }. Open it, then sign in.
register-have-account = Already have an account?

verify-title = Confirm your email address
verify-done = Your email address is confirmed. You can sign in now.
verify-resend = Send a new confirmation link
verify-resend-intro = Links work once and for a limited time. Enter your handle or email address and we send a fresh one.
verify-resent = If an unconfirmed account matches, a new link is on its way.

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-verify = Verify
sign-in-second-factor = Two-step verification
sign-in-totp-intro = Enter the code your authenticator app shows for UnityPlan.
sign-in-recovery-intro = Enter one of the recovery codes you saved when you turned on two-step verification or added your first passkey. Each works once.
sign-in-use-totp = Use an authenticator code instead
sign-in-use-recovery = Use a recovery code instead
sign-in-forgot = Forgot your password?
sign-in-no-account = New here?

reset-title = Reset your password
reset-intro = We will email you a link to choose a new password.
reset-request = Send the link
reset-sent = If an account matches, a link is on its way. It works for a limited time.
reset-submit = Set new password
reset-done = Your password is changed and every session has ended. Sign in with the new password.
reset-code-hint = Only needed when two-step verification is on.
reset-submit-passkey = Confirm with your passkey and set the password
reset-passkey-needed = This account is protected with a passkey. After you choose the new password, your device asks you to confirm with it.
reset-passkey-or-code = This account is protected with a passkey and an authenticator app. Confirm with your passkey, or enter a code below instead.
reset-passkey-or-recovery = This account is protected with a passkey. Confirm with it after choosing the new password, or, if you lost it, enter one of your recovery codes below.
reset-code-instead-hint = Leave empty to confirm with your passkey.
reset-request-new = Ask for a new link

account-nav = Account
account-overview = Overview
account-security = Two-step verification
account-sessions = Sessions
account-api-keys = API keys
account-activity = Activity
account-title = Your account
account-verified = confirmed
account-unverified = not confirmed
account-two-factor = Two-step verification
account-two-factor-on = On
account-two-factor-off = Off
account-member-since = Member since
territory-title = Home territory

security-title = Two-step verification
security-off = Two-step verification is off. Turn it on so a stolen password alone cannot open your account.
security-on = Two-step verification is on: signing in asks for a code from your authenticator app.
security-start = Turn on two-step verification
security-password-hint = Confirm it is you with your current password.
security-scan = Scan this code with your authenticator app
security-qr-alt = QR code for your authenticator app
security-manual = Cannot scan? Enter this key in the app instead:
security-confirm = Confirm and turn on
security-enabled = Two-step verification is on.
security-recovery-title = Your recovery codes
security-recovery-intro = Save these somewhere safe now; they are shown only once. Each code signs you in once if you lose your authenticator.
security-disable = Turn off two-step verification
security-disabled = Two-step verification is off.

sessions-title = Your sessions
sessions-count = { $count ->
    [one] One active session
   *[other] { $count } active sessions
}
sessions-device = Device
sessions-ip = IP address
sessions-created = Signed in
sessions-last-seen = Last active
sessions-expires = Expires
sessions-actions = Actions
sessions-current = this device
sessions-revoke = Sign out this session
sessions-revoke-others = Sign out everywhere else

keys-title = API keys
keys-create = Create key
keys-created = Your new key
keys-created-once = Copy it now: it will not be shown again.
keys-name = Name
keys-scopes = Permissions
keys-scope-read = Read
keys-scope-write = Write
keys-scope-admin = Administer
keys-days = Valid for (days, 1–365)
keys-count = { $count ->
    [one] One key
   *[other] { $count } keys
}
keys-prefix = Starts with
keys-expires = Expires
keys-last-used = Last used
keys-revoked = Revoked { $when }
keys-revoke = Revoke

activity-title = Your activity
activity-count = { $count ->
    [one] One event
   *[other] { $count } events
}
activity-when = When
activity-what = What
activity-account_created = Account created
activity-email_verified = Email address confirmed
activity-signed_in = Signed in
activity-signed_out = Signed out
activity-sign_in_failed = Failed sign-in attempt
activity-new_network_sign_in = Sign-in from a new network
activity-password_changed = Password changed
activity-password_reset = Password reset
activity-password_reset_requested = Password reset requested
activity-email_change_requested = Email change requested
activity-email_changed = Email address changed
activity-totp_enabled = Two-step verification turned on
activity-totp_disabled = Two-step verification turned off
activity-recovery_code_used = Recovery code used
activity-session_revoked = Session signed out
activity-sessions_revoked = Other sessions signed out
activity-api_key_created = API key created
activity-api_key_revoked = API key revoked
activity-account_locked = Account locked by an administrator
activity-account_unlocked = Account unlocked
activity-role_granted = Role granted
activity-role_revoked = Role removed

error-handle_taken = That handle is taken. Please choose another.
error-email_taken = An account already uses that email address. Sign in, or reset its password.
error-invalid_credentials = The sign-in details are not right. Check them and try again.
error-email_not_verified = Confirm your email address first: open the link we sent you.
error-invalid_link = This link is not valid any more (used or expired). Ask for a new one.
error-second_factor_required = Enter the code from your authenticator app (or a recovery code).
error-reauthentication_failed = That password is not right.
error-totp_already_enabled = Two-step verification is already on.
error-totp_not_enabled = Two-step verification is not on.
error-totp_not_enrolled = Start the set-up again: no enrolment is waiting.
error-totp_replay_refused = That code was just used. Wait for the next one.
error-session_not_found = That session has already ended.
error-api_key_not_found = That key does not exist (any more).
error-session_required = Do this from a signed-in browser session, not with an API key.
error-insufficient_scope = This key does not have permission for that.
error-forbidden = You do not have permission to do that.
error-invalid_body = The request was not understood. Please reload the page and try again.
error-invalid_id = That link points at something that does not exist.

operator-events = Event backbone
operator-events-mode = Transport
operator-events-in-process = In-process bus
operator-events-nats-up = NATS JetStream, connected
operator-events-nats-down = NATS JetStream, not connected (events wait in the outbox)
operator-events-published = Events published by this process
operator-events-relay = Relay active for regions
operator-events-consumers = Consumers

account-credentials = Email and password
credentials-title = Email and password
credentials-password = Change your password
credentials-password-submit = Change password
credentials-password-done = { $count ->
    [0] Your password is changed.
    [one] Your password is changed; one other session was signed out.
   *[other] Your password is changed; { $count } other sessions were signed out.
}
credentials-email = Change your email address
credentials-new-email = New email address
credentials-email-submit = Send confirmation link
credentials-email-sent = We sent a link to { $email }. Your address changes when you open it.

## forum

forum-open = Forum
forum-title = Forum · { $territory }
forum-nav = Forum
forum-territory-home = Territory
forum-topics = Topics
forum-topic = Topic
forum-search = Search
forum-bookmarks = Bookmarks
forum-log = Moderation log
forum-flags = Flag queue
forum-settings = Forum settings
forum-categories = Categories
forum-all-categories = All categories
forum-no-categories = There are no categories yet.
forum-no-topics = No topics here yet.
forum-topics-in = Topics in { $category }
forum-topic-count = { $count ->
    [one] one topic
   *[other] { $count } topics
}
forum-unread-posts = { $count ->
    [one] one unread
   *[other] { $count } unread
}
forum-moderators-post = Only moderators post here
forum-new-topic = New topic
forum-sign-in-to-post = to post and reply.
forum-sort = Sort topics
forum-sort-latest = Latest
forum-sort-top = Top
forum-sort-hot = Hot
forum-sort-unread = Unread
forum-period = Period
forum-period-day = Today
forum-period-week = This week
forum-period-month = This month
forum-period-year = This year
forum-period-all = All time
forum-pinned = Pinned
forum-locked = Locked
forum-hidden = Hidden
forum-replies = { $count ->
    [one] one reply
   *[other] { $count } replies
}
forum-reactions = { $count ->
    [one] one reaction
   *[other] { $count } reactions
}
forum-last-post = last post { $when }
forum-load-more = Load more
forum-load-more-posts = Load more posts
forum-new-category = New category
forum-create-category = Create category
forum-category = Category
forum-category-name = Name
forum-category-slug = Short name for links
forum-category-slug-hint = 2 to 40 of a–z, 0–9 and -
forum-category-description = Description
forum-you = { $name } (you)
forum-member = Member …{ $id }
forum-compose-mode = Write or preview
forum-write = Write
forum-preview = Preview
forum-preview-empty = Nothing to preview yet.
forum-markdown-hint = Markdown works: **bold**, *italic*, `code`, > quote, - list. Mention someone with @handle.
forum-mention-suggestions = Mention suggestions (arrow keys to choose, Enter to insert)
forum-topic-title = Title
forum-topic-body = Your post
forum-post-topic = Post topic
forum-queued = You are offline. Your post is saved on this device and will be sent when the connection returns.
forum-outbox-topic = New forum topic “{ $title }”
forum-outbox-reply = Reply in “{ $title }”
forum-slow-mode-on = Slow mode: one post per { $seconds } s
forum-locked-notice = This topic is locked: no new replies.
forum-merged-notice = This topic was merged into another one.
forum-merged-link = Go to that topic
forum-subscribe = Follow this topic
forum-subscribed = Following (stop)
forum-reply = Reply
forum-your-reply = Your reply
forum-post-reply = Post reply
forum-replying-to = Replying to post #{ $number } by { $author }.
forum-quoting = Quoting post #{ $number } by { $author }.
forum-cancel-reply-to = Cancel
forum-in-reply-to = In reply to #{ $number }
forum-edited = edited { $when }
forum-post-deleted = This post was deleted.
forum-post-hidden = This post was hidden by a moderator.
forum-edit-post = Edit post #{ $number }
forum-save = Save
forum-cancel = Cancel
forum-reactions-label = Reactions
forum-reply-to-this = Reply
forum-quote = Quote
forum-bookmark = Bookmark
forum-bookmarked = Bookmarked
forum-edit = Edit
forum-delete = Delete
forum-delete-confirm = Delete this post? Its place in the topic stays, marked as deleted.
forum-flag = Flag
forum-flag-post = Flag post #{ $number }
forum-flag-reason = Reason
forum-flag-note = Note for the moderators (optional)
forum-flag-send = Send flag
forum-flagged = Thank you. The moderators will look at it.
forum-flag-spam = Spam
forum-flag-abuse = Abuse
forum-flag-off_topic = Off topic
forum-flag-illegal = Illegal
forum-flag-other = Other
forum-history = { $count ->
    [one] History
   *[other] History ({ $count } versions)
}
forum-revision = Version { $number }, { $when }
forum-moderate-post = Moderate post #{ $number }
forum-mod-reason = Reason (public)
forum-hide-post = Hide post
forum-unhide-post = Show post again
forum-moderation = Moderation
forum-mod-action = Action
forum-mod-apply = Apply
forum-mod-done = Done: { $action }.
forum-move-to = Move to category
forum-merge-into = Merge into topic (id or link)
forum-slow-mode-seconds = Seconds between posts (0 = off)
forum-choose = Choose…
forum-action-lock = Lock
forum-action-unlock = Unlock
forum-action-pin = Pin
forum-action-unpin = Unpin
forum-action-hide = Hide topic
forum-action-unhide = Show topic again
forum-action-move = Move
forum-action-merge = Merge
forum-action-slow_mode = Slow mode
forum-action-hide_post = Hide post
forum-action-unhide_post = Show post again
forum-action-resolve_flag = Flag resolved
forum-search-words = Search words
forum-search-go = Search
forum-search-hint = Words match other forms of the same word in the territory's language. Use "quotes" for a phrase, or, and -word to leave a word out.
forum-hits = { $count ->
    [0] Nothing found.
    [one] One result.
   *[other] { $count } results.
}
forum-log-intro = Every moderator action is public: who did what, when and why.
forum-log-empty = No moderator actions yet.
forum-log-reason = Reason
forum-log-open = Open the topic
forum-flags-empty = No open flags.
forum-flag-open = Open the post
forum-flag-resolution = Decision (public)
forum-flag-resolve = Resolve
forum-bookmarks-empty = You have not bookmarked any posts here.
forum-post-number = Post #{ $number }
forum-settings-emoji = Reaction emoji
forum-settings-emoji-hint = Separated by spaces, 1 to 32.
forum-settings-per-minute = Posts per minute per person
forum-settings-new-hours = Accounts are new for this many hours
forum-settings-new-per-day = Posts per day for new accounts
forum-settings-max-chars = Longest post (characters)
forum-settings-saved = Settings saved.
forum-attach = Attach files
forum-attach-hint = Up to { $count } files per post. Each file is uploaded as soon as you choose it.
forum-attach-offline = Attaching files needs a connection. You can still write and send your post; add files when you are back online.
forum-attach-uploading = Uploading { $name }…
forum-attachments = Attachments
forum-attach-remove = Remove { $name }
forum-attach-too-large = { $name } is larger than this forum accepts. Make it smaller or share a link instead.
forum-attach-type-not-allowed = { $name } is a type of file this forum does not accept (web pages and SVG never are). Images, PDF and plain text usually are.
forum-attach-too-many = { $name } was not attached: a post can carry at most { $count } files.
forum-attach-failed = { $name } could not be attached: { $detail }
forum-file-size = { $units ->
    [kb] { $size } KB
    [mb] { $size } MB
   *[b] { $size } bytes
}
operator-moves = Territory moves
operator-moves-admin-only = Sign in as a platform admin to see territory moves.
operator-moves-none = No territory has been moved.
operator-move-territory = Territory
operator-move-route = From → to
operator-move-copy = Copied
operator-move-reads = Reads on target
operator-move-paused = paused
error-topic_not_found = There is no such topic in this territory.
error-post_not_found = There is no such post in this territory.
error-category_not_found = There is no such category.
error-flag_not_found = That flag does not exist or is already resolved.
error-topic_locked = This topic is locked, so no one can reply to it any more.
error-topic_merged = This topic was merged into another one; reply there.
error-not_your_post = Only its author or a moderator can change this post.
error-already_flagged = You have already flagged this post.
error-invalid_cursor = The list changed. Please reload the page.
error-new_user_limit = New accounts can only post a limited number of times a day. Please try again tomorrow.
error-slow_mode = This topic is in slow mode. Please wait a little before posting again.
error-slug_taken = That short name is already used by another category.

## learning

learn-open = Courses
learn-catalog-title = Courses · { $territory }
learn-catalog-empty = No courses are published here yet.
learn-back-territory = Territory
learn-back-catalog = All courses
learn-back-course = Back to the course
learn-back-quiz = Back to the quiz
learn-sign-in-first = Sign in to see courses, enrol and take quizzes.
learn-sign-in = Sign in
learn-instructors-only = Only instructors of this territory can open this page.
learn-course = Course
learn-lesson = Lesson
learn-quiz = Quiz
learn-attempt = Attempt
learn-status = Status
learn-status-draft = Draft
learn-status-published = Published
learn-status-archived = Archived
learn-enrollment-open = Open enrolment
learn-enrollment-approval = Enrolment by approval
learn-enrollment-status-pending = waiting for approval
learn-enrollment-status-active = enrolled
learn-badge-named = Badge: { $name }
learn-new-course = New course
learn-create-course = Create course
learn-course-title = Title
learn-course-summary = Summary (Markdown)
learn-course-language = Language tag (e.g. da)
learn-course-enrollment = Enrolment
learn-edit-course = Edit course
learn-your-progress = Your progress
learn-enrol-hint = Enrol to open the lessons and take the quizzes.
learn-enrol-approval-hint = An instructor approves each enrolment in this course.
learn-enrol = Enrol
learn-request-enrol = Ask to enrol
learn-enrol-pending = Your enrolment is waiting for an instructor's approval.
learn-enrolled = You are enrolled.
learn-lessons-done = Lessons done: { $done } of { $total }
learn-quizzes-passed = Required quizzes passed: { $done } of { $total }
learn-completed = Course completed on { $when }.
learn-certificate = Certificate
learn-certificate-learner = Learner
learn-certificate-code = Verification code
learn-badge-valid = valid
learn-badge-valid-until = valid until { $when }
learn-badge-lapsed = lapsed — complete the course again to renew it
learn-outline = Lessons
learn-no-modules = This course has no lessons yet.
learn-kind-text = text
learn-kind-video = video
learn-viewed = done
learn-quizzes = Quizzes
learn-no-quizzes = This course has no quizzes yet.
learn-attachments = Attachments
learn-bytes = { $size } KB
learn-lesson-done = You have completed this lesson.
learn-lesson-queued = Saved on this device; it is sent when you are back online.
learn-mark-complete = Mark as complete
learn-outbox-complete = Lesson completed: { $title }
learn-video = Video
learn-video-questions = { $count ->
    [one] The video pauses for one question.
   *[other] The video pauses for { $count } questions.
}
learn-video-no-skipping = You cannot skip past a question you have not answered.
learn-video-question = Question in the video
learn-video-require-correct = Answer correctly to continue.
learn-video-try-again = Not quite. Try again to continue.
learn-video-continue = Continue the video
learn-check = Check
learn-q-choose-one = Choose one answer
learn-q-choose-several = Choose one or more answers
learn-q-true-or-false = True or false?
learn-q-true = True
learn-q-false = False
learn-q-blank = Blank { $n }
learn-q-number = Your answer (number, with a unit if needed)
learn-q-units = Units you may use: { $units }
learn-q-pick = Choose…
learn-q-order = Items in your order
learn-q-up = Move “{ $item }” up
learn-q-down = Move “{ $item }” down
learn-q-essay = Your answer
learn-q-files = Upload your file (at most { $max })
learn-q-remove-file = Remove
learn-q-unsupported = This question type ({ $type }) cannot be answered here yet.
learn-quiz-time-limit = Time limit
learn-minutes = { $n } min
learn-quiz-untimed = none
learn-quiz-attempts = Attempts allowed
learn-quiz-unlimited = unlimited
learn-quiz-grading = Grade counted
learn-grading-highest = highest attempt
learn-grading-average = average of attempts
learn-grading-first = first attempt
learn-grading-last = last attempt
learn-quiz-pass = Grade to pass
learn-quiz-feedback = Feedback
learn-feedback-deferred = after you submit
learn-feedback-immediate = right after each answer
learn-feedback-interactive = after each try, with hints
learn-quiz-closes = Closes
learn-quiz-adaptive = This quiz adapts to you: the next question depends on your answers.
learn-your-grade = Your grade
learn-no-grade = No grade yet.
learn-grade-is = Grade: { $grade }
learn-passed = passed
learn-not-passed = not passed
learn-attempt-grades = Your attempts
learn-start-attempt = Start or continue an attempt
learn-attempt-title = { $quiz } · attempt { $n }
learn-question-n = Question { $n } ({ $marks ->
    [one] 1 mark
   *[other] { $marks } marks
})
learn-slot-n = question { $n }
learn-save-answer = Save answer
learn-answer-first = Answer the question first.
learn-answer-waiting = Saved on this device, waiting to be sent
learn-answer-unanswered = Not answered yet
learn-answer-answered = Answer saved
learn-answer-right = Right
learn-answer-partial = Partly right
learn-answer-wrong = Wrong
learn-answer-needs_grading = Waiting for an instructor to grade it
learn-tries = tries: { $n }
learn-outbox-answer = Answer to question { $n } in { $quiz }
learn-outbox-submit = Submit { $quiz }
learn-submit = Submit all and finish
learn-submit-waiting = Your submission is saved on this device and is sent when you are back online.
learn-marks = Marks: { $got } of { $max }
learn-hint = Hint: { $hint }
learn-estimate = Ability estimate: level { $level } (standard error { $se }) after { $answered } answers.
learn-stop-precise_enough = The estimate is precise enough.
learn-stop-max_questions = The most questions were asked.
learn-stop-no_questions_left = No questions were left.
learn-review = Review
learn-attempt-abandoned = This attempt was abandoned (the time ran out).
learn-needs-grading = Some answers wait for an instructor; your grade appears once they are graded.
learn-grade-hidden = Your grade is not shown yet.
learn-finished-at = Finished { $when }
learn-time-left = Time left:
learn-time-left-announce = { $minutes ->
    [0] { $seconds } seconds left
   *[other] { $minutes } minutes left
}
learn-time-over = The time is over.
learn-edit-title = Edit: { $title }
learn-course-settings = Course settings
learn-publish = Publish
learn-archive = Archive
learn-now-published = The course is published.
learn-now-archived = The course is archived.
learn-saved = Saved.
learn-save = Save
learn-badge-name = Completion badge (name)
learn-badge-days = Badge valid for (days; empty = forever)
learn-cover = Cover image
learn-modules = Modules and lessons
learn-add-module = Add module
learn-module-title = Module title
learn-add-lesson-to = Add a lesson to { $module }
learn-add-lesson = Add lesson
learn-lesson-title = Lesson title
learn-lesson-kind = Lesson type
learn-lesson-markdown = Text (Markdown)
learn-attach = Attach a file
learn-video-url = Video address (https)
learn-video-file = Or upload a video
learn-uploaded = Uploaded.
learn-interactions = Questions in the video
learn-at-secs = At second
learn-question = Question
learn-require-correct = Must be answered correctly
learn-add-interaction = Add a question
learn-prevent-skipping = Prevent skipping past unanswered questions
learn-bank = Question bank
learn-bank-filter = Filter the question bank
learn-category = Category
learn-tags = Tags
learn-tags-hint = Separate tags with commas.
learn-filter = Filter
learn-bank-count = { $count ->
    [one] One question
   *[other] { $count } questions
}
learn-bank-empty = The question bank is empty: import or add questions first.
learn-question-name = Name
learn-question-type = Type
learn-version = Version
learn-type-single_choice = single choice
learn-type-multiple_choice = multiple choice
learn-type-true_false = true/false
learn-type-fill_blanks = fill in the blanks
learn-type-numeric = numeric
learn-type-matching = matching
learn-type-ordering = ordering
learn-type-essay = essay
learn-type-file_upload = file upload
learn-export = Export
learn-import = Import questions
learn-import-format = Format
learn-import-file = File
learn-import-paste = Or paste the text
learn-import-run = Import
learn-imported = { $count ->
    [one] One question imported.
   *[other] { $count } questions imported.
}
learn-import-warnings = { $count ->
    [one] One warning
   *[other] { $count } warnings
}
learn-import-skipped = { $count ->
    [one] One question skipped
   *[other] { $count } questions skipped
}
learn-import-at = Question { $position } ({ $name })
learn-new-question = New question
learn-add-question = Add question
learn-question-text = Question text (Markdown; blanks as {"{"}1{"}"}, {"{"}2{"}"} …)
learn-question-answers = Answers (JSON)
learn-json-invalid = The answers are not valid JSON: { $detail }
learn-question-created = Question “{ $name }” added.
learn-difficulty = Difficulty (1–10)
learn-general-feedback = General feedback
learn-hints = Hints (one per line)
learn-new-quiz = New quiz
learn-create-quiz = Create quiz
learn-quiz-title = Quiz title
learn-quiz-created = Quiz “{ $title }” created.
learn-quiz-questions = Fixed questions
learn-select-all = Select all
learn-random-slot = Random questions
learn-random-count = How many
learn-quiz-minutes = Time limit (minutes)
learn-quiz-minutes-hint = Empty means no time limit.
learn-quiz-attempts-hint = Empty means unlimited.
learn-quiz-delay = Seconds between attempts
learn-quiz-pass-percent = Grade to pass (%)
learn-quiz-overdue = When the time is over
learn-overdue-auto_submit = submit the saved answers
learn-overdue-grace_period = allow a grace period to submit
learn-overdue-abandon = abandon the attempt
learn-quiz-grace = Grace period (seconds)
learn-quiz-required = Passing is required to complete the course
learn-enrollments = Enrolments
learn-no-enrollments = Nobody has enrolled yet.
learn-approve = Approve
learn-grading-title = Grading queue
learn-grading-empty = Nothing is waiting to be graded.
learn-learner = Learner
learn-grade-for = Grade { $name }
learn-rubric-points = { $criterion } (0–{ $max } points)
learn-grade-percent = Grade (%)
learn-grade-comment = Comment for the learner
learn-grade-save = Save grade
learn-move-up = Move “{ $name }” up
learn-move-down = Move “{ $name }” down
learn-delete = Delete “{ $name }”
learn-delete-confirm = Delete “{ $name }”? This cannot be undone.
learn-delete-progress-confirm = Learners have progress in “{ $name }”. Delete it and their progress there?
learn-shuffle = Shuffle the choices of choice questions in each attempt
learn-review-options = Review options
learn-review-options-hint = What learners see of their attempt in each phase. "Right after" is the two minutes after submitting.
learn-review-phase-during = During the attempt
learn-review-phase-immediately_after = Right after
learn-review-phase-later = Later, while open
learn-review-phase-after_close = After the quiz closes
learn-review-item-marks = Marks
learn-review-item-feedback = Feedback
learn-review-item-overall_feedback = Overall feedback
learn-review-checkbox = { $item }: { $phase }
learn-bands = Overall feedback by grade
learn-band-from = From grade (%)
learn-band-to = Below grade (%; 100 includes 100)
learn-band-text = Feedback for this band
learn-add-band = Add a grade band
learn-prerequisites = Courses to complete first
learn-no-other-courses = There are no other courses in this territory yet.
learn-requires = Complete these courses first:
learn-actions = Actions
learn-edit = Edit
learn-edit-question = Edit “{ $name }”
learn-cancel-edit = Stop editing
learn-save-question = Save question
learn-question-updated = “{ $name }” is now version { $version }; { $count ->
    [one] one finished attempt was regraded.
   *[other] { $count } finished attempts were regraded.
}
learn-regrade = Regrade finished attempts that used this question
# Question editor (questions/QuestionEditor.tsx)
learn-qf-general = General
learn-qf-answers = Answers: { $type }
learn-qf-type-locked = A correction keeps the question type; to change it, add a new question.
learn-qf-default-mark = Default mark
learn-qf-penalty = Penalty per wrong try (%)
learn-qf-shuffle = Shuffle the choices (turn off for “all of the above”)
learn-qf-hints = Hints
learn-qf-hints-hint = Shown one by one after wrong tries in interactive quizzes.
learn-qf-hint-n = Hint { $n }
learn-qf-hint-text = Hint text
learn-qf-add-hint = Add a hint
learn-qf-up = Up
learn-qf-down = Down
learn-qf-remove = Remove
learn-qf-remove-row = Remove “{ $item }”
learn-qf-choices = Choices
learn-qf-choices-hint-single = Grade is the credit for choosing it in %: one choice must be 100.
learn-qf-choices-hint-multi = Grade is the credit for choosing it in %, from −100 to 100; negative grades take marks away.
learn-qf-choice-n = Choice { $n }
learn-qf-choice-text = Choice text
learn-qf-add-choice = Add a choice
learn-qf-grade = Grade (%)
learn-qf-feedback = Feedback
learn-qf-partial-credit = Partial credit
learn-qf-partial-fractions = Add up the grades of the chosen choices (Moodle)
learn-qf-partial-right_minus_wrong = Share of right choices minus share of wrong choices (Canvas)
learn-qf-partial-all_or_nothing = All or nothing: only exactly the right choices score
learn-qf-correct-answer = Correct answer
learn-qf-feedback-true = Feedback for the answer “True”
learn-qf-feedback-false = Feedback for the answer “False”
learn-qf-blanks = Blanks
learn-qf-blanks-hint = Write {"{"}1{"}"}, {"{"}2{"}"} … in the question text where each blank goes.
learn-qf-accepted = Accepted answers
learn-qf-accepted-hint = * matches any text. One answer must have grade 100.
learn-qf-blank-answer-n = Blank { $n }, answer { $count }
learn-qf-answer-text = Accepted text
learn-qf-add-answer-to = Add an answer to blank { $n }
learn-qf-case-sensitive = Upper and lower case must match
learn-qf-normalize = Ignore extra spaces
learn-qf-numeric-answers = Accepted values
learn-qf-numeric-hint = A value is accepted within ± tolerance, in the base unit. One value must have grade 100.
learn-qf-value-n = Value { $n }
learn-qf-value = Value
learn-qf-tolerance = Tolerance (±)
learn-qf-add-value = Add a value
learn-qf-units = Units
learn-qf-units-hint = The base unit has multiplier 1; another unit's multiplier is how many of it make one base unit (cm: 100 when the base is m).
learn-qf-unit-n = Unit { $n }
learn-qf-unit-name = Unit
learn-qf-multiplier = Multiplier
learn-qf-add-unit = Add a unit
learn-qf-unit-required = An answer without a unit is wrong
learn-qf-pairs = Pairs
learn-qf-pairs-hint = The learner picks the matching answer for each prompt.
learn-qf-pair-n = Pair { $n }
learn-qf-prompt = Prompt
learn-qf-match = Matching answer
learn-qf-add-pair = Add a pair
learn-qf-distractors = Extra wrong answers
learn-qf-distractor-n = Wrong answer { $n }
learn-qf-distractor = Wrong answer
learn-qf-add-distractor = Add a wrong answer
learn-qf-items = Items
learn-qf-items-hint = In the right order; learners get them shuffled.
learn-qf-item-n = Item { $n }
learn-qf-item = Item text
learn-qf-add-item = Add an item
learn-qf-rubric = Rubric
learn-qf-rubric-hint = Graders give points per criterion; the points are scaled to the question's mark.
learn-qf-criterion-n = Criterion { $n }
learn-qf-description = Description
learn-qf-points = Points
learn-qf-add-criterion = Add a criterion
learn-qf-grader-info = Information for graders
learn-qf-max-files = Most files a learner may upload
learn-qf-preview = Preview
learn-qf-preview-hint = As a learner sees it (nothing is saved). Markdown is formatted once the question is saved.
learn-qf-json = JSON (advanced)
learn-qf-json-apply = Use this JSON
learn-qf-json-no-type = The JSON needs a "type", one of: { $detail }.
learn-qf-json-locked = A correction keeps the type: the JSON's "type" must be { $type }.
learn-qf-problems = { $count ->
    [one] One thing needs correcting before the question can be saved:
   *[other] { $count } things need correcting before the question can be saved:
}
learn-qf-regrade-hint = Without a regrade, finished attempts keep their marks; new attempts use the corrected question.
learn-qf-delete = Delete
learn-qf-delete-question = Delete “{ $name }”
learn-qf-delete-confirm = Delete “{ $name }” from the question bank? This cannot be undone.
learn-qf-deleted = Question “{ $name }” deleted.
learn-qf-delete-in-use = “{ $name }” is still in use and was not deleted.
learn-qf-err-name = Give the question a name.
learn-qf-err-text = Write the question text.
learn-qf-err-difficulty = Difficulty is a whole number from 1 to 10.
learn-qf-err-mark = The default mark must be a number above 0.
learn-qf-err-penalty = The penalty is a percentage from 0 to 100.
learn-qf-err-category = A category has at most 200 characters.
learn-qf-err-tags = Each tag has at most 50 characters.
learn-qf-err-number = Enter a number, such as 1.5.
learn-qf-err-grade = The grade is a percentage from −100 to 100.
learn-qf-err-grade-positive = The grade is a percentage from 0 to 100.
learn-qf-err-choice-text = Choice { $n } has no text.
learn-qf-err-two-choices = Give at least two choices.
learn-qf-err-full-choice = One choice must have grade 100.
learn-qf-err-right-choice = At least one choice must have a grade above 0.
learn-qf-err-one-blank = Add at least one blank.
learn-qf-err-placeholder = The question text has no {"{"}{ $n }{"}"} for blank { $n }.
learn-qf-err-blank-full = Blank { $n } needs an answer with grade 100.
learn-qf-err-answer-text = Write the accepted text.
learn-qf-err-tolerance = The tolerance cannot be negative.
learn-qf-err-numeric-full = One accepted value must have grade 100.
learn-qf-err-unit-name = Name the unit, such as cm.
learn-qf-err-multiplier = The multiplier must be a number above 0.
learn-qf-err-two-pairs = Give at least two pairs.
learn-qf-err-prompt = Pair { $n } has no prompt.
learn-qf-err-pair-answer = Pair { $n } has no matching answer.
learn-qf-err-two-items = Give at least two items.
learn-qf-err-item = Item { $n } is empty.
learn-qf-err-criterion = Criterion { $n } has no description.
learn-qf-err-points = Points cannot be negative.
learn-qf-err-max-files = Allow at least one file (a whole number).
learn-adaptive = Adaptive quiz
learn-adaptive-on = Choose each question by the learner's answers so far (fixed and random questions are then not used)
learn-adaptive-lowest = Lowest difficulty level
learn-adaptive-highest = Highest difficulty level
learn-adaptive-start = Starting level
learn-adaptive-se = Stop at standard error (logits)
learn-adaptive-min = Fewest questions
learn-adaptive-max = Most questions
learn-delete-yes = Delete
learn-delete-anyway = Delete anyway
learn-delete-cancel = Cancel
learn-delete-loss = Learners would lose their data in “{ $name }”:
learn-rename = Rename “{ $name }”
learn-rename-save = Save name
learn-renamed = Renamed to “{ $name }”.
learn-lesson-edit = Edit “{ $name }”
learn-lesson-edit-of = Edit lesson “{ $name }”
learn-lesson-module = Module of “{ $name }”
learn-lesson-move = Move “{ $name }” there
learn-lesson-moved = “{ $name }” moved to “{ $module }”.
learn-lesson-save = Save lesson
learn-lesson-saved = Lesson “{ $name }” saved.
learn-lesson-completed-by = { $count ->
    [one] One learner has completed this lesson; the completion stays when you save.
   *[other] { $count } learners have completed this lesson; their completions stay when you save.
}
learn-interaction-answered-by = { $count ->
    [one] Answered by one learner.
   *[other] Answered by { $count } learners.
}
learn-remove-attachment = Remove “{ $name }”
learn-remove-interaction = Remove question { $n }
learn-save-loss = Saving “{ $name }” would delete learners' answers:
learn-save-anyway = Save anyway
learn-quiz-opens = Opens
learn-quiz-edit-settings = Edit settings of “{ $title }”
learn-quiz-settings-of = Settings of “{ $title }”
learn-quiz-save-settings = Save settings
learn-quiz-settings-saved = Quiz settings saved.
learn-quiz-edit-slots = Change questions of “{ $title }”
learn-quiz-slots-of = Questions of “{ $title }”
learn-quiz-save-slots = Save questions
learn-quiz-slots-saved = The quiz's questions are saved.
learn-slots-empty = A quiz needs at least one question or random draw.
learn-slots-adaptive = This quiz is adaptive: its questions come from the pool in its settings (Edit settings), not from a list.
learn-slot-random = { $n ->
    [one] One random question
   *[other] { $n } random questions
}
learn-slot-count-invalid = Enter a whole number of at least 1.
learn-slot-duplicate = This question is already in the quiz.
learn-slot-up = Move “{ $what }” up
learn-slot-down = Move “{ $what }” down
learn-slot-remove = Remove “{ $what }”
learn-remove = Remove
learn-slot-add-question = Question from the bank
learn-slot-pick = Choose a question
learn-slot-add = Add the question
learn-slot-add-random = Add random questions
learn-past-attempts = Your past attempts
learn-attempt-state = State
learn-attempt-started = Started
learn-attempt-submitted = Submitted
learn-attempt-grade = Grade
learn-attempt-open = Open
learn-attempt-state-in_progress = In progress
learn-attempt-state-finished = Finished
learn-attempt-state-abandoned = Abandoned
learn-attempt-needs-grading = Waiting for grading
learn-attempt-review = Review attempt { $n }
learn-attempt-continue = Continue attempt { $n }
error-quiz_has_attempts = The quiz has attempts already: its questions, feedback mode and adaptive pool can no longer change. Everything else can.
error-course_not_found = This course does not exist, or it is not published.
error-quiz_not_found = This quiz does not exist.
error-lesson_not_found = This lesson does not exist.
error-attempt_not_found = This attempt does not exist.
error-not_enrolled = Enrol in the course first.
error-enrollment_pending = Your enrolment is still waiting for approval.
error-prerequisites_missing = Complete the courses this one requires first.
error-course_not_open = This course is not open for enrolment.
error-lesson_incomplete = Answer the video's questions first (correctly, where that is required).
error-attempt_time_expired = The time for this attempt is over.
error-attempt_closed = This attempt is finished; its answers can no longer change.
error-already_answered = This question was already marked; it allows one answer.
error-no_tries_left = This question is finished: answered right, or every try used.
error-no_attempts_left = You have used every attempt this quiz allows.
error-quiz_not_open = This quiz is not open yet.
error-quiz_closed = This quiz is closed.
error-response_mismatch = That answer does not fit this question; check it and try again.
error-client_id_reused = This request was already used for something else; reload the page.
error-file_too_large = The file is too large.
error-file_type_not_allowed = This type of file is not allowed.

## passkeys
passkeys-title = Passkeys
passkeys-intro = A passkey signs you in with your device's screen lock or a security key instead of a password, and counts as the second step after your password. Passkeys cannot be phished: they only work on this site.
passkeys-none = You have no passkeys yet.
passkeys-add = Add a passkey on this device
passkeys-name = Name
passkeys-name-hint = So you can tell your passkeys apart, e.g. “Laptop” or “Phone”.
passkeys-default-name = Passkey
passkeys-added-notice = Passkey added. From now on, signing in with your password also asks for a passkey.
passkeys-recovery-intro = Your passkey came with ten recovery codes. Save them somewhere safe now; they are shown only once. Each one replaces a lost passkey once, when signing in or resetting your password.
passkeys-added = added { $date }
passkeys-last-used = last used { $date }
passkeys-synced = synced by its provider
passkeys-rename = Rename
passkeys-delete = Delete passkey
passkeys-delete-hint = Confirm it is you with your current password.
passkeys-unsupported = This browser cannot use passkeys.
passkeys-sign-in = Sign in with a passkey
passkeys-sign-in-intro = No password needed: choose your passkey when the browser asks.
passkeys-use = Use your passkey
passkeys-second-factor-intro = Confirm with one of your passkeys to finish signing in.
error-passkey_cancelled = The passkey request was cancelled or timed out. Try again.
error-passkey_rejected = The passkey's answer was not accepted. Try again.
error-passkey_ceremony_expired = This passkey request expired. Try again.
error-passkey_exists = This passkey is already registered.
error-no_passkeys = This account has no passkey; use another way to confirm.
error-role_not_delegable = Only a platform administrator can grant administrator roles.
activity-passkey_added = Passkey added
activity-passkey_removed = Passkey deleted

## Operator screens: territories, users, moves, audit, dead letters; territory members
operator-moves-manage = Start and drive moves
operator-my-territories = Territories you look after:
admin-nav = Operator screens
admin-nav-overview = Overview
admin-nav-territories = Territories
admin-nav-users = Users
admin-nav-moves = Moves
admin-nav-audit = Audit log
admin-nav-events = Dead letters
admin-platform-admin-only = This screen is for platform admins. Sign in with a platform admin account (from an allowed admin network).
admin-actions = Actions
admin-confirm = Yes, { $action }
admin-keep = No, keep it
admin-yes = Yes
admin-no = No
admin-previous = Previous page
admin-next = Next page
admin-territories-title = Territories (admin)
admin-territories-intro = Create a territory: its database schema is set up on its region's primary, and it takes registrations at once.
admin-territories-all = All territories
admin-territory-code = Code
admin-territory-code-hint = Two letters, such as IS. Cannot be changed later.
admin-territory-name = Name
admin-territory-region = Region
admin-territory-language = Default language
admin-territory-language-hint = A language tag, such as is, da or pt-BR.
admin-territory-status = Status
admin-territory-create = Create territory
admin-territory-created = Territory { $territory } created.
admin-territory-code-invalid = Use two letters, such as IS.
admin-territory-name-invalid = Give a name of 1 to 100 characters.
admin-territory-region-invalid = Choose a region.
admin-territory-language-invalid = Use a language tag, such as is or pt-BR.
admin-users-title = User administration
admin-users-intro = Find accounts by handle, email address or name within their home territory. Locking ends every session of the account; unlocking lets it sign in again.
admin-users-search = Find users
admin-users-territory = Territory
admin-users-query = Handle, email or name
admin-users-found = { $count ->
    [one] One account found.
   *[other] { $count } accounts found.
}
admin-user-active = Active
admin-user-locked = Locked
admin-user-unverified = not confirmed
admin-user-created = Created
admin-user-locked-at = Locked since
admin-user-id = User id
admin-user-roles = Roles
admin-user-no-roles = No roles beyond membership of the home territory.
admin-user-lock = Lock account
admin-user-lock-question = Lock { $handle }? They are signed out everywhere and cannot sign in until unlocked.
admin-user-locked-done = { $handle } is locked; { $count ->
    [one] one session ended.
   *[other] { $count } sessions ended.
}
admin-user-unlock = Unlock account
admin-user-unlocked = { $handle } is unlocked and can sign in again.
admin-user-revoke-sessions = End all sessions
admin-user-revoke-sessions-question = End every session of { $handle }? They have to sign in again.
admin-user-sessions-revoked = { $count ->
    [one] One session of { $handle } ended.
   *[other] { $count } sessions of { $handle } ended.
}
admin-role = Role
admin-role-territory = In territory
admin-role-grant = Grant role
admin-role-grant-for = Grant a role to { $handle }
admin-role-granted = { $handle } now holds { $item }.
admin-role-revoke = Withdraw
admin-role-revoke-question = Withdraw { $item } from { $handle }?
admin-role-revoked = { $item } withdrawn from { $handle }.
admin-role-in = { $item } in { $territory }
role-platform_admin = Platform admin
role-territory_admin = Territory admin
role-moderator = Moderator
role-instructor = Instructor
role-translator = Translator
role-member = Member
admin-moves-title = Territory moves
admin-moves-intro = Move a territory to another region's database server while it stays online. Progress refreshes by itself; cancel, reverse and complete ask for confirmation.
admin-moves-all = All moves
admin-move-start-title = Start a move
admin-move-target = Target region or database node
admin-move-target-hint = A region code such as am, or the name of a database node.
admin-move-target-required = Say where the territory should move to.
admin-move-start = Start move
admin-move-open = Show move of { $territory }
admin-move-detail = Move of { $territory }
admin-move-eta = about { $seconds } s left
admin-move-action-done = { $action }: accepted while the move was in state “{ $detail }”; the progress below follows.
admin-move-tables = Tables
admin-move-table = Table
admin-move-rows = Rows copied
admin-move-validated = Validated
admin-move-steps = Step log (latest)
move-state-schema = Creating schema
move-state-copy = Copying
move-state-catch_up = Catching up
move-state-validate = Validating
move-state-read_shift = Shifting reads
move-state-switch = Switching writes
move-state-monitor = Monitoring
move-state-completed = Completed
move-state-cancelled = Cancelled
move-state-rolled_back = Rolled back
move-state-failed = Failed
move-action-advance = Advance
move-action-pause = Pause
move-action-resume = Resume
move-action-cancel = Cancel move
move-action-reverse = Reverse
move-action-complete = Complete
move-action-restart = Restart
move-action-cancel-question = Cancel the move of { $territory }? The copy on the target is removed and the territory stays where it is.
move-action-reverse-question = Reverse the move of { $territory }? Writes go back to the source server.
move-action-complete-question = Complete the move of { $territory }? Replication stops and the old schema is archived; after this it cannot be reversed.
admin-audit-title = Audit log
admin-audit-intro = Security and admin actions in a hash chain: each entry seals the one before it, so a changed or deleted entry shows when the chain is verified.
admin-audit-verify = Verify chain
admin-audit-limit = Entries to show
admin-audit-chain-ok = The chain is intact: { $count } entries checked.
admin-audit-chain-broken = The chain is broken at entry { $position } ({ $count } entries checked): { $detail }
admin-audit-count = { $count ->
    [one] One entry, newest first
   *[other] { $count } entries, newest first
}
admin-audit-at = When
admin-audit-action = Action
admin-audit-target = Target
admin-audit-actor = By
admin-audit-detail = Detail
admin-events-title = Event dead letters
admin-events-intro = Events a consumer gave up on after its retries. Fix the cause, then replay: the event goes through its consumer again.
admin-events-none = No dead letters in { $territory }.
admin-events-caption = Open dead letters in { $territory }, newest first
admin-events-subject = Event
admin-events-consumer = Consumer
admin-events-attempts = Attempts
admin-events-failed-at = Failed at
admin-events-replay = Replay
admin-events-replayed = { $item } was processed.
admin-events-replay-failed = { $item } failed again; it stays a dead letter.
members-title = Members of { $territory }
members-back = Back to { $territory }
members-intro = Accounts of this territory. Territory admins grant and withdraw moderator, instructor, translator and member here; admin roles come from a platform admin.
members-count = { $count ->
    [one] One account
   *[other] { $count } accounts
}
members-account = Account
members-role-for = Role for { $handle }
members-granted = { $handle } now holds { $item }. Roles here: { $detail }.
members-revoked = { $item } withdrawn from { $handle }. Roles here: { $detail }.
error-territory_exists = A territory with that code exists already.
error-admin_network_refused = Admin actions only work from the admin networks this server allows (identity.admin_allow).
error-user_not_found = There is no such account (any more).
error-grant_not_found = The account does not hold that role there.
error-territory_required = Choose a territory to search in.
error-query_too_long = Search for at most 100 characters.
error-invalid_limit = That page size is not allowed.
error-invalid_language = That is not a language tag, such as da or pt-BR.
error-move_not_found = This territory has not been moved.
error-move_in_progress = This territory is being moved already.
error-move_same_server = The target uses the same database as the territory: a move needs another server (in embedded mode every region lives in one database).
error-move_finished = That move has ended.
error-move_cannot_advance = Advance works during catch-up, validation and the read shift.
error-move_cannot_cancel = Writes have switched already: reverse the move instead.
error-move_cannot_reverse = Reverse works after the write switch, before completion.
error-move_cannot_complete = Complete works after the write switch.
error-move_cannot_restart = Only a failed move can be restarted.
error-move_target_unreachable = The target database server cannot be reached.
error-dead_letter_not_found = That dead letter does not exist (any more).
