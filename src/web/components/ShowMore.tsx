import { Button } from './Button.js';
import { InlineError } from './InlineError.js';

/** What "Show more" reads from a paged query (TanStack's infinite query result fits). */
export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

/** The foot of a paged list: the next page on request, and a calm word if it could not come. */
export function ShowMore({ pages }: { pages: MorePages }) {
  return (
    <>
      {pages.isFetchNextPageError && (
        <InlineError>Haven could not load more just now. You might try again.</InlineError>
      )}
      {pages.hasNextPage && (
        <div>
          <Button small busy={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            Show more
          </Button>
        </div>
      )}
    </>
  );
}
