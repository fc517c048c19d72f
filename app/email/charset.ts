import { Transform, type TransformCallback } from "node:stream";
import Encoding from "encoding-japanese";
import { decode as decodeDeclared } from "libmime/lib/charset.js";

/**
 * Japanese mail software often declares one Japanese charset and writes another (an
 * `ISO-2022-JP` subject written in Shift_JIS is the classic). Japanese mail clients decode what
 * does not decode cleanly in its declared charset by detection among the Japanese encodings;
 * these helpers do the same. Any other declared charset is decoded as mailparser does (libmime).
 */

/** The detection's candidates, in the order Japanese mail clients try them (WHATWG names). */
const CANDIDATES = ["iso-2022-jp", "utf-8", "euc-jp", "shift_jis"] as const;
type Candidate = (typeof CANDIDATES)[number];

/** Japanese charset names as mail declares them, compared without case or punctuation ("EUC_JP", "Shift-JIS"). */
const JAPANESE_LABELS: Record<string, Candidate | undefined> = {
  iso2022jp: "iso-2022-jp",
  csiso2022jp: "iso-2022-jp",
  iso2022jp1: "iso-2022-jp",
  iso2022jp2: "iso-2022-jp",
  iso2022jp3: "iso-2022-jp",
  jis: "iso-2022-jp",
  shiftjis: "shift_jis",
  sjis: "shift_jis",
  xsjis: "shift_jis",
  mskanji: "shift_jis",
  csshiftjis: "shift_jis",
  cp932: "shift_jis",
  ms932: "shift_jis",
  windows31j: "shift_jis",
  eucjp: "euc-jp",
  xeucjp: "euc-jp",
  cseucpkdfmtjapanese: "euc-jp",
};

/** Labels under which 8-bit Japanese text turns up undeclared: none, ASCII, or UTF-8. */
const UNICODE_LABELS = new Set(["", "utf8", "usascii", "ascii", "7bit", "8bit"]);

const isJis = (bytes: Uint8Array) => Encoding.detect(bytes, "JIS") === "JIS";

/**
 * Whether the bytes are valid in the encoding, by encoding-japanese's validators (Node's ICU
 * decoders accept C1 bytes in EUC-JP even in fatal mode). ISO-2022-JP is 7-bit; its escape
 * sequences are 7-bit too, so text that has them is ISO-2022-JP whatever it declares.
 */
const VALID: Record<Candidate, (bytes: Uint8Array) => boolean> = {
  "iso-2022-jp": (bytes) => bytes.every((byte) => byte < 0x80),
  "euc-jp": (bytes) => Encoding.detect(bytes, "EUCJP") === "EUCJP" && !isJis(bytes),
  "shift_jis": (bytes) => Encoding.detect(bytes, "SJIS") === "SJIS" && !isJis(bytes),
  "utf-8": (bytes) => !isJis(bytes),
};

/** Japanese script: a detected decoding of text not declared Japanese must contain some. */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

