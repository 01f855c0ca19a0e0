declare module 'subset-font' {
  /** Subsets a font buffer to the glyphs of `text` (harfbuzz, in WebAssembly). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
