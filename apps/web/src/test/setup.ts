// Runs before each spec file (vite.config.ts → test.setupFiles). Testing Library cleans up the DOM itself.
afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
});

// jsdom does not implement scrolling; react-router's <ScrollRestoration> calls it on navigation.
window.scrollTo = () => undefined;
