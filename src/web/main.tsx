import '@mantine/core/styles.css';
import './app/app.css';
import { MantineProvider, Table, createTheme } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { router } from './app/router.tsx';
import { ApiError } from './lib/api-client.ts';
import { ACCOUNT_KEY } from './lib/session.ts';
import { i18n } from './lib/i18n.ts';

const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps text and buttons above WCAG AA contrast on white.
  primaryShade: 7,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Noto Sans", sans-serif',
  // A hovered row stays light enough for links in it to keep AA contrast.
  components: { Table: Table.extend({ defaultProps: { highlightOnHoverColor: 'var(--mantine-color-gray-0)' } }) },
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Noto Sans", sans-serif' },
});

// A 401 anywhere means the session ended (timed out, revoked, signed out elsewhere): forget
// the account, and the sign-in gate takes the reader to the sign-in page.
const onError = (error: Error) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(ACCOUNT_KEY, null);
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: { queries: { staleTime: 10_000, retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
