/** The shape of a JSON-schema validation error, as TypeBox (and Ajv) report them. */
export interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface FieldMessage {
  field: string;
  message: string;
}

const FORMAT_MESSAGES: Record<string, string> = {
  host: 'must be an IPv4 address, an IPv6 address or a DNS name',
  email: 'must be an email address',
};

/** A `const`/`enum` failure on a direct property of a union branch: the value is not of that branch. */
const isDiscriminatorMismatch = (e: SchemaError, branchPrefix: string) =>
  (e.keyword === 'const' || e.keyword === 'enum') && /^\d+\/properties\/[^/]+$/.test(e.schemaPath.slice(branchPrefix.length));

/**
 * Turns raw schema errors into one message per field. Unions report an error for every
 * branch; this keeps only the branch the value was meant for (the one whose discriminator
 * matched, never the `null` of a nullable), so `snmp.community` is reported as required
 * instead of "must match a schema in anyOf".
 */
export function toFieldErrors(errors: readonly SchemaError[]): FieldMessage[] {
  let remaining = errors.filter((e) => !(e.keyword === 'boolean' && e.message === 'schema is false'));
  const summaries = remaining.filter((e) => e.keyword === 'anyOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const summary of summaries) {
    if (!remaining.includes(summary)) continue;
    const prefix = `${summary.schemaPath}/anyOf/`;
    const branches = new Map<string, SchemaError[]>();
    for (const e of remaining) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const plausible = [...branches.values()].filter(
      (errs) =>
        !errs.some((e) => isDiscriminatorMismatch(e, prefix)) &&
        !errs.some((e) => e.keyword === 'type' && e.params.type === 'null' && e.instancePath === summary.instancePath),
    );
    const chosen = plausible.sort((a, b) => a.length - b.length)[0];
    const dropped = new Set([...branches.values()].flat().filter((e) => !chosen?.includes(e)));
    if (chosen) dropped.add(summary);
    remaining = remaining.filter((e) => !dropped.has(e));
  }
  const out: FieldMessage[] = [];
  const seen = new Set<string>();
  const push = (field: string, message: string) => {
    const key = `${field}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ field: field || '(body)', message });
    }
  };
  for (const e of remaining) {
    const path = e.instancePath.split('/').filter(Boolean).join('.');
    const join = (name: string) => (path ? `${path}.${name}` : name);
    switch (e.keyword) {
      case 'required':
        for (const p of (e.params.requiredProperties as string[] | undefined) ?? []) push(join(p), 'is required');
        break;
      case 'additionalProperties':
        for (const p of (e.params.additionalProperties as string[] | undefined) ?? []) push(join(p), 'is not allowed');
        break;
      case 'enum':
        push(path, `must be one of: ${((e.params.allowedValues as unknown[] | undefined) ?? []).join(', ')}`);
        break;
      case 'const':
        push(path, `must be ${JSON.stringify(e.params.allowedValue)}`);
        break;
      case 'format':
        push(path, FORMAT_MESSAGES[e.params.format as string] ?? e.message ?? 'has the wrong format');
        break;
      case 'anyOf':
        push(path, 'does not match any allowed form');
        break;
      default:
        push(path, e.message ?? 'is invalid');
    }
  }
  return out;
}
