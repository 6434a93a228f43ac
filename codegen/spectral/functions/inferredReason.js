// Every node marked `x-provenance: inferred` says why, in more than 20 characters.
const MIN_LENGTH = 21;

function walk(node, path, results) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, path.concat(index), results));
    return results;
  }
  if (node === null || typeof node !== "object") return results;
  if (node["x-provenance"] === "inferred") {
    const reason = node["x-provenance-reason"];
    if (typeof reason !== "string" || reason.trim().length < MIN_LENGTH) {
      results.push({
        message: `x-provenance: inferred needs an x-provenance-reason of more than 20 characters`,
        path: path.concat("x-provenance-reason"),
      });
    }
  }
  for (const [key, value] of Object.entries(node)) walk(value, path.concat(key), results);
  return results;
}

export default function inferredReason(document) {
  return walk(document, [], []);
}
