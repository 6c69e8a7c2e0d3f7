import { EVIDENCE_MESSAGES } from '@partnership-tracker/domain';
import { evidenceProblem } from './evidenceUpload';

const MB = 1024 * 1024;
const file = (name: string, ...parts: (string | number[])[]) =>
  new File(
    parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))),
    name,
  );

// jsdom's Blob has no arrayBuffer() (browsers have); read it with jsdom's FileReader instead.
beforeAll(() => {
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

describe('the file input’s early check (the server’s own rules, from the domain library)', () => {
  it('passes a file whose content is what its name says', async () => {
    expect(
      await evidenceProblem(
        file('photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'x'),
        10 * MB,
      ),
    ).toBeNull();
    expect(await evidenceProblem(file('register.csv', 'Name,Attended\nJo,Yes\n'), 10 * MB)).toBeNull();
  });

  it('names what is wrong before anything is sent', async () => {
    expect(await evidenceProblem(file('photo.jpg', '%PDF-1.7 ...'), 10 * MB)).toBe(
      'The file’s name says it is a JPEG image, but it is a PDF document. Rename it .pdf or choose the right file',
    );
    expect(await evidenceProblem(file('page.csv', '<html><body>hi</body></html>'), 10 * MB)).toBe(
      EVIDENCE_MESSAGES.html,
    );
    expect(await evidenceProblem(file('setup.exe', 'MZ'), 10 * MB)).toMatch(
      /^Files ending .exe cannot be uploaded/,
    );
    expect(await evidenceProblem(file('big.pdf', '%PDF-', 'x'.repeat(2000)), 1000)).toBe(
      'The file must be smaller than 1000 bytes',
    );
    expect(await evidenceProblem(file('empty.pdf'), 10 * MB)).toBe(EVIDENCE_MESSAGES.empty);
  });
});
