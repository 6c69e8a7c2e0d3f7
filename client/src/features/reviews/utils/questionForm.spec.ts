import { isoToDateParts, todayIso } from '@/utils/dates';
import { newQuestion } from './questionForm';

describe('a new resident’s question', () => {
  it('was received today unless the admin says another day', () => {
    expect(newQuestion().receivedOn).toEqual(isoToDateParts(todayIso()));
    expect(newQuestion()).toMatchObject({ question: '', published: false, actionIds: [] });
  });
});
