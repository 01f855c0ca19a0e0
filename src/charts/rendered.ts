/**
 * A chart as one render makes it: the figure HTML a page, a story or an embed shows, and what the
 * embed pages, oEmbed, pictures and share cards need from it (plain-text title and description,
 * the drawings), kept beside the HTML so nothing ever parses the HTML back.
 */
export interface RenderedChart {
  html: string;
  /** Title and one-line description, as plain text (the figure's heading and dek). */
  title: string;
  description: string;
  /** The drawings (SVG markup) a standalone picture of the chart shows, wide versions only, in order. */
  drawings: () => string[];
  /** The picture's title, when it says more than the chart's (the replay names its moment). */
  pictureTitle?: () => string;
}
