/**
 * This mission's dataset, built from the files beside this folder by the same pipeline as `npm run data`,
 * for the checks in data/checks/: they hold this trip's facts (its counts, names and wording against the
 * reports), so they travel with its data. A new mission replaces them with its own, or none.
 */
import { resolve } from 'node:path';
import { buildTripModel, type TripModel } from '../../src/data/buildTripModel';
import type { TripDataset } from '../../src/data/schema';
import { buildMissionDataset } from '../../tests/fixtures/missions';

export const MISSION_DIR = resolve(__dirname, '..');

let mission: TripDataset | null = null;

/** A fresh copy of this mission's dataset. */
export function loadMissionDataset(): TripDataset {
  mission ??= buildMissionDataset(MISSION_DIR);
  return structuredClone(mission);
}

/** This mission as the app's indexed model (buildTripModel also installs its country names). */
export function loadMissionModel(): TripModel {
  return buildTripModel(loadMissionDataset());
}
