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
