/**
 * Runs a reader's answer to a homework exercise: transpiles it with the
 * live blocks' transform (so loops are guarded the same way), evaluates it
 * with the lib in scope, builds the application under test, wraps it in
 * `validator` and sends each test request through `exchange()`. Returns,
 * per test, every compared part with its expected and obtained value.
 */
import * as Lib from '../../../lib/index';
import { exchange } from '../../../lib/exchange';
import { validator } from '../../../lib/validate';
import type { WSGIApplication } from '../../../lib/types';
import { createGuard, GUARD_NAME, type LiveGuard } from '../../live/guard';
import { bytes, text } from '../../live/text';
import { transformLiveCode } from '../../live/transformCode';
import { parseResponse, type ParsedResponse } from '../HttpExchange/parseResponse';
import {
  casesFor,
  expectationFor,
  type BlockEvent,
  type Exercise,
  type Expectation,
  type Locale,
  type TestCase,
} from './exercises';

// The site's one response parser, shared with HttpExchange.
export { parseResponse, type ParsedResponse };

export interface Comparison {
  label: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface CaseResult {
  name: string;
  ok: boolean;
  comparisons: Comparison[];
  /** What the server logged (tracebacks included), to explain a failure. */
  errors: string;
  /**
   * The first exception that came out of the application under test
   * (`validator`'s message when it refuses something), as `Name: message`.
   */
  failure: string | null;
  /** What the reader's code printed during the test (Python's print()). */
  printed?: string;
}

export interface CheckResult {
  /** Set when the code could not even be run: nothing was tested. */
  problem: string | null;
  cases: CaseResult[];
  passed: number;
}

const MESSAGES = {
  es: {
    status: 'estado',
    header: (name: string) => `cabecera ${name}`,
    body: 'cuerpo',
    errors: 'wsgi.errors contiene',
    blocks: 'bloques, en orden',
    block: { app: 'aplicación', server: 'servidor' },
    absent: '(ausente)',
    notJson: '(no es JSON)',
    missing: (names: string[]) =>
      `No encuentro ${names.map((n) => `«${n}»`).join(', ')} en tu código: defínelo con ese nombre.`,
    compile: (message: string) => `Tu código no se puede ejecutar: ${message}`,
    buildFailed: (message: string) => `Tu código falló al preparar la prueba: ${message}`,
    crashed: (message: string) => `La prueba no pudo completarse: ${message}`,
  },
  en: {
    status: 'status',
    header: (name: string) => `header ${name}`,
    body: 'body',
    errors: 'wsgi.errors contains',
    blocks: 'blocks, in order',
    block: { app: 'application', server: 'server' },
    absent: '(absent)',
    notJson: '(not JSON)',
    missing: (names: string[]) =>
      `Cannot find ${names.map((n) => `"${n}"`).join(', ')} in your code: define it with that name.`,
    compile: (message: string) => `Your code cannot run: ${message}`,
    buildFailed: (message: string) => `Your code failed while setting up the test: ${message}`,
    crashed: (message: string) => `The test could not finish: ${message}`,
  },
} as const;

export type Messages = (typeof MESSAGES)[Locale];

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The names a reader's code sees: every lib export, bytes, text and the loop guard. */
function scopeFor(guard: LiveGuard): Record<string, unknown> {
  const scope: Record<string, unknown> = { bytes, text, [GUARD_NAME]: guard };
  for (const [name, value] of Object.entries(Lib)) {
    if (IDENTIFIER.test(name)) scope[name] = value;
  }
  return scope;
}

/**
 * Evaluates the reader's code and returns the names it must define.
 * Throws the syntax or runtime error of the code itself.
 */
export function evaluate(code: string, names: string[], guard: LiveGuard): Record<string, unknown> {
  const js = transformLiveCode(code, { noInline: true });
  const scope = scopeFor(guard);
  const picks = names
    .map((n) => `${JSON.stringify(n)}: typeof ${n} === 'undefined' ? undefined : ${n}`)
    .join(', ');
  // A required name may also be a global (the English page asks for
  // Request and Response, which fetch defines): an outer `undefined` binding
  // hides the global, so a missing definition is reported as missing.
  const hidden = names.filter((n) => !(n in scope));
  const shadows = hidden.length > 0 ? `let ${hidden.join(', ')};\n` : '';
  const body = `"use strict";\n${shadows}return (() => {\n${js}\n;return { ${picks} };\n})();`;
  const run = new Function(...Object.keys(scope), body) as (...args: unknown[]) => Record<string, unknown>;
  return run(...Object.values(scope));
}

function headerValue(headers: [string, string][], name: string): string | null {
  const found = headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
  return found ? found[1] : null;
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function compareJson(body: string, wanted: Record<string, unknown>, m: Messages): Comparison[] {
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    parsed = null;
  }
  return Object.entries(wanted).map(([key, value]) => {
    const got = parsed === null ? m.notJson : show(parsed[key]);
    return { label: key, expected: show(value), got, ok: got === show(value) };
  });
}

/** Compares one response with what the test expects. */
export function compare(
  response: ParsedResponse,
  errors: string,
  blocks: readonly BlockEvent[],
  expect: Expectation,
  m: Messages,
): Comparison[] {
  const out: Comparison[] = [];
  const body = text(response.body);
  if (expect.status !== undefined) {
    const got = response.status ?? m.absent;
    out.push({ label: m.status, expected: expect.status, got, ok: got === expect.status });
  }
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    const got = headerValue(response.headers, name);
    out.push({
      label: m.header(name),
      expected: value ?? m.absent,
      got: got ?? m.absent,
      ok: got === value,
    });
  }
  if (expect.body !== undefined) {
    out.push({ label: m.body, expected: show(expect.body), got: show(body), ok: body === expect.body });
  }
  if (expect.json !== undefined) out.push(...compareJson(body, expect.json, m));
  if (expect.errorsInclude !== undefined) {
    const ok = errors.includes(expect.errorsInclude);
    out.push({ label: m.errors, expected: show(expect.errorsInclude), got: ok ? show(expect.errorsInclude) : show(errors), ok });
  }
  if (expect.blocks !== undefined) {
    const expected = showBlocks(expect.blocks, m);
    const got = showBlocks(blocks, m);
    out.push({ label: m.blocks, expected, got, ok: got === expected });
  }
  return out;
}

