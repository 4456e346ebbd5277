// Lists every Office.js member the source uses, with the API sets @types/office-js (and the custom
// functions / Office runtime types) tag it with, and which uses sit behind an isSetSupported guard.
// `npx tsx test/build/apiSetUsage.ts` prints the table; test/build/apiSets.test.ts checks it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const TYPE_PACKAGES = ["office-js", "custom-functions-runtime", "office-runtime"].map((name) => `${sep}@types${sep}${name}${sep}`);

/** An API set and version, e.g. { name: "ExcelApi", version: "1.9" }; "BETA" sorts above every version. */
export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

/** One use of an Office.js member in the source. */
export interface MemberUse {
  /** e.g. "Excel.Worksheet.getRanges". */
  readonly member: string;
  /** The sets its declaration names; empty for the common API that every Office has. */
  readonly sets: readonly ApiSet[];
  /** "src/excel/highlights.ts:23". */
  readonly where: string;
  /** The isSetSupported(name, version) guards around the use. */
  readonly guards: readonly ApiSet[];
}

/** Compares versions such as "1.9" and "1.13" part by part; BETA is the highest. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (/^\d+(\.\d+)*$/.test(v) ? v.split(".").map(Number) : [Infinity]);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const SET_TAG = /\[Api set: ([A-Za-z]+) ([0-9.]+|BETA)/g;
const REQUIREMENT_LINK = /\|\s*([A-Za-z]+) ([0-9.]+)\s*\}/g;

function setsInDoc(node: ts.Node): ApiSet[] {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => doc.getText())
    .join("\n");
  const found = [...text.matchAll(SET_TAG), ...text.matchAll(REQUIREMENT_LINK)].map((m) => ({ name: m[1] ?? "", version: m[2] ?? "" }));
  return [...new Map(found.map((s) => [`${s.name} ${s.version}`, s])).values()];
}

/** A member's own tags, or its class's or interface's when it has none. */
function setsOf(declaration: ts.Declaration): ApiSet[] {
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const sets = setsInDoc(node);
    if (sets.length > 0) return sets;
    if (ts.isModuleDeclaration(node)) break;
  }
  return [];
}

const isTypeFile = (file: ts.SourceFile) => TYPE_PACKAGES.some((p) => file.fileName.split("/").join(sep).includes(p));

/** The isSetSupported("Set", "1.x") call an expression is, if it is one with literal arguments. */
function guardCall(expression: ts.Expression): ApiSet | undefined {
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  const [set, version] = expression.arguments;
  if (name !== "isSetSupported" || !set || !version || !ts.isStringLiteralLike(set) || !ts.isStringLiteralLike(version)) return undefined;
  return { name: set.text, version: version.text };
}

/** Guards that hold where `expression` is truthy (`truthy`) or falsy. */
function guardsWhen(expression: ts.Expression, truthy: boolean): ApiSet[] {
  if (ts.isParenthesizedExpression(expression)) return guardsWhen(expression.expression, truthy);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) return guardsWhen(expression.operand, !truthy);
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && truthy) || (op === ts.SyntaxKind.BarBarToken && !truthy)) {
      return [...guardsWhen(expression.left, truthy), ...guardsWhen(expression.right, truthy)];
    }
    return [];
  }
  const call = guardCall(expression);
  return call && truthy ? [call] : [];
}

/** True when a statement always leaves its block (return, throw, or a block ending in one). */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/** Every isSetSupported guard that holds at `node`. */
function guardsAt(node: ts.Node): ApiSet[] {
  const guards: ApiSet[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) guards.push(...guardsWhen(parent.expression, true));
      if (child === parent.elseStatement) guards.push(...guardsWhen(parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) guards.push(...guardsWhen(parent.condition, true));
      if (child === parent.whenFalse) guards.push(...guardsWhen(parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) guards.push(...guardsWhen(parent.left, true));
      if (op === ts.SyntaxKind.BarBarToken) guards.push(...guardsWhen(parent.left, false));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // `if (!isSetSupported(…)) return;` guards the statements after it.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) guards.push(...guardsWhen(statement.expression, false));
      }
    }
  }
  return guards;
}

/** "Excel.Range.conditionalFormats": the declaring class or interface, also for a member of a union (Range | RangeAreas). */
function memberName(checker: ts.TypeChecker, symbol: ts.Symbol, declaration: ts.Declaration): string {
  const owner = declaration.parent;
  const ownerSymbol = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? checker.getSymbolAtLocation(owner.name) : undefined;
  const name = ownerSymbol ? `${checker.getFullyQualifiedName(ownerSymbol)}.${symbol.name}` : checker.getFullyQualifiedName(symbol);
  return name.replace(/^"[^"]*"\./, "");
}

