/** The steps of a run, in order, and how the pane names each (progress bar, announcements). */
import type { UiKey } from '../../i18n/ui';
import type { RunStep } from '../services/samkostService';

/** Every step in the order a run takes them; the solver step only when there is a budget plan. */
export const STEPS: readonly RunStep[] = [
  'read',
  'solver',
  'parse',
  'prioritise',
  'plan',
  'allocate',
  'flags',
  'outputs',
  'write',
];

export const STEP_TEXT: Readonly<Record<RunStep, UiKey>> = {
  read: 'step.read',
  solver: 'step.solver',
  parse: 'step.parse',
  prioritise: 'step.prioritise',
  plan: 'step.plan',
  allocate: 'step.allocate',
  flags: 'step.flags',
  outputs: 'step.outputs',
  write: 'step.write',
};
