/** The numeric id in a Shopify GID (`gid://shopify/Order/1001` → 1001n). */
export function parseGid(gid: string): bigint {
  const match = /^gid:\/\/shopify\/[A-Za-z]+\/(\d+)(?:\?.*)?$/.exec(gid);
  if (!match) throw new Error(`Expected a Shopify GID, got ${JSON.stringify(gid)}`);
  return BigInt(match[1]!);
}

export function toGid(type: string, id: bigint | number | string): string {
  return `gid://shopify/${type}/${id}`;
}
