/** The dataset component and unit tests run on: the fictional example mission (tests/fixtures/exampleMission.ts). */
export { loadExampleDataset as loadTestDataset, loadExampleModel as loadTestModel } from '../fixtures/missions';
