/**
 * Closes an exhaustive switch: if a new member is added to a union, the call stops
 * compiling, so no state or action of the lifecycle is silently ignored.
 */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
