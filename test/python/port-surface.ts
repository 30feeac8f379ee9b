// What each lib/ module declares, read by the TypeScript compiler (not by
// searching text): its exports, re-exports included, and for each exported
// class, interface or type its members with their visibility, so that
// python-names.test.ts can look a Python name up where the port keeps it.
import { join } from 'node:path';

import ts from 'typescript';

import { REPO_ROOT } from './cpython';

export type Visibility = 'public' | 'protected' | 'private';

export interface Declared {
  /** What the export is: a class, an interface or type, a function or a value. */
  kind: 'class' | 'type' | 'function' | 'value';
  /** Instance and static members (classes), properties (types), by name. */
  members: Map<string, Visibility>;
  /** Whether it can be called (a function, or a type with a call signature). */
  callable: boolean;
}

/** A module's exports by name, e.g. surface.get('lib/util.ts')?.get('guessScheme'). */
export type PortSurface = Map<string, Map<string, Declared>>;

/** The name a symbol-keyed member is written with: `[Symbol.iterator]`. */
function memberName(symbol: ts.Symbol): string {
  const match = /^__@(\w+)@\d+$/.exec(String(symbol.escapedName));
  return match ? `[Symbol.${match[1]}]` : symbol.getName();
}

function visibility(symbol: ts.Symbol): Visibility {
  if (symbol.getName().startsWith('#')) return 'private';
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const flags = declaration ? ts.getCombinedModifierFlags(declaration) : ts.ModifierFlags.None;
  if (flags & ts.ModifierFlags.Private) return 'private';
  if (flags & ts.ModifierFlags.Protected) return 'protected';
  return 'public';
}

function addMembers(members: Map<string, Visibility>, properties: readonly ts.Symbol[]): void {
  for (const property of properties) {
    if (property.getName() === 'prototype') continue;
    members.set(memberName(property), visibility(property));
  }
}

function describe(checker: ts.TypeChecker, exported: ts.Symbol): Declared {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const members = new Map<string, Visibility>();
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) {
    // Inherited members count: a Python attribute may live on a base class.
    addMembers(members, checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)));
    addMembers(members, checker.getPropertiesOfType(checker.getTypeOfSymbol(symbol)));
    return { kind: 'class', members, callable: false };
  }
  if (flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    addMembers(members, checker.getPropertiesOfType(type));
    return { kind: 'type', members, callable: type.getCallSignatures().length > 0 };
  }
  const type = checker.getTypeOfSymbol(symbol);
  const callable = type.getCallSignatures().length > 0;
  return { kind: flags & ts.SymbolFlags.Function ? 'function' : 'value', members, callable };
}

/** Compiles lib/ as its package build does (lib/tsconfig.build.json) and lists what each file exports. */
export function portSurface(): PortSurface {
  const configPath = join(REPO_ROOT, 'lib', 'tsconfig.build.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`could not read ${configPath}`);
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const surface: PortSurface = new Map();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(REPO_ROOT, 'lib'))) continue;
    const module = checker.getSymbolAtLocation(file);
    const exports = new Map<string, Declared>();
    for (const exported of module ? checker.getExportsOfModule(module) : []) {
      exports.set(exported.getName(), describe(checker, exported));
    }
    surface.set(file.fileName.slice(REPO_ROOT.length + 1).replaceAll('\\', '/'), exports);
  }
  return surface;
}
