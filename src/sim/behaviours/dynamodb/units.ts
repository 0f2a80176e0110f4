/** DynamoDB capacity units per request (facts ddb.rcu.definition, ddb.wcu.definition, ddb.rcu.transactional). */

/** Reads: 4 KB per unit, rounded up per item; eventually consistent half, strongly consistent one, transactional two. */
export function readUnits(bytes: number, consistent: boolean, transactional = false): number {
  const blocks = Math.max(1, Math.ceil(bytes / 4096));
  if (transactional) return blocks * 2;
  return consistent ? blocks : blocks / 2;
}

/** Writes: 1 KB per unit, rounded up per item; transactional two. */
export function writeUnits(bytes: number, transactional = false): number {
  const blocks = Math.max(1, Math.ceil(bytes / 1024));
  return transactional ? blocks * 2 : blocks;
}
