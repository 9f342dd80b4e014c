// Connections under a parent, fetched through the per-request list loaders.
import type { ApiContext } from '../context';
import type { IdListName, ListName } from '../loaders';
import { type PageArgs, toConnection, toPage } from '../pagination';

export interface DatedArgs extends PageArgs {
  activeOn?: string | null;
  onlyActive?: boolean | null;
}

/** A page of relationship rows (their properties and both ends' ids). */
export async function relationshipConnection<N extends Exclude<ListName, IdListName>>(
  context: ApiContext,
  name: N,
  parentId: string,
  args: PageArgs,
  params: Record<string, unknown> = {},
) {
  const page = toPage(args);
  const result = await context.loaders.list(name, page, params).load(parentId);
  return toConnection(result.items, page, result.total);
}

/** A page of dated relationships, `active` judged on activeOn (default: today). */
export function datedConnection<N extends Exclude<ListName, IdListName>>(
  context: ApiContext,
  name: N,
  parentId: string,
  args: DatedArgs,
) {
  return relationshipConnection(context, name, parentId, args, {
    activeOn: args.activeOn ?? context.today,
    onlyActive: args.onlyActive ?? false,
  });
}

/** A page of entities given by id, each loaded through `load`. */
export async function entityConnection<T>(
  context: ApiContext,
  name: IdListName,
  parentId: string,
  args: PageArgs,
  load: (id: string) => Promise<T | null>,
) {
  const page = toPage(args);
  const result = await context.loaders.list(name, page).load(parentId);
  return toConnection(
    result.items.map((id) => ({ node: () => load(id) })),
    page,
    result.total,
  );
}

/** A loader's `load` that tolerates a missing id (an optional link). */
export function maybe<T>(load: (id: string) => Promise<T | null>, id: string | null | undefined) {
  return id ? load(id) : null;
}