function cleanDecode(bytes: Uint8Array, label: Candidate): string | null {
  if (!VALID[label](bytes)) return null;
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text from bytes in the charset a message declares. When the declared charset is Japanese (or
 * Unicode/none) and the bytes are not valid in it, the charset is detected among ISO-2022-JP,
 * UTF-8, EUC-JP and Shift_JIS (CP932) and decoded with the first that decodes cleanly; otherwise
 * the bytes are decoded as declared, invalid sequences replaced.
 */
export function decodeMailBytes(bytes: Uint8Array, declared: string | null | undefined): string {
  const label = (declared ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
  const japanese = JAPANESE_LABELS[label];
  if (!japanese && !UNICODE_LABELS.has(label)) return decodeDeclared(Buffer.from(bytes), declared ?? undefined);
  if (bytes.length === 0) return "";
  const expected = japanese ?? "utf-8";
  const clean = cleanDecode(bytes, expected);
  if (clean !== null) return clean;
  const eightBit = bytes.some((byte) => byte >= 0x80);
  for (const candidate of CANDIDATES) {
    if (candidate === expected) continue;
    // ISO-2022-JP is told from ASCII by its escape sequences; 7-bit text is nothing else.
    if (candidate === "iso-2022-jp" ? !isJis(bytes) : !eightBit) continue;
    const text = cleanDecode(bytes, candidate);
    // Bytes that merely happen to be valid Shift_JIS (a Latin-1 "ñ" is a lead byte) are not Japanese.
    if (text !== null && (japanese || (JAPANESE_SCRIPT.test(text) && !PRIVATE_USE.test(text)))) return text;
  }
  return japanese ? decodeDeclared(Buffer.from(bytes), declared ?? undefined) : Buffer.from(bytes).toString("utf8");
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === "B") return Buffer.from(text, "base64");
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "=" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text[i] === "_" ? 0x20 : text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * A raw header value (as mailparser's `headerLines` keep it: bytes as a binary string, folding
 * included) decoded to text: RFC 2047 encoded words, with adjacent words of one charset joined
 * before decoding (a character may be split across them), and 8-bit text outside them read as
 * UTF-8, each through `decodeMailBytes`.
 */
export function decodeHeaderText(raw: string): string {
  const value = raw.replace(/(?:\r?\n|\r)[ \t]*/g, " ");
  let out = "";
  let runCharset: string | null = null;
  let runBytes: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (runCharset !== null) out += decodeMailBytes(Buffer.concat(runBytes), runCharset);
    runCharset = null;
    runBytes = [];
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    const charset = match[1]!.split("*")[0]!.toLowerCase();
    // Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
    const adjacent = runCharset !== null && /^[ \t]*$/.test(between);
    if (!adjacent || runCharset !== charset) {
      flush();
      if (!adjacent) out += decodeMailBytes(Buffer.from(between, "binary"), "utf-8");
      runCharset = charset;
    }
    runBytes.push(wordBytes(match[2]!, match[3]!));
    last = match.index + match[0].length;
  }
  flush();
  return out + decodeMailBytes(Buffer.from(value.slice(last), "binary"), "utf-8");
}

/** `%XX` escapes (RFC 2231) to bytes; everything else as it is. */
function percentBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "%" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/** One header parameter (`filename`, `name`) from a raw header value: RFC 2231 (with continuations), or quoted or bare with encoded words. */
export function decodeHeaderParam(raw: string, name: string): string | null {
  const value = raw.replace(/(?:\r?\n|\r)[ \t]*/g, " ");
  const pieces = new Map<number, { text: string; extended: boolean }>();
  let plain: string | null = null;
  const param = /;\s*([^\s=;*]+)(\*(\d+))?(\*)?\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g;
  for (const match of value.matchAll(param)) {
    if (match[1]!.toLowerCase() !== name) continue;
    const text = match[5]!.startsWith('"') ? match[5]!.slice(1, -1).replace(/\\(.)/g, "$1") : match[5]!;
    if (match[2] === undefined && !match[4]) plain ??= text;
    else pieces.set(match[3] === undefined ? 0 : Number(match[3]), { text, extended: Boolean(match[4]) });
  }
  if (pieces.size) {
    const ordered = [...pieces.entries()].sort(([a], [b]) => a - b).map(([, piece]) => piece);
    let charset = "utf-8";
    const bytes: Buffer[] = [];
    ordered.forEach((piece, index) => {
      let text = piece.text;
      if (piece.extended && index === 0) {
        const [declared, , rest] = text.split("'");
        if (rest !== undefined) {
          charset = declared || "utf-8";
          text = rest;
        }
      }
      bytes.push(piece.extended ? percentBytes(text) : Buffer.from(text, "binary"));
    });
    return decodeMailBytes(Buffer.concat(bytes), charset);
  }
  return plain === null ? null : decodeHeaderText(plain);
}

/**
 * A body decoder for mailparser's `Iconv` option (anything constructed as `new Iconv(from, to)`
 * that is a stream): collects the part's bytes and decodes them with `decodeMailBytes`.
 * mailparser reads UTF-8 and ASCII bodies without it.
 */
export class MailBodyDecoder extends Transform {
  private readonly chunks: Buffer[] = [];

  constructor(private readonly charset: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.chunks.push(chunk);
    done();
  }

  override _flush(done: TransformCallback) {
    try {
      this.push(Buffer.from(decodeMailBytes(Buffer.concat(this.chunks), this.charset), "utf8"));
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}
