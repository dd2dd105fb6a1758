/** The real published dataset as a ready model, for component tests. */
import datasetJson from '../../public/data/trip.json';
import { buildTripModel, type TripModel } from '../../src/data/buildTripModel';
import type { TripDataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';

export function loadTestDataset(): TripDataset {
  const result = validateDataset(datasetJson);
  if (!result.ok) throw new Error(`public/data/trip.json is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

export function loadTestModel(): TripModel {
  return buildTripModel(loadTestDataset());
}
