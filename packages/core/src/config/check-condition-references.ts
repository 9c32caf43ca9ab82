import type { ConfigIssue } from '../errors.ts';
import { configIssue } from './config-issue-code.ts';
import { isPlainObject, type JsonObject } from './json-guards.ts';

type Path = readonly (string | number)[];

interface Reference {
  target: string;
  path: Path;
  /** Nesting level of the reference node inside its tree (the top is 1). */
  depth: number;
}
interface Node {
  localDepth: number;
  references: Reference[];
}

export interface ConditionReferenceReport {
  issues: ConfigIssue[];
  /** How deeply each shared condition nests once the shared conditions it uses are expanded (acyclic ones only). */
  depths: Map<string, number>;
}

/**
 * Finds shared conditions that use themselves, directly or through others. json-rules-engine
 * follows such a loop until the stack or the heap runs out, so each loop is refused where
 * it closes. The reference collection is iterative; the search recurses at most once per
 * shared condition, and the limits pass has already capped those at 500.
 */
export function checkConditionReferences(conditions: JsonObject, path: Path): ConditionReferenceReport {
  const graph = new Map<string, Node>();
  for (const name of Object.keys(conditions)) graph.set(name, collect(conditions[name], [...path, name]));
  const issues: ConfigIssue[] = [];
  const depths = new Map<string, number>();
  // The conditions being searched, in order: a reference to one of them closes a loop.
  const onPath: string[] = [];
  const open = new Set<string>();
  const search = (name: string, node: Node): void => {
    onPath.push(name);
    open.add(name);
    let depth = node.localDepth;
    for (const reference of node.references) {
      const target = graph.get(reference.target);
      if (target === undefined) continue;
      if (open.has(reference.target)) {
        const loop = [...onPath.slice(onPath.indexOf(reference.target)), reference.target];
        issues.push(
          configIssue(
            'condition-cycle',
            reference.path,
            `The shared condition "${reference.target}" uses itself: ${loop.map((n) => `"${n}"`).join(' → ')}. Checking it would never end; remove one of these references.`,
          ),
        );
      } else if (!depths.has(reference.target)) search(reference.target, target);
      const nested = depths.get(reference.target);
      if (nested !== undefined) depth = Math.max(depth, reference.depth - 1 + nested);
    }
    depths.set(name, depth);
    open.delete(onPath.pop()!);
  };
  for (const [name, node] of graph) if (!depths.has(name)) search(name, node);
  return { issues, depths };
}

function collect(tree: unknown, path: Path): Node {
  const node: Node = { localDepth: 0, references: [] };
  const stack: { value: unknown; path: Path; depth: number }[] = [{ value: tree, path, depth: 1 }];
  while (stack.length > 0) {
    const { value, path: at, depth } = stack.pop()!;
    if (!isPlainObject(value)) continue;
    node.localDepth = Math.max(node.localDepth, depth);
    if (typeof value.condition === 'string') node.references.push({ target: value.condition, path: [...at, 'condition'], depth });
    for (const key of ['all', 'any'] as const) {
      const list = value[key];
      if (Array.isArray(list)) list.forEach((child, index) => stack.push({ value: child, path: [...at, key, index], depth: depth + 1 }));
    }
    if (value.not !== undefined) stack.push({ value: value.not, path: [...at, 'not'], depth: depth + 1 });
  }
  return node;
}
