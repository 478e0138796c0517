// Reads the TypeScript sources of an SDK resource folder and its subfolders with the TypeScript compiler's
// parser and prints what they declare as JSON: each class's methods (HTTP verb, path template,
// parameters, return type, @deprecated) and every interface, namespace and type alias (members with
// their type trees). It interprets nothing: the Python side (read_typescript.py) turns this into
// operations and fields.
//
// usage: node read_ts.mjs TYPESCRIPT_DIR PACKAGE_ROOT FOLDER
//   TYPESCRIPT_DIR  the installed `typescript` package (its folder, holding package.json)
//   PACKAGE_ROOT    the SDK package root; file names in the output are relative to it
//   FOLDER          the folder of .ts files to read (and its subfolders), relative to PACKAGE_ROOT

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [typescriptDir, packageRoot, folder] = process.argv.slice(2);
if (!typescriptDir || !packageRoot || !folder) {
  process.stderr.write('usage: node read_ts.mjs TYPESCRIPT_DIR PACKAGE_ROOT FOLDER\n');
  process.exit(2);
}
const ts = createRequire(import.meta.url)(path.resolve(typescriptDir));

const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function parse(file) {
  const text = fs.readFileSync(file, 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function isDeprecated(node) {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'deprecated');
}

// The text of a node's JSDoc comment, without its tags ("Query param: Deprecated, use `start` instead.").
function docText(node) {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter((doc) => ts.isJSDoc(doc))
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim();
}

function nameText(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isQualifiedName(name)) return `${nameText(name.left)}.${name.right.text}`;
  if (ts.isPropertyAccessExpression(name)) return `${nameText(name.expression)}.${name.name.text}`;
  return name.getText();
}

// A type node as a small JSON tree: {k: union|lit|null|undefined|string|number|boolean|unknown|array|ref|object|other}.
function typeTree(node) {
  if (!node) return { k: 'unknown' };
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { k: 'string' };
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BigIntKeyword:
      return { k: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { k: 'boolean' };
    case ts.SyntaxKind.NullKeyword:
      return { k: 'null' };
    case ts.SyntaxKind.UndefinedKeyword:
    case ts.SyntaxKind.VoidKeyword:
      return { k: 'undefined' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return { k: 'unknown' };
    default:
      break;
  }
  if (ts.isParenthesizedTypeNode(node)) return typeTree(node.type);
  if (ts.isTypeOperatorNode(node)) return typeTree(node.type);
  if (ts.isUnionTypeNode(node)) return { k: 'union', types: node.types.map(typeTree) };
  if (ts.isArrayTypeNode(node)) return { k: 'array', of: typeTree(node.elementType) };
  if (ts.isLiteralTypeNode(node)) {
    const literal = node.literal;
    if (literal.kind === ts.SyntaxKind.NullKeyword) return { k: 'null' };
    if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) return { k: 'lit', v: literal.text };
    if (ts.isNumericLiteral(literal)) return { k: 'lit', v: Number(literal.text) };
    if (literal.kind === ts.SyntaxKind.TrueKeyword) return { k: 'lit', v: true };
    if (literal.kind === ts.SyntaxKind.FalseKeyword) return { k: 'lit', v: false };
  }
  if (ts.isTypeReferenceNode(node)) {
    return { k: 'ref', name: nameText(node.typeName), args: (node.typeArguments ?? []).map(typeTree) };
  }
  if (ts.isTypeLiteralNode(node)) return { k: 'object', members: members(node.members) };
  return { k: 'other', text: node.getText() };
}

function members(nodes) {
  const out = [];
  for (const member of nodes) {
    if (ts.isPropertySignature(member)) {
      out.push({
        name: nameText(member.name),
        optional: Boolean(member.questionToken),
        deprecated: isDeprecated(member),
        doc: docText(member),
        type: typeTree(member.type),
      });
    } else if (ts.isIndexSignatureDeclaration(member)) {
      out.push({ index: true, type: typeTree(member.type) });
    }
  }
  return out;
}

function heritage(node) {
  const out = [];
  for (const clause of node.heritageClauses ?? []) {
    for (const type of clause.types) {
      out.push({ name: nameText(type.expression), args: (type.typeArguments ?? []).map(typeTree) });
    }
  }
  return out;
}

// Interfaces, namespaces (as "Outer.Inner" names) and type aliases of a statement list.
function collectTypes(statements, prefix, types) {
  for (const statement of statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = prefix + statement.name.text;
      const previous = types[name];
      const declared = { kind: 'interface', extends: heritage(statement), members: members(statement.members) };
      // Declaration merging: a second `interface X` adds members.
      types[name] = previous && previous.kind === 'interface'
        ? { kind: 'interface', extends: previous.extends.concat(declared.extends), members: previous.members.concat(declared.members) }
        : declared;
    } else if (ts.isTypeAliasDeclaration(statement)) {
      types[prefix + statement.name.text] = { kind: 'alias', type: typeTree(statement.type) };
    } else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      collectTypes(statement.body.statements, `${prefix}${nameText(statement.name)}.`, types);
    }
  }
}

