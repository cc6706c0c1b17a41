// Pair weights over prepared columns, the hot loop of duplicate search: equal value ids settle a field at once,
// and a field with few distinct values (city, province, owner) weighs each pair of values once, in a table.
import { fieldWeigher } from './field-weighers.ts';
import type { PreparedColumns } from './prepared-rows.ts';
import type { ScoringModel } from './scoring.ts';

/** Fields with at most this many distinct values keep a value-by-value weight table (8 MB at the most). */
const TABLED_VALUES = 1024;

export interface PairScorer {
  /** The summed weight of evidence of rows i and j; below `needed` as soon as the pair cannot reach it. */
  weight(i: number, j: number, needed?: number): number;
}

export function createPairScorer(model: ScoringModel, table: PreparedColumns): PairScorer {
  const fields = model.order.map((f) => fieldScorer(model, table, f, table.keys[f]!.ids));
  const upside = Float64Array.from(model.upside);
  const count = fields.length;
  const { cells } = table;
  const width = table.fields.length;
  return {
    weight(i, j, needed = -Infinity) {
      let total = 0;
      for (let k = 0; k < count; k++) {
        if (total + upside[k]! < needed) return total + upside[k]!;
        const field = fields[k]!;
        const a = cells[i * width + field.f]!;
        const b = cells[j * width + field.f]!;
        if (a < 0 || b < 0) continue;
        total += a === b ? field.agree : field.weigh(a, b);
      }
      return total;
    },
  };
}

interface FieldScorer {
  f: number;
  agree: number;
  weigh(a: number, b: number): number;
}

function fieldScorer(model: ScoringModel, table: PreparedColumns, f: number, keys: Int32Array): FieldScorer {
  const weight = model.weights[f]!;
  const values = table.values[f]!;
  const measure = fieldWeigher(model.fields[f]!.kind, values, keys, table.features[f]!, weight);
  const d = values.length;
  if (d > TABLED_VALUES) return { f, agree: weight.agree, weigh: measure };
  // NaN marks an ordered pair not weighed yet (Jaro–Winkler is not quite symmetric, so (a, b) is not (b, a)).
  const weights = new Float64Array(d * d).fill(NaN);
  return {
    f,
    agree: weight.agree,
    weigh(a, b) {
      let w = weights[a * d + b]!;
      if (w !== w) weights[a * d + b] = w = measure(a, b);
      return w;
    },
  };
}
