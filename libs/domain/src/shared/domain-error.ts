/**
 * Every refusal of the domain carries a stable machine code (mapped to HTTP status and a
 * localised message at the edge) and optional details for the message's placeholders.
 */
export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly details?: Readonly<Record<string, string | number>>;
}

export const domainError = <C extends string>(code: C, details?: Record<string, string | number>): DomainError<C> =>
  details === undefined ? { code } : { code, details };
