/**
 * Where the municipalities' share columns start in the `Allocation` output (after Item, Title,
 * Source, Kind, Key and Amount): the table's builder and the pane, which reads a selected cell
 * back to its municipality, share it.
 */
export const ALLOCATION_FIRST_SHARE = 6;
