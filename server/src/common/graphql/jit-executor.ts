import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How operations ran since start, compiled or interpreted: read by the tests. */
export class OperationRuns {
  compiled = 0;
  interpreted = 0;
}

/**
 * Runs operations as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter.
 *
 * graphql-js walks the selection set for every object of every list: on a 200-action dashboard
 * that is about 15,000 field executions, each with its own path, argument and completion work
 * (about 20 ms per answer in a test of the dashboard's shape with every value already to hand).
 * A compiled query is one function per operation that copies the values into the answer.
 *
 * A document is compiled the second time it runs (GRAPHQL_COMPILE_AT_RUN), so a document sent
 * once (most API scripts) costs no compilation; the client's operations, and a repeated API
 * script's, run compiled from then on. Compiled queries are kept per parsed document, which Apollo's document store keeps
 * per query text, so they go when the document does.
 *
 * Apollo Server 4 and later take a custom executor only through the gateway interface (its
 * migration guide's advice for graphql-jit); this is that interface with one fixed schema.
 */
export function jitGateway(
  schemaOf: () => GraphQLSchema,
  compileAtRun: number,
  runs: OperationRuns = new OperationRuns(),
): GatewayInterface {
  /** Per parsed document and operation name: runs so far, or the compiled query. */
  const seen = new WeakMap<DocumentNode, Map<string, number | CompiledQuery | 'interpret'>>();

  const executor: GatewayExecutor = async (rc) => {
    const { document, operationName, context, request } = rc;
    const schema = schemaOf();
    const variables = request.variables ?? {};
    const name = operationName ?? '';
    let byName = seen.get(document);
    if (!byName) seen.set(document, (byName = new Map()));
    const known = byName.get(name) ?? 0;
    if (typeof known === 'object') return runCompiled(known, rc);
    if (known !== 'interpret' && compileAtRun > 0 && known + 1 >= compileAtRun) {
      const query = compileQuery(schema, document, operationName ?? undefined);
      // A document the compiler declines runs interpreted, as before.
      byName.set(name, isCompiledQuery(query) ? query : 'interpret');
      if (isCompiledQuery(query)) return runCompiled(query, rc);
    } else if (known !== 'interpret') {
      byName.set(name, known + 1);
    }
    runs.interpreted += 1;
    return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
  };

  /**
   * A compiled run, answering as graphql-js would: variables are checked by graphql-js first (its
   * messages are the ones Apollo knows as bad input), and errors are graphql-js's own class, with
   * extensions always present, as Apollo's error formatting expects.
   */
  async function runCompiled(
    query: CompiledQuery,
    rc: Parameters<GatewayExecutor>[0],
  ): Promise<ExecutionResult> {
    const { operation, context, request } = rc;
    runs.compiled += 1;
    const coerced = getVariableValues(
      rc.schema,
      operation.variableDefinitions ?? [],
      request.variables ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, request.variables ?? {});
    if (!result.errors) return result;
    return { ...result, errors: result.errors.map(asGraphQLJsError) };
  }

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      const schema = schemaOf();
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? (original instanceof GraphQLError ? original.extensions : undefined),
  });
  // graphql-js works locations out from AST nodes; the compiled run reports them directly.
  Object.assign(copy, { locations: error.locations });
  return copy;
}
