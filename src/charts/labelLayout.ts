/**
 * Collision-avoiding placement of point labels along one axis (milestones over a timeline, marks on
 * a line): each label goes right of its point, or left of it where it would run past the right
 * edge, into the first lane (row) where it meets no label already placed. Labels are placed in
 * order of priority, so when the lanes are full it is the lesser labels that are left out; the
 * caller shows those some other way (a note, a tooltip). Pure, so it is tested on its own.
 */
export interface PointLabel {
  id: string;
  /** The point's position, px. */
  x: number;
  /** The label's width, px. */
  width: number;
  /** Lower goes first. */
  priority: number;
}

export interface LabelSpot {
  lane: number;
  /** True when the label sits left of its point (text-anchor end). */
  flip: boolean;
  /** The px the label covers. */
  span: [number, number];
}

export interface LabelLayout {
  placed: Map<string, LabelSpot>;
  /** Ids of labels that fit in no lane, in priority order. */
  left: string[];
}

export function placeInLanes(labels: PointLabel[], o: { lanes: number; min: number; max: number; gap?: number; pad?: number }): LabelLayout {
  const gap = o.gap ?? 4;
  const pad = o.pad ?? 3;
  const lanes: [number, number][][] = Array.from({ length: o.lanes }, () => []);
  const placed = new Map<string, LabelSpot>();
  const left: string[] = [];
  for (const l of [...labels].sort((a, b) => a.priority - b.priority)) {
    const right: [number, number] = [l.x + pad, l.x + pad + l.width];
    const leftSide: [number, number] = [l.x - pad - l.width, l.x - pad];
    const options = right[1] <= o.max ? [right, leftSide] : [leftSide];
    let spot: LabelSpot | undefined;
    for (let lane = 0; lane < o.lanes && !spot; lane++) {
      for (const span of options) {
        if (span[0] < o.min) continue;
        if (lanes[lane]!.every(([a, b]) => span[1] + gap <= a || span[0] >= b + gap)) {
          spot = { lane, flip: span === leftSide, span };
          break;
        }
      }
    }
    if (!spot) {
      left.push(l.id);
      continue;
    }
    lanes[spot.lane]!.push(spot.span);
    placed.set(l.id, spot);
  }
  return { placed, left };
}
