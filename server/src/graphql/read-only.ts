/**
 * The API is read-only: a validation rule refusing mutations and subscriptions with a message that
 * says so (400), instead of letting execution fail on a schema without those roots (which surfaced
 * as INTERNAL_SERVER_ERROR with a stack trace in the log).
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export const READ_ONLY_MESSAGE =
  'This API is read-only: it answers queries; mutations and subscriptions are not supported. Data changes go through the curated files and `npm run seed`.';

export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(op) {
      if (op.operation !== 'query') context.reportError(new GraphQLError(`${READ_ONLY_MESSAGE} (got a ${op.operation}).`, { nodes: [op] }));
    },
  };
}
