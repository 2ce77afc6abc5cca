/** A validation rule refusing documents nested deeper than LIMITS.maxQueryDepth (fragments followed). */
import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ASTVisitor } from 'graphql';

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (depth > maxDepth) return depth;
      switch (node.kind) {
        case Kind.FIELD:
          return node.selectionSet ? Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen))) : depth;
        case Kind.INLINE_FRAGMENT:
          return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const f = fragments.get(node.name.value);
          if (!f || seen.has(f.name.value)) return depth;
          return Math.max(depth, ...f.selectionSet.selections.map((s) => depthOf(s, depth, new Set([...seen, f.name.value]))));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(op) {
        const depth = Math.max(0, ...op.selectionSet.selections.map((s) => depthOf(s, 1, new Set())));
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [op],
            }),
          );
        }
      },
    };
  };
}
