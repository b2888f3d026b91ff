import { Link } from 'react-router';
import { RELATING_GUIDE } from '../../../core/attuning/patterns.js';
import { useHelp } from '../../app/help.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { PageHeader } from '../../components/PageHeader.js';
import '../../styles/attuning.css';
import { pathTo } from '../../../core/practices/catalogue.js';

/** The guide to healthy and unhealthy ways of relating. */
export function RelatingGuideScreen() {
  const { openHelp } = useHelp();
  return (
    <div className="attuning stack-xl prose-page">
      <p>
        <Link to={pathTo('paths')}>Back to growth paths</Link>
      </p>
      <PageHeader title={RELATING_GUIDE.title} eyebrow="Growth paths">
        <p>{RELATING_GUIDE.intro}</p>
      </PageHeader>
      <div className="relating-guide">
        <Card as="section" aria-labelledby="healthy-title" className="stack relating-guide__healthy">
          <h2 id="healthy-title" className="subsection-title">
            Signs of relating that feels safe
          </h2>
          <ul className="relating-guide__list">
            {RELATING_GUIDE.healthy.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </Card>
        <Card as="section" aria-labelledby="unhealthy-title" className="stack relating-guide__unhealthy">
          <h2 id="unhealthy-title" className="subsection-title">
            Signs that may need a closer look
          </h2>
          <ul className="relating-guide__list">
            {RELATING_GUIDE.unhealthy.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </Card>
      </div>
      <p>{RELATING_GUIDE.closing}</p>
      <div className="button-row">
        <Button onClick={openHelp}>See where to find support</Button>
        <ButtonLink to={pathTo('journal', 'new')} variant="quiet">
          Write about what comes up
        </ButtonLink>
      </div>
    </div>
  );
}
