import { fireEvent, screen, within } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import type { MockLink } from '@apollo/client/testing';

/** Types `value` into the box labelled `label`, looked for within `container` (a date's group, say). */
export function fill(label: string, value: string, container: HTMLElement = document.body) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}

/** Types a date into the day, month and year boxes of the group whose legend matches `legend`. */
export function fillDate(legend: RegExp, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: legend });
  fill('Day', day, group);
  fill('Month', month, group);
  fill('Year', year, group);
}

export function press(button: string) {
  fireEvent.click(screen.getByRole('button', { name: button }));
}

/** The GOV.UK error summary. Throws while there is none, so `waitFor(errorSummary)` waits for it. */
export function errorSummary() {
  return screen
    .getByRole('heading', { name: 'There is a problem' })
    .closest('.govuk-error-summary') as HTMLElement;
}

/**
 * A mocked API answer with one GraphQL error, as the server sends it: a code in `extensions` and,
 * for BAD_USER_INPUT, the field messages. Answers any variables unless given some to match.
 */
export function apiErrorMock(
  query: DocumentNode,
  error: {
    message: string;
    code: string;
    fields?: { field: string; message: string }[];
    /** More of `extensions`, such as an update link's `reason`. */
    extensions?: Record<string, unknown>;
  },
  variables: MockLink.MockedRequest['variables'] = () => true,
): MockLink.MockedResponse {
  const { message, code, fields, extensions } = error;
  return {
    request: { query, variables },
    result: { errors: [{ message, extensions: { code, ...(fields ? { fields } : {}), ...extensions } }] },
  };
}