/** The declaration a use resolves to: the chosen overload for a call, else the symbol's first declaration. */
function declarationOf(checker: ts.TypeChecker, access: ts.PropertyAccessExpression, symbol: ts.Symbol): ts.Declaration | undefined {
  const parent = access.parent;
  if (ts.isCallExpression(parent) && parent.expression === access) {
    const declaration = checker.getResolvedSignature(parent)?.declaration;
    if (declaration && !ts.isJSDocSignature(declaration)) return declaration;
  }
  return symbol.declarations?.[0];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every use of an Office.js member in `src/` (and in `extraFiles`, path → text,
 * for testing the check itself), in source order.
 */
export function listMemberUses(extraFiles: Readonly<Record<string, string>> = {}): MemberUse[] {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (path) => ts.sys.readFile(path));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const extra = new Map(Object.entries(extraFiles).map(([path, text]) => [join(ROOT, path), text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => extra.get(path) ?? readFile(path);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (path) => extra.has(path) || fileExists(path);
  const roots = [...sourceFiles(join(ROOT, "src")), ...extra.keys()];
  const program = ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true }, host });
  const checker = program.getTypeChecker();

  const uses: MemberUse[] = [];
  for (const file of program.getSourceFiles()) {
    if (!roots.includes(file.fileName.split("/").join(sep))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol && declarationOf(checker, node, symbol);
        if (symbol && declaration && isTypeFile(declaration.getSourceFile())) {
          const { line } = file.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({ member: memberName(checker, symbol, declaration), sets: setsOf(declaration), where: `${relative(ROOT, file.fileName).split(sep).join("/")}:${line + 1}`, guards: guardsAt(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The sets the add-in can count on: the manifest's <Requirements> and the run-time check (REQUIRED_EXCEL_API…). */
export function checkedSets(runtimeChecks: readonly ApiSet[]): ApiSet[] {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const declared = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => ({ name: m[1] ?? "", version: m[2] ?? "" }));
  const best = new Map<string, ApiSet>();
  for (const set of [...declared, ...runtimeChecks]) {
    const known = best.get(set.name);
    if (!known || compareVersions(set.version, known.version) > 0) best.set(set.name, set);
  }
  return [...best.values()];
}

/** True when `have` (a checked set or a guard) covers `need`. */
const covers = (have: readonly ApiSet[], need: ApiSet) => have.some((h) => h.name === need.name && compareVersions(h.version, need.version) >= 0);

/** Uses that need a set above `checked` without a guard for it, each as a message that says how to fix it. */
export function unguardedUses(uses: readonly MemberUse[], checked: readonly ApiSet[]): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    for (const need of use.sets) {
      if (covers(checked, need) || covers(use.guards, need)) continue;
      const base = checked.find((c) => c.name === need.name);
      const above = base ? `above the ${base.name} ${base.version} the add-in checks at start-up` : `a set the add-in does not check at start-up`;
      problems.push(
        `${use.where}: ${use.member} needs ${need.name} ${need.version}, ${above}. ` +
          `Guard it: if (isSetSupported("${need.name}", "${need.version}")) { … } with isSetSupported from src/excel/requirements.ts ` +
          `(or \`isSetSupported(…) ? … : …\`, \`isSetSupported(…) && …\`, an earlier \`if (!isSetSupported(…)) return;\`), with a fallback for older Excel.`,
      );
    }
  }
  return problems;
}

/** The member → set table, one row per member (sets joined by " + ", "—" for the common API), sorted by member. */
export function memberTable(uses: readonly MemberUse[]): { member: string; sets: string; guarded: boolean; uses: number }[] {
  const rows = new Map<string, { member: string; sets: string; guarded: boolean; uses: number }>();
  for (const use of uses) {
    const sets = use.sets.map((s) => `${s.name} ${s.version}`).join(" + ") || "—";
    const row = rows.get(use.member) ?? { member: use.member, sets, guarded: true, uses: 0 };
    row.uses++;
    row.guarded &&= use.guards.length > 0;
    rows.set(use.member, row);
  }
  return [...rows.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** The table as Markdown. */
export function formatTable(rows: ReturnType<typeof memberTable>): string {
  const lines = rows.map((r) => `| \`${r.member}\` | ${r.sets} | ${r.uses} | ${r.guarded ? "yes" : ""} |`);
  return ["| member | API set | uses | guarded |", "| --- | --- | --- | --- |", ...lines].join("\n");
}

if (require.main === module) {
  process.stdout.write(`${formatTable(memberTable(listMemberUses()))}\n`);
}
