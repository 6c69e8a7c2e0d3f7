import { GraphQLScalarType } from 'graphql';

/** Read-only JSON (audit changes). Never accepted as input. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value, such as the changed fields of an audit event.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is output only');
  },
  parseLiteral: () => {
    throw new TypeError('JSON is output only');
  },
});
