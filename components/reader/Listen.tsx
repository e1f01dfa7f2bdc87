/** Listen: reads the article aloud with the browser's own speechSynthesis (on-device or the
 * system's voices; Pith sends nothing anywhere). One block at a time, so that previous / next move by
 * paragraph and the block being read is highlighted and kept in view. Hidden when the browser has
 * no voice at all. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LISTEN_RATES, type ReaderPrefs } from '../../extension/reader-prefs';
import { readableBlocks, stepIndex, voicesFor } from './listen-steps';
import { i18n } from '../../extension/i18n';

const CURRENT = 'listen-current';

interface Props {
  /** Where the article is rendered (blocks are looked up when reading starts). */
  root: () => ParentNode | null;
  lang: string | null;
  rate: ReaderPrefs['rate'];
  onRate: (rate: ReaderPrefs['rate']) => void;
}

function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    // Chromium fills the list after the first call.
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

export function Listen({ root, lang, rate, onRate }: Props) {
  const voices = useVoices();
  const matching = voicesFor(voices, lang ?? document.documentElement.lang);
  const choices = matching.length ? matching : voices;
  const [voiceName, setVoiceName] = useState<string | null>(null);
  const voice = choices.find((v) => v.name === voiceName) ?? choices[0];
  const [playing, setPlaying] = useState(false);
  const [index, setIndex] = useState(-1);
  // Each start gets a number: an utterance cancelled to start another must not move on when it ends.
  const run = useRef(0);
  const blocks = useRef<HTMLElement[]>([]);

  const highlight = (at: number) => {
    for (const el of blocks.current) el.classList.remove(CURRENT);
    const el = blocks.current[at];
    if (!el) return;
    el.classList.add(CURRENT);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const stop = () => {
    run.current++;
    speechSynthesis.cancel();
    setPlaying(false);
  };

  const speak = (at: number, withRate = rate, withVoice = voice) => {
    const current = ++run.current;
    speechSynthesis.cancel();
    const el = blocks.current[at];
    if (!el) return void setPlaying(false);
    const utterance = new SpeechSynthesisUtterance(el.textContent ?? '');
    utterance.lang = withVoice?.lang || lang || '';
    if (withVoice) utterance.voice = withVoice;
    utterance.rate = withRate;
    utterance.onend = () => {
      if (run.current !== current) return;
      const next = stepIndex(at, 1, blocks.current.length);
      if (next === null) {
        setPlaying(false);
        highlight(-1);
        setIndex(-1);
      } else speak(next, withRate, withVoice);
    };
    utterance.onerror = () => {
      if (run.current === current) setPlaying(false);
    };
    setIndex(at);
    setPlaying(true);
    highlight(at);
    speechSynthesis.speak(utterance);
  };

  const start = () => {
    const found = root();
    blocks.current = found ? readableBlocks(found) : [];
    speak(index >= 0 ? index : 0);
  };

  const step = (delta: 1 | -1) => {
    if (blocks.current.length === 0) {
      const found = root();
      blocks.current = found ? readableBlocks(found) : [];
    }
    const next = stepIndex(Math.max(index, 0), delta, blocks.current.length);
    if (next === null) return;
    if (playing) speak(next);
    else {
      setIndex(next);
      highlight(next);
    }
  };

  useEffect(
    () => () => {
      run.current++;
      globalThis.speechSynthesis?.cancel();
    },
    [],
  );

  if (!globalThis.speechSynthesis || voices.length === 0) return null;
  return (
    <div
      class="listen-bar"
      role="group"
      aria-label={i18n.t('reader.listenLabel')}
      data-listen={playing ? 'playing' : index >= 0 ? 'paused' : 'idle'}
    >
      <button
        type="button"
        class="button listen-play"
        aria-pressed={playing}
        onClick={() => (playing ? stop() : start())}
      >
        {playing ? i18n.t('reader.pause') : index >= 0 ? i18n.t('reader.resume') : i18n.t('reader.listen')}
      </button>
      <button
        type="button"
        class="reader-option listen-previous"
        aria-label={i18n.t('reader.previous')}
        onClick={() => step(-1)}
      >
        ⏮
      </button>
      <button
        type="button"
        class="reader-option listen-next"
        aria-label={i18n.t('reader.next')}
        onClick={() => step(1)}
      >
        ⏭
      </button>
      <label class="listen-field">
        {i18n.t('reader.speed')}{' '}
        <select
          class="listen-rate"
          value={String(rate)}
          onChange={(event) => {
            const next = Number(event.currentTarget.value) as ReaderPrefs['rate'];
            onRate(next);
            if (playing) speak(index, next);
          }}
        >
          {LISTEN_RATES.map((r) => (
            <option value={String(r)}>{r}×</option>
          ))}
        </select>
      </label>
      {choices.length > 1 && (
        <label class="listen-field">
          {i18n.t('reader.voice')}{' '}
          <select
            class="listen-voice"
            value={voice?.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setVoiceName(name);
              if (playing)
                speak(
                  index,
                  rate,
                  choices.find((v) => v.name === name),
                );
            }}
          >
            {choices.map((v) => (
              <option value={v.name}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
