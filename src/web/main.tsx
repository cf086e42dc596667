import '@mantine/core/styles.css';
import './app/app.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { router } from './app/router.tsx';
import { i18n } from './lib/i18n.ts';

const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps text and buttons above WCAG AA contrast on white.
  primaryShade: 7,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Noto Sans", sans-serif' },
});

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } });

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
