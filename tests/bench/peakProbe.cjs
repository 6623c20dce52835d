// Preloaded into a measured child process (`node -r`): at exit it reports the process's peak
// resident memory (KiB, from getrusage) on stderr, on a line of its own that the bench reads.
'use strict';

process.on('exit', () => {
  require('fs').writeSync(2, `\nSAMKOST_PEAK_KIB=${process.resourceUsage().maxRSS}\n`);
});
