import { Suspense } from 'react';
import { Router, Routes } from './router';
import { I18nProvider } from './i18n/I18n';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { OutboxProvider } from './outbox/OutboxContext';
import { AuthProvider } from './auth/AuthContext';
import { routeElements } from './routes';

// Each screen is its own chunk (src/routes.tsx); the first one is loaded before the first render.
const routes = routeElements();

/** The whole app: languages, account, offline outbox, router and screens. */
export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <OutboxProvider>
          <Router>
            <Layout>
              <Suspense fallback={<Loading />}>
                <Routes routes={routes} />
              </Suspense>
            </Layout>
          </Router>
        </OutboxProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
