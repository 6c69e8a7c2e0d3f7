import { recordTypeOf } from './audit.plugin.js';

describe('the record type of a mutation', () => {
  it.each([
    ['updateAction', 'Action'],
    ['archiveMilestone', 'Milestone'],
    ['issueUpdateLink', 'UpdateLink'],
    ['openUpdateLink', 'UpdateLink'],
    ['inviteUser', 'User'],
    ['resetPassword', 'User'],
    ['signIn', 'Session'],
    ['updateSomethingNew', null],
  ])('%s changes a %s', (operation, type) => {
    expect(recordTypeOf(operation)).toBe(type);
  });
});
