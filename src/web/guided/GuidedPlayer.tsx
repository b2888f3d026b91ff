import { useEffect, useId, useRef, useState } from 'react';
import { GUIDED_CHOICES, scriptMinutes, type GuidedScript } from '../../core/here/guided.js';
import { Button } from '../components/Button.js';
import { Card } from '../components/Card.js';
import { Checkbox } from '../components/Checkbox.js';
import { Grounding } from '../safety/Grounding.js';
import { AfterSession } from './AfterSession.js';
import {
  keepVoicePreference,
  RATE_MAX,
  RATE_MIN,
  readVoicePreference,
  type VoicePreference,
} from './preferences.js';
import { usePacedSteps } from './usePacedSteps.js';
import { useSpeech } from './useSpeech.js';
import '../styles/guided.css';

/**
 * The guided-practice player, shared by every pillar that guides: the steps
 * of a script on screen, paced, read aloud if the person wants and the
 * browser has a voice. Eyes open and stopping are offered before the first
 * step; grounding is one press away throughout. When it ends, however it
 * ends, the session is kept as a `guided_session` record.
 */
export function GuidedPlayer({ script, onAgain }: { script: GuidedScript; onAgain?: () => void }) {
  const speech = useSpeech();
  const [voice, setVoice] = useState<VoicePreference>(readVoicePreference);
  const [grounding, setGrounding] = useState(false);
  const [groundingUsed, setGroundingUsed] = useState(false);
  const player = usePacedSteps(script, voice, speech);
  const stepRef = useRef<HTMLDivElement>(null);
  const groundingRef = useRef<HTMLDivElement>(null);
  const voiceId = useId();
  const rateId = useId();
  const spoken = voice.speak && speech.available;

  const choose = (change: Partial<VoicePreference>) => {
    const next = { ...voice, ...change };
    setVoice(next);
    keepVoicePreference(next);
  };

  useEffect(() => {
    if (player.status === 'playing' || player.status === 'paused') stepRef.current?.focus();
  }, [player.status]);

  // Grounding opens below the step: bring it into view and put the keyboard there.
  useEffect(() => {
    if (grounding) groundingRef.current?.focus();
  }, [grounding]);

  const openGrounding = () => {
    player.pause();
    setGrounding(true);
    setGroundingUsed(true);
  };

  if (player.status === 'ended' && player.result) {
    const { seconds, stepsReached, endedEarly } = player.result;
    return (
      <AfterSession
        session={{
          kind: 'guided_session',
          payload: {
            scriptId: script.id,
            title: script.title,
            stepsReached,
            stepsTotal: script.steps.length,
            spoken,
            grounded: groundingUsed,
            seconds,
            endedEarly,
          },
        }}
        heading={endedEarly ? 'You stopped here' : 'The end of the practice'}
        summary={
          endedEarly
            ? `You went through ${stepsReached} of ${script.steps.length} steps. Stopping when you want to is part of looking after yourself.`
            : 'Take a moment before you move on, if you like. Notice how you are now.'
        }
        noteLabel="What you noticed"
        onAgain={() => {
          setGroundingUsed(false);
          setGrounding(false);
          if (onAgain) onAgain();
          else player.begin();
        }}
        againLabel="Start it again"
      />
    );
  }

  if (player.status === 'ready') {
    return (
      <Card as="section" className="guided-start stack-l" aria-labelledby="guided-start-title">
        <h2 id="guided-start-title" className="section-title">
          Before you begin
        </h2>
        <p className="guided-start__length">About {scriptMinutes(script)} minutes.</p>
        <p>{script.opening}</p>
        <p className="guided-choices">{GUIDED_CHOICES}</p>
        <fieldset className="stack-s guided-voice">
          <legend className="field__label">Reading aloud</legend>
          {speech.available ? (
            <>
              <Checkbox
                label="Read the steps aloud"
                hint="Your browser’s own voice reads them; nothing leaves this device."
                checked={voice.speak}
                onChange={(e) => choose({ speak: e.currentTarget.checked })}
              />
              {voice.speak && (
                <div className="guided-voice__settings">
                  <div className="field">
                    <label className="field__label" htmlFor={voiceId}>
                      Voice
                    </label>
                    <select
                      id={voiceId}
                      className="input"
                      value={voice.voiceURI ?? ''}
                      onChange={(e) => choose({ voiceURI: e.currentTarget.value || null })}
                    >
                      <option value="">The browser’s usual voice</option>
                      {speech.voices.map((v) => (
                        <option key={v.voiceURI} value={v.voiceURI}>
                          {v.name} ({v.lang})
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={rateId}>
                      Speed
                    </label>
                    <input
                      id={rateId}
                      type="range"
                      min={RATE_MIN}
                      max={RATE_MAX}
                      step={0.1}
                      value={voice.rate}
                      aria-valuetext={rateWords(voice.rate)}
                      onChange={(e) => choose({ rate: Number(e.currentTarget.value) })}
                    />
                    <p className="field__hint">{rateWords(voice.rate)}</p>
                  </div>
                </div>
              )}
            </>
          ) : (
            <p className="muted">
              This browser has no voice for reading aloud, so the steps stay on screen, paced for reading.
            </p>
          )}
        </fieldset>
        <div className="button-row">
          <Button variant="primary" onClick={player.begin}>
            Begin
          </Button>
        </div>
      </Card>
    );
  }

  const step = script.steps[player.index];
  const paused = player.status === 'paused';
  return (
    <div className="guided-play stack-l">
      <section className="guided-step" aria-label="The practice">
        <div ref={stepRef} tabIndex={-1} className="guided-step__inner" aria-live="polite" aria-atomic="true">
          <p className="guided-step__count">
            Step {player.index + 1} of {script.steps.length}
            {paused ? ', paused' : ''}
          </p>
          <p className="guided-step__text">{step?.text}</p>
        </div>
        <div
          className="guided-progress"
          role="progressbar"
          aria-label="How far through"
          aria-valuemin={0}
          aria-valuemax={script.steps.length}
          aria-valuenow={player.index + 1}
        >
          <div
            className="guided-progress__done"
            style={{ width: `${((player.index + 1) / script.steps.length) * 100}%` }}
          />
        </div>
      </section>
      <div className="button-row guided-controls">
        {paused ? (
          <Button variant="primary" onClick={player.resume}>
            Resume
          </Button>
        ) : (
          <Button onClick={player.pause}>Pause</Button>
        )}
        <Button variant="quiet" onClick={player.back} disabled={player.index === 0}>
          Back
        </Button>
        <Button variant="quiet" onClick={player.next}>
          {player.index === script.steps.length - 1 ? 'Finish' : 'Next step'}
        </Button>
        <Button variant="quiet" onClick={player.stop}>
          Stop here
        </Button>
      </div>
      {grounding ? (
        <Card as="div" className="guided-grounding stack">
          <div ref={groundingRef} tabIndex={-1} className="guided-grounding__focus">
            <Grounding headingLevel={2} />
          </div>
          <div className="button-row">
            <Button small onClick={() => setGrounding(false)}>
              Put grounding away
            </Button>
          </div>
        </Card>
      ) : (
        <p className="guided-intense">
          <Button variant="quiet" small onClick={openGrounding}>
            This is getting to be a lot
          </Button>
          <span className="muted">Pauses the practice and offers a few steps to come back to the room.</span>
        </p>
      )}
    </div>
  );
}

function rateWords(rate: number): string {
  if (rate < 0.85) return 'Slower';
  if (rate > 1.1) return 'Faster';
  return 'Unhurried';
}
