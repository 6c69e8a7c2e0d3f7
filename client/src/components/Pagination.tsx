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

export function Pagination({ page, pageCount, hrefFor, onNavigate }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link
            className="govuk-link govuk-pagination__link"
            to={hrefFor(page - 1)}
            rel="prev"
            onClick={onNavigate}
          >
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
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
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <Link
            className="govuk-link govuk-pagination__link"
            to={hrefFor(page + 1)}
            rel="next"
            onClick={onNavigate}
          >
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </Link>
        </div>
      )}
    </nav>
  );
}
