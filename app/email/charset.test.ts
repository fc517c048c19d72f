import { describe, expect, it } from "vitest";
import { decodeHeaderParam, decodeHeaderText, decodeMailBytes } from "./charset";

// "ツール" and "お問い合わせ" in each Japanese encoding, as bytes.
const SJIS_TOOL = Buffer.from([0x83, 0x63, 0x81, 0x5b, 0x83, 0x8b]);
const EUC_TOOL = Buffer.from([0xa5, 0xc4, 0xa1, 0xbc, 0xa5, 0xeb]);
const JIS_TOOL = Buffer.from([0x1b, 0x24, 0x42, 0x25, 0x44, 0x21, 0x3c, 0x25, 0x6b, 0x1b, 0x28, 0x42]);
const SJIS_INQUIRY = Buffer.from([0x82, 0xa8, 0x96, 0xe2, 0x82, 0xa2, 0x8d, 0x87, 0x82, 0xed, 0x82, 0xb9]);
// CP932's NEC row 13 (circled digit one), which plain Shift_JIS lacks.
const CP932_CIRCLED_ONE = Buffer.from([0x87, 0x40]);

const bword = (charset: string, bytes: Buffer) => `=?${charset}?B?${bytes.toString("base64")}?=`;
const binary = (bytes: Buffer) => bytes.toString("binary");

describe("decoding mail text in the charset it declares, or the Japanese one it is written in", () => {
  it("decodes each Japanese encoding as declared", () => {
    expect(decodeMailBytes(SJIS_TOOL, "Shift_JIS")).toBe("ツール");
    expect(decodeMailBytes(EUC_TOOL, "EUC-JP")).toBe("ツール");
    expect(decodeMailBytes(JIS_TOOL, "ISO-2022-JP")).toBe("ツール");
    expect(decodeMailBytes(CP932_CIRCLED_ONE, "CP932")).toBe("①");
  });

  it("reads Shift_JIS or EUC-JP declared as ISO-2022-JP (or each other) as what they are", () => {
    expect(decodeMailBytes(SJIS_TOOL, "ISO-2022-JP")).toBe("ツール");
    expect(decodeMailBytes(SJIS_INQUIRY, "iso-2022-jp")).toBe("お問い合わせ");
    expect(decodeMailBytes(EUC_TOOL, "ISO-2022-JP")).toBe("ツール");
    expect(decodeMailBytes(SJIS_TOOL, "EUC-JP")).toBe("ツール");
    expect(decodeMailBytes(JIS_TOOL, "Shift_JIS")).toBe("ツール");
    expect(decodeMailBytes(Buffer.from("ツール"), "ISO-2022-JP")).toBe("ツール");
  });

  it("reads undeclared or UTF-8-declared Shift_JIS, but does not turn Latin-1 into Japanese", () => {
    expect(decodeMailBytes(SJIS_INQUIRY, "utf-8")).toBe("お問い合わせ");
    expect(decodeMailBytes(SJIS_INQUIRY, null)).toBe("お問い合わせ");
    // "señor" in Latin-1 is valid Shift_JIS (0xF1 0x6F is a user-defined character): not Japanese.
    expect(decodeMailBytes(Buffer.from("se\u00f1or", "latin1"), "utf-8")).toBe("se\uFFFDor");
    expect(decodeMailBytes(Buffer.from("café", "latin1"), "utf-8")).toBe("caf\uFFFD");
  });

  it("leaves other charsets to mailparser's decoder", () => {
    expect(decodeMailBytes(Buffer.from("café", "latin1"), "iso-8859-1")).toBe("café");
    expect(decodeMailBytes(Buffer.from([0xa1, 0xb9, 0xb5]), "TIS-620")).toBe("กนต");
  });
});

describe("decoding header text", () => {
  it("decodes a Shift_JIS subject declared ISO-2022-JP (the message that was stored as mojibake)", () => {
    expect(decodeHeaderText(` ${bword("ISO-2022-JP", SJIS_TOOL)}`)).toBe(" ツール");
  });

  it("joins adjacent words of one charset before decoding, so a character split between them survives", () => {
    const utf8 = Buffer.from("注文の件");
    const words = `${bword("UTF-8", utf8.subarray(0, 4))}\r\n ${bword("UTF-8", utf8.subarray(4))}`;
    expect(decodeHeaderText(words)).toBe("注文の件");
    expect(decodeHeaderText(`Re: ${bword("UTF-8", Buffer.from("配送"))} [#1042]`)).toBe("Re: 配送 [#1042]");
    expect(decodeHeaderText("=?utf-8?Q?J=C3=B6rg_Smith?= =?iso-8859-1?Q?=E9?=")).toBe("Jörg Smithé");
  });

  it("reads 8-bit text outside encoded words as UTF-8, or the Japanese it is", () => {
    expect(decodeHeaderText(binary(Buffer.from(" 返品について")))).toBe(" 返品について");
    expect(decodeHeaderText(` ${binary(SJIS_INQUIRY)}`)).toBe(" お問い合わせ");
  });

  it("decodes a file name parameter, RFC 2231 or encoded words", () => {
    expect(decodeHeaderParam(` attachment; filename*=iso-2022-jp''${[...SJIS_TOOL].map((byte) => `%${byte.toString(16)}`).join("")}.pdf`, "filename")).toBe("ツール.pdf");
    expect(decodeHeaderParam(` attachment;\r\n filename*0*=utf-8''%E8%AB%8B; filename*1*=%E6%B1%82.pdf`, "filename")).toBe("請求.pdf");
    expect(decodeHeaderParam(` application/pdf; name="${bword("ISO-2022-JP", SJIS_TOOL)}.pdf"`, "name")).toBe("ツール.pdf");
    expect(decodeHeaderParam(` attachment; filename=receipt.pdf`, "filename")).toBe("receipt.pdf");
    expect(decodeHeaderParam(` attachment`, "filename")).toBeNull();
  });
});
