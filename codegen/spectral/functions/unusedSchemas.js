// Component schemas that no `$ref` outside their own definition names (webhooks count as uses).
function collectRefs(node, path, found) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collectRefs(item, path.concat(index), found));
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        found.push({ ref: value, path });
      } else {
        collectRefs(value, path.concat(key), found);
      }
    }
  }
  return found;
}

function decode(part) {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}

export default function unusedSchemas(document) {
  const schemas = (document && document.components && document.components.schemas) || {};
  const used = new Set();
  for (const { ref, path } of collectRefs(document, [], [])) {
    const match = /^#\/components\/schemas\/([^/]+)/.exec(ref);
    if (!match) continue;
    const name = decode(match[1]);
    const inOwnDefinition = path[0] === "components" && path[1] === "schemas" && path[2] === name;
    if (!inOwnDefinition) used.add(name);
  }
  return Object.keys(schemas)
    .filter((name) => !used.has(name))
    .map((name) => ({ message: `component schema \`${name}\` is never referenced`, path: ["components", "schemas", name] }));
}