function showBlocks(events: readonly BlockEvent[], m: Messages): string {
  return events.length === 0 ? m.absent : events.map(([who, block]) => `${m.block[who]} ${show(block)}`).join(' → ');
}

/** What one test request produced, whichever language ran it. */
export interface Outcome {
  response: Uint8Array;
  errors: string;
  blocks: readonly BlockEvent[];
  failure: string | null;
  printed?: string;
}

/** Turns what a test request produced into its ✔/✘ report. */
export function judge(test: TestCase, outcome: Outcome, locale: Locale): CaseResult {
  const m = MESSAGES[locale];
  const expect = expectationFor(test, locale);
  const comparisons = compare(parseResponse(outcome.response), outcome.errors, outcome.blocks, expect, m);
  return {
    name: test.name[locale],
    ok: comparisons.every((c) => c.ok),
    comparisons,
    errors: outcome.errors,
    failure: outcome.failure,
    ...(outcome.printed ? { printed: outcome.printed } : {}),
  };
}

/** A test that could not run to the end: one failed line saying why. */
export function crashed(test: TestCase, error: string, locale: Locale): CaseResult {
  const problem = { label: MESSAGES[locale].crashed(error), expected: '', got: '', ok: false };
  return { name: test.name[locale], ok: false, comparisons: [problem], errors: '', failure: null };
}

/** What one test request went through: the blocks on their way and the first exception. */
interface Probe {
  blocks: BlockEvent[];
  failure: string | null;
}

function watch<T>(probe: Probe, run: () => T): T {
  try {
    return run();
  } catch (error) {
    probe.failure ??= messageOf(error);
    throw error;
  }
}

/**
 * Wraps the validated application: notes every block the server receives
 * and the first exception that comes out of it, changing nothing else.
 */
function observed(app: WSGIApplication, probe: Probe): WSGIApplication {
  return (environ, startResponse) => {
    const result = watch(probe, () => app(environ, startResponse));
    return {
      *[Symbol.iterator]() {
        const blocks = watch(probe, () => result[Symbol.iterator]());
        for (;;) {
          const step = watch(probe, () => blocks.next());
          if (step.done) return;
          probe.blocks.push(['server', text(step.value)]);
          yield step.value;
        }
      },
      close() {
        const closable = result as { close?: () => void };
        if (typeof closable.close === 'function') watch(probe, () => closable.close!());
      },
    };
  };
}

function runCase(app: WSGIApplication, test: TestCase, locale: Locale, guard: LiveGuard, probe: Probe): CaseResult {
  guard.reset();
  probe.blocks = [];
  probe.failure = null;
  const checked = observed(validator(app, { onWarning: () => undefined }), probe);
  try {
    const result = exchange(checked, test.request);
    return judge(test, { response: result.response, errors: result.errors, ...probe }, locale);
  } catch (error) {
    return crashed(test, messageOf(error), locale);
  }
}

/** Runs every test of an exercise against the reader's code. */
export function runExercise(exercise: Exercise, code: string, locale: Locale = 'es'): CheckResult {
  const m = MESSAGES[locale];
  const guard = createGuard({ scheduleReset: () => undefined });
  const fail = (problem: string): CheckResult => ({ problem, cases: [], passed: 0 });
  let defs: Record<string, unknown>;
  try {
    defs = evaluate(code, exercise.defines[locale], guard);
  } catch (error) {
    return fail(m.compile(messageOf(error)));
  }
  const missing = exercise.defines[locale].filter((name) => defs[name] === undefined);
  if (missing.length > 0) return fail(m.missing(missing));
  const probe: Probe = { blocks: [], failure: null };
  let app: WSGIApplication;
  try {
    guard.reset();
    app = exercise.build(defs, locale, (event) => probe.blocks.push(event));
  } catch (error) {
    return fail(m.buildFailed(messageOf(error)));
  }
  const cases = casesFor(exercise, 'typescript').map((test) => runCase(app, test, locale, guard, probe));
  return { problem: null, cases, passed: cases.filter((c) => c.ok).length };
}
