import { useLayoutEffect, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { resetNavigationFocus } from '@/app/focus';

/** Where the test's router is now, as the app's router would say. */
interface RouterSpy {
  state: { location: Location };
}

function LocationSpy({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(location);
  }, [onChange, location]);
  return null;
}

/**
 * Renders a page at `path` with a memory router, in the declarative mode the app uses
 * (app/router.tsx), and mocked API responses. Other paths render a stub that names them, so a
 * test can see where a form went (`router.state.location`).
 */
export function renderPage(
  element: ReactElement,
  { path, route = path, mocks = [] }: { path: string; route?: string; mocks?: MockLink.MockedResponse[] },
) {
  resetNavigationFocus(path);
  const router: RouterSpy = { state: { location: undefined as unknown as Location } };
  const result = render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <LocationSpy
          onChange={(location) => {
            router.state.location = location;
          }}
        />
        <Routes>
          <Route path={route} element={element} />
          <Route path="*" element={<p data-testid="elsewhere">Elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return { ...result, router };
}
