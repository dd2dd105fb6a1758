/**
 * A dataset validator generated at build time from the one zod schema (issue 16).
 *
 * zod is about a third of the entry chunk, yet the browser only ever checks one fetched JSON file.
 * In the production build this plugin puts a generated module in place of src/data/schema.ts: the
 * same exports, with every zod schema written out as a plain description (src/data/shapeCheck.ts
 * `Shape`) behind a `safeParse` that reports zod's paths and messages, and every other export (the
 * code lists) as its value. schema.ts stays the single source: a field added there is validated in
 * the browser on the next build; a zod feature this file cannot describe fails the build, naming
 * the schema path. Tests, the dev server, the preprocess step and the prerender keep using zod.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import * as schemaExports from '../src/data/schema.js';
import type { Check, Shape } from '../src/data/shapeCheck';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = resolve(ROOT, 'src/data/schema.ts');
const SHAPE_CHECK_FILE = resolve(ROOT, 'src/data/shapeCheck.ts');

interface ZodLike {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  checks?: ZodLike[];
  error?: (issue?: unknown) => unknown;
  [key: string]: unknown;
}

const isZod = (value: unknown): value is ZodLike => typeof value === 'object' && value !== null && '_zod' in value;

/** A custom message given as a string (`.regex(re, 'message')`), which zod keeps as a function. */
function customMessage(def: { error?: (issue?: unknown) => unknown }): string | undefined {
  if (typeof def.error !== 'function') return undefined;
  const message = def.error({});
  return typeof message === 'string' ? message : undefined;
}

function withMessage<T extends object>(target: T, def: { error?: (issue?: unknown) => unknown }): T {
  const e = customMessage(def);
  return e === undefined ? target : { ...target, e };
}

function checkOf(check: ZodLike, where: string): Check {
  const def = check._zod.def as ZodDef & { check: string };
  const fail = () => {
    throw new Error(`scripts/validator.ts: ${where}: zod check "${def.check}${def.format ? `/${String(def.format)}` : ''}" has no run-time equivalent; add it there`);
  };
  switch (def.check) {
    case 'min_length':
      return withMessage({ k: 'min', n: def.minimum as number }, def);
    case 'max_length':
      return withMessage({ k: 'max', n: def.maximum as number }, def);
    case 'length_equals':
      return withMessage({ k: 'len', n: def.length as number }, def);
    case 'greater_than':
      return withMessage({ k: 'gt', n: def.value as number, inc: Boolean(def.inclusive) }, def);
    case 'less_than':
      return withMessage({ k: 'lt', n: def.value as number, inc: Boolean(def.inclusive) }, def);
    case 'number_format':
      if (def.format !== 'safeint') fail();
      return withMessage({ k: 'int' }, def);
    case 'string_format': {
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) fail();
      const pattern = def.pattern as RegExp;
      return withMessage({ k: 'regex', p: pattern.source, f: pattern.flags }, def);
    }
    default:
      return fail();
  }
}

/** The plain description of one zod schema; `where` names it in errors. */
export function shapeOf(schema: ZodLike, where = 'schema'): Shape {
  const def = schema._zod.def;
  const checks = () => (def.checks?.length ? { c: def.checks.map((c) => checkOf(c, where)) } : {});
  const fail = (): never => {
    throw new Error(`scripts/validator.ts: ${where}: zod type "${def.type}" has no run-time equivalent; add it there and to src/data/shapeCheck.ts`);
  };
  if (def.checks?.length && !['string', 'number', 'array'].includes(def.type)) fail();
  switch (def.type) {
    case 'string':
    case 'number':
      return withMessage({ t: def.type, ...checks() }, def);
    case 'boolean':
      return withMessage({ t: 'boolean' }, def);
    case 'enum':
      return withMessage({ t: 'enum', v: Object.values(def.entries as Record<string, string | number>) }, def);
    case 'literal':
      return withMessage({ t: 'literal', v: def.values as (string | number | boolean | null)[] }, def);
    case 'nullable':
    case 'optional':
      return { t: def.type, i: shapeOf(def.innerType as ZodLike, where) };
    case 'array':
      return withMessage({ t: 'array', i: shapeOf(def.element as ZodLike, `${where}[]`), ...checks() }, def);
    case 'object': {
      // A catchall or strict object would judge unknown keys, which the run-time check ignores.
      if (def.catchall !== undefined) fail();
      const shape = def.shape as Record<string, ZodLike>;
      const s: Record<string, Shape> = {};
      for (const [key, value] of Object.entries(shape)) s[key] = shapeOf(value, `${where}.${key}`);
      return withMessage({ t: 'object', s }, def);
    }
    case 'record':
      return withMessage({ t: 'record', k: shapeOf(def.keyType as ZodLike, `${where}{key}`), i: shapeOf(def.valueType as ZodLike, `${where}{}`) }, def);
    case 'union':
      if (def.inclusive === false || def.discriminator !== undefined) fail();
      return withMessage({ t: 'union', o: (def.options as ZodLike[]).map((o, i) => shapeOf(o, `${where}|${i}`)) }, def);
    default:
      return fail();
  }
}

/**
 * The module that stands in for schema.ts in the browser: each zod schema export becomes
 * `shapeSchema(description)` (marked pure, so unused ones are dropped), an object of zod schemas
 * becomes an object of those, and any other export keeps its value.
 */
export function generateSchemaModule(exports: Record<string, unknown>, shapeCheckImport: string): string {
  const lines = [
    '// Generated at build time by scripts/validator.ts from src/data/schema.ts: zod schemas as plain descriptions.',
    `import { shapeSchema } from ${JSON.stringify(shapeCheckImport)};`,
  ];
  const schemaCode = (value: ZodLike, where: string) => `/* @__PURE__ */ shapeSchema(${JSON.stringify(shapeOf(value, where))})`;
  for (const [name, value] of Object.entries(exports)) {
    if (isZod(value)) {
      lines.push(`export const ${name} = ${schemaCode(value, name)};`);
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some(isZod)) {
      const entries = Object.entries(value).map(([key, inner]) => {
        if (!isZod(inner)) throw new Error(`scripts/validator.ts: ${name}.${key} is not a zod schema`);
        return `  ${JSON.stringify(key)}: ${schemaCode(inner, `${name}.${key}`)},`;
      });
      lines.push(`export const ${name} = {`, ...entries, '};');
    } else if (value === undefined || typeof value === 'function') {
      throw new Error(`scripts/validator.ts: schema.ts export ${name} is not data or a zod schema; the generated module cannot carry it`);
    } else {
      lines.push(`export const ${name} = ${JSON.stringify(value)};`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Vite plugin (build only): src/data/schema.ts is compiled to the generated module. */
export function generatedSchemaValidator(): Plugin {
  return {
    name: 'mission-atlas:generated-schema-validator',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/data\/schema\.ts$/ },
      handler(_code, id) {
        if (id !== SCHEMA_FILE) return null;
        // schema.ts as loaded with this config (each build loads the config afresh).
        return { code: generateSchemaModule(schemaExports, SHAPE_CHECK_FILE), map: null };
      },
    },
  };
}
