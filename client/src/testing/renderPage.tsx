import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { resetNavigationFocus } from '@/app/focus';

// jsdom has no fetch Request, which React Router's navigations make: enough of one to navigate.
class RequestStub {
  url: string;
  method: string;
  signal: AbortSignal;
  constructor(url: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
    this.url = String(url);
    this.method = init.method ?? 'GET';
    this.signal = init.signal ?? new AbortController().signal;
  }
}

/**
 * Renders a page at `path` with a memory router and mocked API responses. Other paths render
 * a stub that names them, so a test can see where a form went.
 */
export function renderPage(
  element: ReactElement,
  { path, route = path, mocks = [] }: { path: string; route?: string; mocks?: MockLink.MockedResponse[] },
) {
  (globalThis as { Request?: unknown }).Request ??= RequestStub;
  resetNavigationFocus(path);
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: '*', element: <p data-testid="elsewhere">Elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...result, router };
}
