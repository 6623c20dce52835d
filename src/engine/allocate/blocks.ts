/**
 * Typed arrays handed out as views of a few large blocks, for one run. A typed array of more than
 * a few elements has a backing store of its own, which costs far more to make and to collect than
 * its elements: a national workbook's lines made thousands of them (shares, participant places,
 * weights), most of a run's garbage.
 */

/** Elements per block: a national workbook's 1.3 million shares take about 20. */
const BLOCK = 65_536;

/** What a block must offer: its length and views of a part of it. */
interface Viewable<T> {
  readonly length: number;
  subarray(begin: number, end: number): T;
}

/**
 * A source of zeroed arrays of any length made by `make`, each a view of its own part of a block
 * (a list longer than a block gets a block of its own). A view keeps its whole block alive: use
 * one source per run, for arrays that live as long as the run's result.
 */
export function blocks<T extends Viewable<T>>(make: (length: number) => T): (n: number) => T {
  let block = make(0);
  let next = 0;
  return (n) => {
    if (next + n > block.length) {
      block = make(Math.max(BLOCK, n));
      next = 0;
    }
    return block.subarray(next, (next += n));
  };
}
