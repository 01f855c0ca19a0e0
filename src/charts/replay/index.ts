/** The replay: the dependency map and the timeline at any moment, with a time scrubber. */
import { z } from 'zod';
import { replayMomentProblems } from '../../lib/checkChartDirective.ts';
import { Dek, KstMinute, PartId, Title } from '../../schemas/chartOptions.ts';
import { REPLAY_VIEWS, type ReplayView } from '../../schemas/vocabulary.ts';
import { titleAndDek } from '../../lib/chartSpec.ts';
import type { ChartDefinition } from '../definition.ts';
import { renderReplay } from './render.ts';

export const replay: ChartDefinition = {
  name: 'replay',
  options: z
    .object({
      t: KstMinute.optional().describe('Moment to start at, in KST with `+09:00`, inside the incident. Default: the moment the most parts were down.'),
      view: z.enum(REPLAY_VIEWS).optional().describe('What shows first: `map` (default, the dependency map) or `timeline` (one row per service).'),
      focus: PartId('a part').optional().describe('Id of a part to mark on the map (its group opened, its chain shown) and on the timeline, e.g. `kakao-auth`.'),
      title: Title,
      dek: Dek,
    })
    .strict()
    .describe('The replay: the dependency map and the timeline at any moment of the incident, with a time scrubber.'),
  checkOptions: (options, d) => replayMomentProblems(options, d),
  render: (d, options, id, r) => renderReplay(d, { id, lang: r.lang, level: r.level, ...titleAndDek(options, d, 'replay', r.lang), t: options.t, view: options.view as ReplayView | undefined, focus: options.focus }),
  enhancer: 'replay',
  steps: true,
  // The replay's home is the story that tells the incident step by step (an e2e test checks the page).
  embed: { page: 'story', params: ['t', 'view', 'focus'], height: 1220 },
};
