import { Link } from 'react-router';

export interface Crumb {
  text: string;
  to: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li className="govuk-breadcrumbs__list-item" key={item.to}>
            <Link className="govuk-breadcrumbs__link" to={item.to}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
