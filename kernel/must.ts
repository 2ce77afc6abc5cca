/**
 * The value when it is there; a descriptive Error when it is not. For places where an absence
 * (an index out of range, a key a Map was built to hold) would be a programming bug, not bad input.
 */
export function must<T>(value: T | undefined, why: string): T {
  if (value === undefined) throw new Error(`missing value: ${why}`);
  return value;
}
