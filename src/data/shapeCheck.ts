/**
 * The run-time half of the dataset validator (issue 16). The production build does not ship zod:
 * scripts/validator.ts reads the zod schemas of schema.ts at build time and writes each one as a
 * plain description (a `Shape`); this file checks a value against such a description and reports
 * problems with zod's own paths and English messages, so an invalid dataset reads the same with
 * or without zod. Only what JSON can hold is handled (strings, finite numbers, booleans, null,
 * arrays, plain objects). scripts/validator.test.ts checks it against zod on many broken datasets.
 */

export type Check =
  | { k: 'min' | 'max' | 'len'; n: number; e?: string }
  | { k: 'gt' | 'lt'; n: number; inc: boolean; e?: string }
  | { k: 'int'; e?: string }
  | { k: 'regex'; p: string; f: string; e?: string };

export type Shape =
  | { t: 'string' | 'number'; c?: Check[]; e?: string }
  | { t: 'boolean'; e?: string }
  | { t: 'enum' | 'literal'; v: (string | number | boolean | null)[]; e?: string }
  | { t: 'nullable' | 'optional'; i: Shape }
  | { t: 'array'; i: Shape; c?: Check[]; e?: string }
  | { t: 'object'; s: Record<string, Shape>; e?: string }
  | { t: 'record'; k: Shape; i: Shape; e?: string }
  | { t: 'union'; o: Shape[]; e?: string };

export interface ShapeIssue {
  path: (string | number)[];
  message: string;
}

/** While checking: whether the issue lets checking go on (zod's `continue`), which unions weigh. */
interface Found extends ShapeIssue {
  soft?: true;
}

/** zod's result shape, so code written against a zod schema's safeParse works unchanged. */
export type ShapeResult<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { issues: ShapeIssue[] } };

const typeName = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  return typeof value;
};

const literal = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** Code points, as zod counts a string's length. */
const lengthOf = (value: string | unknown[]) => (typeof value === 'string' ? [...value].length : value.length);

const regexCache = new Map<string, RegExp>();
function regexOf(check: { p: string; f: string }): RegExp {
  const key = `/${check.p}/${check.f}`;
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = new RegExp(check.p, check.f)));
  re.lastIndex = 0;
  return re;
}

const LENGTH_CHECKS = new Set<Check['k']>(['min', 'max', 'len']);

function runChecks(value: string | number | unknown[], checks: Check[] | undefined, path: (string | number)[], issues: Found[]) {
  if (!checks) return;
  const origin = typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : 'number';
  const unit = origin === 'string' ? 'characters' : 'items';
  const push = (e: string | undefined, message: string) => issues.push({ path, message: e ?? message, soft: true });
  let aborted = false;
  for (const check of checks) {
    switch (check.k) {
      // Length checks run even after an earlier check gave up, as in zod.
      case 'min':
        if (typeof value !== 'number' && lengthOf(value) < check.n) push(check.e, `Too small: expected ${origin} to have >=${check.n} ${unit}`);
        break;
      case 'max':
        if (typeof value !== 'number' && lengthOf(value) > check.n) push(check.e, `Too big: expected ${origin} to have <=${check.n} ${unit}`);
        break;
      case 'len': {
        if (typeof value === 'number') break;
        const length = lengthOf(value);
        if (length < check.n) push(check.e, `Too small: expected ${origin} to have exactly ${check.n} ${unit}`);
        else if (length > check.n) push(check.e, `Too big: expected ${origin} to have exactly ${check.n} ${unit}`);
        break;
      }
      case 'int':
        if (aborted || typeof value !== 'number') break;
        if (!Number.isInteger(value)) {
          issues.push({ path, message: check.e ?? 'Invalid input: expected int, received number' });
          aborted = true;
        } else if (!Number.isSafeInteger(value)) {
          if (value > 0) push(check.e, `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`);
          else push(check.e, `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`);
        }
        break;
      case 'gt':
        if (!aborted && typeof value === 'number' && !(check.inc ? value >= check.n : value > check.n))
          push(check.e, `Too small: expected number to be ${check.inc ? '>=' : '>'}${check.n}`);
        break;
      case 'lt':
        if (!aborted && typeof value === 'number' && !(check.inc ? value <= check.n : value < check.n))
          push(check.e, `Too big: expected number to be ${check.inc ? '<=' : '<'}${check.n}`);
        break;
      case 'regex':
        if (!aborted && typeof value === 'string' && !regexOf(check).test(value)) push(check.e, `Invalid string: must match pattern /${check.p}/${check.f}`);
        break;
    }
  }
}

