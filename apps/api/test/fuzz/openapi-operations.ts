/** The slice of an OpenAPI 3 schema the fuzzer reads. */
export interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly items?: Schema;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly allOf?: readonly Schema[];
  readonly $ref?: string;
}

interface Parameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: Schema;
}

interface RawOperation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, RawOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/** One operation, with its $refs resolved, as the fuzzer needs it. */
export interface Operation {
  /** As the authorization matrix keys it: `POST /api/v1/proposals/{id}`. */
  readonly key: string;
  readonly method: string;
  readonly template: string;
  readonly pathParams: readonly { readonly name: string; readonly schema: Schema }[];
  readonly queryParams: readonly { readonly name: string; readonly schema: Schema; readonly required: boolean }[];
  readonly body: Schema | undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Inlines $ref and allOf, so generators see plain schemas; depth-bounded against cycles. */
export const resolveSchema = (document: OpenApiDocument, schema: Schema, depth = 0): Schema => {
  if (depth > 8) return { type: 'object' };
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (target === undefined) throw new Error(`the document refers to a missing schema ${schema.$ref}`);
    return resolveSchema(document, target, depth + 1);
  }
  if (schema.allOf !== undefined) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part, depth + 1));
    return Object.assign({}, ...parts, { allOf: undefined }) as Schema;
  }
  const properties = schema.properties === undefined
    ? undefined
    : Object.fromEntries(Object.entries(schema.properties).map(([name, s]) => [name, resolveSchema(document, s, depth + 1)]));
  const items = schema.items === undefined ? undefined : resolveSchema(document, schema.items, depth + 1);
  return { ...schema, ...(properties ? { properties } : {}), ...(items ? { items } : {}) };
};

export const operationsOf = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([template, operations]) =>
    METHODS.filter((m) => operations[m] !== undefined).map((m): Operation => {
      const raw = operations[m];
      const parameters = raw.parameters ?? [];
      const bodySchema = raw.requestBody?.content?.['application/json']?.schema;
      return {
        key: `${m.toUpperCase()} ${template}`,
        method: m.toUpperCase(),
        template,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: resolveSchema(document, p.schema ?? {}) })),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolveSchema(document, p.schema ?? {}), required: p.required === true })),
        body: bodySchema === undefined ? undefined : resolveSchema(document, bodySchema),
      };
    }),
  );

/** What the fuzzer must cover: every operation that reads a body or a query. */
export const takesInput = (operation: Operation): boolean => operation.body !== undefined || operation.queryParams.length > 0;
