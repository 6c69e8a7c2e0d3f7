import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formServerErrors, GENERIC_ERROR } from './graphqlErrors';

const graphQLError = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('errors from the API on a form', () => {
  it('maps BAD_USER_INPUT field messages to the form’s fields', () => {
    const error = graphQLError([
      {
        message: 'Check the values you entered',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'progress', message: 'A completed action is 100% done' },
            { field: 'dueDate', message: 'The due date must be on or after the start date' },
            { field: 'priorityId', message: 'Choose a priority' },
          ],
        },
      },
    ]);
    expect(formServerErrors(error, ['progress', 'dueDate', 'title'])).toEqual({
      fields: [
        { field: 'progress', message: 'A completed action is 100% done' },
        { field: 'dueDate', message: 'The due date must be on or after the start date' },
      ],
      // A field the form does not have still reaches the user, in the summary.
      messages: ['Choose a priority'],
    });
  });

  it.each(['FORBIDDEN', 'CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED'])(
    'shows the %s message in the summary',
    (code) => {
      const error = graphQLError([{ message: `A ${code} message`, extensions: { code } }]);
      expect(formServerErrors(error, ['title'])).toEqual({ fields: [], messages: [`A ${code} message`] });
    },
  );

  it('puts a CONFLICT by the field it is about, when the form names one', () => {
    const error = graphQLError([
      { message: 'There is already a partner called NFU', extensions: { code: 'CONFLICT' } },
    ]);
    expect(formServerErrors(error, ['name', 'kind'], { field: 'name' })).toEqual({
      fields: [{ field: 'name', message: 'There is already a partner called NFU' }],
      messages: [],
    });
    expect(
      formServerErrors(error, ['slug'], { field: 'slug', message: 'There is already a plan with this slug' }),
    ).toEqual({
      fields: [{ field: 'slug', message: 'There is already a plan with this slug' }],
      messages: [],
    });
  });

  it('gives a general message when the server cannot be reached', () => {
    expect(formServerErrors(new TypeError('Failed to fetch'), ['title'])).toEqual({
      fields: [],
      messages: [GENERIC_ERROR],
    });
  });
});
