import { lazy, Suspense } from 'react';
import { Router, Routes } from './router';
import { I18nProvider } from './i18n/I18n';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { OutboxProvider } from './outbox/OutboxContext';

// Each screen is its own chunk, loaded when first visited.
const Territories = lazy(() => import('./pages/Territories'));
const TerritoryHome = lazy(() => import('./pages/TerritoryHome'));
const Operator = lazy(() => import('./pages/Operator'));
const NotFound = lazy(() => import('./pages/NotFound'));

/** The whole app: languages, offline outbox, router and screens. */
export function App() {
  return (
    <I18nProvider>
      <OutboxProvider>
        <Router>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Routes
                routes={[
                  ['/', <Territories />],
                  ['/t/:code', <TerritoryHome />],
                  ['/operator', <Operator />],
                  ['*', <NotFound />],
                ]}
              />
            </Suspense>
          </Layout>
        </Router>
      </OutboxProvider>
    </I18nProvider>
  );
}
