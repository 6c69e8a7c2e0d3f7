import { render, screen } from '@testing-library/react';
import { DateInput } from './DateInput';

describe('the date input', () => {
  it('is a fieldset named by its legend, with no role the Nu validator warns about', () => {
    const { container } = render(
      <DateInput id="due" legend="Due date" parts={{ day: {}, month: {}, year: {} }} />,
    );
    // A fieldset is a group already: the accessibility tree names it from the legend.
    const group = screen.getByRole('group', { name: 'Due date' });
    expect(group.tagName).toBe('FIELDSET');
    expect(container.querySelector('[role="group"]')).toBeNull();
    expect(screen.getByLabelText('Day').id).toBe('due-day');
  });
});
