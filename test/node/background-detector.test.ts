import { describe, expect, it, vi } from 'vitest';
import { backgroundDetector } from '../../content-scripts/runtime/background-detector';
import { detect } from '../../src/matching/detect';
import { detectTexts } from '../../src/matching/detect-texts';

const texts = ['After the race my calf cramped up.', 'Nothing to see.'];
const answer = { type: 'detected', found: detectTexts(texts) };

describe('asking the background to find the mentions', () => {
  it('sends the texts and reads the answer back as marks', async () => {
    const send = vi.fn(() => Promise.resolve(answer as unknown));
    const marks = detect(texts[0] as string).map(({ start, end, sense }) => ({ start, end, sense }));
    expect(marks).toHaveLength(1);
    expect(await backgroundDetector(send, () => true)(texts)).toEqual([marks, []]);
    expect(send).toHaveBeenCalledWith({ type: 'detect', texts });
  });

  it('asks once more when nothing answered (a stopped service worker), while the extension is there', async () => {
    const send = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce(answer);
    expect(await backgroundDetector(send, () => true)(texts)).toHaveLength(2);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up at once when the extension is gone, and on a malformed answer', async () => {
    const silent = vi.fn(() => Promise.resolve(undefined));
    expect(await backgroundDetector(silent, () => false)(texts)).toBeNull();
    expect(silent).toHaveBeenCalledTimes(1);
    const wrong = vi.fn(() => Promise.resolve({ type: 'detected', found: [[0, 99, 0], []] } as unknown));
    expect(await backgroundDetector(wrong, () => true)(texts)).toBeNull();
    expect(wrong).toHaveBeenCalledTimes(1);
  });
});
