import { footerHtml, html, SUPPORT_LINKS } from '@partnership-tracker/domain';
import { useEffect, type MouseEvent } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { SignOutMutation } from '@/features/auth/graphql/SignOut.mutation';
import { useMe } from '@/features/auth/hooks/useMe';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { signInHref } from '@/features/auth/utils/returnTo';
import { MyUpdateLinkQuery } from '@/features/updateLinks/graphql/MyUpdateLink.query';
import { useMyUpdateLink } from '@/features/updateLinks/hooks/useMyUpdateLink';
import { formatMomentDate } from '@/utils/dates';
import { useSite } from '@/features/organisation/hooks/useSite';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) return;
  event.preventDefault();
  // As govuk-frontend's skip link does: make main focusable just while it has focus.
  main.setAttribute('tabindex', '-1');
  main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
  main.focus();
}

function Account() {
  const { me } = useMe();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  // On a link's landing page the link is not open until the page has opened it: read only what
  // the page fetches afterwards, so an earlier 'no link' answer cannot overwrite it.
  const landing = pathname.startsWith('/update/');
  const { link } = useMyUpdateLink({ skip: me !== null, cacheOnly: landing });

  if (me === undefined) return null;
  if (me === null) {
    // Someone using an update link: say whose actions they can update, and until when.
    if (link) {
      return (
        <p className="app-account govuk-body-s">
          Updating for {link.partner.name} until {formatMomentDate(link.expiresAt)}
        </p>
      );
    }
    if (pathname === '/sign-in') return null;
    return (
      <p className="app-account govuk-body-s">
        <Link className="govuk-link govuk-link--no-visited-state" to={signInHref(pathname + search)}>
          Sign in
        </Link>
      </p>
    );
  }
  const onSignOut = async () => {
    const { data } = await signOut();
    await client.clearStore();
    // Signed in through the organisation's account: sign out there too, which comes back to /sign-in.
    const provider = data?.endSession.providerSignOutUrl;
    if (provider) return window.location.assign(provider);
    navigate('/', { replace: true });
    await client.refetchQueries({ include: 'active' });
  };
  return (
    <div className="app-account govuk-body-s">
      <span className="app-account__who">
        <span className="govuk-visually-hidden">Signed in as </span>
        <strong>{me.name}</strong>, {ROLE_LABELS[me.role]}, {me.partner.name}
      </span>
      <button type="button" className="app-link-button" onClick={onSignOut} disabled={loading}>
        Sign out
      </button>
    </div>
  );
}

const NAV = [
  {
    to: '/',
    text: 'Plans',
    match: (p: string) =>
      p === '/' || p.startsWith('/plans') || p.startsWith('/actions') || p.startsWith('/priorities'),
  },
  { to: '/indicators', text: 'Indicators', match: (p: string) => p.startsWith('/indicators') },
  { to: '/partners', text: 'Partners', match: (p: string) => p.startsWith('/partners') },
];

// The Commissioner's team's own pages.
const ADMIN_NAV = [
  { to: '/users', text: 'Users', match: (p: string) => p.startsWith('/users') },
  { to: '/audit', text: 'Audit trail', match: (p: string) => p.startsWith('/audit') },
  { to: '/settings', text: 'Settings', match: (p: string) => p.startsWith('/settings') },
];

/** The record-update form: for those with My actions, a step of that journey, not of Plans. */
const isUpdatePage = (p: string) => /^\/actions\/[^/]+\/update\/?$/.test(p);

// Partner users and update link holders: the actions their organisation works on.
const MY_ACTIONS_NAV = {
  to: '/my-actions',
  text: 'My actions',
  match: (p: string) => p.startsWith('/my-actions') || isUpdatePage(p),
};

function ServiceNavigation() {
  const { pathname } = useLocation();
  const { me } = useMe();
  // Read what Account fetched: a second request for the link could race the landing page's refetch.
  const { data: linkData } = useQuery(MyUpdateLinkQuery, { skip: me !== null, fetchPolicy: 'cache-only' });
  const link = linkData?.myUpdateLink;
  const partnerUser = me?.role === 'PARTNER_LEAD' || me?.role === 'PARTNER_EDITOR';
  const items =
    me?.role === 'ADMIN'
      ? [...NAV, ...ADMIN_NAV]
      : partnerUser || (me === null && link)
        ? [
            ...NAV.map((item) =>
              item.to === '/' ? { ...item, match: (p: string) => item.match(p) && !isUpdatePage(p) } : item,
            ),
            MY_ACTIONS_NAV,
          ]
        : NAV;
  return (
    <section
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const active = item.match(pathname);
                const current = active && pathname === item.to;
                return (
                  <li
                    key={item.to}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    {/* A plain Link: NavLink drops aria-current whenever its own address is not
                        the page's, so a section's pages (an action, its update form) lost it. */}
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={current ? 'page' : active ? 'true' : undefined}
                    >
                      {active ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <Account />
      </div>
    </section>
  );
}

// Server-rendered pages: plain links, so the browser loads them from the server.
const footer = (serviceName: string, organisationName: string | null) =>
  footerHtml({
    heading: 'About this service',
    links: [{ href: '/public/', text: 'Public progress pages' }, ...SUPPORT_LINKS],
    paragraphs: [
      html`${serviceName} follows the delivery of plans by
      ${organisationName ?? 'the organisation that runs it'} and its partners. It is open-source software.`,
    ],
  }).value;

/**
 * A new page starts at its top, or at the part its address names (#id), as after a full page
 * load. Back and forward are left to the browser, which returns to where the reader was.
 */
function useScrollOnNavigation() {
  const { pathname, hash } = useLocation();
  const type = useNavigationType();
  useEffect(() => {
    if (type === 'POP') return;
    const target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [pathname, hash, type]);
}

/** The GOV.UK page template: skip link, header, service navigation, main content and footer. */
export function Layout() {
  const site = useSite();
  useScrollOnNavigation();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="govuk-template__header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {site.logoUrl && (
                  <img
                    className="app-header-logo"
                    src={site.logoUrl}
                    alt={site.organisationName ?? ''}
                    height={32}
                  />
                )}
                {site.serviceName}
              </Link>
            </div>
          </div>
        </div>
        <ServiceNavigation />
      </header>
      <div className="govuk-width-container">
        <Outlet />
      </div>
      <footer
        className="govuk-template__footer"
        // The footer both the app and the public pages use, written once (domain footerHtml).
        dangerouslySetInnerHTML={{ __html: footer(site.serviceName, site.organisationName) }}
      />
    </>
  );
}
