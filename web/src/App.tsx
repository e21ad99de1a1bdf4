import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
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
        <BrowserRouter>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<Territories />} />
                <Route path="/t/:code" element={<TerritoryHome />} />
                <Route path="/operator" element={<Operator />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </Layout>
        </BrowserRouter>
      </OutboxProvider>
    </I18nProvider>
  );
}