/** The first of the leading length checks with an upper bound that `length` exceeds. */
function capOf(checks: Check[] | undefined, length: number): Check | undefined {
  for (const c of checks ?? []) {
    if (!LENGTH_CHECKS.has(c.k)) return undefined;
    if (c.k !== 'min' && 'n' in c && length > c.n) return c;
  }
  return undefined;
}

function check(shape: Shape, value: unknown, path: (string | number)[], issues: Found[]): void {
  const wrongType = (expected: string): void => {
    issues.push({ path, message: ('e' in shape && shape.e) || `Invalid input: expected ${expected}, received ${typeName(value)}` });
    // As in zod, length checks still run on any value that has a length (a string where a list belongs).
    if ('c' in shape && shape.c && (typeof value === 'string' || Array.isArray(value)))
      runChecks(value, shape.c.filter((c) => LENGTH_CHECKS.has(c.k)), path, issues);
  };
  switch (shape.t) {
    case 'string':
      if (typeof value !== 'string') return wrongType('string');
      return runChecks(value, shape.c, path, issues);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number');
      return runChecks(value, shape.c, path, issues);
    case 'boolean':
      if (typeof value !== 'boolean') wrongType('boolean');
      return;
    case 'enum':
    case 'literal':
      if (!shape.v.includes(value as string)) {
        const message = shape.v.length === 1 ? `Invalid input: expected ${literal(shape.v[0])}` : `Invalid option: expected one of ${shape.v.map(literal).join('|')}`;
        issues.push({ path, message: shape.e ?? message });
      }
      return;
    case 'nullable':
      if (value !== null) check(shape.i, value, path, issues);
      return;
    case 'optional':
      if (value !== undefined) check(shape.i, value, path, issues);
      return;
    case 'array':
      if (!Array.isArray(value)) return wrongType('array');
      {
        // As in zod, a list longer than a leading max or exact length is reported alone, items unchecked.
        const cap = capOf(shape.c, value.length);
        if (cap) {
          runChecks(value, [cap], path, issues);
          delete issues[issues.length - 1]!.soft;
          return;
        }
      }
      value.forEach((item, i) => check(shape.i, item, [...path, i], issues));
      return runChecks(value, shape.c, path, issues);
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('object');
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(shape.s)) check(shape.s[key]!, record[key], [...path, key], issues);
      return;
    }
    case 'record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('record');
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const keyIssues: Found[] = [];
        check(shape.k, key, [], keyIssues);
        if (keyIssues.length > 0) issues.push({ path: [...path, key], message: 'Invalid key in record' });
        else check(shape.i, item, [...path, key], issues);
      }
      return;
    }
    case 'union': {
      const results = shape.o.map((option) => {
        const found: Found[] = [];
        check(option, value, path, found);
        return found;
      });
      if (results.some((found) => found.length === 0)) return;
      // Only one option failed on checks alone (not on type): zod reports its problems.
      const close = results.filter((found) => found.every((issue) => issue.soft));
      if (close.length === 1) issues.push(...close[0]!);
      else issues.push({ path, message: shape.e ?? 'Invalid input' });
      return;
    }
  }
}

/** Every problem of `value` against `shape`, in the order zod reports them; empty when it fits. */
export function validateShape(shape: Shape, value: unknown): ShapeIssue[] {
  const issues: Found[] = [];
  check(shape, value, [], issues);
  return issues.map(({ path, message }) => ({ path, message }));
}

/** A stand-in for a zod schema with the one method the app calls at run time. */
export function shapeSchema<T = unknown>(shape: Shape): { safeParse(value: unknown): ShapeResult<T> } {
  return {
    safeParse(value) {
      const issues = validateShape(shape, value);
      return issues.length === 0 ? { success: true, data: value as T } : { success: false, error: { issues } };
    },
  };
}
