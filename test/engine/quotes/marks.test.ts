import { describe, expect, it } from 'vitest';
import { markAt } from '../../../electron/engine/quotes/marks';

const at = (text: string, ch = text.search(/["“”‘’'«»„]/)) => markAt(text, ch);

describe('markAt', () => {
  it('treats apostrophes inside and before words as apostrophes', () => {
    expect(at('Putin’s plan')).toBeNull();
    expect(at('the ’90s boom')).toBeNull();
    expect(at("rock 'n' roll")).toBeNull();
    expect(markAt('rock ’n’ roll', 7)).toBeNull();
    expect(at('don\'t')).toBeNull();
  });

  it('classifies curly and guillemet marks', () => {
    expect(at('“Hi')).toMatchObject({ family: 'double' });
    expect(at('hi”')).toMatchObject({ family: 'double', role: 'close' });
    expect(at('«Hi')).toMatchObject({ role: 'open' });
    expect(at('„Hallo')).toMatchObject({ role: 'open' });
    expect(at('is ‘unacceptable')).toMatchObject({ family: 'single', role: 'open' });
  });

  it('reads two apostrophes as one double mark (NYT archive convention)', () => {
    expect(at("said ''It")).toMatchObject({ family: 'double', length: 2, role: 'open' });
    expect(at("it,'' he")).toMatchObject({ family: 'double', length: 2, role: 'close' });
  });

  it('decides straight double quotes from their neighbours', () => {
    expect(at('said "Hi')).toMatchObject({ role: 'open' });
    expect(at('Hi," he')).toMatchObject({ role: 'close' });
  });
});
