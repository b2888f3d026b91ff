import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../components/Button.js';
import { PageHeader } from '../components/PageHeader.js';
import { NotFound } from './NotFound.js';

/**
 * What a screen shows when it fails to load or breaks. It renders inside the
 * shell, so "Get help now" stays in its place. No error text from the code is
 * shown: it could include something the person wrote.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="narrow stack-l">
      <PageHeader title="Something went wrong">
        <p>
          This part of Haven stopped working. Reloading the page usually helps; if Haven was just updated, it
          fetches the new version.
        </p>
      </PageHeader>
      <div className="button-row">
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </div>
    </div>
  );
}
