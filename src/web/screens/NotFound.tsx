import { ButtonLink } from '../components/Button.js';
import { PageHeader } from '../components/PageHeader.js';
import { PLACES } from '../../core/practices/catalogue.js';

export function NotFound() {
  return (
    <div className="narrow stack-l">
      <PageHeader title="This page isn't here">
        <p>The address may have changed, or there may be a small typo in it.</p>
      </PageHeader>
      <div className="button-row">
        <ButtonLink to={PLACES.home} variant="primary">
          Go to the home page
        </ButtonLink>
      </div>
    </div>
  );
}
