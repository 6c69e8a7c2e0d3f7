import { NavLink } from 'react-router';
import '@/features/reviews/reviews.css';

/** The pages of one review: its overview, the agenda and meeting mode. */
export function ReviewNav({ cycleId }: { cycleId: string }) {
  const items = [
    { to: `/reviews/${cycleId}`, text: 'Overview' },
    { to: `/reviews/${cycleId}/agenda`, text: 'Agenda' },
    { to: `/reviews/${cycleId}/meeting`, text: 'Meeting mode' },
  ];
  return (
    <nav className="app-sub-nav app-no-print" aria-label="This review">
      <ul className="app-sub-nav__list">
        {items.map((item) => (
          <li className="app-sub-nav__item" key={item.to}>
            <NavLink className="govuk-link govuk-link--no-visited-state app-sub-nav__link" to={item.to} end>
              {item.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
