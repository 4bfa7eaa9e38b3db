// Minutes as clerks write them in Word: the document's paragraphs as lines.
export async function readDocx(bytes: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: bytes });
  return result.value;
}
