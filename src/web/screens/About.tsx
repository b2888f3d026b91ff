import { PILLARS } from '../../core/pillars.js';
import { Card } from '../components/Card.js';
import { PageHeader } from '../components/PageHeader.js';

/** What Haven is and is not; reachable signed in or out. */
export function AboutScreen() {
  return (
    <div className="prose-page stack-xl">
      <PageHeader title="About Haven">
        <p>
          Haven is a private companion for building a steadier, kinder relationship with yourself: noticing
          what you feel and need, tending to it, and becoming a safe place to come home to.
        </p>
      </PageHeader>

      <section aria-labelledby="about-hearts" className="stack">
        <h2 id="about-hearts">Built around HEARTS</h2>
        <p>
          Haven is shaped by the HEARTS framework from Jessica Fern&rsquo;s book{' '}
          <cite>Polysecure: Attachment, Trauma and Consensual Nonmonogamy</cite>. The framework and its credit
          are hers. Every word you read in Haven, from prompts to guided scripts, is Haven&rsquo;s own.
        </p>
        <p>In Haven, HEARTS turns inward, into six areas:</p>
        <dl className="hearts-list">
          {PILLARS.map((pillar) => (
            <div key={pillar.id} className={`hearts-list__item pillar-card--${pillar.id}`}>
              <dt>
                <span className="pillar-card__letter" aria-hidden="true">
                  {pillar.letter}
                </span>
                <span className="hearts-list__name">{pillar.name}</span>
              </dt>
              <dd>{pillar.summary}</dd>
            </div>
          ))}
        </dl>
      </section>

      <Card as="section" tone="quiet" aria-labelledby="about-not" className="stack">
        <h2 id="about-not">What Haven is not</h2>
        <p>
          Haven is a self-help companion. It is not therapy, and it is not a crisis service: nobody watches
          what you write, and Haven cannot reach anyone for you.
        </p>
        <p>
          Working with a therapist or counsellor can go further than any app, especially with trauma or with
          patterns that feel stuck. Haven is glad to sit alongside that work, never in place of it. If you are
          in danger right now, &ldquo;Get help now&rdquo; at the top of every screen shows where to turn.
        </p>
        <p>
          When something you write sounds like you may be in danger, Haven shows where to find help, right
          beside your words. That check happens on your device as you type; it never stops you writing, and no
          one is alerted.
        </p>
      </Card>

      <section aria-labelledby="about-reading" className="stack">
        <h2 id="about-reading">Further reading</h2>
        <ul className="reading-list">
          <li>
            <cite>Polysecure: Attachment, Trauma and Consensual Nonmonogamy</cite>, Jessica Fern
          </li>
          <li>
            <cite>Becoming Safely Embodied</cite>, Deirdre Fay
          </li>
          <li>
            <cite>Freedom from Your Inner Critic</cite>, Bonnie Weiss and Jay Earley
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-privacy" className="stack">
        <h2 id="about-privacy">Your privacy</h2>
        <p>
          Everything you write is encrypted at rest, with a key only your passphrase or recovery code opens.
        </p>
        <p>It is yours: you can export all of it, or delete all of it, whenever you choose.</p>
      </section>
    </div>
  );
}
