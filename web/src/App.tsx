import { lazy, Suspense } from 'react';
import { Router, Routes } from './router';
import { I18nProvider } from './i18n/I18n';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { OutboxProvider } from './outbox/OutboxContext';
import { AuthProvider } from './auth/AuthContext';

// Each screen is its own chunk, loaded when first visited.
const Territories = lazy(() => import('./pages/Territories'));
const TerritoryHome = lazy(() => import('./pages/TerritoryHome'));
const Operator = lazy(() => import('./pages/Operator'));
// Operator screens (platform admins; members for territory admins), one chunk each.
const OperatorTerritories = lazy(() => import('./pages/operator/TerritoryAdmin'));
const OperatorUsers = lazy(() => import('./pages/operator/Users'));
const OperatorMovesAdmin = lazy(() => import('./pages/operator/Moves'));
const OperatorAudit = lazy(() => import('./pages/operator/Audit'));
const OperatorEvents = lazy(() => import('./pages/operator/DeadLetters'));
const TerritoryMembers = lazy(() => import('./pages/operator/Members'));
const NotFound = lazy(() => import('./pages/NotFound'));
const Register = lazy(() => import('./pages/Register'));
const VerifyEmail = lazy(() => import('./pages/VerifyEmail'));
const SignIn = lazy(() => import('./pages/SignIn'));
const ResetPassword = lazy(() => import('./pages/ResetPassword'));
const Account = lazy(() => import('./pages/account/Account'));
const Security = lazy(() => import('./pages/account/Security'));
const Sessions = lazy(() => import('./pages/account/Sessions'));
const ApiKeys = lazy(() => import('./pages/account/ApiKeys'));
const Activity = lazy(() => import('./pages/account/Activity'));
const Credentials = lazy(() => import('./pages/account/Credentials'));
// Learning screens (one chunk each; the authoring screens only load for instructors who open them).
const LearnCatalog = lazy(() => import('./pages/learning/Catalog'));
const LearnCourse = lazy(() => import('./pages/learning/CoursePage'));
const LearnCourseEditor = lazy(() => import('./pages/learning/CourseEditor'));
const LearnGrading = lazy(() => import('./pages/learning/GradingQueue'));
const LearnLesson = lazy(() => import('./pages/learning/LessonPage'));
const LearnQuiz = lazy(() => import('./pages/learning/QuizPage'));
const LearnAttempt = lazy(() => import('./pages/learning/AttemptPage'));
// Forum screens (one chunk each; shared forum code lands in a common chunk).
const ForumHome = lazy(() => import('./pages/forum/ForumHome'));
const ForumTopic = lazy(() => import('./pages/forum/TopicView'));
const ForumNewTopic = lazy(() => import('./pages/forum/NewTopic'));
const ForumSearch = lazy(() => import('./pages/forum/Search'));
const ForumLog = lazy(() => import('./pages/forum/ModLog'));
const ForumFlags = lazy(() => import('./pages/forum/Flags'));
const ForumBookmarks = lazy(() => import('./pages/forum/Bookmarks'));
const ForumSettings = lazy(() => import('./pages/forum/Settings'));

/** The whole app: languages, account, offline outbox, router and screens. */
export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <OutboxProvider>
          <Router>
            <Layout>
              <Suspense fallback={<Loading />}>
                <Routes
                  routes={[
                    ['/', <Territories />],
                    ['/t/:code', <TerritoryHome />],
                    ['/operator', <Operator />],
                    ['/operator/territories', <OperatorTerritories />],
                    ['/operator/users', <OperatorUsers />],
                    ['/operator/moves', <OperatorMovesAdmin />],
                    ['/operator/audit', <OperatorAudit />],
                    ['/operator/events', <OperatorEvents />],
                    ['/t/:code/members', <TerritoryMembers />],
                    ['/register', <Register />],
                    ['/verify-email', <VerifyEmail />],
                    ['/sign-in', <SignIn />],
                    ['/reset-password', <ResetPassword />],
                    ['/account', <Account />],
                    ['/account/security', <Security />],
                    ['/account/credentials', <Credentials />],
                    ['/account/sessions', <Sessions />],
                    ['/account/api-keys', <ApiKeys />],
                    ['/account/activity', <Activity />],
                    ['/t/:code/forum', <ForumHome />],
                    ['/t/:code/forum/new', <ForumNewTopic />],
                    ['/t/:code/forum/topic/:topic', <ForumTopic />],
                    ['/t/:code/forum/search', <ForumSearch />],
                    ['/t/:code/forum/log', <ForumLog />],
                    ['/t/:code/forum/flags', <ForumFlags />],
                    ['/t/:code/forum/bookmarks', <ForumBookmarks />],
                    ['/t/:code/forum/settings', <ForumSettings />],
                    ['/t/:code/learn', <LearnCatalog />],
                    ['/t/:code/learn/courses/:course', <LearnCourse />],
                    ['/t/:code/learn/courses/:course/edit', <LearnCourseEditor />],
                    ['/t/:code/learn/courses/:course/grading', <LearnGrading />],
                    ['/t/:code/learn/lessons/:lesson', <LearnLesson />],
                    ['/t/:code/learn/quizzes/:quiz', <LearnQuiz />],
                    ['/t/:code/learn/attempts/:attempt', <LearnAttempt />],
                    ['*', <NotFound />],
                  ]}
                />
              </Suspense>
            </Layout>
          </Router>
        </OutboxProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
