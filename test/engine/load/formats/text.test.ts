import { describe, expect, it } from 'vitest';
import { markdownFormat, textFormat } from '../../../../electron/engine/load/formats/text';
import { fixture } from '../fixtures';

describe('textFormat and markdownFormat', () => {
  it('keep the decoded text exactly, so offsets match the file', async () => {
    const text = '# Title\r\n\r\n“Quote,” she said.  \n';
    expect(await markdownFormat.load(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8', format: 'markdown' });
  });

  it('read Windows-1252 files with curly quotes', async () => {
    const a = await textFormat.load(fixture('article-1252.txt'));
    expect(a.ok && a.encoding).toBe('windows-1252');
    expect(a.ok && a.text).toContain('“We cannot keep patching a structure that was built for horse carts,” said Daniel Okafor, the council’s head of transport.');
  });

  it('refuse blank files', async () => {
    expect(await textFormat.load(new TextEncoder().encode(' \r\n\t'))).toEqual({ ok: false, reason: 'The file contains only blank space.' });
  });
});
