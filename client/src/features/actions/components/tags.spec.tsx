import { render, screen } from '@testing-library/react';
import { ActionStatusTag } from './ActionStatusTag';
import { RagTag } from './RagTag';

describe('status tags say their status in words', () => {
  it.each([
    ['RED', 'Red'],
    ['AMBER', 'Amber'],
    ['GREEN', 'Green'],
  ] as const)('RAG %s reads "%s"', (rag, word) => {
    render(<RagTag rag={rag} />);
    expect(screen.getByText(word).className).toContain('govuk-tag');
  });

  it.each([
    ['NOT_STARTED', 'Not started'],
    ['IN_PROGRESS', 'In progress'],
    ['COMPLETED', 'Completed'],
    ['DEFERRED', 'Deferred'],
    ['CANCELLED', 'Cancelled'],
  ] as const)('status %s reads "%s"', (status, word) => {
    render(<ActionStatusTag status={status} />);
    expect(screen.getByText(word).className).toContain('govuk-tag');
  });
});
