import { describe, expect, it } from 'vitest';
import { zipSummary } from '../../../../electron/engine/load/formats/zip';
import { fixture } from '../fixtures';

describe('zipSummary', () => {
  it('reads the entry count and inflated size of a real .docx', () => {
    const summary = zipSummary(fixture('article.docx'));
    expect(summary?.entries).toBeGreaterThan(5);
    expect(summary?.inflatedBytes).toBeGreaterThan(fixture('article.docx').length);
  });

  it('is null for anything that is not a readable ZIP', () => {
    expect(zipSummary(new Uint8Array())).toBeNull();
    expect(zipSummary(new TextEncoder().encode('PK but not really'))).toBeNull();
    const docx = fixture('article.docx');
    expect(zipSummary(docx.subarray(0, docx.length - 30))).toBeNull();
  });
});
