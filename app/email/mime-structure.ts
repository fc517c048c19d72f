import { finished } from "node:stream/promises";
import { Splitter, type MimeNode } from "@zone-eu/mailsplit";

export interface RawHeaderLine {
  key: string;
  /** The header as received: bytes as a binary string, folding included. */
  line: string;
}

export interface PreparedMessage {
  /** What to parse: the message as received, or a copy in which each part that cannot be split is plain text. */
  raw: Buffer;
  /** Each part's raw header lines, by mailparser's part id ("1.2"; "" for the message itself). */
  partHeaders: Map<string, RawHeaderLine[]>;
  /** How many multipart parts could not be split and are kept as text. */
  unsplit: number;
}

const partId = (node: MimeNode) => (node.partNr || []).filter((nr) => typeof nr === "number").join(".");

/**
 * Walks the message's MIME structure with the splitter mailparser itself uses. A multipart part
 * without a usable boundary, or whose boundary never occurs, has no parts: mailparser would drop
 * its content as preamble (a `multipart/mixed` without a boundary became "(empty message)"), so
 * it is relabelled `text/plain`, keeping its charset and transfer encoding. Also returns each
 * part's raw headers, which mailparser does not expose for attachments.
 */
export async function prepareMessage(raw: Buffer): Promise<PreparedMessage> {
  const chunks: Array<MimeNode | { type: "data" | "body"; value: Buffer }> = [];
  try {
    const splitter = new Splitter();
    splitter.on("data", (chunk) => chunks.push(chunk));
    splitter.end(raw);
    await finished(splitter);
  } catch {
    // mailparser refuses what its splitter refuses, and says why.
    return { raw, partHeaders: new Map(), unsplit: 0 };
  }
  const nodes = chunks.filter((chunk): chunk is MimeNode => chunk.type === "node");
  const parents = new Set(nodes.map((node) => node.parentNode).filter(Boolean));
  const partHeaders = new Map(nodes.map((node) => [partId(node), node.headers ? node.headers.getList().map(({ key, line }) => ({ key, line: String(line) })) : []]));
  const unsplittable = nodes.filter((node) => node.multipart && (!node._boundary || !parents.has(node)));
  if (!unsplittable.length) return { raw, partHeaders, unsplit: 0 };
  for (const node of unsplittable) node.setContentType("text/plain");
  const rebuilt = Buffer.concat(chunks.map((chunk) => (chunk.type === "node" ? chunk.getHeaders() : chunk.value)));
  return { raw: rebuilt, partHeaders, unsplit: unsplittable.length };
}
