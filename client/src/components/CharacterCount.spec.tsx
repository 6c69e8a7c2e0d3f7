import { fireEvent, render, screen } from '@testing-library/react';
import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount, characterCountMessage } from './CharacterCount';

describe('the character count', () => {
  it('says how many characters are left, or how many too many', () => {
    expect(characterCountMessage(0, 5000)).toBe('You have 5,000 characters remaining');
    expect(characterCountMessage(4999, 5000)).toBe('You have 1 character remaining');
    expect(characterCountMessage(5001, 5000)).toBe('You have 1 character too many');
    expect(characterCountMessage(20000, 5000)).toBe('You have 15,000 characters too many');
  });

  it('counts as the writer types, against the field’s limit, and shows going over as an error', () => {
    render(<CharacterCount id="commentary" label="Commentary" maxLength={LIMITS.update.commentary.max} />);
    const box = screen.getByLabelText('Commentary');
    expect(screen.getByText('You have 5,000 characters remaining')).toBeTruthy();
    fireEvent.input(box, { target: { value: 'x'.repeat(5003) } });
    const message = screen.getByText('You have 3 characters too many');
    expect(message.className).toContain('govuk-error-message');
    expect(box.getAttribute('aria-describedby')).toContain('commentary-info');
  });
});
