/** Every error the SDK throws carries one of these codes; hosts switch on `code`, never on text. */
export type SalesLineErrorCode =
  | 'invalid-config'
  | 'invalid-lead'
  | 'invalid-rep'
  | 'invalid-state'
  | 'invalid-scenario'
  | 'invalid-input'
  | 'unknown-lead'
  | 'unknown-rep'
  | 'unknown-stage'
  | 'duplicate-lead'
  | 'forbidden-promotion'
  | 'rule-runtime';

/** One problem found in a JSON document; `path` points into the document as given. */
export interface ConfigIssue {
  code: string;
  path: (string | number)[];
  message: string;
}

export class SalesLineError extends Error {
  override readonly name = 'SalesLineError';
  readonly code: SalesLineErrorCode;
  readonly issues: ConfigIssue[];

  constructor(code: SalesLineErrorCode, message: string, options: { issues?: ConfigIssue[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** Renders an issue path the way users read JSON: `routing.rules[2].conditions.all[0].vaule`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(document)' : out;
}
