import { foldImports } from './PlanImportPage';

const run = (id: string, status: string) => ({ id, status });

describe('earlier imports', () => {
  it('shows every applied import and the latest attempt, and folds the other attempts', () => {
    const runs = [
      run('latest', 'INVALID'),
      run('a', 'READY'),
      run('applied-2', 'DONE'),
      run('b', 'INVALID'),
      run('applied-1', 'DONE'),
    ];
    const { shown, folded } = foldImports(runs);
    expect(shown.map((r) => r.id)).toEqual(['latest', 'applied-2', 'applied-1']);
    expect(folded.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('folds nothing when there is one', () => {
    expect(foldImports([run('only', 'READY')])).toEqual({ shown: [run('only', 'READY')], folded: [] });
  });
});
