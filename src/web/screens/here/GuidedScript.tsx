import { useState } from 'react';
import { useParams } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { guidedScript } from '../../../core/here/scripts.js';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { GuidedPlayer } from '../../guided/GuidedPlayer.js';
import '../../styles/here.css';

/** One guided practice, played: pathTo('guided', scriptId). */
export function GuidedScriptScreen() {
  const { scriptId = '' } = useParams();
  const script = guidedScript(scriptId);
  const [round, setRound] = useState(0);
  if (!script) {
    return (
      <div className="here narrow stack-l">
        <PageHeader title="This practice isn't here" eyebrow="Here">
          <p>It may have been renamed. The library has every guided practice.</p>
        </PageHeader>
        <div className="button-row">
          <ButtonLink to={pathTo('guided')} variant="primary">
            Go to the practice library
          </ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div className="here narrow stack-xl">
      <PageHeader title={script.title} eyebrow={script.pillar === 'rituals' ? 'Rituals' : 'Here'}>
        <p>{script.purpose}</p>
      </PageHeader>
      <GuidedPlayer key={`${script.id}-${round}`} script={script} onAgain={() => setRound((r) => r + 1)} />
      <p>
        <ButtonLink to={pathTo('guided')} variant="quiet" small>
          Back to the practice library
        </ButtonLink>
      </p>
    </div>
  );
}