// The path template of a `path\`...\`` tagged template (or a plain string), with `{expression}` holes.
function pathTemplate(node) {
  if (ts.isTaggedTemplateExpression(node)) node = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return { template: node.text, params: [] };
  if (ts.isTemplateExpression(node)) {
    let template = node.head.text;
    const params = [];
    for (const span of node.templateSpans) {
      const hole = span.expression.getText();
      params.push(hole);
      template += `{${hole}}` + span.literal.text;
    }
    return { template, params };
  }
  return null;
}

function objectLiteralStrings(node) {
  const out = {};
  if (!node || !ts.isObjectLiteralExpression(node)) return out;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)) {
      out[nameText(property.name)] = property.initializer.text;
    }
  }
  return out;
}

function firstClientCall(body) {
  let found = null;
  const visit = (node) => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const callee = node.expression;
      const target = callee.expression;
      if (ts.isPropertyAccessExpression(target) && target.name.text === '_client' && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
        found = node;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

function destructuring(body) {
  let found = null;
  const visit = (node) => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
      const picked = [];
      let rest = null;
      for (const element of node.name.elements) {
        if (element.dotDotDotToken) rest = nameText(element.name);
        else picked.push(nameText(element.propertyName ?? element.name));
      }
      found = { from: node.initializer.getText(), picked, rest };
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

function method(node) {
  const call = node.body ? firstClientCall(node.body) : null;
  const result = {
    name: nameText(node.name),
    deprecated: isDeprecated(node),
    parameters: node.parameters.map((parameter) => ({
      name: nameText(parameter.name),
      optional: Boolean(parameter.questionToken || parameter.initializer),
      type: typeTree(parameter.type),
    })),
    returns: typeTree(node.type),
    destructuring: node.body ? destructuring(node.body) : null,
    call: null,
  };
  if (call) {
    const verb = call.expression.name.text;
    const args = call.arguments;
    const entry = { verb, path: args.length ? pathTemplate(args[0]) : null, options: {} };
    if (verb === 'getAPIList') {
      const page = args[1];
      if (page && ts.isExpressionWithTypeArguments(page)) {
        entry.page = { name: nameText(page.expression), args: (page.typeArguments ?? []).map(typeTree) };
      } else if (page) {
        entry.page = { name: page.getText(), args: [] };
      }
      entry.options = objectLiteralStrings(args[2]);
    } else if (HTTP_VERBS.has(verb)) {
      entry.options = objectLiteralStrings(args[1]);
    }
    result.call = entry;
  }
  return result;
}

function classes(source) {
  const out = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    out.push({
      name: statement.name.text,
      extends: heritage(statement).map((entry) => entry.name),
      methods: statement.members.filter((member) => ts.isMethodDeclaration(member) && member.name).map(method),
    });
  }
  return out;
}

function imports(source) {
  const out = {};
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const module = statement.moduleSpecifier.text;
    const bindings = statement.importClause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        out[element.name.text] = { module, name: (element.propertyName ?? element.name).text };
      }
    } else if (bindings && ts.isNamespaceImport(bindings)) {
      out[bindings.name.text] = { module, name: '*' };
    }
  }
  return out;
}

function resolveModule(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.d.ts`, path.join(base, 'index.ts'), path.join(base, 'index.d.ts')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

// The .ts files of a folder and of its subfolders (nested resources: investigate/bulk/messages.ts), sorted.
function sourceFiles(directory) {
  if (!fs.existsSync(directory)) return [];
  const out = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

const root = path.resolve(packageRoot);
const output = { files: {} };
for (const file of sourceFiles(path.join(root, folder))) {
  const source = parse(file);
  const types = {};
  collectTypes(source.statements, '', types);
  const imported = imports(source);
  // Interfaces named in an `extends` but declared in another module (pagination parameters): read them there.
  const external = {};
  for (const declared of Object.values(types)) {
    for (const parent of declared.kind === 'interface' ? declared.extends : []) {
      if (types[parent.name] || external[parent.name] || !imported[parent.name]) continue;
      const other = resolveModule(file, imported[parent.name].module);
      if (!other) continue;
      const otherTypes = {};
      collectTypes(parse(other).statements, '', otherTypes);
      const found = otherTypes[imported[parent.name].name];
      if (found) external[parent.name] = { ...found, file: path.relative(root, other) };
    }
  }
  output.files[path.relative(root, file)] = { classes: classes(source), types, external };
}
process.stdout.write(JSON.stringify(output));
