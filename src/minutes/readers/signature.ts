// What a file really is, from its first bytes, for a file whose contents are not what its
// name says (plain text saved as .docx, an old .doc renamed, a web page saved as .pdf): the
// clerk is told that, in words, rather than what the Word or PDF library chokes on.

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // a .docx is a zip package
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // an older Word .doc (and other Office 97–2003 files)
const PDF = Buffer.from('%PDF-');

const startsWith = (bytes: Buffer, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

/** Why the file cannot be what its extension says, or null when its first bytes agree. */
export function signatureProblem(name: string, extension: string, bytes: Buffer): string | null {
  if (extension === '.docx') {
    if (startsWith(bytes, ZIP)) return null;
    if (startsWith(bytes, OLE))
      return `${name} is an older Word document (.doc); open it in Word and save it as .docx, or import it as .pdf`;
    if (bytes.subarray(0, 1024).includes(PDF))
      return `${name} is a PDF, whatever its name says; import it with a .pdf name`;
    return `${name} is not a Word document (.docx), whatever its name says; open it in Word and save it as .docx, or import it as .txt or .pdf`;
  }
  if (extension === '.pdf') {
    // The PDF header may sit anywhere in the first kilobyte.
    if (bytes.subarray(0, 1024).includes(PDF)) return null;
    if (startsWith(bytes, ZIP))
      return `${name} is not a PDF, whatever its name says (it looks like a Word .docx); import it with a .docx name`;
    return `${name} is not a PDF, whatever its name says; save the minutes from the council's website again, or import them as .txt`;
  }
  return null;
}
