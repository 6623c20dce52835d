/**
 * HiGHS settings for the plan's MILPs of small plans, where its defaults spend their time on
 * work that does not pay here.
 *
 * {@link SEARCH_SETTINGS}, for phase 1 (the highest total score, found and proven in one solve):
 * HiGHS's sub-MIP heuristics RINS and RENS and its cut rounds at every node rather than at the
 * root only, off; its root reduced-cost heuristic, which finds the plans, kept. Measured on the
 * bench's 100 × 4 plans (the 4 of 5 seeds whose score HiGHS proves, in one minute): 466, 305,
 * 534 and 823 ms against 1,136, 360, 744 and 1,610 with the defaults (simplex iterations 3,159,
 * 1,218, 3,140, 6,233 against 6,212, 1,360, 3,156, 7,485; nodes 137, 1, 117, 379 against 108, 1,
 * 15, 104); seeds 9 and 11: 419 and 475 ms against 935 and 1,202. With the root reduced-cost
 * heuristic off as well, 1,069–1,856 nodes and 1.5–1.7 s.
 *
 * {@link PROOF_SETTINGS}, for a solve whose answer is expected to be "infeasible": a proof that no
 * plan does better than one in hand, so no heuristic that looks for plans. Measured on 100 × 4:
 * soleSet.ts's "no other set" proof took 0.3–0.8 s with these against 0.3–1.4 s with HiGHS's
 * defaults (half its iterations went to the heuristics).
 *
 * Where a better plan may exist and must be found fast (the schedules of soleSet.ts) the
 * defaults stay: with these, those solves took up to 10× the nodes. The status HiGHS proves is
 * the same either way.
 */
import type { MilpOptions } from '../solver';

export const SEARCH_SETTINGS: MilpOptions = {
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_allow_cut_separation_at_nodes: false,
};

export const PROOF_SETTINGS: MilpOptions = {
  ...SEARCH_SETTINGS,
  mip_heuristic_run_root_reduced_cost: false,
};
