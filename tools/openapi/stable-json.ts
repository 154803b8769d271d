/** Object keys sorted at every level, so that regenerating the file only shows real changes in a diff. */
const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
};

/** The committed form of an OpenAPI document: sorted keys, two-space indent, final newline. */
export const stableOpenApiJson = (document: unknown): string => `${JSON.stringify(sortKeys(document), null, 2)}\n`;

export const OPENAPI_REGENERATE_COMMAND = 'npx nx run-many -t build -p domain api && node --import tsx tools/openapi/export-openapi.ts';
