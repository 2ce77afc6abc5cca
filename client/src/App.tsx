import { Suspense } from 'react';
import { useUrlParams } from './state/use-url-params';
import { VIEWS } from './views/registry';

/** The shell: a tab per view; the `view` URL parameter says which one is open (its code loads on first use). */
export function App() {
  const [params, setParams] = useUrlParams();
  const current = VIEWS.find((v) => v.id === params.get('view')) ?? VIEWS[0]!;
  const View = current.component;
  return (
    <div className="app">
      <header>
        <h1>NEN Evidence Graph</h1>
        <nav aria-label="Views" className="tabs">
          {VIEWS.map((v) => (
            <a
              key={v.id}
              href={`?view=${v.id}`}
              aria-current={v === current ? 'page' : undefined}
              data-testid={`tab-${v.id}`}
              onClick={(e) => {
                e.preventDefault();
                // A new view starts from its own defaults: drop the previous view's parameters.
                window.history.pushState(null, '', `?view=${v.id}`);
                setParams({ view: v.id });
              }}
            >
              {v.title}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <Suspense
          fallback={
            <p className="hint view-loading" role="status">
              Loading the {current.title.toLowerCase()}…
            </p>
          }
        >
          <View key={current.id} />
        </Suspense>
      </main>
    </div>
  );
}
