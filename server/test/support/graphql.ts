import type request from 'supertest';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown };
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors: GqlError[] | undefined;
  headers: Record<string, string | string[] | undefined>;
}

type Agent = ReturnType<typeof request.agent>;

/** Sends a GraphQL operation as the browser client does (JSON POST, same cookies). */
export async function gql<T = Record<string, unknown>>(
  agent: Agent,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  const res = await agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors, headers: res.headers };
}

/** The codes of a result's errors, e.g. ['FORBIDDEN']. */
export const codes = (result: GqlResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);
