// Relay-style cursor pagination: opaque cursors over a stable order, `first` capped so no page can be huge.
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a page starts and how many items it holds. */
export interface Page {
  skip: number;
  limit: number;
}

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw badInput(`'${cursor.slice(0, 40)}' is not a cursor this API gave out`);
  }
  return offset;
}

export function toPage(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A connection over one page of items whose position in the whole list is page.skip onward. */
export function toConnection<E extends object>(items: readonly E[], page: Page, totalCount: number): Connection<E> {
  const edges = items.map((item, index) => ({ ...item, cursor: encodeCursor(page.skip + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.skip + items.length < totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A connection over a list already held in memory. */
export function sliceConnection<E extends object>(all: readonly E[], args: PageArgs): Connection<E> {
  const page = toPage(args);
  return toConnection(all.slice(page.skip, page.skip + page.limit), page, all.length);
}
