import { render, screen } from '@testing-library/react';
import { RagTag } from './RagTag';

describe('RagTag', () => {
  it('shows the RAG in words, with the reason beside it when there is one', () => {
    const { rerender } = render(<RagTag rag="AMBER" />);
    expect(screen.getByText('Amber')).toBeTruthy();
    expect(screen.queryByText(/Reason:/)).toBeNull();
    rerender(<RagTag rag="GREEN" reason="The late milestone was replaced" />);
    expect(screen.getByText('Green')).toBeTruthy();
    expect(screen.getByText('Reason: The late milestone was replaced')).toBeTruthy();
  });
});
