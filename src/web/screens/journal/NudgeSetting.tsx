import { useState } from 'react';
import { Checkbox } from '../../components/Checkbox.js';
import { deviceStorage, mindReadingNudgeOn, setMindReadingNudge } from '../attuning/drafts.js';

/** Whether the editor offers the mind-reading pause; kept on this device. */
export function NudgeSetting() {
  const [on, setOn] = useState(() => mindReadingNudgeOn(deviceStorage()));
  return (
    <section className="card card--quiet stack" aria-labelledby="nudge-setting-title">
      <h2 id="nudge-setting-title" className="subsection-title">
        Gentle pauses while you write
      </h2>
      <Checkbox
        label="Offer a pause when my writing seems to guess what someone else thinks of me"
        hint="Haven checks on this device only, never interrupts your typing, and you can set any pause aside."
        checked={on}
        onChange={(event) => {
          setOn(event.target.checked);
          setMindReadingNudge(deviceStorage(), event.target.checked);
        }}
      />
    </section>
  );
}
