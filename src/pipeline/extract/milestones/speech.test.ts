import { describe, expect, it } from 'vitest';
import { findSpeech, inSpeech } from './speech';

describe('direct speech', () => {
  it('finds direct speech but not quoted names', () => {
    const text = 'Форум «Газпром» открылся. «Мы подписали важные документы и продолжим работу в этом направлении», — сказал он.';
    const speech = findSpeech(text);
    expect(inSpeech(speech, text.indexOf('Газпром'))).toBe(false);
    expect(inSpeech(speech, text.indexOf('подписали'))).toBe(true);
    expect(inSpeech(speech, text.indexOf('сказал'))).toBe(false);
  });
});
