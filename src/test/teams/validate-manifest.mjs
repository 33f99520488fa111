// Validates a Teams app manifest against the official JSON schema, offline.
//
//   node src/test/teams/validate-manifest.mjs <path-to-manifest.json>
//
// The schema comes from the copy bundled in the @microsoft/app-manifest npm package (installed by the Maven build
// into src/main/frontend/node_modules) and is handed to the validator explicitly, so nothing is fetched.
// Exit code: 0 when the manifest is valid, 1 when it has schema errors, 2 when it cannot be checked at all.

import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA_URL_PREFIX = "https://developer.microsoft.com/json-schemas/";

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const frontendDir = path.resolve(scriptDir, "../../main/frontend");
const require = createRequire(path.join(frontendDir, "package.json"));

function fail(message) {
  console.error(`ERROR: ${message}`);
  process.exit(2);
}

function loadPackage() {
  try {
    const packageJsonPath = require.resolve("@microsoft/app-manifest/package.json");
    return { library: require("@microsoft/app-manifest"), packageDir: path.dirname(packageJsonPath) };
  } catch (e) {
    fail(`cannot load @microsoft/app-manifest from ${frontendDir} (run the Maven build or npm install there): ${e.message}`);
  }
}

// Maps the manifest's $schema URL to the schema file bundled in the package; only official schema URLs are accepted.
function bundledSchemaPath(packageDir, schemaUrl) {
  if (typeof schemaUrl !== "string" || !schemaUrl.startsWith(SCHEMA_URL_PREFIX)) {
    fail(`$schema must be an official schema URL starting with ${SCHEMA_URL_PREFIX}, got ${JSON.stringify(schemaUrl)}`);
  }
  const relative = schemaUrl.substring(SCHEMA_URL_PREFIX.length);
  if (relative.split("/").includes("..")) {
    fail(`unexpected $schema URL ${schemaUrl}`);
  }
  const schemaPath = path.join(packageDir, "build", "json-schemas", relative);
  if (!existsSync(schemaPath)) {
    fail(`no bundled schema for ${schemaUrl} (looked for ${schemaPath})`);
  }
  return schemaPath;
}

async function readJson(file, what, fixEscapes = false) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    fail(`cannot read ${what} ${file}: ${e.message}`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (fixEscapes) {
    // Some bundled schemas use the escapes \a and \v, which JSON.parse rejects (the package fixes them the same way).
    text = text.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${what} ${file} is not valid JSON: ${e.message}`);
  }
}

const manifestFile = process.argv[2];
if (!manifestFile) {
  fail("usage: node validate-manifest.mjs <path-to-manifest.json>");
}

const { library, packageDir } = loadPackage();
const manifest = await readJson(manifestFile, "manifest");
if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
  fail(`manifest ${manifestFile} is not a JSON object`);
}
const schemaPath = bundledSchemaPath(packageDir, manifest.$schema);
const schema = await readJson(schemaPath, "schema", true);

const schemaErrors = await library.AppManifestUtils.validateAgainstSchema(manifest, schema);
// Errors at the top level have an empty instance path; name it so every line starts with a location.
const errors = schemaErrors.map((error) => (error.startsWith(" ") ? `(root)${error}` : error));

if (errors.length > 0) {
  console.error(`${manifestFile}: ${errors.length} error(s) against ${manifest.$schema}`);
  for (const error of errors) {
    console.error(`  - ${error}`);
  }
  process.exit(1);
}
console.log(`${manifestFile}: valid against ${manifest.$schema} (manifestVersion ${manifest.manifestVersion})`);
