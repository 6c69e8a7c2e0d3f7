import { Link } from 'react-router';

/** Page numbers to show: the first, the last, and the current one with its neighbours. */
export function pageWindow(current: number, count: number): (number | 'gap')[] {
  const pages = new Set([1, count, current - 1, current, current + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  onNavigate?: () => void;
}

const ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

/** The 'Previous' or 'Next' link: its arrow points away from the page numbers. */
function PrevNextLink({
  rel,
  to,
  onNavigate,
}: {
  rel: 'prev' | 'next';
  to: string;
  onNavigate?: () => void;
}) {
  const arrow = (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${rel}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={ARROWS[rel]} />
    </svg>
  );
  const title = (
    <span className="govuk-pagination__link-title">
      {rel === 'prev' ? 'Previous' : 'Next'}
      <span className="govuk-visually-hidden"> page</span>
    </span>
  );
  return (
    <div className={`govuk-pagination__${rel}`}>
      <Link className="govuk-link govuk-pagination__link" to={to} rel={rel} onClick={onNavigate}>
        {rel === 'prev' ? (
          <>
            {arrow}
            {title}
          </>
        ) : (
          <>
            {title}
            {arrow}
          </>
        )}
      </Link>
    </div>
  );
}

export function Pagination({ page, pageCount, hrefFor, onNavigate }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && <PrevNextLink rel="prev" to={hrefFor(page - 1)} onNavigate={onNavigate} />}
      <ul className="govuk-pagination__list">
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipses" key={`gap-${i}`}>
              &ctdot;
            </li>
          ) : (
            <li
              className={`govuk-pagination__item${p === page ? ' govuk-pagination__item--current' : ''}`}
              key={p}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
                onClick={onNavigate}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && <PrevNextLink rel="next" to={hrefFor(page + 1)} onNavigate={onNavigate} />}
    </nav>
  );
}
