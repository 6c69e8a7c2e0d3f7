import { screen } from '@testing-library/react';
import { OpenUpdateLinkMutation } from '@/features/updateLinks/graphql/OpenUpdateLink.mutation';
import { apiErrorMock } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { UpdateLinkLandingPage } from './UpdateLinkLandingPage';

const TOKEN = 'k3J9x1mZ0v8QeYqA7rTbL2nWc5uHsDfG6pXoRiEjMy4';
const PATH = `/update/${TOKEN}`;

function openWith(error: { message: string; code: string; extensions?: Record<string, unknown> }) {
  const mocks = [apiErrorMock(OpenUpdateLinkMutation, error, { input: { token: TOKEN } })];
  return renderPage(<UpdateLinkLandingPage />, { path: PATH, route: '/update/:token', mocks });
}

describe('opening an update link that cannot be used', () => {
  it('says when the link has expired, and to ask for a new one', async () => {
    openWith({
      message: 'This link has expired. Ask the person who sent it for a new one.',
      code: 'FORBIDDEN',
      extensions: { reason: 'EXPIRED' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired' })).toBeTruthy();
    expect(screen.getByText(/ask the person who sent you the link for a new one/)).toBeTruthy();
    expect(document.title).toBe('This link has expired – Partnership Tracker');
  });

  it('says when the link has been withdrawn, and to ask for a new one', async () => {
    openWith({
      message: 'This link has been withdrawn. Ask the person who sent it for a new one.',
      code: 'FORBIDDEN',
      extensions: { reason: 'REVOKED' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has been withdrawn' }),
    ).toBeTruthy();
    expect(screen.getByText(/ask the person who sent you the link for a new one/)).toBeTruthy();
    expect(document.title).toBe('This link has been withdrawn – Partnership Tracker');
  });

  it('says when the link is not recognised, to check it was copied whole', async () => {
    openWith({
      message: 'This link is not recognised. Check you copied all of it.',
      code: 'NOT_FOUND',
      extensions: { reason: 'UNKNOWN' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is not recognised' }),
    ).toBeTruthy();
    expect(screen.getByText(/Check you copied all of the link/)).toBeTruthy();
    expect(screen.getByText(/ask the person who sent you the link for a new one/)).toBeTruthy();
    expect(document.title).toBe('This link is not recognised – Partnership Tracker');
  });

  it('shows only one h1, whatever the problem', async () => {
    openWith({ message: 'Gone', code: 'FORBIDDEN', extensions: { reason: 'REVOKED' } });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
