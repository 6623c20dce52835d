/**
 * HiGHS settings for a solve whose answer is expected to be "infeasible": a proof that no plan
 * does better than one in hand. HiGHS's sub-MIP heuristics (RINS, RENS, root reduced cost) look
 * for plans, and there is none to find; cut rounds at every node rather than at the root only
 * cost simplex iterations. The status HiGHS proves is the same either way.
 *
 * Measured on the bench's 100 × 4 plans: soleSet.ts's "no other set" proof took 0.3–0.8 s with
 * these against 0.3–1.4 s with HiGHS's defaults (half its iterations went to the heuristics).
 * Where a better plan does exist (phase 1, the schedules, the maxima by year) the defaults find
 * it sooner: with these, those solves took up to 10× the nodes, so they keep the defaults.
 */
import type { MilpOptions } from '../solver';

export const PROOF_SETTINGS: MilpOptions = {
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_heuristic_run_root_reduced_cost: false,
  mip_allow_cut_separation_at_nodes: false,
};
