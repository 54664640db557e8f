import { useRef } from 'react';

/** 128 random bits in hex (crypto.randomUUID needs a secure context, a register on http lacks one). */
const newKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The Idempotency-Key of a write to the register: the same while the same body is sent again
 * after a failure (a lost answer, say), so that the register answers with the one it may have
 * stored rather than storing a second; a new one for another body, and after an acknowledgement.
 */
export function useRetryKey() {
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor: (body: unknown) => {
      const text = JSON.stringify(body);
      if (attempt.current?.body !== text) attempt.current = { body: text, key: newKey() };
      return attempt.current.key;
    },
    acknowledged: () => {
      attempt.current = null;
    },
  };
}
