import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { resetNavigationFocus } from '@/app/focus';

/**
 * Renders a page at `path` with a memory router and mocked API responses. Other paths render
 * a stub that names them, so a test can see where a form went.
 */
export function renderPage(
  element: ReactElement,
  { path, route = path, mocks = [] }: { path: string; route?: string; mocks?: MockLink.MockedResponse[] },
) {
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
