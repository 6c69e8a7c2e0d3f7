import { needsRagReason } from './ragReason';
import { recordUpdateSchema, toRecordUpdateInput, type RecordUpdateFormValues } from './recordUpdateForm';

const values: RecordUpdateFormValues = {
  status: 'IN_PROGRESS',
  rag: 'AMBER',
  ragReason: '',
  progress: '40',
  commentary: 'Two farm watch meetings held',
  outcome: '',
  milestoneIds: [],
  completions: {},
};

describe('the reason for a different RAG status', () => {
  it('is asked for only when the chosen RAG is not the suggested one', () => {
    expect(needsRagReason('AMBER', 'AMBER')).toBe(false);
    expect(needsRagReason('RED', 'AMBER')).toBe(true);
    expect(needsRagReason('GREEN', 'RED')).toBe(true);
  });

  it('is not asked for before a RAG is chosen', () => {
    expect(needsRagReason('', 'GREEN')).toBe(false);
    expect(needsRagReason(null, 'GREEN')).toBe(false);
  });

  it('must be filled in when the RAG differs from the suggestion', () => {
    const result = recordUpdateSchema('GREEN').safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['ragReason']);
    expect(result.error?.issues[0]?.message).toBe(
      'The plan’s rule suggests Green: explain why you chose Amber',
    );
  });

  it('is not needed, and not sent, when the RAG is the suggested one', () => {
    const parsed = recordUpdateSchema('AMBER').parse({ ...values, ragReason: 'left over' });
    expect(toRecordUpdateInput('a1', 3, parsed, 'AMBER').ragReason).toBeNull();
  });

  it('is sent when the server asked for one after the new progress changed its suggestion', () => {
    const parsed = recordUpdateSchema('AMBER').parse({ ...values, ragReason: 'Board agreed' });
    expect(toRecordUpdateInput('a1', 3, parsed, 'AMBER', true).ragReason).toBe('Board agreed');
  });
});
