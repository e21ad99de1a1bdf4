//! Territory schema of the learning domain.

use store::{Migration, MigrationSet, Scope};

/// Courses, lessons, progress, question bank, quizzes and attempts (per territory).
pub const TERRITORY_MIGRATIONS: MigrationSet = MigrationSet {
    domain: "learning",
    scope: Scope::Territory,
    migrations: &[
        Migration {
            version: 1,
            name: "courses, question bank, quizzes, attempts",
            sql: r#"
CREATE TABLE learning_courses (
    id            uuid PRIMARY KEY,
    title         text NOT NULL,
    summary       text NOT NULL DEFAULT '',
    language      text NOT NULL,
    status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    enrollment    text NOT NULL DEFAULT 'open' CHECK (enrollment IN ('open', 'approval')),
    cover_sha256  text,
    badge         jsonb,
    created_by    uuid NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE learning_prerequisites (
    course_id   uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    requires_id uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, requires_id),
    CHECK (course_id <> requires_id)
);
CREATE TABLE learning_modules (
    id        uuid PRIMARY KEY,
    course_id uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    title     text NOT NULL,
    position  integer NOT NULL
);
CREATE INDEX learning_modules_course ON learning_modules (course_id, position);
CREATE TABLE learning_lessons (
    id          uuid PRIMARY KEY,
    course_id   uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    module_id   uuid NOT NULL REFERENCES learning_modules(id) ON DELETE CASCADE,
    title       text NOT NULL,
    position    integer NOT NULL,
    content     jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_lessons_module ON learning_lessons (module_id, position);
CREATE TABLE learning_enrollments (
    course_id    uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    status       text NOT NULL CHECK (status IN ('pending', 'active')),
    enrolled_at  timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    PRIMARY KEY (course_id, user_id)
);
CREATE TABLE learning_lesson_views (
    lesson_id uuid NOT NULL REFERENCES learning_lessons(id) ON DELETE CASCADE,
    user_id   uuid NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lesson_id, user_id)
);
CREATE TABLE learning_video_answers (
    lesson_id    uuid NOT NULL REFERENCES learning_lessons(id) ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    interaction  integer NOT NULL,
    question_id  uuid NOT NULL,
    response     jsonb NOT NULL,
    fraction     double precision,
    answered_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lesson_id, user_id, interaction)
);
CREATE TABLE learning_badges (
    course_id  uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    user_id    uuid NOT NULL,
    name       text NOT NULL,
    awarded_at timestamptz NOT NULL,
    expires_at timestamptz,
    PRIMARY KEY (course_id, user_id)
);
CREATE TABLE learning_questions (
    id         uuid PRIMARY KEY,
    course_id  uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    category   text NOT NULL DEFAULT '',
    tags       text[] NOT NULL DEFAULT '{}',
    data       jsonb NOT NULL,
    difficulty integer NOT NULL,
    version    integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_questions_course ON learning_questions (course_id, category);
CREATE INDEX learning_questions_tags ON learning_questions USING gin (tags);
CREATE TABLE learning_quizzes (
    id         uuid PRIMARY KEY,
    course_id  uuid NOT NULL REFERENCES learning_courses(id) ON DELETE CASCADE,
    title      text NOT NULL,
    settings   jsonb NOT NULL,
    slots      jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE learning_attempts (
    id            uuid PRIMARY KEY,
    quiz_id       uuid NOT NULL REFERENCES learning_quizzes(id) ON DELETE CASCADE,
    user_id       uuid NOT NULL,
    number        integer NOT NULL,
    seed          bigint NOT NULL,
    state         text NOT NULL CHECK (state IN ('in_progress', 'finished', 'abandoned')),
    started_at    timestamptz NOT NULL,
    deadline      timestamptz,
    finished_at   timestamptz,
    grade         double precision,
    needs_grading boolean NOT NULL DEFAULT false,
    UNIQUE (quiz_id, user_id, number)
);
CREATE INDEX learning_attempts_open ON learning_attempts (deadline) WHERE state = 'in_progress';
CREATE TABLE learning_attempt_slots (
    attempt_id     uuid NOT NULL REFERENCES learning_attempts(id) ON DELETE CASCADE,
    slot           integer NOT NULL,
    question_id    uuid NOT NULL REFERENCES learning_questions(id),
    response       jsonb,
    auto_fraction  double precision,
    manual_fraction double precision,
    manual_comment text,
    tries          integer NOT NULL DEFAULT 0,
    credit         double precision,
    PRIMARY KEY (attempt_id, slot),
    UNIQUE (attempt_id, question_id)
);
CREATE TABLE learning_requests (
    client_id  uuid PRIMARY KEY,
    user_id    uuid NOT NULL,
    kind       text NOT NULL,
    result     jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
"#,
        },
        Migration {
            version: 2,
            name: "attempts keep the choice shuffling they started with",
            sql: r#"
-- A quiz's shuffle setting can change after attempts started; each attempt keeps the
-- order it was shown (NULL for older attempts: the quiz's current setting).
ALTER TABLE learning_attempts ADD COLUMN shuffle_answers boolean;
"#,
        },
    ],
};
